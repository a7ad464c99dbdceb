import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as uriPath from '../../../server/src/lsp/browser/path';
import { settingsFileExists, settingsFileExistsSync } from '../../../server/src/shared/regularFile';
import { findSettingsFileAsync, findSettingsFileSync, type SearchLimit } from '../../../server/src/shared/settingsDiscovery';

/**
 * The one search for privacy-lint.config.json (SPEC section 6), run as each front end runs it:
 * synchronously on the disk (the CLI), asynchronously on the disk (the language server), and
 * asynchronously on URIs the client answers for (the browser server).
 */
describe('settings discovery (shared by the CLI and the language server)', () => {
  let root: string;
  const file = (relative: string) => path.join(root, ...relative.split('/'));
  before(() => {
    root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'settings-discovery-')));
    const tree: Record<string, string> = {
      'privacy-lint.config.json': '{}',
      'repo/.git/HEAD': 'ref: refs/heads/main\n',
      'repo/privacy-lint.config.json': '{}',
      'repo/a/b/c/x.privacy.json': '{}',
      'repo/nested/privacy-lint.config.json': '{}',
      'repo/nested/d/y.privacy.json': '{}',
      'plain/e/z.privacy.json': '{}',
      'worktree/.git': 'gitdir: /elsewhere\n',
      'worktree/f/w.privacy.json': '{}',
    };
    for (const [name, text] of Object.entries(tree)) {
      fs.mkdirSync(path.dirname(file(name)), { recursive: true });
      fs.writeFileSync(file(name), text);
    }
    // A dangling link is nothing; a FIFO is something (and is refused when read).
    fs.symlinkSync(file('missing.json'), file('plain/e/privacy-lint.config.json'));
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  const CASES: [string, SearchLimit | 'workspace', string | undefined, string[]][] = [
    ['repo/a/b/c/x.privacy.json', 'repository', 'repo/privacy-lint.config.json', ['repo/a/b/c', 'repo/a/b', 'repo/a', 'repo']],
    ['repo/nested/d/y.privacy.json', 'repository', 'repo/nested/privacy-lint.config.json', ['repo/nested/d', 'repo/nested']],
    // The search stops at a repository's root, whether .git is a folder or a file (a worktree).
    ['worktree/f/w.privacy.json', 'repository', undefined, ['worktree/f', 'worktree']],
    ['plain/e/z.privacy.json', 'repository', 'privacy-lint.config.json', ['plain/e', 'plain', '']],
    // In the editor it stops at the workspace folder instead.
    ['repo/a/b/c/x.privacy.json', 'workspace', undefined, ['repo/a/b/c', 'repo/a/b', 'repo/a']],
    ['repo/nested/d/y.privacy.json', 'own-folder', undefined, ['repo/nested/d']],
  ];
  const limitOf = (limit: SearchLimit | 'workspace') => (limit === 'workspace' ? { workspace: file('repo/a') } : limit);
  const expected = (found: string | undefined, folders: string[]) => ({ file: found && file(found), folders: folders.map((f) => (f ? file(f) : root)) });

  for (const [start, limit, found, folders] of CASES) {
    const limitText = typeof limit === 'string' ? limit : JSON.stringify(limit);
    it(`${start}, up to ${limitText}: the CLI's synchronous search finds ${found ?? 'nothing'}`, () => {
      assert.deepStrictEqual(findSettingsFileSync(file(start), limitOf(limit), path, settingsFileExistsSync), expected(found, folders));
    });
    it(`${start}, up to ${limitText}: the server's asynchronous search finds the same`, async () => {
      assert.deepStrictEqual(await findSettingsFileAsync(file(start), limitOf(limit), path, settingsFileExists), expected(found, folders));
    });
  }

  it('a folder already searched answers from the cache, and the folders searched before it are told', () => {
    const asked: string[] = [];
    const cache = new Map([[file('repo/a/b'), file('repo/privacy-lint.config.json')]]);
    const result = findSettingsFileSync(
      file('repo/a/b/c/x.privacy.json'),
      'repository',
      path,
      (p) => (asked.push(p), settingsFileExistsSync(p)),
      (folder) => cache.get(folder),
    );
    assert.deepStrictEqual(result, { file: file('repo/privacy-lint.config.json'), folders: [file('repo/a/b/c')] });
    assert.deepStrictEqual(asked, [file('repo/a/b/c/privacy-lint.config.json'), file('repo/a/b/c/.git')]);
    // null in the cache: known to have no settings file.
    assert.deepStrictEqual(
      findSettingsFileSync(
        file('repo/a/b/c/x.privacy.json'),
        'repository',
        path,
        () => true,
        () => null,
      ),
      { file: undefined, folders: [] },
    );
  });

  it('the browser server: URIs, up to the workspace folder, never above it', async () => {
    const present = new Set(['vscode-vfs://github/o/r/privacy-lint.config.json', 'vscode-vfs://github/privacy-lint.config.json']);
    const exists = (uri: string) => Promise.resolve(present.has(uri));
    assert.deepStrictEqual(await findSettingsFileAsync('vscode-vfs://github/o/r/a/b.privacy.json', { workspace: 'vscode-vfs://github/o/r' }, uriPath, exists), {
      file: 'vscode-vfs://github/o/r/privacy-lint.config.json',
      folders: ['vscode-vfs://github/o/r/a', 'vscode-vfs://github/o/r'],
    });
    assert.deepStrictEqual(await findSettingsFileAsync('vscode-vfs://github/o/s/a/b.privacy.json', { workspace: 'vscode-vfs://github/o/s' }, uriPath, exists), {
      file: undefined,
      folders: ['vscode-vfs://github/o/s/a', 'vscode-vfs://github/o/s'],
    });
  });
});
