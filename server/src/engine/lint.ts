import { RuleContext } from './context';
import { buildDataMap } from './dataMap/model';
import { analysisOf } from './analysisCache';
import { editionOf } from './format/check';
import { parseDocument, type ParsedDocument } from './parse';
import { RULES, SUPPRESSION_RULES } from './rules';
import type { Rule } from './rule';
import { applySuppressions, localDate, parseDirectives } from './suppressions';
import { DEFAULT_EDITION, EDITIONS, type Diagnostic, type Edition, type LintOptions, type LintResult, type Severity } from './types';

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

/** The rules to run, each with its severity; rules turned off are left out. */
interface Plan {
  main: { rule: Rule; severity: Severity }[];
  suppression: { rule: Rule; severity: Severity }[];
}

/** Plans by edition, for the default severities and for each severity overrides object (the settings of a folder, shared by its files). */
const PLANS = new Map<Edition, { defaults: Plan; byOverrides: WeakMap<object, Plan> }>();

function planOf(edition: Edition, overrides: LintOptions['rules']): Plan {
  let plans = PLANS.get(edition);
  if (!plans) PLANS.set(edition, (plans = { defaults: makePlan(edition, undefined), byOverrides: new WeakMap() }));
  if (!overrides) return plans.defaults;
  let plan = plans.byOverrides.get(overrides);
  if (!plan) plans.byOverrides.set(overrides, (plan = makePlan(edition, overrides)));
  return plan;
}

function makePlan(edition: Edition, overrides: LintOptions['rules']): Plan {
  const { main, suppression } = RULES_OF.get(edition)!;
  const steps = (rules: readonly Rule[]) =>
    rules
      .map((rule) => ({ rule, severity: (overrides && overrides[rule.meta.id]) || rule.meta.severity }))
      .filter((step): step is { rule: Rule; severity: Severity } => step.severity !== 'off');
  return { main: steps(main), suppression: steps(suppression) };
}

/**
 * Lints a parsed document; callers that cache parses (the language server) use this. Its format
 * analysis is kept with it (`keep`), so that a new version parsed incrementally from it is
 * checked again only where it changed (analysisCache.ts).
 */
export function lintDocument(doc: ParsedDocument, options: LintOptions = {}, keep = true): LintResult {
  const edition = options.forceEdition ?? editionOf(doc.root, options.defaultEdition ?? DEFAULT_EDITION);
  const ctx = new RuleContext(doc, edition, analysisOf(doc, edition, keep));
  const diagnostics: Diagnostic[] = [];
  const { main, suppression } = planOf(edition, options.rules);
  for (let i = 0; i < main.length; i++) {
    const { rule, severity } = main[i];
    ctx.reportAs(rule.meta.id, severity, diagnostics);
    rule.check(ctx);
  }
  ctx.directives = parseDirectives(doc, options.today ?? localDate());
  applySuppressions(ctx.directives, diagnostics);
  for (let i = 0; i < suppression.length; i++) {
    const { rule, severity } = suppression[i];
    ctx.reportAs(rule.meta.id, severity, diagnostics);
    rule.check(ctx);
  }
  diagnostics.sort(byPosition);
  if (options.dataMap) return { edition, diagnostics, dataMap: buildDataMap(ctx, diagnostics.filter((d) => !d.suppression)) };
  return { edition, diagnostics };
}

export function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.offset - b.offset || a.length - b.length || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}
