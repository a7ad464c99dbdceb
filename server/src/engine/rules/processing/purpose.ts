import { ALL_EDITIONS, defineRule } from '../../rule';
import { quote } from '../../policy/model';
import { FORBIDDEN_PURPOSES } from '../../format/spec';

export const processingPurpose = defineRule({
  meta: {
    id: 'processing/purpose',
    editions: ALL_EDITIONS,
    severity: 'error',
    policySection: 'Profiling and marketing (2018-05, 2020-09)',
    summary: 'A purpose equal to "profiling" or "marketing" (case ignored), on that element.',
    rationale: 'Personal data collected to provide the service is never used for profiling or marketing.',
    fix: 'Remove the element.',
    fixPreferred: true,
    options: [{ name: 'forbidden', kind: 'strings', description: 'More purposes to forbid, besides profiling and marketing (case ignored).' }],
  },
  check(ctx) {
    // The organization's own forbidden purposes (SPEC section 10) are added, lower-cased when read.
    const extra = ctx.options?.forbidden;
    const purposes = ctx.validItems(ctx.at('processing', 'purposes'));
    for (let i = 0; i < purposes.length; i++) {
      const element = purposes[i];
      const value = element.value as string;
      const lower = value.toLowerCase();
      if (!FORBIDDEN_PURPOSES.includes(lower) && !extra?.includes(lower)) continue;
      const source = FORBIDDEN_PURPOSES.includes(lower) ? '' : ' (organization policy)';
      ctx.reportValue(
        element,
        `Personal data must not be used for ${lower}${source}.`,
        ctx.fix(`Remove ${quote(value)}`, true, ctx.fixes.remove(element.node)),
      );
    }
  },
});
