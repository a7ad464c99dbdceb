import { ALL_EDITIONS, defineRule } from '../../rule';
import { quote } from '../../policy/model';
import type { Checked } from '../../format/check';
import { closeMatches } from '../../distance';
import { EDITIONS } from '../../types';

export const editionUnknown = defineRule({
  meta: {
    id: 'edition/unknown',
    editions: ALL_EDITIONS,
    severity: 'error',
    policySection: 'SPEC section 2, `policyEdition`',
    summary: '`policyEdition` is a string but names no known edition; the file is then checked as 2020-09.',
    rationale: 'The edition decides which rules apply. The known editions are "2018-05" and "2020-09".',
    fix: 'Change it to the known edition within edit distance 2.',
    fixPreferred: true,
    example: '"policyEdition": "2020-9"',
  },
  check(ctx) {
    const findings = ctx.analysis.findings;
    for (let i = 0; i < findings.length; i++) {
      const finding = findings[i];
      if (finding.kind !== 'edition') continue;
      const fixes = finding.suggestions.flatMap((edition) =>
        ctx.fix(`Change to ${quote(edition)}`, finding.suggestions.length === 1, ctx.fixes.setValue(finding.target.node, edition)),
      );
      ctx.reportValue(
        finding.target,
        `Unknown policy edition ${quote(finding.target.node.value)}; known editions: "2018-05", "2020-09". The file is checked as "2020-09".`,
        fixes,
      );
    }
  },
});

/** A `policyEdition` string that names no edition, as the format walk (format/check.ts) finds it. */
export interface UnknownEdition {
  readonly kind: 'edition';
  readonly target: Checked;
  /** The known editions close to it (its fixes). */
  readonly suggestions: string[];
}

export function unknownEdition(target: Checked): UnknownEdition {
  return { kind: 'edition', target, suggestions: closeMatches(target.node.value as string, EDITIONS, 2, true) };
}
