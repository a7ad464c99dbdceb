/**
 * The format check (format/check.ts) at the places the mutation run found unpinned: the
 * suggestions for an unknown key in an object with a repeated key and in one of more than 16
 * properties, a duration too large to be a number, a repeated value in an array that may repeat
 * values, and when checking again in place (recheck, recheckElements) gives up, keeps the
 * analysis as it is, or checks again.
 */
import * as assert from 'assert';
import { lint, parseDocument } from '../../../server/src/engine';
import { checkFormat, type FormatAnalysis } from '../../../server/src/engine/format/check';
import { recheck, recheckElements } from '../../../server/src/engine/parsing/recheck';
import { configText } from '../helpers/config';

const TODAY = '2026-11-23';
const ALLOWED_TOP = 'Allowed here: "$schema", "policyEdition", "tenant", "residency", "stores", "retention", "deletion", "processing", "restrictProcessing".';

/** Diagnostics of one rule as [path, the text they cover, message, fix titles]. */
function of(rule: string, text: string) {
  return lint(text, { today: TODAY })
    .diagnostics.filter((d) => d.rule === rule)
    .map((d) => [d.path, text.slice(d.offset, d.offset + d.length), d.message, d.fixes.map((f) => f.title)]);
}

describe('format check: suggestions for an unknown key', () => {
  it('in an object with a repeated key: a key the object lacks is suggested', () => {
    const text = '{ "tenant": {}, "tenant": {}, "stors": 1 }';
    assert.deepStrictEqual(of('schema/unknown-property', text), [
      [['stors'], '"stors"', `Unknown property "stors". Did you mean "stores"? ${ALLOWED_TOP}`, ['Rename to "stores"']],
    ]);
  });

  it('in an object of more than 16 properties: a key the object lacks is suggested, one it has is not', () => {
    const many = Array.from({ length: 17 }, (_, i) => `"k${i}": ${i}`).join(', ');
    const text = `{ ${many}, "tenant": {}, "stors": 1, "tenat": 2 }`;
    assert.deepStrictEqual(
      of('schema/unknown-property', text).filter(([path]) => !String(path).startsWith('k')),
      [
        [['stors'], '"stors"', `Unknown property "stors". Did you mean "stores"? ${ALLOWED_TOP}`, ['Rename to "stores"']],
        [['tenat'], '"tenat"', `Unknown property "tenat". ${ALLOWED_TOP}`, []],
      ],
    );
  });
  it('in an object that has every known key: no suggestion at all', () => {
    const text = configText('2020-09', (c) => {
      c.stores[0].note = 1;
    });
    assert.deepStrictEqual(of('schema/unknown-property', text), [
      [['stores', 0, 'note'], '"note"', 'Unknown property "note". Allowed here: "id", "kind", "geography", "data".', []],
    ]);
  });
});

describe('format check: values at their edges', () => {
  it('a duration too large for a number is shown as JavaScript reads it', () => {
    const text = configText('2020-09').replace('"auditLogs": 365', '"auditLogs": 1e999');
    assert.deepStrictEqual(of('schema/type', text), [
      [
        ['retention', 'auditLogs'],
        '1e999',
        '`retention.auditLogs` is Infinity, which is not a duration: a whole number of days >= 0, or an ISO 8601 duration such as "P30D", "P4W", "P12M" or "P1Y".',
        [],
      ],
    ]);
  });

  it('an array that may repeat values (restrictProcessing.steps): a suggestion the array already holds is kept', () => {
    const text = configText('2020-09', (c) => {
      c.restrictProcessing.steps = ['export', 'delete', 'delet'];
    });
    assert.deepStrictEqual(of('schema/type', text), [
      [['restrictProcessing', 'steps', 2], '"delet"', '`restrictProcessing.steps[2]` is "delet"; allowed: "export", "delete".', ['Change to "delete"']],
    ]);
  });
});

/** The value of a property of an object node, by key. */
const valueOf = (object: any, key: string): any => object.children.find((p: any) => p.children[0].value === key).children[1];

