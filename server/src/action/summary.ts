/**
 * The action's job summary: Markdown from the SARIF log privacy-lint wrote. It counts the
 * findings that the other formats report (not suppressed, not held by the baseline), per rule
 * and per file, worst first, and links each rule to its docs page (the SARIF rule's `helpUri`,
 * which comes from the rule's metadata: no rule text is written here).
 */

export interface SarifLog {
  runs: {
    tool: { driver: { rules?: { id: string; helpUri?: string }[] }; extensions?: { rules?: { id: string; helpUri?: string }[] }[] };
    results: {
      ruleId: string;
      level?: string;
      suppressions?: unknown[];
      baselineState?: string;
      locations?: { physicalLocation?: { artifactLocation?: { uri?: string } } }[];
    }[];
  }[];
}

type Level = 'error' | 'warning' | 'note';
const LEVELS: readonly Level[] = ['error', 'warning', 'note'];
const HEADINGS: Record<Level, string> = { error: 'errors', warning: 'warnings', note: 'notes' };

interface Counts {
  error: number;
  warning: number;
  note: number;
}

const zero = (): Counts => ({ error: 0, warning: 0, note: 0 });
const total = (c: Counts) => c.error + c.warning + c.note;
/** Worst first: more errors, then more warnings, then more notes, then the name. */
const worstFirst = ([a, ca]: [string, Counts], [b, cb]: [string, Counts]) =>
  cb.error - ca.error || cb.warning - ca.warning || cb.note - ca.note || (a < b ? -1 : a > b ? 1 : 0);

/**
 * Text from the repository (file names, rule ids of an organization policy) shown as plain text in
 * Markdown: control characters visible as `\uXXXX`, HTML specials as entities, the Markdown
 * punctuation that matters inside a table cell backslash-escaped, so a name can neither break the table nor become a link or markup.
 */
export function markdownText(text: string): string {
  return text
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/[\\`*_{}[\]()|~]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** Rows per table at most. */
const MAX_ROWS = 100;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function summaryMarkdown(log: SarifLog, exitCode: number): string {
  const byRule = new Map<string, Counts>();
  const byFile = new Map<string, Counts>();
  const docs = new Map<string, string>();
  const all = zero();
  for (const run of log.runs) {
    for (const rule of [...(run.tool.driver.rules ?? []), ...(run.tool.extensions ?? []).flatMap((e) => e.rules ?? [])]) {
      if (rule.helpUri && /^https:\/\//.test(rule.helpUri)) docs.set(rule.id, rule.helpUri);
    }
    for (const result of run.results) {
      if (result.suppressions?.length || result.baselineState === 'unchanged') continue;
      const level: Level = result.level === 'error' || result.level === 'warning' ? result.level : 'note';
      const file = result.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? '(no file)';
      for (const [map, key] of [
        [byRule, result.ruleId],
        [byFile, decodeUri(file)],
      ] as const) {
        const counts = map.get(key) ?? zero();
        counts[level]++;
        map.set(key, counts);
      }
      all[level]++;
    }
  }

  const lines = ['## privacy-lint', ''];
  if (!total(all)) {
    lines.push(exitCode === 0 ? 'No findings. :white_check_mark:' : 'No findings reported, but privacy-lint exited with code 1.', '');
    return `${lines.join('\n')}\n`;
  }
  const verdict = exitCode === 0 ? 'passed' : 'failed';
  lines.push(`privacy-lint **${verdict}**: ${LEVELS.map((l) => plural(all[l], HEADINGS[l].slice(0, -1))).join(', ')} in ${plural(byFile.size, 'file')}.`, '');
  const table = (heading: string, rows: [string, Counts][], cell: (key: string) => string) => {
    lines.push(`| ${heading} | errors | warnings | notes |`, '|---|---:|---:|---:|');
    const sorted = [...rows].sort(worstFirst);
    for (const [key, counts] of sorted.slice(0, MAX_ROWS)) lines.push(`| ${cell(key)} | ${counts.error} | ${counts.warning} | ${counts.note} |`);
    lines.push('');
    // A job summary holds at most 1 MiB: a long tail is counted, not listed (the SARIF file has it all).
    if (sorted.length > MAX_ROWS) lines.push(`${sorted.length - MAX_ROWS} more ${heading}s with fewer findings are not listed.`, '');
  };
  table('rule', [...byRule], (rule) => {
    const url = docs.get(rule);
    return url ? `[${markdownText(rule)}](${url.replace(/[()\s]/g, encodeURIComponent)})` : markdownText(rule);
  });
  table('file', [...byFile], markdownText);
  lines.push('Notes are information and hints. Suppressed findings and those in the baseline are not counted.', '');
  return `${lines.join('\n')}\n`;
}

function decodeUri(uri: string): string {
  try {
    return uri.split('/').map(decodeURIComponent).join('/');
  } catch {
    return uri;
  }
}
