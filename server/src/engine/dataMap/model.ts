import type { RuleContext } from '../context';
import type { Checked } from '../format/check';
import type { Diagnostic, Edition, JSONPath, Range, RuleOptions, Severity } from '../types';
import { countryByCode } from '../geo/countries';
import { homeGeography, LOCAL_GEOGRAPHIES, liesWithin, MACRO_DESCRIPTIONS, MACRO_GEOGRAPHIES } from '../geo/geographies';
import { compareDates, formatDate, isWritable, latestAllowedDeadline, MIGRATION_MONTHS, parseDate } from '../policy/dates';
import { MAX_PURGE_DAYS } from '../policy/deletion';
import { durationDays } from '../policy/durations';
import { holdsCustomerData, migration, signupCountry, stores } from '../policy/model';
import { AUDIT_LOG_RETENTION, TELEMETRY_RETENTION } from '../policy/retention';
import { ruleById } from '../rules';
import { requiredScenarios } from '../rules/deletion/scenario';

/**
 * The data map of a document (SPEC section 7 "data map", section 9 `--format html`): where its
 * stores are against the edition's geographies and the elected, home and target geographies,
 * and how long data is kept against the edition's limits. Built from the checked tree the rules
 * read (only valid values count, as for the rules), with the limits the rules use; the findings
 * are the lint's, placed on what they are about. Plain data: the CLI's report and the editor's
 * webview draw it with one renderer (render.ts).
 */
export interface DataMap {
  edition: Edition;
  /** The edition's macro geographies, each with the local datacenter geographies inside it (2020-09); shared by every map of the edition: do not change. */
  geographies: readonly MacroArea[];
  /** `residency.geography`: the administrator's elected location for Customer Data at rest. */
  elected?: string;
  /** `tenant.signupCountry` and its home geography in the edition. */
  home?: { country: string; countryName: string; geography: string };
  /** A migration (2020-09; 2018-05 ignores it, as the rules do). */
  migration?: MigrationFacts;
  stores: StoreEntry[];
  /** Retention and deletion, each against its limit. */
  timeline: TimelineEntry[];
  /** The findings given, in order; stores and timeline entries refer to them by index. */
  findings: MapFinding[];
}

export interface MacroArea {
  id: string;
  description: string;
  locals: { id: string; country: string; countryName: string }[];
}

export interface StoreEntry {
  /** Index in `stores`. */
  index: number;
  path: JSONPath;
  /** The store object's range, to reveal it. */
  range: Range;
  id?: string;
  kind?: string;
  /** Valid data categories. */
  data: string[];
  /** A valid geography id; undefined when missing or not valid (then a finding says why). */
  geography?: string;
  /** Holds personal, service or audit log data. */
  customerData: boolean;
  /** Its geography lies neither within the elected location nor within a migration's target. */
  outside: boolean;
  /** Indices into `findings` of the findings about this store. */
  findings: number[];
}

/** Where a timeline limit comes from: the organization's settings, or the published policy. */
export type LimitSource = 'organization' | 'policy';

export type TimelineKey = 'retention.telemetry' | 'retention.auditLogs' | 'deletion.active' | 'deletion.passive';

export interface TimelineEntry {
  key: TimelineKey;
  /** For people: "Telemetry retention". */
  label: string;
  path: JSONPath;
  /** The value as written (`"P2Y"`, `730`), when valid. */
  written?: string;
  /** Its length in days, when valid. */
  days?: number;
  /**
   * The limit that applies, in days: the organization's `maxDays` when the settings give the
   * entry's rule one (SPEC section 10, rule options), else the edition's published limit;
   * undefined when the edition sets none. A rule turned off in the settings keeps its limit here,
   * as a disable comment does: the map shows the file against the limits, the findings what is reported.
   */
  limitDays?: number;
  /**
   * Whose limit `limitDays` is: `organization` when the settings' `maxDays` is stricter than the
   * published limit, `policy` otherwise (a `maxDays` equal to the published limit is the policy's,
   * as in the rules' messages); undefined when there is no limit.
   */
  limitSource?: LimitSource;
  /** The edition's published limit in days, when the organization's (`limitDays`) is another. */
  policyLimitDays?: number;
  /** Longer than the limit that applies (`limitDays`), as its rule decides. */
  over: boolean;
  /** A deletion scenario: enabled or not (undefined when not valid or missing). */
  enabled?: boolean;
  /** A deletion scenario the edition requires. */
  required?: boolean;
  /** Not in the file. */
  missing: boolean;
  findings: number[];
}

export interface MigrationFacts {
  path: JSONPath;
  target?: string;
  requestPeriodEnds?: string;
  deadline?: string;
  /** `requestPeriodEnds` plus the policy's months; undefined without a valid `requestPeriodEnds`. */
  latestDeadline?: string;
  /** The months the policy allows after the request period ends. */
  months: number;
  /** The deadline is later than the latest allowed. */
  late: boolean;
  findings: number[];
}