describe('format check: checking again in place, when it gives up', () => {
  const base = configText('2020-09', (c) => {
    c.extra = { note: 1, list: [1, 2] };
    c.retention.auditLogs = 400;
  });
  const analysed = () => {
    const doc = parseDocument(base);
    return { root: doc.root as any, analysis: checkFormat(doc.root, '2020-09') };
  };
  /** A value node of another parse of the same text: not in the analysed tree. */
  const elsewhere = () => parseDocument(base).root as any;

  it('no analysed root, or a replacement with no parent: undefined (a whole check)', () => {
    const { root, analysis } = analysed();
    const none: FormatAnalysis = { root: undefined, findings: [] };
    const retention = valueOf(root, 'retention');
    assert.strictEqual(recheck(none, valueOf(retention, 'auditLogs'), valueOf(valueOf(elsewhere(), 'retention'), 'auditLogs'), '2020-09'), undefined);
    assert.strictEqual(recheck(analysis, root, elsewhere(), '2020-09'), undefined);
  });

  it('a replacement whose object is not in the analysed tree: undefined', () => {
    const { root, analysis } = analysed();
    const other = valueOf(valueOf(elsewhere(), 'retention'), 'auditLogs');
    assert.strictEqual(recheck(analysis, valueOf(valueOf(root, 'retention'), 'auditLogs'), other, '2020-09'), undefined);
  });

  it('inside an unknown property: the analysis as it is (nothing there was checked)', () => {
    const { root, analysis } = analysed();
    const extra = valueOf(root, 'extra');
    const note = valueOf(extra, 'note');
    assert.strictEqual(recheck(analysis, note, note, '2020-09'), analysis);
  });

  it('the value of an earlier occurrence of a repeated key: the analysis as it is', () => {
    const text = base.replace('"auditLogs": 400', '"auditLogs": "x", "auditLogs": 400');
    const root = parseDocument(text).root as any;
    const analysis = checkFormat(root, '2020-09');
    const first = root.children.find((p: any) => p.children[0].value === 'retention').children[1].children.find((p: any) => p.children[0].value === 'auditLogs')
      .children[1];
    assert.strictEqual(first.value, 'x');
    assert.strictEqual(recheck(analysis, first, first, '2020-09'), analysis);
  });

  it('a known value checked again: a new analysis with the same findings', () => {
    const { root, analysis } = analysed();
    const before = analysis.findings.length;
    const audit = valueOf(valueOf(root, 'retention'), 'auditLogs');
    const after = recheck(analysis, audit, audit, '2020-09');
    assert.notStrictEqual(after, analysis);
    assert.strictEqual(after!.root, analysis.root);
    assert.strictEqual(after!.findings.length, before);
  });

  describe('array elements', () => {
    it('no analysed root, nothing replaced or nothing replacing: undefined', () => {
      const { root, analysis } = analysed();
      const stores = valueOf(root, 'stores');
      const [a, b] = stores.children;
      assert.strictEqual(recheckElements({ root: undefined, findings: [] }, stores, [a], [b], '2020-09'), undefined);
      assert.strictEqual(recheckElements(analysis, stores, [], [b], '2020-09'), undefined);
      assert.strictEqual(recheckElements(analysis, stores, [a], [], '2020-09'), undefined);
    });

    it('an array not in the analysed tree: undefined', () => {
      const { analysis } = analysed();
      const stores = valueOf(elsewhere(), 'stores');
      assert.strictEqual(recheckElements(analysis, stores, [stores.children[0]], [stores.children[0]], '2020-09'), undefined);
    });

    it('an array inside an unknown property: the analysis as it is', () => {
      const { root, analysis } = analysed();
      const list = valueOf(valueOf(root, 'extra'), 'list');
      assert.strictEqual(recheckElements(analysis, list, [list.children[0]], [list.children[0]], '2020-09'), analysis);
    });

    it('not an array, or a distinct array (its repeats depend on every element): undefined', () => {
      const { root, analysis } = analysed();
      const retention = valueOf(root, 'retention');
      assert.strictEqual(recheckElements(analysis, retention, [retention.children[0]], [retention.children[0]], '2020-09'), undefined);
      const telemetry = valueOf(retention, 'telemetry');
      assert.strictEqual(recheckElements(analysis, retention, [telemetry], [telemetry], '2020-09'), undefined);
      const data = valueOf(valueOf(root, 'stores').children[0], 'data');
      assert.strictEqual(recheckElements(analysis, data, [data.children[0]], [data.children[0]], '2020-09'), undefined);
    });

    it('elements that are not consecutive, not there, or run past the end: undefined', () => {
      const { root, analysis } = analysed();
      const stores = valueOf(root, 'stores');
      const [a, b] = stores.children;
      const other = valueOf(elsewhere(), 'stores').children[0];
      assert.strictEqual(recheckElements(analysis, stores, [b, a], [b, a], '2020-09'), undefined);
      assert.strictEqual(recheckElements(analysis, stores, [other], [other], '2020-09'), undefined);
      assert.strictEqual(recheckElements(analysis, stores, [b, other], [b], '2020-09'), undefined);
    });

    it('consecutive elements checked again: a new analysis with the same findings', () => {
      const { root, analysis } = analysed();
      const before = analysis.findings.length;
      const stores = valueOf(root, 'stores');
      const after = recheckElements(analysis, stores, [...stores.children], [...stores.children], '2020-09');
      assert.notStrictEqual(after, analysis);
      assert.strictEqual(after!.findings.length, before);
    });
  });
});

