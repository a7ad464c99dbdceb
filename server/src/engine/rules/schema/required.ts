import { ALL_EDITIONS, defineRule } from '../../rule';
import { quote } from '../../policy/model';
import type { Checked } from '../../format/check';
import type { PropertySpec } from '../../format/spec';

export const schemaRequired = defineRule({
  meta: {
    id: 'schema/required',
    editions: ALL_EDITIONS,
    severity: 'error',
    policySection: 'SPEC section 2, Format',
    summary: 'A required property is missing (where no policy rule reports that absence itself).',
    rationale: 'Without it the policy cannot be checked. A missing object is reported once, here, never by the rules about what it would hold.',
    fix: 'Insert the property where the format gives it a default.',
    fixPreferred: true,
    example: '"tenant": { "id": "contoso" }',
  },
  check(ctx) {
    const findings = ctx.analysis.findings;
    for (let i = 0; i < findings.length; i++) {
      const finding = findings[i];
      if (finding.kind !== 'missing') continue;
      const { parent, key, property } = finding;
      const where = parent.path.length ? `${quote(parent.path[parent.path.length - 1])}` : 'The document';
      const fixes =
        property.default === undefined
          ? []
          : ctx.fix(`Insert ${quote(key)}: ${quote(property.default)}`, true, ctx.fixes.insertProperty(parent.node, key, property.default));
      ctx.reportMissing(parent, `${where} is missing the required property ${quote(key)}: ${property.description}`, fixes);
    }
  },
});

/** A required property missing from an object, as the format walk (format/check.ts) finds it. */
export interface MissingProperty {
  readonly kind: 'missing';
  /** The object that should hold it (the finding is reported there). */
  readonly parent: Checked;
  readonly key: string;
  readonly property: PropertySpec;
}

export function missingProperty(parent: Checked, key: string, property: PropertySpec): MissingProperty {
  return { kind: 'missing', parent, key, property };
}
