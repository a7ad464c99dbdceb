import * as assert from 'assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { cleanConfig, ensureBuilt, lintJson, removeTemporaryFolders, runCli, temporaryFolder, writeTree } from './helpers';

/** The organization's policy (SPEC section 10) in every CLI output, and settings that fail closed (SPEC section 6). */
describe('privacy-lint: organization policy', () => {
  let folder: string;
  const SETTINGS = JSON.stringify(
    {
      rules: { 'retention/audit-logs': ['error', { maxDays: 180 }] },
      policies: [
        {
          id: 'acme/eu-only',
          message: 'Acme keeps Customer Data in the EU.',
          given: '$.stores[*].geography',
          schema: { enum: ['europe', 'germany'] },
          docs: 'https://privacy.acme.example/eu-only',
        },
        { id: 'acme/no-docs', message: 'A tenant id is a GUID.', given: '$.tenant.id', schema: { pattern: '^[0-9a-f-]{36}$' } },
      ],
    },
    null,
    2,
  );
  before(() => {
    ensureBuilt();
    folder = temporaryFolder();
    writeTree(folder, {
      '.git/HEAD': '',
      'privacy-lint.config.json': SETTINGS,
      'a.privacy.json': cleanConfig(),
      'suppressed/privacy-lint.config.json': SETTINGS,
      'suppressed/b.privacy.jsonc': cleanConfig().replace(
        '"stores": [',
        '"stores": [\n    // privacy-lint-disable-next-line acme/eu-only -- legacy, decommissioned in Q3\n',
      ),
    });
  });
  after(removeTemporaryFolders);

  it('json: policy findings with their id, path and range; rule options change the limit; fingerprints as any rule', () => {
    const { run, entries } = lintJson(['a.privacy.json'], { cwd: folder });
    assert.strictEqual(run.status, 1, run.stderr);
    const rules = entries[0].diagnostics.map((d) => d.rule);
    assert.ok(rules.includes('acme/eu-only'), rules.join());
    assert.ok(rules.includes('retention/audit-logs'), 'maxDays 180 reports the 365 of the clean config');
    const policy = entries[0].diagnostics.find((d) => d.rule === 'acme/eu-only')!;
    assert.strictEqual(policy.path[0], 'stores');
    assert.strictEqual(policy.path[2], 'geography');
    assert.match((policy as unknown as { fingerprint: string }).fingerprint, /^[0-9a-f]+$/);
  });

  it('sarif: tool.driver.rules lists each policy (helpUri from docs, none without), results point at it', () => {
    const run = runCli(['--format', 'sarif', 'a.privacy.json'], { cwd: folder });
    const log = JSON.parse(run.stdout);
    const rules = log.runs[0].tool.driver.rules as { id: string; helpUri?: string; shortDescription: { text: string } }[];
    const eu = rules.findIndex((r) => r.id === 'acme/eu-only');
    assert.ok(eu > 0);
    assert.strictEqual(rules[eu].helpUri, 'https://privacy.acme.example/eu-only');
    assert.strictEqual(rules[eu].shortDescription.text, 'Acme keeps Customer Data in the EU.');
    assert.strictEqual(rules.find((r) => r.id === 'acme/no-docs')!.helpUri, undefined);
    const result = log.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'acme/eu-only');
    assert.strictEqual(result.ruleIndex, eu);
  });

  it('stylish and github name the policy; a disable comment suppresses it (listed in SARIF with its justification)', () => {
    assert.match(runCli(['a.privacy.json'], { cwd: folder }).stdout, /acme\/eu-only/);
    assert.match(runCli(['--format', 'github', 'a.privacy.json'], { cwd: folder }).stdout, /title=acme\/eu-only::Acme keeps/);
    const { entries } = lintJson(['suppressed'], { cwd: folder });
    const geographies = entries[0].diagnostics.filter((d) => d.rule === 'acme/eu-only');
    const sarif = JSON.parse(runCli(['--format', 'sarif', 'suppressed'], { cwd: folder }).stdout);
    const suppressed = sarif.runs[0].results.filter((r: { ruleId: string; suppressions?: unknown[] }) => r.ruleId === 'acme/eu-only' && r.suppressions);
    assert.strictEqual(suppressed.length, 1);
    assert.strictEqual(suppressed[0].suppressions[0].justification, 'legacy, decommissioned in Q3');
    assert.strictEqual(geographies.length, 0, 'json leaves suppressed findings out');
  });

  it("html: the data map's timeline has the organization's limit for retention/audit-logs, the published one beside it", () => {
    const run = runCli(['--format', 'html', 'a.privacy.json'], { cwd: folder });
    assert.strictEqual(run.status, 1, run.stderr);
    assert.ok(
      run.stdout.includes(
        '<tr><th scope="row">Audit log retention</th><td>365 days</td><td>180 days (organization; policy 365 days)</td><td class="bad">OVER the organization\'s limit by 185 days</td><td><span class="sev-error">error</span> <code>retention/audit-logs</code></td></tr>',
      ),
      run.stdout,
    );
    assert.ok(run.stdout.includes('<tspan class="ti">limit 180 d</tspan> (organization; policy 365 d)</text>'), 'the label in the picture');
    // The purge window has no option in these settings: the published limit, as without settings.
    assert.ok(
      run.stdout.includes('<tr><th scope="row">Active deletion: purge window</th><td>30 days</td><td>30 days</td><td>within the limit</td>'),
      'purge window row',
    );
  });

  it('baselines: a policy finding written to a baseline is not new any more', () => {
    const baseline = path.join(folder, 'baseline.txt');
    assert.strictEqual(runCli(['--write-baseline', baseline, 'a.privacy.json'], { cwd: folder }).status, 0);
    assert.match(fs.readFileSync(baseline, 'utf8'), /acme\/eu-only/);
    assert.strictEqual(runCli(['--baseline', baseline, 'a.privacy.json'], { cwd: folder }).status, 0);
  });

  it('a settings file that is a FIFO (or a link to one) is an error, never a hang: exit 2, nothing linted', function () {
    if (process.platform === 'win32') this.skip();
    const root = temporaryFolder();
    writeTree(root, {
      '.git/HEAD': '',
      'x.privacy.json': cleanConfig(),
      'link/x.privacy.json': cleanConfig(),
      'base/privacy-lint.config.json': '{ "extends": "../fifo" }',
      'base/x.privacy.json': cleanConfig(),
    });
    assert.strictEqual(spawnSync('mkfifo', [path.join(root, 'privacy-lint.config.json')]).status, 0);
    assert.strictEqual(spawnSync('mkfifo', [path.join(root, 'fifo')]).status, 0);
    fs.symlinkSync('../privacy-lint.config.json', path.join(root, 'link', 'privacy-lint.config.json'));
    for (const [target, where] of [
      ['x.privacy.json', 'privacy-lint.config.json:1:1: The settings file cannot be read: not a regular file (it is a FIFO)'],
      ['link', 'link/privacy-lint.config.json:1:1: The settings file cannot be read: not a regular file (it is a FIFO)'],
      ['base', 'base/privacy-lint.config.json:1:14: "extends" names "../fifo", which cannot be read: not a regular file (it is a FIFO)'],
    ]) {
      const run = runCli([target], { cwd: root, timeout: 20_000 });
      assert.strictEqual(run.status, 2, run.stderr);
      assert.strictEqual(run.stdout, '');
      assert.ok(run.stderr.includes(where), run.stderr);
    }
  });

  it('a settings file over 1 MiB is refused', () => {
    const root = temporaryFolder();
    writeTree(root, { '.git/HEAD': '', 'privacy-lint.config.json': `{ "edition": "2020-09" ${' '.repeat(1024 * 1024)}}`, 'x.privacy.json': cleanConfig() });
    const run = runCli(['.'], { cwd: root });
    assert.strictEqual(run.status, 2);
    assert.match(
      run.stderr,
      /privacy-lint\.config\.json:1:1: The settings file cannot be read: larger than 1 MiB, the most privacy-lint reads of such a file\./,
    );
  });
});
