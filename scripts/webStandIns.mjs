// esbuild plugin for the web bundles (VS Code for the web): the Node-only modules of the
// language server are replaced by their browser stand-ins (server/src/lsp/browser/), the
// `vscode-languageserver` entry by its browser build, and any other Node API fails the build,
// so a web bundle never holds one.
import path from 'node:path';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const LSP = path.join(ROOT, 'server/src/lsp');
const STAND_INS = new Map([
  [path.join(LSP, 'settingsFile'), path.join(LSP, 'browser/settingsFile.ts')],
  [path.join(LSP, 'uri'), path.join(LSP, 'browser/uri.ts')],
  [path.join(LSP, 'workspace/fileSystem'), path.join(LSP, 'browser/fileSystem.ts')],
]);

export const webStandIns = {
  name: 'web-stand-ins',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      const stand = STAND_INS.get(path.resolve(args.resolveDir, args.path).replace(/\.ts$/, ''));
      return stand ? { path: stand } : undefined;
    });
    build.onResolve({ filter: /^node:timers\/promises$/ }, () => ({ path: path.join(LSP, 'browser/timers.ts') }));
    build.onResolve({ filter: /^vscode-languageserver$/ }, () => ({ path: path.join(ROOT, 'node_modules/vscode-languageserver/lib/browser/main.js') }));
    build.onResolve({ filter: /^vscode-languageclient$/ }, () => ({ path: path.join(ROOT, 'node_modules/vscode-languageclient/lib/browser/main.js') }));
    build.onResolve({ filter: /^(node:|(fs|path|url|os|child_process|net|crypto|util|stream|events|timers)(\/|$))/ }, (args) => ({
      errors: [{ text: `${args.path} is a Node API: the web bundles must not use it (imported by ${path.relative(ROOT, args.importer)})` }],
    }));
  },
};
