import { ALL_EDITIONS, defineRule } from '../../rule';
import { MAX_PURGE_DAYS as MAX_DAYS } from '../../policy/deletion';
const SCENARIOS = ['active', 'passive'] as const;

export const deletionPurgeWindow = defineRule({
  meta: {
    id: 'deletion/purge-window',
    editions: ALL_EDITIONS,
    severity: 'error',
    policySection: 'Personal data retention (2018-05, 2020-09)',
    summary: '`purgeWithinDays` of a deletion scenario is over 30.',
    rationale: 'Personal data is removed within 30 days after deletion (2020-09), or thirty days after the user is removed from management (2018-05).',
    fix: 'Set it to 30.',
    fixPreferred: true,
    options: [
      { name: 'maxDays', kind: 'maxDays', limit: MAX_DAYS, description: 'A stricter window in days, from 1 to 30: reported, and fixed, with this number.' },
    ],
  },
  check(ctx) {
    // An organization may be stricter (SPEC section 10): its maxDays replaces the published 30.
    const maxDays = ctx.options?.maxDays ?? MAX_DAYS;
    const deletion = ctx.at('deletion');
    for (let i = 0; i < SCENARIOS.length; i++) {
      const name = SCENARIOS[i];
      const days = ctx.valid(ctx.valid(deletion, name), 'purgeWithinDays');
      if (!days || (days.value as number) <= maxDays) continue;
      const source = maxDays === MAX_DAYS ? '' : ' (organization policy)';
      ctx.reportValue(
        days,
        `Personal data must be removed within ${maxDays} days after deletion${source}, not ${days.value}.`,
        ctx.fix(`Set to ${maxDays}`, true, ctx.fixes.setValue(days.node, maxDays)),
      );
    }
  },
});
