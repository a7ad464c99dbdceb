// Peers, installed on demand into bench/.work/peers (git-ignored) with `npm install --prefix`:
// never project dependencies. A peer that cannot be installed or run is reported and skipped.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { BENCH, PEERS, WORK } from './paths.mjs';
import { SHIPPED_SCHEMA, spectralRuleset } from './schema.mjs';

const PACKAGES = { ajv: 'ajv-cli@^5.0.0', spectral: '@stoplight/spectral-cli@^6.11.0' };
const BIN = { ajv: path.join(PEERS, 'node_modules', '.bin', 'ajv'), spectral: path.join(PEERS, 'node_modules', '.bin', 'spectral') };
const PKG = { ajv: 'ajv-cli', spectral: '@stoplight/spectral-cli' };

/** The environment for npm: without the npm_* variables of an enclosing `npm run`. */
function npmEnv() {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^npm_/i.test(key) && !/^npm_config_(registry|cache|userconfig|globalconfig|strict_ssl|cafile|proxy|https_proxy|noproxy)$/i.test(key)) delete env[key];
  }
  return env;
}

export function ensurePeers(log = console.log) {
  const missing = Object.keys(PACKAGES).filter((k) => !fs.existsSync(BIN[k]));
  if (missing.length) {
    fs.mkdirSync(PEERS, { recursive: true });
    const pkg = path.join(PEERS, 'package.json');
    if (!fs.existsSync(pkg)) fs.writeFileSync(pkg, `${JSON.stringify({ name: 'tenant-privacy-bench-peers', private: true }, null, 2)}\n`);
    log(`  installing ${missing.map((k) => PACKAGES[k]).join(' ')} into ${path.relative(BENCH, PEERS)} ...`);
    const t0 = Date.now();
    const r = spawnSync('npm', ['install', '--prefix', PEERS, '--no-audit', '--no-fund', '--loglevel=error', ...missing.map((k) => PACKAGES[k])], {
      cwd: PEERS,
      env: npmEnv(),
      encoding: 'utf8',
      timeout: 8 * 60_000,
    });
    if (r.status !== 0) log(`  npm install failed (${r.error?.message ?? `exit ${r.status}`}): ${(r.stderr || '').trim().split('\n').slice(-3).join(' | ')}`);
    else log(`  installed in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  }
  const out = { versions: {} };
  for (const key of Object.keys(PACKAGES)) {
    if (!fs.existsSync(BIN[key])) {
      log(`  ${PKG[key]}: not installed, skipped`);
      continue;
    }
    try {
      const version = JSON.parse(fs.readFileSync(path.join(PEERS, 'node_modules', PKG[key], 'package.json'), 'utf8')).version;
      // Check that it runs at all.
      execFileSync(BIN[key], key === 'spectral' ? ['--version'] : ['help'], { stdio: 'ignore', timeout: 60_000 });
      out[key] = BIN[key];
      out.versions[PKG[key]] = version;
      log(`  ${PKG[key]} ${version}`);
    } catch (error) {
      log(`  ${PKG[key]}: cannot run (${String(error.message).split('\n')[0]}), skipped`);
    }
  }
  return out;
}

/**
 * The Spectral ruleset to use: the shipped one (bench/spectral/ruleset.yaml) when the peers use
 * the shipped schema, else a copy under bench/.work/spectral with the chosen schema inlined.
 */
export function spectralRulesetFor(schema) {
  const shipped = path.join(BENCH, 'spectral', 'ruleset.yaml');
  if (schema.file === SHIPPED_SCHEMA) return shipped;
  const dir = path.join(WORK, 'spectral');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(path.join(BENCH, 'spectral', 'functions'), path.join(dir, 'functions'), { recursive: true });
  const file = path.join(dir, 'ruleset.yaml');
  fs.writeFileSync(file, spectralRuleset(JSON.parse(fs.readFileSync(schema.file, 'utf8'))));
  return file;
}
