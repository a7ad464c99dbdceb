/**
 * fast-check generators for tenant privacy configurations.
 *
 * 1. `configArb(edition)`: a configuration that is valid for the format of that edition,
 *    built by walking the format metadata (server/src/engine/format/spec.ts): every
 *    required property, optional ones at random, values of the right type and range
 *    (geography ids of the edition, ISO country codes, real dates, durations in both
 *    forms, stores with data categories...). The values are random, so the policy rules
 *    have plenty to say; the format has nothing to say.
 * 2. Tree mutations: values swapped for wrong types or near misses, keys dropped,
 *    duplicated, misspelt and added, members shuffled, comments and disable comments
 *    (with random rule ids) in every place JSONC allows one, characters outside the BMP.
 * 3. A layout (indentation, tabs, one-line objects, trailing commas, line ends).
 * 4. Text mutations: characters deleted and inserted, line ends changed, comments and
 *    commas inserted at token boundaries.
 *
 * Every choice is a fast-check value, so a failing case shrinks: mutations disappear,
 * indices go to 0, optional properties go away.
 */
import fc from 'fast-check';
import { createScanner, SyntaxKind } from 'jsonc-parser';
import { CONFIG, DATA_CATEGORIES, isRequired, KNOWN_PURPOSES, type PropertySpec, type ValueSpec } from '../../server/src/engine/format/spec';
import { allCountries } from '../../server/src/engine/geo/countries';
import { geographyIds, LOCAL_GEOGRAPHIES } from '../../server/src/engine/geo/geographies';
import { RULES } from '../../server/src/engine/rules';
import { EDITIONS, type Edition, type LintOptions, type SeveritySetting } from '../../server/src/engine/types';
import { allContainers, allSlots, allStrings, clone, fromJson, serialize, type JComment, type JSlot, type JValue, type Style } from './model';

// ---------------------------------------------------------------------------------------------
// Characters and strings

/** Characters outside the BMP (surrogate pairs in UTF-16), and a few awkward BMP ones. */
export const ASTRAL = ['😀', '🔒', '🇩🇪', '👩‍💻', '𝄞', '𠜎', '🏳️‍🌈'];
const AWKWARD = ['é', 'ß', '中', '\u00a0', '\u2028', '\u200b', '\ufeff', 'İ', 'ﬃ'];

const textUnit = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz-_ 0123456789'.split('')) },
  { weight: 1, arbitrary: fc.constantFrom(...ASTRAL) },
  { weight: 1, arbitrary: fc.constantFrom(...AWKWARD) },
  { weight: 1, arbitrary: fc.constantFrom('"', '\\', '/', '*', '{', '}', '[', ']', ',', ':', '\t', '\n', '\u0001') },
);

/** Any string, escaped by JSON.stringify when serialised. */
export const anyString = fc.string({ unit: textUnit, maxLength: 16 });
const idString = fc.oneof(
  { weight: 4, arbitrary: fc.stringMatching(/^[a-z][a-z0-9-]{0,11}$/) },
  // A small pool, so that store ids repeat (stores/duplicate-id).
  { weight: 2, arbitrary: fc.constantFrom('sql-weu-01', 'blob-01', 'telemetry') },
  { weight: 1, arbitrary: fc.string({ unit: textUnit, minLength: 1, maxLength: 12 }) },
  { weight: 1, arbitrary: fc.uuid() },
);

const lineCommentUnit = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz -_.,:;!?0123456789'.split('')) },
  { weight: 1, arbitrary: fc.constantFrom(...ASTRAL, ...AWKWARD.filter((c) => c !== '\u2028')) },
  { weight: 1, arbitrary: fc.constantFrom('"', "'", '\\', '/', '*', '/*', '*/', '//', '{', '}', '[', ']', '\t', 'TODO') },
);

export const commentArb: fc.Arbitrary<JComment> = fc
  .oneof(
    fc.record({ block: fc.constant(false), body: fc.string({ unit: lineCommentUnit, maxLength: 30 }) }),
    fc.record({
      block: fc.constant(true),
      body: fc.string({ unit: fc.oneof(lineCommentUnit, fc.constantFrom('\n', '\r\n', ' * ')), maxLength: 40 }).map((s) => s.split('*/').join('* /')),
    }),
  )
  .map((c) => ({ block: c.block, body: c.block ? c.body : c.body.replace(/[\r\n]/g, ' ') }));

