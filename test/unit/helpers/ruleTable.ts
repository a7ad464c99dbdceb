/**
 * Table-driven rule tests: each case is a small change to a valid baseline (or a literal
 * JSONC text with «markers»), and the diagnostics of the rule under test it must produce:
 * path, range, severity, and the whole text after applying each fix.
 */
import * as assert from 'assert';
import { isDeepStrictEqual } from 'util';
import { parse, type ParseError } from 'jsonc-parser';
import {
  applyEdits,
  lint,
  ruleById,
  type Diagnostic,
  type Edition,
  type JSONPath,
  type LintOptions,
  type Range,
  type Severity,
} from '../../../server/src/engine';
import { baselineOf, ofRule, render, ruleIds, type Baseline, type Config } from './config';
import { keySpan, missingSpan, rangeAt, substringSpan, unmark, valueSpan, type Span } from './locate';

export type Where =
  /** The value at `path`. */
  | 'value'
  /** The key of the property at `path`. */
  | 'key'
  /** `path` is an object missing a property: its key, or its opening brace. */
  | 'missing'
  /** The n-th «marker» of the case's text (0-based). */
  | { marker: number }
  /** A literal substring of the text. */
  | { substring: string; occurrence?: number }
  | Span;

export type FixResult =
  /** The whole text after the fix. */
  | { text: string }
  /** The case's config, changed, rendered with JSON.stringify(…, null, 2). */
  | { change: (config: Config) => void }
  /** A function of the text before the fix. */
  | { edit: (before: string) => string }
  /**
   * Where several layouts would do: the fixed text parses (JSONC) to the text before,
   * changed by `change`, and still holds each of the `keeps` strings (comments).
   */
  | { keeps: string[]; drops?: string[]; parsed: (value: Config) => void };

export interface ExpectedFix {
  preferred: boolean;
  result: FixResult;
  title?: RegExp;
}

export interface ExpectedDiagnostic {
  path: JSONPath;
  at: Where;
  /** Default: the rule's default severity. */
  severity?: Severity;
  message?: RegExp;
  /** Default: no fixes. */
  fixes?: ExpectedFix[];
  /** The justification when a disable comment suppresses the diagnostic. */
  suppressed?: string;
}

export interface RuleCase {
  name: string;
  /** The baseline to start from (default 2020-09); ignored when `text` is a string. */
  from?: Baseline;
  change?: (config: Config) => void;
  /** Literal JSONC (may hold «markers»), or a function of the rendered (changed) baseline. */
  text?: string | ((rendered: string) => string);
  options?: LintOptions;
  /** The rule's diagnostics; [] means the rule stays silent. */
  expect: ExpectedDiagnostic[];
  /** The other rule ids the whole result must hold, exactly (each once); undefined: not checked. */
  others?: string[];
  /** The edition the file must be checked as. */
  checkedAs?: Edition;
}

export interface RuleSpec {
  id: string;
  severity: Severity;
  editions: readonly Edition[];
}

interface Built {
  text: string;
  config?: Config;
  spans: Span[];
}

function build(c: RuleCase): Built {
  if (typeof c.text === 'string') {
    const { text, spans } = unmark(c.text);
    return { text, spans };
  }
  const config = baselineOf(c.from ?? '2020-09');
  c.change?.(config);
  const rendered = render(config);
  const { text, spans } = unmark(c.text ? c.text(rendered) : rendered);
  return { text, spans, config };
}

function spanOf(built: Built, d: ExpectedDiagnostic): Span {
  const { text } = built;
  const at = d.at;
  if (at === 'value') return valueSpan(text, d.path);
  if (at === 'key') return keySpan(text, d.path);
  if (at === 'missing') return missingSpan(text, d.path);
  if ('marker' in at) {
    const span = built.spans[at.marker];
    if (!span) throw new Error(`test setup: no marker ${at.marker}`);
    return span;
  }
  if ('substring' in at) return substringSpan(text, at.substring, at.occurrence ?? 0);
  return at;
}

type Loose = Extract<FixResult, { keeps: string[] }>;

