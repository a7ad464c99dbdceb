import { ALL_EDITIONS, defineRule } from '../../rule';

export const restrictSteps = defineRule({
  meta: {
    id: 'restrict/steps',
    editions: ALL_EDITIONS,
    severity: 'error',
    policySection: 'Restrict processing of personal data (2018-05)',
    summary: 'Where `restrictProcessing` is present: `steps` lacks "export" or "delete", or has "delete" before "export".',
    rationale:
      "To restrict processing of a user's personal data, first export an electronic copy of it, then delete the account and associated data. Deleting first loses the copy.",
    fix: 'Replace with `["export", "delete"]`.',
    fixPreferred: true,
  },
  check(ctx) {
    const steps = ctx.at('restrictProcessing', 'steps');
    // A rule that would need an invalid element is skipped: schema/type reports it.
    if (!steps || steps.items!.some((item) => !item.valid)) return;
    const values = steps.items!.map((item) => item.value as string);
    const exportAt = values.indexOf('export');
    const deleteAt = values.indexOf('delete');
    let problem: string | undefined;
    if (exportAt < 0 || deleteAt < 0) {
      problem = `\`steps\` lacks ${[exportAt < 0 ? '"export"' : '', deleteAt < 0 ? '"delete"' : ''].filter(Boolean).join(' and ')}`;
    } else if (deleteAt < values.lastIndexOf('export')) {
      problem = '`steps` has "delete" before "export"';
    }
    if (!problem) return;
    ctx.reportValue(
      steps,
      `${problem}: restricting processing means exporting the user's data, then deleting the account.`,
      ctx.fix('Replace with ["export", "delete"]', true, ctx.fixes.setArray(steps.node, ['export', 'delete'])),
    );
  },
});
