import { defineRule } from '../../rule';
import { localGeographyOf } from '../../geo/geographies';
import { migration, quote, signupCountry } from '../../policy/model';

export const migrationTarget = defineRule({
  meta: {
    id: 'migration/target',
    editions: ['2020-09'],
    severity: 'error',
    policySection: 'Data residency option (2020-09)',
    summary: '`targetGeography` is not the home geography of `signupCountry`.',
    rationale: 'Customers may request migration of Customer Data at rest only to the datacenter geography that matches their signup country or region.',
    fix: 'Set it to the home geography.',
    fixPreferred: true,
  },
  check(ctx) {
    const target = ctx.valid(migration(ctx), 'targetGeography');
    const country = signupCountry(ctx);
    const countryValue = ctx.at('tenant', 'signupCountry');
    if (!target || country === undefined || !countryValue) return;
    const local = localGeographyOf(country);
    if (!local || target.value === local.id) return; // no local geography: migration/no-local-geography
    ctx.reportValue(
      target,
      `A migration may only target the geography of the signup country ${country}: ${quote(local.id)}, not ${quote(target.value)}.`,
      ctx.fix(`Set to ${quote(local.id)}`, true, ctx.fixes.setValue(target.node, local.id)),
      [ctx.relatedValue(countryValue, `The signup country: ${country}, whose home geography is ${quote(local.id)}`)],
    );
  },
});
