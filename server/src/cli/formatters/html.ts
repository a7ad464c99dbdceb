import { SEVERITIES, type Severity } from '../../engine';
import { DATA_MAP_CSS, escapeHtml as esc, flat, renderDataMap, renderFindings, withFindings } from '../../engine';
import { isReported, type ComparisonReport, type FileReport } from '../report';
import type { FileByFileFormatter, FormatOptions, Formatter } from './types';
import { Utf8Blocks } from './utf8Blocks';

/**
 * `--format html` (SPEC section 9): one self-contained page for the people who sign off. No
 * network and no script (a Content Security Policy forbids both), inline CSS for light and dark,
 * the SVGs inline. A summary of the run (files, findings by rule and severity, files worst
 * first), then each file's data map (engine/dataMap) and findings. Every value from the files is
 * escaped. The counts are json's: suppressed findings, and those the baseline holds, are left out.
 *
 * Written a file at a time (`writer`): each file is counted and drawn as soon as it is linted,
 * and only its counts and its text are kept (not its diagnostics nor its map). The summary comes
 * first in the page, so the files' text is kept until the last file (as UTF-8, Utf8Blocks),
 * then written after the summary: never joined into one string. A file's ids start with a hash of its
 * path (the paths of a report are distinct), so that a part needs no numbering afterwards.
 */

type Counts = [number, number, number, number];

/** What the summary needs of a file. */
interface FileSummary {
  file: string;
  /** The id of its section (`fileId`). */
  id: string;
  edition: string;
  counts: Counts;
  rules: Record<string, Counts>;
}

const SEVERITY_INDEX: Readonly<Record<Severity, number>> = { error: 0, warning: 1, information: 2, hint: 3 };
const SEVERITY_WORDS: readonly [string, string][] = [
  ['error', 'errors'],
  ['warning', 'warnings'],
  ['info', 'infos'],
  ['hint', 'hints'],
];

const count = (n: number, i: number) => `${n} ${SEVERITY_WORDS[i][n === 1 ? 0 : 1]}`;

function countsText(counts: Counts): string {
  return counts.map((n, i) => (n && i === 0 ? `<span class="sev-error">${count(n, i)}</span>` : count(n, i))).join(', ');
}

/** A file's counts and its section of the page. */
function fileSection(file: FileReport): { summary: FileSummary; section: string } {
  const reported = file.diagnostics.filter(isReported);
  const counts: Counts = [0, 0, 0, 0];
  const rules: Record<string, Counts> = {};
  for (const d of reported) {
    const s = SEVERITY_INDEX[d.severity];
    counts[s]++;
    (rules[d.rule] ??= [0, 0, 0, 0])[s]++;
  }
  const ID = fileId(file.file);
  // Each section opens with its file's counts as JSON in a comment, for tools that read the report.
  let body =
    `<!--${commentJson({ file: file.file, edition: file.edition, counts, rules })}-->` +
    `<section class="file" id="${ID}" aria-labelledby="${ID}-h"><h2 id="${ID}-h"><code>${esc(file.file)}</code></h2>` +
    `<p>Edition ${file.edition}: ${countsText(counts)}.</p>`;
  if (file.dataMap) {
    // The map holds the unsuppressed findings; a baseline may leave out more.
    const map = file.dataMap.findings.length === reported.length ? file.dataMap : withFindings(file.dataMap, reported);
    body += renderDataMap(map, { idPrefix: ID, headingLevel: 3 });
  } else {
    body += `<h3>Findings (${reported.length})</h3>${renderFindings(reported, { idPrefix: ID, headingLevel: 3 })}`;
  }
  body += '</section>';
  // The section is kept until the report is written: flat (one string, not the rope of the
  // concatenations above), it takes a fraction of the memory and is not scanned by every collection.
  return { summary: { file: file.file, id: ID, edition: file.edition, counts, rules }, section: flat(body) };
}