/** The findings of an analysis as `kind path`, in their order. */
const listed = (analysis: FormatAnalysis | undefined) =>
  analysis!.findings.map((f) => {
    const path = 'path' in f ? f.path : f.kind === 'missing' ? [...f.parent.path, f.key] : f.target.path;
    return `${f.kind} ${JSON.stringify(path)}`;
  });

describe('format check: checking again in place, what it gives', () => {
  const invalid = (c: any) => {
    c.tenant.id = '';
    c.tenant.subscription = 'x';
    c.retention.telemetry = 'P1X';
    c.processing.isoCertified = 'yes';
    c.processing.purposes = [1];
  };

  it('a value that had no finding and now has one: its finding comes in document order, after those before it', () => {
    const a = parseDocument(configText('2020-09', invalid)).root as any;
    const analysis = checkFormat(a, '2020-09');
    assert.deepStrictEqual(listed(analysis), [
      'type ["tenant","id"]',
      'type ["tenant","subscription"]',
      'type ["retention","telemetry"]',
      'type ["processing","isoCertified"]',
      'type ["processing","purposes",0]',
    ]);
    // The same text with a long invalid audit log retention: its value node put in place of the valid one, as reparse does.
    const b = parseDocument(
      configText('2020-09', (c) => {
        invalid(c);
        c.retention.auditLogs = 'x'.repeat(60);
      }),
    ).root as any;
    const old = valueOf(valueOf(a, 'retention'), 'auditLogs');
    const by = valueOf(valueOf(b, 'retention'), 'auditLogs');
    assert.strictEqual(by.offset, old.offset);
    const property = old.parent;
    by.parent = property;
    property.children[1] = by;
    assert.deepStrictEqual(listed(recheck(analysis, old, by, '2020-09')), [
      'type ["tenant","id"]',
      'type ["tenant","subscription"]',
      'type ["retention","telemetry"]',
      'type ["retention","auditLogs"]',
      'type ["processing","isoCertified"]',
      'type ["processing","purposes",0]',
    ]);
  });

  it('elements replaced by more elements: the findings of the elements after them take their new index', () => {
    const root = parseDocument(
      configText('2020-09', (c) => {
        c.stores[1].kind = 'sqlazure';
      }),
    ).root as any;
    const analysis = checkFormat(root, '2020-09');
    assert.deepStrictEqual(listed(analysis), ['type ["stores",1,"kind"]']);
    const stores = valueOf(root, 'stores');
    const fresh = valueOf(parseDocument(configText('2020-09')).root, 'stores').children;
    assert.deepStrictEqual(listed(recheckElements(analysis, stores, [stores.children[0]], [fresh[0], fresh[1]], '2020-09')), ['type ["stores",2,"kind"]']);
  });

  it('elements replaced by fewer: the findings after them move back', () => {
    const root = parseDocument(
      configText('2020-09', (c) => {
        c.stores.push({ id: 'x', kind: 'sqlazure', geography: 'germany', data: ['service'] });
      }),
    ).root as any;
    const analysis = checkFormat(root, '2020-09');
    assert.deepStrictEqual(listed(analysis), ['type ["stores",2,"kind"]']);
    const stores = valueOf(root, 'stores');
    const fresh = valueOf(parseDocument(configText('2020-09')).root, 'stores').children;
    assert.deepStrictEqual(listed(recheckElements(analysis, stores, [stores.children[0], stores.children[1]], [fresh[0]], '2020-09')), [
      'type ["stores",1,"kind"]',
    ]);
  });

  it('inside a value of the wrong type (nothing in it was checked): the analysis as it is', () => {
    const text = configText('2020-09').replace(/"retention": \{[^}]*\}/, '"retention": [{ "auditLogs": 1 }]');
    const root = parseDocument(text).root as any;
    const analysis = checkFormat(root, '2020-09');
    const audit = valueOf(valueOf(root, 'retention').children[0], 'auditLogs');
    assert.strictEqual(recheck(analysis, audit, audit, '2020-09'), analysis);
  });

  it('an array inside an earlier occurrence of a repeated key: the analysis as it is', () => {
    const text = configText('2020-09').replace('"stores": [', '"stores": [1, 2], "stores": [');
    const root = parseDocument(text).root as any;
    const analysis = checkFormat(root, '2020-09');
    const first = root.children.find((p: any) => p.children[0].value === 'stores').children[1];
    assert.deepStrictEqual(
      first.children.map((n: any) => n.value),
      [1, 2],
    );
    assert.strictEqual(recheckElements(analysis, first, [first.children[0]], [first.children[0]], '2020-09'), analysis);
  });
});

