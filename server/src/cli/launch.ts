import type * as vmTypes from 'node:vm';
import { CLI_FLAGS } from '../v8Tuning';
import { COMPILED_PARTS_KEY } from './compiledParts';

// Plain requires: this file is the bin, and stays small (no interop helpers in its bundle).
const crypto = require('node:crypto') as typeof import('node:crypto');
const fs = require('node:fs') as typeof import('node:fs');
const Module = require('node:module') as typeof import('node:module');
const os = require('node:os') as typeof import('node:os');
const path = require('node:path') as typeof import('node:path');
const v8 = require('node:v8') as typeof import('node:v8');
const vm = require('node:vm') as typeof import('node:vm');

/**
 * The `privacy-lint` bin (built into bin/privacy-lint.js by scripts/build.mjs): it loads the
 * CLI's bundle (dist/cli.js) with a V8 code cache, as Node.js 22's `module.enableCompileCache()`
 * does, for every Node.js from 20 on. Compiling the bundle, and the functions a lint calls, is some 30 ms of each run
 * (a sixth of a run over a few files, as a pre-commit hook makes); with the cache V8 reads the
 * compiled code instead. The cache is made at the end of the first lint (exit 0 or 1), and made
 * again, fuller, by a run that used a part of the CLI it lacks (another format, policies, --fix:
 * compiledParts.ts); it then replaces the one it holds, and those of older bundles.
 *
 * The cache is code, so it is kept where only this user can write: a folder of the system's
 * temporary folder, created for this user alone (mode 0700), used only when it is a folder this
 * user owns that no one else may write (else there is no cache: the run is as it was). A cache
 * file is named by a hash of the bundle, of Node's version and architecture and of the V8 flags,
 * and by the parts it holds, so that a new bundle never runs an old cache (V8 checks the rest itself and refuses a cache
 * made under other flags or by another V8: the run then makes a new one). Written to a temporary
 * file, then renamed: a run never reads half a cache. Any failure of the cache is silent: it only
 * ever costs the time it would have saved.
 *
 * `PRIVACY_LINT_COMPILE_CACHE=DIR` keeps the cache in DIR (checked the same way); `=0`, or
 * Node's own `NODE_DISABLE_COMPILE_CACHE=1`, turns it off.
 */

const BUNDLE = path.join(__dirname, '..', 'dist', 'cli.js');

function launch(): void {
  // The flags first: V8 accepts a code cache only under the flags it was made with.
  for (const flag of CLI_FLAGS) v8.setFlagsFromString(flag);
  const source = fs.readFileSync(BUNDLE, 'utf8');
  const folder = cacheFolder(process.env);
  const key = cacheKey(source);
  const found = folder ? fullestCache(folder, key) : undefined;
  const cached = folder && found ? readCache(path.join(folder, found.name)) : undefined;
  const script = new vm.Script(Module.wrap(source), { filename: BUNDLE, cachedData: cached });
  if (folder) {
    const held = found && cached && !script.cachedDataRejected ? found.parts : -1;
    // At the very end, once the run has compiled what it uses (process.exit runs 'exit'
    // listeners), and only after a lint (exit 0 or 1: not bad usage, nor --help, --version, which
    // compile little): when there is no cache, or this run used a part the cache lacks.
    process.once('exit', (code) => {
      const used = ((globalThis as Record<symbol, unknown>)[COMPILED_PARTS_KEY] as number | undefined) ?? 0;
      if ((code === 0 || code === 1) && used && (held < 0 || (used & ~held) !== 0)) {
        writeCache(folder, key, held < 0 ? used : held | used, script);
      }
    });
  }
  const module = new Module(BUNDLE, require.main);
  module.filename = BUNDLE;
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper.call(module.exports, module.exports, Module.createRequire(BUNDLE), module, BUNDLE, path.dirname(BUNDLE));
}

/** The cache file of this bundle that holds the most parts (`cli-KEY-PARTS.bin`, PARTS in hexadecimal). */
function fullestCache(folder: string, key: string): { name: string; parts: number } | undefined {
  let best: { name: string; parts: number; count: number } | undefined;
  try {
    for (const name of fs.readdirSync(folder)) {
      const match = CACHE_NAME.exec(name);
      if (!match || match[1] !== key) continue;
      const parts = parseInt(match[2], 16);
      const count = bitCount(parts);
      if (!best || count > best.count) best = { name, parts, count };
    }
  } catch {
    return undefined;
  }
  return best;
}

const CACHE_NAME = /^cli-([0-9a-f]{40})-([0-9a-f]{1,8})\.bin$/;

function bitCount(n: number): number {
  let count = 0;
  for (let v = n; v; v &= v - 1) count++;
  return count;
}

function cacheKey(source: string): string {
  return crypto
    .createHash('sha256')
    .update(source)
    .update(`\0${process.version}\0${process.arch}\0${CLI_FLAGS.join(' ')}`)
    .digest('hex')
    .slice(0, 40);
}

/** The cache's folder, created if need be; undefined when turned off or not safe to use. */
function cacheFolder(env: NodeJS.ProcessEnv): string | undefined {
  const given = env.PRIVACY_LINT_COMPILE_CACHE;
  if (given === '0' || given === 'false' || env.NODE_DISABLE_COMPILE_CACHE) return undefined;
  const uid = process.getuid?.();
  const folder = given ? path.resolve(given) : path.join(os.tmpdir(), uid === undefined ? 'privacy-lint-cache' : `privacy-lint-cache-${uid}`);
  try {
    fs.mkdirSync(folder, { mode: 0o700 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return undefined;
  }
  try {
    const stat = fs.lstatSync(folder);
    // Windows has no owner nor mode bits here; its temporary folder is the user's own.
    if (!stat.isDirectory() || (uid !== undefined && (stat.uid !== uid || (stat.mode & 0o022) !== 0))) return undefined;
  } catch {
    return undefined;
  }
  return folder;
}

/** A cache file this user owns and no one else may write; undefined otherwise. */
function readCache(file: string): Buffer | undefined {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0) | (fs.constants.O_NONBLOCK ?? 0));
    const stat = fs.fstatSync(fd);
    const uid = process.getuid?.();
    if (!stat.isFile() || stat.size > 64 * 1024 * 1024 || (uid !== undefined && (stat.uid !== uid || (stat.mode & 0o022) !== 0))) return undefined;
    return fs.readFileSync(fd);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Writes this run's cache, then removes the caches it supersedes (fewer parts, or an older bundle). */
function writeCache(folder: string, key: string, parts: number, script: vmTypes.Script): void {
  const name = `cli-${key}-${parts.toString(16)}.bin`;
  const file = path.join(folder, name);
  const temporary = `${file}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
  try {
    fs.writeFileSync(temporary, script.createCachedData(), { mode: 0o600, flag: 'wx' });
    fs.renameSync(temporary, file);
  } catch {
    try {
      fs.rmSync(temporary, { force: true });
    } catch {
      // nothing more to do: there is no new cache, and the run was as it would have been
    }
    return;
  }
  try {
    for (const other of fs.readdirSync(folder)) {
      const match = CACHE_NAME.exec(other);
      if (match && other !== name && (match[1] !== key || (parseInt(match[2], 16) & ~parts) === 0)) fs.rmSync(path.join(folder, other), { force: true });
    }
  } catch {
    // an old cache left behind costs disk space only
  }
}

launch();
