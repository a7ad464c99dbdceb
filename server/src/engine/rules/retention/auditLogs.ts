import { ALL_EDITIONS, defineRule } from '../../rule';
import { AUDIT_LOG_RETENTION, checkRetention } from '../../policy/retention';

export const retentionAuditLogs = defineRule({
  meta: {
    id: 'retention/audit-logs',
    editions: ALL_EDITIONS,
    severity: 'error',
    policySection: 'Personal data retention (2018-05, 2020-09)',
    summary: '`retention.auditLogs` is missing or over 365 days.',
    rationale: 'Audit logs are retained for up to one year (for security purposes).',
    fix: 'Set or insert 365 days (`365` or `"P1Y"`).',
    fixPreferred: true,
    options: [
      {
        name: 'maxDays',
        kind: 'maxDays',
        limit: AUDIT_LOG_RETENTION.maxDays,
        description: 'A stricter limit in days, from 1 to 365: reported, and fixed, with this number.',
      },
    ],
  },
  check(ctx) {
    checkRetention(ctx, AUDIT_LOG_RETENTION);
  },
});
