/**
 * The format check (format/check.ts) beyond the messages (rules/<area>/messages.test.ts):
 * the edition a file is checked as, the last of repeated keys, large objects and arrays (their
 * own code paths past 16 members), suggestions that would repeat a value, and checking again
 * only what an edit changed (recheck), which must give what a whole check gives: a few
 * deterministic edits here; test/unit/parsing/incremental.test.ts has thousands of random ones.
 */
import * as assert from 'assert';
import { lint, parseDocument } from '../../../server/src/engine';
import { checkFormat, editionOf, type Finding } from '../../../server/src/engine/format/check';
import { changeBetween, reparse } from '../../../server/src/engine/parsing/incremental';
import { lintDocument } from '../../../server/src/engine/lint';
import { analysisOf } from '../../../server/src/engine/parsing/analysisCache';
import { configText } from '../helpers/config';

const TODAY = '2026-11-23';

/** The findings of a text as `kind path` lines, in order. */
function findings(text: string, edition: '2018-05' | '2020-09' = '2020-09'): string[] {
  return checkFormat(parseDocument(text).root, edition).findings.map((f) => {
    const path = 'path' in f ? f.path : f.kind === 'missing' ? [...f.parent.path, f.key] : f.target.path;
    return `${f.kind} ${JSON.stringify(path)}`;
  });
}

describe('format check: the edition a file is checked as', () => {
  const root = (text: string) => parseDocument(text).root;
  const cases: [string, string, string][] = [
    ['a known edition', '{ "policyEdition": "2018-05" }', '2018-05'],
    ['the last of a repeated key', '{ "policyEdition": "2020-09", "policyEdition": "2018-05" }', '2018-05'],
    ['the last of a repeated key, even of the wrong type', '{ "policyEdition": "2018-05", "policyEdition": 1 }', 'default'],
    ['no policyEdition', '{ "tenant": {} }', 'default'],
    ['not a string', '{ "policyEdition": 2018 }', 'default'],
    ['an unknown edition: 2020-09, whatever the default', '{ "policyEdition": "2019" }', '2020-09'],
    ['a key without a value', '{ "policyEdition": }', 'default'],
    ['not an object', '["2018-05"]', 'default'],
    ['an empty object', '{}', 'default'],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => {
      assert.strictEqual(editionOf(root(text), '2018-05'), expected === 'default' ? '2018-05' : expected);
      assert.strictEqual(editionOf(root(text), '2020-09'), expected === 'default' ? '2020-09' : expected);
    });
  }
  it('no document', () => assert.strictEqual(editionOf(undefined, '2018-05'), '2018-05'));
  it('nothing to check without a root', () => assert.deepStrictEqual(checkFormat(undefined, '2020-09'), { root: undefined, findings: [] }));
});

