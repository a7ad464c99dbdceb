import * as assert from 'assert';
import { lint, type LintOptions } from '../../../server/src/engine';
import { escapeHtml, escapeText, renderDataMap, type DataMap } from '../../../server/src/engine/dataMap';
import { html, htmlFileByFile } from '../../../server/src/cli/formatters/html';
import { parseArgs } from '../../../server/src/cli/args';
import type { FileReport, LintReport } from '../../../server/src/cli/report';

const EVIL = '</script><img src=x onerror=alert(1)>\u001b[31m\u202eevil&"\'';

const TEXT = `{
  "policyEdition": "2020-09",
  "tenant": { "id": "t", "signupCountry": "DE" },
  "residency": { "geography": "germany" },
  "stores": [
    { "id": ${JSON.stringify(EVIL)}, "kind": "sqlAzure", "geography": "northAmerica", "data": ["personal"] },
    { "id": "ok", "kind": "sqlAzure", "geography": "germany", "data": ["service"] }
  ],
  "retention": { "auditLogs": 400 },
  "deletion": { "active": { "enabled": true, "purgeWithinDays": 30 }, "passive": { "enabled": true, "purgeWithinDays": 30 } },
  "processing": { "isoCertified": true, "purposes": [${JSON.stringify(EVIL)}] }
}
`;

function mapOf(text: string, options: LintOptions = {}): DataMap {
  return lint(text, { ...options, dataMap: true, today: '2026-01-01' }).dataMap!;
}

/** Every `<tag` of the markup (outside text). */
const tags = (markup: string) => [...new Set([...markup.matchAll(/<([a-zA-Z][a-zA-Z0-9]*)/g)].map((m) => m[1].toLowerCase()))].sort();

