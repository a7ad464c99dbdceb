/*
 * The VSIX's `browser` entry (dist/web/extension.js, with the language server in a web worker)
 * in code-server's web worker extension host. code-server runs an extension that has both
 * `main` and `browser` in its Node extension host (a "workspace" extension); the user setting
 * `remote.extensionKind: { "tenant-privacy.tenant-privacy": ["web"] }` makes the workbench run
 * it in the browser instead, as VS Code for the web does. The Running Extensions editor must
 * say so ("web worker"), and the Problems panel must hold the CLI's diagnostics for a sample.
 * Screenshot: .artifacts/web-*.png.
 */
import * as assert from 'assert';
import * as childProcess from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import {
  BrowserSession,
  CodeServer,
  installVsix,
  openBrowser,
  openFile,
  openProblems,
  packagedVsix,
  Page,
  repoRoot,
  requireHarness,
  runCommand,
  saveFailureArtifacts,
  screenshot,
  selectors,
  startCodeServer,
  tearDown,
  tempDir,
  textOf,
  waitFor,
  waitForWorkbench,
} from './codeServer';

interface CliDiagnostic {
  rule: string;
  range: { start: { line: number; character: number } };
}

/** The privacy-lint rows of the Problems panel as `rule [Ln L, Col C]`, sorted, and whether every row of the file is rendered. */
async function privacyRows(page: Page): Promise<{ keys: string[]; complete: boolean }> {
  const rows: { source: string; key: string; setSize: number }[] = await page.evaluate((sel: string) => {
    const text = (row: any, s: string) => String(row.querySelector(s)?.textContent ?? '').trim();
    return Array.from((globalThis as any).document.querySelectorAll(`${sel} .monaco-list-row[aria-level="2"]`)).map((row: any) => ({
      source: text(row, '.marker-source'),
      key: `${text(row, '.marker-code')} ${text(row, '.marker-line')}`,
      setSize: Number(row.getAttribute('aria-setsize') ?? 0),
    }));
  }, selectors.problems);
  return {
    keys: rows
      .filter((r) => r.source === 'privacy-lint')
      .map((r) => r.key)
      .sort(),
    complete: rows.length > 0 && rows.length === rows[0].setSize,
  };
}

describe("the web build in code-server's web worker extension host (remote.extensionKind: web)", function () {
  this.timeout(300_000);
  const sample = process.env.E2E_SAMPLE ? path.resolve(process.env.E2E_SAMPLE) : path.join(repoRoot, 'samples', 'contoso.privacy.jsonc');
  const base = path.basename(sample);
  let root: string;
  let server: CodeServer | undefined;
  let session: BrowserSession | undefined;

  before(async function () {
    requireHarness(this);
    root = tempDir('privacy-e2e-web-');
    const extensionsDir = path.join(root, 'extensions');
    const workspace = path.join(root, 'workspace');
    fs.mkdirSync(workspace, { recursive: true });
    fs.copyFileSync(sample, path.join(workspace, base));
    installVsix(packagedVsix(), extensionsDir);
    server = await startCodeServer({
      workspace,
      extensionsDir,
      userDataDir: path.join(root, 'user-data'),
      userSettings: { 'remote.extensionKind': { 'tenant-privacy.tenant-privacy': ['web'] }, 'editor.minimap.enabled': false },
    });
    // Tall enough for every row of the sample's findings and their related locations.
    session = await openBrowser(server.url, { height: 1400 });
    await waitForWorkbench(session.page);
  });

  afterEach(async function () {
    await saveFailureArtifacts('web', this.currentTest, session, server);
  });

  after(async () => {
    await tearDown(session, server, root);
  });

  it("lists the CLI's diagnostics in the Problems panel, from the language server in a web worker", async () => {
    const page = session!.page;
    const cli = childProcess.spawnSync(process.execPath, [path.join(repoRoot, 'bin', 'privacy-lint.js'), '--format', 'json', base], {
      cwd: path.dirname(sample),
      encoding: 'utf8',
    });
    const [report] = JSON.parse(cli.stdout) as { diagnostics: CliDiagnostic[] }[];
    const expected = report.diagnostics.map((d) => `${d.rule} [Ln ${d.range.start.line + 1}, Col ${d.range.start.character + 1}]`).sort();
    assert.ok(expected.length > 0, `${base} has findings`);

    await openFile(page, base);
    await openProblems(page);
    const state = await waitFor(
      () => privacyRows(page),
      (s) => s.complete && JSON.stringify(s.keys) === JSON.stringify(expected),
      { timeout: 60_000, message: `the Problems panel to list ${JSON.stringify(expected)}` },
    );
    assert.deepStrictEqual(state.keys, expected);
    await screenshot(page, 'web-problems');
    assert.ok(!session!.errors.some((e) => /tenant-privacy|Creating workers/.test(e)), session!.errors.join('\n'));
  });

  it('runs in the web worker extension host (Developer: Show Running Extensions)', async () => {
    const page = session!.page;
    await runCommand(page, 'Developer: Show Running Extensions');
    const row = '.runtime-extensions-editor .monaco-list-row:has-text("Tenant Privacy")';
    const text = await waitFor(
      () => textOf(page, row),
      (t) => t.includes('Tenant Privacy'),
      { timeout: 30_000, message: 'the extension in Running Extensions' },
    );
    assert.match(text, /web worker/i, `where it runs: ${text}`);
    await screenshot(page, 'web-running-extensions');
  });
});