describe('format check: a checked value by key (Checked.prop)', () => {
  it('a known property of a valid object; none for an unknown key or for an array', () => {
    const root = checkFormat(parseDocument(configText('2020-09')).root, '2020-09').root!;
    assert.strictEqual(root.prop('retention')!.prop('auditLogs')!.value, 365);
    assert.strictEqual(root.prop('nope'), undefined);
    assert.strictEqual(root.prop('stores')!.prop('id'), undefined);
  });

  it('a property of another edition checked again in place stays not valid (its edition rule reports it)', () => {
    const text = configText('2018-05', (c) => {
      c.residency.migration = { targetGeography: 'germany' };
    });
    const root = parseDocument(text).root as any;
    const analysis = checkFormat(root, '2018-05');
    assert.strictEqual(analysis.root!.prop('residency')!.prop('migration')!.valid, false);
    const migration = valueOf(valueOf(root, 'residency'), 'migration');
    const after = recheck(analysis, migration, migration, '2018-05');
    assert.notStrictEqual(after, analysis);
    assert.strictEqual(after!.root!.prop('residency')!.prop('migration')!.valid, false);
  });
});

describe('format check: a value checked again takes the place of its old findings', () => {
  /** `text` analysed, then its audit log retention replaced by that of `next` (same offsets before it), as reparse does. */
  function replaceAudit(text: string, next: string) {
    const a = parseDocument(text).root as any;
    const analysis = checkFormat(a, '2020-09');
    const before = listed(analysis);
    const old = valueOf(valueOf(a, 'retention'), 'auditLogs');
    const by = valueOf(valueOf(parseDocument(next).root, 'retention'), 'auditLogs');
    assert.strictEqual(by.offset, old.offset);
    by.parent = old.parent;
    old.parent.children[1] = by;
    return { before, after: listed(recheck(analysis, old, by, '2020-09')) };
  }
  const config = (audit: unknown, tenantId = 'contoso') =>
    configText('2020-09', (c) => {
      delete c.deletion;
      c.tenant.id = tenantId;
      c.retention.auditLogs = audit;
    });

  it('where the old finding was, before a missing property of the root (found at the end of the walk)', () => {
    assert.deepStrictEqual(replaceAudit(config('x', ''), config('yy', '')), {
      before: ['type ["tenant","id"]', 'type ["retention","auditLogs"]', 'missing ["deletion"]'],
      after: ['type ["tenant","id"]', 'type ["retention","auditLogs"]', 'missing ["deletion"]'],
    });
  });

  it('the first finding replaced: still first', () => {
    assert.deepStrictEqual(replaceAudit(config('x'), config('yy')), {
      before: ['type ["retention","auditLogs"]', 'missing ["deletion"]'],
      after: ['type ["retention","auditLogs"]', 'missing ["deletion"]'],
    });
  });

  it('a finding that goes away: the others stay in their order', () => {
    assert.deepStrictEqual(replaceAudit(config('x', ''), config(365, '')).after, ['type ["tenant","id"]', 'missing ["deletion"]']);
  });
});
