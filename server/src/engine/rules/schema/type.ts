import { ALL_EDITIONS, defineRule } from '../../rule';
import { quote } from '../../policy/model';

export const schemaType = defineRule({
  meta: {
    id: 'schema/type',
    editions: ALL_EDITIONS,
    severity: 'error',
    policySection: 'SPEC section 2, Format',
    summary: 'A value of the wrong JSON type, an enum value that is not allowed, a bad date or duration, a negative number, an empty id, or a repeated data category.',
    rationale: 'The policy rules can only judge values they understand. A value the format does not allow is reported here alone, and every rule that would need it is skipped.',
    fix: 'For an enum value: the one allowed value within edit distance 2, case ignored.',
    fixPreferred: true,
    example: '"kind": "SqlAzure"',
  },
  check(ctx) {
    const findings = ctx.analysis.findings;
    for (let i = 0; i < findings.length; i++) {
      const finding = findings[i];
      if (finding.kind !== 'type') continue;
      const { target } = finding;
      const suggestions = finding.suggestions ?? [];
      const fixes = suggestions.flatMap((value) =>
        ctx.fix(`Change to ${quote(value)}`, suggestions.length === 1, ctx.fixes.setValue(target.node, value)),
      );
      if (finding.repeated) fixes.push(...ctx.fix('Remove the repeated element', false, ctx.fixes.remove(target.node)));
      ctx.reportValue(target, finding.message, fixes);
    }
  },
});
