import { RuleContext } from './context';
import { buildDataMap } from './dataMap/model';
import { analysisOf } from './parsing/analysisCache';
import { editionOf } from './format/check';
import { parseDocument, type ParsedDocument } from './parse';
import { RULES, SUPPRESSION_RULES } from './rules';
import type { Rule } from './rule';
import { applySuppressions, parseDirectives } from './suppressions';
import { BUILT_IN_RULE_IDS, knownRuleIds, type KnownRuleIds } from './ruleIds';
import { DEFAULT_EDITION, EDITIONS, type Diagnostic, type Edition, type LintOptions, type LintResult, type RuleOptions, type Severity } from './types';

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

/** The rules to run, each with its severity and options; rules turned off are left out. */
interface Plan {
  main: Step[];
  suppression: Step[];
  /** The ids of the organization's policies in the plan's settings (in force or not in this edition). */
  policyIds: readonly string[];
  /** The ids a disable comment may name: the built-in rules' and the policies'. */
  ruleIds: KnownRuleIds;
}

interface Step {
  rule: Rule;
  severity: Severity;
  options: RuleOptions | undefined;
}

/** Stands for "none" as a key of the plan caches below. */
const NONE = {};

/**
 * Plans by edition, then by the settings objects they are made from: the severity overrides,
 * the rule options and the policies (the settings of a folder, shared by its files). Without
 * settings a lint takes the one default plan: no policy, no option, no per-lint work.
 */
const PLANS = new Map<Edition, WeakMap<object, WeakMap<object, WeakMap<object, Plan>>>>();

function planOf(edition: Edition, options: LintOptions): Plan {
  let byOverrides = PLANS.get(edition);
  if (!byOverrides) PLANS.set(edition, (byOverrides = new WeakMap()));
  const overrides = options.rules ?? NONE;
  let byRuleOptions = byOverrides.get(overrides);
  if (!byRuleOptions) byOverrides.set(overrides, (byRuleOptions = new WeakMap()));
  const ruleOptions = options.ruleOptions ?? NONE;
  let byPolicies = byRuleOptions.get(ruleOptions);
  if (!byPolicies) byRuleOptions.set(ruleOptions, (byPolicies = new WeakMap()));
  const policies = options.policies ?? NONE;
  let plan = byPolicies.get(policies);
  if (!plan) byPolicies.set(policies, (plan = makePlan(edition, options)));
  return plan;
}

const NO_POLICY_IDS: readonly string[] = [];

function makePlan(edition: Edition, { rules: overrides, ruleOptions, policies }: LintOptions): Plan {
  const { main, suppression } = RULES_OF.get(edition)!;
  // An organization's policies run after the built-in rules, before disable comments are applied (SPEC section 10).
  const inForce = (policies ?? []).filter((policy) => policy.meta.editions.includes(edition));
  const steps = (rules: readonly Rule[]) =>
    rules
      .map((rule) => ({ rule, severity: (overrides && overrides[rule.meta.id]) || rule.meta.severity, options: ruleOptions?.[rule.meta.id] }))
      .filter((step): step is Step => step.severity !== 'off');
  const policyIds = policies?.length ? policies.map((policy) => policy.meta.id) : NO_POLICY_IDS;
  return {
    main: steps([...main, ...inForce]),
    suppression: steps(suppression),
    policyIds,
    ruleIds: policyIds.length ? knownRuleIds(policyIds) : BUILT_IN_RULE_IDS,
  };
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
  const { main, suppression, policyIds, ruleIds } = planOf(edition, options);
  ctx.policyIds = policyIds;
  ctx.ruleIds = options.extraRuleIds ? knownRuleIds([...policyIds, ...options.extraRuleIds]) : ruleIds;
  for (let i = 0; i < main.length; i++) {
    const { rule, severity, options: ruleOptions } = main[i];
    ctx.reportAs(rule.meta.id, severity, diagnostics, ruleOptions);
    rule.check(ctx);
  }
  ctx.directives = parseDirectives(doc, options.today);
  applySuppressions(ctx.directives, diagnostics);
  for (let i = 0; i < suppression.length; i++) {
    const { rule, severity, options: ruleOptions } = suppression[i];
    ctx.reportAs(rule.meta.id, severity, diagnostics, ruleOptions);
    rule.check(ctx);
  }
  diagnostics.sort(byPosition);
  if (options.dataMap)
    return {
      edition,
      diagnostics,
      dataMap: buildDataMap(
        ctx,
        diagnostics.filter((d) => !d.suppression),
        options.ruleOptions,
      ),
    };
  return { edition, diagnostics };
}

export function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.offset - b.offset || a.length - b.length || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}
