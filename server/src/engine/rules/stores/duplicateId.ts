import { defineRule } from '../../rule';
import type { Checked } from '../../format/check';
import { ALL_EDITIONS } from '../../rule';
import { quote, stores } from '../../policy/model';

export const storesDuplicateId = defineRule({
  meta: {
    id: 'stores/duplicate-id',
    editions: ALL_EDITIONS,
    severity: 'error',
    policySection: 'SPEC section 2, `stores[i].id`',
    summary: 'A store id already used by an earlier store, on the later id.',
    rationale: 'Store ids name stores in reports and reviews; two stores with one name make findings ambiguous.',
  },
  check(ctx) {
    const seen = new Map<unknown, Checked>();
    const all = stores(ctx);
    for (let i = 0; i < all.length; i++) {
      const store = all[i];
      const id = ctx.valid(store.checked, 'id');
      if (!id) continue;
      const first = seen.get(id.value);
      if (first === undefined) seen.set(id.value, id);
      else {
        ctx.reportValue(
          id,
          `Store id ${quote(id.value)} is already used by stores[${first.parent!.segment}]; store ids must be unique.`,
          [],
          [ctx.relatedValue(first, `First use of the store id ${quote(id.value)}`)],
        );
      }
    }
  },
});
