/**
 * The properties the engine must have for every input.
 * Each check throws a PropertyFailure whose `signature` names the kind of failure without
 * the input's details, so that many failing inputs of one bug count as one finding and
 * the runner shrinks one input per finding.
 */
import { createScanner, parseTree, SyntaxKind, type Node, type ParseError } from 'jsonc-parser';
import { applyEdits, fixAll, lint, LineIndex, MAX_FIX_PASSES, parseDocument, preferredFixes, ruleById } from '../../server/src/engine';
import { PARSE_OPTIONS } from '../../server/src/engine/parse';
import { SEVERITIES, type Diagnostic, type Fix, type LintOptions, type LintResult, type Position } from '../../server/src/engine/types';

export class PropertyFailure extends Error {
  constructor(
    readonly signature: string,
    message: string,
  ) {
    super(`${signature}\n${message}`);
    this.name = 'PropertyFailure';
  }
}

function fail(signature: string, details: string): never {
  throw new PropertyFailure(signature, details);
}

/** What the checks saw, for the run's summary (how well the generators cover the rules). */
export interface Stats {
  cases: number;
  withSyntaxErrors: number;
  diagnostics: number;
  byRule: Map<string, number>;
  suppressed: number;
  fixesChecked: number;
  preferredFixesChecked: number;
  fixAllRuns: number;
  fixAllPasses: number[];
  notApplicable: number;
  maxTextLength: number;
}

export function newStats(): Stats {
  return {
    cases: 0,
    withSyntaxErrors: 0,
    diagnostics: 0,
    byRule: new Map(),
    suppressed: 0,
    fixesChecked: 0,
    preferredFixesChecked: 0,
    fixAllRuns: 0,
    fixAllPasses: new Array(MAX_FIX_PASSES + 1).fill(0),
    notApplicable: 0,
    maxTextLength: 0,
  };
}

export function mergeStats(into: Stats, from: Stats): void {
  into.cases += from.cases;
  into.withSyntaxErrors += from.withSyntaxErrors;
  into.diagnostics += from.diagnostics;
  for (const [rule, n] of from.byRule) into.byRule.set(rule, (into.byRule.get(rule) ?? 0) + n);
  into.suppressed += from.suppressed;
  into.fixesChecked += from.fixesChecked;
  into.preferredFixesChecked += from.preferredFixesChecked;
  into.fixAllRuns += from.fixAllRuns;
  from.fixAllPasses.forEach((n, i) => (into.fixAllPasses[i] += n));
  into.notApplicable += from.notApplicable;
  into.maxTextLength = Math.max(into.maxTextLength, from.maxTextLength);
}

// ---------------------------------------------------------------------------------------------
// Helpers

const show = (value: unknown) => JSON.stringify(value);

function safeLint(text: string, options: LintOptions, what = 'lint'): LintResult {
  try {
    return lint(text, options);
  } catch (error) {
    const e = error as Error;
    fail(
      `${what} throws ${e?.name ?? 'a non-error'}: ${String(e?.message)
        .split('\n')[0]
        .replace(/"[^"]*"|\d+/g, '…')}`,
      String(e?.stack ?? e),
    );
  }
}

function parse(text: string): { root: Node | undefined; errors: ParseError[] } {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, PARSE_OPTIONS);
  return { root, errors };
}

/**
 * A reference implementation of LSP positions: lines end at \r\n, \n or \r; characters are
 * UTF-16 code units. An offset between \r and \n is the end of its line (a position cannot
 * split a line break).
 */
