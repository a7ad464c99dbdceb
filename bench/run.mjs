#!/usr/bin/env node
// npm run bench [-- --quick] [-- --only small,large,version,scaling,engine,editor,hostile,policies,html,messy,workspace] [-- --no-peers] [-- --profile]
//
// Measures privacy-lint, the parse floor and the peers (ajv-cli, Spectral) on the same
// generated workloads, in one run, whole processes, several runs each; prints a table with
// ratios to the floor and PASS/FAIL for each target (bench/README.md), and writes bench/results.md.
// See bench/README.md for the method.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bundleCliForProfile, bundleEngine, loadSpec } from './lib/bundle.mjs';
import { generateAll, spectralLargeFile, spectralSmallDir } from './lib/generate.mjs';
import { fmtMiB, fmtMs, measureAll, RSS_METHOD } from './lib/measure.mjs';
import { ensurePeers, spectralRulesetFor } from './lib/peers.mjs';
import { chooseSchema } from './lib/schema.mjs';
import { BENCH, ROOT, WORK } from './lib/paths.mjs';
import { biomeCommand, ensureBiome } from './lib/biome.mjs';
import { generateMessy, measureMessy, messyMarkdown } from './lib/messy.mjs';
import { formatProfile, profile } from './profile.mjs';

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const value = (name) => {
  const hit = argv.find((a) => a.startsWith(`--${name}=`));
  if (hit) return hit.slice(name.length + 3);
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] && !argv[i + 1].startsWith('--') ? argv[i + 1] : undefined;
};
const QUICK = flag('quick');
const ONLY = value('only')?.split(',');
const want = (part) => !ONLY || ONLY.includes(part);
// The hostile shapes (untrusted input) are a script of their own: `--only hostile` runs just that.
if (ONLY?.includes('hostile')) {
  const hostile = spawnSync(
    process.execPath,
    [new URL('./hostile.mjs', import.meta.url).pathname, ...argv.filter((a) => a !== '--only' && a !== ONLY.join(','))],
    { stdio: 'inherit' },
  );
  if (ONLY.length === 1) process.exit(hostile.status ?? 1);
}
const RUNS = {
  start: Number(value('runs') ?? (QUICK ? 5 : 10)),
  main: Number(value('runs') ?? (QUICK ? 3 : 5)),
  scaling: QUICK ? 2 : 3,
  spectral: QUICK ? 1 : 3,
  edits: QUICK ? 100 : 200,
  requests: QUICK ? 50 : 100,
};

const rel = (p) => path.relative(ROOT, p);
const log = (...a) => console.log(...a);
const CLI_BIN = path.join(ROOT, 'bin', 'privacy-lint.js');
const CLI_BUNDLE = path.join(ROOT, 'dist', 'cli.js');
const SERVER = path.join(ROOT, 'dist', 'server.js');
const NODE = process.execPath;

// Workspace diagnostics of the language server beside the CLI (bench/workspace.mjs, also runnable alone).
if (ONLY?.includes('workspace')) {
  const { benchWorkspace } = await import('./workspace.mjs');
  await benchWorkspace(log);
  if (ONLY.length === 1) process.exit(0);
}

const results = {};
const notes = [];
const note = (text) => {
  notes.push(text);
  log(`  NOTE: ${text}`);
};
const sh = (cmd, args) => {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trimEnd();
  } catch {
    return 'n/a';
  }
};

const started = new Date();
const machine = {
  date: started.toISOString(),
  nproc: sh('nproc', []),
  free: sh('free', ['-h']),
  cpu: os.cpus()[0]?.model ?? 'n/a',
  node: process.version,
  os: `${os.type()} ${os.release()}`,
  loadStart: os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' '),
};
log(`tenant-privacy bench${QUICK ? ' (quick)' : ''}: ${machine.date}, node ${machine.node}, ${machine.nproc} cores, load ${machine.loadStart}`);
log(`  peak RSS: ${RSS_METHOD}`);
if (os.loadavg()[0] > Number(machine.nproc) * 0.75) {
  notes.push(
    `The machine was busy when the bench started (load average ${machine.loadStart} on ${machine.nproc} cores): wall times are noisy; the CPU-time columns are less disturbed by other load.`,
  );
  log(`  WARNING: load average ${machine.loadStart} on ${machine.nproc} cores: other processes are running, wall times will be noisy`);
}

