import type { Rule } from '../../rule';
import { ALL_EDITIONS } from '../../rule';
import type { Directive, DirectiveRule } from '../../suppressions';
import type { TextEdit } from '../../types';

export const suppressionUnused: Rule = {
  meta: {
    id: 'suppression/unused',
    editions: ALL_EDITIONS,
    severity: 'warning',
    policySection: 'SPEC section 4, Suppressions',
    summary: 'One for each rule of a disable comment that suppressed nothing.',
    rationale: 'A stale exception hides the next real problem on that line or file. Remove what no longer applies.',
    fix: 'Remove that rule from the comment, or the whole comment when no rule is left.',
    fixPreferred: true,
    unnecessary: true,
  },
  check(ctx) {
    const directives = ctx.directives;
    for (let i = 0; i < directives.length; i++) {
      const directive = directives[i];
      if (directive.expired) continue; // suppression/expired reports it
      const unused = directive.rules.filter((r) => r.used === 0);
      const removeComment = unused.length === directive.rules.length;
      for (let j = 0; j < unused.length; j++) {
        const rule = unused[j];
        const edits = removeComment ? removeWholeComment(ctx.text, directive) : removeRuleName(directive, rule);
        const where = directive.kind === 'file' ? 'in this file' : 'on the next line';
        ctx.reportRange([], rule.offset, rule.length, `"${rule.id}" is disabled here but reports nothing ${where}.`,
          ctx.fix(removeComment ? 'Remove the disable comment' : `Remove "${rule.id}" from the comment`, true, edits));
      }
    }
  },
};

function removeRuleName(directive: Directive, rule: DirectiveRule): TextEdit[] {
  const index = directive.rules.indexOf(rule);
  if (index > 0) {
    const previous = directive.rules[index - 1];
    const start = previous.offset + previous.length;
    return [{ offset: start, length: rule.offset + rule.length - start, newText: '' }];
  }
  const next = directive.rules[index + 1];
  return [{ offset: rule.offset, length: next.offset - rule.offset, newText: '' }];
}

/** Removes the comment, and its whole line when it stands alone on it. */
function removeWholeComment(text: string, directive: Directive): TextEdit[] {
  let start = directive.comment.offset;
  let end = start + directive.comment.length;
  while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  const atLineStart = start === 0 || text[start - 1] === '\n' || text[start - 1] === '\r';
  let lineEnd = end;
  while (lineEnd < text.length && (text[lineEnd] === ' ' || text[lineEnd] === '\t')) lineEnd++;
  if (atLineStart && (lineEnd === text.length || text[lineEnd] === '\n' || text[lineEnd] === '\r')) {
    end = lineEnd + (text.startsWith('\r\n', lineEnd) ? 2 : lineEnd < text.length ? 1 : 0);
  } else {
    start = directive.comment.offset;
  }
  return [{ offset: start, length: end - start, newText: '' }];
}
