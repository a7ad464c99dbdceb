/*
 * End-to-end harness: a real VS Code 1.100 (code-server 4.100.3, server + web
 * workbench) driven by playwright-core with Debian's Chromium.
 *
 * Everything external lives in $REPO/.cache/code-server (see test/e2e/setup.sh);
 * playwright-core is required from there at run time and typed as `any`, so the
 * project's tsc needs no Playwright types.
 *
 * All waits are on page state (selectors, texts) with explicit timeouts; no
 * fixed sleeps.
 */
import * as childProcess from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';

export type Page = any;
export type Browser = any;

// ---------------------------------------------------------------------------
// locations

function findRepoRoot(): string {
  if (process.env.E2E_REPO_ROOT) return path.resolve(process.env.E2E_REPO_ROOT);
  // Compiled to out/test/e2e/ (or anywhere else, e.g. /tmp/e2eout): walk up
  // from this file and from the cwd to the folder holding test/e2e/setup.sh.
  for (const start of [__dirname, process.cwd()]) {
    let dir = path.resolve(start);
    for (;;) {
      if (fs.existsSync(path.join(dir, 'test', 'e2e', 'setup.sh'))) return dir;
      const up = path.dirname(dir);
      if (up === dir) break;
      dir = up;
    }
  }
  return process.cwd();
}