// 1. Workloads, from the engine's format metadata.
log('\n[workloads]');
const spec = await loadSpec();
const workloads = generateAll(spec, log);
const mb = (b) => `${(b / 1e6).toFixed(1)} MB`;
log(`  small: ${workloads.small[2000].files} files, ${mb(workloads.small[2000].bytes)} (${(workloads.small[2000].bytes / 2000 / 1024).toFixed(2)} KiB each)`);
log(
  `  large: ${workloads.large[1].stores} stores, ${mb(workloads.large[1].bytes)}; scaling ${workloads.LARGE_FACTORS.map((f) => mb(workloads.large[f].bytes)).join(', ')}`,
);
log(`  editor: ${workloads.editor.lines} lines, ${mb(workloads.editor.bytes)}`);
const messyWorkloads = want('messy') ? generateMessy(spec, log) : undefined;
const engineBundle = await bundleEngine();

// 2. Tools.
const haveCli = fs.existsSync(CLI_BUNDLE) && fs.existsSync(CLI_BIN);
if (!haveCli) note(`privacy-lint is not built (${rel(CLI_BUNDLE)} missing): run \`npm run build\`; measuring floor and peers only.`);
const cliVersion = haveCli ? sh(NODE, [CLI_BIN, '--version']) : 'n/a';
const schema = chooseSchema();
log(`  schema for peers: ${schema.origin}`);
let peers = { ajv: undefined, spectral: undefined, versions: {} };
if (!flag('no-peers') && (want('small') || want('large'))) {
  log('\n[peers]');
  peers = ensurePeers(log);
}
if (!flag('no-peers') && (want('small') || want('large') || want('messy'))) peers.biome = ensureBiome(log, peers.versions);
const spectralRuleset = peers.spectral ? spectralRulesetFor(schema) : undefined;
const ajvSpec = (() => {
  try {
    const s = JSON.parse(fs.readFileSync(schema.file, 'utf8')).$schema ?? '';
    return s.includes('2020-12') ? 'draft2020' : s.includes('2019-09') ? 'draft2019' : 'draft7';
  } catch {
    return 'draft7';
  }
})();
const tools = {
  floor: (target) => [NODE, [path.join(BENCH, 'floor.mjs'), target]],
  'privacy-lint': (target) => [NODE, [CLI_BIN, '--format', 'json', target]],
  'ajv-cli': (target) => [peers.ajv, ['validate', '-s', schema.file, '-d', target, '--spec', ajvSpec, '--all-errors', '--strict=false', '--errors=json']],
  spectral: (target) => [peers.spectral, ['lint', '-r', spectralRuleset, '-f', 'json', '--quiet', target]],
  biome: (target) => biomeCommand(peers.biome, target),
};
// The organization policy (SPEC section 10): the same run with five policies, and with none, each
// through --config so that both read one settings file.
const POLICY_CONFIGS = writePolicyConfigs();
tools['privacy-lint+5 policies'] = (target) => [NODE, [CLI_BIN, '--config', POLICY_CONFIGS.five, '--format', 'json', target]];
tools['privacy-lint+no policy'] = (target) => [NODE, [CLI_BIN, '--config', POLICY_CONFIGS.none, '--format', 'json', target]];
const TOOL_NAMES = {
  floor: 'floor',
  'privacy-lint': 'privacy-lint',
  'ajv-cli': 'ajv-cli',
  spectral: 'spectral',
  biome: 'biome lint',
  'privacy-lint+5 policies': 'privacy-lint --config (5 policies)',
  'privacy-lint+no policy': 'privacy-lint --config (no policy)',
};
/** Measures [key, tool, target] triples interleaved and records them in `results`. */
const runAll = async (list, runs, opts = {}) => {
  const entries = list.map(([key, tool, target]) => {
    const [cmd, args] = tools[tool](target);
    return { key, cmd, args };
  });
  const measured = await measureAll(entries, { runs, cwd: ROOT, log, ...opts });
  for (const [key, tool] of list) results[key] = { tool: TOOL_NAMES[tool], ...measured[key] };
};

// 3. Process start.
if (want('version')) {
  log('\n[process start]');
  const entries = [{ key: 'start/node', cmd: NODE, args: ['-e', '0'], okStatus: [0] }];
  if (haveCli) entries.push({ key: 'start/privacy-lint', cmd: NODE, args: [CLI_BIN, '--version'], okStatus: [0] });
  const measured = await measureAll(entries, { runs: RUNS.start, cwd: ROOT, log });
  results['start/node'] = { tool: 'node -e 0', ...measured['start/node'] };
  if (haveCli) results['start/privacy-lint'] = { tool: 'privacy-lint --version', ...measured['start/privacy-lint'] };
}

