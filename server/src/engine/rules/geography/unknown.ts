import { ALL_EDITIONS, defineRule } from '../../rule';
import { geographyIds, localGeography } from '../../geo/geographies';
import { quote } from '../../policy/model';
import type { Checked } from '../../format/check';
import type { Edition } from '../../types';
import { closeMatches } from '../../distance';

export const geographyUnknown = defineRule({
  meta: {
    id: 'geography/unknown',
    editions: ALL_EDITIONS,
    severity: 'error',
    policySection: 'Storage locations; Data residency option (2020-09)',
    summary: 'A geography id (`residency.geography`, `stores[i].geography`, `migration.targetGeography`) that the edition does not have.',
    rationale:
      'Both editions have the macro geographies northAmerica, europe and asiaPacific. The local datacenter geographies (australia, germany, ...) arrived with the data residency option in 2020-09.',
    fix: 'Change it to the geography id within edit distance 2.',
    fixPreferred: true,
    example: '"geography": "eurpoe"',
  },
  check(ctx) {
    const findings = ctx.analysis.findings;
    for (let i = 0; i < findings.length; i++) {
      const finding = findings[i];
      if (finding.kind !== 'geography') continue;
      const value = finding.target.node.value as string;
      const preferred = finding.suggestions.length === 1;
      const fixes = finding.suggestions.flatMap((id) => ctx.fix(`Change to ${quote(id)}`, preferred, ctx.fixes.setValue(finding.target.node, id)));
      let message: string;
      if (finding.arrivedIn2020) {
        message = `${quote(value)} is a local datacenter geography, which arrived in edition 2020-09; edition 2018-05 has ${geographyIds('2018-05').map(quote).join(', ')}.`;
        fixes.push(
          ...ctx.fix(`Change to its macro geography ${quote(finding.arrivedIn2020)}`, false, ctx.fixes.setValue(finding.target.node, finding.arrivedIn2020)),
        );
      } else {
        message = `Unknown geography ${quote(value)}; edition ${ctx.edition} has ${geographyIds(ctx.edition).map(quote).join(', ')}.`;
      }
      ctx.reportValue(finding.target, message, fixes);
    }
  },
});

/** A geography id the edition does not have, as the format walk (format/check.ts) finds it. */
export interface UnknownGeography {
  readonly kind: 'geography';
  readonly target: Checked;
  /** The edition's ids close to it (its fixes). */
  readonly suggestions: string[];
  /** In 2018-05, a local geography's macro geography: the id arrived in 2020-09. */
  readonly arrivedIn2020?: string;
}

export function unknownGeography(target: Checked, edition: Edition): UnknownGeography {
  const value = target.node.value as string;
  const local = edition === '2018-05' ? localGeography(value) : undefined;
  return { kind: 'geography', target, suggestions: closeMatches(value, geographyIds(edition), 2, true), arrivedIn2020: local?.inside };
}
