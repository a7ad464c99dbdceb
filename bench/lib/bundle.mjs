// Bundles the engine's format metadata (server/src/engine/format/spec.ts and the geography
// tables) and the engine itself into plain ESM under bench/.work/gen/, with the project's own
// esbuild, so the generator and the in-process timings read the real sources, not a copy.
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { GEN, ROOT } from './paths.mjs';

async function bundle(name, contents) {
  fs.mkdirSync(GEN, { recursive: true });
  const outfile = path.join(GEN, name);
  await build({
    stdin: { contents, resolveDir: ROOT, loader: 'ts', sourcefile: `bench-${name}.ts` },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'error',
    sourcemap: true,
    mainFields: ['module', 'main'],
  });
  return outfile;
}

/** The format metadata: CONFIG, STORE, the enumerations, geographies and countries. */
export async function loadSpec() {
  const file = await bundle(
    'spec.mjs',
    `export {
       CONFIG, CUSTOMER_DATA, STORE_KINDS, isRequired, MACRO_GEOGRAPHIES, LOCAL_GEOGRAPHIES, geographyIds, homeGeography, allCountries, EDITIONS,
     } from './server/src/engine/index';`,
  );
  const mod = await import(`${file}?t=${Date.now()}`);
  return { ...mod, source: fs.readFileSync(file, 'utf8') };
}

/** The engine (lint, parseDocument) for in-process timings; undefined when it does not build. */
export async function bundleEngine() {
  try {
    return await bundle('engine.mjs', `export { lint, lintDocument, parseDocument } from './server/src/engine/index';`);
  } catch (error) {
    console.log(`  (engine bundle failed, no in-process engine timings: ${String(error.message).split('\n')[0]})`);
    return undefined;
  }
}

/**
 * The CLI bundled from server/src/cli/main.ts as scripts/build.mjs does (cjs, node18), but never
 * minified and always with a source map, for CPU profiles with real function names, whatever
 * state dist/ is in (a production build is minified). Undefined when it does not build.
 */
export async function bundleCliForProfile() {
  try {
    fs.mkdirSync(GEN, { recursive: true });
    const outfile = path.join(GEN, 'cli.cjs');
    await build({
      entryPoints: [path.join(ROOT, 'server/src/cli/main.ts')],
      bundle: true,
      platform: 'node',
      target: 'node18',
      format: 'cjs',
      sourcemap: true,
      outfile,
      logLevel: 'error',
      mainFields: ['module', 'main'],
    });
    return outfile;
  } catch (error) {
    console.log(`  (CLI bundle for profiling failed: ${String(error.message).split('\n')[0]})`);
    return undefined;
  }
}
