import type { Edition, RuleOptions, Severity } from './types';
import type { RuleContext } from './context';

/** What a rule is, for people and tools: hovers, docs, SARIF `rules[]` and the README table come from here. */
export interface RuleMeta<Id extends string = string> {
  /** The rule id, such as `retention/audit-logs`: `AREA/NAME`, or one word (`syntax`). */
  readonly id: Id;
  /** The editions the rule applies in. */
  readonly editions: readonly Edition[];
  /** Default severity; settings may change it or turn the rule off. */
  readonly severity: Severity;
  /** The section of the policy page the rule enforces (for structure rules: the SPEC section). */
  readonly policySection: string;
  /** One line: what the rule reports. */
  readonly summary: string;
  /** Why, in the project's own words. */
  readonly rationale: string;
  /** What the fix does; undefined when the rule has none. */
  readonly fix?: string;
  /** Whether --fix and "fix all" apply the fix without asking. */
  readonly fixPreferred?: boolean;
  /**
   * The rule judges disable comments (SPEC section 4, Suppressions): it runs after they are
   * applied, and no disable comment can silence it, nor any id of its area (`suppression/*`).
   */
  readonly judgesDisableComments?: boolean;
  /** False for a rule no disable comment can silence (`syntax`); default true. */
  readonly suppressible?: boolean;
  /** Its findings are text that does nothing (an unused disable comment): editors show it faded. */
  readonly unnecessary?: boolean;
  /** A small example that the rule reports. */
  readonly example?: string;
  /** The options the rule takes in settings (`[SEVERITY, OPTIONS]`, SPEC section 10); none when undefined. */
  readonly options?: readonly RuleOptionSpec[];
  /** Where the rule is documented, when not in docs/rules.md: a policy's `docs` URL. */
  readonly docs?: string;
  /** True for an organization's policy (from settings), undefined for a built-in rule. */
  readonly organization?: boolean;
}

/** One option a rule takes: its name, what it holds, and how far it may go. */
export interface RuleOptionSpec {
  readonly name: keyof RuleOptions;
  /** `maxDays`: a whole number from 1 to `limit`; `strings`: an array of strings. */
  readonly kind: 'maxDays' | 'strings';
  /** For `maxDays`: the published limit, the largest value allowed. */
  readonly limit?: number;
  /** What it does, for docs and the settings schema. */
  readonly description: string;
}

export interface Rule<Id extends string = string> {
  readonly meta: RuleMeta<Id>;
  /** Reports through `ctx`. Reads only valid values; see RuleContext. */
  check(ctx: RuleContext): void;
}

/**
 * A built-in rule, with its id kept as a literal type: the registry (rules/index.ts) derives
 * `RuleId`, the type of every built-in id, from its rules.
 */
export function defineRule<const Id extends string>(rule: Rule<Id>): Rule<Id> {
  return rule;
}

export const ALL_EDITIONS: readonly Edition[] = ['2018-05', '2020-09'];
