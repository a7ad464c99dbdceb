/*
 * Workspace trust: the extension declares `capabilities.untrustedWorkspaces.supported:
 * true` (the language server runs nothing from the workspace), so in Restricted Mode it
 * must still activate and report the same diagnostics as the CLI.
 *
 * The harness's startCodeServer() always passes `--disable-workspace-trust` (code-server
 * then tells the workbench `enableWorkspaceTrust: false`, and a boolean flag cannot be
 * turned off again), so this suite starts code-server itself, without that flag, with
 * `security.workspace.trust.enabled: true` and `startupPrompt: "never"`: the folder opens
 * untrusted, without the modal trust dialog, in Restricted Mode.
 *
 * Uses the VSIX that run.sh builds (packagedVsix(): E2E_VSIX overrides; built when missing or stale).
 */
import * as assert from 'assert';
import * as childProcess from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as path from 'path';
import {
  baseUserSettings,
  BrowserSession,
  cacheDir,
  codeServerEntry,
  freePort,
  installVsix,
  openBrowser,
  openFile,
  openProblems,
  packagedVsix,
  Page,
  repoRoot,
  requireHarness,
  saveFailureArtifacts,
  screenshot,
  selectors,
  tearDown,
  tempDir,
  textOf,
  waitFor,
  waitForWorkbench,
} from './codeServer';

interface Untrusted {
  url: string;
  log(): string;
  stop(): Promise<void>;
}

/** code-server as startCodeServer() starts it, minus `--disable-workspace-trust`. */
async function startWithTrust(workspace: string, extensionsDir: string, userDataDir: string, userSettings: Record<string, unknown>): Promise<Untrusted> {
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...baseUserSettings, ...userSettings }, null, 2));
  const port = await freePort();
  const config = path.join(cacheDir, 'config.yaml');
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const k of Object.keys(env)) {
    if (/^(VSCODE_|ELECTRON_RUN_AS_NODE|CODE_SERVER_|PASSWORD|HASHED_PASSWORD|PORT$)/.test(k)) delete env[k];
  }
  const child = childProcess.spawn(
    process.execPath,
    [
      codeServerEntry,
      ...(fs.existsSync(config) ? ['--config', config] : []),
      '--auth',
      'none',
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--extensions-dir',
      extensionsDir,
      '--user-data-dir',
      userDataDir,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-getting-started-override',
      '--ignore-last-opened',
    ],
    { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (d: Buffer) => {
    output += d.toString();
  });
  child.stderr.on('data', (d: Buffer) => {
    output += d.toString();
  });
  let exited = false;
  const exit = new Promise<void>((resolve) =>
    child.on('exit', () => {
      exited = true;
      resolve();
    }),
  );
  const stop = async () => {
    if (exited || !child.pid) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      /* gone */
    }
    const killer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        /* gone */
      }
    }, 5000);
    await exit;
    clearTimeout(killer);
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      /* gone */
    }
  };
  const healthy = () =>
    new Promise<boolean>((resolve) => {
      const req = http.get(`http://127.0.0.1:${port}/healthz`, { timeout: 2000 }, (res) => {
        res.resume();
        resolve((res.statusCode ?? 0) >= 200 && (res.statusCode ?? 0) < 500);
      });
      req.on('timeout', () => req.destroy());
      req.on('error', () => resolve(false));
    });
  try {
    await waitFor(
      async () => !exited && (await healthy()),
      (ok) => ok || exited,
      { timeout: 60_000, interval: 100, message: 'code-server /healthz' },
    );
    if (exited) throw new Error('code-server exited');
  } catch (e) {
    await stop();
    throw new Error(`${String(e)}\n${output}`, { cause: e });
  }
  return { url: `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`, log: () => output, stop };
}

