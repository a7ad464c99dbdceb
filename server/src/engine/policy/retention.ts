import type { RuleContext } from '../context';
import type { RuleId } from '../rules';
import { durationDays, durationLike } from './durations';

/** A retention limit: how long one kind of data may be kept. */
export interface RetentionLimit {
  /** The rule that enforces it (its editions are where the limit applies). */
  rule: RuleId;
  /** The key under `retention`. */
  key: 'telemetry' | 'auditLogs';
  maxDays: number;
  /** The limit as an ISO 8601 duration, for a value written that way. */
  isoForm: string;
  /** What is kept, for messages: "Telemetry is", "Audit logs are". */
  what: string;
  /** The limit in words, for messages: "at most 30 days". */
  limit: string;
}

/** Telemetry: at most thirty days (the rule `retention/telemetry` says in which editions). */
export const TELEMETRY_RETENTION: RetentionLimit = {
  rule: 'retention/telemetry',
  key: 'telemetry',
  maxDays: 30,
  isoForm: 'P30D',
  what: 'Telemetry is',
  limit: 'at most 30 days in edition 2018-05',
};

/** Audit logs: at most one year. */
export const AUDIT_LOG_RETENTION: RetentionLimit = {
  rule: 'retention/audit-logs',
  key: 'auditLogs',
  maxDays: 365,
  isoForm: 'P1Y',
  what: 'Audit logs are',
  limit: 'at most one year (365 days)',
};

/** The retention limits, each read by its rule and by completion (written once, here). */
export const RETENTION_LIMITS: readonly RetentionLimit[] = [TELEMETRY_RETENTION, AUDIT_LOG_RETENTION];

/** The published limit of `retention.<key>`. */
export function retentionLimit(key: string): RetentionLimit | undefined {
  return RETENTION_LIMITS.find((limit) => limit.key === key);
}

/**
 * Reports `retention.<key>` when it is missing or longer than the limit, with a fix to the limit.
 * A stricter `maxDays` from the rule's options (SPEC section 10) replaces the published limit.
 */
export function checkRetention(ctx: RuleContext, published: RetentionLimit): void {
  const { key, maxDays, isoForm, what, limit } = stricter(published, ctx.options?.maxDays);
  const retention = ctx.at('retention');
  if (!retention) return;
  const value = ctx.present(retention, key);
  if (!value) {
    ctx.reportMissing(
      retention,
      `Retention of ${key} is not set; ${what.toLowerCase()} kept ${limit}.`,
      ctx.fix(`Insert "${key}": ${maxDays}`, true, ctx.fixes.insertProperty(retention.node, key, maxDays)),
    );
    return;
  }
  const days = value.valid ? durationDays(value.value) : undefined;
  if (days === undefined || days <= maxDays) return;
  const fixed = durationLike(value.value, maxDays, isoForm);
  ctx.reportValue(
    value,
    `${what} kept ${days} days; the policy allows ${limit}.`,
    ctx.fix(`Set to ${JSON.stringify(fixed)}`, true, ctx.fixes.setValue(value.node, fixed)),
  );
}

/** The limit with the organization's `maxDays` in place of the published one. */
function stricter(published: RetentionLimit, maxDays: number | undefined): RetentionLimit {
  if (maxDays === undefined || maxDays === published.maxDays) return published;
  return { ...published, maxDays, isoForm: `P${maxDays}D`, limit: `at most ${maxDays} days (organization policy)` };
}
