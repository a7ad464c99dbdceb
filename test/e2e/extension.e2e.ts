/*
 * The extension as users get it: the VSIX that `npm run package` builds, installed
 * into a real VS Code 1.100 (code-server 4.100.3) with `--install-extension`, driven
 * by playwright-core and Debian's Chromium (see test/e2e/README.md).
 *
 * It opens a broken sample (samples/contoso.privacy.jsonc, copied into a temporary
 * workspace) and checks, against the CLI and the engine's rule metadata (nothing about
 * the sample is hard-coded):
 *   1. the Problems panel lists the CLI's diagnostics (rule id and position);
 *   2. the status bar shows the edition the CLI checked the file under;
 *   3. a hover on a value with a diagnostic shows that rule's summary and rationale;
 *   4. a quick fix changes the buffer exactly as the engine's fix does, and its
 *      diagnostic disappears;
 *   5. saving with `"editor.codeActionsOnSave": { "source.fixAll.privacyLint": "explicit" }`
 *      writes what `privacy-lint --fix` writes, and leaves the problems it leaves.
 *
 * Screenshots of every step go to test/e2e/.artifacts/extension-*.png; with
 * E2E_UPDATE_SCREENSHOTS=1 the best ones are also copied to docs/screenshots/.
 *
 * Environment: E2E_VSIX=path uses that VSIX as is (no build); E2E_KEEP=1 keeps the
 * temporary folders; E2E_SAMPLE=samples/x.privacy.jsonc checks another sample.
 */