// ---------------------------------------------------------------------------------------------
// Dates

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A real calendar date, often near the end of a month. */
export const dateArb: fc.Arbitrary<string> = fc
  .record({
    // Mostly near today; sometimes at the ends of what YYYY can hold (a deadline 24 months later may not fit).
    year: fc.oneof(
      { weight: 12, arbitrary: fc.integer({ min: 2016, max: 2032 }) },
      { weight: 1, arbitrary: fc.constantFrom(0, 1, 999, 1000, 9977, 9978, 9999) },
    ),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .map(({ year, month, day }) => {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    const last = month === 2 && !leap ? 28 : MONTH_DAYS[month - 1];
    return `${pad(year, 4)}-${pad(month, 2)}-${pad(Math.min(day, last), 2)}`;
  });

// ---------------------------------------------------------------------------------------------
// Disable comments

const RULE_IDS = RULES.map((r) => r.meta.id);
const FAKE_RULES = ['schema/typo', 'retention/*', '*', 'all', 'Retention/Audit-Logs', 'suppression/unused', 'syntax', 'x😀'];

export const directiveArb: fc.Arbitrary<JComment> = fc
  .record({
    block: fc.boolean(),
    kind: fc.constantFrom('next-line', 'file', 'file', 'next-line', 'nextline'),
    lead: fc.constantFrom(' ', '', '  ', '\t'),
    rules: fc.array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...RULE_IDS) }, { weight: 1, arbitrary: fc.constantFrom(...FAKE_RULES) }), {
      maxLength: 4,
    }),
    separator: fc.constantFrom(', ', ',', ' ', ' , ', ',\t'),
    reason: fc.option(
      fc.oneof(
        fc.constantFrom('', ' ', 'approved by the DPO', 'ticket PRIV-1 🔒', '-- twice --'),
        fc.string({ unit: lineCommentUnit, maxLength: 20 }),
        // Expiring exceptions (SPEC section 9), well and badly formed.
        fc
          .tuple(
            fc.constantFrom('legal hold', '', 'DPO 😀'),
            fc.oneof(dateArb, fc.constantFrom('2026-13-45', '2026-1-1', 'never')),
            fc.constantFrom('; expires ', ';expires  ', ' expires ', '; EXPIRES ', '; expires '),
          )
          .map(([why, date, sep]) => `${why}${sep}${date}`),
      ),
      { nil: undefined },
    ),
    tail: fc.constantFrom('', '', ' ', '\t'),
  })
  .map((d) => {
    const list = d.rules.join(d.separator);
    const body = `${d.lead}privacy-lint-disable-${d.kind}${list ? ' ' + list : ''}${d.reason !== undefined ? ` --${d.reason ? ' ' + d.reason : ''}` : ''}${d.tail}`;
    return { block: d.block, body: d.block ? body.split('*/').join('* /') + ' ' : body.replace(/[\r\n]/g, ' ') };
  });

// ---------------------------------------------------------------------------------------------
// Valid values from the format metadata

/** Raw text for a number: mostly plain, sometimes an equivalent spelling. */
function numberArb(n: fc.Arbitrary<number>): fc.Arbitrary<JValue> {
  return fc
    .tuple(n, fc.constantFrom<'plain' | 'fraction' | 'exponent'>('plain', 'plain', 'plain', 'plain', 'plain', 'plain', 'fraction', 'exponent'))
    .map(([value, form]) => {
      let raw = Object.is(value, -0) ? '-0' : JSON.stringify(value);
      if (Number.isInteger(value) && form === 'fraction') raw += '.0';
      if (Number.isInteger(value) && form === 'exponent' && value !== 0 && value % 10 === 0) raw = `${value / 10}e1`;
      return { k: 'num', raw };
    });
}

/** A duration, in both forms: days or an ISO 8601 date duration. */
export const durationArb: fc.Arbitrary<JValue> = fc.oneof(
  numberArb(fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 800 }), fc.constantFrom(30, 31, 365, 366))),
  fc
    .oneof(
      fc.record({ y: fc.option(fc.nat(3)), m: fc.option(fc.nat(30)), d: fc.option(fc.nat(400)) }).map(({ y, m, d }) => {
        if (y === null && m === null && d === null) return 'P30D';
        return `P${y !== null ? `${y}Y` : ''}${m !== null ? `${m}M` : ''}${d !== null ? `${d}D` : ''}`;
      }),
      fc.nat(60).map((w) => `P${w}W`),
      fc.constantFrom('P30D', 'P1Y', 'P12M', 'P4W', 'P1Y6M', 'P31D', 'P2Y', 'P1M1D', 'P0D', 'P365D', 'P366D'),
    )
    .map((s) => ({ k: 'str', v: s }) satisfies JValue),
);

const LOCAL_COUNTRIES = LOCAL_GEOGRAPHIES.map((g) => g.country);
export const countryArb: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...LOCAL_COUNTRIES),
  fc.constantFrom(...allCountries().map((c) => c.code)),
  fc.constantFrom('US', 'DE', 'SA', 'TR', 'AQ', 'EG', 'CN'),
);

function purposeArb(): fc.Arbitrary<JValue> {
  return fc
    .oneof(
      { weight: 4, arbitrary: fc.constantFrom(...KNOWN_PURPOSES) },
      { weight: 1, arbitrary: fc.constantFrom('Marketing', 'PROFILING', 'marketing ', 'Profiling', 'analytics') },
      { weight: 1, arbitrary: anyString },
    )
    .map((v) => ({ k: 'str', v }));
}

function lastKey(path: readonly string[]): string | undefined {
  return path[path.length - 1];
}

/** A valid value for a spec at a path; `edition` decides geographies and required properties. */
export function validValue(spec: ValueSpec, path: readonly string[], edition: Edition): fc.Arbitrary<JValue> {
  const s = (a: fc.Arbitrary<string>) => a.map((v) => ({ k: 'str', v }) satisfies JValue);
  switch (spec.type) {
    case 'object':
      return objectArb(spec.properties, path, edition);
    case 'array': {
      const inline = fc.oneof({ weight: 3, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) });
      if (lastKey(path) === 'data') {
        return fc
          .tuple(fc.shuffledSubarray([...DATA_CATEGORIES], { minLength: 1 }), inline)
          .map(([items, isInline]) => ({ k: 'arr', inline: isInline, items: items.map((v) => ({ value: { k: 'str', v } })) }));
      }
      const items = lastKey(path) === 'purposes' ? purposeArb() : validValue(spec.items, [...path, '[]'], edition);
      return fc
        .tuple(fc.array(items, { minLength: spec.nonEmpty ? 1 : 0, maxLength: lastKey(path) === 'stores' ? 5 : 4 }), inline)
        .map(([values, isInline]) => ({ k: 'arr', inline: lastKey(path) === 'stores' ? false : isInline, items: values.map((value) => ({ value })) }));
    }
    case 'string':
      if (lastKey(path) === 'id') return s(idString);
      if (lastKey(path) === '$schema') return s(fc.constantFrom('../dist/tenant-privacy.schema.json', 'https://example.com/s.json', ''));
      return s(spec.nonEmpty ? fc.string({ unit: textUnit, minLength: 1, maxLength: 12 }) : anyString);
    case 'enum':
      // Restrict steps and export scope are arrays of enums: repeat and order them freely.
      return s(fc.constantFrom(...spec.values));
    case 'edition':
      return s(fc.constant(edition));
    case 'country':
      return s(countryArb);
    case 'geography':
      return s(fc.constantFrom(...geographyIds(edition)));
    case 'date':
      return s(dateArb);
    case 'boolean':
      return fc.boolean().map((v) => ({ k: 'bool', v }));
    case 'integer':
      return numberArb(fc.oneof(fc.integer({ min: spec.minimum, max: 40 }), fc.integer({ min: spec.minimum, max: 5000 }), fc.constant(30)));
    case 'number':
      return numberArb(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 2000 }), fc.double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true })));
    case 'duration':
      return durationArb;
  }
}

