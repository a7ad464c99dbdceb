import { ALL_EDITIONS, defineRule } from '../rule';
import { describeParseError } from '../parse';

export const syntax = defineRule({
  meta: {
    id: 'syntax',
    suppressible: false,
    editions: ALL_EDITIONS,
    severity: 'error',
    policySection: 'SPEC section 1, Files: JSON with comments and trailing commas',
    summary: 'A JSONC syntax error, at the offset where the parser found it.',
    rationale:
      'A file that does not parse cannot be trusted to say what it means. The other rules still run on the tree the parser recovers, but fix the syntax first. Disable comments cannot suppress this rule.',
  },
  check(ctx) {
    const end = ctx.text.length;
    const errors = ctx.doc.errors;
    for (let i = 0; i < errors.length; i++) {
      const error = errors[i];
      // The parser may report past the end of the text (an unterminated comment): keep the range inside it.
      const offset = Math.min(error.offset, end);
      ctx.reportRange([], offset, Math.min(error.length, end - offset), `${describeParseError(error)}: the file must be JSON with comments (JSONC).`);
    }
  },
});
