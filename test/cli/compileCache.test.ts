import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ensureBuilt, runCli, SAMPLES } from './helpers';

/**
 * The launcher's code cache (server/src/cli/launch.ts): made by the first lint, used by the next,
 * never trusted when someone else could have written it, and never a change to what a run prints.
 */
describe('CLI: compile cache', function () {
  this.timeout(120_000);
  let folder: string;
  let cache: string;
  const args = ['--format', 'json', SAMPLES];
  const cacheFiles = () => fs.readdirSync(cache).filter((name) => name.endsWith('.bin'));
  const withCache = (more: readonly string[] = args) => runCli(more, { env: { PRIVACY_LINT_COMPILE_CACHE: cache } });

  before(() => ensureBuilt());
  beforeEach(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-lint-cache-test-'));
    cache = path.join(folder, 'cache');
  });
  afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('the first lint makes the cache (this user only), the next uses it as it is, and both print what a run without it prints', () => {
    const without = runCli(args, { env: { PRIVACY_LINT_COMPILE_CACHE: '0' } });
    assert.strictEqual(without.status, 1, without.stderr);
    const first = withCache();
    assert.deepStrictEqual(first, without);
    assert.strictEqual(fs.statSync(cache).mode & 0o777, 0o700);
    const [file] = cacheFiles();
    assert.match(file, /^cli-[0-9a-f]{40}-[0-9a-f]+\.bin$/);
    const made = fs.statSync(path.join(cache, file));
    assert.strictEqual(made.mode & 0o777, 0o600);
    assert.ok(made.size > 10_000, `a cache of ${made.size} bytes`);
    const second = withCache();
    assert.deepStrictEqual(second, without);
    const after = fs.statSync(path.join(cache, file));
    assert.deepStrictEqual([after.ino, after.mtimeMs, cacheFiles().length], [made.ino, made.mtimeMs, 1], 'an accepted cache is not written again');
  });

  it('a run that used a part the cache lacks makes a fuller one, which replaces it; bad usage makes none', () => {
    assert.strictEqual(withCache(['--bogus']).status, 2);
    assert.deepStrictEqual(cacheFiles(), [], 'no cache from a run that linted nothing');
    withCache();
    const [json] = cacheFiles();
    assert.strictEqual(withCache(['--format', 'html', SAMPLES]).status, 1);
    const [fuller] = cacheFiles();
    assert.notStrictEqual(fuller, json);
    assert.deepStrictEqual(cacheFiles(), [fuller], 'the fuller cache replaces the one it holds');
    const made = fs.statSync(path.join(cache, fuller));
    for (const format of ['json', 'html']) assert.strictEqual(withCache(['--format', format, SAMPLES]).status, 1);
    const after = fs.statSync(path.join(cache, fuller));
    assert.deepStrictEqual([cacheFiles(), after.ino, after.mtimeMs], [[fuller], made.ino, made.mtimeMs], 'runs it covers write nothing');
  });

  it('a cache V8 refuses (damaged) changes nothing printed and is made again', () => {
    withCache();
    const [file] = cacheFiles();
    fs.writeFileSync(path.join(cache, file), Buffer.alloc(4096, 7), { mode: 0o600 });
    const run = withCache();
    assert.deepStrictEqual(run, runCli(args, { env: { PRIVACY_LINT_COMPILE_CACHE: '0' } }));
    assert.notDeepStrictEqual(fs.readFileSync(path.join(cache, file)), Buffer.alloc(4096, 7));
    assert.deepStrictEqual(cacheFiles(), [file]);
  });

  it('a folder others may write, or a cache file others may write, is not used', function () {
    if (process.platform === 'win32') this.skip();
    fs.mkdirSync(cache, { mode: 0o700 });
    fs.chmodSync(cache, 0o777);
    assert.strictEqual(withCache().status, 1);
    assert.deepStrictEqual(cacheFiles(), [], 'nothing written into a folder others may write');
    fs.chmodSync(cache, 0o700);
    withCache();
    const [file] = cacheFiles();
    const planted = path.join(cache, file);
    fs.chmodSync(planted, 0o666);
    const before = fs.statSync(planted);
    // Not read (others could have written it): V8 never sees it, and the run writes its own in its place.
    assert.strictEqual(withCache().status, 1);
    const after = fs.statSync(planted);
    assert.notStrictEqual(after.ino, before.ino, 'replaced by a cache of this run');
    assert.strictEqual(after.mode & 0o777, 0o600);
  });

  it('--version and --help leave no cache; PRIVACY_LINT_COMPILE_CACHE=0 and NODE_DISABLE_COMPILE_CACHE=1 turn it off', () => {
    assert.strictEqual(withCache(['--version']).status, 0);
    assert.strictEqual(withCache(['--help']).status, 0);
    assert.deepStrictEqual(cacheFiles(), []);
    const tmp = path.join(folder, 'tmp');
    fs.mkdirSync(tmp);
    for (const env of [{ PRIVACY_LINT_COMPILE_CACHE: '0' }, { NODE_DISABLE_COMPILE_CACHE: '1' }]) {
      assert.strictEqual(runCli(args, { env: { ...env, TMPDIR: tmp, TEMP: tmp, TMP: tmp } }).status, 1);
    }
    assert.deepStrictEqual(fs.readdirSync(tmp), [], 'nothing in the temporary folder');
    assert.strictEqual(runCli(args, { env: { TMPDIR: tmp, TEMP: tmp, TMP: tmp } }).status, 1);
    assert.deepStrictEqual(
      fs.readdirSync(tmp),
      [`privacy-lint-cache-${process.getuid?.() ?? ''}`.replace(/-$/, '')],
      'by default, a folder of the temporary folder',
    );
  });
});
