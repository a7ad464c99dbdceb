import * as assert from 'assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lint, type Diagnostic } from '../../../server/src/engine';
import { loadSettingsSync } from '../../../server/src/shared/settingsChain';
import { optionsOf, settingsOf } from '../helpers/organization';

/** The worked examples of docs/organization-policy.md, read from the page itself and linted. */
const PAGE = fs.readFileSync(path.resolve(__dirname, '../../../../docs/organization-policy.md'), 'utf8');

/** The code block after `<!-- example: NAME -->`. */
function block(name: string): string {
  const marker = `<!-- example: ${name} -->`;
  const at = PAGE.indexOf(marker);
  assert.ok(at >= 0, `the page has ${marker}`);
  const match = /```[a-z]*\n([\s\S]*?)```/.exec(PAGE.slice(at + marker.length));
  assert.ok(match, `a code block follows ${marker}`);
  return match[1];
}

function found(diagnostics: Diagnostic[], rule: string): string[] {
  return diagnostics
    .filter((d) => d.rule === rule)
    .map((d) => `${d.severity} ${JSON.stringify(d.path)} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`);
}

function example(name: string): Diagnostic[] {
  return lint(block(`${name} sample`), optionsOf(settingsOf(block(`${name} settings`)))).diagnostics;
}

describe('docs/organization-policy.md: every worked example does what the page says', () => {
  it('shorter audit-log retention', () => {
    const diagnostics = example('audit-logs');
    assert.deepStrictEqual(found(diagnostics, 'retention/audit-logs'), ['error ["retention","auditLogs"] 1:47-1:52']);
    const [d] = diagnostics.filter((each) => each.rule === 'retention/audit-logs');
    assert.match(d.message, /kept 365 days; the policy allows at most 180 days/);
    assert.strictEqual(d.fixes[0].edits[0].newText, '"P180D"');
  });

  it('forbidden purposes (rule option)', () => {
    assert.deepStrictEqual(found(example('purposes'), 'processing/purpose'), ['error ["processing","purposes",1] 1:72-1:83']);
  });

  it('EU-only stores', () => {
    assert.deepStrictEqual(found(example('eu-only'), 'contoso/eu-only'), ['error ["stores",1] 3:4-3:93']);
  });

  it('personal data only in sqlAzure', () => {
    assert.deepStrictEqual(found(example('sql-only'), 'contoso/personal-in-sql'), ['error ["stores",1] 3:4-3:101']);
  });

  it('forbidden purposes (policy)', () => {
    assert.deepStrictEqual(found(example('purposes-policy'), 'contoso/no-analytics'), ['warning ["processing","purposes",1] 3:36-3:47']);
  });

  it('extends: one policy for several teams', () => {
    const files: Record<string, string> = {};
    for (const name of ['common/privacy-lint.base.json', 'team-a/privacy-lint.config.json', 'team-b/privacy-lint.config.json'])
      files[name] = block(`extends file: ${name}`);
    const root = path.resolve('/virtual');
    const load = (start: string) =>
      loadSettingsSync(path.join(root, start), (file) => {
        const name = path.relative(root, file).split(path.sep).join('/');
        return name in files ? { text: files[name] } : { problem: 'no such file or directory', missing: true };
      });
    const sample = block('extends sample');
    const teamA = load('team-a/privacy-lint.config.json');
    assert.deepStrictEqual(teamA.problems, []);
    const a = lint(sample, optionsOf(teamA.settings)).diagnostics;
    assert.deepStrictEqual(found(a, 'contoso/eu-only'), ['error ["stores",0,"geography"] 1:59-1:73']);
    assert.deepStrictEqual(found(a, 'retention/audit-logs'), ['error ["retention","auditLogs"] 2:47-2:50']);
    const teamB = load('team-b/privacy-lint.config.json');
    assert.deepStrictEqual(teamB.problems, []);
    const b = lint(sample, optionsOf(teamB.settings)).diagnostics;
    assert.deepStrictEqual(found(b, 'contoso/eu-only'), []);
    assert.deepStrictEqual(found(b, 'retention/audit-logs'), ['warning ["retention","auditLogs"] 2:47-2:50']);
    assert.match(b.find((d) => d.rule === 'retention/audit-logs')!.message, /at most 180 days/);
  });
});
