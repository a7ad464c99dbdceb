#!/usr/bin/env node
// CPU profiles of privacy-lint: `node --cpu-prof` on a command, then the top functions by self
// time, mapped back to the TypeScript sources. The CLI profiled is bundled from server/src/cli by
// the bench (bench/.work/gen/cli.cjs: as scripts/build.mjs does, never minified, with a source
// map), so names are real whatever state dist/ is in.
//
//   node bench/profile.mjs [--top 25]      profiles the small and large workloads (generate them first with npm run bench)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { SourceMap } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BENCH, PROF, ROOT } from './lib/paths.mjs';

const sourceMaps = new Map();
function sourceMapFor(url) {
  if (sourceMaps.has(url)) return sourceMaps.get(url);
  let map;
  try {
    const file = url.startsWith('file:') ? fileURLToPath(url) : url;
    // Only a map the file names and that is not older than the file (dist/ may be rebuilt meanwhile).
    const mapFile = `${file}.map`;
    const tail = fs.readFileSync(file, 'utf8').slice(-300);
    if (
      fs.existsSync(mapFile) &&
      tail.includes(`sourceMappingURL=${path.basename(mapFile)}`) &&
      fs.statSync(mapFile).mtimeMs >= fs.statSync(file).mtimeMs - 5000
    ) {
      map = new SourceMap(JSON.parse(fs.readFileSync(mapFile, 'utf8')));
    }
  } catch {}
  sourceMaps.set(url, map);
  return map;
}

function where(frame) {
  const { url, lineNumber, columnNumber } = frame;
  if (!url) return '';
  const map = sourceMapFor(url);
  if (map) {
    const entry = map.findEntry(lineNumber, columnNumber);
    if (entry?.originalSource) {
      const src = entry.originalSource.replace(/^.*?(server\/src\/|node_modules\/)/, '$1');
      return `${src}:${entry.originalLine + 1}`;
    }
  }
  const file = url.startsWith('file:') ? fileURLToPath(url) : url;
  return `${path.relative(ROOT, file) || file}:${lineNumber + 1}`;
}

/** Top functions by self time of a .cpuprofile. */
export function topSelf(profileFile, top = 25) {
  const profile = JSON.parse(fs.readFileSync(profileFile, 'utf8'));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    total += dt;
    self.set(id, (self.get(id) ?? 0) + dt);
  });
  const agg = new Map();
  for (const [id, us] of self) {
    const frame = byId.get(id).callFrame;
    const name = frame.functionName || (frame.url ? '(anonymous)' : `(${frame.functionName || 'program'})`);
    const key = `${name}  ${where(frame)}`;
    agg.set(key, (agg.get(key) ?? 0) + us);
  }
  const rows = [...agg]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([key, us]) => ({ fn: key, ms: us / 1000, pct: (100 * us) / total }));
  return { totalMs: total / 1000, rows };
}

/** Profiles `node <args>` and returns the top functions. */
export function profile(name, args, { top = 25 } = {}) {
  const dir = path.join(PROF, name.replace(/ .*/, '').replace(/[^\w.-]+/g, '_'));
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const r = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', dir, ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
  if (!files.length) return { name, error: `no profile written (exit ${r.status}: ${String(r.stderr).trim().split('\n').at(-1)})` };
  return { name, file: path.join(dir, files[0]), ...topSelf(path.join(dir, files[0]), top) };
}

export function formatProfile(p) {
  if (p.error) return `${p.name}: ${p.error}\n`;
  const lines = [`${p.name}: ${p.totalMs.toFixed(0)} ms sampled (${path.relative(ROOT, p.file)})`, '', '| self ms | % | function  source |', '|---:|---:|---|'];
  for (const row of p.rows) lines.push(`| ${row.ms.toFixed(1)} | ${row.pct.toFixed(1)} | \`${row.fn.replace(/\|/g, '\\|')}\` |`);
  return `${lines.join('\n')}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--top');
  const top = i >= 0 ? Number(process.argv[i + 1]) : 25;
  const { smallDir, largeFile } = await import('./lib/generate.mjs');
  const { bundleCliForProfile } = await import('./lib/bundle.mjs');
  const cli = (await bundleCliForProfile()) ?? path.join(ROOT, 'bin', 'privacy-lint.js');
  for (const [name, target] of [
    ['small', smallDir(2000)],
    ['large', largeFile(1)],
  ]) {
    console.log(formatProfile(profile(`privacy-lint-${name}`, [cli, '--format', 'json', path.relative(ROOT, target)], { top })));
  }
  const { bundleEngine } = await import('./lib/bundle.mjs');
  const { editorFile } = await import('./lib/generate.mjs');
  const engine = await bundleEngine();
  if (engine) console.log(formatProfile(profile('engine-lint-editor', [path.join(BENCH, 'lib', 'lintloop.mjs'), engine, editorFile(), '40'], { top })));
}