/** How often an optional property is present. */
function presence(key: string, spec: PropertySpec, edition: Edition): number {
  if (spec.onlyIn && !spec.onlyIn.includes(edition)) return 0.1; // migration in 2018-05: migration/edition
  if (key === 'policyEdition') return edition === '2018-05' ? 0.97 : 0.7;
  if (key === 'migration') return 0.55;
  return 0.6;
}

function objectArb(properties: Readonly<Record<string, PropertySpec>>, path: readonly string[], edition: Edition): fc.Arbitrary<JValue> {
  const entries: Record<string, fc.Arbitrary<JValue | null>> = {};
  for (const [key, spec] of Object.entries(properties)) {
    const value = validValue(spec.value, [...path, key], edition);
    if (isRequired(spec, edition) && !(spec.onlyIn && !spec.onlyIn.includes(edition))) {
      entries[key] = value;
    } else {
      const p = Math.round(presence(key, spec, edition) * 20);
      // Absent first, so that shrinking drops optional properties.
      entries[key] = fc.oneof({ weight: 20 - p, arbitrary: fc.constant(null) }, { weight: p, arbitrary: value });
    }
  }
  const depth = path.filter((p) => p !== '[]').length;
  return fc.tuple(fc.record(entries), fc.integer({ min: 0, max: 9 })).map(([values, r]) => ({
    k: 'obj',
    // Nested objects are often on one line, like the stores in the samples.
    inline: depth === 0 ? false : path[path.length - 1] === '[]' ? r < 7 : r < 3,
    members: Object.keys(properties)
      .filter((key) => values[key] !== null)
      .map((key) => ({ key, value: values[key] as JValue })),
  }));
}

export function configArb(edition: Edition): fc.Arbitrary<JValue> {
  return validValue(CONFIG, [], edition);
}

// ---------------------------------------------------------------------------------------------
// Values that are wrong, or nearly right

const TRICKY: unknown[] = [
  '',
  ' ',
  'de',
  'De',
  'dE',
  'XK',
  'ZZ',
  'UK',
  'EU',
  'germany',
  'Germany',
  'europe',
  'Europe',
  'eurpoe',
  'europ',
  'asiapacific',
  'northamerica',
  'unitedkingdom',
  'southafrica',
  'P',
  'P0D',
  'P1Y6M',
  'P2W',
  'P1W2D',
  'PT1H',
  'p30d',
  'P-1D',
  'P1.5Y',
  '2021-02-29',
  '2020-02-29',
  '2020-13-01',
  '0000-01-01',
  '9999-12-31',
  '2020-2-3',
  '2020-09',
  '2018-05',
  '2020-9',
  '2018-5',
  '2019-05',
  '2020/09',
  'sqlazure',
  'SqlAzure',
  'reliablecollection',
  'AzureStorage',
  'Telemetry',
  'othr',
  'personnal',
  'Service',
  'auditlogs',
  'telemetry',
  'personal',
  'export',
  'delete',
  'Export',
  'dlete',
  'accounts',
  'servicedata',
  'associatedLog',
  'Active',
  'ende',
  'Marketing',
  'PROFILING',
  '__proto__',
  'constructor',
  'toString',
  '😀',
  '🇩🇪',
  '\u0000',
  -1,
  -0,
  0,
  0.5,
  30.5,
  1e21,
  Infinity,
  31,
  365,
  366,
  100000,
  true,
  false,
  null,
  [],
  {},
  ['export'],
  ['delete', 'export'],
  ['export', 'export', 'delete'],
  ['accounts'],
  ['personal', 'personal'],
  { enabled: true },
  { enabled: false, purgeWithinDays: 31 },
  { targetGeography: 'germany' },
];

const randomJson: fc.Arbitrary<JValue> = fc
  .letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.constant<unknown>(null),
      fc.boolean(),
      fc.oneof(fc.integer({ min: -100, max: 1000 }), fc.double({ noNaN: true, noDefaultInfinity: true })),
      anyString,
      fc.array(tie('value'), { maxLength: 3 }),
      fc.dictionary(fc.oneof(anyString, fc.constantFrom('__proto__', 'constructor', 'id', 'enabled')), tie('value'), { maxKeys: 3 }),
    ),
  }))
  .value.map((v) => fromJson(v));

export const wrongValueArb: fc.Arbitrary<JValue> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...TRICKY).map((v) => fromJson(v)) },
  { weight: 2, arbitrary: randomJson },
  { weight: 1, arbitrary: numberArb(fc.oneof(fc.integer({ min: -5, max: 400 }), fc.double({ min: -10, max: 1000, noNaN: true }))) },
);