/** The id prefix of a file's elements: `f` and a 52-bit hash of its path (two FNV-1a hashes). */
function fileId(path: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < path.length; i++) {
    const c = path.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return `f${(a >>> 0).toString(36)}${((b >>> 0) & 0xfffff).toString(36)}`;
}

/** The page, handed to `write` in pieces: the summary of `summaries`, then `sections` (one per file, in order). */
function writePage(summaries: readonly FileSummary[], sections: readonly string[], write: (text: string) => void, options: FormatOptions): void {
  write(summaryText(summaries, options));
  if (sections.length) write('<h2 class="files-h">Files</h2>');
  for (let i = 0; i < sections.length; i++) write(sections[i]);
  write('</main></body></html>\n');
}

/** JSON that cannot end, or nest, the comment it is in: no `--`, `<` or `>`. */
function commentJson(value: unknown): string {
  const json = JSON.stringify(value);
  return /--|[<>]/.test(json) ? json.replace(/[-<>]/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`) : json;
}

const HEAD_START = '<!--';
const HEAD_END = '-->';

export const htmlFileByFile: FileByFileFormatter = {
  // A part carries its file's summary, as JSON in a comment before the section, for `finish`.
  file: (file) => {
    const { summary, section } = fileSection(file);
    return `${HEAD_START}${commentJson(summary)}${HEAD_END}${section}`;
  },
  finish: (parts, options) => {
    const summaries: FileSummary[] = [];
    const sections: string[] = [];
    for (const part of parts) {
      const end = part.indexOf(HEAD_END);
      summaries.push(JSON.parse(part.slice(HEAD_START.length, end)) as FileSummary);
      sections.push(part.slice(end + HEAD_END.length));
    }
    return pageText(summaries, sections, options);
  },
  writer: (write, options) => {
    const summaries: FileSummary[] = [];
    const sections = new Utf8Blocks();
    return {
      file: (file) => {
        const { summary, section } = fileSection(file);
        summaries.push(summary);
        sections.add(section);
      },
      finish: () => {
        write(summaryText(summaries, options));
        if (summaries.length) write('<h2 class="files-h">Files</h2>');
        for (const bytes of sections.chunks()) write(bytes);
        write('</main></body></html>\n');
      },
    };
  },
};

export const html: Formatter = (report, options) => {
  if (report.kind !== 'lint') return comparisonPage(report, options);
  const summaries: FileSummary[] = [];
  const sections: string[] = [];
  for (const file of report.files) {
    const { summary, section } = fileSection(file);
    summaries.push(summary);
    sections.push(section);
  }
  return pageText(summaries, sections, options);
};

function pageText(summaries: readonly FileSummary[], sections: readonly string[], options: FormatOptions): string {
  const pieces: string[] = [];
  writePage(summaries, sections, (text) => pieces.push(text), options);
  return pieces.join('');
}

/** The page up to the files' sections: its head, title and the summary of the run. */
function summaryText(files: readonly FileSummary[], options: FormatOptions): string {
  const totals: Counts = [0, 0, 0, 0];
  const rules = new Map<string, Counts>();
  for (const file of files) {
    for (let s = 0; s < 4; s++) totals[s] += file.counts[s];
    for (const rule in file.rules) {
      const counts = file.rules[rule];
      const sum = rules.get(rule) ?? [0, 0, 0, 0];
      for (let s = 0; s < 4; s++) sum[s] += counts[s];
      rules.set(rule, sum);
    }
  }
  const findings = totals[0] + totals[1] + totals[2] + totals[3];
  const title = `privacy-lint report: ${files.length} file${files.length === 1 ? '' : 's'}, ${count(totals[0], 0)}`;
  let out = pageHead(title, options);
  out += '<section aria-labelledby="summary-h"><h2 id="summary-h">Summary</h2>';
  out += `<dl class="totals"><div><dt>Files</dt><dd id="total-files">${files.length}</dd></div><div><dt>Findings</dt><dd id="total-findings">${findings}</dd></div>`;
  SEVERITIES.forEach((severity, s) => {
    out += `<div><dt>${SEVERITY_WORDS[s][1][0].toUpperCase()}${SEVERITY_WORDS[s][1].slice(1)}</dt><dd id="total-${severity}"${s === 0 && totals[0] ? ' class="sev-error"' : ''}>${totals[s]}</dd></div>`;
  });
  out += '</dl>';
  out += byRuleTable(rules);
  out += worstFilesTable(files);
  return `${out}</section>`;
}

const SEVERITY_HEADERS = '<th scope="col">Errors</th><th scope="col">Warnings</th><th scope="col">Infos</th><th scope="col">Hints</th>';

function byRuleTable(rules: ReadonlyMap<string, Counts>): string {
  if (!rules.size) return '<p>No findings.</p>';
  const sorted = [...rules].sort(([a, x], [b, y]) => y[0] - x[0] || y[1] - x[1] || sum(y) - sum(x) || (a < b ? -1 : 1));
  let out = `<table id="by-rule"><caption>Findings by rule and severity</caption><thead><tr><th scope="col">Rule</th>${SEVERITY_HEADERS}<th scope="col">Total</th></tr></thead><tbody>`;
  for (const [rule, counts] of sorted) {
    out += `<tr data-rule="${esc(rule)}"><th scope="row"><code>${esc(rule)}</code></th>${severityCells(counts)}<td data-total="">${sum(counts)}</td></tr>`;
  }
  return `${out}</tbody></table>`;
}

const sum = (c: Counts) => c[0] + c[1] + c[2] + c[3];

function severityCells(counts: Counts): string {
  return SEVERITIES.map((severity, s) => `<td data-severity="${severity}"${s === 0 && counts[0] ? ' class="sev-error"' : ''}>${counts[s]}</td>`).join('');
}

function worstFilesTable(heads: readonly FileSummary[]): string {
  if (!heads.length) return '<p>No files were linted.</p>';
  const order = heads
    .map((_, i) => i)
    .sort((a, b) => {
      const x = heads[a].counts;
      const y = heads[b].counts;
      return y[0] - x[0] || y[1] - x[1] || y[2] - x[2] || y[3] - x[3] || a - b;
    });
  let out = `<table id="by-file"><caption>Files, worst first</caption><thead><tr><th scope="col">File</th><th scope="col">Edition</th>${SEVERITY_HEADERS}</tr></thead><tbody>`;
  for (const i of order) {
    const head = heads[i];
    out += `<tr data-file="${esc(head.file)}"><th scope="row"><a href="#${head.id}">${esc(head.file)}</a></th><td>${head.edition}</td>${severityCells(head.counts)}</tr>`;
  }
  return `${out}</tbody></table>`;
}

/** SPEC section 8 as a page: per file, what only one edition raises. */
function comparisonPage(report: ComparisonReport, options: FormatOptions): string {
  const total = report.files.reduce((n, f) => n + f.differences.length, 0);
  let out = pageHead(`privacy-lint edition comparison: ${report.files.length} files, ${total} differences`, options);
  out += `<section aria-labelledby="summary-h"><h2 id="summary-h">Summary</h2><dl class="totals"><div><dt>Files</dt><dd id="total-files">${report.files.length}</dd></div><div><dt>Differences</dt><dd id="total-differences">${total}</dd></div></dl></section>`;
  report.files.forEach((file, i) => {
    out += `<section class="file" id="f${i + 1}" aria-labelledby="f${i + 1}-h"><h2 id="f${i + 1}-h"><code>${esc(file.file)}</code></h2><p>Target edition ${file.edition}.</p>`;
    if (!file.differences.length) {
      out += '<p>Both editions raise the same findings.</p></section>';
      return;
    }
    out +=
      '<table><caption>Findings only one edition raises</caption><thead><tr><th scope="col">Only in</th><th scope="col">Line:Col</th><th scope="col">Severity</th><th scope="col">Rule</th><th scope="col">Message</th></tr></thead><tbody>';
    for (const { edition, diagnostic: d } of file.differences) {
      out += `<tr><td>${edition}</td><td>${d.range.start.line + 1}:${d.range.start.character + 1}</td><td class="sev-${d.severity}">${d.severity}</td><td><code>${esc(d.rule)}</code></td><td>${esc(d.message)}</td></tr>`;
    }
    out += '</tbody></table></section>';
  });
  return `${out}</main></body></html>\n`;
}

function pageHead(title: string, options: FormatOptions): string {
  return (
    '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">' +
    // Defence in depth: even a value that escaped escaping could load or run nothing.
    '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'; img-src data:">' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    `<meta name="generator" content="privacy-lint ${esc(options.version)}"><title>${esc(title)}</title><style>${PAGE_CSS}${DATA_MAP_CSS}</style></head>` +
    `<body><a class="skip" href="#summary-h">Skip to the summary</a><main><h1>${esc(title)}</h1>`
  );
}

/**
 * Colours with at least 4.5:1 contrast against the background, in light and dark. A file's section
 * is laid out only when it comes near the screen (`content-visibility`): a run of thousands of files
 * opens at once.
 */
const PAGE_CSS = `
:root{color-scheme:light dark;--dm-fg:#1b1b1b;--dm-bg:#ffffff;--dm-muted:#555555;--dm-border:#8a8f98;--dm-panel:#f2f5f9;--dm-local:#e3ebf5;--dm-store:#ffffff;--dm-accent:#0b57b0;--dm-error:#b00020;--dm-warning:#8a5300;--dm-info:#0b57b0;--dm-ok:#1e6b2e;--dm-link:#0b57b0;--dm-focus:#0b57b0;}
@media (prefers-color-scheme:dark){:root{--dm-fg:#e8e8e8;--dm-bg:#16181c;--dm-muted:#b4b8bf;--dm-border:#7a808a;--dm-panel:#1f242b;--dm-local:#28313c;--dm-store:#16181c;--dm-accent:#8ab4f8;--dm-error:#ff8a80;--dm-warning:#ffcc66;--dm-info:#8ab4f8;--dm-ok:#81c995;--dm-link:#8ab4f8;--dm-focus:#8ab4f8;}}
body{margin:0;background:var(--dm-bg);color:var(--dm-fg);font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;}
main{max-width:1120px;margin:0 auto;padding:1em 1.5em 3em;}
a{color:var(--dm-link);}
a:focus-visible{outline:2px solid var(--dm-focus);outline-offset:2px;}
.skip{position:absolute;left:-999px;}
.skip:focus{left:1em;top:1em;background:var(--dm-bg);padding:.25em .5em;}
h1{font-size:1.5em;}
h2{font-size:1.25em;margin-top:2em;}
section.file{border-top:2px solid var(--dm-border);margin-top:2em;content-visibility:auto;contain-intrinsic-size:auto 1400px;}
section.file h2 code{font-size:1em;}
.totals{display:flex;flex-wrap:wrap;gap:.5em 2em;margin:0 0 1em;}
.totals div{display:flex;flex-direction:column;}
.totals dt{color:var(--dm-muted);}
.totals dd{margin:0;font-size:1.4em;font-weight:600;}
table{border-collapse:collapse;margin:.5em 0 1em;}
caption{text-align:left;font-weight:600;padding:.25em 0;}
th,td{border:1px solid var(--dm-border);padding:.2em .5em;text-align:left;vertical-align:top;}
td[data-severity],td[data-total]{text-align:right;}
.sev-error{color:var(--dm-error);font-weight:600;}
.sev-warning{color:var(--dm-warning);font-weight:600;}
`;
