/*
 * Proves the e2e harness (code-server + Chromium + playwright-core) with a
 * throwaway extension written straight into the extensions folder (no VSIX):
 * it puts a diagnostic "E2E-SMOKE" on line 1 of every JSON file, and offers a
 * hover and a quick fix, so every workbench helper is exercised.
 *
 * Run: bash test/e2e/setup.sh && (compile) && mocha --timeout 300000 out/test/e2e/smoke.e2e.js
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import {
  BrowserSession,
  CodeServer,
  editorText,
  gotoLine,
  hoverAt,
  hoverText,
  openBrowser,
  openFile,
  openProblems,
  problemsText,
  requireHarness,
  runQuickFix,
  save,
  saveFailureArtifacts,
  screenshot,
  startCodeServer,
  tearDown,
  tempDir,
  waitFor,
  waitForProblem,
  waitForWorkbench,
} from './codeServer';

const EXTENSION_JS = String.raw`
const vscode = require('vscode');
exports.activate = function (context) {
  const collection = vscode.languages.createDiagnosticCollection('e2e-smoke');
  context.subscriptions.push(collection);
  const lint = (doc) => {
    if (doc.languageId !== 'json') return;
    const line = doc.lineAt(0);
    const d = new vscode.Diagnostic(line.range, 'E2E-SMOKE diagnostic on line 1', vscode.DiagnosticSeverity.Warning);
    d.source = 'e2e-smoke';
    d.code = 'E2E-SMOKE';
    collection.set(doc.uri, [d]);
  };
  vscode.workspace.textDocuments.forEach(lint);
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument(lint),
    vscode.workspace.onDidChangeTextDocument((e) => lint(e.document)),
    vscode.workspace.onDidCloseTextDocument((doc) => collection.delete(doc.uri)),
    vscode.languages.registerHoverProvider('json', {
      provideHover(doc, pos) {
        const range = doc.getWordRangeAtPosition(pos);
        return new vscode.Hover('E2E-HOVER ' + (range ? doc.getText(range) : '') + ' at ' + (pos.line + 1) + ':' + (pos.character + 1));
      },
    }),
    vscode.languages.registerCodeActionsProvider('json', {
      provideCodeActions(doc, range, ctx) {
        return ctx.diagnostics.filter((d) => d.code === 'E2E-SMOKE').map((d) => {
          const fix = new vscode.CodeAction('E2E: insert smoke comment', vscode.CodeActionKind.QuickFix);
          fix.diagnostics = [d];
          fix.isPreferred = true;
          fix.edit = new vscode.WorkspaceEdit();
          fix.edit.insert(doc.uri, new vscode.Position(0, 0), '// fixed by e2e\n');
          return fix;
        });
      },
    }, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] }),
  );
};
exports.deactivate = function () {};
`;

/** Writes the extension folder `e2e.smoke-0.0.1` directly into the extensions dir. */
function writeSmokeExtension(extensionsDir: string): void {
  const dir = path.join(extensionsDir, 'e2e.smoke-0.0.1');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify(
      {
        name: 'smoke',
        publisher: 'e2e',
        version: '0.0.1',
        engines: { vscode: '^1.90.0' },
        activationEvents: ['onLanguage:json'],
        main: './extension.js',
      },
      null,
      2,
    ),
  );
  fs.writeFileSync(path.join(dir, 'extension.js'), EXTENSION_JS);
}

describe('e2e harness smoke (code-server + Chromium)', function () {
  this.timeout(300_000);

  let root: string;
  let workspace: string;
  let server: CodeServer | undefined;
  let session: BrowserSession | undefined;

  before(async function () {
    requireHarness(this);
    root = tempDir('privacy-e2e-smoke-');
    const extensionsDir = path.join(root, 'extensions');
    workspace = path.join(root, 'workspace');
    fs.mkdirSync(workspace, { recursive: true });
    writeSmokeExtension(extensionsDir);
    fs.writeFileSync(path.join(workspace, 'x.json'), '{\n  "smoke": true,\n  "answer": 42\n}\n');
    server = await startCodeServer({
      workspace,
      extensionsDir,
      userDataDir: path.join(root, 'user-data'),
      userSettings: { 'files.eol': '\n' },
    });
    session = await openBrowser(server.url);
    await waitForWorkbench(session.page);
  });

  afterEach(async function () {
    await saveFailureArtifacts('smoke', this.currentTest, session, server);
  });

  after(async function () {
    await tearDown(session, server, root);
  });

  it('shows the extension diagnostic in the Problems panel', async function () {
    const page = session!.page;
    await openFile(page, 'x.json');
    await openProblems(page);
    const text = await waitForProblem(page, 'E2E-SMOKE');
    assert.match(text, /E2E-SMOKE diagnostic on line 1/);
    assert.match(text, /x\.json/);
    const shot = await screenshot(page, 'smoke-problems');
    console.log(`    screenshot: ${shot}`);
  });

  it('shows a hover from the extension', async function () {
    const page = session!.page;
    const text = await hoverAt(page, 3, 5);
    assert.match(text, /E2E-HOVER answer at 3:5/);
    await page.keyboard.press('Escape');
    const byMouse = await hoverText(page, 'smoke');
    assert.match(byMouse, /E2E-HOVER smoke at 2:/);
    await page.mouse.move(0, 0);
  });

  it('applies a quick fix, saves, and reads the editor text', async function () {
    const page = session!.page;
    await gotoLine(page, 1, 1);
    await page.locator('.markers-panel').click(); // focus elsewhere: runQuickFix must refocus the editor
    const titles = await runQuickFix(page, 'E2E: insert smoke comment');
    assert.ok(
      titles.some((t) => t.includes('E2E: insert smoke comment')),
      JSON.stringify(titles),
    );
    const text = await waitFor(
      () => editorText(page),
      (t) => t.startsWith('// fixed by e2e\n'),
      { timeout: 10_000, message: 'quick fix edit in the editor' },
    );
    assert.strictEqual(text, '// fixed by e2e\n{\n  "smoke": true,\n  "answer": 42\n}\n');
    await save(page);
    assert.strictEqual(fs.readFileSync(path.join(workspace, 'x.json'), 'utf8'), text);
    await screenshot(page, 'smoke-after-fix');
    assert.ok((await problemsText(page)).includes('E2E-SMOKE'));
  });
});
