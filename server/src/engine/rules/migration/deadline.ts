import { defineRule } from '../../rule';
import { compareDates, formatDate, isWritable, latestAllowedDeadline, parseDate } from '../../policy/dates';
import { migration, quote } from '../../policy/model';

export const migrationDeadline = defineRule({
  meta: {
    id: 'migration/deadline',
    editions: ['2020-09'],
    severity: 'error',
    policySection: 'Data residency option (2020-09)',
    summary: '`deadline` is missing, or later than `requestPeriodEnds` plus 24 months.',
    rationale: 'Microsoft offers eligible customers a committed deadline, and data moves take at most 24 months after the request period ends.',
    fix: 'Set or insert the latest allowed date.',
    fixPreferred: true,
  },
  check(ctx) {
    const move = migration(ctx);
    if (!move) return;
    const periodEnds = ctx.valid(move, 'requestPeriodEnds');
    const latestDate = periodEnds ? latestAllowedDeadline(parseDate(periodEnds.value as string)!) : undefined;
    // A deadline after the year 9999 cannot be written as YYYY-MM-DD: then nothing is too late.
    const latest = latestDate && isWritable(latestDate) ? formatDate(latestDate) : undefined;
    const current = ctx.present(move, 'deadline');
    if (!current) {
      const fixes = latest ? ctx.fix(`Insert "deadline": ${quote(latest)}`, true, ctx.fixes.insertProperty(move.node, 'deadline', latest)) : [];
      ctx.reportMissing(
        move,
        `The migration has no committed \`deadline\`${latest ? `; the latest allowed is ${latest} (24 months after the request period ends)` : ''}.`,
        fixes,
      );
      return;
    }
    if (!current.valid || !latest || compareDates(parseDate(current.value as string)!, latestDate!) <= 0) return;
    ctx.reportValue(
      current,
      `The deadline ${current.value} is later than ${latest}, 24 months after the request period ends (${periodEnds!.value}).`,
      ctx.fix(`Set to ${quote(latest)}`, true, ctx.fixes.setValue(current.node, latest)),
    );
  },
});
