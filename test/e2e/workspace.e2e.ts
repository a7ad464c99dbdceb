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
  artifactsDir,
  BrowserSession,
  CodeServer,
  installVsix,
  openBrowser,
  openProblems,
  packagedVsix,
  Page,
  repoRoot,
  requireHarness,
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

interface CliFile {
  file: string;
  diagnostics: { rule: string; severity: string; message: string; range: { start: { line: number; character: number } } }[];
}

const DUPLICATE_ID = 'fabrikam-sql-eus2-01';
const DUPLICATE_FILE = 'team-e/tenant-13.privacy.json';

/** `[Ln L, Col C]` as the Problems panel writes a 0-based position. */
const lnCol = (p: { line: number; character: number }) => `[Ln ${p.line + 1}, Col ${p.character + 1}]`;

/** The rows of the Problems panel as rendered: aria-level and text. */
function problemRows(page: Page): Promise<{ level: string; expanded: string | null; text: string }[]> {
  return page.evaluate(
    (sel: string) =>
      Array.from((globalThis as any).document.querySelectorAll(`${sel} .monaco-list-row`)).map((row: any) => ({
        level: row.getAttribute('aria-level'),
        expanded: row.getAttribute('aria-expanded'),
        text: String(row.textContent ?? '')
          .replace(/\s+/g, ' ')
          .trim(),
      })),
    selectors.problems,
  );
}

/** The Problems panel's file rows (level 1) as rendered: their text (name, folder, count). */
function fileRows(page: Page): Promise<string[]> {
  return page.evaluate(
    (sel: string) =>
      Array.from((globalThis as any).document.querySelectorAll(`${sel} .monaco-list-row[aria-level="1"]`)).map((row: any) =>
        String(row.textContent ?? '')
          .replace(/\s+/g, ' ')
          .trim(),
      ),
    selectors.problems,
  );
}