/** A small edit of a string: a typo, a case change, a character outside the BMP. */
export type StringEdit =
  | { op: 'delete'; at: number }
  | { op: 'insert'; at: number; ch: string }
  | { op: 'swap'; at: number }
  | { op: 'case'; at: number }
  | { op: 'upper' }
  | { op: 'lower' };

export const stringEditArb: fc.Arbitrary<StringEdit> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(40) }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(40), ch: fc.oneof(fc.constantFrom(...'aeiourstxz-'.split('')), fc.constantFrom(...ASTRAL)) }),
  fc.record({ op: fc.constant('swap' as const), at: fc.nat(40) }),
  fc.record({ op: fc.constant('case' as const), at: fc.nat(40) }),
  fc.constant({ op: 'upper' as const }),
  fc.constant({ op: 'lower' as const }),
);

export function editString(s: string, edit: StringEdit): string {
  const chars = Array.from(s); // code points: an astral character is one unit here
  const at = (n: number, len: number) => (len ? n % len : 0);
  switch (edit.op) {
    case 'delete':
      if (chars.length) chars.splice(at(edit.at, chars.length), 1);
      break;
    case 'insert':
      chars.splice(at(edit.at, chars.length + 1), 0, edit.ch);
      break;
    case 'swap':
      if (chars.length > 1) {
        const i = at(edit.at, chars.length - 1);
        [chars[i], chars[i + 1]] = [chars[i + 1], chars[i]];
      }
      break;
    case 'case':
      if (chars.length) {
        const i = at(edit.at, chars.length);
        const c = chars[i];
        chars[i] = c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase();
      }
      break;
    case 'upper':
      return s.toUpperCase();
    case 'lower':
      return s.toLowerCase();
  }
  return chars.join('');
}

// ---------------------------------------------------------------------------------------------
// Tree mutations

export type TreeMutation =
  | { m: 'drop'; at: number }
  | { m: 'duplicate'; at: number; to: number; value?: JValue }
  | { m: 'misspell'; at: number; edit: StringEdit }
  | { m: 'addKey'; at: number; key: string; value: JValue; to: number }
  | { m: 'wrongValue'; at: number; value: JValue }
  | { m: 'typo'; at: number; edit: StringEdit }
  | { m: 'escape'; at: number; which: number }
  | { m: 'comment'; at: number; where: 'before' | 'after' | 'afterKey' | 'afterColon' | 'inside'; comment: JComment }
  | { m: 'shuffle'; at: number; seed: number }
  | { m: 'addItem'; at: number; value: JValue; to: number }
  | { m: 'inline'; at: number };

const slotIndex = fc.nat(200);

const KEY_POOL = [
  'tenant',
  'residency',
  'stores',
  'retention',
  'deletion',
  'processing',
  'restrictProcessing',
  'policyEdition',
  'migration',
  'geography',
  'telemetry',
  'auditLogs',
  'active',
  'passive',
  'enabled',
  'purgeWithinDays',
  'id',
  'kind',
  'data',
  'steps',
  'exportIncludes',
  'signupCountry',
  'subscription',
  'dataResidencyRequired',
  'isoCertified',
  'purposes',
  'deadline',
  'targetGeography',
  'requestPeriodEnds',
  'additionalCost',
  'acceptsMinimalDataLoss',
  'acceptsReconfiguration',
  '$schema',
  'comment',
  '__proto__',
  'constructor',
  'hasOwnProperty',
  '',
];

/** Mutations that keep keys unique in their objects and add no disable comments (for the order property). */
export function treeMutationArb(options: { duplicates: boolean; directives: boolean }): fc.Arbitrary<TreeMutation> {
  const comment = options.directives ? fc.oneof({ weight: 3, arbitrary: commentArb }, { weight: 2, arbitrary: directiveArb }) : commentArb;
  const arbs: fc.Arbitrary<TreeMutation>[] = [
    fc.record({ m: fc.constant('drop' as const), at: slotIndex }),
    fc.record({ m: fc.constant('misspell' as const), at: slotIndex, edit: stringEditArb }),
    fc.record({
      m: fc.constant('addKey' as const),
      at: slotIndex,
      key: fc.oneof(fc.constantFrom(...KEY_POOL), anyString),
      value: fc.oneof(wrongValueArb, configArb('2020-09')),
      to: fc.nat(20),
    }),
    fc.record({ m: fc.constant('wrongValue' as const), at: slotIndex, value: wrongValueArb }),
    fc.record({ m: fc.constant('wrongValue' as const), at: slotIndex, value: wrongValueArb }),
    fc.record({ m: fc.constant('typo' as const), at: slotIndex, edit: stringEditArb }),
    fc.record({ m: fc.constant('typo' as const), at: slotIndex, edit: stringEditArb }),
    fc.record({ m: fc.constant('escape' as const), at: slotIndex, which: fc.nat(40) }),
    fc.record({
      m: fc.constant('comment' as const),
      at: slotIndex,
      where: fc.constantFrom('before', 'after', 'afterKey', 'afterColon', 'inside', 'before', 'after'),
      comment,
    }),
    fc.record({
      m: fc.constant('comment' as const),
      at: slotIndex,
      where: fc.constantFrom('before', 'after', 'inside'),
      comment,
    }),
    fc.record({ m: fc.constant('shuffle' as const), at: slotIndex, seed: fc.nat() }),
    fc.record({ m: fc.constant('addItem' as const), at: slotIndex, value: fc.oneof(wrongValueArb, purposeArb()), to: fc.nat(10) }),
    fc.record({ m: fc.constant('inline' as const), at: slotIndex }),
  ];
  if (options.duplicates) {
    arbs.push(fc.record({ m: fc.constant('duplicate' as const), at: slotIndex, to: fc.nat(20), value: fc.option(wrongValueArb, { nil: undefined }) }));
  }
  return fc.oneof(...arbs);
}

