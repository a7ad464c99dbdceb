import type { JSONPath } from '../engine';
import { FINGERPRINT_LENGTH, FINGERPRINT_PATTERN } from './fingerprint';
import { jsonPathExpression } from './formatters/jsonPath';

/**
 * The baseline file (SPEC section 9): the fingerprints of accepted findings, one a line,
 * with the rule, file and JSON path beside each so that a diff of the file reads as a list
 * of findings:
 *
 *   # privacy-lint baseline: fingerprint  rule  file  JSON path (written by --write-baseline)
 *   0c5e…  retention/audit-logs  samples/contoso.privacy.jsonc  $.retention.auditLogs
 *
 * Lines are sorted by file, JSON path and rule, never by position, so that reformatting a
 * file does not reorder them. Only the first column is read back: the others are for
 * people. Blank lines and lines starting with `#` are ignored.
 */
export const BASELINE_HEADER = '# privacy-lint baseline: fingerprint  rule  file  JSON path (written by --write-baseline; see docs/ci.md)';

const SEPARATOR = '  ';

/** A finding to record. */
export interface BaselineFinding {
  fingerprint: string;
  rule: string;
  /** Path relative to the working directory, `/` separators. */
  file: string;
  path: JSONPath;
}

/** A line read back from a baseline file. */
export interface BaselineEntry {
  fingerprint: string;
  /** The file the entry names (its third column). */
  file: string;
  /** One-based line number in the baseline file. */
  line: number;
  /** The line as written, for `--prune-baseline` to list. */
  text: string;
}

export interface Baseline {
  entries: BaselineEntry[];
  /** The file's lines, without their line ends. */
  lines: string[];
  /** Each line's end as written (`\n`, `\r\n`, or "" for a last line without one): a rewrite keeps them. */
  ends: string[];
}

/** A baseline file that cannot be used: main prints the message and exits 2. */
export class BaselineError extends Error {}

/** One line of the baseline; a file name with white space or a leading quote is written as a JSON string. */
export function baselineLine(finding: BaselineFinding): string {
  const file = /\s|^"/.test(finding.file) ? JSON.stringify(finding.file) : finding.file;
  return [finding.fingerprint, finding.rule, file, jsonPathExpression(finding.path)].join(SEPARATOR);
}

/** The baseline file's text: the header, then a line per finding, sorted, each fingerprint once. */
export function formatBaseline(findings: readonly BaselineFinding[]): string {
  const sorted = [...findings].sort(byFinding);
  const seen = new Set<string>();
  const lines = [BASELINE_HEADER];
  for (const finding of sorted) {
    if (seen.has(finding.fingerprint)) continue;
    seen.add(finding.fingerprint);
    lines.push(baselineLine(finding));
  }
  return `${lines.join('\n')}\n`;
}

/** Reads a baseline's text; `display` names the file in errors. Throws BaselineError. */
export function parseBaseline(text: string, display: string): Baseline {
  // Each line with its own end, so that a pruned file keeps CRLF where it had it.
  const pieces = text === '' ? [] : text.split(/(?<=\n)/);
  const lines = pieces.map((piece) => piece.replace(/\r?\n$/, ''));
  const ends = pieces.map((piece, index) => piece.slice(lines[index].length));
  const entries: BaselineEntry[] = [];
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const where = `${display}:${index + 1}`;
    const [fingerprint, rule] = line.split(/\s+/, 2);
    if (!FINGERPRINT_PATTERN.test(fingerprint)) {
      throw new BaselineError(
        `${where}: not a baseline entry; each line starts with a ${FINGERPRINT_LENGTH}-digit hexadecimal fingerprint (write the file with --write-baseline)`,
      );
    }
    const file = fileColumn(line, fingerprint.length, rule);
    if (!rule || file === undefined)
      throw new BaselineError(`${where}: a baseline entry is "fingerprint  rule  file  path"; this line has no ${rule ? 'file' : 'rule'}`);
    entries.push({ fingerprint, file, line: index + 1, text: raw });
  });
  return { entries, lines, ends };
}

/** The third column: a bare name up to the next white space, or a JSON string. */
function fileColumn(line: string, fingerprintLength: number, rule: string | undefined): string | undefined {
  if (!rule) return undefined;
  const rest = line.slice(line.indexOf(rule, fingerprintLength) + rule.length).trimStart();
  if (!rest) return undefined;
  if (rest.startsWith('"')) {
    const end = closingQuote(rest);
    if (end < 0) return undefined;
    try {
      return JSON.parse(rest.slice(0, end + 1)) as string;
    } catch {
      return undefined;
    }
  }
  return rest.split(/\s/, 1)[0];
}

function closingQuote(text: string): number {
  for (let i = 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i;
  }
  return -1;
}

/** The baseline's text without the given lines (one-based), for `--prune-baseline`: every other line as it was written, its line end too. */
export function withoutLines(baseline: Baseline, remove: ReadonlySet<number>): string {
  let text = '';
  for (let index = 0; index < baseline.lines.length; index++) {
    if (!remove.has(index + 1)) text += baseline.lines[index] + baseline.ends[index];
  }
  return text;
}

const ordinal = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function byFinding(a: BaselineFinding, b: BaselineFinding): number {
  return ordinal(a.file, b.file) || compareJsonPaths(a.path, b.path) || ordinal(a.rule, b.rule) || ordinal(a.fingerprint, b.fingerprint);
}

/** Segment by segment; indices numerically (`stores[2]` before `stores[10]`) and before keys. */
function compareJsonPaths(a: JSONPath, b: JSONPath): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    if (typeof x === 'number') return -1;
    if (typeof y === 'number') return 1;
    return ordinal(x, y);
  }
  return a.length - b.length;
}
