import { ALL_EDITIONS, defineRule } from '../../rule';
import { homeGeography, liesWithin } from '../../geo/geographies';
import { migrationTarget, quote, signupCountry } from '../../policy/model';

export const residencyInRegion = defineRule({
  meta: {
    id: 'residency/in-region',
    editions: ALL_EDITIONS,
    severity: 'error',
    policySection: 'Storage locations (2018-05); Data residency option (2020-09)',
    summary:
      '`dataResidencyRequired` is true, `residency.geography` does not lie within the home geography of `signupCountry`, and no migration targets that home geography; on `residency.geography`.',
    rationale:
      'A tenant with data residency requirements must keep Customer Data at rest in the geography of its signup country or region, or have requested a migration there.',
    fix: 'Set `residency.geography` to the home geography.',
    fixPreferred: false,
  },
  check(ctx) {
    if (ctx.at('tenant', 'dataResidencyRequired')?.value !== true) return;
    const country = signupCountry(ctx);
    const geography = ctx.at('residency', 'geography');
    if (country === undefined || !geography) return;
    const home = homeGeography(country, ctx.edition);
    if (home === undefined || liesWithin(geography.value as string, home) || migrationTarget(ctx) === home) return;
    ctx.reportValue(
      geography,
      `Data residency is required, but ${quote(geography.value)} is not within ${quote(home)}, the home geography of ${country} in edition ${ctx.edition}, and no migration targets it.`,
      ctx.fix(`Set to ${quote(home)}`, false, ctx.fixes.setValue(geography.node, home)),
    );
  },
});
