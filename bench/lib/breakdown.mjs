// node bench/lib/breakdown.mjs ENGINE_BUNDLE ITERATIONS NAME=PATH...
// Where the engine's time goes, in-process and warm, with the engine's public API only:
// jsonc-parser parseTree alone (the floor's work), parseDocument (parse, line index, comment
// scan), lintDocument on documents already parsed (format walk and rules), and lint() of the
// text (the two together). PATH is a file or a directory of *.privacy.json(c). One JSON line out.
// The bench runs one process per workload, so one workload's heap does not slow the next.
// CPU time (process.cpuUsage, every thread) is the figure to read on a busy machine.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseTree } from 'jsonc-parser';

const [enginePath, iterations, ...targets] = process.argv.slice(2);
const engine = await import(pathToFileURL(enginePath).href);
const N = Number(iterations);
const OPTIONS = { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false };
const now = () => Number(process.hrtime.bigint()) / 1e6;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const out = {};
for (const target of targets) {
  const [name, p] = target.split('=');
  const files = fs.statSync(p).isDirectory()
    ? fs
        .readdirSync(p)
        .filter((f) => /\.privacy\.jsonc?$/.test(f))
        .sort()
        .map((f) => path.join(p, f))
    : [p];
  const texts = files.map((f) => fs.readFileSync(f, 'utf8'));
  const stages = {
    parseTree: () => {
      for (const t of texts) parseTree(t, [], OPTIONS);
    },
    parseDocument: () => {
      for (const t of texts) engine.parseDocument(t);
    },
    lintDocument: (docs) => {
      for (const d of docs) engine.lintDocument(d);
    },
    lint: () => {
      for (const t of texts) engine.lint(t);
    },
  };
  const times = Object.fromEntries(Object.keys(stages).map((k) => [k, []]));
  const cpu = Object.fromEntries(Object.keys(stages).map((k) => [k, []]));
  let diagnostics = 0;
  let rounds = Infinity;
  let warmup = Infinity;
  // Each stage in a loop of its own, so that each round pays for the garbage of the round
  // before it, of the same stage: the steady-state cost of the stage with its own GC. A warm-up
  // of at least one round and a second (the code gets optimized as in a long-lived server),
  // then at least N rounds and two seconds' worth.
  for (const [k, fn] of Object.entries(stages)) {
    const prepare = () => (k === 'lintDocument' ? texts.map((t) => engine.parseDocument(t)) : undefined);
    const warmStart = now();
    let w = 0;
    while (w < 1 || now() - warmStart < 1000) {
      fn(prepare());
      w++;
    }
    const start = now();
    let n = 0;
    while (n < N || now() - start < 2000) {
      const docs = prepare();
      const c0 = process.cpuUsage();
      const t0 = now();
      fn(docs);
      times[k].push(now() - t0);
      const c = process.cpuUsage(c0);
      cpu[k].push((c.user + c.system) / 1000);
      n++;
    }
    rounds = Math.min(rounds, n);
    warmup = Math.min(warmup, w);
  }
  for (const t of texts) diagnostics += engine.lint(t).diagnostics.length;
  out[name] = {
    files: texts.length,
    chars: texts.reduce((s, t) => s + t.length, 0),
    diagnostics,
    iterations: rounds,
    warmup,
    min: Object.fromEntries(Object.entries(times).map(([k, v]) => [k, Math.min(...v)])),
    median: Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)])),
    // CPU time of the process (every thread: the GC's helpers too) during the stage; not
    // inflated by other processes taking the cores, as wall time is on a busy machine.
    cpuMin: Object.fromEntries(Object.entries(cpu).map(([k, v]) => [k, Math.min(...v)])),
    cpuMedian: Object.fromEntries(Object.entries(cpu).map(([k, v]) => [k, median(v)])),
  };
}
process.stdout.write(`${JSON.stringify(out)}\n`);