export const repoRoot = findRepoRoot();
export const cacheDir = process.env.E2E_CACHE_DIR ? path.resolve(process.env.E2E_CACHE_DIR) : path.join(repoRoot, '.cache', 'code-server');
export const artifactsDir = path.join(repoRoot, 'test', 'e2e', '.artifacts');
export const codeServerEntry = path.join(cacheDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
/** Written by setup.sh; passed as --config so code-server never writes ~/.config/code-server. */
const codeServerConfig = path.join(cacheDir, 'config.yaml');
export const chromiumPath = process.env.E2E_CHROMIUM || '/usr/bin/chromium';

/** True when setup.sh has run (callers may `this.skip()` otherwise). */
export function isSetUp(): boolean {
  return fs.existsSync(codeServerEntry) && fs.existsSync(path.join(cacheDir, 'node_modules', 'playwright-core')) && fs.existsSync(chromiumPath);
}

/**
 * First thing in a suite's `before`: skips the suite when the harness is not installed, and
 * fails it under CI, where a skip would hide a broken set-up.
 */
export function requireHarness(suite: { skip(): void }): void {
  if (isSetUp()) return;
  if (process.env.CI) throw new Error('e2e harness not installed: run bash test/e2e/setup.sh');
  suite.skip();
}

/** A suite's `after`: closes the browser, stops code-server and removes the suite's folder (kept with E2E_KEEP=1). */
export async function tearDown(
  session: { close(): Promise<void> } | undefined,
  server: { stop(): Promise<void> } | undefined,
  root: string | undefined,
): Promise<void> {
  await session?.close();
  await server?.stop();
  if (root && !process.env.E2E_KEEP) fs.rmSync(root, { recursive: true, force: true });
}

function assertSetUp(): void {
  if (!isSetUp()) {
    throw new Error(`e2e harness not installed (${cacheDir}, ${chromiumPath}); run: bash test/e2e/setup.sh`);
  }
}

let playwrightCore: any;
function playwright(): any {
  assertSetUp();
  if (!playwrightCore) playwrightCore = require(path.join(cacheDir, 'node_modules', 'playwright-core'));
  return playwrightCore;
}

function configArgs(): string[] {
  return fs.existsSync(codeServerConfig) ? ['--config', codeServerConfig] : [];
}

/** A fresh temporary directory (under os.tmpdir()). */
export function tempDir(prefix = 'privacy-e2e-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

// ---------------------------------------------------------------------------
// code-server

/** Installs a .vsix with code-server's `--install-extension`; returns its output. */
export function installVsix(vsixPath: string, extensionsDir: string, userDataDir?: string): string {
  assertSetUp();
  fs.mkdirSync(extensionsDir, { recursive: true });
  const udd = userDataDir ?? tempDir('privacy-e2e-install-udd-');
  try {
    return runInstall(vsixPath, extensionsDir, udd);
  } finally {
    if (!userDataDir) fs.rmSync(udd, { recursive: true, force: true });
  }
}

function runInstall(vsixPath: string, extensionsDir: string, udd: string): string {
  const res = childProcess.spawnSync(
    process.execPath,
    [codeServerEntry, ...configArgs(), '--extensions-dir', extensionsDir, '--user-data-dir', udd, '--force', '--install-extension', path.resolve(vsixPath)],
    { encoding: 'utf8', timeout: 120_000, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const out = `${res.stdout ?? ''}${res.stderr ?? ''}`;
  const failed = res.error || res.status !== 0 || (/error|failed/i.test(res.stdout ?? '') && !/successfully installed/i.test(out));
  if (failed) {
    throw new Error(`--install-extension ${vsixPath} failed (status ${res.status}): ${res.error ?? ''}\n${out}`);
  }
  return out;
}

/** What `npm run package` reads: when one of these is newer than the VSIX, it is rebuilt. */
const PACKAGE_INPUTS = [
  'package.json',
  '.vscodeignore',
  'README.md',
  'language-configuration.json',
  'scripts/build.mjs',
  'client/src',
  'server/src',
  'schemas',
  'syntaxes',
];

function newestMtime(file: string): number {
  if (!fs.existsSync(file)) return 0;
  const st = fs.statSync(file);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = 0;
  for (const entry of fs.readdirSync(file)) newest = Math.max(newest, newestMtime(path.join(file, entry)));
  return newest;
}

/**
 * The VSIX the suites install: E2E_VSIX as is, else the repo's NAME-VERSION.vsix, built with
 * `npm run package` when missing, older than one of its inputs, or when dist/cli.js is missing
 * (run.sh makes the same check, so a suite run by hand tests what its sources say).
 */
export function packagedVsix(): string {
  if (process.env.E2E_VSIX) return path.resolve(process.env.E2E_VSIX);
  const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  const vsix = path.join(repoRoot, `${pkg.name}-${pkg.version}.vsix`);
  const inputs = Math.max(...PACKAGE_INPUTS.map((p) => newestMtime(path.join(repoRoot, p))));
  const cli = path.join(repoRoot, 'dist', 'cli.js');
  if (!fs.existsSync(vsix) || fs.statSync(vsix).mtimeMs < inputs || !fs.existsSync(cli)) {
    console.log(`    npm run package (${fs.existsSync(vsix) ? 'sources newer than the VSIX' : 'no VSIX yet'})`);
    const res = childProcess.spawnSync('npm', ['run', 'package'], {
      cwd: repoRoot,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 240_000,
    });
    if (res.status !== 0 || !fs.existsSync(vsix)) {
      throw new Error(`npm run package failed (${res.status ?? res.error}):\n${res.stdout}\n${res.stderr}`);
    }
  }
  return vsix;
}

/**
 * Makes an unpacked extension folder `EXT/publisher.name-version` (written by
 * the caller) known to code-server. On the first start, code-server scans an
 * extensions dir that has no `extensions.json` and adopts every folder; once
 * `extensions.json` exists (after any --install-extension or start), a folder
 * that is not listed in it is "Marked extension as removed" and never loaded.
 * So when `extensions.json` exists, this adds the folder's entry to it.
 */
export function registerExtensionFolder(extensionsDir: string, folderName: string): void {
  const dir = path.join(extensionsDir, folderName);
  const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const id = `${pkg.publisher}.${pkg.name}`.toLowerCase();
  const manifest = path.join(extensionsDir, 'extensions.json');
  const obsolete = path.join(extensionsDir, '.obsolete');
  if (fs.existsSync(obsolete)) {
    const o = JSON.parse(fs.readFileSync(obsolete, 'utf8') || '{}');
    delete o[folderName];
    fs.writeFileSync(obsolete, JSON.stringify(o));
  }
  if (!fs.existsSync(manifest)) return;
  const entries: any[] = JSON.parse(fs.readFileSync(manifest, 'utf8') || '[]').filter((e: any) => String(e?.identifier?.id).toLowerCase() !== id);
  const abs = path.resolve(dir);
  entries.push({
    identifier: { id },
    version: pkg.version,
    location: { $mid: 1, fsPath: abs, external: `file://${abs}`, path: abs, scheme: 'file' },
    relativeLocation: folderName,
    metadata: { installedTimestamp: Date.now(), pinned: true, source: 'vsix' },
  });
  fs.writeFileSync(manifest, JSON.stringify(entries));
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

function httpStatus(url: string): Promise<number> {
  return new Promise((resolve) => {
    const req = http.get(url, { timeout: 2000 }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(0));
  });
}

/** Settings that keep the workbench quiet and offline; `userSettings` override them. */
export const baseUserSettings: Record<string, unknown> = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  // VS Code web defaults to afterDelay (1 s), which also hides the dirty marker.
  'files.autoSave': 'off',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'chat.commandCenter.enabled': false,
};

export interface StartOptions {
  /** Folder to open (absolute or relative to cwd). */
  workspace: string;
  extensionsDir: string;
  userDataDir: string;
  userSettings?: Record<string, unknown>;
  /** Extra code-server arguments. */
  args?: string[];
  /** ms to wait for the HTTP port (default 60 s). */
  timeout?: number;
}

export interface CodeServer {
  /** Workbench URL with `?folder=` */
  url: string;
  /** `http://127.0.0.1:PORT` */
  baseUrl: string;
  port: number;
  /** code-server's stdout+stderr so far (also written to USER_DATA_DIR/code-server.log). */
  log(): string;
  stop(): Promise<void>;
}

export async function startCodeServer(opts: StartOptions): Promise<CodeServer> {
  assertSetUp();
  const workspace = path.resolve(opts.workspace);
  fs.mkdirSync(opts.extensionsDir, { recursive: true });
  const userDir = path.join(opts.userDataDir, 'User');
  fs.mkdirSync(userDir, { recursive: true });
  const settings = { ...baseUserSettings, ...(opts.userSettings ?? {}) };
  fs.writeFileSync(path.join(userDir, 'settings.json'), JSON.stringify(settings, null, 2));

  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const logFile = path.join(opts.userDataDir, 'code-server.log');
  let output = '';
  const logStream = fs.createWriteStream(logFile);

  const env: NodeJS.ProcessEnv = { ...process.env };
  // Don't let an outer VS Code / code-server leak into this one.
  for (const k of Object.keys(env)) {
    if (/^(VSCODE_|ELECTRON_RUN_AS_NODE|CODE_SERVER_|PASSWORD|HASHED_PASSWORD)/.test(k)) delete env[k];
  }
  delete env.PORT;
  const child = childProcess.spawn(
    process.execPath,
    [
      codeServerEntry,
      ...configArgs(),
      '--auth',
      'none',
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--extensions-dir',
      path.resolve(opts.extensionsDir),
      '--user-data-dir',
      path.resolve(opts.userDataDir),
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--ignore-last-opened',
      ...(opts.args ?? []),
    ],
    { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const onData = (d: Buffer) => {
    output += d.toString();
    logStream.write(d);
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  let exited: number | string | null | undefined;
  const exitPromise = new Promise<void>((resolve) =>
    child.on('exit', (code, signal) => {
      exited = code ?? signal;
      resolve();
    }),
  );

  const stop = async (): Promise<void> => {
    if (exited === undefined && child.pid) {
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
      await exitPromise;
      clearTimeout(killer);
      // extension host / pty host children in the same group
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* gone */
      }
    }
    logStream.end();
  };

  const deadline = Date.now() + (opts.timeout ?? 60_000);
  for (;;) {
    if (exited !== undefined) {
      logStream.end();
      throw new Error(`code-server exited (${exited}) before listening:\n${output}`);
    }
    const status = await httpStatus(`${baseUrl}/healthz`);
    if (status >= 200 && status < 500) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not answer on ${baseUrl} within ${opts.timeout ?? 60_000} ms:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100)); // polling interval, not a wait for state
  }
  return {
    url: `${baseUrl}/?folder=${encodeURIComponent(workspace)}`,
    baseUrl,
    port,
    log: () => output,
    stop,
  };
}

// ---------------------------------------------------------------------------
// browser

export interface BrowserSession {
  browser: Browser;
  context: any;
  page: Page;
  /** Uncaught page errors and console errors, for diagnosis. */
  errors: string[];
  close(): Promise<void>;
}

export async function openBrowser(url: string, opts: { width?: number; height?: number } = {}): Promise<BrowserSession> {
  const { chromium } = playwright();
  // headless:true makes Playwright pass --headless; each launch() gets a fresh
  // temporary profile (--user-data-dir=/tmp/playwright_chromiumdev_profile-*),
  // removed on close.
  // Crashpad keeps "Crash Reports" under $XDG_CONFIG_HOME/chromium whatever the
  // profile dir is: point it at a throwaway folder, not ~/.config.
  const configHome = tempDir('privacy-e2e-chromium-config-');
  let browser: any;
  try {
    browser = await chromium.launch({
      executablePath: chromiumPath,
      headless: true,
      env: { ...process.env, XDG_CONFIG_HOME: configHome },
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-dev-shm-usage',
      ],
    });
  } catch (e) {
    fs.rmSync(configHome, { recursive: true, force: true });
    throw e;
  }
  const context = await browser.newContext({
    viewport: { width: opts.width ?? 1600, height: opts.height ?? 1000 },
  });
  const origin = new URL(url).origin;
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin }).catch(() => undefined);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e: Error) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m: any) => {
    if (m.type() === 'error' && !/^Failed to load resource/.test(m.text())) errors.push(`console: ${m.text()}`);
  });
  page.on('response', (r: any) => {
    // vsda (Microsoft's signing module) is not shipped with code-server: expected 404s.
    if (r.status() >= 400 && !/\/vsda\//.test(r.url())) errors.push(`HTTP ${r.status()} ${r.url()}`);
  });
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  return {
    browser,
    context,
    page,
    errors,
    close: async () => {
      await browser.close().catch(() => undefined);
      fs.rmSync(configHome, { recursive: true, force: true });
    },
  };
}

