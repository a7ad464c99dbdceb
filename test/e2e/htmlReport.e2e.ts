/*
 * `privacy-lint --format html` in a real browser (Debian's Chromium through playwright-core,
 * the harness of codeServer.ts; no code-server): the report of the samples and of 2,000
 * generated files (some with hostile values) renders with no console error, runs no script and
 * loads nothing, passes axe-core (injected into the page) with no serious or critical violation
 * in light and dark, and the numbers it shows, read from the DOM, are the JSON report's.
 *
 * Screenshots: .artifacts/html-report-*.png; with E2E_UPDATE_SCREENSHOTS=1 the samples' report
 * is also saved as docs/screenshots/html-report.png.
 */
import * as assert from 'assert';
import * as childProcess from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { artifactsDir, openBrowser, repoRoot, requireHarness, tempDir, type BrowserSession, type Page } from './codeServer';

interface JsonFile {
  file: string;
  edition: string;
  diagnostics: { rule: string; severity: string }[];
}

function privacyLint(args: string[]): string {
  const res = childProcess.spawnSync(process.execPath, [path.join(repoRoot, 'bin', 'privacy-lint.js'), ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 1 << 30,
  });
  if (res.error || (res.status !== 0 && res.status !== 1)) throw new Error(`privacy-lint ${args.join(' ')} failed (${res.status ?? res.error}): ${res.stderr}`);
  return res.stdout;
}

const HOSTILE = '</script><img src=x onerror="window.__pwned=1">\u001b[2J\u202e';

/** 2,000 configs made from the samples: other ids, values and geographies, and now and then a hostile id. */
function generate(dir: string, count: number): void {
  const samples = fs
    .readdirSync(path.join(repoRoot, 'samples'))
    .sort()
    .map((name) => fs.readFileSync(path.join(repoRoot, 'samples', name), 'utf8'));
  const geographies = ['europe', 'northAmerica', 'asiaPacific', 'germany', 'france', 'japan'];
  for (let i = 0; i < count; i++) {
    let text = samples[i % samples.length]
      .replace(/"id": "([^"]+)"/g, (_, id: string) => `"id": ${JSON.stringify(i % 97 === 0 ? `${id}${HOSTILE}` : `${id}-${i}`)}`)
      .replace(/"purgeWithinDays": \d+/g, () => `"purgeWithinDays": ${[7, 30, 31, 90][(i >> 2) % 4]}`)
      .replace(/"auditLogs": "P\w+"/, `"auditLogs": "${['P1Y', 'P2Y', 'P6M', 'P400D'][(i >> 3) % 4]}"`);
    if (i % 5 === 0) text = text.replace(/"geography": "(\w+)" ?}/, `"geography": "${geographies[i % geographies.length]}" }`);
    fs.writeFileSync(path.join(dir, `tenant-${String(i).padStart(4, '0')}.privacy.jsonc`), text);
  }
}

interface DomCounts {
  files: number;
  totals: Record<string, number>;
  byRule: Record<string, Record<string, number>>;
  byFile: Record<string, Record<string, number>>;
  /** Rows of each file's findings table, by the file's name in its heading. */
  findingRows: Record<string, number>;
  scripts: number;
  images: number;
  pictures: number;
  picturesWithText: number;
}

/** The report's numbers as the page shows them. */
function domCounts(page: Page): Promise<DomCounts> {
  return page.evaluate(() => {
    const doc = (globalThis as any).document;
    const num = (el: any) => Number(String(el?.textContent ?? '').trim());
    const severities = ['error', 'warning', 'information', 'hint'];
    const cells = (row: any) => Object.fromEntries(severities.map((s) => [s, num(row.querySelector(`td[data-severity="${s}"]`))]));
    const byRule: Record<string, Record<string, number>> = {};
    for (const row of doc.querySelectorAll('#by-rule tbody tr')) byRule[row.getAttribute('data-rule')] = cells(row);
    const byFile: Record<string, Record<string, number>> = {};
    for (const row of doc.querySelectorAll('#by-file tbody tr')) byFile[row.getAttribute('data-file')] = cells(row);
    const findingRows: Record<string, number> = {};
    for (const section of doc.querySelectorAll('section.file')) {
      const name = String(section.querySelector('h2').textContent);
      const table = [...section.querySelectorAll('table')].find((t: any) => t.caption?.textContent === 'Findings');
      findingRows[name] = table ? table.querySelectorAll('tbody tr').length : 0;
    }
    const pictures = [...doc.querySelectorAll('svg')];
    return {
      files: num(doc.getElementById('total-files')),
      totals: Object.fromEntries(severities.map((s) => [s, num(doc.getElementById(`total-${s}`))])),
      byRule,
      byFile,
      findingRows,
      scripts: doc.querySelectorAll('script').length,
      images: doc.querySelectorAll('img').length,
      pictures: pictures.length,
      // role img, labelled by a title and a description that exist and say something
      picturesWithText: pictures.filter(
        (svg: any) =>
          svg.getAttribute('role') === 'img' &&
          String(svg.getAttribute('aria-labelledby') ?? '')
            .split(' ')
            .every((id: string) => String(doc.getElementById(id)?.textContent ?? '').trim().length > 10),
      ).length,
    };
  });
}

