import type { Edition } from '../types';
import { countryByCode, type MacroGeography } from './countries';

/** Macro geographies exist in both editions. */
export const MACRO_GEOGRAPHIES: readonly MacroGeography[] = ['northAmerica', 'europe', 'asiaPacific'];

export interface LocalGeography {
  readonly id: string;
  /** The ISO 3166-1 alpha-2 code of the country it serves. */
  readonly country: string;
  readonly inside: MacroGeography;
}

/** Local datacenter geographies, opened in edition 2020-09 ("Data residency option"). */
export const LOCAL_GEOGRAPHIES: readonly LocalGeography[] = [
  { id: 'australia', country: 'AU', inside: 'asiaPacific' },
  { id: 'brazil', country: 'BR', inside: 'northAmerica' },
  { id: 'canada', country: 'CA', inside: 'northAmerica' },
  { id: 'france', country: 'FR', inside: 'europe' },
  { id: 'germany', country: 'DE', inside: 'europe' },
  { id: 'india', country: 'IN', inside: 'asiaPacific' },
  { id: 'japan', country: 'JP', inside: 'asiaPacific' },
  { id: 'korea', country: 'KR', inside: 'asiaPacific' },
  { id: 'norway', country: 'NO', inside: 'europe' },
  { id: 'southAfrica', country: 'ZA', inside: 'europe' },
  { id: 'switzerland', country: 'CH', inside: 'europe' },
  { id: 'uae', country: 'AE', inside: 'europe' },
  { id: 'unitedKingdom', country: 'GB', inside: 'europe' },
];

const LOCAL_BY_ID = new Map(LOCAL_GEOGRAPHIES.map((g) => [g.id, g]));
const LOCAL_BY_COUNTRY = new Map(LOCAL_GEOGRAPHIES.map((g) => [g.country, g]));

export const MACRO_DESCRIPTIONS: Record<MacroGeography, string> = {
  northAmerica: 'North America (the Americas)',
  europe: 'Europe (with Africa and Western Asia)',
  asiaPacific: 'Asia Pacific (the rest of Asia, Oceania and Antarctica)',
};

/** The geography ids an edition has. */
export function geographyIds(edition: Edition): readonly string[] {
  return edition === '2018-05' ? MACRO_GEOGRAPHIES : [...MACRO_GEOGRAPHIES, ...LOCAL_GEOGRAPHIES.map((g) => g.id)];
}

export function isGeography(id: string, edition: Edition): boolean {
  return (MACRO_GEOGRAPHIES as readonly string[]).includes(id) || (edition === '2020-09' && LOCAL_BY_ID.has(id));
}

export function localGeography(id: string): LocalGeography | undefined {
  return LOCAL_BY_ID.get(id);
}

/** The local geography serving a country, in 2020-09; undefined when it has none. */
export function localGeographyOf(country: string): LocalGeography | undefined {
  return LOCAL_BY_COUNTRY.get(country);
}

/** Home geography: in 2020-09 the country's local geography where it has one, else its macro geography. */
export function homeGeography(country: string, edition: Edition): string | undefined {
  const macro = countryByCode(country)?.macro;
  if (!macro) return undefined;
  if (edition === '2020-09') return LOCAL_BY_COUNTRY.get(country)?.id ?? macro;
  return macro;
}

/** The macro geography a geography id belongs to (itself for a macro id). */
export function macroOf(id: string): MacroGeography | undefined {
  if ((MACRO_GEOGRAPHIES as readonly string[]).includes(id)) return id as MacroGeography;
  return LOCAL_BY_ID.get(id)?.inside;
}

/** A geography lies within another when it is the same, or a local geography inside that macro one. */
export function liesWithin(inner: string, outer: string): boolean {
  return inner === outer || LOCAL_BY_ID.get(inner)?.inside === outer;
}