// ---------------------------------------------------------------------------
// polling

/** Polls `fn` until `until(value)` holds; returns the value or throws with the last one. */
export async function waitFor<T>(
  fn: () => T | Promise<T>,
  until: (v: T) => boolean,
  opts: { timeout?: number; interval?: number; message?: string } = {},
): Promise<T> {
  const deadline = Date.now() + (opts.timeout ?? 30_000);
  let last: T | undefined;
  let lastErr: unknown;
  for (;;) {
    try {
      last = await fn();
      if (until(last)) return last;
    } catch (e) {
      lastErr = e;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `${opts.message ?? 'condition not met'} within ${opts.timeout ?? 30_000} ms; last value: ${JSON.stringify(
          last,
        )}${lastErr ? `; last error: ${lastErr instanceof Error ? String(lastErr) : JSON.stringify(lastErr)}` : ''}`,
      );
    }
    await new Promise((r) => setTimeout(r, opts.interval ?? 200));
  }
}

/** innerText of the first match, or '' if there is none (never waits long). */
export async function textOf(page: Page, selector: string): Promise<string> {
  const loc = page.locator(selector).first();
  if ((await loc.count()) === 0) return '';
  return (await loc.innerText({ timeout: 1000 }).catch(() => '')) as string;
}

// ---------------------------------------------------------------------------
// workbench

