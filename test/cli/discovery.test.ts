import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { cleanConfig, ensureBuilt, lintJson, removeTemporaryFolders, temporaryFolder, writeTree } from './helpers';

describe('privacy-lint file discovery', () => {
  let folder: string;
  before(() => {
    ensureBuilt();
    folder = temporaryFolder();
    const clean = cleanConfig();
    writeTree(folder, {
      'tree/b.privacy.jsonc': clean,
      'tree/a.privacy.json': clean,
      'tree/a/inner.privacy.json': clean,
      'tree/sub/c.privacy.json': clean,
      'tree/sub/deeper/d.privacy.jsonc': clean,
      'tree/z.privacy.json': clean,
      'tree/notes.json': clean,
      'tree/readme.privacy.json.bak': clean,
      'tree/node_modules/pkg/x.privacy.json': clean,
      'tree/.hidden/y.privacy.json': clean,
      'tree/sub/.cache/w.privacy.json': clean,
      'elsewhere/e.privacy.json': clean,
    });
    // A loop (sub/loop → tree), and a link into another folder.
    fs.symlinkSync(path.join(folder, 'tree'), path.join(folder, 'tree', 'sub', 'loop'));
    fs.symlinkSync(path.join(folder, 'elsewhere'), path.join(folder, 'tree', 'sub', 'linked'));
    fs.symlinkSync(path.join(folder, 'missing-target'), path.join(folder, 'tree', 'dangling.txt'));
  });
  after(removeTemporaryFolders);

  const files = (args: string[]) => {
    const { run, entries } = lintJson(args, { cwd: folder });
    return { run, files: entries.map((e) => e.file) };
  };

  it('searches folders recursively, sorted by path, skipping node_modules and dot-folders, following symlinks within the folder without looping, never out of it', () => {
    const { run, files: found } = files(['tree']);
    assert.strictEqual(run.status, 0, run.stderr);
    assert.strictEqual(run.stderr, '');
    assert.deepStrictEqual(
      found,
      [
        'tree/a.privacy.json',
        'tree/a/inner.privacy.json',
        'tree/b.privacy.jsonc',
        'tree/sub/c.privacy.json',
        'tree/sub/deeper/d.privacy.jsonc',
        'tree/z.privacy.json',
      ],
      'tree/sub/linked leads out of tree: not followed (SPEC section 9, untrusted input)',
    );
  });

  it('lints a file named explicitly whatever its name, in the order the paths are given', () => {
    const { run, files: found } = files(['tree/z.privacy.json', 'tree/notes.json', 'tree/a.privacy.json']);
    assert.strictEqual(run.status, 0, run.stderr);
    assert.deepStrictEqual(found, ['tree/z.privacy.json', 'tree/notes.json', 'tree/a.privacy.json']);
  });

  it('searches a dot-folder that is named explicitly', () => {
    assert.deepStrictEqual(files(['tree/.hidden']).files, ['tree/.hidden/y.privacy.json']);
  });

  it('lints a file once however often it is found (also through a symlink into another folder given)', () => {
    const { files: found } = files(['tree/sub/c.privacy.json', 'tree', 'elsewhere', 'tree/sub/c.privacy.json']);
    assert.deepStrictEqual(found, [
      'tree/sub/c.privacy.json',
      'tree/a.privacy.json',
      'tree/a/inner.privacy.json',
      'tree/b.privacy.jsonc',
      'tree/sub/deeper/d.privacy.jsonc',
      'tree/sub/linked/e.privacy.json',
      'tree/z.privacy.json',
    ]);
  });

  it('reports paths as given: "." gives paths relative to it, "./x" and absolute paths are kept', () => {
    assert.deepStrictEqual(files(['.']).files.slice(0, 2), ['elsewhere/e.privacy.json', 'tree/a.privacy.json']);
    assert.deepStrictEqual(files(['./elsewhere/']).files, ['elsewhere/e.privacy.json']);
    assert.deepStrictEqual(files(['./elsewhere/e.privacy.json']).files, ['./elsewhere/e.privacy.json']);
    const absolute = path.join(folder, 'elsewhere');
    assert.deepStrictEqual(files([absolute]).files, [`${absolute}/e.privacy.json`]);
  });

  it('the default path is the working directory', () => {
    const { run, entries } = lintJson([], { cwd: path.join(folder, 'elsewhere') });
    assert.strictEqual(run.status, 0, run.stderr);
    assert.deepStrictEqual(
      entries.map((e) => e.file),
      ['e.privacy.json'],
    );
  });

  it('a missing path is an error (exit 2) while the rest is reported', () => {
    const { run, files: found } = files(['nope', 'elsewhere']);
    assert.strictEqual(run.status, 2);
    assert.strictEqual(run.stderr, 'privacy-lint: nope: no such file or directory\n');
    assert.deepStrictEqual(found, ['elsewhere/e.privacy.json']);
  });

  it('handles thousands of files', function () {
    this.timeout(120_000);
    const many = path.join(folder, 'many');
    const clean = cleanConfig();
    for (let i = 0; i < 3000; i++) writeTree(many, { [`d${i % 30}/f${String(i).padStart(4, '0')}.privacy.json`]: clean });
    const { run, entries } = lintJson(['many'], { cwd: folder });
    assert.strictEqual(run.status, 0, run.stderr);
    assert.strictEqual(entries.length, 3000);
    assert.strictEqual(entries[0].file, 'many/d0/f0000.privacy.json');
    assert.strictEqual(entries[2999].file, 'many/d9/f2979.privacy.json');
  });
});
