// `npm run fuzz`: bundles scripts/fuzz.ts (the engine, the generators and the properties of
// test/fuzz/) with esbuild and runs it, so a long fuzz run does not depend on the rest of
// the tree type-checking. Arguments are passed through: npm run fuzz -- --count 100000 --seed 42
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = join(root, 'out', 'fuzz', 'fuzz.cjs');
mkdirSync(dirname(outfile), { recursive: true });
await build({
  entryPoints: [join(root, 'scripts', 'fuzz.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'inline',
  logLevel: 'warning',
  // jsonc-parser's "main" is a UMD build that esbuild cannot follow; its ESM build bundles cleanly.
  mainFields: ['module', 'main'],
});
process.setSourceMapsEnabled?.(true);
createRequire(import.meta.url)(outfile);
