import * as assert from 'assert';
import { lint, RULES } from '../../../server/src/engine';
import { baselineOf, render } from '../helpers/config';
import { positionAt, unmark } from '../helpers/locate';

/** The baselines every rule table starts from must themselves be clean. */
describe('rule test baselines', () => {
  const show = (text: string) => lint(text).diagnostics.map((d) => `${d.rule} ${JSON.stringify(d.path)} ${d.message}`);

  it('2020-09 baseline has zero diagnostics and is checked as 2020-09', () => {
    const text = render(baselineOf('2020-09'));
    assert.deepStrictEqual(show(text), []);
    assert.strictEqual(lint(text).edition, '2020-09');
  });

  it('2018-05 baseline has zero diagnostics and is checked as 2018-05', () => {
    const text = render(baselineOf('2018-05'));
    assert.deepStrictEqual(show(text), []);
    assert.strictEqual(lint(text).edition, '2018-05');
  });

  it('baseline without policyEdition has zero diagnostics and is checked as 2020-09', () => {
    const text = render(baselineOf('default'));
    assert.deepStrictEqual(show(text), []);
    assert.strictEqual(lint(text).edition, '2020-09');
  });

  it('baseline without policyEdition takes the default edition from the options', () => {
    const text = render(baselineOf('default'));
    assert.strictEqual(lint(text, { defaultEdition: '2018-05' }).edition, '2018-05');
  });

  it('migration baseline has exactly one diagnostic: migration/feature-availability', () => {
    const text = render(baselineOf('migration'));
    assert.deepStrictEqual(
      lint(text).diagnostics.map((d) => d.rule),
      ['migration/feature-availability'],
    );
  });

  it('the 2018-05 baseline with comments, trailing commas and CRLF is still clean', () => {
    const text = render(baselineOf('2018-05'))
      .replace('{\n', '{\n  // a tenant privacy config\n')
      .replace('"europe"\n  },', '"europe", /* elected */\n  },')
      .replace(/\n/g, '\r\n');
    assert.deepStrictEqual(show(text), []);
  });

  it("registers the 31 rule ids of SPEC section 4 (and no others but section 9's suppression/expired)", () => {
    const section4 = [
      'syntax',
      'schema/unknown-property',
      'schema/type',
      'schema/required',
      'schema/duplicate-key',
      'edition/unknown',
      'tenant/country-code',
      'geography/unknown',
      'stores/duplicate-id',
      'residency/store-geography',
      'residency/in-region',
      'migration/edition',
      'migration/no-local-geography',
      'migration/target',
      'migration/not-needed',
      'migration/eligibility',
      'migration/deadline',
      'migration/cost',
      'migration/feature-availability',
      'storage/approved-kind',
      'storage/telemetry-separation',
      'retention/telemetry',
      'retention/audit-logs',
      'deletion/scenario',
      'deletion/purge-window',
      'processing/iso',
      'processing/purpose',
      'restrict/steps',
      'restrict/export-scope',
      'suppression/reason',
      'suppression/unused',
    ];
    const registered = RULES.map((r) => r.meta.id);
    assert.strictEqual(new Set(registered).size, registered.length, 'rule ids are unique');
    assert.deepStrictEqual(
      section4.filter((id) => !registered.includes(id)),
      [],
      'every section 4 rule is registered',
    );
    const section9 = ['suppression/expired'];
    assert.deepStrictEqual(
      registered.filter((id) => !section4.includes(id) && !section9.includes(id)),
      [],
      'no rule beyond the SPEC',
    );
  });

  describe('test helpers', () => {
    it('positionAt counts UTF-16 code units and \\n, \\r\\n, \\r line ends', () => {
      const text = 'a😀b\r\nc\rd\ne';
      assert.deepStrictEqual(positionAt(text, 3), { line: 0, character: 3 }); // after the surrogate pair
      assert.deepStrictEqual(positionAt(text, 6), { line: 1, character: 0 });
      assert.deepStrictEqual(positionAt(text, 8), { line: 2, character: 0 });
      assert.deepStrictEqual(positionAt(text, 10), { line: 3, character: 0 });
    });

    it('unmark strips markers and returns spans', () => {
      assert.deepStrictEqual(unmark('{ «"a"»: «1» }'), {
        text: '{ "a": 1 }',
        spans: [
          { offset: 2, length: 3 },
          { offset: 7, length: 1 },
        ],
      });
    });
  });
});
