import type { Rule } from '../../rule';
import { ALL_EDITIONS } from '../../rule';

export const suppressionReason: Rule = {
  meta: {
    id: 'suppression/reason',
    editions: ALL_EDITIONS,
    severity: 'warning',
    policySection: 'SPEC section 4, Suppressions',
    summary: 'A disable comment with no `-- REASON` (it still suppresses).',
    rationale: 'An exception to a privacy policy needs a reason a reviewer can read: write it after `--`.',
    example: '// privacy-lint-disable-next-line retention/audit-logs',
  },
  check(ctx) {
    const directives = ctx.directives;
    for (let i = 0; i < directives.length; i++) {
      const directive = directives[i];
      if (directive.reason !== undefined) continue;
      ctx.reportRange([], directive.comment.offset, directive.comment.length,
        'This disable comment gives no reason; add one after "--", e.g. "-- approved by the privacy board, ticket 123".');
    }
  },
};
