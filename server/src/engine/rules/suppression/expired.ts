import { ALL_EDITIONS, defineRule } from '../../rule';

export const suppressionExpired = defineRule({
  meta: {
    id: 'suppression/expired',
    judgesDisableComments: true,
    editions: ALL_EDITIONS,
    severity: 'warning',
    policySection: 'SPEC section 9, Expiring suppressions',
    summary: 'A disable comment whose reason ends with `; expires YYYY-MM-DD`, from that date on (the comment then suppresses nothing); on the comment.',
    rationale:
      'An exception to a privacy policy should end. Once its date has come, the findings it hid are reported again, and so is the stale comment: renew it with a new date and reason, or fix the findings.',
    example: '// privacy-lint-disable-next-line retention/audit-logs -- legal hold; expires 2026-01-31',
  },
  check(ctx) {
    const directives = ctx.directives;
    for (let i = 0; i < directives.length; i++) {
      const directive = directives[i];
      if (!directive.expired) continue;
      ctx.reportRange(
        [],
        directive.comment.offset,
        directive.comment.length,
        `This disable comment expired on ${directive.expires}; it no longer suppresses ${directive.rules.map((r) => r.id).join(', ')}.`,
      );
    }
  },
});
