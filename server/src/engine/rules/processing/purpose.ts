import type { Rule } from '../../rule';
import { ALL_EDITIONS } from '../../rule';
import { quote } from '../../policy/model';
import { FORBIDDEN_PURPOSES } from '../../format/spec';

export const purpose: Rule = {
  meta: {
    id: 'processing/purpose',
    editions: ALL_EDITIONS,
    severity: 'error',
    policySection: 'Profiling and marketing (2018-05, 2020-09)',
    summary: 'A purpose equal to "profiling" or "marketing" (case ignored), on that element.',
    rationale: 'Personal data collected to provide the service is never used for profiling or marketing.',
    fix: 'Remove the element.',
    fixPreferred: true,
  },
  check(ctx) {
    const purposes = ctx.validItems(ctx.at('processing', 'purposes'));
    for (let i = 0; i < purposes.length; i++) {
      const element = purposes[i];
      const value = element.value as string;
      if (!FORBIDDEN_PURPOSES.includes(value.toLowerCase())) continue;
      ctx.reportValue(element, `Personal data must not be used for ${value.toLowerCase()}.`,
        ctx.fix(`Remove ${quote(value)}`, true, ctx.fixes.remove(element.node)));
    }
  },
};