// 4. Small and large workloads: floor, privacy-lint, ajv-cli, Spectral.
const smallTarget = rel(workloads.small[2000].dir);
const largeTarget = rel(workloads.large[1].file);
for (const [name, target, spectralTarget, ajvTarget] of [
  ['small', smallTarget, `${rel(spectralSmallDir())}/*.privacy.json`, `${smallTarget}/*.privacy.jsonc`],
  ['large', largeTarget, rel(spectralLargeFile()), largeTarget],
]) {
  if (!want(name)) continue;
  log(`\n[${name}]`);
  const list = [[`${name}/floor`, 'floor', target]];
  if (haveCli) list.push([`${name}/privacy-lint`, 'privacy-lint', target]);
  if (peers.ajv) list.push([`${name}/ajv-cli`, 'ajv-cli', ajvTarget]);
  if (peers.biome) list.push([`${name}/biome`, 'biome', target]);
  await runAll(list, RUNS.main);
  if (peers.spectral) await runAll([[`${name}/spectral`, 'spectral', spectralTarget]], RUNS.spectral, { warmup: 0 });
}

// 4b. --format html against --format json on the small workload (the report of 2,000
// files takes at most 1.3x the time of the JSON one). `--only html` runs this part alone.
if (want('html') && haveCli) {
  log('\n[html]');
  const measured = await measureAll(
    [
      { key: 'html/json', cmd: NODE, args: [CLI_BIN, '--format', 'json', smallTarget] },
      { key: 'html/html', cmd: NODE, args: [CLI_BIN, '--format', 'html', smallTarget] },
    ],
    { runs: RUNS.main, cwd: ROOT, log },
  );
  results['html/json'] = { tool: 'privacy-lint --format json', ...measured['html/json'] };
  results['html/html'] = { tool: 'privacy-lint --format html', ...measured['html/html'] };
  const bytes = (key) => (measured[key]?.outFile && fs.existsSync(measured[key].outFile) ? fs.statSync(measured[key].outFile).size : NaN);
  log(`    report size: json ${(bytes('html/json') / 1e6).toFixed(1)} MB, html ${(bytes('html/html') / 1e6).toFixed(1)} MB`);
  if (measured['html/html']?.ok && measured['html/json']?.ok) {
    // Beside the ratio of medians, the median of each round's ratio (the two runs of a round ran
    // one after the other, under about the same load) and the CPU ratio, less moved by other work.
    const h = measured['html/html'];
    const j = measured['html/json'];
    const paired = h.times.map((t, i) => t / j.times[i]).sort((a, b) => a - b);
    results['html/html'].pairedRatio = paired[paired.length >> 1];
    log(
      `    html / json: ${(h.median / j.median).toFixed(2)}x wall (medians), ${results['html/html'].pairedRatio.toFixed(2)}x (median of each round's ratio), ${(h.cpuMedian / j.cpuMedian).toFixed(2)}x CPU; target ≤ 1.3x`,
    );
  }
}

// 4b. Findings-heavy twins of small and large, every report format, beside Biome (bench/lib/messy.mjs).
let messy;
if (want('messy') && haveCli) {
  log('\n[findings-heavy]');
  messy = await measureMessy({
    workloads: { small: workloads.small[2000].dir, large: workloads.large[1].file },
    messy: messyWorkloads,
    node: NODE,
    cli: CLI_BIN,
    floor: path.join(BENCH, 'floor.mjs'),
    biome: peers.biome && [peers.biome, (t) => biomeCommand(peers.biome, t)[1]],
    measureAll,
    runs: RUNS.main,
    cwd: ROOT,
    log,
    rel,
  });
}

// 5. Scaling: privacy-lint and the floor at 1x..8x bytes and 500..4,000 files.
if (want('scaling')) {
  log('\n[scaling]');
  const tools_ = haveCli ? ['floor', 'privacy-lint'] : ['floor'];
  // Every point is measured here (the 1x and 2,000-file points again), so that all points of
  // a series have the same number of runs under the same conditions. Ratios of the scaling use
  // the min of each point: other load on the machine only ever adds time.
  // All the points of a series are interleaved, so a change of load touches every size alike.
  await runAll(
    workloads.LARGE_FACTORS.flatMap((f) => tools_.map((tool) => [`large-${f}x/${tool}`, tool, rel(workloads.large[f].file)])),
    RUNS.scaling,
  );
  await runAll(
    workloads.SMALL_COUNTS.flatMap((n) => tools_.map((tool) => [`small-${n}/${tool}`, tool, rel(workloads.small[n].dir)])),
    RUNS.scaling,
  );
}

