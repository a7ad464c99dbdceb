import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** The repository root (tests run from out/test/cli). */
export const ROOT = path.resolve(__dirname, '../../..');
export const CLI = path.join(ROOT, 'bin', 'privacy-lint.js');
export const BUNDLE = path.join(ROOT, 'dist', 'cli.js');
export const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'cli');
export const SAMPLES = path.join(ROOT, 'samples');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Builds the bundle when it is missing (`npm test` builds it first anyway). */
export function ensureBuilt(): void {
  if (fs.existsSync(BUNDLE)) return;
  const build = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, encoding: 'utf8' });
  assert.strictEqual(build.status, 0, `npm run build failed:\n${build.stderr}`);
}

/** Runs `node bin/privacy-lint.js ARGS` as a user would, without colour unless env asks for it. */
export function runCli(args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; timeout?: number; input?: string | Buffer } = {}): CliRun {
  const env = { ...process.env };
  delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...env, ...options.env },
    encoding: 'utf8',
    timeout: options.timeout ?? 60_000,
    maxBuffer: 512 * 1024 * 1024,
    // Standard input is empty unless a test gives some (`--stdin`).
    input: options.input ?? '',
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The `--format json` entries. */
export interface JsonDiagnostic {
  rule: string;
  severity: string;
  message: string;
  path: (string | number)[];
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  fixes: { title: string; preferred: boolean }[];
  /** SPEC section 9: by file, rule and JSON path. */
  fingerprint: string;
}
export interface JsonEntry {
  file: string;
  edition: string;
  diagnostics: JsonDiagnostic[];
}

export function lintJson(
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string | Buffer } = {},
): { run: CliRun; entries: JsonEntry[] } {
  const run = runCli(['--format', 'json', ...args], options);
  let entries: JsonEntry[];
  try {
    entries = JSON.parse(run.stdout);
  } catch {
    assert.fail(`stdout is not JSON (exit ${run.status}):\n${run.stdout}\nstderr:\n${run.stderr}`);
  }
  return { run, entries };
}

/** A diagnostic reduced to what a test asserts: rule, path and zero-based range. */
export function brief(d: JsonDiagnostic): string {
  const { start, end } = d.range;
  return `${d.rule} ${JSON.stringify(d.path)} ${start.line}:${start.character}-${end.line}:${end.character}`;
}

/** Compares with a golden file in test/fixtures/cli; `UPDATE_GOLDENS=1` rewrites it instead. */
export function expectGolden(name: string, actual: string): void {
  const file = path.join(FIXTURES, name);
  if (process.env.UPDATE_GOLDENS) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, actual);
    return;
  }
  assert.ok(fs.existsSync(file), `golden ${name} is missing: run the tests with UPDATE_GOLDENS=1`);
  assert.strictEqual(actual, fs.readFileSync(file, 'utf8'), `output differs from golden ${name} (UPDATE_GOLDENS=1 rewrites it)`);
}

/** A fresh temporary folder, removed by `removeTemporaryFolders`. */
const temporaryFolders: string[] = [];
export function temporaryFolder(): string {
  const folder = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-lint-test-')));
  temporaryFolders.push(folder);
  return folder;
}
export function removeTemporaryFolders(): void {
  for (const folder of temporaryFolders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
}

/** Writes files (path → content) under a folder, creating folders as needed. */
export function writeTree(root: string, files: Readonly<Record<string, string | Buffer>>): void {
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(root, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
}

/** A configuration with no diagnostics in either edition, to build test files from. */
export function cleanConfig(overrides: { edition?: string; extraTenant?: string } = {}): string {
  return `{
${overrides.edition ? `  "policyEdition": "${overrides.edition}",\n` : ''}  "tenant": { "id": "1b2c3d4e-0000-4000-8000-000000000001", "signupCountry": "US"${overrides.extraTenant ?? ''} },
  "residency": { "geography": "northAmerica" },
  "stores": [{ "id": "sql-01", "kind": "sqlAzure", "geography": "northAmerica", "data": ["personal"] }],
  "retention": { "telemetry": 30, "auditLogs": 365 },
  "deletion": { "active": { "enabled": true, "purgeWithinDays": 30 }, "passive": { "enabled": true, "purgeWithinDays": 30 } },
  "processing": { "isoCertified": true, "purposes": ["serviceDelivery"] },
  "restrictProcessing": { "steps": ["export", "delete"], "exportIncludes": ["accounts", "serviceData", "associatedLogs"] }
}
`;
}
