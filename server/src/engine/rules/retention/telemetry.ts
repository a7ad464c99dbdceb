import { defineRule } from '../../rule';
import { checkRetention, TELEMETRY_RETENTION } from '../../policy/retention';

export const retentionTelemetry = defineRule({
  meta: {
    id: 'retention/telemetry',
    editions: ['2018-05'],
    severity: 'error',
    policySection: 'Personal data retention (2018-05)',
    summary: '`retention.telemetry` is missing or over 30 days.',
    rationale: 'Telemetry collected as part of Intune usage is retained for a maximum of thirty days.',
    fix: 'Set or insert 30 days, in the value\'s own form (`30` or `"P30D"`).',
    fixPreferred: true,
    options: [
      {
        name: 'maxDays',
        kind: 'maxDays',
        limit: TELEMETRY_RETENTION.maxDays,
        description: 'A stricter limit in days, from 1 to 30: reported, and fixed, with this number.',
      },
    ],
  },
  check(ctx) {
    checkRetention(ctx, TELEMETRY_RETENTION);
  },
});
