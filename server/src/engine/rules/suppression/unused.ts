import { quoteValue } from '../../escape';
import { ALL_EDITIONS, defineRule } from '../../rule';
import { isSuppressible, type Directive } from '../../suppressions';
import type { TextEdit } from '../../types';

export const suppressionUnused = defineRule({
  meta: {
    id: 'suppression/unused',
    judgesDisableComments: true,
    editions: ALL_EDITIONS,
    severity: 'warning',
    policySection: 'SPEC section 4, Suppressions',
    summary: 'One for each rule of a disable comment that suppressed nothing (a name that is not a rule says so, with the rule it may mean).',
    rationale: 'A stale exception hides the next real problem on that line or file. Remove what no longer applies.',
    fix: 'Remove that rule from the comment, or the whole comment when no rule is left (preferred); for a misspelt rule id, also replace it with the rule within edit distance 3 (not preferred).',
    // Preferred for the removal only: the text says which fix is which.
    fixPreferred: false,
    unnecessary: true,
  },
  check(ctx) {
    const directives = ctx.directives;
    for (let i = 0; i < directives.length; i++) {
      const directive = directives[i];
      if (directive.expired) continue; // suppression/expired reports it
      const rules = directive.rules;
      let unusedCount = 0;
      for (let j = 0; j < rules.length; j++) if (rules[j].used === 0) unusedCount++;
      const removeComment = unusedCount === rules.length;
      const where = directive.kind === 'file' ? 'in this file' : 'on the next line';
      for (let j = 0; j < rules.length; j++) {
        const rule = rules[j];
        if (rule.used !== 0) continue;
        const edits = removeComment ? removeWholeComment(ctx.text, directive) : removeRuleName(directive, j);
        const remove = ctx.fix(removeComment ? 'Remove the disable comment' : `Remove ${quoteValue(rule.id)} from the comment`, true, edits);
        if (ctx.ruleIds.has(rule.id)) {
          const message = isSuppressible(rule.id)
            ? `${quoteValue(rule.id)} is disabled here but reports nothing ${where}.`
            : `${quoteValue(rule.id)} cannot be disabled: disable comments do not apply to \`syntax\` or the suppression rules.`;
          ctx.reportRange([], rule.offset, rule.length, message, remove);
          continue;
        }
        // Not a rule at all: a misspelt name suppresses nothing, so say what it may have meant.
        const near = ctx.ruleIds.near(rule.id);
        const change = near.length ? ctx.fix(`Change to ${quoteValue(near[0])}`, false, [{ offset: rule.offset, length: rule.length, newText: near[0] }]) : [];
        ctx.reportRange(
          [],
          rule.offset,
          rule.length,
          `${quoteValue(rule.id)} is not a rule${near.length ? `; did you mean ${quoteValue(near[0])}?` : ', so it suppresses nothing.'}`,
          [...change, ...remove],
        );
      }
    }
  },
});

/** A name as a message shows it: long ones cut (the rest is in the source). */

/** The edit that removes the rule name at `index` of the comment's list, with its comma. */
function removeRuleName(directive: Directive, index: number): TextEdit[] {
  const rule = directive.rules[index];
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