describe('format check: repeated keys and large containers', () => {
  const many = (n: number, extra: string) => `{ ${Array.from({ length: n }, (_, i) => `"k${i}": ${i}`).join(', ')}${extra} }`;

  it('a repeated key among 17 properties (the set, not the scan): each later occurrence', () => {
    const text = many(17, ', "k3": 1, "k3": 2');
    assert.deepStrictEqual(
      findings(text).filter((f) => f.startsWith('duplicate')),
      ['duplicate-key ["k3"]', 'duplicate-key ["k3"]'],
    );
  });

  it('no repeated key among 17 properties: none', () => {
    assert.deepStrictEqual(
      findings(many(17, '')).filter((f) => f.startsWith('duplicate')),
      [],
    );
  });

  it('a repeated key in a small object, the first key repeated last', () => {
    assert.deepStrictEqual(
      findings('{ "tenant": 1, "stores": [], "tenant": {} }').filter((f) => f.startsWith('duplicate')),
      ['duplicate-key ["tenant"]'],
    );
  });

  it('the last occurrence of a known key is the one checked', () => {
    const text = configText('2020-09', () => undefined).replace('"auditLogs": 365', '"auditLogs": "x", "auditLogs": 365');
    assert.deepStrictEqual(findings(text), ['duplicate-key ["retention","auditLogs"]']);
    const bad = configText('2020-09', () => undefined).replace('"auditLogs": 365', '"auditLogs": 365, "auditLogs": "x"');
    assert.deepStrictEqual(findings(bad), ['duplicate-key ["retention","auditLogs"]', 'type ["retention","auditLogs"]']);
  });

  it('an unknown key is not suggested a key the object already has (small and with repeats)', () => {
    assert.deepStrictEqual(
      lint('{ "tenant": {}, "tenat": 1 }')
        .diagnostics.filter((d) => d.rule === 'schema/unknown-property')
        .map((d) => d.message),
      [
        'Unknown property "tenat". Allowed here: "$schema", "policyEdition", "tenant", "residency", "stores", "retention", "deletion", "processing", "restrictProcessing".',
      ],
    );
    assert.deepStrictEqual(
      lint('{ "tenant": {}, "tenat": 1, "tenat": 2 }')
        .diagnostics.filter((d) => d.rule === 'schema/unknown-property')
        .map((d) => d.message.slice(0, 40)),
      ['Unknown property "tenat". Allowed here: ', 'Unknown property "tenat". Allowed here: '],
    );
  });

  it('a repeated category among 18 (the set, not the scan): each later one, on it', () => {
    const data = ['personal', 'service', ...Array.from({ length: 16 }, (_, i) => (i % 2 ? 'personal' : 'auditLogs'))];
    const text = configText('2020-09', (c) => {
      c.stores[0].data = data;
    });
    const repeated = data.map((v, i) => (data.indexOf(v) < i ? i : -1)).filter((i) => i >= 0);
    assert.deepStrictEqual(
      findings(text),
      repeated.map((i) => `type ["stores",0,"data",${i}]`),
    );
  });

  it('a suggestion that would repeat a category already listed is dropped', () => {
    const fixes = (data: string[]) =>
      lint(
        configText('2020-09', (c) => {
          c.stores[0].data = data;
        }),
      )
        .diagnostics.filter((d) => d.rule === 'schema/type')
        .map((d) => [d.path, d.fixes.map((f) => f.title)]);
    assert.deepStrictEqual(fixes(['service', 'servic']), [[['stores', 0, 'data', 1], []]]);
    assert.deepStrictEqual(fixes(['servic', 'service']), [[['stores', 0, 'data', 0], []]]);
    assert.deepStrictEqual(fixes(['personal', 'servic']), [[['stores', 0, 'data', 1], ['Change to "service"']]]);
  });

  it('an invalid category is not counted as listed', () => {
    assert.deepStrictEqual(
      findings(
        configText('2020-09', (c) => {
          c.stores[0].data = [1, 1, 'personal'];
        }),
      ),
      ['type ["stores",0,"data",0]', 'type ["stores",0,"data",1]'],
    );
  });

  it('a migration in 2018-05 is not checked (migration/edition reports it)', () => {
    const text = configText('2018-05', (c) => {
      c.residency.migration = { targetGeography: 12 };
    });
    assert.deepStrictEqual(findings(text, '2018-05'), []);
  });

  it('nothing inside an unknown property is checked', () => {
    assert.deepStrictEqual(
      findings(
        configText('2020-09', (c) => {
          c.extra = { policyEdition: 1, tenant: 2 };
        }),
      ),
      ['unknown-property ["extra"]'],
    );
  });
});

