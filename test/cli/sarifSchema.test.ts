import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import Ajv2020 from 'ajv/dist/2020';
import { ensureBuilt, removeTemporaryFolders, ROOT, runCli, temporaryFolder, writeTree } from './helpers';

/** The official SARIF 2.1.0 schema, as shipped with Microsoft's SARIF multitool. */
const SCHEMA_FILE = path.join(ROOT, 'node_modules', '@microsoft', 'sarif-multitool-linux', 'sarif-2.1.0.json');

function validator() {
  // The schema declares JSON Schema 2020-12; formats are checked loosely (ajv-formats is not a dependency).
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addFormat('uri', (value: string) => URL.canParse(value));
  ajv.addFormat('uri-reference', (value: string) => URL.canParse(value, 'file:///base/'));
  ajv.addFormat('date-time', (value: string) => !Number.isNaN(Date.parse(value)));
  ajv.addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  return ajv.compile(JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8')));
}

/**
 * Each SARIF log the CLI can write: lint with a suppression, comparison, a file outside the
 * working directory, and a baseline run (fingerprints, `new` and `unchanged`, a suppression).
 */
function sarifLogs(): Record<string, string> {
  const outside = temporaryFolder();
  writeTree(outside, { 'x y.privacy.json': '{ "tenant": { "id": "t", "signupCountry": "us" } }\n' });
  const repository = temporaryFolder();
  for (const name of fs.readdirSync(path.join(ROOT, 'samples'))) {
    writeTree(repository, { [`samples/${name}`]: fs.readFileSync(path.join(ROOT, 'samples', name)) });
  }
  assert.strictEqual(runCli(['--write-baseline', 'b.txt', 'samples'], { cwd: repository }).status, 0);
  const woodgrove = path.join(repository, 'samples', 'woodgrove.privacy.jsonc');
  fs.writeFileSync(woodgrove, fs.readFileSync(woodgrove, 'utf8').replace('"auditLogs": "P1Y"', '"auditLogs": "P3Y"'));
  return {
    baseline: runCli(['--format', 'sarif', '--baseline', 'b.txt', 'samples'], { cwd: repository }).stdout,
    lint: runCli(['--format', 'sarif', 'samples']).stdout,
    compare: runCli(['--format', 'sarif', '--compare-editions', 'samples']).stdout,
    outside: runCli(['--format', 'sarif', path.join(outside, 'x y.privacy.json')]).stdout,
    empty: runCli(['--format', 'sarif', 'samples/fabrikam.privacy.json']).stdout,
  };
}

/** The multitool's self-contained .NET binary, when this platform has it. */
function multitoolBinary(): string | undefined {
  if (process.platform !== 'linux') return undefined;
  try {
    const binary: string = require('@microsoft/sarif-multitool-linux');
    return fs.existsSync(binary) ? binary : undefined;
  } catch {
    return undefined;
  }
}

interface Finding {
  ruleId: string;
  level?: string;
  message: { text?: string; arguments?: string[] };
}

/** Runs `sarif-multitool validate` (called directly: its npm wrapper passes `Gh;Sarif` through a shell). */
function validateWithMultitool(binary: string, inputs: string[], output: string): Finding[] | undefined {
  const run = spawnSync(binary, ['validate', ...inputs, '--rule-kind', 'Gh;Sarif', '--output', output, '--log', 'ForceOverwrite'], {
    encoding: 'utf8',
    timeout: 100_000,
    // SARIF2006 (a note) tries to GET every helpUri; an unreachable proxy makes that fail at once offline.
    env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1', HTTP_PROXY: 'http://127.0.0.1:9', HTTPS_PROXY: 'http://127.0.0.1:9' },
  });
  if (run.error || !fs.existsSync(output)) return undefined;
  assert.strictEqual(run.status, 0, `${run.stdout}${run.stderr}`);
  return JSON.parse(fs.readFileSync(output, 'utf8')).runs.flatMap((r: { results?: Finding[] }) => r.results ?? []);
}

describe('privacy-lint --format sarif is valid SARIF 2.1.0', () => {
  let logs: Record<string, string>;
  before(() => {
    ensureBuilt();
    logs = sarifLogs();
  });
  after(removeTemporaryFolders);

  it('validates against the official JSON schema (ajv)', () => {
    const validate = validator();
    for (const [name, text] of Object.entries(logs)) {
      const log = JSON.parse(text);
      assert.ok(validate(log), `${name}: ${JSON.stringify(validate.errors, null, 2)}`);
    }
    // The baseline log holds what section 9 adds: fingerprints, both baseline states, a suppression.
    const results = JSON.parse(logs.baseline).runs[0].results;
    assert.deepStrictEqual([...new Set(results.map((r: { baselineState?: string }) => r.baselineState))].sort(), ['new', 'unchanged', undefined]);
    assert.ok(results.every((r: { partialFingerprints: Record<string, string> }) => /^[0-9a-f]{32}$/.test(r.partialFingerprints['privacyLint/v1'])));
    assert.ok(results.some((r: { suppressions?: unknown }) => r.suppressions));
    const badState = JSON.parse(logs.baseline);
    badState.runs[0].results[0].baselineState = 'old';
    assert.ok(!validate(badState), 'a baselineState SARIF does not have is rejected');
    // The validator can fail: a level SARIF does not have is rejected.
    const broken = JSON.parse(logs.lint);
    broken.runs[0].results[0].level = 'information';
    assert.ok(!validate(broken));
  });

  it('gives absolute file URIs, percent-encoded, to files outside the working directory', () => {
    const location = JSON.parse(logs.outside).runs[0].results[0].locations[0].physicalLocation.artifactLocation;
    assert.match(location.uri, /^file:\/\/\/.*\/x%20y\.privacy\.json$/);
    assert.strictEqual(location.uriBaseId, undefined);
  });

  it('passes the SARIF multitool validator (rule kinds Gh and Sarif) with no error or warning', function () {
    this.timeout(120_000);
    const binary = multitoolBinary();
    if (!binary) this.skip();
    const folder = temporaryFolder();
    const inputs = Object.entries(logs).map(([name, text]) => {
      const input = path.join(folder, `${name}.sarif`);
      fs.writeFileSync(input, text);
      return input;
    });
    const findings = validateWithMultitool(binary, inputs, path.join(folder, 'validation.sarif'));
    if (!findings) this.skip(); // the .NET binary cannot run here
    const serious = findings.filter((r) => r.level !== 'note' && r.level !== 'none');
    assert.deepStrictEqual(
      serious.map((r) => `${r.ruleId}: ${r.message.text ?? r.message.arguments?.join(' | ')}`),
      [],
    );
    // The validator can fail: it reports a rule whose name copies its id.
    const named = JSON.parse(logs.lint);
    named.runs[0].tool.driver.rules[0].name = named.runs[0].tool.driver.rules[0].id;
    fs.writeFileSync(inputs[0], JSON.stringify(named));
    const again = validateWithMultitool(binary, [inputs[0]], path.join(folder, 'validation.sarif'));
    assert.ok(
      again?.some((r) => r.ruleId === 'SARIF1001'),
      JSON.stringify(again),
    );
  });
});
