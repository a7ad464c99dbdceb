import type { Rule } from '../../rule';
import { ALL_EDITIONS } from '../../rule';
import { durationDays, durationLike } from '../../policy/durations';

const MAX_DAYS = 365;

export const retentionAuditLogs: Rule = {
  meta: {
    id: 'retention/audit-logs',
    editions: ALL_EDITIONS,
    severity: 'error',
    policySection: 'Personal data retention (2018-05, 2020-09)',
    summary: '`retention.auditLogs` is missing or over 365 days.',
    rationale: 'Audit logs are retained for up to one year (for security purposes).',
    fix: 'Set or insert 365 days (`365` or `"P1Y"`).',
    fixPreferred: true,
  },
  check(ctx) {
    const retention = ctx.at('retention');
    if (!retention) return;
    const value = ctx.present(retention, 'auditLogs');
    if (!value) {
      ctx.reportMissing(retention, 'Audit log retention is not set; audit logs are kept at most one year (365 days).',
        ctx.fix('Insert "auditLogs": 365', true, ctx.fixes.insertProperty(retention.node, 'auditLogs', MAX_DAYS)));
      return;
    }
    const days = value.valid ? durationDays(value.value) : undefined;
    if (days === undefined || days <= MAX_DAYS) return;
    const fixed = durationLike(value.value, MAX_DAYS, 'P1Y');
    ctx.reportValue(value, `Audit logs are kept ${days} days; they may be kept at most one year (365 days).`,
      ctx.fix(`Set to ${JSON.stringify(fixed)}`, true, ctx.fixes.setValue(value.node, fixed)));
  },
};
