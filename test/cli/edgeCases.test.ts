import * as assert from 'assert';
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { brief, CLI, cleanConfig, ensureBuilt, lintJson, removeTemporaryFolders, runCli, temporaryFolder } from './helpers';

describe('privacy-lint edge cases', () => {
  let folder: string;
  before(() => {
    ensureBuilt();
    folder = temporaryFolder();
  });
  after(removeTemporaryFolders);

  it('an empty file is linted: one syntax diagnostic at 0:0', () => {
    const file = path.join(folder, 'empty.privacy.json');
    fs.writeFileSync(file, '');
    const { run, entries } = lintJson([file]);
    assert.strictEqual(run.status, 1);
    assert.deepStrictEqual(entries[0].diagnostics.map(brief), ['syntax [] 0:0-0:0']);
    const sarif = JSON.parse(runCli(['--format', 'sarif', file]).stdout);
    assert.deepStrictEqual(sarif.runs[0].results[0].locations[0].physicalLocation.region, { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 });
  });

  it('counts characters in UTF-16 code units: characters outside the BMP before a diagnostic on the same line', () => {
    const file = path.join(folder, 'astral.privacy.json');
    // Each emoji is one character for people, two UTF-16 code units, four UTF-8 bytes.
    const line = '  "tenant": { "id": "\u{1F3E2}\u{1F30D} HQ", "signupCountry": "XX" },';
    fs.writeFileSync(file, cleanConfig().replace(/^ {2}"tenant": .*$/m, line));
    const character = line.indexOf('"XX"'); // JavaScript indexes UTF-16 code units
    assert.strictEqual(character, 48, 'two code units per emoji');
    const { entries } = lintJson([file]);
    assert.deepStrictEqual(entries[0].diagnostics.map(brief), [`tenant/country-code ["tenant","signupCountry"] 1:${character}-1:${character + 4}`]);
    const sarif = JSON.parse(runCli(['--format', 'sarif', file]).stdout);
    assert.deepStrictEqual(sarif.runs[0].results[0].locations[0].physicalLocation.region, {
      startLine: 2,
      startColumn: character + 1,
      endLine: 2,
      endColumn: character + 5,
    });
    assert.match(runCli([file]).stdout, new RegExp(`^ {2}2:${character + 1} +error .* tenant/country-code$`, 'm'));
  });

  it('lints a 10 MB file', function () {
    this.timeout(120_000);
    const file = path.join(folder, 'large.privacy.json');
    const stores: string[] = [];
    let size = 0;
    for (let i = 0; size < 10 * 1024 * 1024; i++) {
      // Every 1000th store keeps personal data outside the elected geography.
      const store = `    { "id": "store-${i}", "kind": "sqlAzure", "geography": "${i % 1000 === 999 ? 'asiaPacific' : 'northAmerica'}", "data": ["personal", "service"] }`;
      stores.push(store);
      size += store.length + 2;
    }
    fs.writeFileSync(file, cleanConfig().replace(/^ {2}"stores": .*$/m, `  "stores": [\n${stores.join(',\n')}\n  ],`));
    assert.ok(fs.statSync(file).size > 10 * 1024 * 1024);
    const { run, entries } = lintJson([file]);
    assert.strictEqual(run.status, 1, run.stderr);
    const diagnostics = entries[0].diagnostics;
    assert.strictEqual(diagnostics.length, Math.floor(stores.length / 1000));
    const column = stores[999].indexOf('"asiaPacific"');
    assert.strictEqual(brief(diagnostics[0]), `residency/store-geography ["stores",999,"geography"] ${4 + 999}:${column}-${4 + 999}:${column + 13}`);
  });

  it('"-" and names with spaces are paths, not options', () => {
    fs.writeFileSync(path.join(folder, 'with space.privacy.json'), cleanConfig());
    const { run, entries } = lintJson(['--', '-', 'with space.privacy.json'], { cwd: folder });
    assert.strictEqual(run.status, 2);
    assert.strictEqual(run.stderr, 'privacy-lint: -: no such file or directory\n');
    assert.deepStrictEqual(
      entries.map((e) => e.file),
      ['with space.privacy.json'],
    );
  });

  it('a slow reader of a pipe still gets the whole report (the CLI exits at once only when nothing is left to write)', async () => {
    const many = path.join(folder, 'many');
    fs.mkdirSync(many);
    for (let i = 0; i < 300; i++) fs.writeFileSync(path.join(many, `f${i}.privacy.json`), '{ "tenant": { "id": "t" } }');
    const expected = runCli(['--format', 'json', 'many'], { cwd: folder });
    assert.ok(expected.stdout.length > 256 * 1024, 'more than a pipe holds');
    const child = spawn(process.execPath, [CLI, '--format', 'json', 'many'], { cwd: folder, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pause();
    // Read nothing until the CLI has filled the pipe and finished linting.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stdout.resume();
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.strictEqual(status, expected.status);
    assert.strictEqual(Buffer.concat(chunks).toString('utf8'), expected.stdout);
  });
});