const SEL = {
  workbench: '.monaco-workbench',
  statusbar: '.monaco-workbench .part.statusbar',
  explorerRows: '.explorer-folders-view .monaco-list-row',
  quickInput: '.quick-input-widget',
  quickInputBox: '.quick-input-widget .quick-input-box input',
  quickInputRows: '.quick-input-widget .quick-input-list .monaco-list-row',
  activeTab: '.tabs-container .tab.active',
  editor: '.part.editor .editor-instance .monaco-editor',
  activeEditor: '.part.editor .editor-group-container.active .monaco-editor[data-uri]',
  problems: '.markers-panel',
  hover: '.monaco-editor .monaco-hover:not(.hidden)',
  actionWidget: '.action-widget',
  actionRows: '.action-widget .monaco-list-row.action',
} as const;
export const selectors = SEL;

/** Waits until the workbench is rendered and the folder's explorer has loaded. */
export async function waitForWorkbench(page: Page, timeout = 90_000): Promise<void> {
  await page.waitForSelector(SEL.workbench, { timeout });
  await page.waitForSelector(SEL.statusbar, { timeout });
  // The explorer lists the folder's entries once the remote file system answers.
  // (An empty folder has no rows: then this gives up after 10 s.)
  await page.waitForSelector('.explorer-folders-view', { timeout });
  await page.waitForSelector(SEL.explorerRows, { timeout: Math.min(timeout, 10_000) }).catch(() => undefined);
  // Something focusable inside the workbench, so keyboard shortcuts reach it.
  await page
    .locator(SEL.statusbar)
    .click({ position: { x: 2, y: 2 }, timeout: 5000 })
    .catch(() => undefined);
}

