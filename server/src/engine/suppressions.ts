import type { Comment, ParsedDocument } from './parse';
import type { Diagnostic } from './types';
import { parseDate } from './policy/dates';
import { areaOf, UNSUPPRESSIBLE_AREAS, UNSUPPRESSIBLE_IDS } from './rules';

/**
 * Disable comments (SPEC section 4, Suppressions):
 *   // privacy-lint-disable-next-line RULE[, RULE...] -- REASON
 *   // privacy-lint-disable-file RULE[, RULE...] -- REASON
 * Block comments work the same way. `syntax` and the suppression rules cannot be suppressed.
 */

export interface DirectiveRule {
  id: string;
  offset: number;
  length: number;
  /** How many diagnostics this rule name suppressed (a name given twice in one comment: its first occurrence). */
  used: number;
}

export interface Directive {
  kind: 'next-line' | 'file';
  comment: Comment;
  rules: DirectiveRule[];
  /** The text after `--`, trimmed; undefined when there is none. */
  reason: string | undefined;
  /** The line whose diagnostics a next-line directive suppresses. */
  targetLine: number;
  /** The date the reason says the exception expires (`; expires YYYY-MM-DD`), if any. */
  expires: string | undefined;
  /**
   * What follows `; expires` when it is not a real calendar date `YYYY-MM-DD` (`2026-02-30`):
   * `suppression/reason` reports it, and the comment suppresses as one without an expiry does.
   */
  invalidExpiry: string | undefined;
  /** True from the expiry date on: the directive then suppresses nothing. */
  expired: boolean;
}

const EXPIRES = /;\s*expires\s+(\d[\d-]*)\s*$/;

const DIRECTIVE = /^(\s*)privacy-lint-(disable-next-line|disable-file)(?=\s|$)/;
const RULE_NAME = /[^\s,]+/g;

/**
 * The disable comments of a document. `today` (YYYY-MM-DD, the run's local date, given by the
 * front end) decides which have expired; undefined: none has.
 */
export function parseDirectives(doc: ParsedDocument, today: string | undefined): Directive[] {
  const directives: Directive[] = [];
  const comments = doc.directiveComments;
  for (let i = 0; i < comments.length; i++) {
    const comment = comments[i];
    const bodyStart = 2;
    const body = comment.block ? comment.text.slice(2, -2) : comment.text.slice(2);
    const match = DIRECTIVE.exec(body);
    if (!match) continue;
    const afterName = match[0].length;
    const separator = body.indexOf('--', afterName);
    const list = separator < 0 ? body.slice(afterName) : body.slice(afterName, separator);
    const listOffset = comment.offset + bodyStart + afterName;
    const rules: DirectiveRule[] = [];
    for (const name of list.matchAll(RULE_NAME)) {
      rules.push({ id: name[0], offset: listOffset + name.index, length: name[0].length, used: 0 });
    }
    const reason = separator < 0 ? undefined : body.slice(separator + 2).trim() || undefined;
    const stated = reason === undefined ? undefined : EXPIRES.exec(reason)?.[1];
    const expires = stated !== undefined && parseDate(stated) ? stated : undefined;
    directives.push({
      kind: match[2] === 'disable-file' ? 'file' : 'next-line',
      comment,
      rules,
      reason,
      targetLine: doc.lines.positionAt(comment.offset + comment.length).line + 1,
      expires,
      invalidExpiry: stated !== undefined && expires === undefined ? stated : undefined,
      expired: expires !== undefined && today !== undefined && expires <= today,
    });
  }
  return directives;
}

/** Whether disable comments can silence the rule `rule` (SPEC section 4: not `syntax`, not `suppression/*`). */
export function isSuppressible(rule: string): boolean {
  return !UNSUPPRESSIBLE_IDS.has(rule) && !UNSUPPRESSIBLE_AREAS.has(areaOf(rule));
}

/**
 * The rule names of the directives in force that may suppress one rule at one place: for a
 * rule in the whole file, or on one line. Every diagnostic they match is counted once for the
 * group (`hits`), and the count goes to each name at the end.
 */
interface SuppressionGroup {
  /** The justification of the group's first directive (the first in the file wins, as it always has). */
  readonly justification: string;
  /** The place of the group's first directive in the file. */
  readonly order: number;
  readonly names: DirectiveRule[];
  hits: number;
}

/**
 * Marks suppressed diagnostics and counts, per directive rule, what it suppressed. Time linear
 * in the diagnostics and the rule names: groups by rule id (and line), never every diagnostic
 * against every comment.
 */
export function applySuppressions(directives: Directive[], diagnostics: Diagnostic[]): void {
  if (!directives.length) return;
  const inFile = new Map<string, SuppressionGroup>();
  const onLine = new Map<number, Map<string, SuppressionGroup>>();
  const groups: SuppressionGroup[] = [];
  for (let d = 0; d < directives.length; d++) {
    const directive = directives[d];
    if (directive.expired) continue;
    let scope = inFile;
    if (directive.kind === 'next-line') {
      let line = onLine.get(directive.targetLine);
      if (!line) onLine.set(directive.targetLine, (line = new Map<string, SuppressionGroup>()));
      scope = line;
    }
    const rules = directive.rules;
    // A name given twice in one comment: the first counts (the second is reported unused).
    const named = rules.length > 1 ? new Set<string>() : undefined;
    for (let r = 0; r < rules.length; r++) {
      const rule = rules[r];
      if (named) {
        if (named.has(rule.id)) continue;
        named.add(rule.id);
      }
      let group = scope.get(rule.id);
      if (!group) {
        scope.set(rule.id, (group = { justification: directive.reason ?? '', order: d, names: [], hits: 0 }));
        groups.push(group);
      }
      group.names.push(rule);
    }
  }
  for (let i = 0; i < diagnostics.length; i++) {
    const diagnostic = diagnostics[i];
    if (!isSuppressible(diagnostic.rule)) continue;
    const file = inFile.get(diagnostic.rule);
    const line = onLine.get(diagnostic.range.start.line)?.get(diagnostic.rule);
    if (!file && !line) continue;
    if (file) file.hits++;
    if (line) line.hits++;
    const first = !line || (file && file.order < line.order) ? file! : line;
    diagnostic.suppression ??= { kind: 'inSource', justification: first.justification };
  }
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g];
    if (!group.hits) continue;
    for (let n = 0; n < group.names.length; n++) group.names[n].used += group.hits;
  }
}

/**
 * Reasons that only hold a reason's place: what the editor's disable quick fix inserts
 * (`<reason>`), and the usual stand-ins. Compared without case; an expiry after it does not count.
 */
const PLACEHOLDER_REASONS = new Set(['reason', 'todo', 'tbd', 'fixme', 'xxx', '...', '…', '-', '?', 'n/a', 'none', 'placeholder']);

/** Whether a reason is a placeholder rather than a reason (`<reason>`, `TODO`, ...). */
export function isPlaceholderReason(reason: string): boolean {
  const text = reason.replace(EXPIRES, '').trim();
  if (text === '') return true;
  if (/^<[^<>]*>$/.test(text)) return true;
  const lower = text.toLowerCase();
  return PLACEHOLDER_REASONS.has(lower) || PLACEHOLDER_REASONS.has(lower.replace(/[.:!]+$/, ''));
}

/**
 * The local date of a moment, `YYYY-MM-DD`. The engine never reads the clock: a front end reads
 * it (the CLI once per run, the language server per request) and passes the date as `today`.
 */
export function localDate(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}