function keepsToken(result: Loose): string {
  return `<parses as expected, keeps ${JSON.stringify(result.keeps)}${result.drops ? `, drops ${JSON.stringify(result.drops)}` : ''}>`;
}

function satisfies(built: Built, result: Loose, after: string): boolean {
  const errors: ParseError[] = [];
  const value = parse(after, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length) return false;
  const wanted = parse(built.text, [], { allowTrailingComma: true, disallowComments: false });
  result.parsed(wanted);
  return isDeepStrictEqual(value, wanted) && result.keeps.every((k) => after.includes(k)) && !(result.drops ?? []).some((d) => after.includes(d));
}

function fixedText(built: Built, result: FixResult): string {
  if ('keeps' in result) return keepsToken(result);
  if ('text' in result) return result.text;
  if ('edit' in result) return result.edit(built.text);
  if (!built.config) throw new Error('test setup: a `change` fix result needs a config case');
  const copy = JSON.parse(JSON.stringify(built.config));
  result.change(copy);
  return render(copy);
}

interface Shown {
  path: JSONPath;
  range: Range;
  severity: Severity;
  suppressed?: string;
  fixes: { preferred: boolean; text: string }[];
}

const byText = (a: { text: string }, b: { text: string }) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0);

function order(a: Shown, b: Shown): number {
  return (
    a.range.start.line - b.range.start.line ||
    a.range.start.character - b.range.start.character ||
    a.range.end.line - b.range.end.line ||
    a.range.end.character - b.range.end.character ||
    (JSON.stringify(a.path) < JSON.stringify(b.path) ? -1 : JSON.stringify(a.path) > JSON.stringify(b.path) ? 1 : 0)
  );
}

function shownActual(built: Built, d: Diagnostic, loose: Loose[]): Shown {
  const textAfter = (after: string) => {
    const match = loose.find((l) => satisfies(built, l, after));
    return match ? keepsToken(match) : after;
  };
  const shown: Shown = {
    path: d.path,
    range: d.range,
    severity: d.severity,
    fixes: d.fixes.map((f) => ({ preferred: f.preferred, text: textAfter(applyEdits(built.text, f.edits)) })).sort(byText),
  };
  if (d.suppression) shown.suppressed = d.suppression.justification;
  return shown;
}

function shownExpected(spec: RuleSpec, built: Built, d: ExpectedDiagnostic): Shown {
  const span = spanOf(built, d);
  const shown: Shown = {
    path: d.path,
    range: rangeAt(built.text, span.offset, span.length),
    severity: d.severity ?? spec.severity,
    fixes: (d.fixes ?? []).map((f) => ({ preferred: f.preferred, text: fixedText(built, f.result) })).sort(byText),
  };
  if (d.suppressed !== undefined) shown.suppressed = d.suppressed;
  return shown;
}

/** The first differing lines of two texts, with a line of context. */
export function lineDiff(actual: string, expected: string): string {
  const a = actual.split('\n');
  const e = expected.split('\n');
  let i = 0;
  while (i < a.length && i < e.length && a[i] === e[i]) i++;
  let endA = a.length - 1;
  let endE = e.length - 1;
  while (endA > i && endE > i && a[endA] === e[endE]) {
    endA--;
    endE--;
  }
  const show = (lines: string[], from: number, to: number) =>
    lines
      .slice(Math.max(0, from - 1), to + 2)
      .map((l) => `    ${JSON.stringify(l)}`)
      .join('\n');
  return `  actual (from line ${i}):\n${show(a, i, endA)}\n  expected:\n${show(e, i, endE)}`;
}

