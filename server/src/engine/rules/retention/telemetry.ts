import type { Rule } from '../../rule';
import { durationDays, durationLike } from '../../policy/durations';

const MAX_DAYS = 30;

export const retentionTelemetry: Rule = {
  meta: {
    id: 'retention/telemetry',
    editions: ['2018-05'],
    severity: 'error',
    policySection: 'Personal data retention (2018-05)',
    summary: '`retention.telemetry` is missing or over 30 days.',
    rationale: 'Telemetry collected as part of Intune usage is retained for a maximum of thirty days.',
    fix: 'Set or insert 30 days, in the value\'s own form (`30` or `"P30D"`).',
    fixPreferred: true,
  },
  check(ctx) {
    const retention = ctx.at('retention');
    if (!retention) return;
    const value = ctx.present(retention, 'telemetry');
    if (!value) {
      ctx.reportMissing(retention, 'Telemetry retention is not set; edition 2018-05 keeps telemetry at most 30 days.',
        ctx.fix('Insert "telemetry": 30', true, ctx.fixes.insertProperty(retention.node, 'telemetry', MAX_DAYS)));
      return;
    }
    const days = value.valid ? durationDays(value.value) : undefined;
    if (days === undefined || days <= MAX_DAYS) return;
    const fixed = durationLike(value.value, MAX_DAYS, 'P30D');
    ctx.reportValue(value, `Telemetry is kept ${days} days; edition 2018-05 allows at most 30.`,
      ctx.fix(`Set to ${JSON.stringify(fixed)}`, true, ctx.fixes.setValue(value.node, fixed)));
  },
};
