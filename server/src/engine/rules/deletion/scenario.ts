import { ALL_EDITIONS, defineRule } from '../../rule';
import type { Edition } from '../../types';

const SCENARIOS = {
  active: 'active deletion (a user or administrator deletes data or a user)',
  passive: "passive deletion (the tenant's subscription ends)",
} as const;

export function requiredScenarios(edition: Edition): (keyof typeof SCENARIOS)[] {
  return edition === '2020-09' ? ['active', 'passive'] : ['active'];
}

const ENABLED_SCENARIO = { enabled: true, purgeWithinDays: 30 };

export const deletionScenario = defineRule({
  meta: {
    id: 'deletion/scenario',
    editions: ALL_EDITIONS,
    severity: 'error',
    policySection: 'Personal data retention (2018-05, 2020-09)',
    summary:
      'A required deletion scenario is missing (on `deletion`) or has `enabled` false (on `enabled`): 2020-09 requires active and passive, 2018-05 active.',
    rationale:
      'Personal data is removed within 30 days after deletion. The 2020-09 edition names two scenarios, active deletion and passive deletion (the subscription ends); 2018-05 covers removal of a user.',
    fix: 'Insert `{ "enabled": true, "purgeWithinDays": 30 }`, or set `enabled` to true.',
    fixPreferred: true,
  },
  check(ctx) {
    const deletion = ctx.at('deletion');
    if (!deletion) return;
    const names = requiredScenarios(ctx.edition);
    for (let i = 0; i < names.length; i++) {
      const name = names[i];
      if (ctx.absent(deletion, name)) {
        ctx.reportMissing(
          deletion,
          `The ${SCENARIOS[name]} scenario is missing; edition ${ctx.edition} requires it.`,
          ctx.fix(`Insert "${name}" scenario`, true, ctx.fixes.insertProperty(deletion.node, name, ENABLED_SCENARIO)),
        );
        continue;
      }
      const enabled = ctx.valid(ctx.valid(deletion, name), 'enabled');
      if (enabled?.value === false) {
        ctx.reportValue(
          enabled,
          `The ${SCENARIOS[name]} scenario is disabled; edition ${ctx.edition} requires it enabled.`,
          ctx.fix('Set to true', true, ctx.fixes.setValue(enabled.node, true)),
        );
      }
    }
  },
});
