import * as assert from 'assert';
import { spawnSync, type SpawnSyncReturns } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/**
 * The install routes the README documents, for real (SPEC 9 "Packaging for CI"):
 *
 * - npm: `npm pack`, then the tarball installed offline into an empty project (nothing but the
 *   package itself may come along: no runtime dependency) and globally, and `npx privacy-lint`;
 * - pre-commit: the real `pre-commit try-repo` on a git repository with broken and clean
 *   configurations (skipped, loudly, when pre-commit is not installed: `pip install pre-commit`).
 *
 * The GitHub Action's route is test/cli/ci.test.ts (its entry in a simulated runner).
 */

const ROOT = path.resolve(__dirname, '../../..');
const SAMPLES = path.join(ROOT, 'samples');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

const folders: string[] = [];
function temporaryFolder(prefix: string): string {
  const folder = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), `privacy-lint-${prefix}-`)));
  folders.push(folder);
  return folder;
}

/** The environment without what `npm test` itself sets for scripts (npm_config_prefix and such). */
function cleanEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (/^npm_/i.test(name) && !/^npm_config_(cache|registry|userconfig|cafile)$/i.test(name)) continue;
    env[name] = value;
  }
  delete env.FORCE_COLOR;
  return { ...env, NO_UPDATE_NOTIFIER: '1', npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false', ...extra };
}

function run(command: string, args: readonly string[], cwd: string, env = cleanEnv()): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd, env, encoding: 'utf8', timeout: 170_000, maxBuffer: 64 * 1024 * 1024 });
}

function ok(result: SpawnSyncReturns<string>, what: string): SpawnSyncReturns<string> {
  assert.ok(!result.error, `${what}: ${result.error}`);
  assert.strictEqual(result.status, 0, `${what} exited ${result.status}\n${result.stdout}\n${result.stderr}`);
  return result;
}

function duKilobytes(folder: string): number {
  let bytes = 0;
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) bytes += fs.statSync(full).size;
    }
  };
  walk(folder);
  return bytes / 1024;
}

/** A folder with one broken configuration (northwind) and one clean (fabrikam). */
function configs(folder: string): void {
  fs.mkdirSync(path.join(folder, 'config'), { recursive: true });
  fs.copyFileSync(path.join(SAMPLES, 'northwind.privacy.jsonc'), path.join(folder, 'config', 'northwind.privacy.jsonc'));
  fs.copyFileSync(path.join(SAMPLES, 'fabrikam.privacy.json'), path.join(folder, 'config', 'fabrikam.privacy.json'));
}

interface JsonEntry {
  file: string;
  diagnostics: { rule: string; path: (string | number)[] }[];
}

function checkLint(result: SpawnSyncReturns<string>): void {
  assert.strictEqual(result.status, 1, `privacy-lint exits 1 on the broken configuration\n${result.stdout}\n${result.stderr}`);
  const entries = JSON.parse(result.stdout) as JsonEntry[];
  assert.deepStrictEqual(
    entries.map((e) => e.file),
    ['config/fabrikam.privacy.json', 'config/northwind.privacy.jsonc'],
  );
  assert.deepStrictEqual(entries[0].diagnostics, []);
  assert.ok(
    entries[1].diagnostics.some((d) => d.rule === 'processing/iso' && d.path.join('.') === 'processing.isoCertified'),
    result.stdout,
  );
}

