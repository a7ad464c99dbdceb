import { ALL_EDITIONS, defineRule } from '../../rule';
import { quote } from '../../policy/model';

export const schemaDuplicateKey = defineRule({
  meta: {
    id: 'schema/duplicate-key',
    editions: ALL_EDITIONS,
    severity: 'error',
    policySection: 'SPEC section 2, Format',
    summary: 'Every occurrence of a key after its first in one object.',
    rationale: 'Only the last occurrence counts (as in JSON.parse), so an earlier value that looks in force is not. Keep one.',
    fix: 'Remove that occurrence.',
    fixPreferred: false,
    example: '"retention": { "auditLogs": 365, "auditLogs": 400 }',
  },
  check(ctx) {
    const findings = ctx.analysis.findings;
    for (let i = 0; i < findings.length; i++) {
      const finding = findings[i];
      if (finding.kind !== 'duplicate-key') continue;
      const key = finding.keyNode.value as string;
      const first = finding.property.parent?.children?.find((property) => property.children?.[0]?.value === key)?.children?.[0];
      ctx.reportKey(
        finding.path,
        finding.keyNode,
        `Duplicate key ${quote(key)}: only the last occurrence counts. Give each key once.`,
        ctx.fix(`Remove this ${quote(key)}`, false, ctx.fixes.remove(finding.property)),
        first && first !== finding.keyNode ? [ctx.relatedRange(finding.path, first, `First occurrence of ${quote(key)}`)] : undefined,
      );
    }
  },
});