/** Mutations that change the layout and the comments, never the value (for the valid-config property). */
export const layoutMutationArb: fc.Arbitrary<TreeMutation> = fc.oneof(
  fc.record({ m: fc.constant('escape' as const), at: slotIndex, which: fc.nat(40) }),
  fc.record({
    m: fc.constant('comment' as const),
    at: slotIndex,
    where: fc.constantFrom('before', 'after', 'afterKey', 'afterColon', 'inside'),
    comment: commentArb,
  }),
  fc.record({ m: fc.constant('shuffle' as const), at: slotIndex, seed: fc.nat() }),
  fc.record({ m: fc.constant('inline' as const), at: slotIndex }),
);

function pick<T>(list: readonly T[], at: number): T | undefined {
  return list.length ? list[at % list.length] : undefined;
}

/**
 * A shuffle of an object's members in which members with the same key keep their relative
 * order (which of them is "the first" and which counts, as in JSON.parse, does not change).
 */
export function reorderMembers(members: readonly JSlot[], seed: number): JSlot[] {
  const order = shuffled(
    members.map((_, i) => i),
    seed,
  );
  const byKey = new Map<string | undefined, JSlot[]>();
  for (const m of members) byKey.set(m.key, [...(byKey.get(m.key) ?? []), m]);
  const taken = new Map<string | undefined, number>();
  return order.map((i) => {
    const key = members[i].key;
    const n = taken.get(key) ?? 0;
    taken.set(key, n + 1);
    return byKey.get(key)![n];
  });
}

function shuffled<T>(list: readonly T[], seed: number): T[] {
  const result = [...list];
  let state = seed >>> 0 || 1;
  for (let i = result.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    const j = state % (i + 1);
    [result[i], result[j]] = [result[j], result[i]];
  }
  return result;
}

/** Applies tree mutations to a clone of the tree; comments on the root go to the style. */
export function applyTreeMutations(tree: JValue, style: Style, mutations: readonly TreeMutation[], keepKeysUnique = false): { tree: JValue; style: Style } {
  const root = clone(tree);
  const st = clone(style);
  const keysOf = (slots: JSlot[]) => new Set(slots.map((s) => s.key));
  for (const mutation of mutations) {
    const slots = allSlots(root);
    switch (mutation.m) {
      case 'drop': {
        const ref = pick(slots, mutation.at);
        if (ref) ref.slots.splice(ref.index, 1);
        break;
      }
      case 'duplicate': {
        const ref = pick(
          slots.filter((s) => s.slot.key !== undefined),
          mutation.at,
        );
        if (!ref) break;
        const copy = clone(ref.slot);
        if (mutation.value) copy.value = clone(mutation.value);
        ref.slots.splice(mutation.to % (ref.slots.length + 1), 0, copy);
        break;
      }
      case 'misspell': {
        const ref = pick(
          slots.filter((s) => s.slot.key !== undefined),
          mutation.at,
        );
        if (!ref) break;
        const key = editString(ref.slot.key!, mutation.edit);
        if (keepKeysUnique && keysOf(ref.slots).has(key)) break;
        ref.slot.key = key;
        delete ref.slot.keyRaw;
        break;
      }
      case 'addKey': {
        const objects = allContainers(root, 'obj');
        const target = pick(objects, mutation.at);
        if (!target || target.k !== 'obj') break;
        if (keepKeysUnique && keysOf(target.members).has(mutation.key)) break;
        target.members.splice(mutation.to % (target.members.length + 1), 0, { key: mutation.key, value: clone(mutation.value) });
        break;
      }
      case 'wrongValue': {
        const ref = pick(slots, mutation.at);
        if (ref) ref.slot.value = clone(mutation.value);
        break;
      }
      case 'typo': {
        const value = pick(allStrings(root), mutation.at);
        if (value) {
          value.v = editString(value.v, mutation.edit);
          delete value.raw;
        }
        break;
      }
      case 'escape': {
        // Spell one character of a key or string as a \u escape: same value, other text.
        const strings = allStrings(root);
        const keyed = slots.filter((s) => s.slot.key);
        const total = strings.length + keyed.length;
        if (!total) break;
        const i = mutation.at % total;
        const escapeOne = (s: string) => {
          if (!s.length) return JSON.stringify(s);
          const j = mutation.which % s.length;
          const code = s.charCodeAt(j).toString(16).padStart(4, '0');
          return JSON.stringify(s.slice(0, j)).slice(0, -1) + `\\u${code}` + JSON.stringify(s.slice(j + 1)).slice(1);
        };
        if (i < strings.length) strings[i].raw = escapeOne(strings[i].v);
        else keyed[i - strings.length].slot.keyRaw = escapeOne(keyed[i - strings.length].slot.key!);
        break;
      }
      case 'comment': {
        const comment = clone(mutation.comment);
        if (mutation.where === 'inside') {
          const empty = allContainers(root).filter((c) => (c.k === 'obj' ? c.members : c.items).length === 0);
          const target = pick(empty, mutation.at);
          if (target) (target.inside ??= []).push(comment);
          else (mutation.at % 2 ? (st.header ??= []) : (st.footer ??= [])).push(comment);
          break;
        }
        const ref = pick(slots, mutation.at);
        if (!ref) {
          (st.header ??= []).push(comment);
          break;
        }
        switch (mutation.where) {
          case 'before':
            (ref.slot.before ??= []).push(comment);
            break;
          case 'after':
            if (ref.slot.after) (ref.slot.before ??= []).push(comment);
            else ref.slot.after = comment;
            break;
          case 'afterKey':
          case 'afterColon':
            if (ref.slot.key === undefined) (ref.slot.before ??= []).push(comment);
            else (mutation.where === 'afterKey' ? (ref.slot.afterKey ??= []) : (ref.slot.afterColon ??= [])).push(comment);
            break;
        }
        break;
      }
      case 'shuffle': {
        const containers = allContainers(root, 'obj');
        const target = pick(containers, mutation.at);
        if (target && target.k === 'obj') target.members = shuffled(target.members, mutation.seed);
        break;
      }
      case 'addItem': {
        const arrays = allContainers(root, 'arr');
        const target = pick(arrays, mutation.at);
        if (target && target.k === 'arr') target.items.splice(mutation.to % (target.items.length + 1), 0, { value: clone(mutation.value) });
        break;
      }
      case 'inline': {
        const containers = allContainers(root);
        const target = pick(containers, mutation.at);
        if (target) target.inline = !target.inline;
        break;
      }
    }
  }
  return { tree: root, style: st };
}