describe('install routes (npm pack, npm i -g, pre-commit)', function () {
  this.timeout(180_000);
  after(() => {
    for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
  });

  describe('the npm package', () => {
    let tarball: string;
    before(() => {
      const destination = temporaryFolder('pack');
      const pack = ok(run(npm, ['pack', '--json', '--pack-destination', destination], ROOT), 'npm pack');
      const [info] = JSON.parse(pack.stdout) as { filename: string; size: number; unpackedSize: number; files: { path: string }[] }[];
      tarball = path.join(destination, info.filename);
      assert.deepStrictEqual(info.files.map((f) => f.path).sort(), [
        'CHANGELOG.md',
        'LICENSE',
        'README.md',
        'bin/privacy-lint.js',
        'dist/cli.js',
        'package.json',
        'schemas/privacy-lint.config.schema.json',
        'schemas/tenant-privacy.schema.json',
      ]);
      assert.ok(info.size < 500 * 1024, `the tarball is ${info.size} bytes`);
      console.log(`      npm pack: ${(info.size / 1024).toFixed(1)} KB packed, ${(info.unpackedSize / 1024).toFixed(1)} KB unpacked`);
    });

    it('package.json: no runtime dependency, not private, a bin', () => {
      const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
      for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies', 'bundleDependencies', 'bundledDependencies']) {
        assert.deepStrictEqual(Object.keys(pkg[field] ?? {}), [], `${field}: the CLI is one bundle`);
      }
      assert.ok(!pkg.private, 'private would stop npm publish');
      assert.deepStrictEqual(pkg.bin, { 'privacy-lint': 'bin/privacy-lint.js' });
    });

    it('installs offline into an empty project, alone, and `npx privacy-lint` lints there', () => {
      const project = temporaryFolder('project');
      fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }));
      ok(run(npm, ['install', '--offline', '--save-dev', tarball], project), 'npm install --offline <tarball>');
      assert.deepStrictEqual(
        fs.readdirSync(path.join(project, 'node_modules')).filter((n) => !n.startsWith('.')),
        ['tenant-privacy'],
        'nothing else installed',
      );
      const size = duKilobytes(path.join(project, 'node_modules'));
      assert.ok(size < 500, `installed size ${size} KB`);
      console.log(`      installed: ${size.toFixed(0)} KB in node_modules`);
      configs(project);
      const version = ok(run(npm, ['exec', '--offline', '--no', '--', 'privacy-lint', '--version'], project), 'npx privacy-lint --version');
      assert.strictEqual(version.stdout.trim(), JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
      checkLint(run(npm, ['exec', '--offline', '--no', '--', 'privacy-lint', '--format', 'json', 'config'], project));
    });

    it('installs globally (npm i -g <tarball> --prefix) and the bin runs from PATH', function () {
      if (process.platform === 'win32') this.skip();
      const prefix = temporaryFolder('global');
      ok(run(npm, ['install', '--global', '--offline', '--prefix', prefix, tarball], prefix), 'npm i -g');
      const bin = path.join(prefix, 'bin');
      const work = temporaryFolder('global-work');
      configs(work);
      const env = cleanEnv({ PATH: `${bin}${path.delimiter}${process.env.PATH}` });
      checkLint(run('privacy-lint', ['--format', 'json', 'config'], work, env));
    });
  });

  describe('pre-commit (the real one)', () => {
    let preCommit: string | undefined;
    before(function () {
      for (const candidate of ['pre-commit', path.join(os.homedir(), '.local', 'bin', 'pre-commit')]) {
        const version = spawnSync(candidate, ['--version'], { encoding: 'utf8' });
        if (version.status === 0) {
          preCommit = candidate;
          console.log(`      ${version.stdout.trim()}`);
          break;
        }
      }
      if (!preCommit) {
        console.warn('\n    !!! SKIPPED: pre-commit is not installed (pip install pre-commit); the hook was NOT tried\n');
        this.skip();
      }
    });

    /** A git repository with the given configurations added, and a pre-commit home of its own. */
    function repository(files: string[]): { folder: string; env: NodeJS.ProcessEnv } {
      const folder = temporaryFolder('pre-commit');
      ok(run('git', ['init', '-q'], folder), 'git init');
      for (const name of files) fs.copyFileSync(path.join(SAMPLES, name), path.join(folder, name));
      fs.writeFileSync(path.join(folder, 'README.txt'), 'not a configuration\n');
      ok(run('git', ['add', '.'], folder), 'git add');
      return { folder, env: cleanEnv({ PRE_COMMIT_HOME: path.join(folder, '.pre-commit-home'), PRE_COMMIT_COLOR: 'never' }) };
    }

    it('try-repo on broken configurations: the hook installs with no build step, runs, and fails with the rule ids', () => {
      const { folder, env } = repository(['northwind.privacy.jsonc', 'contoso.privacy.jsonc']);
      const result = run(preCommit!, ['try-repo', ROOT, 'privacy-lint', '--all-files'], folder, env);
      const output = result.stdout + result.stderr;
      assert.strictEqual(result.status, 1, output);
      assert.match(output, /privacy-lint\.+Failed/);
      for (const rule of ['processing/iso', 'retention/audit-logs', 'storage/approved-kind']) assert.ok(output.includes(rule), `${rule}\n${output}`);
      assert.ok(!/esbuild|Cannot find package/.test(output), output);
    });

    it('try-repo on clean configurations passes', () => {
      const { folder, env } = repository(['fabrikam.privacy.json']);
      const result = run(preCommit!, ['try-repo', ROOT, 'privacy-lint', '--all-files'], folder, env);
      const output = result.stdout + result.stderr;
      assert.strictEqual(result.status, 0, output);
      assert.match(output, /privacy-lint\.+Passed/);
    });
  });
});
