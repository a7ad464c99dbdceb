import { ALL_EDITIONS, defineRule } from '../../rule';
import { geographyIds } from '../../geo/geographies';
import { quote } from '../../policy/model';

export const geographyUnknown = defineRule({
  meta: {
    id: 'geography/unknown',
    editions: ALL_EDITIONS,
    severity: 'error',
    policySection: 'Storage locations; Data residency option (2020-09)',
    summary: 'A geography id (`residency.geography`, `stores[i].geography`, `migration.targetGeography`) that the edition does not have.',
    rationale: 'Both editions have the macro geographies northAmerica, europe and asiaPacific. The local datacenter geographies (australia, germany, ...) arrived with the data residency option in 2020-09.',
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
        fixes.push(...ctx.fix(`Change to its macro geography ${quote(finding.arrivedIn2020)}`, false, ctx.fixes.setValue(finding.target.node, finding.arrivedIn2020)));
      } else {
        message = `Unknown geography ${quote(value)}; edition ${ctx.edition} has ${geographyIds(ctx.edition).map(quote).join(', ')}.`;
      }
      ctx.reportValue(finding.target, message, fixes);
    }
  },
});
