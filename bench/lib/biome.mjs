// Biome (`biome lint`), a native linter, as a peer: installed on demand into bench/.work/peers like
// the others (never a project dependency), run on the same files with a biome.json the bench
// writes: JSON comments and trailing commas allowed (the workloads are JSONC with `//` comments)
// and `files.maxSize` raised (Biome skips files over 1 MiB by default: the large workloads are 8 MB).
// Biome has no rule about this format; what it does per file is find, read, parse, lint with its
// JSON rules and report, on all the machine's cores.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { BENCH, PEERS, WORK } from './paths.mjs';

export const BIOME_PACKAGE = '@biomejs/biome@2.6.8';
const BIN = path.join(PEERS, 'node_modules', '.bin', 'biome');
const CONFIG_DIR = path.join(WORK, 'biome');

export const BIOME_CONFIG = {
  files: { maxSize: 256 * 1024 * 1024 },
  vcs: { enabled: false },
  json: { parser: { allowComments: true, allowTrailingCommas: true } },
  linter: { enabled: true },
};

/** Installs Biome when missing; returns the binary, or undefined (reported) when it cannot run. Records its version in `versions`. */
export function ensureBiome(log = console.log, versions = {}) {
  if (!fs.existsSync(BIN)) {
    fs.mkdirSync(PEERS, { recursive: true });
    const pkg = path.join(PEERS, 'package.json');
    if (!fs.existsSync(pkg)) fs.writeFileSync(pkg, `${JSON.stringify({ name: 'tenant-privacy-bench-peers', private: true }, null, 2)}\n`);
    log(`  installing ${BIOME_PACKAGE} into ${path.relative(BENCH, PEERS)} ...`);
    const env = { ...process.env };
    for (const key of Object.keys(env))
      if (/^npm_/i.test(key) && !/^npm_config_(registry|cache|userconfig|strict_ssl|cafile|proxy|https_proxy|noproxy)$/i.test(key)) delete env[key];
    const r = spawnSync('npm', ['install', '--prefix', PEERS, '--no-audit', '--no-fund', '--loglevel=error', BIOME_PACKAGE], {
      cwd: PEERS,
      env,
      encoding: 'utf8',
      timeout: 8 * 60_000,
    });
    if (r.status !== 0) log(`  npm install failed (${r.error?.message ?? `exit ${r.status}`}): ${(r.stderr || '').trim().split('\n').slice(-3).join(' | ')}`);
  }
  if (!fs.existsSync(BIN)) {
    log('  @biomejs/biome: not installed, skipped');
    return undefined;
  }
  try {
    const version = execFileSync(BIN, ['--version'], { encoding: 'utf8', timeout: 60_000 })
      .trim()
      .replace(/^Version:\s*/, '');
    fs.mkdirSync(CONFIG_DIR, { recursive: true });
    fs.writeFileSync(path.join(CONFIG_DIR, 'biome.json'), `${JSON.stringify(BIOME_CONFIG, null, 2)}\n`);
    versions['@biomejs/biome'] = version;
    log(`  @biomejs/biome ${version}`);
    return BIN;
  } catch (error) {
    log(`  @biomejs/biome: cannot run (${String(error.message).split('\n')[0]}), skipped`);
    return undefined;
  }
}

/** `biome lint` of a file or folder with the bench's biome.json. */
export function biomeCommand(bin, target) {
  return [bin, ['lint', '--config-path', CONFIG_DIR, '--max-diagnostics=none', target]];
}
