#!/usr/bin/env node
// Hostile shapes at 1x, 4x and 16x (a repository is untrusted input: SPEC section 9):
//
//   node bench/hostile.mjs [--base N] [--runs N] [--only unknown-keys,disable-comments,...] [--no-editor]
//   npm run bench -- --only hostile            (the same, from the bench harness)
//
// Each shape is a configuration with one part repeated N times (N = base, 4 base, 16 base;
// base 2,500 by default). The engine's whole lint() of it is timed in this process (the engine
// bundled from the sources, as the other in-process timings), the min of --runs runs after a
// warm-up at each size; linear time means 16x the size takes about 16x the time: the ratio column should stay
// under 20. Then, unless --no-editor, the editor: a keystroke in a 119 KB document of unknown keys,
// from didChange to its diagnostics (bench/editor.mjs against dist/server.js).
//
// Nothing here asserts; it prints a table. The mocha test test/unit/rules/hostile.test.ts checks
// what these shapes report (never their time).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { bundleEngine } from './lib/bundle.mjs';
import { ROOT, WORK } from './lib/paths.mjs';

const argv = process.argv.slice(2);
const value = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] ? argv[i + 1] : fallback;
};
const BASE = Number(value('base', 2500));
const RUNS = Number(value('runs', 3));
const ONLY = value('only')?.split(',');
const FACTORS = [1, 4, 16];
const LIMIT = 20;

/** The 2020-09 configuration the shapes start from: no finding of its own. */
const head = `{
  "policyEdition": "2020-09",
  "tenant": { "id": "t", "signupCountry": "DE" },
  "residency": { "geography": "germany" },
  "retention": { "auditLogs": "P1Y" },
  "deletion": { "active": { "enabled": true, "purgeWithinDays": 30 }, "passive": { "enabled": true, "purgeWithinDays": 30 } },
  "processing": { "isoCertified": true, "purposes": [] },`;
const repeat = (n, each) => Array.from({ length: n }, (_, i) => each(i));

/** name -> (n) -> text. The same shapes as test/unit/rules/hostile.test.ts. */
export const SHAPES = {
  // One object with n unknown keys (the format check used to scan the object again per unknown key and known key).
  'unknown-keys': (n) => `${head}\n  "stores": [],\n  "extra": 1, ${repeat(n, (i) => `"k${i}": ${i}`).join(', ')}\n}`,
  // One object with one key given n times.
  'duplicate-keys': (n) => `${head}\n  "stores": [],\n  ${repeat(n, (i) => `"auditLog": ${i}`).join(',\n  ')}\n}`,
  // n disable-next-line comments, each over an unknown key it suppresses (every diagnostic used to be matched against every comment).
  'disable-comments': (n) =>
    `${head}\n  "stores": [],\n${repeat(n, (i) => `  // privacy-lint-disable-next-line schema/unknown-property -- PRIV-${i}\n  "u${i}": 1`).join(',\n')}\n}`,
  // One disable-file comment naming n rules that are not rules.
  'disable-names': (n) => `// privacy-lint-disable-file ${repeat(n, (i) => `no/rule-${i}`).join(', ')} -- legacy\n${head}\n  "stores": []\n}`,
  // n stores, each outside the elected geography and with the id of the one before.
  stores: (n) =>
    `${head}\n  "stores": [\n${repeat(n, (i) => `    { "id": "s-${i >> 1}", "kind": "sqlAzure", "geography": "asiaPacific", "data": ["personal", "personal"] }`).join(',\n')}\n  ]\n}`,
  // One store whose data lists one category n times.
  'data-repeats': (n) =>
    `${head}\n  "stores": [{ "id": "s", "kind": "sqlAzure", "geography": "germany", "data": [${repeat(n, () => '"personal"').join(', ')}] }]\n}`,
  // Arrays nested n deep inside an unknown property (nothing in it is checked).
  'deep-nesting': (n) => `${head}\n  "stores": [],\n  "deep": ${'['.repeat(n)}${']'.repeat(n)}\n}`,
};

const now = () => Number(process.hrtime.bigint()) / 1e6;

async function main() {
  console.log(
    `hostile shapes: base ${BASE}, factors ${FACTORS.join(', ')}, min of ${RUNS} runs after a warm-up at each size (load ${(await import('node:os'))
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')})`,
  );
  const enginePath = await bundleEngine();
  if (!enginePath) process.exit(1);
  const engine = await import(enginePath);
  const rows = [];
  for (const [name, shape] of Object.entries(SHAPES)) {
    if (ONLY && !ONLY.includes(name) && !ONLY.includes('hostile')) continue;
    const times = [];
    let sizes = [];
    for (const factor of FACTORS) {
      const text = shape(BASE * factor);
      sizes.push(text.length);
      let best = Infinity;
      let findings = 0;
      engine.lint(text, { today: '2026-01-01' }); // warm-up at this size too: the first run pays for growing the heap
      for (let run = 0; run < RUNS; run++) {
        const t0 = now();
        findings = engine.lint(text, { today: '2026-01-01' }).diagnostics.length;
        best = Math.min(best, now() - t0);
      }
      times.push({ ms: best, findings });
    }
    const ratio = times[2].ms / Math.max(times[0].ms, 0.01);
    rows.push({ name, sizes, times, ratio });
    console.log(
      `  ${name.padEnd(17)} ${times.map((t, i) => `${FACTORS[i]}x ${(sizes[i] / 1024).toFixed(0)} KB ${t.ms.toFixed(1)} ms (${t.findings} findings)`).join(' | ')} | 16x/1x ${ratio.toFixed(1)} ${ratio <= LIMIT ? 'PASS' : 'FAIL'}`,
    );
  }
  if (!argv.includes('--no-editor') && (!ONLY || ONLY.includes('editor') || ONLY.includes('hostile'))) editor();
  return rows;
}

/** A keystroke in a 119 KB document of unknown keys: didChange to diagnostics, through the real server. */
function editor() {
  const server = path.join(ROOT, 'dist', 'server.js');
  if (!fs.existsSync(server)) {
    console.log('  editor: skipped (no dist/server.js: run npm run build)');
    return;
  }
  const dir = path.join(WORK, 'hostile');
  fs.mkdirSync(dir, { recursive: true });
  let n = 1000;
  while (SHAPES['unknown-keys'](n).length < 119 * 1024) n += 250;
  const doc = path.join(dir, 'unknown-keys.privacy.jsonc');
  fs.writeFileSync(doc, SHAPES['unknown-keys'](n));
  const run = spawnSync(process.execPath, [path.join(ROOT, 'bench', 'editor.mjs'), '--server', server, '--doc', doc, '--edits', '40', '--requests', '10'], {
    encoding: 'utf8',
    timeout: 600_000,
  });
  try {
    const out = JSON.parse(run.stdout.trim().split('\n').pop());
    const k = out.keystroke;
    console.log(
      `  editor: ${(out.chars / 1024).toFixed(0)} KB of ${n} unknown keys, open ${out.openMs.toFixed(0)} ms; keystroke -> diagnostics p50 ${k.p50.toFixed(1)} ms, p95 ${k.p95.toFixed(1)} ms, max ${k.max.toFixed(1)} ms`,
    );
  } catch {
    console.log(`  editor: failed (${run.status}): ${run.stderr.slice(-500)}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