// ---------------------------------------------------------------------------------------------
// Layout

export const styleArb: fc.Arbitrary<Style> = fc.record({
  indent: fc.constantFrom('  ', '    ', '\t', ' ', '', '\t\t', '        '),
  eol: fc.constantFrom<Style['eol']>('\n', '\n', '\n', '\r\n', '\r\n', '\r'),
  colon: fc.constantFrom<Style['colon']>(': ', ': ', ':', ' : ', ' :'),
  trailingComma: fc.boolean(),
  header: fc.option(fc.array(commentArb, { minLength: 1, maxLength: 2 }), { nil: undefined, freq: 2 }),
  footer: fc.option(fc.array(commentArb, { minLength: 1, maxLength: 1 }), { nil: undefined, freq: 4 }),
  finalEol: fc.boolean(),
});

// ---------------------------------------------------------------------------------------------
// Text mutations

export type TextMutation =
  /** Destructive: usually a syntax error. */
  | { t: 'delete'; at: number; length: number }
  | { t: 'insert'; at: number; text: string }
  | { t: 'duplicateLine'; at: number }
  /** Parse-preserving (at token boundaries). */
  | { t: 'eol'; eol: '\r\n' | '\r' | '\n'; all: boolean; at: number }
  | { t: 'commentAt'; at: number; comment: JComment }
  | { t: 'trailingComma'; at: number }
  | { t: 'whitespace'; at: number; text: string };

const INSERT_POOL = [
  '{',
  '}',
  '[',
  ']',
  ',',
  ':',
  '"',
  "'",
  '/',
  '*',
  '/*',
  '*/',
  '//',
  '\\',
  '\n',
  '\r',
  '\r\n',
  '\t',
  ' ',
  'true',
  'null',
  '0',
  '-',
  '.',
  'e',
  'x',
  ...ASTRAL,
  '\ud83d',
  '\ude00',
  '\u0000',
  '\u2028',
  '\ufeff',
  ',,',
  '"k": 1,',
  '/* c */',
  '// c\n',
  '1e999',
  '"\u00e9"',
];

export const destructiveTextMutationArb: fc.Arbitrary<TextMutation> = fc.oneof(
  fc.record({ t: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ t: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...INSERT_POOL), anyString) }),
  fc.record({ t: fc.constant('duplicateLine' as const), at: fc.nat() }),
);

export function preservingTextMutations(directives: boolean): fc.Arbitrary<TextMutation> {
  return fc.oneof(
    fc.record({ t: fc.constant('eol' as const), eol: fc.constantFrom<'\r\n' | '\r' | '\n'>('\r\n', '\r', '\n'), all: fc.boolean(), at: fc.nat() }),
    fc.record({ t: fc.constant('commentAt' as const), at: fc.nat(), comment: directives ? fc.oneof(commentArb, directiveArb) : commentArb }),
    fc.record({ t: fc.constant('trailingComma' as const), at: fc.nat() }),
    fc.record({ t: fc.constant('whitespace' as const), at: fc.nat(), text: fc.constantFrom(' ', '\t', '\n', '\r\n', '\n\n', '  \r\n') }),
  );
}

export const preservingTextMutationArb: fc.Arbitrary<TextMutation> = preservingTextMutations(true);

/**
 * Offsets between tokens (and at both ends), found with the JSONC scanner. The end of a line
 * comment is left out: a comment inserted there would become part of the line comment.
 */
