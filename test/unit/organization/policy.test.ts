import * as assert from 'assert';
import { lint } from '../../../server/src/engine';
import { brief, clean, lintWith, onePolicy, settingsOf } from '../helpers/organization';

describe('organization policy: policies (SPEC section 10)', () => {
  describe('schema keywords, each passing and failing', () => {
    // [keyword, schema, a value that passes, a value that fails]
    const cases: [string, unknown, unknown, unknown][] = [
      ['type', { type: 'string' }, 'x', 1],
      ['type (array of types)', { type: ['string', 'null'] }, null, true],
      ['type integer takes 1.0 (mathematically integral)', { type: 'integer' }, 1.0, 1.5],
      ['enum', { enum: ['a', 1, { b: [2] }] }, { b: [2] }, 'c'],
      ['const (numbers by value, objects whatever the key order)', { const: { a: 1, b: 2 } }, { b: 2.0, a: 1 }, { a: 1 }],
      ['pattern (unanchored search)', { pattern: '^eu-[a-z]+$' }, 'eu-west', 'us-east'],
      ['minimum', { minimum: 2 }, 2, 1],
      ['maximum', { maximum: 2 }, 2, 3],
      ['exclusiveMinimum', { exclusiveMinimum: 2 }, 3, 2],
      ['exclusiveMaximum', { exclusiveMaximum: 2 }, 1, 2],
      ['minLength (code points)', { minLength: 2 }, '😀😀', '😀'],
      ['maxLength (code points)', { maxLength: 1 }, '😀', 'ab'],
      ['minItems', { minItems: 1 }, [1], []],
      ['maxItems', { maxItems: 1 }, [1], [1, 2]],
      [
        'uniqueItems (deep equality)',
        { uniqueItems: true },
        [{ a: 1 }, { a: 2 }],
        [
          { a: 1, b: 2 },
          { b: 2, a: 1 },
        ],
      ],
      ['items', { items: { type: 'number' } }, [1, 2], [1, 'x']],
      ['contains', { contains: { const: 'x' } }, ['a', 'x'], ['a']],
      ['properties', { properties: { a: { type: 'number' } } }, { a: 1, b: 'x' }, { a: 'x' }],
      ['required', { required: ['a'] }, { a: null }, { b: 1 }],
      ['additionalProperties false', { properties: { a: true }, additionalProperties: false }, { a: 1 }, { a: 1, b: 2 }],
      ['not', { not: { type: 'string' } }, 1, 'x'],
      ['allOf', { allOf: [{ minimum: 1 }, { maximum: 3 }] }, 2, 4],
      ['anyOf', { anyOf: [{ type: 'string' }, { type: 'null' }] }, null, 1],
      ['oneOf', { oneOf: [{ minimum: 1 }, { maximum: 3 }] }, 5, 2],
      ['if/then/else', { if: { type: 'string' }, then: { minLength: 2 }, else: { minimum: 10 } }, 'ab', 5],
      ['boolean schema false', false, undefined, 1],
      ['annotations are ignored', { title: 't', description: 'd', $comment: 'c', examples: [1], default: 2, type: 'number' }, 1, 'x'],
    ];
    for (const [name, schema, passing, failing] of cases) {
      it(name, () => {
        const settings = onePolicy('$.custom.value', schema);
        const config = clean();
        if (passing !== undefined) {
          config.custom = { value: passing };
          assert.deepStrictEqual(lintWith(config, settings, 'acme/check'), [], 'passes');
        }
        config.custom = { value: failing };
        const found = lintWith(config, settings, 'acme/check');
        assert.strictEqual(found.length, 1, 'fails');
        assert.deepStrictEqual(found[0].path, ['custom', 'value']);
        assert.strictEqual(found[0].message, 'Acme says no.');
      });
    }
  });

  describe('given: every path form', () => {
    const text = [
      '{', //                                                     0
      '  "policyEdition": "2020-09",', //                          1
      '  "stores": [', //                                          2
      '    { "id": "a", "geography": "europe" },', //              3
      '    { "id": "b", "geography": "northAmerica" }', //         4
      '  ],', //                                                   5
      '  "x-extra": { "k1": 1, "k2": "two", "weird key": 3 }', //  6
      '}',
    ].join('\n');
    const found = (given: string, schema: unknown) => lintWith(text, onePolicy(given, schema), 'acme/check').map(brief);
    it('$ alone: the document', () => {
      assert.deepStrictEqual(found('$', { required: ['tenant'] }), ['acme/check [] 0:0-7:1']);
    });
    it('.NAME and [N]', () => {
      assert.deepStrictEqual(found('$.stores[1].geography', { const: 'europe' }), ['acme/check ["stores",1,"geography"] 4:30-4:44']);
    });
    it('["NAME"] (any key, escapes as in JSON)', () => {
      assert.deepStrictEqual(found('$["x-extra"]["weird key"]', { maximum: 2 }), ['acme/check ["x-extra","weird key"] 6:50-6:51']);
    });
    it('[*] on an array', () => {
      assert.deepStrictEqual(found('$.stores[*].geography', { const: 'europe' }), ['acme/check ["stores",1,"geography"] 4:30-4:44']);
    });
    it('.* on an object (every property value), and inside unknown properties', () => {
      assert.deepStrictEqual(found('$["x-extra"].*', { type: 'number' }), ['acme/check ["x-extra","k2"] 6:30-6:35']);
    });
    it('[*] on an object, .* on an array', () => {
      assert.deepStrictEqual(found('$.x-extra[*]', { type: 'string' }), [
        'acme/check ["x-extra","k1"] 6:21-6:22',
        'acme/check ["x-extra","weird key"] 6:50-6:51',
      ]);
      assert.deepStrictEqual(found('$.stores.*.id', { const: 'a' }), ['acme/check ["stores",1,"id"] 4:12-4:15']);
    });
    it('a path that matches nothing reports nothing (to require a property, give its parent and "required")', () => {
      assert.deepStrictEqual(found('$.nowhere[*].deeper', false), []);
      assert.deepStrictEqual(found('$.stores[7]', false), []);
      assert.deepStrictEqual(found('$.stores[*]', { required: ['kind'] }), ['acme/check ["stores",0] 3:4-3:40', 'acme/check ["stores",1] 4:4-4:46']);
    });
  });

  describe('the document as JSON.parse reads it', () => {
    it('the last of duplicate keys counts (path and range of the last)', () => {
      const text = '{ "custom": { "v": 1, "v": "x" } }';
      assert.deepStrictEqual(lintWith(text, onePolicy('$.custom.v', { type: 'number' }), 'acme/check').map(brief), ['acme/check ["custom","v"] 0:27-0:30']);
      assert.deepStrictEqual(lintWith(text.replace('"x"', '2'), onePolicy('$.custom.v', { type: 'number' }), 'acme/check'), []);
    });
    it('values a built-in rule finds invalid are evaluated too', () => {
      const config = clean();
      config.retention.auditLogs = 'forever';
      const found = lintWith(config, onePolicy('$.retention.auditLogs', { type: 'number' }));
      assert.ok(found.some((d) => d.rule === 'schema/type'));
      assert.deepStrictEqual(
        found.filter((d) => d.rule === 'acme/check').map((d) => d.path),
        [['retention', 'auditLogs']],
      );
    });
    it('a "__proto__" key is a key like any other', () => {
      const settings = settingsOf(
        '{ "policies": [{ "id": "acme/check", "message": "m", "given": "$.custom", "schema": { "required": ["__proto__"], "properties": { "__proto__": { "maximum": 4 } } } }] }',
      );
      assert.deepStrictEqual(
        lintWith('{ "custom": { "__proto__": 5 } }', settings, 'acme/check').map((d) => d.path),
        [['custom']],
      );
      assert.deepStrictEqual(lintWith('{ "custom": { "__proto__": 4 } }', settings, 'acme/check'), []);
    });
    it('a file with syntax errors is skipped (comments and trailing commas are not errors)', () => {
      const settings = onePolicy('$', false);
      assert.deepStrictEqual(lintWith('{ "a": 1, // c\n }', settings, 'acme/check').length, 1);
      assert.deepStrictEqual(lintWith('{ "a": 1 "b": 2 }', settings, 'acme/check'), []);
    });
  });

  describe('a rule like any other', () => {
    const settings = settingsOf({
      rules: { 'acme/eu': 'warning' },
      policies: [
        { id: 'acme/eu', message: 'EU only.', given: '$.stores[*].geography', schema: { enum: ['germany', 'europe'] }, docs: 'https://acme.example/eu' },
        { id: 'acme/old', message: 'Old only.', given: '$', schema: false, editions: ['2018-05'], severity: 'hint' },
      ],
    });
    it('severity: the policy\'s own, overridden in "rules"; "off" turns it off', () => {
      const found = lintWith(clean(), settings);
      assert.deepStrictEqual(
        found.filter((d) => d.rule.startsWith('acme/')).map((d) => `${d.rule}:${d.severity}`),
        ['acme/eu:warning'],
      );
      const off = lintWith(clean(), settings, 'acme/eu', { rules: { 'acme/eu': 'off' } });
      assert.deepStrictEqual(off, []);
    });
    it("editions: only in the file's effective edition", () => {
      const old = clean();
      old.policyEdition = '2018-05';
      assert.deepStrictEqual(
        lintWith(old, settings, 'acme/old').map((d) => d.severity),
        ['hint'],
      );
      delete old.policyEdition;
      assert.deepStrictEqual(lintWith(old, settings, 'acme/old'), [], 'the default edition is 2020-09');
      assert.deepStrictEqual(lintWith(old, settings, 'acme/old', { defaultEdition: '2018-05' }).length, 1, 'the settings or --edition default counts');
    });
    it('disable comments suppress it (with reason and expiry), and suppression/unused knows it', () => {
      const lines = JSON.stringify(clean(), null, 2).split('\n');
      const at = lines.findIndex((l) => l.includes('northAmerica'));
      lines.splice(at, 0, '    // privacy-lint-disable-next-line acme/eu -- approved by the DPO; expires 2027-01-01');
      const withComment = lines.join('\n');
      const suppressed = lintWith(withComment, settings).filter((d) => d.rule === 'acme/eu');
      assert.strictEqual(suppressed.length, 1);
      assert.deepStrictEqual(suppressed[0].suppression, { kind: 'inSource', justification: 'approved by the DPO; expires 2027-01-01' });
      const expired = lintWith(withComment, settings, undefined, { today: '2027-01-02' });
      assert.ok(
        expired.some((d) => d.rule === 'acme/eu' && !d.suppression),
        'expired: reported again',
      );
      assert.ok(expired.some((d) => d.rule === 'suppression/expired'));
      const unused = lintWith(withComment.replace('"northAmerica"', '"germany"'), settings);
      assert.deepStrictEqual(unused.filter((d) => d.rule === 'suppression/unused').length, 1);
    });
    it('without policies or options, a lint is exactly the built-in one', () => {
      const text = JSON.stringify(clean(), null, 2).replace('"P', '"X');
      assert.deepStrictEqual(lint(text, { today: '2026-01-01' }), lint(text, { today: '2026-01-01', policies: [], ruleOptions: {} }));
    });
  });
});