describe('format check: checking again only what an edit changed', () => {
  const base = configText('migration', (c) => {
    c.stores.push({ id: 'third', kind: 'azureStorage', geography: 'germany', data: ['service'] });
    c.extra = { note: 1 };
  });
  /** Edits as [find, replace] on the base text (first occurrence). */
  const edits: [string, string, string, boolean][] = [
    ['a value in a store becomes invalid', '"kind": "sqlAzure"', '"kind": "sqlazure"', true],
    ['a retention value', '"auditLogs": 365', '"auditLogs": 400', true],
    ['a value becomes valid again', '"telemetry": 30', '"telemetry": "P30D"', true],
    [
      'a store inserted before others: checked as a whole',
      '    {\n      "id": "logs"',
      '    { "id": "new", "kind": "other", "geography": "mars", "data": [] },\n    {\n      "id": "logs"',
      false,
    ],
    ['an element inserted before a store (the paths after it shift)', '    {\n      "id": "logs"', '    7,\n    {\n      "id": "logs"', true],
    ['an element inserted between two stores', '},\n    {\n      "id": "third"', '}, 5, {\n      "id": "third"', true],
    [
      'a store removed',
      '    {\n      "id": "third",\n      "kind": "azureStorage",\n      "geography": "germany",\n      "data": [\n        "service"\n      ]\n    }',
      '    3',
      true,
    ],
    ['a category repeated (a distinct array)', '"service",\n        "auditLogs"', '"service",\n        "service"', true],
    ['inside an unknown property', '"note": 1', '"note": 2', true],
    ['a migration value', '"additionalCost": 0', '"additionalCost": -1', true],
    ['a key renamed', '"targetGeography"', '"targetGeografy"', true],
    ['an object emptied', '"processing": {\n    "isoCertified": true,', '"processing": {\n', true],
    ['a property added', '"auditLogs": 365', '"auditLogs": 365, "x": 1', true],
    ['a property duplicated', '"auditLogs": 365', '"auditLogs": 365, "auditLogs": 1', true],
    ['an element of purposes', '"support"', '"supprt"', true],
  ];
  for (const [name, find, replace, reused] of edits) {
    it(name, () => {
      assert.ok(base.includes(find), `test setup: ${find}`);
      const text = base.replace(find, replace);
      const previous = parseDocument(base);
      lintDocument(previous, { today: TODAY }); // analysed, as the server does before the next edit
      const change = changeBetween(base, text)!;
      const before = analysisOf(previous, '2020-09').root;
      const next = reparse(previous, text, change) ?? parseDocument(text);
      assert.deepStrictEqual(lintDocument(next, { today: TODAY }), lintDocument(parseDocument(text), { today: TODAY }));
      // Checked again in place (the previous version's checked tree carried over), or as a whole.
      assert.strictEqual(analysisOf(next, '2020-09').root === before, reused, 'the previous analysis was brought up to date');
    });
  }
});

/**
 * Many small edits at every few characters of a few documents: after each, the lint of the
 * document parsed and checked incrementally equals the lint of a whole parse and check. And how
 * many of them were checked again in place, pinned: an edit that could be checked in place but
 * is checked as a whole gives the same findings, only slower, and no other test would notice.
 */
/** Findings as what they say, in order. */
function shown(list: readonly Finding[]): string[] {
  return list.map((f) => {
    const path = 'path' in f ? f.path : f.kind === 'missing' ? [...f.parent.path, f.key] : f.target.path;
    const detail = f.kind === 'type' ? f.message : f.kind === 'missing' ? f.key : 'suggestions' in f ? JSON.stringify(f.suggestions) : '';
    return `${f.kind} ${JSON.stringify(path)} ${detail}`;
  });
}

