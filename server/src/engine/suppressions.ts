import type { Comment, ParsedDocument } from './parse';
import type { Diagnostic } from './types';

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
  /** How many diagnostics this rule name suppressed. */
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
  /** True from the expiry date on: the directive then suppresses nothing. */
  expired: boolean;
}

const EXPIRES = /;\s*expires\s+(\d{4}-\d{2}-\d{2})\s*$/;

const DIRECTIVE = /^(\s*)privacy-lint-(disable-next-line|disable-file)(?=\s|$)/;
const RULE_NAME = /[^\s,]+/g;

/**
 * The disable comments of a document. `today` (YYYY-MM-DD, the run's local date) decides
 * which have expired.
 */
export function parseDirectives(doc: ParsedDocument, today: string): Directive[] {
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
      rules.push({ id: name[0], offset: listOffset + name.index!, length: name[0].length, used: 0 });
    }
    const reason = separator < 0 ? undefined : body.slice(separator + 2).trim() || undefined;
    const expires = reason === undefined ? undefined : EXPIRES.exec(reason)?.[1];
    directives.push({
      kind: match[2] === 'disable-file' ? 'file' : 'next-line',
      comment,
      rules,
      reason,
      targetLine: doc.lines.positionAt(comment.offset + comment.length).line + 1,
      expires,
      expired: expires !== undefined && expires <= today,
    });
  }
  return directives;
}

/** Rules that disable comments cannot silence. */
export function isSuppressible(rule: string): boolean {
  return rule !== 'syntax' && !rule.startsWith('suppression/');
}

/** Marks suppressed diagnostics and counts, per directive rule, what it suppressed. */
export function applySuppressions(directives: Directive[], diagnostics: Diagnostic[]): void {
  if (!directives.length) return;
  for (let i = 0; i < diagnostics.length; i++) {
    const diagnostic = diagnostics[i];
    if (!isSuppressible(diagnostic.rule)) continue;
    for (let j = 0; j < directives.length; j++) {
      const directive = directives[j];
      if (directive.expired) continue;
      if (directive.kind === 'next-line' && directive.targetLine !== diagnostic.range.start.line) continue;
      const rule = directive.rules.find((r) => r.id === diagnostic.rule);
      if (!rule) continue;
      rule.used++;
      diagnostic.suppression ??= { kind: 'inSource', justification: directive.reason ?? '' };
    }
  }
}

/** The local date of a moment, `YYYY-MM-DD`. */
export function localDate(at: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}
