import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { brief, ensureBuilt, expectGolden, lintJson, removeTemporaryFolders, runCli, SAMPLES, temporaryFolder, writeTree } from './helpers';

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** Fixable in one pass: audit logs over a year, and a marketing purpose. */
const FIXABLE = [
  '{',
  '  // retention: ask the DPO before changing',
  '  "tenant": { "id": "7c0e2a55-1f3b-4c8d-9e6a-2b4d6f8a0c1e", "signupCountry": "FR" },',
  '  "residency": { "geography": "europe" },',
  '  "stores": [],',
  '  "retention": { "auditLogs": 400 },',
  '  "deletion": { "active": { "enabled": true, "purgeWithinDays": 30 }, "passive": { "enabled": true, "purgeWithinDays": 30 } },',
  '  "processing": { "isoCertified": true, "purposes": ["support", "marketing"] }',
  '}',
  '',
];
const FIXED = FIXABLE.join('\n').replace('400', '365').replace('["support", "marketing"]', '["support"]');

describe('privacy-lint --fix', () => {
  let folder: string;
  beforeEach(() => {
    ensureBuilt();
    folder = temporaryFolder();
  });
  after(removeTemporaryFolders);

  const copySample = (name: string) => {
    const file = path.join(folder, name);
    fs.copyFileSync(path.join(SAMPLES, name), file);
    return file;
  };

  it('fixes the samples to the golden text, keeping comments, then reports what is left', () => {
    const contoso = copySample('contoso.privacy.jsonc');
    const northwind = copySample('northwind.privacy.jsonc');
    const { run, entries } = lintJson(['--fix', 'contoso.privacy.jsonc', 'northwind.privacy.jsonc'], { cwd: folder });
    assert.strictEqual(run.status, 1, run.stderr);
    const fixedContoso = fs.readFileSync(contoso, 'utf8');
    expectGolden('fix/contoso.fixed.privacy.jsonc', fixedContoso);
    expectGolden('fix/northwind.fixed.privacy.jsonc', fs.readFileSync(northwind, 'utf8'));
    assert.ok(fixedContoso.includes('// Move Customer Data at rest to the new German datacenter geography.'));
    assert.ok(fixedContoso.includes('// privacy-lint-disable-next-line residency/store-geography -- disaster-recovery replica'));
    // Only what has no preferred fix is left.
    assert.deepStrictEqual(entries[0].diagnostics.map(brief), [
      'schema/unknown-property ["tenant","displayName"] 7:4-7:17',
      'migration/feature-availability ["residency","migration"] 14:17-21:5',
      'residency/store-geography ["stores",3,"geography"] 28:71-28:85',
    ]);
    assert.deepStrictEqual(
      entries[1].diagnostics.map((d) => d.rule),
      ['migration/edition', 'storage/approved-kind', 'processing/iso'],
    );
  });

  it('reaches a fixpoint: a second --fix changes nothing', () => {
    const file = copySample('contoso.privacy.jsonc');
    const first = runCli(['--fix', '--format', 'json', file]);
    const afterFirst = fs.readFileSync(file);
    const inode = fs.statSync(file).ino;
    const second = runCli(['--fix', '--format', 'json', file]);
    assert.deepStrictEqual(fs.readFileSync(file), afterFirst);
    assert.strictEqual(fs.statSync(file).ino, inode, 'a file whose text does not change is not rewritten');
    assert.strictEqual(second.stdout, first.stdout);
  });

  it('keeps the mode, replaces atomically and leaves no temporary file', () => {
    const file = path.join(folder, 'mode.privacy.jsonc');
    fs.writeFileSync(file, FIXABLE.join('\n'));
    fs.chmodSync(file, 0o640);
    assert.strictEqual(runCli(['--fix', file]).status, 0);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), FIXED);
    assert.strictEqual(fs.statSync(file).mode & 0o777, 0o640);
    assert.deepStrictEqual(fs.readdirSync(folder), ['mode.privacy.jsonc']);
  });

  it('keeps a byte order mark', () => {
    const file = path.join(folder, 'bom.privacy.json');
    fs.writeFileSync(file, Buffer.concat([BOM, Buffer.from(FIXABLE.join('\n'))]));
    const before = lintJson([file]).entries[0].diagnostics.map(brief);
    assert.deepStrictEqual(
      before,
      ['retention/audit-logs ["retention","auditLogs"] 5:30-5:33', 'processing/purpose ["processing","purposes",1] 7:64-7:75'],
      'positions do not count the BOM',
    );
    assert.strictEqual(runCli(['--fix', file]).status, 0);
    assert.deepStrictEqual(fs.readFileSync(file), Buffer.concat([BOM, Buffer.from(FIXED)]));
  });

  it('keeps CRLF line ends', () => {
    const file = path.join(folder, 'crlf.privacy.json');
    fs.writeFileSync(file, FIXABLE.join('\r\n'));
    assert.strictEqual(runCli(['--fix', file]).status, 0);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), FIXED.split('\n').join('\r\n'));
  });

  it('never touches a file that is not UTF-8', () => {
    const file = path.join(folder, 'latin1.privacy.json');
    const bytes = Buffer.from(FIXABLE.join('\n').replace('support', 'supp\xf6rt'), 'latin1');
    fs.writeFileSync(file, bytes);
    const run = runCli(['--fix', file]);
    assert.strictEqual(run.status, 2);
    assert.strictEqual(run.stderr, `privacy-lint: ${file}: not valid UTF-8\n`);
    assert.deepStrictEqual(fs.readFileSync(file), bytes);
  });

  it('leaves a file with syntax errors alone', () => {
    const file = path.join(folder, 'broken.privacy.json');
    const text = FIXABLE.join('\n').replace('"stores": [],', '"stores": [');
    fs.writeFileSync(file, text);
    const { run, entries } = lintJson(['--fix', file]);
    assert.strictEqual(run.status, 1);
    assert.ok(entries[0].diagnostics.some((d) => d.rule === 'syntax'));
    assert.strictEqual(fs.readFileSync(file, 'utf8'), text);
  });

  it('writes through a symlink whose target lies in a folder given: the link stays a link and its target is fixed', () => {
    writeTree(folder, { 'real/target.privacy.json': FIXABLE.join('\n') });
    const link = path.join(folder, 'link.privacy.json');
    fs.symlinkSync(path.join(folder, 'real', 'target.privacy.json'), link);
    // Named alone, the link leads out of what was given: linted, not written (test/cli/untrusted.test.ts).
    assert.strictEqual(runCli(['--fix', link, path.join(folder, 'real')]).status, 0);
    assert.ok(fs.lstatSync(link).isSymbolicLink());
    assert.strictEqual(fs.readFileSync(path.join(folder, 'real', 'target.privacy.json'), 'utf8'), FIXED);
  });
});
