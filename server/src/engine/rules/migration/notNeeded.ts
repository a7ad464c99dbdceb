import { defineRule } from '../../rule';
import { migration, quote } from '../../policy/model';

export const migrationNotNeeded = defineRule({
  meta: {
    id: 'migration/not-needed',
    editions: ['2020-09'],
    severity: 'warning',
    policySection: 'Data residency option (2020-09)',
    summary: '`residency.geography` already equals `targetGeography`; on `targetGeography`.',
    rationale: 'The data is already where the migration would move it; a migration would only cost downtime.',
    fix: 'Remove the migration.',
    fixPreferred: false,
  },
  check(ctx) {
    const move = migration(ctx);
    const target = ctx.valid(move, 'targetGeography');
    const elected = ctx.at('residency', 'geography');
    if (!move || !target || !elected || elected.value !== target.value) return;
    ctx.reportValue(
      target,
      `Customer Data is already elected to ${quote(elected.value)}; a migration there is not needed.`,
      ctx.fix('Remove the migration', false, ctx.fixes.remove(move.node.parent!)),
    );
  },
});