describe('data map renderer', () => {
  it('escapes markup and shows control characters escaped', () => {
    assert.strictEqual(escapeHtml('plain text'), 'plain text');
    assert.strictEqual(escapeHtml(EVIL), '&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;\\u001B[31m\\u202Eevil&amp;&quot;&#39;');
    assert.strictEqual(escapeHtml('a\u0000b\tc\nd\u007f\u0085\u2028\u2066'), 'a\\u0000b\\u0009c\\u000Ad\\u007F\\u0085\\u2028\\u2066');
  });

  it("writes a file's values as text only: no element, attribute or control character comes from the file", () => {
    const out = renderDataMap(mapOf(TEXT), { idPrefix: 'm', headingLevel: 2 });
    assert.ok(!out.includes('<img'), 'no img element');
    assert.ok(!out.includes('</script>'), 'no closing script tag');
    assert.ok(!/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/.test(out), 'no raw control characters');
    assert.ok(out.includes('<code>&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;\\u001B[31m\\u202Eevil&amp;"\'</code>'), 'the id, as text');
    assert.strictEqual(escapeText(EVIL), '&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;\\u001B[31m\\u202Eevil&amp;"\'');
    const allowed = new Set([
      'br',
      'caption',
      'code',
      'desc',
      'div',
      'h2',
      'line',
      'p',
      'rect',
      'span',
      'strong',
      'svg',
      'table',
      'tbody',
      'td',
      'text',
      'th',
      'thead',
      'title',
      'tr',
      'tspan',
    ]);
    for (const tag of tags(out)) assert.ok(allowed.has(tag), `<${tag}> is one of the renderer's own elements`);
    assert.ok(!/ style=/.test(out), "no style attribute (the webview's CSP forbids them)");
  });

  it('gives every picture a text alternative: role img, labelled by its title and description', () => {
    const map = mapOf(TEXT);
    const out = renderDataMap(map, { idPrefix: 'f7', headingLevel: 3 });
    const svgs = [...out.matchAll(/<svg role="img" aria-labelledby="([^"]+)"/g)].map((m) => m[1]);
    assert.deepStrictEqual(svgs, ['f7-gt f7-gd', 'f7-tt f7-td']);
    for (const id of svgs.join(' ').split(' ')) assert.strictEqual(out.split(`id="${id}"`).length, 2, `one element with id ${id}`);
    assert.match(
      out,
      /<desc id="f7-gd">Edition 2020-09\. Elected location: germany\. Home geography of Germany \(DE\): germany\. 2 stores, 1 holding Customer Data outside the elected location: &lt;\/script&gt;/,
    );
    assert.match(out, /<desc id="f7-td">Telemetry retention: not set\. Audit log retention: 400 days, limit 365 days \(over the limit\)\./);
    // The tables say it in text: each store, where it is, and its findings.
    assert.match(
      out,
      /<tr><th scope="row"><code>ok<\/code><\/th><td>sqlAzure<\/td><td>service<\/td><td>germany<\/td><td><span class="good">within the elected location<\/span><\/td><td><span class="none">none<\/span><\/td><\/tr>/,
    );
    assert.match(
      out,
      /<td><span class="bad">OUTSIDE the elected location<\/span><\/td><td><span class="sev-error">error<\/span> <code>residency\/store-geography<\/code><\/td>/,
    );
    assert.match(out, /<th scope="row">Audit log retention<\/th><td>400 days<\/td><td>365 days<\/td><td class="bad">OVER the limit by 35 days<\/td>/);
    assert.match(out, /<h3>Findings \(2\)<\/h3>/);
  });

  it('says "by 1 day", not "by 1 days", one day over the limit', () => {
    const out = renderDataMap(mapOf(TEXT.replace('"auditLogs": 400', '"auditLogs": 366')), { idPrefix: 'f7', headingLevel: 3 });
    assert.match(out, /<th scope="row">Audit log retention<\/th><td>366 days<\/td><td>365 days<\/td><td class="bad">OVER the limit by 1 day<\/td>/);
  });

  it("draws an organization's limit with the published one beside it, in the picture, its description and its table", () => {
    const text = TEXT.replace('"auditLogs": 400', '"auditLogs": 200').replace(
      '"passive": { "enabled": true, "purgeWithinDays": 30 }',
      '"passive": { "enabled": true, "purgeWithinDays": 10 }',
    );
    const ruleOptions = { 'retention/audit-logs': { maxDays: 180 }, 'deletion/purge-window': { maxDays: 29 } };
    const out = renderDataMap(mapOf(text, { ruleOptions }), { idPrefix: 'o', headingLevel: 2 });
    // The organization's limit is the dashed line and the label; the published one a thin mark (scale: 365 days x 1.1 over 390 pixels).
    assert.ok(
      out.includes(
        '<rect class="bar" x="260" y="48" width="175" height="14"/><rect class="bar bad" x="435" y="48" width="19" height="14"/><text class="bad" x="458" y="59">200 d</text>' +
          '<line class="lim" x1="435" y1="44" x2="435" y2="66"/><line class="ax" x1="615" y1="44" x2="615" y2="66"/>' +
          '<text class="mu" x="435" y="77" text-anchor="middle"><tspan class="ti">limit 180 d</tspan> (organization; policy 365 d)</text>',
      ),
      'audit log row',
    );
    // A label that would pass the right edge ends at its line.
    assert.ok(
      out.includes(
        '<line class="lim" x1="603" y1="124" x2="603" y2="146"/><line class="ax" x1="615" y1="124" x2="615" y2="146"/><text class="mu" x="603" y="157" text-anchor="end"><tspan class="ti">limit 29 d</tspan> (organization; policy 30 d)</text>',
      ),
      'passive deletion row',
    );
    assert.ok(
      out.includes(
        '<desc id="o-td">Telemetry retention: not set. Audit log retention: 200 days, limit 180 days (organization; policy 365 days) (over the limit). ' +
          'Active deletion: purge window: 30 days, limit 29 days (organization; policy 30 days) (over the limit). Passive deletion: purge window: 10 days, limit 29 days (organization; policy 30 days).</desc>',
      ),
      'description',
    );
    assert.ok(
      out.includes(
        '<tr><th scope="row">Audit log retention</th><td>200 days</td><td>180 days (organization; policy 365 days)</td><td class="bad">OVER the organization\'s limit by 20 days</td><td><span class="sev-error">error</span> <code>retention/audit-logs</code></td></tr>',
      ),
      'audit log table row',
    );
    assert.ok(
      out.includes(
        '<tr><th scope="row">Passive deletion: purge window</th><td>10 days</td><td>29 days (organization; policy 30 days)</td><td>within the limit</td>',
      ),
      'passive deletion table row',
    );
    // Without options: the published limits, as before.
    const plain = renderDataMap(mapOf(text), { idPrefix: 'o', headingLevel: 2 });
    assert.ok(!plain.includes('organization'), 'no organization without options');
    assert.ok(plain.includes('<text class="mu" x="615" y="77" text-anchor="middle">limit 365 d</text>'), "the published limit's label");
    assert.ok(plain.includes('<tr><th scope="row">Audit log retention</th><td>200 days</td><td>365 days</td><td>within the limit</td>'), 'plain table row');
  });

  it('makes findings and stores buttons that carry their range, when interactive', () => {
    const map = mapOf(TEXT);
    const out = renderDataMap(map, { idPrefix: 'w', headingLevel: 2, interactive: true });
    const ranges = [...out.matchAll(/<button type="button" class="dm-reveal" data-range="(\d+:\d+:\d+:\d+)">/g)].map((m) => m[1]);
    const r = (x: { start: { line: number; character: number }; end: { line: number; character: number } }) =>
      `${x.start.line}:${x.start.character}:${x.end.line}:${x.end.character}`;
    const expected = [...map.stores.map((s) => r(s.range)), ...map.findings.flatMap((f) => [r(f.range), r(f.range)])];
    assert.deepStrictEqual(ranges, expected);
    assert.ok(!renderDataMap(map, { idPrefix: 'w', headingLevel: 2 }).includes('<button'), 'no buttons in the report');
  });
});

