import * as assert from 'assert';
import { lint, lintDocument, parseDocument, type LintOptions } from '../../../server/src/engine';
import { documentDataMap, withFindings, type DataMap, type TimelineEntry } from '../../../server/src/engine/dataMap';
import { MAX_PURGE_DAYS } from '../../../server/src/engine/policy/deletion';
import { AUDIT_LOG_RETENTION, TELEMETRY_RETENTION } from '../../../server/src/engine/policy/retention';

const TEXT_2020 = `{
  "policyEdition": "2020-09",
  "tenant": { "id": "t", "signupCountry": "DE", "dataResidencyRequired": true },
  "residency": {
    "geography": "europe",
    "migration": { "targetGeography": "germany", "requestPeriodEnds": "2026-06-30", "deadline": "2028-12-31",
      "acceptsMinimalDataLoss": true, "acceptsReconfiguration": true }
  },
  "stores": [
    { "id": "sql", "kind": "sqlAzure", "geography": "germany", "data": ["personal"] },
    { "id": "dr", "kind": "azureStorage", "geography": "northAmerica", "data": ["auditLogs", "service"] },
    { "id": "tele", "kind": "telemetry", "geography": "asiaPacific", "data": ["telemetry"] },
    { "id": "bad", "kind": "sqlAzure", "geography": "westEurope", "data": ["service"] }
  ],
  "retention": { "telemetry": "P90D", "auditLogs": "P2Y" },
  "deletion": { "active": { "enabled": true, "purgeWithinDays": 30 }, "passive": { "enabled": false, "purgeWithinDays": 45 } },
  "processing": { "isoCertified": true, "purposes": [] }
}
`;

function mapOf(text: string, options: LintOptions = {}): DataMap {
  const result = lint(text, { ...options, dataMap: true, today: '2026-01-01' });
  assert.ok(result.dataMap, 'lint gives the data map when asked');
  return result.dataMap;
}

const entry = (map: DataMap, key: TimelineEntry['key']) => map.timeline.find((t) => t.key === key)!;
const rulesOf = (map: DataMap, indices: readonly number[]) => indices.map((i) => map.findings[i].rule).sort();

