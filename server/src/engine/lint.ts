import { RuleContext } from './context';
import { analysisOf } from './analysisCache';
import { editionOf } from './format/check';
import { parseDocument, type ParsedDocument } from './parse';
import { RULES, SUPPRESSION_RULES } from './rules';
import type { Rule } from './rule';
import { applySuppressions, localDate, parseDirectives } from './suppressions';
import { DEFAULT_EDITION, EDITIONS, type Diagnostic, type LintOptions, type LintResult } from './types';

/** Lints a document's text. The text must not start with a byte order mark (front ends strip it). */
export function lint(text: string, options: LintOptions = {}): LintResult {
  return lintDocument(parseDocument(text), options, false);
}

/** The rules of each edition, in registry order: the main ones, then the suppression rules. */
const RULES_OF = new Map(
  EDITIONS.map((edition) => {
    const rules = RULES.filter((rule) => rule.meta.editions.includes(edition));
    return [edition, { main: rules.filter((r) => !SUPPRESSION_RULES.has(r)), suppression: rules.filter((r) => SUPPRESSION_RULES.has(r)) }];
  }),
);

/**
 * Lints a parsed document; callers that cache parses (the language server) use this. Its format
 * analysis is kept with it (`keep`), so that a new version parsed incrementally from it is
 * checked again only where it changed (analysisCache.ts).
 */
export function lintDocument(doc: ParsedDocument, options: LintOptions = {}, keep = true): LintResult {
  const edition = options.forceEdition ?? editionOf(doc.root, options.defaultEdition ?? DEFAULT_EDITION);
  const ctx = new RuleContext(doc, edition, analysisOf(doc, edition, keep));
  const diagnostics: Diagnostic[] = [];
  const { main, suppression } = RULES_OF.get(edition)!;
  const overrides = options.rules;
  const run = (rule: Rule) => {
    const severity = (overrides && overrides[rule.meta.id]) || rule.meta.severity;
    if (severity === 'off') return;
    ctx.reportAs(rule.meta.id, severity, diagnostics);
    rule.check(ctx);
  };
  for (const rule of main) run(rule);
  ctx.directives = parseDirectives(doc, options.today ?? localDate());
  applySuppressions(ctx.directives, diagnostics);
  for (const rule of suppression) run(rule);
  diagnostics.sort(byPosition);
  return { edition, diagnostics };
}

export function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.offset - b.offset || a.length - b.length || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}