import * as assert from 'assert';
import * as childProcess from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import {
  artifactsDir,
  BrowserSession,
  CodeServer,
  editorText,
  focusEditor,
  gotoLine,
  hoverAt,
  installVsix,
  isDirty,
  openBrowser,
  openFile,
  openProblems,
  packagedVsix,
  Page,
  repoRoot,
  requireHarness,
  runCommand,
  runQuickFix,
  save,
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
import { applyEdits, lint, ruleById, ruleDocsUrl } from '../../server/src/engine';

// ---------------------------------------------------------------------------
// the CLI, for the expectations

interface CliDiagnostic {
  rule: string;
  severity: string;
  message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  fixes: { title: string; preferred: boolean }[];
}
interface CliFile {
  file: string;
  edition: string;
  diagnostics: CliDiagnostic[];
}

function privacyLint(args: string[]): childProcess.SpawnSyncReturns<string> {
  const res = childProcess.spawnSync(process.execPath, [path.join(repoRoot, 'bin', 'privacy-lint.js'), ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 60_000,
  });
  // 0: clean, 1: problems found; anything else is a usage or internal error.
  if (res.error || (res.status !== 0 && res.status !== 1)) {
    throw new Error(`privacy-lint ${args.join(' ')} failed (${res.status ?? res.error}):\n${res.stdout}\n${res.stderr}`);
  }
  return res;
}

/** `privacy-lint --format json FILE` */
function cliLint(file: string): CliFile {
  const out = JSON.parse(privacyLint(['--format', 'json', file]).stdout) as CliFile[];
  assert.strictEqual(out.length, 1, `one file in the CLI's output for ${file}`);
  return out[0];
}

/** Lints `text` as a file named `base` in a fresh folder; with `fix`, runs `--fix` first. Returns the result and the text. */
function cliOnText(text: string, base: string, fix: boolean): { result: CliFile; text: string } {
  const dir = tempDir('privacy-e2e-cli-');
  try {
    const file = path.join(dir, base);
    fs.writeFileSync(file, text);
    if (fix) privacyLint(['--fix', file]);
    return { result: cliLint(file), text: fs.readFileSync(file, 'utf8') };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** How a diagnostic reads in the Problems panel: `rule [Ln L, Col C]` (1-based). */
function problemKey(d: CliDiagnostic): string {
  return `${d.rule} [Ln ${d.range.start.line + 1}, Col ${d.range.start.character + 1}]`;
}
const keysOf = (result: CliFile) => result.diagnostics.map(problemKey).sort();

// ---------------------------------------------------------------------------
// the Problems panel

interface PanelProblem {
  source: string;
  code: string;
  line: string;
  message: string;
  href: string;
}
interface PanelState {
  /** privacy-lint rows as `rule [Ln L, Col C]`, sorted. */
  keys: string[];
  rows: PanelProblem[];
  /** Every marker row of the file is rendered (the tree is virtualized). */
  complete: boolean;
  /** Rows of other sources (the built-in JSON validator, ...). */
  others: number;
}

/** The Problems panel's marker rows, read from the DOM (source, code, `[Ln, Col]`, message, code link). */
async function panelState(page: Page): Promise<PanelState> {
  const rows: (PanelProblem & { setSize: number })[] = await page.evaluate((sel: string) => {
    const doc = (globalThis as any).document;
    const text = (row: any, s: string) => String(row.querySelector(s)?.textContent ?? '').trim();
    return Array.from(doc.querySelectorAll(`${sel} .monaco-list-row[aria-level="2"]`)).map((row: any) => ({
      source: text(row, '.marker-source'),
      code: text(row, '.marker-code'),
      line: text(row, '.marker-line'),
      message: text(row, '.marker-message'),
      href: String(row.querySelector('a.monaco-link')?.getAttribute('href') ?? ''),
      setSize: Number(row.getAttribute('aria-setsize') ?? 0),
    }));
  }, selectors.problems);
  const ours = rows.filter((r) => r.source === 'privacy-lint');
  return {
    keys: ours.map((r) => `${r.code} ${r.line}`).sort(),
    rows: ours.map(({ setSize: _, ...r }) => r),
    complete: rows.every((r) => r.setSize === rows.length),
    others: rows.length - ours.length,
  };
}

/** Waits until the panel's privacy-lint rows are exactly `expected` (see keysOf); returns the state. */
async function waitForPanel(page: Page, expected: string[], what: string, timeout = 30_000): Promise<PanelState> {
  await openProblems(page);
  const state = await waitFor(
    () => panelState(page),
    (s) => s.complete && JSON.stringify(s.keys) === JSON.stringify(expected),
    { timeout, message: `Problems panel to list ${what}: ${JSON.stringify(expected)}` },
  ).catch(async (e) => {
    const last = await panelState(page);
    assert.deepStrictEqual(last.keys, expected, `${e}`);
    throw e;
  });
  return state;
}

// ---------------------------------------------------------------------------
// helpers

/** Markdown as it reads once rendered, for comparisons: no code or emphasis marks, no white space. */
const squash = (s: string) => s.replace(/[`*]/g, '').replace(/\s+/g, '');

/** docs/screenshots/NAME.png -> the artifact it is copied from (with E2E_UPDATE_SCREENSHOTS=1). */
const docsShots: Record<string, string> = {};
/** The cursor's line, line number included (for crops). */
const EDITION_ITEM = '.statusbar-item[id$="tenantPrivacy.edition"]';
const CURRENT_LINE = [`${selectors.activeEditor} .view-overlays .current-line`, `${selectors.activeEditor} .margin-view-overlays .current-line`];

/**
 * Saves the whole page as .artifacts/extension-NAME.png (harness `screenshot`). With
 * `docs`, also saves the part that matters, the union of the boxes of `docs.around`
 * (selectors) plus `margin` (and `above` pixels more on top), as
 * .artifacts/extension-NAME.docs.png; E2E_UPDATE_SCREENSHOTS=1 copies that to
 * docs/screenshots/DOCS.png (a crop keeps the PNG small).
 */
async function shot(page: Page, name: string, docs?: { name: string; around: string[]; margin?: number; above?: number }): Promise<void> {
  await screenshot(page, `extension-${name}`);
  if (!docs) return;
  const boxes = [];
  for (const sel of docs.around) {
    const box = await page
      .locator(sel)
      .first()
      .boundingBox({ timeout: 2000 })
      .catch(() => null);
    if (box) boxes.push(box);
  }
  if (!boxes.length) return;
  const m = docs.margin ?? 0;
  const view = page.viewportSize() ?? { width: 1600, height: 1000 };
  const x = Math.max(0, Math.min(...boxes.map((b) => b.x)) - m);
  const y = Math.max(0, Math.min(...boxes.map((b) => b.y)) - m - (docs.above ?? 0));
  const right = Math.min(view.width, Math.max(...boxes.map((b) => b.x + b.width)) + m);
  const bottom = Math.min(view.height, Math.max(...boxes.map((b) => b.y + b.height)) + m);
  const file = path.join(artifactsDir, `extension-${name}.docs.png`);
  await page.screenshot({ path: file, clip: { x, y, width: right - x, height: bottom - y } });
  docsShots[docs.name] = file;
}

// ---------------------------------------------------------------------------

describe('tenant-privacy VSIX in VS Code 1.100 (code-server)', function () {
  this.timeout(300_000);

  const sample = path.resolve(repoRoot, process.env.E2E_SAMPLE ?? 'samples/contoso.privacy.jsonc');
  const base = path.basename(sample);
  let root: string;
  let workspaceFile: string;
  let original: string;
  let expected: CliFile;
  let server: CodeServer | undefined;
  let session: BrowserSession | undefined;

  before(async function () {
    requireHarness(this);
    const vsix = packagedVsix();
    root = tempDir('privacy-e2e-ext-');
    const extensionsDir = path.join(root, 'extensions');
    const workspace = path.join(root, 'workspace');
    fs.mkdirSync(workspace, { recursive: true });
    workspaceFile = path.join(workspace, base);
    fs.copyFileSync(sample, workspaceFile);
    original = fs.readFileSync(workspaceFile, 'utf8');

    const out = installVsix(vsix, extensionsDir);
    assert.match(out, /successfully installed/i, out);
    const installed = fs.readdirSync(extensionsDir).filter((d) => d.startsWith('tenant-privacy.tenant-privacy-'));
    assert.strictEqual(installed.length, 1, `one unpacked extension in ${extensionsDir}: ${fs.readdirSync(extensionsDir).join(',')}`);

    expected = cliLint(workspaceFile);
    assert.ok(expected.diagnostics.length > 0, `${sample} is meant to be broken`);

    server = await startCodeServer({
      workspace,
      extensionsDir,
      userDataDir: path.join(root, 'user-data'),
      userSettings: {
        'security.workspace.trust.enabled': false,
        'editor.codeActionsOnSave': { 'source.fixAll.privacyLint': 'explicit' },
        'files.eol': '\n',
        // Quieter screenshots: no sticky scroll lines over the code, no minimap.
        'editor.stickyScroll.enabled': false,
        'editor.minimap.enabled': false,
      },
    });
    session = await openBrowser(server.url);
    await waitForWorkbench(session.page);
    await openFile(session.page, base);
  });

  afterEach(async function () {
    await saveFailureArtifacts('extension', this.currentTest, session, server);
  });

  after(async function () {
    await tearDown(session, server, root);
    if (process.env.E2E_UPDATE_SCREENSHOTS && Object.keys(docsShots).length) {
      const docs = path.join(repoRoot, 'docs', 'screenshots');
      fs.mkdirSync(docs, { recursive: true });
      for (const [name, file] of Object.entries(docsShots)) fs.copyFileSync(file, path.join(docs, `${name}.png`));
      console.log(
        `    copied ${Object.keys(docsShots)
          .map((n) => `${n}.png`)
          .join(', ')} to ${docs}`,
      );
    }
  });

  it("lists the CLI's diagnostics in the Problems panel (rule id, position, docs link)", async function () {
    const page = session!.page;
    const state = await waitForPanel(page, keysOf(expected), "the CLI's diagnostics", 90_000);
    for (const d of expected.diagnostics) {
      const row = state.rows.find((r) => `${r.code} ${r.line}` === problemKey(d))!;
      assert.strictEqual(row.message, d.message, `message of ${problemKey(d)}`);
      assert.strictEqual(row.href, ruleDocsUrl(d.rule), `code link of ${problemKey(d)}`);
    }
    await shot(page, '1-problems', { name: 'problems', around: ['.part.panel', EDITION_ITEM], above: 230 });
  });

  it("shows the file's edition in the status bar", async function () {
    const page = session!.page;
    const text = await waitFor(
      () => textOf(page, EDITION_ITEM),
      (t) => t.includes(`Privacy ${expected.edition}`),
      { timeout: 15_000, message: `status bar item "Privacy ${expected.edition}"` },
    );
    assert.strictEqual(text.trim(), `Privacy ${expected.edition}`);
    await shot(page, '2-status-bar');
  });

  /** The diagnostic the hover and quick fix steps use: single-line, with a preferred fix. */
  function target(): CliDiagnostic {
    const candidates = expected.diagnostics.filter(
      (d) => d.fixes.some((f) => f.preferred) && d.range.start.line === d.range.end.line && d.range.end.character - d.range.start.character >= 2,
    );
    assert.ok(candidates.length > 0, 'a diagnostic with a preferred fix');
    return candidates.find((d) => d.rule === 'retention/audit-logs') ?? candidates[0];
  }

  it("shows the rule's summary and rationale in a hover on a value with a diagnostic", async function () {
    const page = session!.page;
    const d = target();
    const meta = ruleById(d.rule)?.meta;
    assert.ok(meta, `engine rule ${d.rule}`);
    const line = d.range.start.line + 1;
    const column = d.range.start.character + 2; // inside the value
    await hoverAt(page, line, column);
    const text = await waitFor(
      () => textOf(page, selectors.hover),
      (t) => squash(t).includes(squash(meta.rationale)),
      { timeout: 15_000, message: `hover at ${line}:${column} with the rationale of ${d.rule}` },
    );
    const flat = squash(text);
    for (const part of [meta.id, meta.summary, meta.rationale, meta.policySection, d.message]) {
      assert.ok(flat.includes(squash(part)), `hover should contain ${JSON.stringify(part)}; it reads:\n${text}`);
    }
    await shot(page, '3-hover', { name: 'hover', around: [selectors.hover, ...CURRENT_LINE], margin: 24 });
    await page.keyboard.press('Escape');
    await page
      .locator(selectors.hover)
      .first()
      .waitFor({ state: 'hidden', timeout: 5000 })
      .catch(() => undefined);
  });

  it("applies a quick fix: the buffer changes as the engine's fix says, and the diagnostic goes", async function () {
    const page = session!.page;
    const d = target();
    const fix = d.fixes.find((f) => f.preferred)!;
    const before = await editorText(page);
    assert.strictEqual(before, original, 'the editor holds the copied sample');

    // The engine's own edit for this fix, on the same text.
    const engineDiag = lint(before).diagnostics.find(
      (e) => !e.suppression && e.rule === d.rule && e.range.start.line === d.range.start.line && e.range.start.character === d.range.start.character,
    );
    const engineFix = engineDiag?.fixes.find((f) => f.title === fix.title);
    assert.ok(engineFix, `engine fix "${fix.title}" for ${problemKey(d)}`);
    const want = applyEdits(before, engineFix.edits);

    // The menu, for a screenshot, then the fix itself.
    await gotoLine(page, d.range.start.line + 1, d.range.start.character + 2);
    await focusEditor(page);
    await page.keyboard.press('Control+.');
    await page.locator(selectors.actionRows, { hasText: fix.title }).first().waitFor({ state: 'visible', timeout: 15_000 });
    await shot(page, '4-quick-fix-menu', { name: 'quickfix', around: [selectors.actionWidget, ...CURRENT_LINE], margin: 24 });
    await page.keyboard.press('Escape');
    await page.locator(selectors.actionWidget).first().waitFor({ state: 'hidden', timeout: 5000 });

    const titles = await runQuickFix(page, fix.title);
    for (const title of [fix.title, `Disable ${d.rule} for this line`, `Disable ${d.rule} for this file`, `Show documentation for ${d.rule}`]) {
      assert.ok(
        titles.some((t) => t.includes(title)),
        `code action "${title}" offered; got ${JSON.stringify(titles)}`,
      );
    }
    const after = await waitFor(
      () => editorText(page),
      (t) => t !== before,
      { timeout: 10_000, message: 'the quick fix to change the buffer' },
    );
    assert.strictEqual(after, want, `the buffer after "${fix.title}"`);
    assert.ok(await isDirty(page), 'the quick fix leaves the editor dirty (not saved yet)');
    assert.strictEqual(fs.readFileSync(workspaceFile, 'utf8'), original, 'nothing written to disk yet');

    const now = cliOnText(after, base, false).result;
    assert.ok(!keysOf(now).includes(problemKey(d)), `the CLI no longer reports ${problemKey(d)}`);
    const state = await waitForPanel(page, keysOf(now), `the diagnostics after "${fix.title}"`);
    assert.ok(!state.keys.includes(problemKey(d)), `${problemKey(d)} gone from the Problems panel`);
    await openProblems(page);
    await shot(page, '5-quick-fix-applied');
  });

  it('fixes all on save (codeActionsOnSave), leaving only what privacy-lint --fix leaves', async function () {
    const page = session!.page;
    const buffer = await editorText(page);
    // What --fix makes of this buffer (the file on disk must read the same) and of the original sample.
    const fixedBuffer = cliOnText(buffer, base, true);
    const fixedOriginal = cliOnText(original, base, true);
    assert.deepStrictEqual(keysOf(fixedBuffer.result), keysOf(fixedOriginal.result), '--fix leaves the same problems whether or not the quick fix ran first');
    assert.ok(fixedOriginal.result.diagnostics.length < expected.diagnostics.length, '--fix fixes something');

    await focusEditor(page);
    await save(page);
    await waitFor(
      () => fs.readFileSync(workspaceFile, 'utf8'),
      (t) => t !== original,
      { timeout: 10_000, message: 'the file on disk to change' },
    );
    assert.strictEqual(fs.readFileSync(workspaceFile, 'utf8'), fixedBuffer.text, 'the saved file equals privacy-lint --fix');
    assert.strictEqual(await editorText(page), fixedBuffer.text, 'the buffer equals privacy-lint --fix');
    assert.ok(!(await isDirty(page)), 'fix all ran before the save: nothing left unsaved');

    const left = keysOf(fixedOriginal.result);
    const state = await waitForPanel(page, left, 'the problems --fix leaves');
    assert.deepStrictEqual(state.keys, left);
    await shot(page, '6-after-save', { name: 'after-save', around: ['.part.panel', EDITION_ITEM], above: 230 });
  });

  it('runs its commands: Fix All, Restart Language Server, Show Output', async function () {
    const page = session!.page;
    const fixed = cliOnText(original, base, true);
    /** Puts the broken sample back: on disk, then File: Revert File (no file watcher involved). */
    const restoreOriginal = async () => {
      fs.writeFileSync(workspaceFile, original);
      await focusEditor(page);
      await runCommand(page, 'File: Revert File');
      await waitFor(
        () => editorText(page),
        (t) => t === original,
        { timeout: 15_000, message: 'the reverted buffer' },
      );
      await waitForPanel(page, keysOf(expected), 'the original diagnostics again');
    };
    const fixAllCommand = async (when: string) => {
      await focusEditor(page);
      await runCommand(page, 'Tenant Privacy: Fix All Auto-Fixable Problems');
      const text = await waitFor(
        () => editorText(page),
        (t) => t !== original,
        { timeout: 15_000, message: `Fix All to change the buffer (${when})` },
      );
      assert.strictEqual(text, fixed.text, `Fix All (${when}) equals privacy-lint --fix`);
      assert.ok(await isDirty(page), 'the command edits, it does not save');
      await waitForPanel(page, keysOf(fixed.result), `the problems Fix All leaves (${when})`);
    };

    await restoreOriginal();
    await fixAllCommand('first server');

    await runCommand(page, 'Tenant Privacy: Restart Language Server');
    await restoreOriginal();
    await fixAllCommand('after Restart Language Server');

    await runCommand(page, 'Tenant Privacy: Show Output');
    await waitFor(
      () =>
        page.evaluate(() => {
          const select = (globalThis as any).document.querySelector('.part.panel select.monaco-select-box');
          return select ? String(select.options[select.selectedIndex]?.text ?? '') : '';
        }) as Promise<string>,
      (t) => t === 'Tenant Privacy',
      { timeout: 15_000, message: 'the Tenant Privacy output channel' },
    );
    await shot(page, '7-output');
  });
});
