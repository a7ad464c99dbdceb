#!/usr/bin/env node
// Byte-identical reports: runs the CLI of another commit (default `main`) and this checkout's on
// the bench workloads (kind and findings-heavy, small and large) and the samples, in every report
// format, and compares stdout, stderr and the exit code byte for byte. A speed-up must not change
// one byte of any report; run this before committing one.
//
//   node bench/same-bytes.mjs [--ref main] [--formats json,sarif] [--only small,messy-large,...]
//
// The other commit's CLI is built from `git archive` of that commit into a temporary folder
// (with this checkout's node_modules), as scripts/build.mjs builds dist/cli.js. This checkout's
// CLI is dist/cli.js (run `npm run build` first). Workloads come from bench/.work (generate them
// with `npm run bench` or `npm run bench -- --only messy`).
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { largeFile, smallDir } from './lib/generate.mjs';
import { messyLargeFile, messySmallDir } from './lib/messy.mjs';
import { ROOT } from './lib/paths.mjs';

const argv = process.argv.slice(2);
const value = (name) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};
const REF = value('ref') ?? 'main';
const FORMATS = (value('formats') ?? 'json,sarif,stylish,github,junit,html').split(',');
const TARGETS = {
  samples: path.join(ROOT, 'samples'),
  small: smallDir(2000),
  large: largeFile(1),
  'messy-small': messySmallDir(),
  'messy-large': messyLargeFile(),
};
const ONLY = value('only')?.split(',') ?? Object.keys(TARGETS);

const commit = execFileSync('git', ['rev-parse', REF], { cwd: ROOT, encoding: 'utf8' }).trim();
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'same-bytes-'));
try {
  // The other commit's sources, built into the temporary folder.
  const src = path.join(tmp, 'src');
  fs.mkdirSync(src);
  execFileSync('sh', ['-c', `git archive ${commit} | tar -x -C ${JSON.stringify(src)}`], { cwd: ROOT });
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(src, 'node_modules'), 'dir');
  const { build } = await import('esbuild');
  const theirs = path.join(tmp, 'cli-ref.js');
  await build({
    entryPoints: [path.join(src, 'server/src/cli/main.ts')], outfile: theirs, bundle: true, platform: 'node', target: 'node20',
    format: 'cjs', logLevel: 'warning', legalComments: 'none', mainFields: ['module', 'main'], sourcemap: false, minify: true,
  });
  const ours = path.join(ROOT, 'dist', 'cli.js');
  console.log(`comparing ${path.relative(ROOT, ours)} with ${REF} (${commit.slice(0, 10)}), formats ${FORMATS.join(', ')}`);

  // A report is written to a file (the large ones are tens of MB), then compared.
  const run = (cli, target, format, tag) => {
    const out = path.join(tmp, `${tag}.out`);
    const err = path.join(tmp, `${tag}.err`);
    const fdOut = fs.openSync(out, 'w');
    const fdErr = fs.openSync(err, 'w');
    // A fixed --today: disable comments' expiry depends on the date, and both runs must see the same one.
    const r = spawnSync(process.execPath, [cli, '--format', format, '--today', '2026-12-02', path.relative(ROOT, target)], { cwd: ROOT, stdio: ['ignore', fdOut, fdErr] });
    fs.closeSync(fdOut);
    fs.closeSync(fdErr);
    return { out, err, status: r.status, signal: r.signal };
  };
  const sameFile = (a, b) => {
    const x = fs.readFileSync(a);
    const y = fs.readFileSync(b);
    if (x.equals(y)) return undefined;
    let i = 0;
    while (i < x.length && i < y.length && x[i] === y[i]) i++;
    return `${x.length} vs ${y.length} bytes, first difference at byte ${i}: ${JSON.stringify(x.subarray(Math.max(0, i - 40), i + 40).toString())} vs ${JSON.stringify(y.subarray(Math.max(0, i - 40), i + 40).toString())}`;
  };
  let failed = 0;
  for (const name of ONLY) {
    const target = TARGETS[name];
    if (!target) throw new Error(`unknown target ${name}: one of ${Object.keys(TARGETS).join(', ')}`);
    if (!fs.existsSync(target)) {
      console.log(`  MISSING ${name}: ${path.relative(ROOT, target)} (generate the workloads with npm run bench -- --only messy)`);
      failed++;
      continue;
    }
    for (const format of FORMATS) {
      const a = run(theirs, target, format, `${name}-${format}-ref`);
      const b = run(ours, target, format, `${name}-${format}-ours`);
      const problems = [];
      if (a.status !== b.status || a.signal !== b.signal) problems.push(`exit ${a.status ?? a.signal} vs ${b.status ?? b.signal}`);
      const out = sameFile(a.out, b.out);
      if (out) problems.push(`stdout ${out}`);
      const err = sameFile(a.err, b.err);
      if (err) problems.push(`stderr ${err}`);
      const size = fs.statSync(b.out).size;
      console.log(`  ${problems.length ? 'DIFFERENT' : 'same     '} ${name} --format ${format} (${size.toLocaleString('en-US')} bytes, exit ${b.status})${problems.length ? `\n    ${problems.join('\n    ')}` : ''}`);
      if (problems.length) failed++;
      fs.rmSync(a.out);
      fs.rmSync(b.out);
    }
  }
  console.log(failed ? `${failed} report(s) differ from ${REF}` : `every report is byte-identical to ${REF}'s`);
  process.exitCode = failed ? 1 : 0;
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