/** What the JSON report says, in the same shape. */
function jsonCounts(files: JsonFile[]): Pick<DomCounts, 'files' | 'totals' | 'byRule' | 'byFile' | 'findingRows'> {
  const zero = () => ({ error: 0, warning: 0, information: 0, hint: 0 }) as Record<string, number>;
  const totals = zero();
  const byRule: Record<string, Record<string, number>> = {};
  const byFile: Record<string, Record<string, number>> = {};
  const findingRows: Record<string, number> = {};
  for (const file of files) {
    byFile[file.file] = zero();
    findingRows[file.file] = file.diagnostics.length;
    for (const d of file.diagnostics) {
      totals[d.severity]++;
      byFile[file.file][d.severity]++;
      (byRule[d.rule] ??= zero())[d.severity]++;
    }
  }
  return { files: files.length, totals, byRule, byFile, findingRows };
}

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core, injected into the page (the report's CSP forbids script elements; evaluate is not one). */
async function axe(page: Page): Promise<AxeViolation[]> {
  const source = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  return page.evaluate(async () => {
    const result = await (globalThis as any).axe.run((globalThis as any).document, { resultTypes: ['violations'] });
    return result.violations.map((v: any) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n: any) => ({ target: n.target })),
    }));
  });
}

const serious = (violations: AxeViolation[]) => violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');

describe('privacy-lint --format html in Chromium', function () {
  this.timeout(600_000);
  let root: string;
  let session: BrowserSession | undefined;

  before(function () {
    requireHarness(this);
    root = tempDir('privacy-e2e-html-');
  });

  after(async () => {
    await session?.close();
    if (root && !process.env.E2E_KEEP) fs.rmSync(root, { recursive: true, force: true });
  });

  async function open(report: string): Promise<BrowserSession> {
    await session?.close();
    session = await openBrowser('about:blank', { width: 1280, height: 1000 });
    // The report of 2,000 files is some 15 MB: more than the harness's 30 s on a busy machine.
    await session.page.goto(`file://${report}`, { waitUntil: 'load', timeout: 300_000 });
    return session;
  }

  /** Renders, runs nothing, shows the JSON report's numbers, and passes axe in light and dark. */
  async function check(target: string, name: string, axeSections = Infinity): Promise<{ counts: DomCounts; violations: AxeViolation[] }> {
    const report = path.join(root, `${name}.html`);
    privacyLint(['--format', 'html', '-o', report, target]);
    const json = JSON.parse(privacyLint(['--format', 'json', target])) as JsonFile[];
    const { page, errors } = await open(report);
    const counts = await domCounts(page);
    const expected = jsonCounts(json);
    assert.deepStrictEqual(
      { files: counts.files, totals: counts.totals, byRule: counts.byRule, byFile: counts.byFile, findingRows: counts.findingRows },
      expected,
    );
    assert.strictEqual(counts.scripts, 0, 'no script element');
    assert.strictEqual(counts.images, 0, 'no img element (a hostile value stays text)');
    assert.strictEqual(counts.pictures, 2 * json.length, 'two pictures a file');
    assert.strictEqual(counts.picturesWithText, counts.pictures, 'every picture has a text alternative');
    assert.strictEqual(await page.evaluate(() => (globalThis as any).__pwned), undefined, 'nothing from a file ran');
    fs.mkdirSync(artifactsDir, { recursive: true });
    await page.screenshot({ path: path.join(artifactsDir, `html-report-${name}.png`) });
    if (counts.files > axeSections) {
      // axe-core builds its own tree of the whole document, and a renderer holding that for 2,000
      // maps runs out of memory. Every file's section is made by the same code: axe reads the
      // summary (all 2,000 files in it) and a sample of sections, the hostile ones among them.
      await page.evaluate((keep: number) => {
        const sections = [...(globalThis as any).document.querySelectorAll('section.file')];
        sections.forEach((section: any, i: number) => {
          if (i >= keep && i % 97 !== 0) section.remove();
        });
      }, axeSections);
    }
    const violations: AxeViolation[] = [];
    for (const colorScheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme });
      const axeStarted = Date.now();
      const found = await axe(page);
      console.log(`    axe on ${name} (${colorScheme}): ${((Date.now() - axeStarted) / 1000).toFixed(1)} s`);
      violations.push(...found);
      assert.deepStrictEqual(serious(found), [], `axe (${colorScheme}): serious or critical violations`);
    }
    assert.deepStrictEqual(errors, [], 'no console error, page error or failed request');
    return { counts, violations };
  }

  it("the samples' report: the JSON report's numbers, no console error, no serious axe violation (light and dark)", async () => {
    const { violations } = await check('samples', 'samples');
    console.log(`    axe (samples, light + dark): ${violations.length ? violations.map((v) => `${v.id} (${v.impact})`).join(', ') : 'no violation'}`);
    const { page } = session!;
    if (process.env.E2E_UPDATE_SCREENSHOTS) {
      await page.emulateMedia({ colorScheme: 'light' });
      const docs = path.join(repoRoot, 'docs', 'screenshots');
      fs.mkdirSync(docs, { recursive: true });
      await page.setViewportSize({ width: 1000, height: 1000 });
      await page
        .locator('section.file')
        .first()
        .screenshot({ path: path.join(docs, 'html-report.png') });
    }
  });

  it('the report of 2,000 generated files, hostile values among them: the same checks', async () => {
    const dir = path.join(root, 'many');
    fs.mkdirSync(dir);
    generate(dir, 2000);
    const started = Date.now();
    const { counts, violations } = await check(dir, 'many', 40);
    assert.strictEqual(counts.files, 2000);
    const text: string = await session!.page.evaluate(() => (globalThis as any).document.body.textContent);
    assert.ok(
      text.includes('</script><img src=x onerror="window.__pwned=1">\\u001B[2J\\u202E'),
      'the hostile id, shown as text, its control characters escaped',
    );
    console.log(
      `    2,000 files: ${Object.values(counts.totals).reduce((a, b) => a + b)} findings; checked in ${((Date.now() - started) / 1000).toFixed(0)} s; axe: ${violations.length ? [...new Set(violations.map((v) => `${v.id} (${v.impact})`))].join(', ') : 'no violation'}`,
    );
  });
});
