// `npm run stress`: the stress tests of test/stress/ (the language server under
// stress, the CLI under hostile conditions, CLI and server giving the same diagnostics).
//
//   npm run stress                      # the sizes of `npm test`, a random seed
//   npm run stress -- --full            # the full sizes (10,000 edits, 200 files killed, 15,000 files, 100 MB...)
//   npm run stress -- --full --seed 42  # reproducible
//   npm run stress -- --grep SIGKILL    # only the tests whose title matches
//   npm run stress -- --set edits=20000 --set files=30000   # any size (STRESS_<NAME>)
//
// It builds dist/ (the CLI and the server under test), bundles each test/stress/*.test.ts
// with esbuild (so it runs even while another file of the tree does not type-check), runs
// them with mocha, and prints what was run: counts, timings, the slowest cases.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const value = (name) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
if (flag('--help')) {
  process.stdout.write('npm run stress -- [--full] [--seed N] [--grep PATTERN] [--set name=value ...]\n');
  process.exit(0);
}

const full = flag('--full');
const seed = value('--seed') ?? String(Math.floor(Math.random() * 2 ** 31));
const env = { ...process.env, STRESS_SEED: seed, STRESS_FULL: full ? '1' : '0' };
for (let i = 0; i < args.length; i++) {
  if (args[i] !== '--set') continue;
  const [name, v] = (args[i + 1] ?? '').split('=');
  if (!name || v === undefined) throw new Error(`--set expects name=value, got ${args[i + 1]}`);
  env[`STRESS_${name.toUpperCase()}`] = v;
}

process.stdout.write(`stress: ${full ? 'full' : 'small'} sizes, seed ${seed} (repeat with --seed ${seed}${full ? ' --full' : ''})\n`);

// 1. The CLI and the server under test.
const built = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 2);

// 2. The tests, bundled. They sit three folders below the root, as out/test/stress/ does,
// so that the paths they compute from __dirname are the same.
const outdir = join(root, 'out', 'stress', 'bundle');
rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
const tests = readdirSync(join(root, 'test', 'stress'))
  .filter((f) => f.endsWith('.test.ts'))
  .map((f) => join(root, 'test', 'stress', f));
await build({
  entryPoints: tests,
  outdir,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'inline',
  logLevel: 'warning',
  external: ['mocha'],
  // jsonc-parser's "main" is a UMD build that esbuild cannot follow; its ESM build bundles cleanly.
  mainFields: ['module', 'main'],
});

// 3. Run them.
const report = join(root, 'out', 'stress', 'report.jsonl');
rmSync(report, { force: true });
env.STRESS_REPORT = report;
const mocha = join(root, 'node_modules', 'mocha', 'bin', 'mocha.js');
const specs = readdirSync(outdir)
  .filter((f) => f.endsWith('.test.js'))
  .map((f) => join(outdir, f));
const grep = value('--grep');
const started = Date.now();
const run = spawnSync(
  process.execPath,
  ['--enable-source-maps', mocha, '--no-config', '--timeout', '0', '--slow', '10000', ...(grep ? ['--grep', grep] : []), ...specs],
  {
    cwd: root,
    env,
    stdio: 'inherit',
  },
);
const elapsed = Date.now() - started;

// 4. What was run.
const metrics = existsSync(report)
  ? readFileSync(report, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line))
  : [];
const lines = [`\nstress summary (seed ${seed}, ${full ? 'full' : 'small'} sizes, ${(elapsed / 1000).toFixed(1)} s in all)`];
const format = (record) =>
  Object.entries(record ?? {})
    .map(([k, v]) => `${k} ${typeof v === 'number' ? v.toLocaleString('en-US') : v}`)
    .join(', ');
for (const m of metrics) {
  lines.push(`- ${m.suite}: ${m.case}`);
  if (m.counts) lines.push(`    counts: ${format(m.counts)}`);
  if (m.ms) lines.push(`    ms:     ${format(m.ms)}`);
  if (m.notes) lines.push(`    notes:  ${format(m.notes)}`);
}
const slowest = metrics
  .flatMap((m) => Object.entries(m.ms ?? {}).map(([k, v]) => ({ what: `${m.suite}: ${m.case} (${k})`, ms: v })))
  .sort((a, b) => b.ms - a.ms)
  .slice(0, 8);
if (slowest.length) {
  lines.push('slowest:');
  for (const s of slowest) lines.push(`    ${String(s.ms).padStart(8)} ms  ${s.what}`);
}
process.stdout.write(`${lines.join('\n')}\n`);
process.stdout.write(run.status === 0 ? 'stress: passed\n' : `stress: FAILED (exit ${run.status}); repeat with --seed ${seed}${full ? ' --full' : ''}\n`);
process.exit(run.status ?? 2);
