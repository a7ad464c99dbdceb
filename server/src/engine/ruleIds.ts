import { RULES } from './rules';
import { closeMatches } from './distance';

/** The rule ids a disable comment may name. */
export interface KnownRuleIds {
  has(id: string): boolean;
  /** The known ids within a few edits of `id`, closest first (for "did you mean"). */
  near(id: string): string[];
}

class RuleIdSet implements KnownRuleIds {
  private readonly ids: ReadonlySet<string>;

  constructor(ids: Iterable<string>) {
    this.ids = new Set(ids);
  }

  has(id: string): boolean {
    return this.ids.has(id);
  }

  near(id: string): string[] {
    // A name far longer than any rule id is no misspelling of one (and edit distance costs its length).
    return id.length > 100 ? [] : closeMatches(id, this.ids, 3);
  }
}

/** The built-in rules' ids. */
export const BUILT_IN_RULE_IDS: KnownRuleIds = new RuleIdSet(RULES.map((rule) => rule.meta.id));

/** The built-in rules' ids and `extra` (an organization's policy ids). */
export function knownRuleIds(extra: Iterable<string>): KnownRuleIds {
  return new RuleIdSet([...RULES.map((rule) => rule.meta.id), ...extra]);
}