// 5a. Organization policy: 2,000 files with five policies against the same run without them.
if (want('policies') && haveCli) {
  log('\n[policies]');
  const target = rel(workloads.small[2000].dir);
  await runAll(
    [
      ['policies/none', 'privacy-lint+no policy', target],
      ['policies/five', 'privacy-lint+5 policies', target],
    ],
    RUNS.main,
  );
}

// 5b. The engine in-process: where privacy-lint's time goes (parse, format walk and rules).
let breakdown;
if (want('engine') && engineBundle) {
  log('\n[engine in-process]');
  breakdown = {};
  for (const [name, target] of [
    ['small', workloads.small[2000].dir],
    ['large', workloads.large[1].file],
    ['editor', workloads.editor.file],
  ]) {
    const r = spawnSync(NODE, [path.join(BENCH, 'lib', 'breakdown.mjs'), engineBundle, String(QUICK ? 3 : 7), `${name}=${target}`], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 5 * 60_000,
    });
    try {
      Object.assign(breakdown, JSON.parse(r.stdout.trim().split('\n').at(-1)));
      const b = breakdown[name].cpuMedian;
      log(
        `    ${name} (CPU, median of ${breakdown[name].iterations}): parseTree ${fmtMs(b.parseTree)}, parseDocument ${fmtMs(b.parseDocument)}, lintDocument ${fmtMs(b.lintDocument)}, lint ${fmtMs(b.lint)}`,
      );
    } catch {
      note(`engine breakdown of ${name} failed: ${(r.stderr || '').trim().split('\n').slice(-2).join(' | ')}`);
    }
  }
}

// 6. Editor, over LSP stdio.
let editor;
if (want('editor')) {
  log('\n[editor]');
  if (!fs.existsSync(SERVER)) {
    note(`editor workload skipped: ${rel(SERVER)} does not exist yet (the language server is not built).`);
  } else {
    const args = [
      path.join(BENCH, 'editor.mjs'),
      '--server',
      SERVER,
      '--doc',
      workloads.editor.file,
      '--edits',
      String(RUNS.edits),
      '--requests',
      String(RUNS.requests),
    ];
    if (engineBundle) args.push('--engine', engineBundle);
    const r = spawnSync(NODE, args, { cwd: ROOT, encoding: 'utf8', timeout: 9 * 60_000, maxBuffer: 1 << 24 });
    try {
      editor = JSON.parse(r.stdout.trim().split('\n').at(-1));
    } catch {
      editor = {
        error: `editor client failed (exit ${r.status}${r.signal ? `, ${r.signal}` : ''}): ${(r.stderr || '').trim().split('\n').slice(-3).join(' | ')}`,
      };
    }
    if (editor.error) note(`editor workload failed: ${editor.error}${editor.serverStderr ? ` (server stderr: ${editor.serverStderr})` : ''}`);
    else {
      const s = (x) => `p50 ${fmtMs(x.p50)}, p95 ${fmtMs(x.p95)}`;
      log(
        `    open ${fmtMs(editor.openMs)} (${editor.openDiagnostics} diagnostics, ${editor.sync} sync); keystroke→diagnostics ${s(editor.keystroke)} (${editor.keystroke.n} edits)`,
      );
      log(`    hover ${s(editor.hover)}; completion ${s(editor.completion)}; code action ${s(editor.codeAction)}`);
      log(
        `    parse of the document in-process: min ${fmtMs(editor.parse.min)}, mean ${fmtMs(editor.parse.mean)}${editor.engineLint ? `; engine lint in-process: min ${fmtMs(editor.engineLint.min)}, mean ${fmtMs(editor.engineLint.mean)}` : ''}; server peak RSS ${fmtMiB(editor.serverPeakRssKiB)}`,
      );
    }
  }
}

// 7. CPU profiles (optional).
let profiles;
if (flag('profile') && haveCli) {
  log('\n[profile]');
  const cli = (await bundleCliForProfile()) ?? CLI_BIN;
  profiles = [
    profile('privacy-lint-small', [cli, '--format', 'json', smallTarget]),
    profile('privacy-lint-large', [cli, '--format', 'json', largeTarget]),
    ...(engineBundle
      ? [
          profile('engine-lint-editor (in-process lint() of the editor document, 40 times)', [
            path.join(BENCH, 'lib', 'lintloop.mjs'),
            engineBundle,
            workloads.editor.file,
            '40',
          ]),
        ]
      : []),
  ];
  for (const p of profiles) log(formatProfile(p));
}