describe('data map model', () => {
  it("lists the edition's geographies: macro ones with their local ones inside (2020-09), macro only (2018-05)", () => {
    const map = mapOf(TEXT_2020);
    assert.deepStrictEqual(
      map.geographies.map((g) => g.id),
      ['northAmerica', 'europe', 'asiaPacific'],
    );
    assert.deepStrictEqual(
      map.geographies[1].locals.map((l) => l.id),
      ['france', 'germany', 'norway', 'southAfrica', 'switzerland', 'uae', 'unitedKingdom'],
    );
    assert.deepStrictEqual(
      map.geographies[0].locals.map((l) => `${l.id}:${l.country}:${l.countryName}`),
      ['brazil:BR:Brazil', 'canada:CA:Canada'],
    );
    const old = mapOf(TEXT_2020.replace('"2020-09"', '"2018-05"'));
    assert.strictEqual(old.edition, '2018-05');
    assert.deepStrictEqual(
      old.geographies.map((g) => g.locals.length),
      [0, 0, 0],
    );
  });

  it('gives the elected location, the home geography of the signup country and the migration', () => {
    const map = mapOf(TEXT_2020);
    assert.strictEqual(map.elected, 'europe');
    assert.deepStrictEqual(map.home, { country: 'DE', countryName: 'Germany', geography: 'germany' });
    const { findings, path, ...move } = map.migration!;
    assert.deepStrictEqual(path, ['residency', 'migration']);
    assert.deepStrictEqual(move, {
      target: 'germany',
      requestPeriodEnds: '2026-06-30',
      deadline: '2028-12-31',
      latestDeadline: '2028-06-30',
      months: 24,
      late: true,
    });
    assert.deepStrictEqual(rulesOf(map, findings), ['migration/deadline', 'migration/feature-availability']);
    // 2018-05: the home geography is the macro one, and a migration is ignored (as every rule but migration/edition does).
    const old = mapOf(TEXT_2020.replace('"2020-09"', '"2018-05"'));
    assert.deepStrictEqual(old.home, { country: 'DE', countryName: 'Germany', geography: 'europe' });
    assert.strictEqual(old.migration, undefined);
    assert.ok(old.findings.some((f) => f.rule === 'migration/edition'));
  });

  it('places each store in its geography, says which hold Customer Data outside the elected location, with their findings', () => {
    const map = mapOf(TEXT_2020);
    assert.deepStrictEqual(
      map.stores.map((s) => ({
        index: s.index,
        id: s.id,
        kind: s.kind,
        geography: s.geography,
        data: s.data,
        customerData: s.customerData,
        outside: s.outside,
      })),
      [
        { index: 0, id: 'sql', kind: 'sqlAzure', geography: 'germany', data: ['personal'], customerData: true, outside: false },
        { index: 1, id: 'dr', kind: 'azureStorage', geography: 'northAmerica', data: ['auditLogs', 'service'], customerData: true, outside: true },
        { index: 2, id: 'tele', kind: 'telemetry', geography: 'asiaPacific', data: ['telemetry'], customerData: false, outside: true },
        // An unknown geography is not valid: the store is not placed, geography/unknown says why.
        { index: 3, id: 'bad', kind: 'sqlAzure', geography: undefined, data: ['service'], customerData: true, outside: false },
      ],
    );
    assert.deepStrictEqual(
      map.stores.map((s) => rulesOf(map, s.findings)),
      [[], ['residency/store-geography'], [], ['geography/unknown']],
    );
    assert.deepStrictEqual(map.stores[1].path, ['stores', 1]);
    assert.deepStrictEqual(map.stores[1].range, { start: { line: 10, character: 4 }, end: { line: 10, character: 105 } });
  });

  it("a store within the migration's target is not outside", () => {
    const map = mapOf(TEXT_2020.replace('"geography": "europe"', '"geography": "northAmerica"'));
    assert.strictEqual(map.elected, 'northAmerica');
    assert.deepStrictEqual(
      map.stores.map((s) => s.outside),
      [false, false, true, false],
    );
  });

  it("measures retention and purge windows against the edition's limits, the rules' own", () => {
    const map = mapOf(TEXT_2020);
    const pick = (t: TimelineEntry) => ({
      days: t.days,
      written: t.written,
      limitDays: t.limitDays,
      over: t.over,
      missing: t.missing,
      enabled: t.enabled,
      required: t.required,
    });
    // 2020-09 sets no telemetry limit (retention/telemetry is a 2018-05 rule).
    assert.deepStrictEqual(pick(entry(map, 'retention.telemetry')), {
      days: 90,
      written: '"P90D"',
      limitDays: undefined,
      over: false,
      missing: false,
      enabled: undefined,
      required: undefined,
    });
    assert.deepStrictEqual(pick(entry(map, 'retention.auditLogs')), {
      days: 730,
      written: '"P2Y"',
      limitDays: 365,
      over: true,
      missing: false,
      enabled: undefined,
      required: undefined,
    });
    assert.deepStrictEqual(pick(entry(map, 'deletion.active')), {
      days: 30,
      written: '30',
      limitDays: 30,
      over: false,
      missing: false,
      enabled: true,
      required: true,
    });
    assert.deepStrictEqual(pick(entry(map, 'deletion.passive')), {
      days: 45,
      written: '45',
      limitDays: 30,
      over: true,
      missing: false,
      enabled: false,
      required: true,
    });
    assert.deepStrictEqual(rulesOf(map, entry(map, 'retention.auditLogs').findings), ['retention/audit-logs']);
    assert.deepStrictEqual(rulesOf(map, entry(map, 'deletion.passive').findings), ['deletion/purge-window', 'deletion/scenario']);
    assert.deepStrictEqual(rulesOf(map, entry(map, 'retention.telemetry').findings), []);

    const old = mapOf(TEXT_2020.replace('"2020-09"', '"2018-05"'));
    assert.deepStrictEqual(pick(entry(old, 'retention.telemetry')), {
      days: 90,
      written: '"P90D"',
      limitDays: 30,
      over: true,
      missing: false,
      enabled: undefined,
      required: undefined,
    });
    assert.strictEqual(entry(old, 'deletion.passive').required, false, '2018-05 requires only active deletion');
    assert.deepStrictEqual(rulesOf(old, entry(old, 'retention.telemetry').findings), ['retention/telemetry']);
    // The limits are the ones the rules read.
    assert.deepStrictEqual([TELEMETRY_RETENTION.maxDays, AUDIT_LOG_RETENTION.maxDays, MAX_PURGE_DAYS], [30, 365, 30]);
  });

  it("takes an organization's stricter maxDays as the limit, the published one beside it, and is over as the rule decides", () => {
    const limits = (t: TimelineEntry) => ({
      days: t.days,
      limitDays: t.limitDays,
      limitSource: t.limitSource,
      policyLimitDays: t.policyLimitDays,
      over: t.over,
    });
    // Stricter only: settings refuse a limit over the published one (SPEC section 10).
    const ruleOptions = { 'retention/audit-logs': { maxDays: 180 }, 'deletion/purge-window': { maxDays: 20 }, 'retention/telemetry': { maxDays: 14 } };
    // "P6M10D" is 190 days: within the published 365, over the organization's 180.
    const map = mapOf(TEXT_2020.replace('"auditLogs": "P2Y"', '"auditLogs": "P6M10D"'), { ruleOptions });
    assert.deepStrictEqual(limits(entry(map, 'retention.auditLogs')), {
      days: 190,
      limitDays: 180,
      limitSource: 'organization',
      policyLimitDays: 365,
      over: true,
    });
    assert.deepStrictEqual(rulesOf(map, entry(map, 'retention.auditLogs').findings), ['retention/audit-logs']);
    assert.deepStrictEqual(limits(entry(map, 'deletion.active')), { days: 30, limitDays: 20, limitSource: 'organization', policyLimitDays: 30, over: true });
    assert.deepStrictEqual(limits(entry(map, 'deletion.passive')), { days: 45, limitDays: 20, limitSource: 'organization', policyLimitDays: 30, over: true });
    // retention/telemetry is a 2018-05 rule: its options set no limit in 2020-09.
    assert.deepStrictEqual(limits(entry(map, 'retention.telemetry')), {
      days: 90,
      limitDays: undefined,
      limitSource: undefined,
      policyLimitDays: undefined,
      over: false,
    });

    // At the organization's limit is within it, as for the rule (same days: "P6M" is 180).
    const at = mapOf(TEXT_2020.replace('"auditLogs": "P2Y"', '"auditLogs": "P6M"'), { ruleOptions });
    assert.deepStrictEqual(limits(entry(at, 'retention.auditLogs')), {
      days: 180,
      limitDays: 180,
      limitSource: 'organization',
      policyLimitDays: 365,
      over: false,
    });
    assert.deepStrictEqual(rulesOf(at, entry(at, 'retention.auditLogs').findings), []);

    const old = mapOf(TEXT_2020.replace('"2020-09"', '"2018-05"'), { ruleOptions });
    assert.deepStrictEqual(limits(entry(old, 'retention.telemetry')), {
      days: 90,
      limitDays: 14,
      limitSource: 'organization',
      policyLimitDays: 30,
      over: true,
    });

    // A maxDays equal to the published limit is the policy's (the rule's message names no organization either).
    const same = mapOf(TEXT_2020, { ruleOptions: { 'retention/audit-logs': { maxDays: 365 } } });
    assert.deepStrictEqual(limits(entry(same, 'retention.auditLogs')), {
      days: 730,
      limitDays: 365,
      limitSource: 'policy',
      policyLimitDays: undefined,
      over: true,
    });
    // Without options every limit is the policy's.
    assert.deepStrictEqual(
      mapOf(TEXT_2020).timeline.map((t) => [t.limitSource, t.policyLimitDays]),
      [
        [undefined, undefined],
        ['policy', undefined],
        ['policy', undefined],
        ['policy', undefined],
      ],
    );
  });

  it('keeps the limit of a rule turned off in the settings, without its findings (as a disable comment does)', () => {
    const text = TEXT_2020.replace('"auditLogs": "P2Y"', '"auditLogs": 200');
    const map = mapOf(text, { rules: { 'retention/audit-logs': 'off' }, ruleOptions: { 'retention/audit-logs': { maxDays: 180 } } });
    const audit = entry(map, 'retention.auditLogs');
    assert.deepStrictEqual([audit.limitDays, audit.limitSource, audit.policyLimitDays, audit.over], [180, 'organization', 365, true]);
    assert.deepStrictEqual(rulesOf(map, audit.findings), []);
  });

  it('a missing value is missing, with the finding its rule reports on the parent', () => {
    const map = mapOf(TEXT_2020.replace('"auditLogs": "P2Y"', '"x": 1').replace(', "passive": { "enabled": false, "purgeWithinDays": 45 }', ''));
    const audit = entry(map, 'retention.auditLogs');
    assert.deepStrictEqual([audit.missing, audit.days, audit.over], [true, undefined, false]);
    assert.deepStrictEqual(rulesOf(map, audit.findings), ['retention/audit-logs']);
    assert.strictEqual(entry(map, 'deletion.passive').missing, true);
  });

  it("holds the lint's unsuppressed findings with their ranges; withFindings places another set", () => {
    const text = TEXT_2020.replace(
      '    { "id": "dr"',
      '    // privacy-lint-disable-next-line residency/store-geography -- replica approved by the DPO\n    { "id": "dr"',
    );
    const result = lint(text, { dataMap: true, today: '2026-01-01' });
    const map = result.dataMap!;
    const unsuppressed = result.diagnostics.filter((d) => !d.suppression);
    assert.ok(unsuppressed.length < result.diagnostics.length, 'a finding is suppressed');
    assert.deepStrictEqual(
      map.findings,
      unsuppressed.map((d) => ({ rule: d.rule, severity: d.severity, message: d.message, path: d.path, range: d.range })),
    );
    assert.deepStrictEqual(map.stores[1].findings, [], 'the suppressed finding is not on its store');
    assert.strictEqual(map.stores[1].outside, true, 'the store is still outside');

    const only = withFindings(
      map,
      unsuppressed.filter((d) => d.rule === 'geography/unknown'),
    );
    assert.deepStrictEqual(
      only.findings.map((f) => f.rule),
      ['geography/unknown'],
    );
    assert.deepStrictEqual(
      only.stores.map((s) => s.findings),
      [[], [], [], [0]],
    );
    assert.deepStrictEqual(
      only.timeline.map((t) => t.findings),
      [[], [], [], []],
    );
    assert.deepStrictEqual(map.stores[3].findings.length, 1, 'withFindings leaves the map it was given as it was');
  });

  it("is the same from the language server's kept analysis as from a lint", () => {
    const doc = parseDocument(TEXT_2020);
    const result = lintDocument(doc, { today: '2026-01-01' });
    assert.deepStrictEqual(documentDataMap(doc, result.edition, result.diagnostics), mapOf(TEXT_2020));
  });

  it("from the language server's kept analysis, takes the lint's rule options as that lint does", () => {
    const options: LintOptions = { ruleOptions: { 'retention/audit-logs': { maxDays: 180 } }, today: '2026-01-01' };
    const doc = parseDocument(TEXT_2020);
    const result = lintDocument(doc, options);
    const map = documentDataMap(doc, result.edition, result.diagnostics, options.ruleOptions);
    assert.deepStrictEqual(map, mapOf(TEXT_2020, options));
    assert.deepStrictEqual([entry(map, 'retention.auditLogs').limitDays, entry(map, 'retention.auditLogs').policyLimitDays], [180, 365]);
  });

  it('reads only valid values: a document that is not an object gives an empty map', () => {
    for (const text of ['', '[]', '{ "stores": 3, "retention": "long" }']) {
      const map = mapOf(text);
      assert.deepStrictEqual([map.stores, map.elected, map.home, map.migration], [[], undefined, undefined, undefined], text);
      assert.deepStrictEqual(
        map.timeline.map((t) => t.days),
        [undefined, undefined, undefined, undefined],
        text,
      );
    }
  });
});