export interface MapFinding {
  rule: string;
  severity: Severity;
  message: string;
  path: JSONPath;
  range: Range;
}

const STORES = 'stores';

/**
 * The data map of the document a rule context reads, with `findings` placed on what they are
 * about; `ruleOptions` are the lint's (the settings' `ruleOptions`), whose `maxDays` are the
 * limits on the timeline. Default: none, the published limits.
 */
export function buildDataMap(ctx: RuleContext, findings: readonly Diagnostic[], ruleOptions?: Readonly<Record<string, RuleOptions>>): DataMap {
  return placeFindings(dataMapFacts(ctx, ruleOptions), findings);
}

/** The data map without findings; `ruleOptions` as for `buildDataMap`. */
export function dataMapFacts(ctx: RuleContext, ruleOptions?: Readonly<Record<string, RuleOptions>>): DataMap {
  const edition = ctx.edition;
  const elected = ctx.at('residency', 'geography')?.value as string | undefined;
  const move = migrationFacts(ctx);
  const target = move?.target;
  const country = signupCountry(ctx);
  const countryInfo = country !== undefined ? countryByCode(country) : undefined;
  const homeId = countryInfo ? homeGeography(countryInfo.code, edition) : undefined;
  const lines = ctx.doc.lines;
  const storeEntries: StoreEntry[] = stores(ctx).map((store) => {
    const geography = store.geography?.value as string | undefined;
    const customerData = holdsCustomerData(store);
    const node = store.checked.node;
    return {
      index: store.checked.segment as number,
      path: [STORES, store.checked.segment as number],
      range: lines.rangeOf(node.offset, node.length),
      id: ctx.valid(store.checked, 'id')?.value as string | undefined,
      kind: store.kind?.value as string | undefined,
      data: store.data.map((d) => d.value as string),
      geography,
      customerData,
      outside: geography !== undefined && elected !== undefined && !liesWithin(geography, elected) && !(target !== undefined && liesWithin(geography, target)),
      findings: [],
    };
  });
  return {
    edition,
    geographies: geographiesOf(edition),
    elected,
    home: countryInfo && homeId ? { country: countryInfo.code, countryName: countryInfo.name, geography: homeId } : undefined,
    migration: move,
    stores: storeEntries,
    timeline: timelineOf(ctx, ruleOptions),
    findings: [],
  };
}

/** The map with `findings` instead of the ones it has, each placed on the store, entry or migration its path is in. */
export function withFindings(map: DataMap, findings: readonly Diagnostic[]): DataMap {
  return placeFindings(
    {
      ...map,
      stores: map.stores.map((s) => ({ ...s, findings: [] })),
      timeline: map.timeline.map((t) => ({ ...t, findings: [] })),
      migration: map.migration && { ...map.migration, findings: [] },
      findings: [],
    },
    findings,
  );
}

/** Places findings on a map that has none. */
function placeFindings(map: DataMap, findings: readonly Diagnostic[]): DataMap {
  const { stores, timeline, migration: move } = map;
  for (let i = 0; i < findings.length; i++) {
    const d = findings[i];
    map.findings.push({ rule: d.rule, severity: d.severity, message: d.message, path: d.path, range: d.range });
    const path = d.path;
    if (path[0] === STORES && typeof path[1] === 'number') {
      stores.find((s) => s.index === path[1])?.findings.push(i);
      continue;
    }
    const entry = timeline.find((t) => startsWith(path, t.path) || (t.missing && isAbsenceOf(d, t)));
    if (entry) entry.findings.push(i);
    else if (move && startsWith(path, move.path)) move.findings.push(i);
  }
  return map;
}