// 8. Report.
machine.loadEnd = os
  .loadavg()
  .map((x) => x.toFixed(2))
  .join(' ');
const report = buildReport();
log(`\n${report.console}`);
const file = path.join(BENCH, 'results.md');
if (ONLY) {
  const partial = path.join(WORK, 'results-partial.md');
  fs.writeFileSync(partial, report.markdown);
  log(`--only given: wrote ${rel(partial)} (bench/results.md is written by a full run)`);
} else {
  fs.writeFileSync(file, report.markdown);
  log(`wrote ${rel(file)}`);
}

function buildReport() {
  const ok = (k) => results[k]?.ok;
  const ratio = (a, b, field = 'median') => (ok(a) && ok(b) ? results[a][field] / results[b][field] : NaN);
  const x = (r) => (Number.isFinite(r) ? `${r.toFixed(2)}x` : 'n/a');

  // Main table.
  const rows = [];
  const row = (workload, key, floorKey) => {
    const r = results[key];
    if (!r) return;
    if (!r.ok) return rows.push([workload, r.tool ?? key, 'failed', '', '', '', '', '', '', '', r.note?.slice(0, 120) ?? '']);
    rows.push([
      workload,
      r.tool,
      fmtMs(r.min),
      fmtMs(r.median),
      fmtMs(r.cpuMedian),
      fmtMiB(r.rssMedian),
      floorKey ? x(ratio(key, floorKey)) : '',
      floorKey ? x(ratio(key, floorKey, 'min')) : '',
      floorKey ? x(ratio(key, floorKey, 'cpuMedian')) : '',
      floorKey ? x(ratio(key, floorKey, 'rssMedian')) : '',
      `${r.runs} runs`,
    ]);
  };
  row('start', 'start/node');
  row('start', 'start/privacy-lint', 'start/node');
  for (const w of ['small', 'large'])
    for (const t of ['floor', 'privacy-lint', 'ajv-cli', 'spectral', 'biome']) row(w, `${w}/${t}`, t === 'floor' ? undefined : `${w}/floor`);
  row('small, settings', 'policies/none');
  row('small, settings', 'policies/five', 'policies/none');
  row('small (html)', 'html/json');
  row('small (html)', 'html/html');
  const header = ['workload', 'tool', 'min', 'median', 'CPU (median)', 'peak RSS', '× floor (median)', '× floor (min)', '× floor (CPU)', '× floor (RSS)', ''];

  // Scaling table.
  const scaleRows = [];
  const scale = (label, keys) => {
    for (const tool of ['floor', 'privacy-lint']) {
      const base = `${keys[0]}/${tool}`;
      const cells = keys.map((k) => (ok(`${k}/${tool}`) ? `${fmtMs(results[`${k}/${tool}`].min)} (${x(ratio(`${k}/${tool}`, base, 'min'))})` : 'n/a'));
      if (cells.some((c) => c !== 'n/a')) scaleRows.push([label, tool, ...cells]);
    }
  };
  scale(
    'large',
    workloads.LARGE_FACTORS.map((f) => `large-${f}x`),
  );
  scale(
    'small',
    workloads.SMALL_COUNTS.map((n) => `small-${n}`),
  );

  // Targets.
  const targets = [];
  const target = (name, measured, limit, pass) => targets.push([name, measured, limit, pass === undefined ? 'n/a' : pass ? 'PASS' : 'FAIL']);
  const rSmall = ratio('small/privacy-lint', 'small/floor');
  target('small: privacy-lint --format json, 2,000 files', x(rSmall), '≤ 1.5x floor', Number.isFinite(rSmall) ? rSmall <= 1.5 : undefined);
  const rHtml = ratio('html/html', 'html/json');
  if (ok('html/html'))
    target(
      'html: --format html, 2,000 files',
      `${x(rHtml)} json (rounds ${x(results['html/html'].pairedRatio)}, CPU ${x(ratio('html/html', 'html/json', 'cpuMedian'))})`,
      '≤ 1.3x --format json',
      Number.isFinite(rHtml) ? rHtml <= 1.3 : undefined,
    );
  if (ok('small/ajv-cli')) {
    const v = ratio('small/privacy-lint', 'small/ajv-cli');
    target('small: faster than ajv-cli (schema only)', Number.isFinite(v) ? `${x(v)} ajv-cli` : 'n/a', '< 1x ajv-cli', Number.isFinite(v) ? v < 1 : undefined);
  }
  const rLarge = ratio('large/privacy-lint', 'large/floor');
  target('large: wall time, 50,000 stores', x(rLarge), '≤ 2x floor', Number.isFinite(rLarge) ? rLarge <= 2 : undefined);
  const rLargeRss = ratio('large/privacy-lint', 'large/floor', 'rssMedian');
  target('large: peak RSS', x(rLargeRss), '≤ 1.5x floor', Number.isFinite(rLargeRss) ? rLargeRss <= 1.5 : undefined);
  const rVersion = ratio('start/privacy-lint', 'start/node');
  target('privacy-lint --version', x(rVersion), '≤ 1.5x node -e 0', Number.isFinite(rVersion) ? rVersion <= 1.5 : undefined);
  if (editor && !editor.error) {
    const k = editor.keystroke.p95;
    target(
      'editor: keystroke → diagnostics p95 vs parse',
      `${fmtMs(k)} = ${x(k / editor.parse.mean)} parse (mean ${fmtMs(editor.parse.mean)})`,
      '≤ 2x parse',
      k <= 2 * editor.parse.mean,
    );
    target('editor: keystroke → diagnostics p95', fmtMs(k), '< 25 ms', k < 25);
    target('editor: hover p95', fmtMs(editor.hover.p95), '< 10 ms', editor.hover.p95 < 10);
    target('editor: completion p95', fmtMs(editor.completion.p95), '< 10 ms', editor.completion.p95 < 10);
    target('editor: code action p95', fmtMs(editor.codeAction.p95), '< 10 ms', editor.codeAction.p95 < 10);
  } else {
    target('editor (LSP)', editor?.error ? 'failed' : 'skipped', 'see notes', undefined);
  }
  if (ok('policies/five') && ok('policies/none')) {
    const p = ratio('policies/five', 'policies/none');
    const pCpu = ratio('policies/five', 'policies/none', 'cpuMedian');
    target('policies: 2,000 files with 5 policies vs none', `${x(p)} (CPU ${x(pCpu)})`, '≤ 1.2x', p <= 1.2);
  }
  const s8 = ratio('large-8x/privacy-lint', 'large-1x/privacy-lint', 'min');
  target('scaling: large 8x bytes', x(s8), '≤ 9x of 1x', Number.isFinite(s8) ? s8 <= 9 : undefined);
  const n8 = ratio('small-4000/privacy-lint', 'small-500/privacy-lint', 'min');
  target('scaling: small 8x files (4,000 vs 500)', x(n8), '≤ 9x of 500', Number.isFinite(n8) ? n8 <= 9 : undefined);

  const md = (head, body) =>
    [`| ${head.join(' | ')} |`, `|${head.map((_, i) => (i < 2 ? '---' : '---:')).join('|')}|`, ...body.map((r) => `| ${r.join(' | ')} |`)].join('\n');
  const txt = (head, body) => {
    const all = [head, ...body];
    const w = head.map((_, i) => Math.max(...all.map((r) => String(r[i] ?? '').length)));
    return all
      .map((r, j) => r.map((c, i) => String(c ?? '').padEnd(w[i])).join('  ') + (j === 0 ? `\n${w.map((n) => '-'.repeat(n)).join('  ')}` : ''))
      .join('\n');
  };
  const largeScale = scaleRows.filter((r) => r[0] === 'large');
  const smallScale = scaleRows.filter((r) => r[0] === 'small');
  const targetHead = ['target', 'measured', 'limit', 'result'];

  const editorLines =
    editor && !editor.error
      ? [
          `Document: ${editor.lines} lines, ${(editor.chars / 1024).toFixed(0)} KiB, ${editor.sync} sync; open → first diagnostics ${fmtMs(editor.openMs)} (${editor.openDiagnostics} diagnostics); server peak RSS ${fmtMiB(editor.serverPeakRssKiB)}; requests from the server to the client: ${
            Object.entries(editor.serverRequests ?? {})
              .map(([m, n]) => `${m} ${n}`)
              .join(', ') || 'none'
          }.`,
          '',
          md(
            ['measure', 'n', 'min', 'p50', 'mean', 'p95', 'max'],
            [
              ['keystroke → publishDiagnostics', editor.keystroke],
              [`hover (${editor.hover.answered} answered)`, editor.hover],
              [`completion (${editor.completion.items} items)`, editor.completion],
              [`code action (${editor.codeAction.actions} actions)`, editor.codeAction],
              ['parseTree of the document, in-process (warm)', editor.parse],
              ...(editor.engineLint ? [['engine lint() of the document, in-process (warm)', editor.engineLint]] : []),
            ].map(([label, st]) => [label, st.n, fmtMs(st.min), fmtMs(st.p50), fmtMs(st.mean), fmtMs(st.p95), fmtMs(st.max)]),
          ),
        ].join('\n')
      : editor?.error
        ? `Failed: ${editor.error}`
        : 'Skipped: see notes.';

  const versions = [
    `privacy-lint ${cliVersion}`,
    `jsonc-parser ${sh(NODE, ['-p', "require('jsonc-parser/package.json').version"])}`,
    ...Object.entries(peers.versions).map(([k, v]) => `${k} ${v}`),
  ].join(', ');
  const w = workloads;
  const markdown = `# Benchmark results

Written by \`npm run bench${QUICK ? ' -- --quick' : ''}\` (bench/run.mjs; method in [bench/README.md](README.md)). Generated, not hand-edited.

- Date: ${machine.date}
- Machine: ${machine.nproc} cores (${machine.cpu}), ${machine.os}, load average ${machine.loadStart} at start, ${machine.loadEnd} at end
- Node: ${machine.node}
- Versions: ${versions}
- Peers' schema: ${schema.origin}
- Peak RSS: ${RSS_METHOD}
- Runs: one discarded warm-up, then ${RUNS.main} runs each (process start ${RUNS.start}, scaling ${RUNS.scaling}, Spectral ${RUNS.spectral} without warm-up); ratios use medians

\`\`\`
${machine.free}
\`\`\`

## Workloads (seeded, generated under bench/.work/workloads)

- small: ${w.small[2000].files} configs of both editions, ${mb(w.small[2000].bytes)} (${(w.small[2000].bytes / w.small[2000].files / 1024).toFixed(2)} KiB each), a comment line on top and one to three violations each; all files in one invocation
- large: one config with ${w.large[1].stores.toLocaleString('en-US')} stores, ${mb(w.large[1].bytes)}
- editor: ${w.editor.lines.toLocaleString('en-US')} lines, ${mb(w.editor.bytes)}
- scaling: large at ${w.LARGE_FACTORS.map((f) => `${f}x (${mb(w.large[f].bytes)})`).join(', ')}; small at ${w.SMALL_COUNTS.join(', ')} files

## Whole processes

${md(header, rows)}

Floor: one node process that reads the same files and runs jsonc-parser \`parseTree\` on each (bench/floor.mjs); \`node -e 0\` for process start.
ajv-cli validates the JSON Schema only; Spectral runs the schema plus retention.auditLogs ≤ 365, purgeWithinDays ≤ 30 and store geography = elected (bench/spectral/ruleset.yaml), on a copy of the workload whose \`//\` comment lines are \`#\` lines (spectral-cli parses every file as YAML).

## Scaling (min of each point, ratio to the smallest)

${largeScale.length ? md(['workload', 'tool', ...w.LARGE_FACTORS.map((f) => `${f}x`)], largeScale) : 'not measured'}

${smallScale.length ? md(['workload', 'tool', ...w.SMALL_COUNTS.map((n) => `${n} files`)], smallScale) : ''}

## The engine in-process (warm; where privacy-lint's time goes)

${
  breakdown
    ? `${md(
        [
          'workload',
          'files',
          'parseTree (floor work)',
          'parseDocument',
          'lintDocument (walk + rules)',
          'lint() = both',
          'lintDocument ÷ parseTree',
          'lint ÷ parseTree',
        ],
        Object.entries(breakdown).map(([name, b]) => [
          name,
          b.files,
          fmtMs(b.cpuMedian.parseTree),
          fmtMs(b.cpuMedian.parseDocument),
          fmtMs(b.cpuMedian.lintDocument),
          fmtMs(b.cpuMedian.lint),
          x(b.cpuMedian.lintDocument / b.cpuMedian.parseTree),
          x(b.cpuMedian.lint / b.cpuMedian.parseTree),
        ]),
      )}

CPU time (user + system, every thread) of each stage over all the files of the workload, median of at least ${Math.min(...Object.values(breakdown).map((b) => b.iterations))} rounds in a loop of its own after a warm-up of at least a second (steady state, each round paying for its own garbage), one process per workload (bench/lib/breakdown.mjs; the engine bundled from server/src/engine with esbuild). Wall times are in the JSON the script prints; on a busy machine they are mostly waiting. The whole-process figures above add process start, module loading, file discovery and reading, cold (unoptimized) code and the JSON output.`
    : 'not measured'
}

## Editor (language server over stdio)

${editorLines}

## Targets

${md(targetHead, targets)}
${messy ? `\n${messyMarkdown(messy, { fmtMs, fmtMiB }, md, `kind small and large as above; findings-heavy: ${messyWorkloads.small.files} configs, ${mb(messyWorkloads.small.bytes)}, and one config with ${messyWorkloads.large.stores.toLocaleString('en-US')} stores, ${mb(messyWorkloads.large.bytes)}, several findings per small file and one in most stores, most of them enum values outside the format (bench/lib/messy.mjs)`)}` : ''}
${notes.length ? `\n## Notes\n\n${notes.map((n) => `- ${n}`).join('\n')}\n` : ''}${profiles ? `\n## CPU profiles (node --cpu-prof, top functions by self time)\n\n${profiles.map(formatProfile).join('\n')}` : ''}`;

  const consoleText = [
    txt(header, rows),
    '',
    largeScale.length || smallScale.length ? 'scaling (min, ratio to the smallest)' : '',
    largeScale.length ? txt(['workload', 'tool', ...w.LARGE_FACTORS.map((f) => `${f}x`)], largeScale) : '',
    smallScale.length ? txt(['workload', 'tool', ...w.SMALL_COUNTS.map((n) => `${n} files`)], smallScale) : '',
    '',
    txt(targetHead, targets),
    messy ? `\n${messyMarkdown(messy, { fmtMs, fmtMiB }, txt, 'see results')}` : '',
    notes.length ? `\nnotes:\n${notes.map((n) => `  - ${n}`).join('\n')}` : '',
  ].join('\n');
  return { markdown, console: consoleText };
}