/** Runs a command by its title through the command palette (F1). */
export async function runCommand(page: Page, title: string, timeout = 15_000): Promise<void> {
  await page.keyboard.press('F1');
  const box = page.locator(SEL.quickInputBox);
  await box.waitFor({ state: 'visible', timeout });
  await box.fill(`>${title}`);
  const row = page.locator(SEL.quickInputRows, { hasText: title }).first();
  await row.waitFor({ state: 'visible', timeout });
  await page.keyboard.press('Enter');
  await page
    .locator(SEL.quickInput)
    .waitFor({ state: 'hidden', timeout })
    .catch(() => undefined);
}

/** Opens a workspace file with Quick Open (Ctrl+P) and waits for its editor tab to be active. */
export async function openFile(page: Page, relativePath: string, timeout = 30_000): Promise<void> {
  const base = path.posix.basename(relativePath.replace(/\\/g, '/'));
  await page.keyboard.press('Control+P');
  const box = page.locator(SEL.quickInputBox);
  await box.waitFor({ state: 'visible', timeout });
  await box.fill(relativePath);
  // Wait for a result row for this file (file search runs on the server via ripgrep).
  const row = page.locator(SEL.quickInputRows, { hasText: base }).first();
  await row.waitFor({ state: 'visible', timeout });
  await page.keyboard.press('Enter');
  await page.locator(`${SEL.activeTab}[data-resource-name="${base}"]`).waitFor({ state: 'visible', timeout });
  await page.locator(`${SEL.activeEditor} .view-lines`).first().waitFor({ state: 'visible', timeout });
}

/**
 * Puts keyboard focus into the active editor (without moving its cursor):
 * Ctrl+1 = "Focus First Editor Group". Needed after e.g. openProblems(), which
 * focuses the panel, before editor keys (Ctrl+., Ctrl+A).
 */
export async function focusEditor(page: Page, timeout = 10_000): Promise<void> {
  const focused = page.locator(`${SEL.activeEditor}.focused`);
  if ((await focused.count()) > 0) return;
  await page.keyboard.press('Control+1');
  await focused.first().waitFor({ state: 'attached', timeout });
}

/** Opens the Problems panel (Ctrl+Shift+M) and waits for it. */
export async function openProblems(page: Page, timeout = 15_000): Promise<void> {
  const panel = page.locator(SEL.problems);
  if (await panel.isVisible().catch(() => false)) return;
  await page.keyboard.press('Control+Shift+M');
  await panel.waitFor({ state: 'visible', timeout });
}

/** The Problems panel's text ('' if it is not open). Only rendered rows are included. */
export async function problemsText(page: Page): Promise<string> {
  return textOf(page, SEL.problems);
}

