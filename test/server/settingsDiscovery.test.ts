import * as assert from 'assert';
import { readEditorSettings } from '../../server/src/lsp/editorSettings';
import { findSettingsFile } from '../../server/src/lsp/settingsFile';
import { workspace } from './lspClient';

describe('server: reading settings (no transport)', () => {
  it('tenantPrivacy from any client: good values kept, bad ones reported and left at their defaults', () => {
    assert.deepStrictEqual(readEditorSettings(undefined), { settings: { enable: true, edition: 'auto', rules: {}, trace: { server: 'off' } }, problems: [] });
    const { settings, problems } = readEditorSettings({
      enable: 'yes',
      edition: '2019-01',
      rules: { 'retention/telemetry': 'warning', 'no/such-rule': 'off', 'processing/iso': 'loud' },
    });
    assert.deepStrictEqual(settings, { enable: true, edition: 'auto', rules: { 'retention/telemetry': 'warning' }, trace: { server: 'off' } });
    assert.deepStrictEqual(problems, [
      'tenantPrivacy.enable must be true or false, not "yes".',
      'tenantPrivacy.edition must be "auto", "2018-05" or "2020-09", not "2019-01".',
      'tenantPrivacy.rules: unknown rule "no/such-rule".',
      'tenantPrivacy.rules: the severity of "processing/iso" must be one of "error", "warning", "information", "hint", "off", not "loud".',
    ]);
  });

  describe('privacy-lint.config.json discovery', () => {
    const ws = workspace({
      'privacy-lint.config.json': '{ "edition": "2018-05" }',
      'repo/.git/HEAD': 'ref: refs/heads/main\n',
      'repo/folder/sub/a.privacy.json': '{}',
      'repo/folder/privacy-lint.config.json': '{ "rules": { "processing/iso": "off" } }',
      'repo/other/b.privacy.json': '{}',
    });
    after(() => ws.remove());

    it('takes the nearest file in the folder or above', async () => {
      const found = await findSettingsFile(ws.file('repo/folder/sub/a.privacy.json'), ws.root);
      assert.strictEqual(found?.path, ws.file('repo/folder/privacy-lint.config.json'));
      assert.deepStrictEqual(found?.settings, { rules: { 'processing/iso': 'off' } });
    });

    it('stops at the workspace folder', async () => {
      assert.strictEqual((await findSettingsFile(ws.file('repo/other/b.privacy.json'), ws.file('repo')))?.path, undefined);
      assert.strictEqual((await findSettingsFile(ws.file('repo/other/b.privacy.json'), ws.root))?.path, ws.file('privacy-lint.config.json'));
    });

    it('outside every workspace folder, stops at the git repository root as the CLI does', async () => {
      assert.strictEqual(await findSettingsFile(ws.file('repo/other/b.privacy.json'), undefined), undefined);
    });

    it('a broken file is found, with its problems and empty settings', async () => {
      ws.write('repo/other/privacy-lint.config.json', '{ "edition": 2018 }');
      const found = await findSettingsFile(ws.file('repo/other/b.privacy.json'), undefined);
      assert.deepStrictEqual(found?.settings, {});
      assert.match(found.problems[0].message, /"edition" must be "2018-05" or "2020-09", not 2018/);
    });
  });
});
