import { lintDocument } from './lint';
import { parseDocument } from './parse';
import type { Diagnostic, Fix, LintOptions, LintResult, TextEdit } from './types';

/** At most this many passes of fixes: a fixpoint is normally reached in two or three. */
export const MAX_FIX_PASSES = 10;

/**
 * Applies non-overlapping edits (offsets into `text`). Insertions at one offset keep their
 * order in the array, as LSP clients apply them.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const order = edits.map((edit, index) => ({ edit, index }));
  order.sort((a, b) => a.edit.offset - b.edit.offset || a.index - b.index);
  const parts: string[] = [];
  let at = 0;
  for (const { edit } of order) {
    if (edit.offset < at) continue; // overlapping: callers pass non-overlapping edits
    parts.push(text.slice(at, edit.offset), edit.newText);
    at = edit.offset + edit.length;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/**
 * The preferred fixes of unsuppressed diagnostics that can be applied together: a fix
 * whose edits overlap an earlier chosen one waits for the next pass.
 */
export function preferredFixes(diagnostics: readonly Diagnostic[]): Fix[] {
  const chosen: Fix[] = [];
  const taken = new TakenRanges();
  const seen = new Set<string>();
  for (const diagnostic of diagnostics) {
    if (diagnostic.suppression) continue;
    const fix = diagnostic.fixes.find((f) => f.preferred);
    if (!fix) continue;
    const key = JSON.stringify(fix.edits);
    if (seen.has(key)) continue;
    if (fix.edits.some((edit) => taken.conflicts(edit))) continue;
    seen.add(key);
    chosen.push(fix);
    for (const edit of fix.edits) taken.add(edit);
  }
  return chosen;
}

/**
 * The ranges of the edits already chosen, sorted by offset, so that a conflict check is a
 * binary search (a large file can have tens of thousands of fixes in one pass).
 */
class TakenRanges {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  /** Overlapping ranges, two insertions at one offset, or an insertion inside a replaced range. */
  conflicts(edit: TextEdit): boolean {
    const start = edit.offset;
    const end = edit.offset + edit.length;
    // Ranges are disjoint and sorted, so only the neighbours of the insertion point can conflict.
    const at = this.lowerBound(start);
    for (let i = Math.max(0, at - 1); i < this.starts.length && this.starts[i] <= end; i++) {
      const otherStart = this.starts[i];
      const otherEnd = this.ends[i];
      if (start < otherEnd && otherStart < end) return true;
      if (start === otherStart) return true;
      if (start === end && start > otherStart && start < otherEnd) return true;
      if (otherStart === otherEnd && otherStart > start && otherStart < end) return true;
    }
    return false;
  }

  add(edit: TextEdit): void {
    const at = this.lowerBound(edit.offset);
    this.starts.splice(at, 0, edit.offset);
    this.ends.splice(at, 0, edit.offset + edit.length);
  }

  private lowerBound(offset: number): number {
    let low = 0;
    let high = this.starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.starts[mid] < offset) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}

export interface FixResult {
  /** The fixed text (the input when nothing applied). */
  text: string;
  /** Passes that changed the text. */
  passes: number;
  /** Fixes applied over all passes. */
  applied: number;
  /** The lint result of the final text. */
  result: LintResult;
}

/**
 * Applies preferred fixes until none applies (at most MAX_FIX_PASSES passes). A text with
 * syntax errors is left alone: fixes are computed on the tree the parser recovers, and
 * rewriting a file we could not read in full is not safe. A pass whose result would not
 * parse is discarded.
 */
export function fixAll(text: string, options: LintOptions = {}, maxPasses = MAX_FIX_PASSES): FixResult {
  return fixToFixpoint(text, options, maxPasses, undefined);
}

/** `fixAll` for the preferred fixes of one rule only ("Fix all RULE problems in this file"). */
export function fixAllOfRule(text: string, rule: string, options: LintOptions = {}, maxPasses = MAX_FIX_PASSES): FixResult {
  return fixToFixpoint(text, options, maxPasses, rule);
}

function fixToFixpoint(text: string, options: LintOptions, maxPasses: number, rule: string | undefined): FixResult {
  let doc = parseDocument(text);
  let result = lintDocument(doc, options);
  let passes = 0;
  let applied = 0;
  if (doc.errors.length) return { text, passes, applied, result };
  while (passes < maxPasses) {
    const fixes = preferredFixes(rule === undefined ? result.diagnostics : result.diagnostics.filter((d) => d.rule === rule));
    if (!fixes.length) break;
    const next = applyEdits(
      doc.text,
      fixes.flatMap((f) => f.edits),
    );
    if (next === doc.text) break;
    const nextDoc = parseDocument(next);
    if (nextDoc.errors.length) break;
    doc = nextDoc;
    result = lintDocument(doc, options);
    passes++;
    applied += fixes.length;
  }
  return { text: doc.text, passes, applied, result };
}