/** Waits until the Problems panel contains `text`; returns the panel text. */
export async function waitForProblem(page: Page, text: string | RegExp, timeout = 30_000): Promise<string> {
  await openProblems(page);
  const re = typeof text === 'string' ? null : text;
  return waitFor(
    () => problemsText(page),
    (t) => (re ? re.test(t) : t.includes(text as string)),
    { timeout, message: `Problems panel to show ${text}` },
  );
}

/** Moves the cursor with Go to Line (Ctrl+G, "line:column", 1-based). */
export async function gotoLine(page: Page, line: number, column = 1, timeout = 10_000): Promise<void> {
  await page.keyboard.press('Control+G');
  const box = page.locator(SEL.quickInputBox);
  await box.waitFor({ state: 'visible', timeout });
  await box.fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
  await page.locator(SEL.quickInput).waitFor({ state: 'hidden', timeout });
  await waitFor(
    () => cursorPosition(page),
    (p) => p.line === line && p.column === column,
    { timeout, message: `cursor at ${line}:${column}` },
  );
}

/** The cursor position shown in the status bar ("Ln 3, Col 7"). */
export async function cursorPosition(page: Page): Promise<{ line: number; column: number }> {
  const t = await textOf(page, '.statusbar-item[id="status.editor.selection"]');
  const m = /Ln\s*(\d+),\s*Col\s*(\d+)/.exec(t);
  return m ? { line: Number(m[1]), column: Number(m[2]) } : { line: 0, column: 0 };
}

async function waitHoverText(page: Page, timeout: number): Promise<string> {
  return waitFor(
    () => textOf(page, SEL.hover),
    (t) => t.trim().length > 0 && !/^Loading/.test(t.trim()),
    { timeout, message: 'hover widget' },
  );
}

/** Shows the hover at a 1-based position (keyboard: Ctrl+K Ctrl+I) and returns its text. */
export async function hoverAt(page: Page, line: number, column: number, timeout = 15_000): Promise<string> {
  await gotoLine(page, line, column);
  await focusEditor(page);
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+I');
  return waitHoverText(page, timeout);
}

/** Moves the mouse over the first occurrence of `text` in the active editor and returns the hover text. */
export async function hoverText(page: Page, text: string, timeout = 15_000): Promise<string> {
  await page.mouse.move(0, 0);
  const span = page.locator(`${SEL.activeEditor} .view-lines span span`, { hasText: text }).first();
  await span.waitFor({ state: 'visible', timeout });
  await span.hover();
  return waitHoverText(page, timeout);
}

/** Titles in the open code action widget. */
export async function codeActionTitles(page: Page): Promise<string[]> {
  const rows = page.locator(SEL.actionRows);
  const n = await rows.count();
  const titles: string[] = [];
  for (let i = 0; i < n; i++)
    titles.push(
      (
        await rows
          .nth(i)
          .innerText({ timeout: 1000 })
          .catch(() => '')
      ).trim(),
    );
  return titles;
}

/**
 * Opens Quick Fix (Ctrl+.) at the cursor and applies the action whose title
 * contains `titleSubstring`; returns all titles that were offered.
 * Selection is by keyboard (arrow keys + Enter): a mouse click on a row is
 * swallowed by the `.context-view-pointerBlock` overlay until the mouse moves.
 */