function tokenBoundaries(text: string): number[] {
  const scanner = createScanner(text, false);
  const boundaries = new Set<number>([0]);
  const lineCommentEnds = new Set<number>();
  for (let kind = scanner.scan(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
    const end = scanner.getTokenOffset() + scanner.getTokenLength();
    boundaries.add(scanner.getTokenOffset());
    boundaries.add(end);
    if (kind === SyntaxKind.LineCommentTrivia) lineCommentEnds.add(end);
  }
  boundaries.add(text.length);
  for (const end of lineCommentEnds) boundaries.delete(end);
  if (!boundaries.size) boundaries.add(0);
  return [...boundaries].sort((a, b) => a - b);
}

/** Offsets of closing brackets, found with the scanner (so never inside a string or comment). */
function closings(text: string): number[] {
  const scanner = createScanner(text, false);
  const found: number[] = [];
  let previous: SyntaxKind | undefined;
  for (let kind = scanner.scan(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
    const trivia =
      kind === SyntaxKind.Trivia || kind === SyntaxKind.LineBreakTrivia || kind === SyntaxKind.LineCommentTrivia || kind === SyntaxKind.BlockCommentTrivia;
    if (
      (kind === SyntaxKind.CloseBraceToken || kind === SyntaxKind.CloseBracketToken) &&
      previous !== undefined &&
      previous !== SyntaxKind.OpenBraceToken &&
      previous !== SyntaxKind.OpenBracketToken &&
      previous !== SyntaxKind.CommaToken
    ) {
      found.push(scanner.getTokenOffset());
    }
    if (!trivia) previous = kind;
  }
  return found;
}

export function applyTextMutations(text: string, mutations: readonly TextMutation[]): string {
  let result = text;
  for (const mutation of mutations) {
    const at = (n: number) => n % (result.length + 1);
    switch (mutation.t) {
      case 'delete': {
        const start = at(mutation.at);
        result = result.slice(0, start) + result.slice(start + mutation.length);
        break;
      }
      case 'insert': {
        const start = at(mutation.at);
        result = result.slice(0, start) + mutation.text + result.slice(start);
        break;
      }
      case 'duplicateLine': {
        const lines = result.split('\n');
        const i = mutation.at % lines.length;
        lines.splice(i, 0, lines[i]);
        result = lines.join('\n');
        break;
      }
      case 'eol': {
        if (mutation.all) {
          result = result.replace(/\r\n|\r|\n/g, mutation.eol);
        } else {
          const breaks = [...result.matchAll(/\r\n|\r|\n/g)];
          const hit = pick(breaks, mutation.at);
          if (hit) result = result.slice(0, hit.index) + mutation.eol + result.slice(hit.index + hit[0].length);
        }
        break;
      }
      case 'commentAt': {
        const boundaries = tokenBoundaries(result);
        const offset = pick(boundaries, mutation.at)!;
        const c = mutation.comment;
        const eol = result.includes('\r\n') ? '\r\n' : '\n';
        const text = c.block ? `/*${c.body}*/` : `//${c.body}${eol}`;
        result = result.slice(0, offset) + text + result.slice(offset);
        break;
      }
      case 'trailingComma': {
        const offset = pick(closings(result), mutation.at);
        if (offset !== undefined) result = result.slice(0, offset) + ',' + result.slice(offset);
        break;
      }
      case 'whitespace': {
        const offset = pick(tokenBoundaries(result), mutation.at)!;
        result = result.slice(0, offset) + mutation.text + result.slice(offset);
        break;
      }
    }
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Lint options

const SEVERITY_SETTINGS: SeveritySetting[] = ['error', 'warning', 'information', 'hint', 'off'];

export const lintOptionsArb: fc.Arbitrary<LintOptions> = fc
  .record({
    defaultEdition: fc.option(fc.constantFrom(...EDITIONS), { nil: undefined, freq: 2 }),
    forceEdition: fc.option(fc.constantFrom(...EDITIONS), { nil: undefined, freq: 8 }),
    rules: fc.option(fc.dictionary(fc.constantFrom(...RULE_IDS), fc.constantFrom(...SEVERITY_SETTINGS), { maxKeys: 3 }), { nil: undefined, freq: 3 }),
    // The run's date decides which disable comments have expired; without it lint reads the clock.
    today: fc.option(dateArb, { nil: undefined, freq: 20 }),
  })
  .map((o) => {
    const options: LintOptions = {};
    if (o.defaultEdition) options.defaultEdition = o.defaultEdition;
    if (o.forceEdition) options.forceEdition = o.forceEdition;
    if (o.rules) options.rules = o.rules;
    if (o.today) options.today = o.today;
    return options;
  });

// ---------------------------------------------------------------------------------------------
// Cases

export interface FuzzCase {
  edition: Edition;
  tree: JValue;
  style: Style;
  treeMutations: TreeMutation[];
  textMutations: TextMutation[];
  options: LintOptions;
  /** The document the engine is given. */
  text: string;
}

const editionAndTree = fc.constantFrom(...EDITIONS).chain((edition) => configArb(edition).map((tree) => ({ edition, tree })));

function build(
  base: { edition: Edition; tree: JValue },
  style: Style,
  treeMutations: TreeMutation[],
  textMutations: TextMutation[],
  options: LintOptions,
): FuzzCase {
  const mutated = applyTreeMutations(base.tree, style, treeMutations);
  const text = applyTextMutations(serialize(mutated.tree, mutated.style), textMutations);
  return { ...base, style, treeMutations, textMutations, options, text };
}

/** Any input: valid configurations, broken structure, broken text. */
export const anyCaseArb: fc.Arbitrary<FuzzCase> = fc
  .tuple(
    editionAndTree,
    styleArb,
    fc.array(treeMutationArb({ duplicates: true, directives: true }), { maxLength: 10 }),
    fc.oneof(
      { weight: 2, arbitrary: fc.array(preservingTextMutationArb, { maxLength: 3 }) },
      { weight: 3, arbitrary: fc.array(fc.oneof(destructiveTextMutationArb, preservingTextMutationArb), { minLength: 1, maxLength: 4 }) },
    ),
    lintOptionsArb,
  )
  .map(([base, style, tree, text, options]) => build(base, style, tree, text, options));

/** Inputs that are meant to parse: structural mutations and parse-preserving text mutations. */
export const parseableCaseArb: fc.Arbitrary<FuzzCase> = fc
  .tuple(
    editionAndTree,
    styleArb,
    fc.array(treeMutationArb({ duplicates: true, directives: true }), { maxLength: 10 }),
    fc.array(preservingTextMutationArb, { maxLength: 3 }),
    lintOptionsArb,
  )
  .map(([base, style, tree, text, options]) => build(base, style, tree, text, options));

export interface OrderCase {
  edition: Edition;
  options: LintOptions;
  /** The same configuration with the members of its objects in two orders (repeated keys keep their relative order). */
  text: string;
  reordered: string;
  seeds: number[];
}

/**
 * Mutated configurations without disable comments (a next-line comment's target moves with
 * the members), and a reordering of the members of every object.
 */
export const orderCaseArb: fc.Arbitrary<OrderCase> = fc
  .tuple(
    editionAndTree,
    styleArb,
    fc.array(treeMutationArb({ duplicates: true, directives: false }), { maxLength: 6 }),
    lintOptionsArb,
    fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
  )
  .map(([base, style, mutations, options, seeds]) => {
    const { tree, style: st } = applyTreeMutations(base.tree, style, mutations);
    const reorderedTree = clone(tree);
    allContainers(reorderedTree, 'obj').forEach((o, i) => {
      if (o.k === 'obj') o.members = reorderMembers(o.members, seeds[i % seeds.length] + i);
    });
    return { edition: base.edition, options, text: serialize(tree, st), reordered: serialize(reorderedTree, st), seeds };
  });

/**
 * Valid configurations with varied layout and comments (no disable comments), checked in
 * their own edition: the format rules must have nothing to say about them.
 */
export const validCaseArb: fc.Arbitrary<FuzzCase> = fc
  .tuple(
    editionAndTree,
    styleArb,
    fc.array(layoutMutationArb, { maxLength: 8 }),
    fc.array(preservingTextMutations(false), { maxLength: 3 }),
    fc.record({ today: dateArb, rules: lintOptionsArb.map((o) => o.rules) }),
  )
  .map(([base, style, tree, text, extra]) => {
    const options: LintOptions = { defaultEdition: base.edition, today: extra.today };
    if (extra.rules) options.rules = extra.rules;
    return build(base, style, tree, text, options);
  });

/** Pieces of JSONC, valid and not, for short documents that stress the parser at its edges. */
const TOKENS = [
  '{',
  '}',
  '[',
  ']',
  ',',
  ':',
  '"a"',
  '"id"',
  '"tenant"',
  '"policyEdition"',
  '"2018-05"',
  '"\\u00e9"',
  '"\\ud83d\\ude00"',
  '"\\ud83d"',
  '"\\u12"',
  '"\\x"',
  '"\\/"',
  '"a\tb"',
  '"\u0001"',
  '"😀"',
  '"',
  '\\',
  '1',
  '-0',
  '-',
  '1e400',
  '1e',
  '0.5',
  '.5',
  '01',
  '1.',
  '-1e-7',
  '0x1',
  'true',
  'false',
  'null',
  'tru',
  'nulll',
  'NaN',
  '//c\n',
  '//c\r',
  '//c',
  '/*c*/',
  '/**/',
  '/*',
  '*/',
  '/',
  ' ',
  '\n',
  '\r',
  '\r\n',
  '\t',
  '\u00a0',
  '\ufeff',
  '\u2028',
  '\f',
  '\v',
  'x',
  '😀',
  '\ud800',
  '"privacy-lint-"',
  '// privacy-lint-disable-file schema/type\n',
  '/* privacy-lint-disable-next-line syntax */',
];

const TRIVIA = ['', '', '', ' ', '\t', '\n', '\r', '\r\n', '//c\n', '//😀\r', '/*c*/', '/**/', '/*\r\n*/', ' \n\t'];
const SCALARS = [
  '"a"',
  '""',
  '"\\u00e9"',
  '"\\u00E9"',
  '"\\ud83d"',
  '"\\ud83d\\ude00"',
  '"\\/"',
  '"\\b\\f\\n\\r\\t"',
  '"😀"',
  '"\ud800"',
  '"\udc00x"',
  '"\u2028"',
  '"\u00a0"',
  '"\u007f"',
  '"a\\"b"',
  '-0',
  '0',
  '1e400',
  '-1e400',
  '0.5',
  '-1e-7',
  '1E+2',
  '2e-0',
  '123456789012345678901234567890',
  '1.0',
  'true',
  'false',
  'null',
];
const KEYS = ['"a"', '"id"', '""', '"\\u0069d"', '"__proto__"', '"😀"', '"tenant"', '"a"'];

/** Well-formed JSONC made of the scanner's edge cases (escapes, numbers, trivia, trailing commas). */
const wellFormedSoup: fc.Arbitrary<string> = fc.letrec<{ value: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...SCALARS),
    fc
      .tuple(fc.array(fc.tuple(fc.constantFrom(...TRIVIA), tie('value'), fc.constantFrom(...TRIVIA)), { maxLength: 4 }), fc.boolean())
      .map(([items, trailing]) => `[${items.map(([a, v, b]) => a + v + b).join(',')}${trailing && items.length ? ',' : ''}]`),
    fc
      .tuple(fc.array(fc.tuple(fc.constantFrom(...TRIVIA), fc.constantFrom(...KEYS), fc.constantFrom(...TRIVIA), tie('value')), { maxLength: 4 }), fc.boolean())
      .map(([members, trailing]) => `{${members.map(([a, k, b, v]) => `${a}${k}${b}:${v}`).join(',')}${trailing && members.length ? ',' : ''}}`),
  ),
})).value;

/** Short token soups: mostly broken documents of a few tokens, and well-formed ones made of edge cases. */
export const tokenSoupArb: fc.Arbitrary<FuzzCase> = fc
  .tuple(
    fc.oneof(
      fc.array(fc.constantFrom(...TOKENS), { maxLength: 24 }).map((tokens) => tokens.join('')),
      fc.tuple(fc.constantFrom(...TRIVIA), wellFormedSoup, fc.constantFrom(...TRIVIA)).map(([a, v, b]) => a + v + b),
    ),
    lintOptionsArb,
  )
  .map(([text, options]) => ({
    edition: '2020-09',
    tree: { k: 'null' },
    style: { indent: '', eol: '\n', colon: ':', trailingComma: false, finalEol: false },
    treeMutations: [],
    textMutations: [],
    options,
    text,
  }));
