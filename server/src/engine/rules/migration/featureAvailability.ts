import { defineRule } from '../../rule';
import { migration } from '../../policy/model';

export const migrationFeatureAvailability = defineRule({
  meta: {
    id: 'migration/feature-availability',
    editions: ['2020-09'],
    severity: 'information',
    policySection: 'Data residency option (2020-09)',
    summary: 'A migration is configured (whatever its contents): some features may be unavailable while it runs; on `residency.migration`.',
    rationale: 'During migration certain features may not be accessible; the downtime depends on the volume of data and the features in use. Plan for it.',
  },
  check(ctx) {
    const move = migration(ctx);
    if (move)
      ctx.reportValue(move, 'While the migration runs, some features may not be accessible; downtime depends on the volume of data and the features in use.');
  },
});
