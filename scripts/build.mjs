// Bundles the CLI, the GitHub Action, the language server and the VS Code client with esbuild.
// Type checking is separate: `npm run typecheck` (tsc --noEmit).
//
// dist/cli.js and dist/action.js are committed (the pre-commit hook and the GitHub Action run
// them with no build step; SPEC 9 "Packaging for CI"), so they are built the same way every
// time: no source map, no timestamps or absolute paths. The CLI's bundle is minified: with the
// linear-time regular expression engine of organization policies (re2js) it would take the npm
// package over 500 KB unpacked; the action's bundle is small and stays readable.
// `npm run check-dist` rebuilds and fails when they differ from the committed files.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { webStandIns } from './webStandIns.mjs';

const production = process.argv.includes('--production');
const common = {
  bundle: true,
  platform: 'node',
  // The action's runner has Node.js 24; node20 output runs there and on every supported Node.js.
  target: 'node20',
  format: 'cjs',
  logLevel: 'warning',
  legalComments: 'none',
  // jsonc-parser's "main" is a UMD build that esbuild cannot follow; its ESM build bundles cleanly.
  mainFields: ['module', 'main'],
};

/** Committed, so reproducible: the same output on every machine and in every mode. */
const committed = { sourcemap: false, minify: false };
const committedMinified = { sourcemap: false, minify: true };
/** Shipped in the VSIX only (built by `npm run package`). */
const extension = { sourcemap: !production, minify: production };

const entries = [
  { in: 'server/src/cli/main.ts', out: 'dist/cli.js', ...committedMinified },
  // The `privacy-lint` bin itself: loads dist/cli.js with a code cache (cli/launch.ts). Minified,
  // as the CLI is: the npm package stays under 500 KB unpacked.
  {
    in: 'server/src/cli/launch.ts',
    out: 'bin/privacy-lint.js',
    ...committedMinified,
    banner: { js: '#!/usr/bin/env node\n// Generated from server/src/cli/launch.ts by scripts/build.mjs: edit that file, then npm run build.' },
  },
  { in: 'server/src/action/main.ts', out: 'dist/action.js', ...committed },
  { in: 'server/src/lsp/main.ts', out: 'dist/server.js', ...extension },
  { in: 'client/src/extension.ts', out: 'dist/extension.js', external: ['vscode'], ...extension },
  // VS Code for the web (package.json "browser"): the client, and the server in a web worker.
  {
    in: 'client/src/browser/extension.ts',
    out: 'dist/web/extension.js',
    external: ['vscode'],
    ...extension,
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    plugins: [webStandIns],
    mainFields: ['browser', 'module', 'main'],
  },
  {
    in: 'server/src/lsp/browser/main.ts',
    out: 'dist/web/server.js',
    ...extension,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    plugins: [webStandIns],
    mainFields: ['browser', 'module', 'main'],
  },
];

await Promise.all(
  entries
    .filter((entry) => existsSync(entry.in))
    .map(({ in: entryPoint, out, external, ...options }) =>
      build({ ...common, ...options, entryPoints: [entryPoint], outfile: out, external: external ?? [] }),
    ),
);