export async function runQuickFix(page: Page, titleSubstring: string, timeout = 15_000): Promise<string[]> {
  await focusEditor(page);
  await page.keyboard.press('Control+.');
  await page.locator(SEL.actionWidget).first().waitFor({ state: 'visible', timeout });
  const row = page.locator(SEL.actionRows, { hasText: titleSubstring }).first();
  try {
    await row.waitFor({ state: 'visible', timeout });
  } catch {
    const offered = await codeActionTitles(page);
    await page.keyboard.press('Escape');
    throw new Error(`no quick fix containing "${titleSubstring}"; offered: ${JSON.stringify(offered)}`);
  }
  const titles = await codeActionTitles(page);
  const focused = page.locator(`${SEL.actionRows}.focused`);
  for (let i = 0; i <= titles.length; i++) {
    const label =
      (await focused
        .first()
        .getAttribute('aria-label', { timeout: 1000 })
        .catch(() => null)) ?? (await textOf(page, `${SEL.actionRows}.focused`));
    if (label.includes(titleSubstring)) break;
    if (i === titles.length) throw new Error(`could not focus quick fix "${titleSubstring}" in ${JSON.stringify(titles)}`);
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
  await page.locator(SEL.actionWidget).first().waitFor({ state: 'hidden', timeout });
  return titles;
}

/** Saves the active editor (Ctrl+S) and waits until its tab is no longer dirty. */
export async function save(page: Page, timeout = 15_000): Promise<void> {
  await page.keyboard.press('Control+S');
  await page.locator(`${SEL.activeTab}.dirty`).waitFor({ state: 'detached', timeout });
}

/** True if the active editor tab has unsaved changes. */
export async function isDirty(page: Page): Promise<boolean> {
  return (await page.locator(`${SEL.activeTab}.dirty`).count()) > 0;
}

/**
 * The active editor's full text, read through the clipboard (Ctrl+A, Ctrl+C);
 * afterwards the cursor is put back where it was (a selection is lost). Falls
 * back to the rendered lines (only those in the viewport) if the clipboard is
 * unavailable.
 */
export async function editorText(page: Page): Promise<string> {
  const editor = page.locator(SEL.activeEditor).first();
  await editor.waitFor({ state: 'visible', timeout: 10_000 });
  await focusEditor(page);
  const pos = await cursorPosition(page);
  await page.evaluate(() => (globalThis as any).navigator.clipboard.writeText('\u0000e2e-empty')).catch(() => undefined);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+C');
  let text: string | undefined;
  try {
    text = await waitFor(
      () => page.evaluate(() => (globalThis as any).navigator.clipboard.readText()) as Promise<string>,
      (t) => t !== '\u0000e2e-empty',
      { timeout: 3000, message: 'clipboard' },
    );
  } catch {
    text = undefined;
  }
  await page.keyboard.press('Control+Home');
  if (pos.line > 0 && (pos.line !== 1 || pos.column !== 1)) await gotoLine(page, pos.line, pos.column);
  if (text !== undefined) return text.replace(/\r\n/g, '\n');
  return renderedEditorText(page);
}

/** The active editor's rendered lines (viewport only), in order, with nbsp turned into spaces. */
export function renderedEditorText(page: Page): Promise<string> {
  // (the project's tsconfig has no DOM lib, hence `any`)
  return page.evaluate((sel: string) => {
    const root = (globalThis as any).document.querySelector(sel);
    if (!root) return '';
    const lines: any[] = Array.from(root.querySelectorAll('.view-lines .view-line'));
    lines.sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top));
    return lines.map((l) => String(l.textContent ?? '').replace(/\u00a0/g, ' ')).join('\n');
  }, SEL.activeEditor);
}

/** Saves a full-page screenshot to test/e2e/.artifacts/NAME.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(artifactsDir, { recursive: true });
  const file = path.join(artifactsDir, `${name.replace(/[^\w.-]+/g, '_')}.png`);
  await page.screenshot({ path: file });
  return file;
}

/**
 * After a failed test: a screenshot, the page's last errors and code-server's log, named
 * after the suite (`prefix`) and the test, in test/e2e/.artifacts/.
 */
export async function saveFailureArtifacts(
  prefix: string,
  test: { state?: string; title: string } | undefined,
  session: { page: Page; errors: string[] } | undefined,
  server: { log(): string } | undefined,
): Promise<void> {
  if (test?.state !== 'failed' || !session) return;
  const file = await screenshot(session.page, `${prefix}-failed-${test.title}`).catch(() => '');
  console.log(`    screenshot: ${file}\n    page errors: ${session.errors.slice(-10).join('\n      ')}`);
  if (server) fs.writeFileSync(path.join(artifactsDir, `${prefix}-failed-code-server.log`), server.log());
}