export function referencePosition(text: string, offset: number): Position {
  let line = 0;
  let lineStart = 0;
  if (offset > 0 && text[offset - 1] === '\r' && text[offset] === '\n') offset--;
  for (let i = 0; i < offset; i++) {
    const c = text[i];
    if (c === '\r' && text[i + 1] === '\n') i++;
    if (c === '\r' || c === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}

/** Line lengths without their line ends. */
function lineLengths(text: string): number[] {
  return text.split(/\r\n|\r|\n/).map((l) => l.length);
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

function splitsCrlf(text: string, offset: number): boolean {
  return offset > 0 && text.charCodeAt(offset - 1) === 13 && text.charCodeAt(offset) === 10;
}

function splitsSurrogatePair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

/**
 * Every node a path can name: with duplicate keys, a key names each of its occurrences.
 * A key whose value is missing (a syntax error) names its property node.
 */
export function nodesAtPath(root: Node | undefined, path: readonly (string | number)[]): Node[] {
  let current: Node[] = root ? [root] : [];
  path.forEach((segment, i) => {
    const next: Node[] = [];
    for (const node of current) {
      if (typeof segment === 'string' && node.type === 'object') {
        for (const property of node.children ?? []) {
          const [key, value] = property.children ?? [];
          if (key?.value !== segment) continue;
          if (value) next.push(value);
          else if (i === path.length - 1) next.push(property);
        }
      } else if (typeof segment === 'number' && node.type === 'array') {
        const element = node.children?.[segment];
        if (element) next.push(element);
      }
    }
    current = next;
  });
  return current;
}

/** The text a node's diagnostics may cover: its property (key and value) when it is a property's value. */
function spanOf(node: Node): { start: number; end: number } {
  const holder = node.parent?.type === 'property' ? node.parent : node;
  return { start: holder.offset, end: holder.offset + holder.length };
}

export interface CommentToken {
  offset: number;
  length: number;
  text: string;
}

export function commentsOf(text: string): CommentToken[] {
  const scanner = createScanner(text, false);
  const comments: CommentToken[] = [];
  for (let kind = scanner.scan(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
    if (kind === SyntaxKind.LineCommentTrivia || kind === SyntaxKind.BlockCommentTrivia) {
      const offset = scanner.getTokenOffset();
      const length = scanner.getTokenLength();
      comments.push({ offset, length, text: text.substr(offset, length) });
    }
  }
  return comments;
}

function occurrences(haystack: string, needle: string): number {
  let count = 0;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length)) count++;
  return count;
}

/** The comments of `before` (except `exempt`) that `after` no longer holds. */
function lostComments(before: readonly CommentToken[], after: string, exempt: (c: CommentToken) => boolean = () => false): string[] {
  const needed = new Map<string, number>();
  for (const c of before) if (!exempt(c)) needed.set(c.text, (needed.get(c.text) ?? 0) + 1);
  const lost: string[] = [];
  for (const [text, n] of needed) if (occurrences(after, text) < n) lost.push(text);
  return lost;
}

/** Where the new text of each edit lies in the text after `applyEdits` (edits do not overlap). */
export function insertedRanges(
  edits: readonly { offset: number; length: number; newText: string }[],
): { start: number; end: number; from: { offset: number; length: number } }[] {
  const sorted = [...edits].sort((a, b) => a.offset - b.offset);
  let delta = 0;
  return sorted.map((edit) => {
    const start = edit.offset + delta;
    delta += edit.newText.length - edit.length;
    return { start, end: start + edit.newText.length, from: { offset: edit.offset, length: edit.length } };
  });
}

/**
 * Format diagnostics of the fixed text that lie inside what a fix wrote: the fix wrote
 * something invalid. A diagnostic the input already had on the text the edit replaced
 * (a key that was a duplicate before its rename) is not new.
 */
function invalidInsertions(out: string, fix: Fix, options: LintOptions, before: readonly Diagnostic[]): Diagnostic[] {
  const ranges = insertedRanges(fix.edits).filter((r) => r.end > r.start);
  if (!ranges.length) return [];
  const written = (d: Diagnostic) =>
    ranges.some(
      (r) =>
        d.offset >= r.start &&
        d.offset + d.length <= r.end &&
        !before.some((b) => b.rule === d.rule && b.offset >= r.from.offset && b.offset + b.length <= r.from.offset + r.from.length),
    );
  return safeLint(out, options, 'lint of a fixed text').diagnostics.filter((d) => d.rule !== 'syntax' && VALUE_RULES.has(d.rule) && written(d));
}

/** The rules that judge a value or a key by the format alone. */
const VALUE_RULES = new Set(['schema/type', 'schema/unknown-property', 'schema/duplicate-key', 'edition/unknown', 'tenant/country-code', 'geography/unknown']);

/** A fix title without the values in it, for signatures: `Insert "auditLogs": 365` -> `Insert "…": …`. */
function titleShape(title: string): string {
  return title.replace(/"(?:[^"\\]|\\.)*"/g, '"…"').replace(/-?\d[\d.e+-]*/g, '…');
}

function describeDiagnostic(d: Diagnostic): string {
  return `${d.rule} at ${d.offset}+${d.length} path ${show(d.path)}: ${d.message}`;
}

const isSuppressionRule = (rule: string) => rule.startsWith('suppression/');

function overlapping(a: { offset: number; length: number }, b: { offset: number; length: number }): boolean {
  if (a.length && b.length) return a.offset < b.offset + b.length && b.offset < a.offset + a.length;
  // An insertion strictly inside a replaced range.
  if (!a.length && b.length) return a.offset > b.offset && a.offset < b.offset + b.length;
  if (a.length && !b.length) return b.offset > a.offset && b.offset < a.offset + a.length;
  return false;
}

/** The first difference between two parse trees, or undefined when they are the same. */
export function treeDifference(a: Node | undefined, b: Node | undefined, where = '$'): string | undefined {
  if (!a || !b) return a === b ? undefined : `${where}: ${a ? 'a node' : 'nothing'} vs ${b ? 'a node' : 'nothing'}`;
  for (const field of ['type', 'offset', 'length', 'colonOffset'] as const) {
    if (a[field] !== b[field]) return `${where}.${field}: ${show(a[field])} vs ${show(b[field])}`;
  }
  if (!Object.is(a.value, b.value)) return `${where}.value: ${show(a.value)} vs ${show(b.value)}`;
  const ca = a.children ?? [];
  const cb = b.children ?? [];
  if (!!a.children !== !!b.children || ca.length !== cb.length)
    return `${where}.children: ${a.children ? ca.length : 'none'} vs ${b.children ? cb.length : 'none'}`;
  for (let i = 0; i < ca.length; i++) {
    if (ca[i].parent !== a || cb[i].parent !== b) return `${where}.children[${i}].parent is not its parent`;
    const d = treeDifference(ca[i], cb[i], `${where}.children[${i}]`);
    if (d) return d;
  }
  return undefined;
}

/**
 * The engine's parse (which may take a fast path of its own) is jsonc-parser's: the same tree
 * node for node, the same errors, and the comments that hold directives.
 */
function checkParse(text: string, root: Node | undefined, errors: ParseError[]): void {
  let doc: ReturnType<typeof parseDocument>;
  try {
    doc = parseDocument(text);
  } catch (error) {
    fail(
      `parseDocument throws: ${String((error as Error)?.message)
        .split('\n')[0]
        .replace(/"[^"]*"|\d+/g, '…')}`,
      String((error as Error)?.stack ?? error),
    );
  }
  const difference = treeDifference(doc.root, root);
  if (difference)
    fail(
      `parseDocument's tree differs from jsonc-parser's (${difference.replace(/\[\d+\]/g, '[…]').replace(/: .*/, '')})`,
      `engine vs jsonc-parser: ${difference}`,
    );
  if (show(doc.errors) !== show(errors))
    fail("parseDocument's errors differ from jsonc-parser's", `engine: ${show(doc.errors)}\njsonc-parser: ${show(errors)}`);
  const directives = commentsOf(text).filter((c) => c.text.includes('privacy-lint-'));
  const found = doc.directiveComments.map((c) => ({ offset: c.offset, length: c.length, text: c.text }));
  if (show(found) !== show(directives)) fail('parseDocument finds other comments than the scanner', `engine: ${show(found)}\nscanner: ${show(directives)}`);
}

// ---------------------------------------------------------------------------------------------
// Property 1: every input

/**
 * For any text: lint does not throw and is deterministic; every diagnostic has a known rule,
 * the configured severity, a range inside the document that equals the LSP positions of its
 * offset and length, a path that resolves in the parse tree (or `[]` where the SPEC says so)
 * and fixes whose edits lie inside the document.
 */
export function checkAnyInput(text: string, options: LintOptions, stats?: Stats): LintResult {
  const result = safeLint(text, options);
  const again = safeLint(text, options);
  if (show(again) !== show(result)) fail('lint is not deterministic', `first: ${show(result)}\nsecond: ${show(again)}`);

  const { root, errors } = parse(text);
  checkParse(text, root, errors);
  const lines = new LineIndex(text);
  const lengths = lineLengths(text);
  if (stats) {
    stats.cases++;
    if (errors.length) stats.withSyntaxErrors++;
    stats.diagnostics += result.diagnostics.length;
    stats.maxTextLength = Math.max(stats.maxTextLength, text.length);
  }

  let previousOffset = -1;
  for (const d of result.diagnostics) {
    const where = describeDiagnostic(d);
    if (stats) {
      stats.byRule.set(d.rule, (stats.byRule.get(d.rule) ?? 0) + 1);
      if (d.suppression) stats.suppressed++;
    }
    // Rule and severity.
    const rule = ruleById(d.rule);
    if (!rule) fail('unknown rule id', where);
    const configured = options.rules?.[d.rule];
    if (configured === 'off') fail('a rule turned off still reports', where);
    const expectedSeverity = configured ?? rule.meta.severity;
    if (!SEVERITIES.includes(d.severity) || d.severity !== expectedSeverity)
      fail('severity is not the configured one', `${where}: ${d.severity}, expected ${expectedSeverity}`);
    if (typeof d.message !== 'string' || !d.message.trim()) fail('empty message', where);

    // Range.
    if (!Number.isInteger(d.offset) || !Number.isInteger(d.length) || d.offset < 0 || d.length < 0 || d.offset + d.length > text.length) {
      fail(`range outside the document (${d.rule})`, `${where}; text length ${text.length}`);
    }
    const expectedRange = lines.rangeOf(d.offset, d.length);
    if (show(d.range) !== show(expectedRange))
      fail(`range differs from the LineIndex positions (${d.rule})`, `${where}: ${show(d.range)} vs ${show(expectedRange)}`);
    const reference = { start: referencePosition(text, d.offset), end: referencePosition(text, d.offset + d.length) };
    if (show(d.range) !== show(reference)) fail('range differs from the reference UTF-16 positions', `${where}: ${show(d.range)} vs ${show(reference)}`);
    for (const p of [d.range.start, d.range.end]) {
      if (p.line < 0 || p.line >= lengths.length || p.character < 0 || p.character > lengths[p.line]) {
        fail('position outside its line', `${where}: ${show(p)}; line lengths ${show(lengths)}`);
      }
    }
    if (splitsSurrogatePair(text, d.offset) || splitsSurrogatePair(text, d.offset + d.length)) fail(`range splits a surrogate pair (${d.rule})`, where);
    if (splitsCrlf(text, d.offset) || splitsCrlf(text, d.offset + d.length)) fail(`range starts or ends between \\r and \\n (${d.rule})`, where);
    if (d.offset < previousOffset) fail('diagnostics are not sorted by position', where);
    previousOffset = d.offset;

    // Path.
    if (!Array.isArray(d.path) || d.path.some((s) => typeof s !== 'string' && (typeof s !== 'number' || !Number.isInteger(s) || s < 0))) {
      fail('malformed path', where);
    }
    if (d.rule === 'syntax' || isSuppressionRule(d.rule)) {
      if (d.path.length) fail(`${d.rule} has a path other than []`, where);
    } else if (!d.path.length) {
      if (!root) fail(`${d.rule} reported on a document with no value`, where);
      const span = spanOf(root);
      if (d.offset < span.start || d.offset + d.length > span.end) fail(`root-level ${d.rule} outside the root value`, where);
    } else {
      const nodes = nodesAtPath(root, d.path);
      if (!nodes.length) fail(`path does not resolve (${d.rule})`, where);
      const inside = nodes.some((node) => {
        const span = spanOf(node);
        return d.offset >= span.start && d.offset + d.length <= span.end;
      });
      if (!inside) fail(`range outside the node of its path (${d.rule})`, `${where}; nodes at ${nodes.map((n) => `${n.offset}+${n.length}`).join(', ')}`);
    }

    // Suppression.
    if (d.suppression && (d.rule === 'syntax' || isSuppressionRule(d.rule))) fail(`${d.rule} is suppressed`, where);

    // Fixes.
    if (!Array.isArray(d.fixes)) fail('fixes is not an array', where);
    for (const fix of d.fixes) {
      if (!fix.title || !Array.isArray(fix.edits) || !fix.edits.length) fail(`fix without title or edits (${d.rule})`, `${where}: ${show(fix)}`);
      for (const edit of fix.edits) {
        if (!Number.isInteger(edit.offset) || !Number.isInteger(edit.length) || edit.offset < 0 || edit.length < 0 || edit.offset + edit.length > text.length) {
          fail(`fix edit outside the document (${d.rule})`, `${where}: ${show(edit)}`);
        }
        if (splitsSurrogatePair(text, edit.offset) || splitsSurrogatePair(text, edit.offset + edit.length))
          fail(`fix edit splits a surrogate pair (${d.rule})`, `${where}: ${show(edit)}`);
      }
      fix.edits.forEach((a, i) =>
        fix.edits.slice(i + 1).forEach((b) => {
          if (overlapping(a, b)) fail(`overlapping edits in one fix (${d.rule})`, `${where}: ${show(fix.edits)}`);
        }),
      );
    }
    if (d.fixes.filter((f) => f.preferred).length > 1) fail(`more than one preferred fix (${d.rule})`, `${where}: ${show(d.fixes)}`);
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Property 2: member order

function fingerprint(d: Diagnostic): string {
  return `${d.rule}\t${show(d.path)}`;
}

function multisetDifference(a: string[], b: string[]): string[] {
  const counts = new Map<string, number>();
  for (const x of b) counts.set(x, (counts.get(x) ?? 0) + 1);
  const extra: string[] = [];
  for (const x of a) {
    const n = counts.get(x) ?? 0;
    if (n) counts.set(x, n - 1);
    else extra.push(x);
  }
  return extra;
}

/**
 * The same configuration with the members of its objects (keys that do not repeat) in
 * another order: the same edition and the same multiset of (rule, path), and the same
 * messages and severities.
 */
export function checkOrderIndependence(text: string, reordered: string, options: LintOptions, stats?: Stats): void {
  const a = checkAnyInput(text, options, stats);
  const b = safeLint(reordered, options);
  if (a.edition !== b.edition) fail('edition depends on member order', `${a.edition} vs ${b.edition}`);
  const fa = a.diagnostics.map(fingerprint);
  const fb = b.diagnostics.map(fingerprint);
  const onlyA = multisetDifference(fa, fb);
  const onlyB = multisetDifference(fb, fa);
  if (onlyA.length || onlyB.length) {
    const rules = [...new Set([...onlyA, ...onlyB].map((f) => f.split('\t')[0]))].sort().join(', ');
    fail(`diagnostics depend on member order (${rules})`, `only in the first order: ${show(onlyA)}\nonly in the second: ${show(onlyB)}`);
  }
  const detail = (d: Diagnostic) => `${fingerprint(d)}\t${d.severity}\t${d.message}\t${d.fixes.map((f) => `${f.preferred}:${f.title}`).join('|')}`;
  const da = a.diagnostics.map(detail);
  const db = b.diagnostics.map(detail);
  const onlyDa = multisetDifference(da, db);
  if (onlyDa.length) {
    const rules = [...new Set(onlyDa.map((f) => f.split('\t')[0]))].sort().join(', ');
    fail(`messages or fixes depend on member order (${rules})`, `first order: ${show(onlyDa)}\nsecond order: ${show(multisetDifference(db, da))}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Property 3: fixes

/**
 * For a text without syntax errors: every fix keeps the text parseable (the brief asks it of
 * preferred fixes; a quick fix that breaks the file is as bad, so it is asked of all of
 * them); every preferred fix keeps every comment (except the disable comment a
 * `suppression/unused` fix edits on purpose); the preferred fixes of one pass together keep
 * it parseable; `fixAll` reaches a fixpoint within MAX_FIX_PASSES passes with no preferred
 * fix left; fixing twice equals fixing once; and fixAll's final lint is the lint of its text.
 * Returns false when the text has syntax errors (the property does not apply).
 */
export function checkFixes(text: string, options: LintOptions, stats?: Stats): boolean {
  const { errors } = parse(text);
  if (errors.length) {
    if (stats) stats.notApplicable++;
    return false;
  }
  const result = checkAnyInput(text, options, stats);
  const comments = commentsOf(text);
  const inside = (c: CommentToken, fix: Fix) => fix.edits.some((e) => c.offset < e.offset + Math.max(e.length, 1) && e.offset < c.offset + c.length);
  const ruleOfFix = new Map<Fix, string>();

  for (const d of result.diagnostics) {
    for (const fix of d.fixes) {
      ruleOfFix.set(fix, d.rule);
      const kind = fix.preferred ? 'preferred fix' : 'fix';
      const out = applyEdits(text, fix.edits);
      if (stats) {
        stats.fixesChecked++;
        if (fix.preferred) stats.preferredFixesChecked++;
      }
      const after = parse(out);
      if (after.errors.length) {
        fail(`${kind} breaks the syntax: ${d.rule} "${titleShape(fix.title)}"`, `${describeDiagnostic(d)}\nfix: ${show(fix)}\nresult:\n${out}`);
      }
      const introduced = invalidInsertions(out, fix, options, result.diagnostics);
      if (introduced.length) {
        fail(
          `${kind} writes a value the format rejects: ${d.rule} "${titleShape(fix.title)}" -> ${[...new Set(introduced.map((x) => x.rule))].sort().join(', ')}`,
          `${describeDiagnostic(d)}\nfix: ${show(fix)}\nthen: ${introduced.map(describeDiagnostic).join('\n')}\nresult:\n${out}`,
        );
      }
      if (!fix.preferred) continue;
      const exempt = (c: CommentToken) => d.rule === 'suppression/unused' && inside(c, fix);
      const lost = lostComments(comments, out, exempt);
      if (lost.length) {
        fail(
          `preferred fix drops a comment: ${d.rule} "${titleShape(fix.title)}"`,
          `${describeDiagnostic(d)}\nfix: ${show(fix)}\nlost: ${show(lost)}\nresult:\n${out}`,
        );
      }
    }
  }

  // One pass of fix-all: the preferred fixes that can be applied together.
  const pass = preferredFixes(result.diagnostics);
  if (pass.length) {
    const out = applyEdits(
      text,
      pass.flatMap((f) => f.edits),
    );
    if (parse(out).errors.length) {
      const rules = [...new Set(pass.map((f) => ruleOfFix.get(f)))].sort().join(', ');
      fail(`preferred fixes applied together break the syntax (${rules})`, `fixes: ${show(pass)}\nresult:\n${out}`);
    }
    const together: Fix = { title: 'one pass', preferred: true, edits: pass.flatMap((f) => f.edits) };
    const introduced = invalidInsertions(out, together, options, result.diagnostics);
    if (introduced.length) {
      const rules = [...new Set(pass.map((f) => ruleOfFix.get(f)))].sort().join(', ');
      fail(
        `preferred fixes applied together write what the format rejects: ${[...new Set(introduced.map((x) => x.rule))].sort().join(', ')}`,
        `fixes (${rules}): ${show(pass)}\nthen: ${introduced.map(describeDiagnostic).join('\n')}\nresult:\n${out}`,
      );
    }
    const exempt = (c: CommentToken) => pass.some((f) => ruleOfFix.get(f) === 'suppression/unused' && inside(c, f));
    const lost = lostComments(comments, out, exempt);
    if (lost.length) fail('preferred fixes applied together drop a comment', `fixes: ${show(pass)}\nlost: ${show(lost)}\nresult:\n${out}`);
  }

  // Fix-all to a fixpoint.
  let first: ReturnType<typeof fixAll>;
  try {
    first = fixAll(text, options);
  } catch (error) {
    fail(
      `fixAll throws: ${String((error as Error)?.message)
        .split('\n')[0]
        .replace(/"[^"]*"|\d+/g, '…')}`,
      String((error as Error)?.stack ?? error),
    );
  }
  if (stats) {
    stats.fixAllRuns++;
    stats.fixAllPasses[Math.min(first.passes, MAX_FIX_PASSES)]++;
  }
  if (first.passes > MAX_FIX_PASSES) fail('fixAll takes more passes than allowed', `${first.passes} passes`);
  const finalLint = checkAnyInput(first.text, options);
  if (show(finalLint) !== show(first.result)) fail('fixAll result is not the lint of its text', `fixAll: ${show(first.result)}\nlint: ${show(finalLint)}`);
  const left = preferredFixes(first.result.diagnostics);
  if (left.length) {
    const rules = [...new Set(first.result.diagnostics.filter((d) => !d.suppression && d.fixes.some((f) => f.preferred)).map((d) => d.rule))].sort().join(', ');
    const next = applyEdits(
      first.text,
      left.flatMap((f) => f.edits),
    );
    const why =
      first.passes >= MAX_FIX_PASSES
        ? 'no fixpoint within the passes allowed'
        : next === first.text
          ? 'the fixes left change nothing'
          : parse(next).errors.length
            ? 'the next pass would break the syntax'
            : 'fixAll stopped early';
    fail(`preferred fixes left after fixAll: ${why} (${rules})`, `after ${first.passes} passes:\n${first.text}\nleft: ${show(left)}`);
  }
  const lost = lostComments(
    comments.filter((c) => !c.text.includes('privacy-lint-')),
    first.text,
  );
  if (lost.length) fail('fixAll drops a comment', `lost: ${show(lost)}\nresult:\n${first.text}`);

  const second = fixAll(first.text, options);
  if (second.text !== first.text) fail('fixing twice differs from fixing once', `once:\n${first.text}\ntwice:\n${second.text}`);
  return true;
}

// ---------------------------------------------------------------------------------------------
// Property 4: no false alarms on valid configurations

/** The rules that judge the format: a configuration built from the format metadata gives none of them. */
export const FORMAT_RULES = new Set([
  'syntax',
  'schema/unknown-property',
  'schema/type',
  'schema/required',
  'schema/duplicate-key',
  'edition/unknown',
  'tenant/country-code',
  'geography/unknown',
  'suppression/reason',
  'suppression/unused',
  'suppression/expired',
]);

/**
 * A configuration generated valid for its edition (any layout, comments, line ends and
 * trailing commas) gets no diagnostic from the format rules: whatever they report is a
 * false alarm (or a generator bug; the message says which value).
 */
export function checkValidConfig(text: string, options: LintOptions, stats?: Stats): void {
  const result = checkAnyInput(text, options, stats);
  const alarms = result.diagnostics.filter((d) => FORMAT_RULES.has(d.rule));
  if (alarms.length) {
    fail(`format rule reports a valid configuration (${[...new Set(alarms.map((d) => d.rule))].sort().join(', ')})`, alarms.map(describeDiagnostic).join('\n'));
  }
}
