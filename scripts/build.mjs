// Bundles the CLI, the language server and the VS Code client with esbuild.
// Type checking is separate: `npm run typecheck` (tsc --noEmit).
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

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
        mainFields: ['module', 'main'],
      }),
    ),
);
