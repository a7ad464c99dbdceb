import { ALL_EDITIONS, defineRule } from '../../rule';
import { countryByCode } from '../../geo/countries';
import { quote } from '../../policy/model';
import type { Checked } from '../../format/check';

export const tenantCountryCode = defineRule({
  meta: {
    id: 'tenant/country-code',
    editions: ALL_EDITIONS,
    severity: 'error',
    policySection: 'Data residency option (2020-09): the geography that matches the signup country or region',
    summary: '`tenant.signupCountry` is not an assigned ISO 3166-1 alpha-2 code.',
    rationale: 'The signup country decides the tenant\'s home geography, so it must be a real, upper-case ISO 3166-1 alpha-2 code such as "DE" or "US".',
    fix: 'Upper-case it, where that gives an assigned code.',
    fixPreferred: true,
    example: '"signupCountry": "de"',
  },
  check(ctx) {
    const findings = ctx.analysis.findings;
    for (let i = 0; i < findings.length; i++) {
      const finding = findings[i];
      if (finding.kind !== 'country') continue;
      const value = finding.target.node.value as string;
      const upper = value.toUpperCase();
      const country = upper !== value ? countryByCode(upper) : undefined;
      const fixes = country ? ctx.fix(`Change to ${quote(upper)} (${country.name})`, true, ctx.fixes.setValue(finding.target.node, upper)) : [];
      ctx.reportValue(
        finding.target,
        `${quote(value)} is not an assigned ISO 3166-1 alpha-2 country code; use two upper-case letters such as "DE" or "US".${country ? ` Did you mean ${quote(upper)} (${country.name})?` : ''}`,
        fixes,
      );
    }
  },
});

/** A `signupCountry` string that is no assigned code, as the format walk (format/check.ts) finds it. */
export interface UnknownCountry {
  readonly kind: 'country';
  readonly target: Checked;
}

export function unknownCountry(target: Checked): UnknownCountry {
  return { kind: 'country', target };
}