describe('--format html', () => {
  const file = (name: string, text: string): FileReport => {
    const result = lint(text, { dataMap: true, today: '2026-01-01' });
    return {
      file: name,
      absolutePath: `/x/${name}`,
      edition: result.edition,
      dataMap: result.dataMap,
      diagnostics: result.diagnostics.map((d) => ({ ...d, fingerprint: 'f' })),
    };
  };
  const OPTIONS = { color: false, cwd: '/x', version: '9.9.9' };

  it('is a --format choice', () => {
    assert.strictEqual(parseArgs(['--format', 'html', 'a']).format, 'html');
  });

  it("writes one page: summary counts, files worst first, each file's map with numbered ids; file by file the same text", () => {
    const clean = TEXT.replace(', "purposes": [' + JSON.stringify(EVIL) + ']', ', "purposes": []')
      .replace('"auditLogs": 400', '"auditLogs": 30')
      .replace('"northAmerica"', '"germany"');
    const report: LintReport = { kind: 'lint', files: [file(`a${EVIL}.privacy.json`, clean), file('b.privacy.json', TEXT)] };
    const page = html(report, OPTIONS);
    assert.strictEqual(
      htmlFileByFile.finish(
        report.files.map((f) => htmlFileByFile.file(f, OPTIONS)),
        OPTIONS,
      ),
      page,
    );
    assert.ok(
      page.startsWith(
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'; img-src data:">',
      ),
    );
    assert.ok(!page.includes('<img') && !page.includes('<script') && !page.includes('\u0000') && !page.includes('\u0001'));
    assert.match(
      page,
      /<dd id="total-files">2<\/dd>.*<dd id="total-findings">2<\/dd><\/div><div><dt>Errors<\/dt><dd id="total-error" class="sev-error">2<\/dd>/,
    );
    const worst = [...page.matchAll(/<tr data-file="([^"]*)"><th scope="row"><a href="#(f[0-9a-z]+)">/g)].map((m) => [m[1], m[2]]);
    assert.deepStrictEqual(
      worst.map(([name]) => name),
      ['b.privacy.json', `a${escapeHtml(EVIL)}.privacy.json`],
    );
    assert.notStrictEqual(worst[0][1], worst[1][1]);
    for (const [name, id] of worst) {
      // The link leads to the file's section, whose ids all start with the same prefix.
      assert.strictEqual(
        page.split(`<section class="file" id="${id}" aria-labelledby="${id}-h"><h2 id="${id}-h"><code>${name}</code></h2>`).length,
        2,
        `section ${id}`,
      );
      assert.strictEqual(page.split(`aria-labelledby="${id}-gt ${id}-gd"`).length, 2, `map of ${id}`);
    }
    assert.ok(page.indexOf(`id="${worst[1][1]}"`) < page.indexOf(`id="${worst[0][1]}"`), 'the files in the order given, after the summary');
  });

  it('written file by file (writer), hands out the same page, the sections as UTF-8 bytes across blocks of 1 MiB', () => {
    // 300 files of some 6 KB: the sections fill more than one block; non-ASCII names take two or three bytes.
    const files = Array.from({ length: 300 }, (_, i) => file(`t\u00e9nant-${i}-\u6771.privacy.json`, TEXT));
    const page = html({ kind: 'lint', files }, OPTIONS);
    const pieces: (string | Uint8Array)[] = [];
    const writer = htmlFileByFile.writer!((piece) => pieces.push(piece), OPTIONS);
    for (const f of files) writer.file(f);
    writer.finish();
    const bytes = pieces.filter((p): p is Uint8Array => typeof p !== 'string');
    assert.ok(bytes.length >= 2, `sections in ${bytes.length} blocks`);
    assert.strictEqual(Buffer.concat(pieces.map((p) => (typeof p === 'string' ? Buffer.from(p) : p))).toString('utf8'), page);
    assert.ok(page.includes('<code>t\u00e9nant-299-\u6771.privacy.json</code>'));
    const none = htmlFileByFile.writer!((piece) => pieces.push(piece), OPTIONS);
    pieces.length = 0;
    none.finish();
    assert.strictEqual(pieces.join(''), html({ kind: 'lint', files: [] }, OPTIONS));
    assert.match(pieces.join(''), /<p>No files were linted\.<\/p><\/section><\/main>/);
  });

  it('counts what json reports: a baselined finding is left out of the counts and the map', () => {
    const f = file('b.privacy.json', TEXT);
    const baselined: FileReport = {
      ...f,
      diagnostics: f.diagnostics.map((d) => (d.rule === 'retention/audit-logs' ? { ...d, baselineState: 'unchanged' as const } : d)),
    };
    const page = html({ kind: 'lint', files: [baselined] }, OPTIONS);
    assert.match(page, /<dd id="total-findings">1<\/dd>/);
    assert.ok(!page.includes('retention/audit-logs'));
  });
});
