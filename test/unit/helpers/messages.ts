/**
 * What a user reads: for each case, every diagnostic of one rule with its path, range,
 * exact message, and each fix's exact title and preferred flag (in the order they are
 * offered), and optionally the text after applying a fix. The rule tables (ruleTable.ts) pin
 * down where diagnostics are and what their fixes do; these tables pin down the words.
 */
import * as assert from 'assert';
import { applyEdits, lint, type JSONPath, type LintOptions, type Range } from '../../../server/src/engine';
import { baselineOf, ofRule, render, type Baseline, type Config } from './config';
import { rangeAt, unmark } from './locate';

export interface ShownFix {
  title: string;
  preferred: boolean;
  /** The whole text after applying this fix; not checked when absent. */
  text?: string;
}

export interface ShownDiagnostic {
  path: JSONPath;
  message: string;
  /** Default: no fixes. */
  fixes?: ShownFix[];
  /** The n-th «marker» of the case's text; not checked when absent. */
  marker?: number;
  /** The related locations shown with it (path and message), in order; not checked when absent. */
  related?: { path: JSONPath; message: string }[];
}

/** A fix offered as the preferred one (the light bulb's default, and what fix-all applies). */
export const preferred = (title: string): ShownFix => ({ title, preferred: true });

/** A fix offered but not preferred. */
export const offered = (title: string): ShownFix => ({ title, preferred: false });

/** A table row's diagnostic: its path, exact message and its fixes in the order offered (none when absent). */
export function finding(path: JSONPath, message: string, ...fixes: ShownFix[]): ShownDiagnostic {
  return { path, message, fixes };
}

export interface MessageCase {
  name: string;
  /** The baseline to start from (default 2020-09); ignored when `text` is a string. */
  from?: Baseline;
  change?: (config: Config) => void;
  /** Literal JSONC (may hold «markers»), or a function of the rendered (changed) baseline. */
  text?: string | ((rendered: string) => string);
  options?: LintOptions;
  expect: ShownDiagnostic[];
}

function build(c: MessageCase): { text: string; ranges: Range[] } {
  let text: string;
  if (typeof c.text === 'string') text = c.text;
  else {
    const config = baselineOf(c.from ?? '2020-09');
    c.change?.(config);
    text = render(config);
    if (c.text) text = c.text(text);
  }
  const unmarked = unmark(text);
  return { text: unmarked.text, ranges: unmarked.spans.map((s) => rangeAt(unmarked.text, s.offset, s.length)) };
}

export function runMessageCase(rule: string, c: MessageCase): void {
  const { text, ranges } = build(c);
  // In the order of the text (the engine promises no order): list `expect` that way.
  const diagnostics = ofRule(lint(text, c.options).diagnostics, rule).sort(
    (a, b) =>
      a.range.start.line - b.range.start.line ||
      a.range.start.character - b.range.start.character ||
      (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
  );
  const actual = diagnostics.map((d, i) => {
    const e = c.expect[i];
    const shown: Record<string, unknown> = {
      path: d.path,
      message: d.message,
      fixes: d.fixes.map((f, j) => {
        const fix: ShownFix = { title: f.title, preferred: f.preferred };
        if (e?.fixes?.[j]?.text !== undefined) fix.text = applyEdits(text, f.edits);
        return fix;
      }),
    };
    if (e?.marker !== undefined) shown.range = d.range;
    if (e?.related !== undefined) shown.related = (d.related ?? []).map((r) => ({ path: r.path, message: r.message }));
    return shown;
  });
  const expected = c.expect.map((e) => {
    const shown: Record<string, unknown> = { path: e.path, message: e.message, fixes: e.fixes ?? [] };
    if (e.marker !== undefined) {
      if (!ranges[e.marker]) throw new Error(`test setup: no marker ${e.marker}`);
      shown.range = ranges[e.marker];
    }
    if (e.related !== undefined) shown.related = e.related;
    return shown;
  });
  assert.deepStrictEqual(actual, expected, `${rule} on:\n${text}`);
}

/** `describe("<id>: messages and fix titles")` with one `it` per case. */
export function describeMessages(rule: string, cases: readonly MessageCase[]): void {
  describe(`${rule}: messages and fix titles`, () => {
    for (const c of cases) it(c.name, () => runMessageCase(rule, c));
  });
}