describe('workspace diagnostics in VS Code 1.100 (code-server): configs never opened', function () {
  this.timeout(300_000);
  let root: string;
  let workspace: string;
  let server: CodeServer | undefined;
  let session: BrowserSession | undefined;
  let expected: CliFile[];
  let duplicate: string;

  before(async function () {
    requireHarness(this);
    const vsix = packagedVsix();
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
    // A thirteenth whose finding has a related location: a store id given twice.
    duplicate = fs.readFileSync(path.join(repoRoot, 'samples', 'fabrikam.privacy.json'), 'utf8').replace('"fabrikam-rc-wus2-01"', `"${DUPLICATE_ID}"`);
    fs.mkdirSync(path.join(workspace, 'team-e'), { recursive: true });
    fs.writeFileSync(path.join(workspace, DUPLICATE_FILE), duplicate);
    for (const skipped of ['node_modules/vendor/x.privacy.jsonc', '.archive/old.privacy.jsonc']) {
      fs.mkdirSync(path.dirname(path.join(workspace, skipped)), { recursive: true });
      fs.copyFileSync(path.join(repoRoot, 'samples', 'contoso.privacy.jsonc'), path.join(workspace, skipped));
    }
    const cli = childProcess.spawnSync(process.execPath, [path.join(repoRoot, 'bin', 'privacy-lint.js'), '--format', 'json', '.'], {
      cwd: workspace,
      encoding: 'utf8',
    });
    expected = JSON.parse(cli.stdout) as CliFile[];
    assert.strictEqual(expected.length, 13, 'the CLI skips node_modules and dot-folders');

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
    await tearDown(session, server, root);
  });

  it("the Problems panel holds the findings of every config, none opened: the CLI's counts", async () => {
    const page = session!.page;
    const count = (severity: string) => expected.reduce((n, f) => n + f.diagnostics.filter((d) => d.severity === severity).length, 0);
    const errors = count('error');
    const warnings = count('warning');
    assert.ok(errors > 12, `the copies are broken: ${errors} errors`);
    // The status bar's problem counts: every marker of the workspace (no editor is open, so no other source has any).
    const status = await waitFor(
      async () => (await textOf(page, '.statusbar-item[id="status.problems"]')).match(/\d+/g)?.map(Number) ?? [],
      (numbers) => numbers[0] === errors && numbers[1] === warnings,
      { timeout: 60_000, message: `status bar problems to read ${errors} errors, ${warnings} warnings` },
    );
    assert.deepStrictEqual(status.slice(0, 2), [errors, warnings]);
    assert.strictEqual(await page.locator('.tabs-container .tab').count(), 0, 'no file was opened');

    await openProblems(page);
    // Collapsed, one row per file, so that the rows fit the panel.
    await page.locator('.part.panel .codicon-collapse-all').first().click({ timeout: 10_000 });
    const rows = await waitFor(
      () => fileRows(page),
      (r) => r.length >= 8,
      { timeout: 15_000, message: 'file rows in the Problems panel' },
    );
    const withFindings = expected.filter((f) => f.diagnostics.length).map((f) => path.basename(f.file));
    for (const row of rows)
      assert.ok(
        withFindings.some((name) => row.includes(name)),
        `${row} is a config with findings`,
      );
    assert.ok(!rows.some((row) => /x\.privacy|old\.privacy/.test(row)), 'node_modules and dot-folders are skipped');
    await screenshot(page, 'workspace-problems');
    const panel = await page.locator('.part.panel').first().boundingBox();
    if (panel) {
      const crop = path.join(artifactsDir, 'workspace-problems.docs.png');
      await page.screenshot({ path: crop, clip: { x: panel.x, y: Math.max(0, panel.y - 1), width: Math.min(panel.width, 1100), height: panel.height + 1 } });
      if (process.env.E2E_UPDATE_SCREENSHOTS) fs.copyFileSync(crop, path.join(repoRoot, 'docs', 'screenshots', 'workspace-problems.png'));
    }
  });

  it('a finding with a related location: a child row in the Problems panel, and a click on it selects the first occurrence', async () => {
    const page = session!.page;
    const cliFile = expected.find((f) => f.file.endsWith(DUPLICATE_FILE))!;
    const finding = cliFile.diagnostics.find((d) => d.rule === 'stores/duplicate-id');
    assert.ok(finding, `stores/duplicate-id in ${DUPLICATE_FILE}: ${JSON.stringify(cliFile.diagnostics.map((d) => d.rule))}`);
    // The first occurrence, found in the text (0-based line and column of its opening quote).
    const lines = duplicate.split('\n');
    const firstLine = lines.findIndex((l) => l.includes(`"${DUPLICATE_ID}"`));
    const first = { line: firstLine, character: lines[firstLine].indexOf(`"${DUPLICATE_ID}"`) };
    assert.ok(first.line < finding.range.start.line, 'the first occurrence comes before the finding');

    await openProblems(page);
    // Only this rule's rows: the filter box of the Problems panel.
    const filter = page.locator('.part.panel .viewpane-filter input').first();
    await filter.fill('stores/duplicate-id', { timeout: 10_000 });
    // Rows collapsed (by the first test, or by default) are expanded with their twistie: a click on a marker's row would open its file.
    const rows = await waitFor(
      async () => {
        const collapsed = page.locator(`${selectors.problems} .monaco-list-row[aria-expanded="false"] .monaco-tl-twistie`);
        if (await collapsed.count()) await collapsed.first().click({ timeout: 5000 });
        return problemRows(page);
      },
      (r) => r.some((row) => row.level === '3'),
      { timeout: 20_000, message: 'a related-location row under the stores/duplicate-id row' },
    );
    const marker = rows.find((r) => r.level === '2')!;
    assert.ok(marker.text.includes(finding.message) && marker.text.includes(lnCol(finding.range.start)), `the finding's row: ${marker.text}`);
    const related = rows.filter((r) => r.level === '3');
    assert.strictEqual(related.length, 1, JSON.stringify(related));
    assert.strictEqual(related[0].text, `${path.basename(DUPLICATE_FILE)}${lnCol(first)}:First use of the store id "${DUPLICATE_ID}"`);
    await screenshot(page, 'workspace-related-row');

    assert.strictEqual(await page.locator('.tabs-container .tab').count(), 0, 'no editor is open yet');
    await page.locator(`${selectors.problems} .monaco-list-row[aria-level="3"]`).first().click({ timeout: 10_000 });
    await page.locator(`.tabs-container .tab.active[data-resource-name="${path.basename(DUPLICATE_FILE)}"]`).waitFor({ state: 'visible', timeout: 15_000 });
    // The first id is selected (quotes included): the status bar names the selection's end and its length.
    const length = DUPLICATE_ID.length + 2;
    const expectedStatus = `Ln ${first.line + 1}, Col ${first.character + 1 + length} (${length} selected)`;
    const status = await waitFor(
      () => textOf(page, '.statusbar-item[id="status.editor.selection"]'),
      (t) => t === expectedStatus,
      { timeout: 15_000, message: `the status bar to read ${expectedStatus}` },
    );
    assert.strictEqual(status, expectedStatus);
    await screenshot(page, 'workspace-related-clicked');
    await filter.fill('', { timeout: 10_000 });
  });
});