/**
 * Settings files for the policies target: five policies of the kinds docs/organization-policy.md
 * shows, which read every store, every purpose, the tenant and the retention of each file (the
 * evaluation is the cost measured), written so that the workload mostly satisfies them, as an
 * organization's own configs would (a policy that fails on thousands of values adds their
 * findings' output to the run, which is not the policies' cost); and an empty settings file.
 */
function writePolicyConfigs() {
  fs.mkdirSync(WORK, { recursive: true });
  const five = path.join(WORK, 'policies.config.json');
  const none = path.join(WORK, 'no-policies.config.json');
  const geographies = [
    'northAmerica',
    'europe',
    'asiaPacific',
    'australia',
    'brazil',
    'canada',
    'france',
    'germany',
    'india',
    'japan',
    'korea',
    'norway',
    'southAfrica',
    'switzerland',
    'uae',
    'unitedKingdom',
  ];
  fs.writeFileSync(
    five,
    `${JSON.stringify(
      {
        policies: [
          {
            id: 'bench/known-geography',
            message: 'Stores in a known geography.',
            given: '$.stores[*]',
            schema: { if: { properties: { kind: { not: { const: 'telemetry' } } } }, then: { properties: { geography: { enum: geographies } } } },
          },
          {
            id: 'bench/personal-not-in-telemetry',
            message: 'No personal data in telemetry stores.',
            given: '$.stores[*]',
            schema: {
              if: { properties: { data: { contains: { const: 'personal' } } }, required: ['data'] },
              then: { properties: { kind: { not: { const: 'telemetry' } } } },
            },
          },
          {
            id: 'bench/no-analytics',
            message: 'No analytics.',
            given: '$.processing.purposes[*]',
            schema: { not: { pattern: '^(?:[Aa]nalytics|[Aa]dvertising)$' } },
          },
          {
            id: 'bench/tenant-id',
            message: 'A tenant id is lower-case.',
            given: '$.tenant.id',
            schema: { type: 'string', pattern: '^[a-z0-9-]+$', maxLength: 64 },
          },
          {
            id: 'bench/audit-bound',
            message: 'Audit logs at most 400 days.',
            given: '$.retention',
            schema: { properties: { auditLogs: { anyOf: [{ type: 'string' }, { type: 'integer', maximum: 400 }] } }, required: ['auditLogs'] },
          },
        ],
      },
      null,
      2,
    )}\n`,
  );
  fs.writeFileSync(none, '{}\n');
  return { five: rel(five), none: rel(none) };
}
