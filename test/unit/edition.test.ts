import * as assert from 'assert';
import { defaultEditionOf, lint } from '../../server/src/engine';

/** The one default-edition choice every front end makes (docs/development.md, settings precedence). */
describe('defaultEditionOf: the edition of a file without policyEdition', () => {
  it('--edition or tenantPrivacy.edition first, then the settings file, then 2020-09', () => {
    assert.deepStrictEqual(defaultEditionOf('2018-05', '2020-09'), { edition: '2018-05', source: 'setting' });
    assert.deepStrictEqual(defaultEditionOf(undefined, '2018-05'), { edition: '2018-05', source: 'settingsFile' });
    assert.deepStrictEqual(defaultEditionOf(undefined, undefined), { edition: '2020-09', source: 'default' });
  });

  it("a file's policyEdition wins over the default chosen", () => {
    const { edition } = defaultEditionOf('2018-05', undefined);
    assert.strictEqual(lint('{ "policyEdition": "2020-09" }', { defaultEdition: edition }).edition, '2020-09');
    assert.strictEqual(lint('{}', { defaultEdition: edition }).edition, '2018-05');
  });
});
