import type { Node } from 'jsonc-parser';
import { ALL_EDITIONS, defineRule } from '../../rule';
import { quote } from '../../policy/model';
import type { Checked } from '../../format/check';
import type { JSONPath } from '../../types';

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

/**
 * An occurrence of a key after its first in one object, as the format walk (format/check.ts)
 * finds it. A class, its path computed when read (an element's index may change after an
 * incremental check), with the getter on the prototype: see `TypeFinding` (schema/type.ts).
 */
export class DuplicateKey {
  readonly kind = 'duplicate-key';
  constructor(
    private readonly object: Checked,
    private readonly name: string,
    readonly keyNode: Node,
    /** The property holding this occurrence (its fix removes it). */
    readonly property: Node,
  ) {}

  get path(): JSONPath {
    return [...this.object.path, this.name];
  }
}