describe('format check: edit after edit, in place and as a whole agree', () => {
  const bases: [string, string][] = [
    [
      '2020-09 with a migration and an unknown property',
      configText('migration', (c) => {
        c.stores.push({ id: 'third', kind: 'azureStorage', geography: 'germany', data: ['service', 'personal'] });
        c.extra = { note: [1, 2] };
      }),
    ],
    [
      '2018-05 with invalid values',
      configText('2018-05', (c) => {
        c.stores[0].data = ['personal', 'personal', 'servic'];
        c.stores[1].kind = 'sqlazure';
        c.residency.migration = { targetGeography: 'germany' };
        c.retention.telemetry = 'P1X';
      }),
    ],
    [
      'compact, comments, duplicates',
      '{"stores": [{"id": "a", "data": ["auditLogs"]}, {"id": "b", "geography": "europe"}, 3], /* c */ "tenant": {"id": "x", "id": ""}, "x": {"y": [1]}}',
    ],
  ];
  const FRAGMENTS = ['', '1', '"personal"', ', ', '[]'];
  for (const [name, base] of bases) {
    it(name, function () {
      this.timeout(60_000);
      let edits = 0;
      let inPlace = 0;
      const step = Math.max(1, Math.floor(base.length / 40));
      for (let at = 0; at < base.length; at += step) {
        for (let f = 0; f < FRAGMENTS.length; f++) {
          const remove = f % 3;
          const text = base.slice(0, at) + FRAGMENTS[f] + base.slice(at + remove);
          const change = changeBetween(base, text);
          if (!change) continue;
          const previous = parseDocument(base);
          const { edition } = lintDocument(previous, { today: TODAY });
          const before = analysisOf(previous, edition).root;
          const next = reparse(previous, text, change);
          if (!next) continue;
          edits++;
          const incremental = lintDocument(next, { today: TODAY });
          assert.deepStrictEqual(incremental, lintDocument(parseDocument(text), { today: TODAY }), `edit at ${at}: ${JSON.stringify(text)}`);
          // The analysis itself, the findings of a whole walk. (Their order may differ: a finding checked again
          // in place can come before the missing-property findings of its object, where a whole walk puts it
          // after them. No one sees that order: lint sorts its diagnostics.)
          const analysis = analysisOf(next, incremental.edition);
          assert.deepStrictEqual(
            shown(analysis.findings).sort(),
            shown(checkFormat(parseDocument(text).root, incremental.edition).findings).sort(),
            `findings after the edit at ${at}: ${JSON.stringify(text)}`,
          );
          if (analysis.root === before) inPlace++;
        }
      }
      assert.deepStrictEqual({ edits, inPlace }, EXPECTED_IN_PLACE[name]);
    });
  }
});

/** How many edits reparse() took, and how many of those were checked again in place (all of them, today). */
const EXPECTED_IN_PLACE: Record<string, { edits: number; inPlace: number }> = {
  '2020-09 with a migration and an unknown property': { edits: 134, inPlace: 134 },
  '2018-05 with invalid values': { edits: 132, inPlace: 132 },
  'compact, comments, duplicates': { edits: 98, inPlace: 98 },
};

/**
 * The format check keeps what it derives from the format per process (each object's known
 * keys, which are required in each edition). A check in a fresh copy of the module, where
 * nothing is derived yet, finds what the warm one finds.
 */
describe('format check: the first check in a process', () => {
  type CheckModule = typeof import('../../../server/src/engine/format/check');
  function freshCheckModule(): CheckModule {
    const id = require.resolve('../../../server/src/engine/format/check');
    const warm = require.cache[id];
    delete require.cache[id];
    try {
      return require(id) as CheckModule;
    } finally {
      if (warm) require.cache[id] = warm;
    }
  }
  const summary = (module: CheckModule, text: string, edition: '2018-05' | '2020-09') =>
    module
      .checkFormat(parseDocument(text).root, edition)
      .findings.map((f) => [f.kind, 'path' in f ? f.path : f.kind === 'missing' ? [...f.parent.path, f.key] : f.target.path]);
  const documents: [string, string, '2018-05' | '2020-09'][] = [
    ['2020-09, valid', configText('2020-09'), '2020-09'],
    [
      '2020-09, a migration missing what is required',
      configText('migration', (c) => {
        c.residency.migration = { deadline: '2028-01-01' };
        delete c.tenant.id;
      }),
      '2020-09',
    ],
    [
      '2018-05, restrictProcessing and telemetry retention missing',
      configText('2018-05', (c) => {
        delete c.restrictProcessing;
        delete c.retention.telemetry;
      }),
      '2018-05',
    ],
    [
      'empty objects everywhere',
      '{ "tenant": {}, "residency": {}, "stores": [{}], "retention": {}, "deletion": { "active": {} }, "processing": {} }',
      '2020-09',
    ],
  ];
  for (const [name, text, edition] of documents) {
    it(name, () => {
      const expected = summary(require('../../../server/src/engine/format/check') as CheckModule, text, edition);
      assert.deepStrictEqual(summary(freshCheckModule(), text, edition), expected);
      assert.ok(name.startsWith('2020-09, valid') ? expected.length === 0 : expected.length > 0, 'the document has findings, or none when valid');
    });
  }
});
