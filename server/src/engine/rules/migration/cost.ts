import { defineRule } from '../../rule';
import { migration } from '../../policy/model';

export const migrationCost = defineRule({
  meta: {
    id: 'migration/cost',
    editions: ['2020-09'],
    severity: 'error',
    policySection: 'Data residency option (2020-09)',
    summary: '`additionalCost` is greater than 0.',
    rationale: 'Data moves to the new datacenter geography are completed at no additional cost to the customer.',
    fix: 'Set it to 0.',
    fixPreferred: true,
  },
  check(ctx) {
    const value = ctx.valid(migration(ctx), 'additionalCost');
    if (!value || (value.value as number) <= 0) return;
    ctx.reportValue(
      value,
      `A migration costs the customer nothing; \`additionalCost\` must be 0, not ${value.value}.`,
      ctx.fix('Set to 0', true, ctx.fixes.setValue(value.node, 0)),
    );
  },
});
