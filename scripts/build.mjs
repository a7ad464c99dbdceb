// Bundles the CLI, the language server and the VS Code client with esbuild.
// Type checking is separate: `npm run typecheck` (tsc --noEmit).
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { webStandIns } from './webStandIns.mjs';

const production = process.argv.includes('--production');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
};

const entries = [
  { in: 'server/src/cli/main.ts', out: 'dist/cli.js' },
  { in: 'server/src/lsp/main.ts', out: 'dist/server.js' },
  { in: 'client/src/extension.ts', out: 'dist/extension.js', external: ['vscode'] },
  // VS Code for the web (package.json "browser"): the client, and the server in a web worker.
  { in: 'client/src/browser/extension.ts', out: 'dist/web/extension.js', external: ['vscode'], web: { platform: 'browser', format: 'cjs', target: 'es2022', plugins: [webStandIns] } },
  { in: 'server/src/lsp/browser/main.ts', out: 'dist/web/server.js', web: { platform: 'browser', format: 'iife', target: 'es2022', plugins: [webStandIns] } },
];

await Promise.all(
  entries
    .filter((entry) => existsSync(entry.in))
    .map((entry) =>
      build({
        ...common,
        entryPoints: [entry.in],
        outfile: entry.out,
        external: entry.external ?? [],
        // jsonc-parser's "main" is a UMD build that esbuild cannot follow; its ESM build bundles cleanly.
        mainFields: entry.web ? ['browser', 'module', 'main'] : ['module', 'main'],
        ...entry.web,
      }),
    ),
);
