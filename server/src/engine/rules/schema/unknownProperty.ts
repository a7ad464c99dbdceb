import type { Node } from 'jsonc-parser';
import { ALL_EDITIONS, defineRule } from '../../rule';
import { quote } from '../../policy/model';
import type { Checked } from '../../format/check';
import type { JSONPath } from '../../types';
import { closeMatches } from '../../distance';

export const schemaUnknownProperty = defineRule({
  meta: {
    id: 'schema/unknown-property',
    editions: ALL_EDITIONS,
    severity: 'warning',
    policySection: 'SPEC section 2, Format',
    summary: 'A key the format does not define at that place.',
    rationale:
      'A misspelt key is silently ignored by every tool that reads the file, so a setting you meant to make is not made. Nothing inside an unknown property is checked.',
    fix: 'Rename the key to the one known key within edit distance 2.',
    fixPreferred: true,
    example: '"tenant": { "singupCountry": "DE" }',
  },
  check(ctx) {
    const findings = ctx.analysis.findings;
    for (let i = 0; i < findings.length; i++) {
      const finding = findings[i];
      if (finding.kind !== 'unknown-property') continue;
      const key = finding.keyNode.value as string;
      const preferred = ctx.renames.has(finding.keyNode);
      const fixes = finding.candidates.flatMap((candidate) =>
        ctx.fix(`Rename to ${quote(candidate)}`, preferred, [
          { offset: finding.keyNode.offset, length: finding.keyNode.length, newText: JSON.stringify(candidate) },
        ]),
      );
      const hint = finding.candidates.length ? ` Did you mean ${finding.candidates.map(quote).join(' or ')}?` : '';
      ctx.reportKey(finding.path, finding.keyNode, `Unknown property ${quote(key)}.${hint} Allowed here: ${allowedText(finding.allowed)}.`, fixes);
    }
  },
});

/** The known keys of an object as a message lists them, made once per format object (an object may have thousands of unknown keys). */
const ALLOWED_TEXT = new WeakMap<readonly string[], string>();

function allowedText(allowed: readonly string[]): string {
  let text = ALLOWED_TEXT.get(allowed);
  if (text === undefined) ALLOWED_TEXT.set(allowed, (text = allowed.map(quote).join(', ')));
  return text;
}

/**
 * A key the format does not know there, as the format walk (format/check.ts) finds it. A class,
 * its path computed when read, with the getter on the prototype: see `TypeFinding` (schema/type.ts).
 */
export class UnknownProperty {
  readonly kind = 'unknown-property';
  /** The known keys the key may be a misspelling of (its fixes). */
  readonly candidates: string[];
  constructor(
    private readonly object: Checked,
    private readonly name: string,
    readonly keyNode: Node,
    /** The known keys the object lacks. */
    absent: readonly string[],
    /** Every known key of the object, as the message lists them. */
    readonly allowed: readonly string[],
  ) {
    this.candidates = absent.length ? closeMatches(name, absent, 2) : NO_CANDIDATES;
  }

  get path(): JSONPath {
    return [...this.object.path, this.name];
  }
}

const NO_CANDIDATES: string[] = [];
