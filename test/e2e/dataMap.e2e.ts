/*
 * The data map webview in a real VS Code 1.100 (code-server), from the VSIX users get: the
 * editor title button of a tenant privacy file opens it beside the editor; it lists the stores
 * the engine's data map has; it follows an edit; a finding clicked, or chosen with Enter, moves
 * the editor's cursor to it. Webviews are iframes (an outer one of the workbench, the page in
 * its `#active-frame`): read through frame locators.
 *
 * Screenshot: .artifacts/data-map-*.png; E2E_UPDATE_SCREENSHOTS=1 copies the editor and the map
 * to docs/screenshots/data-map.png.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import {
  artifactsDir,
  BrowserSession,
  CodeServer,
  cursorPosition,
  focusEditor,
  gotoLine,
  installVsix,
  openBrowser,
  openFile,
  packagedVsix,
  repoRoot,
  requireHarness,
  saveFailureArtifacts,
  screenshot,
  startCodeServer,
  tearDown,
  tempDir,
  waitFor,
  waitForWorkbench,
} from './codeServer';
import { lint } from '../../server/src/engine';

/** The map's page: the webview's inner frame. */
const mapFrame = (page: any) => page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');

/** The store names in the map's stores table. */
async function storeNames(page: any): Promise<string[]> {
  const cells = mapFrame(page).locator('table:has(caption:text-is("Stores")) tbody th');
  return (await cells.allInnerTexts().catch(() => [])).map((t: string) => t.trim());
}

describe('the data map webview in VS Code 1.100 (code-server)', function () {
  this.timeout(300_000);
  const sample = path.join(repoRoot, 'samples', 'contoso.privacy.jsonc');
  const base = path.basename(sample);
  let root: string;
  let server: CodeServer | undefined;
  let session: BrowserSession | undefined;
  let original: string;

  before(async function () {
    requireHarness(this);
    root = tempDir('privacy-e2e-map-');
    const extensionsDir = path.join(root, 'extensions');
    const workspace = path.join(root, 'workspace');
    fs.mkdirSync(workspace, { recursive: true });
    fs.copyFileSync(sample, path.join(workspace, base));
    original = fs.readFileSync(sample, 'utf8');
    installVsix(packagedVsix(), extensionsDir);
    server = await startCodeServer({
      workspace,
      extensionsDir,
      userDataDir: path.join(root, 'user-data'),
      userSettings: { 'editor.minimap.enabled': false, 'editor.stickyScroll.enabled': false, 'files.eol': '\n' },
    });
    session = await openBrowser(server.url);
    await waitForWorkbench(session.page);
    await openFile(session.page, base);
  });

  afterEach(async function () {
    await saveFailureArtifacts('data-map', this.currentTest, session, server);
  });

  after(async () => {
    await tearDown(session, server, root);
  });

  it("opens beside the editor from the editor title button and shows the stores of the engine's data map", async () => {
    const page = session!.page;
    const expected = lint(original, { dataMap: true }).dataMap!.stores.map((s) => s.id!);
    assert.ok(expected.length >= 3, 'the sample has stores');
    const button = page.locator('.editor-actions .action-label.codicon-globe').first();
    await button.waitFor({ state: 'visible', timeout: 60_000 });
    await button.click();
    const names = await waitFor(
      () => storeNames(page),
      (n) => JSON.stringify(n) === JSON.stringify(expected),
      { timeout: 60_000, message: `the map to list the stores ${JSON.stringify(expected)}` },
    );
    assert.deepStrictEqual(names, expected);
    // Beside the editor: a second editor group holds the map's tab.
    assert.strictEqual(await page.locator('.editor-group-container').count(), 2, 'two editor groups');
    assert.ok((await page.locator('.tab', { hasText: `Data Map: ${base}` }).count()) > 0, 'a tab "Data Map: FILE"');
    // A text alternative for each picture.
    const labelled = await mapFrame(page).locator('svg[role="img"][aria-labelledby]').count();
    assert.strictEqual(labelled, 2, 'two pictures, each labelled');
    await screenshot(page, 'data-map-1-opened');
    if (process.env.E2E_UPDATE_SCREENSHOTS) {
      const docs = path.join(repoRoot, 'docs', 'screenshots');
      fs.mkdirSync(docs, { recursive: true });
      const box = await page.locator('.part.editor').boundingBox();
      await page.screenshot({
        path: path.join(artifactsDir, 'data-map.docs.png'),
        clip: { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, 700) },
      });
      fs.copyFileSync(path.join(artifactsDir, 'data-map.docs.png'), path.join(docs, 'data-map.png'));
    }
  });

  it('follows an edit of the document', async () => {
    const page = session!.page;
    const first = lint(original, { dataMap: true }).dataMap!.stores[0];
    // Type before the first store's id (its range starts at the store's `{`; the id is its first value).
    const line = original.split('\n')[first.range.start.line];
    const column = line.indexOf(`"${first.id}"`) + 2;
    await gotoLine(page, first.range.start.line + 1, column);
    await focusEditor(page);
    await page.keyboard.type('new-');
    const names = await waitFor(
      () => storeNames(page),
      (n) => n[0] === `new-${first.id}`,
      { timeout: 30_000, message: 'the map to show the edited store id' },
    );
    assert.strictEqual(names[0], `new-${first.id}`);
  });

  it('moves the cursor to a finding clicked in the map, or chosen with Enter', async () => {
    const page = session!.page;
    const frame = mapFrame(page);
    const buttons = frame.locator('table:has(caption:text-is("Findings")) tbody td:first-child button[data-range]');
    const count = await buttons.count();
    assert.ok(count >= 2, 'findings with buttons');
    for (const [index, how] of [
      [count - 1, 'click'],
      [1, 'Enter'],
    ] as const) {
      const range = String(await buttons.nth(index).getAttribute('data-range'))
        .split(':')
        .map(Number);
      await gotoLine(page, 1, 1);
      if (how === 'click') {
        await buttons.nth(index).click();
      } else {
        await buttons.nth(index).focus();
        await page.keyboard.press('Enter');
      }
      const at = await waitFor(
        () => cursorPosition(page),
        (p) => p.line === range[0] + 1 && p.column === range[1] + 1,
        { timeout: 15_000, message: `the cursor at ${range[0] + 1}:${range[1] + 1} after a ${how}` },
      );
      assert.deepStrictEqual(at, { line: range[0] + 1, column: range[1] + 1 });
    }
    await screenshot(page, 'data-map-2-revealed');
  });
});
