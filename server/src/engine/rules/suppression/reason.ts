import { ALL_EDITIONS, defineRule } from '../../rule';
import { quote } from '../../policy/model';
import { isPlaceholderReason } from '../../suppressions';

export const suppressionReason = defineRule({
  meta: {
    id: 'suppression/reason',
    judgesDisableComments: true,
    editions: ALL_EDITIONS,
    severity: 'warning',
    policySection: 'SPEC section 4, Suppressions',
    summary: 'A disable comment with no `-- REASON`, a placeholder for one (`<reason>`, `TODO`), or an expiry that is not a real date (it still suppresses).',
    rationale:
      "An exception to a privacy policy needs a reason a reviewer can read: write it after `--`. The placeholder the editor's quick fix inserts is not one. An expiry must be a real calendar date, or the exception has no end.",
    example: '// privacy-lint-disable-next-line retention/audit-logs',
  },
  check(ctx) {
    const directives = ctx.directives;
    for (let i = 0; i < directives.length; i++) {
      const directive = directives[i];
      const { offset, length } = directive.comment;
      if (directive.reason === undefined) {
        ctx.reportRange([], offset, length, 'This disable comment gives no reason; add one after "--", e.g. "-- approved by the privacy board, ticket 123".');
        continue;
      }
      if (isPlaceholderReason(directive.reason)) {
        ctx.reportRange(
          [],
          offset,
          length,
          `This disable comment's reason ${quote(shortened(directive.reason))} is a placeholder, not a reason; write why the exception is needed after "--".`,
        );
      }
      if (directive.invalidExpiry !== undefined) {
        ctx.reportRange(
          [],
          offset,
          length,
          `The expiry ${quote(shortened(directive.invalidExpiry))} is not a real calendar date "YYYY-MM-DD"; until it is, this comment never expires.`,
        );
      }
    }
  },
});

function shortened(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
