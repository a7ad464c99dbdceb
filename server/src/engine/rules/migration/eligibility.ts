import { defineRule } from '../../rule';
import { migration } from '../../policy/model';

const ACCEPTANCES = [
  { key: 'acceptsMinimalDataLoss', what: 'minimal data loss' },
  { key: 'acceptsReconfiguration', what: 'reconfiguration' },
] as const;

export const migrationEligibility = defineRule({
  meta: {
    id: 'migration/eligibility',
    editions: ['2020-09'],
    severity: 'error',
    policySection: 'Data residency option (2020-09)',
    summary:
      'One diagnostic for each unmet condition: `acceptsMinimalDataLoss` or `acceptsReconfiguration` not true (on the value, or on the migration when missing); `dataResidencyRequired` not true; `subscription` is "ended" (these two on `residency.migration`).',
    rationale:
      'Only eligible customers with data residency requirements, with an active subscription, who accept minimal data loss and reconfiguration, can request a migration.',
    fix: 'Set the value to true (not for `subscription`).',
    fixPreferred: false,
  },
  check(ctx) {
    const move = migration(ctx);
    if (!move) return;
    for (let i = 0; i < ACCEPTANCES.length; i++) {
      const { key, what } = ACCEPTANCES[i];
      const value = ctx.present(move, key);
      if (!value) {
        ctx.reportMissing(
          move,
          `The migration does not say it accepts ${what} (\`${key}\`); only customers who accept it are eligible.`,
          ctx.fix(`Insert "${key}": true`, false, ctx.fixes.insertProperty(move.node, key, true)),
        );
      } else if (value.valid && value.value !== true) {
        ctx.reportValue(
          value,
          `Only customers who accept ${what} are eligible for a migration; \`${key}\` must be true.`,
          ctx.fix('Set to true', false, ctx.fixes.setValue(value.node, true)),
        );
      }
    }
    const tenant = ctx.at('tenant');
    if (!tenant) return;
    const residency = ctx.present(tenant, 'dataResidencyRequired');
    if (!residency || (residency.valid && residency.value !== true)) {
      ctx.reportValue(
        move,
        'Only customers with data residency requirements are eligible for a migration; `tenant.dataResidencyRequired` must be true.',
        ctx.fix('Set "dataResidencyRequired" to true', false, ctx.fixes.setOrInsert(tenant.node, 'dataResidencyRequired', residency?.node, true)),
      );
    }
    if (ctx.valid(tenant, 'subscription')?.value === 'ended') {
      ctx.reportValue(move, "The tenant's subscription has ended; only existing customers with an active subscription are eligible for a migration.");
    }
  },
});