/** Runs one case; exported so that a test can reuse it outside a table. */
export function runCase(spec: RuleSpec, c: RuleCase): void {
  const built = build(c);
  const result = lint(built.text, c.options);
  if (c.checkedAs) assert.strictEqual(result.edition, c.checkedAs, 'edition the file is checked as');
  const mine = ofRule(result.diagnostics, spec.id);
  const loose = c.expect.flatMap((e) => (e.fixes ?? []).map((f) => f.result)).filter((r): r is Loose => 'keeps' in r);
  const actual = mine.map((d) => ({ shown: shownActual(built, d, loose), d }));
  actual.sort((a, b) => order(a.shown, b.shown));
  const expected = c.expect.map((e) => ({ shown: shownExpected(spec, built, e), e }));
  expected.sort((a, b) => order(a.shown, b.shown));
  const context = `--- text ---\n${built.text}\n--- all diagnostics ---\n${result.diagnostics
    .map(
      (d) => `${d.rule} ${JSON.stringify(d.path)} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.message}`,
    )
    .join('\n')}`;
  // First where and what (fix texts left out, so that a difference there reads as one), then the fix texts.
  const where = (x: Shown) => ({ ...x, fixes: x.fixes.map((f) => ({ preferred: f.preferred })) });
  assert.deepStrictEqual(
    actual.map((a) => where(a.shown)),
    expected.map((e) => where(e.shown)),
    `diagnostics of ${spec.id}\n${context}`,
  );
  actual.forEach((a, i) => {
    a.shown.fixes.forEach((f, j) => {
      const wanted = expected[i].shown.fixes[j].text;
      if (f.text === wanted) return;
      const head = `fix ${j} of the ${spec.id} diagnostic at ${JSON.stringify(a.shown.path)}`;
      if (wanted.startsWith('<parses'))
        assert.fail(`${head}: wanted a text that ${wanted}; the fix changed:\n${lineDiff(f.text, built.text).replace('expected:', 'before:')}`);
      assert.fail(`${head}: text after applying it differs\n${lineDiff(f.text, wanted)}\n${context}`);
    });
  });
  // Pair each expected diagnostic with an equal actual one whose message matches.
  const used = new Set<number>();
  for (const e of expected) {
    const key = JSON.stringify(e.shown);
    const i = actual.findIndex((a, j) => !used.has(j) && JSON.stringify(a.shown) === key && (!e.e.message || e.e.message.test(a.d.message)));
    assert.ok(i >= 0, `a ${spec.id} diagnostic at ${key} with a message matching ${e.e.message}; messages: ${actual.map((a) => a.d.message).join(' / ')}`);
    used.add(i);
    const d = actual[i].d;
    assert.ok(d.message.trim().length > 0, 'a diagnostic has a message');
    for (const f of e.e.fixes?.filter((f) => f.title) ?? []) {
      const text = fixedText(built, f.result);
      const fix = d.fixes.find((af) => {
        const after = applyEdits(built.text, af.edits);
        return 'keeps' in f.result ? satisfies(built, f.result, after) : after === text;
      });
      assert.ok(fix, 'fix');
      assert.match(fix.title, f.title!, 'fix title');
    }
  }
  if (c.others) {
    const others = ruleIds(result.diagnostics).filter((id) => id !== spec.id);
    assert.deepStrictEqual(others, [...c.others].sort(), `other rules in the result\n${built.text}`);
  }
}

/** `describe(id)` with the rule's registration and one `it` per case. */
export function describeRule(spec: RuleSpec, cases: readonly RuleCase[]): void {
  describe(spec.id, () => {
    it(`is registered with severity ${spec.severity} in ${spec.editions.join(', ')}`, () => {
      const rule = ruleById(spec.id);
      assert.ok(rule, `rule ${spec.id} is registered`);
      assert.strictEqual(rule.meta.severity, spec.severity);
      assert.deepStrictEqual([...rule.meta.editions].sort(), [...spec.editions].sort());
    });
    const names = new Set<string>();
    for (const c of cases) {
      if (names.has(c.name)) throw new Error(`duplicate case name ${c.name}`);
      names.add(c.name);
      it(c.name, () => runCase(spec, c));
    }
  });
}

/** Shorthands. */
export const preferred = (result: FixResult, title?: RegExp): ExpectedFix => ({ preferred: true, result, title });
export const offered = (result: FixResult, title?: RegExp): ExpectedFix => ({ preferred: false, result, title });
export const ALL: readonly Edition[] = ['2018-05', '2020-09'];