function startsWith(path: JSONPath, prefix: JSONPath): boolean {
  if (path.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (path[i] !== prefix[i]) return false;
  return true;
}

/** A missing retention value is reported on `retention` by its own rule. */
function isAbsenceOf(d: Diagnostic, entry: TimelineEntry): boolean {
  const rule = entry.key === 'retention.telemetry' ? 'retention/telemetry' : entry.key === 'retention.auditLogs' ? 'retention/audit-logs' : undefined;
  return rule === d.rule && d.path.length === 1 && d.path[0] === entry.path[0];
}

/** The geographies of each edition: the same for every map, made once. */
const GEOGRAPHIES = new Map<Edition, MacroArea[]>();

function geographiesOf(edition: Edition): MacroArea[] {
  let areas = GEOGRAPHIES.get(edition);
  if (!areas) GEOGRAPHIES.set(edition, (areas = makeGeographies(edition)));
  return areas;
}

function makeGeographies(edition: Edition): MacroArea[] {
  return MACRO_GEOGRAPHIES.map((id) => ({
    id,
    description: MACRO_DESCRIPTIONS[id],
    locals:
      edition === '2020-09'
        ? LOCAL_GEOGRAPHIES.filter((g) => g.inside === id).map((g) => ({
            id: g.id,
            country: g.country,
            countryName: countryByCode(g.country)?.name ?? g.country,
          }))
        : [],
  }));
}

function migrationFacts(ctx: RuleContext): MigrationFacts | undefined {
  const move = migration(ctx);
  if (!move) return undefined;
  const periodEnds = ctx.valid(move, 'requestPeriodEnds')?.value as string | undefined;
  const deadline = ctx.valid(move, 'deadline')?.value as string | undefined;
  const latest = periodEnds !== undefined ? latestAllowedDeadline(parseDate(periodEnds)!) : undefined;
  const latestDeadline = latest && isWritable(latest) ? formatDate(latest) : undefined;
  return {
    path: move.path,
    target: ctx.valid(move, 'targetGeography')?.value as string | undefined,
    requestPeriodEnds: periodEnds,
    deadline,
    latestDeadline,
    months: MIGRATION_MONTHS,
    late: deadline !== undefined && latestDeadline !== undefined && compareDates(parseDate(deadline)!, latest!) > 0,
    findings: [],
  };
}

/** A timeline entry's limit: the days, whose they are, and the published days beside an organization's. */
type Limit = Pick<TimelineEntry, 'limitDays' | 'limitSource' | 'policyLimitDays'>;

const NO_LIMIT: Limit = {};

/**
 * The limit of `ruleId` in `edition`, as the rule applies it: none outside the rule's editions;
 * the options' `maxDays` in place of the `published` days when it is another number
 * (`checkRetention`, `deletion/purge-window`).
 */
function limitOf(ruleId: string, edition: Edition, published: number, ruleOptions: Readonly<Record<string, RuleOptions>> | undefined): Limit {
  if (!ruleById(ruleId)?.meta.editions.includes(edition)) return NO_LIMIT;
  const maxDays = ruleOptions?.[ruleId]?.maxDays;
  if (maxDays === undefined || maxDays === published) return { limitDays: published, limitSource: 'policy' };
  return { limitDays: maxDays, limitSource: 'organization', policyLimitDays: published };
}

function timelineOf(ctx: RuleContext, ruleOptions: Readonly<Record<string, RuleOptions>> | undefined): TimelineEntry[] {
  const edition = ctx.edition;
  const retention = ctx.at('retention');
  const deletion = ctx.at('deletion');
  const entries: TimelineEntry[] = [];
  const retained = (key: 'telemetry' | 'auditLogs', label: string, limit: Limit) => {
    const value = ctx.valid(retention, key);
    const days = value ? durationDays(value.value) : undefined;
    const max = limit.limitDays;
    entries.push({
      key: `retention.${key}`,
      label,
      path: ['retention', key],
      written: value ? JSON.stringify(value.value) : undefined,
      days,
      limitDays: max,
      limitSource: limit.limitSource,
      policyLimitDays: limit.policyLimitDays,
      over: days !== undefined && max !== undefined && days > max,
      missing: !!retention && ctx.absent(retention, key),
      findings: [],
    });
  };
  retained('telemetry', 'Telemetry retention', limitOf(TELEMETRY_RETENTION.rule, edition, TELEMETRY_RETENTION.maxDays, ruleOptions));
  retained('auditLogs', 'Audit log retention', limitOf(AUDIT_LOG_RETENTION.rule, edition, AUDIT_LOG_RETENTION.maxDays, ruleOptions));
  const required = requiredScenarios(edition) as string[];
  const purgeLimit = limitOf('deletion/purge-window', edition, MAX_PURGE_DAYS, ruleOptions);
  for (const name of ['active', 'passive'] as const) {
    const scenario: Checked | undefined = ctx.valid(deletion, name);
    const purge = ctx.valid(scenario, 'purgeWithinDays');
    const days = purge?.value as number | undefined;
    const max = purgeLimit.limitDays;
    const enabled = ctx.valid(scenario, 'enabled')?.value as boolean | undefined;
    entries.push({
      key: `deletion.${name}`,
      label: name === 'active' ? 'Active deletion: purge window' : 'Passive deletion: purge window',
      path: ['deletion', name],
      written: purge ? JSON.stringify(days) : undefined,
      days,
      limitDays: max,
      limitSource: purgeLimit.limitSource,
      policyLimitDays: purgeLimit.policyLimitDays,
      over: days !== undefined && max !== undefined && days > max,
      enabled,
      required: required.includes(name),
      missing: !!deletion && ctx.absent(deletion, name),
      findings: [],
    });
  }
  return entries;
}
