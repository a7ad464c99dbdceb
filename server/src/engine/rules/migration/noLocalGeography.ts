import { defineRule } from '../../rule';
import { countryByCode } from '../../geo/countries';
import { localGeographyOf } from '../../geo/geographies';
import { migration, signupCountry } from '../../policy/model';

export const migrationNoLocalGeography = defineRule({
  meta: {
    id: 'migration/no-local-geography',
    editions: ['2020-09'],
    severity: 'error',
    policySection: 'Data residency option (2020-09)',
    summary: 'A migration is configured but `signupCountry` has no local datacenter geography; on `residency.migration`.',
    rationale:
      'A migration moves data to the new datacenter geography that matches the signup country or region; a country without one has nowhere to move to.',
    fix: 'Remove the migration.',
    fixPreferred: false,
  },
  check(ctx) {
    const move = migration(ctx);
    const country = signupCountry(ctx);
    if (!move || country === undefined || localGeographyOf(country)) return;
    ctx.reportValue(
      move,
      `${countryByCode(country)?.name ?? country} (${country}) has no local datacenter geography, so there is no geography to migrate to.`,
      ctx.fix('Remove the migration', false, ctx.fixes.remove(move.node.parent!)),
    );
  },
});
