import * as assert from 'assert';
import { allCountries, countryByCode, Country, MacroGeography } from '../../../server/src/engine/geo/countries';

interface WorldCountry {
  readonly cca2: string;
  readonly name: { readonly common: string };
  readonly region: string;
  readonly subregion: string;
}
const worldCountries: readonly WorldCountry[] = require('world-countries/countries.json');
const i18nIsoCountries: { getAlpha2Codes(): Record<string, string> } = require('i18n-iso-countries');

/** Codes in the packages that are not officially assigned ISO 3166-1 alpha-2 codes. */
const NOT_ASSIGNED = new Set(['XK']); // Kosovo: user-assigned code, not in ISO 3166-1

/** The Western Asia codes that SPEC section 3 puts in europe. */
const WESTERN_ASIA_IN_EUROPE = 'AE AM AZ BH CY GE IL IQ JO KW LB OM PS QA SA SY TR YE'.split(' ');

/**
 * Territories where world-countries' `region` disagrees with the official UN M49 region,
 * with the macro geography that follows from UN M49.
 */
const M49_EXCEPTIONS: Readonly<Record<string, MacroGeography>> = {
  BV: 'northAmerica', // Bouvet Island: world-countries "Antarctic", M49 South America (005) in Americas (019)
  GS: 'northAmerica', // South Georgia and the South Sandwich Islands: world-countries "Antarctic", M49 South America (005)
  TF: 'europe', // French Southern Territories: world-countries "Antarctic", M49 Eastern Africa (014) in Africa (002)
  UM: 'asiaPacific', // US Minor Outlying Islands: world-countries "Americas/North America", M49 Micronesia (057) in Oceania (009)
};
// No exception needed (world-countries agrees with UN M49 on the macro geography):
//   IO British Indian Ocean Territory: both Eastern Africa -> europe
//   HM Heard and McDonald Islands: world-countries "Antarctic" -> asiaPacific; M49 Australia and New Zealand (Oceania) -> asiaPacific
//   AQ Antarctica: world-countries "Antarctic" -> asiaPacific; no M49 region -> asiaPacific
//   CY Cyprus: world-countries "Europe", M49 Western Asia, listed in SPEC -> europe either way
//   TW Taiwan: world-countries "Asia", not listed in M49 -> asiaPacific either way

/** The macro geography that world-countries' region data implies, before exceptions. */
function macroFromWorldCountries(c: WorldCountry): MacroGeography {
  switch (c.region) {
    case 'Americas':
      return 'northAmerica';
    case 'Europe':
    case 'Africa':
      return 'europe';
    case 'Asia':
      return WESTERN_ASIA_IN_EUROPE.includes(c.cca2) ? 'europe' : 'asiaPacific';
    case 'Oceania':
    case 'Antarctic':
      return 'asiaPacific';
    default:
      throw new Error(`unexpected world-countries region ${c.region} for ${c.cca2}`);
  }
}

describe('geo/countries', () => {
  const countries: readonly Country[] = allCountries();
  const world = new Map(worldCountries.map((c) => [c.cca2, c]));

  it('has the 249 officially assigned codes of i18n-iso-countries, sorted and unique', () => {
    const expected = Object.keys(i18nIsoCountries.getAlpha2Codes())
      .filter((c) => !NOT_ASSIGNED.has(c))
      .sort();
    const codes = countries.map((c) => c.code);
    assert.strictEqual(countries.length, 249);
    assert.deepStrictEqual(codes, expected);
    assert.deepStrictEqual(codes, [...codes].sort());
    assert.strictEqual(new Set(codes).size, codes.length);
    for (const code of codes) assert.match(code, /^[A-Z]{2}$/);
  });

  it('uses the world-countries common names', () => {
    for (const c of countries) {
      const w = world.get(c.code);
      assert.ok(w, `${c.code} missing from world-countries`);
      assert.strictEqual(c.name, w.name.common, c.code);
    }
  });

  it('assigns each macro geography by UN M49 region (world-countries region plus exceptions)', () => {
    for (const c of countries) {
      const w = world.get(c.code);
      assert.ok(w, `${c.code} missing from world-countries`);
      const expected = M49_EXCEPTIONS[c.code] ?? macroFromWorldCountries(w);
      assert.strictEqual(c.macro, expected, `${c.code} ${c.name}`);
    }
  });

  it('keeps the exception list minimal: each exception really disagrees with world-countries', () => {
    for (const [code, macro] of Object.entries(M49_EXCEPTIONS)) {
      const w = world.get(code);
      assert.ok(w, `${code} missing from world-countries`);
      assert.notStrictEqual(macroFromWorldCountries(w), macro, code);
    }
  });

  it('puts the 18 Western Asia codes of SPEC section 3 in europe', () => {
    assert.strictEqual(WESTERN_ASIA_IN_EUROPE.length, 18);
    for (const code of WESTERN_ASIA_IN_EUROPE) assert.strictEqual(countryByCode(code)?.macro, 'europe', code);
    // Every other Western Asia country in world-countries is one of them.
    for (const w of worldCountries) {
      if (w.subregion === 'Western Asia') assert.ok(WESTERN_ASIA_IN_EUROPE.includes(w.cca2), w.cca2);
    }
  });

  it('spot checks', () => {
    const cases: [string, MacroGeography][] = [
      ['US', 'northAmerica'],
      ['BR', 'northAmerica'],
      ['MX', 'northAmerica'],
      ['DE', 'europe'],
      ['ZA', 'europe'],
      ['AE', 'europe'],
      ['IN', 'asiaPacific'],
      ['AU', 'asiaPacific'],
      ['AQ', 'asiaPacific'],
      ['JP', 'asiaPacific'],
      ['CN', 'asiaPacific'],
      ['KZ', 'asiaPacific'],
    ];
    for (const [code, macro] of cases) assert.strictEqual(countryByCode(code)?.macro, macro, code);
    assert.strictEqual(countryByCode('US')?.name, 'United States');
    assert.strictEqual(countryByCode('GB')?.name, 'United Kingdom');
    assert.strictEqual(countryByCode('DE')?.name, 'Germany');
    assert.strictEqual(countryByCode('KR')?.name, 'South Korea');
  });

  it('returns undefined for codes that are not assigned or not exact', () => {
    assert.strictEqual(countryByCode('us'), undefined);
    assert.strictEqual(countryByCode('XK'), undefined);
    assert.strictEqual(countryByCode(''), undefined);
    assert.strictEqual(countryByCode('USA'), undefined);
  });

  it('returns the same objects every time', () => {
    assert.strictEqual(allCountries(), countries);
    assert.strictEqual(
      countryByCode('FR'),
      countries.find((c) => c.code === 'FR'),
    );
  });
});
