/*
 * Workspace diagnostics in a real VS Code (code-server 4.100.3): a workspace of many
 * configs, none of them opened; the extension (the VSIX `npm run package` builds, as
 * extension.e2e.ts installs it) must put the findings of every config in the Problems
 * panel, as many as `privacy-lint --format json` finds in the same folder (which skips
 * node_modules and dot-folders, as the server does). Screenshot:
 * .artifacts/workspace-problems.png; with E2E_UPDATE_SCREENSHOTS=1 its crop goes to
 * docs/screenshots/workspace-problems.png.
 */
import * as assert from 'assert';
import * as childProcess from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import {
  artifactsDir, BrowserSession, CodeServer, installVsix, isSetUp, openBrowser, openProblems, Page, repoRoot,
  saveFailureArtifacts, screenshot, selectors, startCodeServer, tempDir, textOf, waitFor, waitForWorkbench,
} from './codeServer';

interface CliFile { file: string; diagnostics: { rule: string; severity: string }[] }

/** The VSIX run.sh builds (E2E_VSIX overrides); built here when missing. */
function vsixPath(): string {
  if (process.env.E2E_VSIX) return path.resolve(process.env.E2E_VSIX);
  const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  const vsix = path.join(repoRoot, `${pkg.name}-${pkg.version}.vsix`);
  if (!fs.existsSync(vsix)) {
    const res = childProcess.spawnSync('npm', ['run', 'package'], { cwd: repoRoot, encoding: 'utf8', timeout: 240_000 });
    if (res.status !== 0) throw new Error(`npm run package failed:\n${res.stdout}\n${res.stderr}`);
  }
  return vsix;
}

/** The Problems panel's file rows (level 1) as rendered: their text (name, folder, count). */
function fileRows(page: Page): Promise<string[]> {
  return page.evaluate((sel: string) => Array.from((globalThis as any).document.querySelectorAll(`${sel} .monaco-list-row[aria-level="1"]`))
    .map((row: any) => String(row.textContent ?? '').replace(/\s+/g, ' ').trim()), selectors.problems);
}

describe('workspace diagnostics in VS Code 1.100 (code-server): configs never opened', function () {
  this.timeout(300_000);
  let root: string;
  let workspace: string;
  let server: CodeServer | undefined;
  let session: BrowserSession | undefined;
  let expected: CliFile[];

  before(async function () {
    if (!isSetUp()) {
      if (process.env.CI) throw new Error('e2e harness not installed: run bash test/e2e/setup.sh');
      this.skip();
    }
    const vsix = vsixPath();
    root = tempDir('privacy-e2e-ws-');
    workspace = path.join(root, 'fleet');
    const samples = ['contoso.privacy.jsonc', 'northwind.privacy.jsonc', 'woodgrove.privacy.jsonc', 'fabrikam.privacy.json'];
    // Twelve tenants in four teams; and two copies the CLI and the server skip.
    for (let i = 0; i < 12; i++) {
      const sample = samples[i % samples.length];
      const target = path.join(workspace, `team-${'abcd'[i % 4]}`, `tenant-${String(i + 1).padStart(2, '0')}${sample.slice(sample.indexOf('.'))}`);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.copyFileSync(path.join(repoRoot, 'samples', sample), target);
    }
    for (const skipped of ['node_modules/vendor/x.privacy.jsonc', '.archive/old.privacy.jsonc']) {
      fs.mkdirSync(path.dirname(path.join(workspace, skipped)), { recursive: true });
      fs.copyFileSync(path.join(repoRoot, 'samples', 'contoso.privacy.jsonc'), path.join(workspace, skipped));
    }
    const cli = childProcess.spawnSync(process.execPath, [path.join(repoRoot, 'bin', 'privacy-lint.js'), '--format', 'json', '.'], { cwd: workspace, encoding: 'utf8' });
    expected = JSON.parse(cli.stdout) as CliFile[];
    assert.strictEqual(expected.length, 12, 'the CLI skips node_modules and dot-folders');

    const extensionsDir = path.join(root, 'extensions');
    assert.match(installVsix(vsix, extensionsDir), /successfully installed/i);
    server = await startCodeServer({
      workspace,
      extensionsDir,
      userDataDir: path.join(root, 'user-data'),
      userSettings: { 'security.workspace.trust.enabled': false, 'editor.minimap.enabled': false },
    });
    session = await openBrowser(server.url);
    await waitForWorkbench(session.page);
  });

  afterEach(async function () {
    await saveFailureArtifacts('workspace', this.currentTest, session, server);
  });

  after(async function () {
    await session?.close();
    await server?.stop();
    if (root && !process.env.E2E_KEEP) fs.rmSync(root, { recursive: true, force: true });
  });

  it('the Problems panel holds the findings of every config, none opened: the CLI\'s counts', async () => {
    const page = session!.page;
    const count = (severity: string) => expected.reduce((n, f) => n + f.diagnostics.filter((d) => d.severity === severity).length, 0);
    const errors = count('error');
    const warnings = count('warning');
    assert.ok(errors > 12, `the copies are broken: ${errors} errors`);
    // The status bar's problem counts: every marker of the workspace (no editor is open, so no other source has any).
    const status = await waitFor(async () => (await textOf(page, '.statusbar-item[id="status.problems"]')).match(/\d+/g)?.map(Number) ?? [],
      (numbers) => numbers[0] === errors && numbers[1] === warnings,
      { timeout: 60_000, message: `status bar problems to read ${errors} errors, ${warnings} warnings` });
    assert.deepStrictEqual(status.slice(0, 2), [errors, warnings]);
    assert.strictEqual(await page.locator('.tabs-container .tab').count(), 0, 'no file was opened');

    await openProblems(page);
    // Collapsed, one row per file, so that the rows fit the panel.
    await page.locator('.part.panel .codicon-collapse-all').first().click({ timeout: 10_000 });
    const rows = await waitFor(() => fileRows(page), (r) => r.length >= 8, { timeout: 15_000, message: 'file rows in the Problems panel' });
    const withFindings = expected.filter((f) => f.diagnostics.length).map((f) => path.basename(f.file));
    for (const row of rows) assert.ok(withFindings.some((name) => row.includes(name)), `${row} is a config with findings`);
    assert.ok(!rows.some((row) => /x\.privacy|old\.privacy/.test(row)), 'node_modules and dot-folders are skipped');
    await screenshot(page, 'workspace-problems');
    const panel = await page.locator('.part.panel').first().boundingBox();
    if (panel) {
      const crop = path.join(artifactsDir, 'workspace-problems.docs.png');
      await page.screenshot({ path: crop, clip: { x: panel.x, y: Math.max(0, panel.y - 1), width: Math.min(panel.width, 1100), height: panel.height + 1 } });
      if (process.env.E2E_UPDATE_SCREENSHOTS) fs.copyFileSync(crop, path.join(repoRoot, 'docs', 'screenshots', 'workspace-problems.png'));
    }
  });
});