/** privacy-lint rows of the Problems panel as `rule [Ln L, Col C]`, sorted; null while rows are missing. */
async function panelKeys(page: Page): Promise<string[] | null> {
  const rows: { source: string; key: string; setSize: number }[] = await page.evaluate((sel: string) => {
    const doc = (globalThis as any).document;
    const text = (row: any, s: string) => String(row.querySelector(s)?.textContent ?? '').trim();
    return Array.from(doc.querySelectorAll(`${sel} .monaco-list-row[aria-level="2"]`)).map((row: any) => ({
      source: text(row, '.marker-source'),
      key: `${text(row, '.marker-code')} ${text(row, '.marker-line')}`,
      setSize: Number(row.getAttribute('aria-setsize') ?? 0),
    }));
  }, selectors.problems);
  if (!rows.every((r) => r.setSize === rows.length)) return null;
  return rows
    .filter((r) => r.source === 'privacy-lint')
    .map((r) => r.key)
    .sort();
}

describe('tenant-privacy in an untrusted workspace (Restricted Mode)', function () {
  this.timeout(300_000);

  const sample = path.join(repoRoot, 'samples', 'contoso.privacy.jsonc');
  let root: string;
  let workspaceFile: string;
  let server: Untrusted | undefined;
  let session: BrowserSession | undefined;

  before(async function () {
    requireHarness(this);
    const vsix = packagedVsix();
    root = tempDir('privacy-e2e-trust-');
    const extensionsDir = path.join(root, 'extensions');
    const workspace = path.join(root, 'workspace');
    fs.mkdirSync(workspace, { recursive: true });
    workspaceFile = path.join(workspace, path.basename(sample));
    fs.copyFileSync(sample, workspaceFile);
    installVsix(vsix, extensionsDir);
    server = await startWithTrust(workspace, extensionsDir, path.join(root, 'user-data'), {
      'security.workspace.trust.enabled': true,
      'security.workspace.trust.startupPrompt': 'never',
      'security.workspace.trust.banner': 'always',
    });
    session = await openBrowser(server.url);
    await waitForWorkbench(session.page);
  });

  afterEach(async function () {
    await saveFailureArtifacts('trust', this.currentTest, session, server);
  });

  after(async function () {
    await tearDown(session, server, root);
  });

  it('opens the folder in Restricted Mode (workspace trust on, folder untrusted)', async function () {
    const page = session!.page;
    const item = '.statusbar-item[id="status.workspaceTrust"]';
    const text = await waitFor(
      () => textOf(page, item),
      (t) => /Restricted Mode/i.test(t),
      { timeout: 15_000, message: 'the "Restricted Mode" status bar item' },
    );
    assert.match(text, /Restricted Mode/i);
  });

  it("still reports the CLI's diagnostics and the edition", async function () {
    const page = session!.page;
    const res = childProcess.spawnSync(process.execPath, [path.join(repoRoot, 'bin', 'privacy-lint.js'), '--format', 'json', workspaceFile], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    assert.ok(res.status === 0 || res.status === 1, `privacy-lint: ${res.status} ${res.stderr}`);
    const cli = JSON.parse(res.stdout)[0] as {
      edition: string;
      diagnostics: { rule: string; range: { start: { line: number; character: number } } }[];
    };
    const expected = cli.diagnostics.map((d) => `${d.rule} [Ln ${d.range.start.line + 1}, Col ${d.range.start.character + 1}]`).sort();

    await openFile(page, path.basename(sample));
    await openProblems(page);
    const keys = await waitFor(
      () => panelKeys(page),
      (k) => JSON.stringify(k) === JSON.stringify(expected),
      { timeout: 90_000, message: `Problems panel to list ${JSON.stringify(expected)}` },
    );
    assert.deepStrictEqual(keys, expected);
    await waitFor(
      () => textOf(page, '.statusbar-item[id$="tenantPrivacy.edition"]'),
      (t) => t.trim() === `Privacy ${cli.edition}`,
      { timeout: 15_000, message: `status bar "Privacy ${cli.edition}"` },
    );
    assert.match(await textOf(page, '.statusbar-item[id="status.workspaceTrust"]'), /Restricted Mode/i);
    await screenshot(page, 'trust-restricted-mode');
  });
});
