import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { getBooleanInput, getInput, getListInput, outputRecord } from '../../server/src/action/main';
import { markdownText, summaryMarkdown } from '../../server/src/action/summary';
import { workflowErrors, workflowParser } from '../packaging/workflowParser';
import { ensureBuilt, removeTemporaryFolders, ROOT, runCli, SAMPLES, temporaryFolder } from './helpers';

/** js-yaml comes with the dev tools (vsce, mocha). */
function yamlLoader(): (text: string) => unknown {
  return (require('js-yaml') as { load: (text: string) => unknown }).load;
}

const ACTION = path.join(ROOT, 'dist', 'action.js');

describe('CI packaging: pre-commit hook, GitHub Action, help', () => {
  before(ensureBuilt);
  after(removeTemporaryFolders);

  it('.pre-commit-hooks.yaml: a node hook running the privacy-lint bin on *.privacy.json(c), with no build step', () => {
    const hooks = yamlLoader()(fs.readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Record<string, unknown>[];
    assert.strictEqual(hooks.length, 1);
    const [hook] = hooks;
    assert.deepStrictEqual([hook.id, hook.entry, hook.language], ['privacy-lint', 'privacy-lint', 'node']);
    // pre-commit matches `files` with Python's re.search; this pattern means the same in JavaScript.
    const files = new RegExp(hook.files as string);
    for (const name of ['a.privacy.json', 'dir/b.privacy.jsonc', 'samples/contoso.privacy.jsonc']) assert.ok(files.test(name), name);
    for (const name of ['a.json', 'privacy.json.bak', 'a.privacy.json5', 'a-privacy.json', 'privacy-lint.config.json']) assert.ok(!files.test(name), name);
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    assert.strictEqual(pkg.bin['privacy-lint'], 'bin/privacy-lint.js', "the entry is the package's bin");
    // pre-commit runs `npm install -g git+file://<clone>`: npm would run `prepare` (and want the
    // devDependencies to build); the committed dist/cli.js makes a build unnecessary.
    for (const script of ['prepare', 'prepack', 'preinstall', 'install', 'postinstall']) assert.ok(!pkg.scripts[script], `no ${script} script`);
    const tracked = spawnSync('git', ['ls-files', '--error-unmatch', 'dist/cli.js', 'bin/privacy-lint.js', 'dist/action.js'], { cwd: ROOT, encoding: 'utf8' });
    assert.strictEqual(tracked.status, 0, `the bundles are committed: ${tracked.stderr}`);
  });

  describe("action.yml, as GitHub's own parser (@actions/workflow-parser) reads it", () => {
    before(function () {
      this.timeout(60_000);
      workflowParser();
    });

    it('a JavaScript action on node24 running the committed dist/action.js; the inputs and outputs kept', () => {
      const content = fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8');
      const { errors, result } = workflowErrors('action', 'action.yml', content);
      assert.deepStrictEqual(errors, []);
      const action = workflowParser().convertActionTemplate(result.context, result.value);
      assert.deepStrictEqual([action.runs.using, action.runs.main], ['node24', 'dist/action.js']);
      assert.ok(fs.existsSync(path.join(ROOT, action.runs.main!)));
      assert.deepStrictEqual(
        action.inputs!.map((i) => i.id),
        ['paths', 'sarif-file', 'args', 'annotations', 'fail-on-findings', 'node-version'],
      );
      assert.ok(action.inputs!.find((i) => i.id === 'node-version')!.deprecationMessage, 'node-version: deprecated, ignored');
      assert.deepStrictEqual(
        action.outputs!.map((o) => o.id),
        ['sarif-file', 'exit-code'],
      );
    });

    it('the parser does reject a broken action (the check above can fail)', () => {
      const { errors } = workflowErrors('action', 'action.yml', 'name: x\ndescription: y\nruns:\n  using: node24\n  mian: dist/action.js\n');
      assert.ok(
        errors.some((e) => /Unexpected value 'mian'/.test(e)),
        errors.join('\n'),
      );
    });

    it('docs/ci.md: the workflows are valid for GitHub, use the action and upload the SARIF file; the pre-commit config parses', () => {
      const docs = fs.readFileSync(path.join(ROOT, 'docs', 'ci.md'), 'utf8');
      const blocks = [...docs.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]);
      const workflows = blocks.filter((b) => /^jobs:/m.test(b));
      assert.ok(workflows.length >= 1);
      for (const workflow of workflows) assert.deepStrictEqual(workflowErrors('workflow', 'privacy-lint.yml', workflow).errors, [], workflow);
      assert.match(workflows[0], /uses: tenant-privacy\/tenant-privacy@/);
      assert.match(workflows[0], /github\/codeql-action\/upload-sarif@v\d/);
      assert.match(workflows[0], /security-events: write/);
      assert.doesNotMatch(docs, /node-version:/, 'the example does not pass the ignored input');
      const preCommit = blocks.find((b) => /^repos:/m.test(b));
      assert.ok(preCommit);
      const config = yamlLoader()(preCommit) as { repos: { hooks: { id: string }[] }[] };
      assert.strictEqual(config.repos[0].hooks[0].id, 'privacy-lint');
    });
  });

  describe("the action's entry (dist/action.js) in a simulated runner", () => {
    interface ActionRun {
      status: number | null;
      stdout: string;
      stderr: string;
      outputs: Record<string, string>;
      summary: string;
    }

    /** A workspace with the samples in config/. */
    function workspace(): string {
      const root = temporaryFolder();
      fs.mkdirSync(path.join(root, 'config'));
      for (const name of fs.readdirSync(SAMPLES)) fs.copyFileSync(path.join(SAMPLES, name), path.join(root, 'config', name));
      return root;
    }

    /** Reads $GITHUB_OUTPUT as the runner does: `name=value` lines and `name<<DELIMITER` blocks. */
    function readOutputs(file: string): Record<string, string> {
      const lines = fs.readFileSync(file, 'utf8').split('\n');
      const outputs: Record<string, string> = {};
      for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (!line) continue;
        const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
        if (heredoc) {
          const end = lines.indexOf(heredoc[2], i + 1);
          assert.ok(end > i, `unterminated ${heredoc[1]}`);
          outputs[heredoc[1]] = lines.slice(i + 1, end).join('\n');
          i = end;
        } else {
          const equals = line.indexOf('=');
          outputs[line.slice(0, equals)] = line.slice(equals + 1);
        }
      }
      return outputs;
    }

    /** Runs the entry as the runner would: `node dist/action.js`, INPUT_* named as runners name them (upper case, hyphens kept). */
    function runAction(root: string, inputs: Record<string, string>): ActionRun {
      const outputFile = path.join(root, '.github-output');
      const summaryFile = path.join(root, '.github-step-summary');
      fs.writeFileSync(outputFile, '');
      fs.writeFileSync(summaryFile, '');
      const env: NodeJS.ProcessEnv = {};
      for (const name of ['PATH', 'HOME', 'SYSTEMROOT']) if (process.env[name] !== undefined) env[name] = process.env[name];
      Object.assign(env, { GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: root, GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile, RUNNER_TEMP: root });
      const defaults = { paths: '.', 'sarif-file': 'privacy-lint.sarif', args: '', annotations: 'true', 'fail-on-findings': 'true' };
      for (const [name, value] of Object.entries({ ...defaults, ...inputs })) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
      // The runner starts the action in the workspace; the entry must not depend on it, so start elsewhere.
      const run = spawnSync(process.execPath, [ACTION], { cwd: path.dirname(ACTION), env, encoding: 'utf8' });
      return { status: run.status, stdout: run.stdout, stderr: run.stderr, outputs: readOutputs(outputFile), summary: fs.readFileSync(summaryFile, 'utf8') };
    }

    it("inputs as @actions/core reads them; outputs in the runner's format, a line end with a delimiter", () => {
      const env = { 'INPUT_SARIF-FILE': '  out.sarif \n', INPUT_PATHS: ' a\n  b\tc  ', INPUT_ANNOTATIONS: 'False', 'INPUT_FAIL-ON-FINDINGS': '' };
      assert.strictEqual(getInput(env, 'sarif-file'), 'out.sarif');
      assert.deepStrictEqual(getListInput(env, 'paths'), ['a', 'b', 'c']);
      assert.deepStrictEqual(getListInput(env, 'args'), []);
      assert.strictEqual(getBooleanInput(env, 'annotations', true), false);
      assert.strictEqual(getBooleanInput(env, 'fail-on-findings', true), true, 'empty: the default');
      assert.throws(() => getBooleanInput({ INPUT_ANNOTATIONS: 'yes' }, 'annotations', true), /must be true or false/);
      assert.strictEqual(outputRecord('exit-code', '1'), 'exit-code=1\n');
      const record = outputRecord('sarif-file', 'a\nb');
      const match = /^sarif-file<<(ghadelimiter_[0-9a-f-]{36})\na\nb\n(.*)\n$/.exec(record);
      assert.ok(match && match[1] === match[2], record);
      // Markdown renders `\\u0007` as the visible text `\u0007`.
      assert.strictEqual(markdownText('a|b\u0007<i>'), 'a\\|b\\\\u0007&lt;i&gt;');
    });

    it('the summary of a large run lists the worst 100 files and counts the rest', () => {
      const results = Array.from({ length: 150 }, (_, i) => ({
        ruleId: 'x/y',
        level: i < 3 ? 'error' : 'warning',
        locations: [{ physicalLocation: { artifactLocation: { uri: `f${String(i).padStart(3, '0')}.privacy.json` } } }],
      }));
      const summary = summaryMarkdown({ runs: [{ tool: { driver: { rules: [{ id: 'x/y', helpUri: 'https://example.invalid/x#y' }] } }, results }] }, 1);
      const fileRows = summary.split('\n').filter((l) => /^\| f\d+/.test(l));
      assert.strictEqual(fileRows.length, 100);
      assert.deepStrictEqual(fileRows.slice(0, 4), [
        '| f000.privacy.json | 1 | 0 | 0 |',
        '| f001.privacy.json | 1 | 0 | 0 |',
        '| f002.privacy.json | 1 | 0 | 0 |',
        '| f003.privacy.json | 0 | 1 | 0 |',
      ]);
      assert.match(summary, /^50 more files with fewer findings are not listed\.$/m);
      assert.match(summary, /^\| \[x\/y\]\(https:\/\/example\.invalid\/x#y\) \| 3 \| 147 \| 0 \|$/m);
    });

    it('writes SARIF, annotations, outputs and a job summary, then fails on findings', () => {
      const root = workspace();
      const run = runAction(root, { paths: 'config' });
      assert.strictEqual(run.status, 1, run.stderr);
      assert.deepStrictEqual(run.outputs, { 'exit-code': '1', 'sarif-file': 'privacy-lint.sarif' });
      const sarif = JSON.parse(fs.readFileSync(path.join(root, 'privacy-lint.sarif'), 'utf8'));
      assert.strictEqual(sarif.runs[0].results.length, 19);
      assert.strictEqual(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, 'config/contoso.privacy.jsonc');
      const lines = run.stdout.trimEnd().split('\n');
      const annotations = lines.filter((line) => /^::(error|warning|notice) file=config\//.test(line));
      assert.strictEqual(annotations.length, 18);
      assert.match(lines[lines.length - 1], /^::error title=privacy-lint::privacy-lint found errors .*privacy-lint\.sarif$/);
      assert.strictEqual(lines.length, 19, run.stdout);
      // The summary: totals, then rules and files worst first, each rule linked to its docs page.
      assert.match(run.summary, /^## privacy-lint\n\nprivacy-lint \*\*failed\*\*: 15 errors, 1 warning, 2 notes in 3 files\.\n/);
      const rows = run.summary.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| rule') && !l.startsWith('| file'));
      assert.strictEqual(
        rows[0],
        '| [processing/purpose](https://github.com/tenant-privacy/tenant-privacy/blob/main/docs/rules.md#processing-purpose) | 2 | 0 | 0 |',
      );
      assert.ok(
        rows.includes(
          '| [migration/feature-availability](https://github.com/tenant-privacy/tenant-privacy/blob/main/docs/rules.md#migration-feature-availability) | 0 | 0 | 2 |',
        ),
        run.summary,
      );
      const fileRows = rows.filter((r) => r.startsWith('| config/'));
      assert.deepStrictEqual(fileRows, [
        '| config/contoso.privacy.jsonc | 8 | 1 | 1 |',
        '| config/northwind.privacy.jsonc | 7 | 0 | 0 |',
        '| config/woodgrove.privacy.jsonc | 0 | 0 | 1 |',
      ]);
      // Every rule link is the docs URL from the rule's metadata (the SARIF rule's helpUri).
      const helpUris = new Map<string, string>(sarif.runs[0].tool.driver.rules.map((r: { id: string; helpUri: string }) => [r.id, r.helpUri]));
      for (const [, rule, url] of run.summary.matchAll(/\| \[([^\]]+)\]\(([^)]+)\)/g)) assert.strictEqual(url, helpUris.get(rule), rule);
    });

    it('fail-on-findings false: exit 0 with exit-code 1; annotations false: no workflow commands', () => {
      const root = workspace();
      const run = runAction(root, {
        paths: 'config/northwind.privacy.jsonc',
        'fail-on-findings': 'false',
        annotations: 'false',
        'sarif-file': 'reports/out.sarif',
      });
      // reports/ does not exist: the action makes it.
      assert.strictEqual(run.status, 0, run.stdout + run.stderr);
      assert.deepStrictEqual(run.outputs, { 'exit-code': '1', 'sarif-file': 'reports/out.sarif' });
      assert.strictEqual(run.stdout, '');
      assert.match(run.summary, /privacy-lint \*\*failed\*\*: 7 errors/);
    });

    it('args pass through (a baseline makes it clean); several paths on lines; no shell sees the inputs', () => {
      const root = workspace();
      assert.strictEqual(runCli(['--write-baseline', 'privacy-lint.baseline', 'config'], { cwd: root }).status, 0);
      const clean = runAction(root, {
        paths: 'config/contoso.privacy.jsonc\n  config/northwind.privacy.jsonc\n',
        args: '--baseline privacy-lint.baseline',
        'sarif-file': 'out.sarif',
      });
      assert.strictEqual(clean.status, 0, clean.stdout + clean.stderr);
      assert.deepStrictEqual(clean.outputs, { 'exit-code': '0', 'sarif-file': 'out.sarif' });
      assert.strictEqual(clean.stdout, '', 'no annotations for baselined findings');
      assert.match(clean.summary, /No findings\./);
      const sarif = JSON.parse(fs.readFileSync(path.join(root, 'out.sarif'), 'utf8'));
      assert.deepStrictEqual(
        new Set(sarif.runs[0].results.filter((r: { suppressions?: unknown }) => !r.suppressions).map((r: { baselineState: string }) => r.baselineState)),
        new Set(['unchanged']),
      );

      const injected = runAction(root, {
        paths: 'config/woodgrove.privacy.jsonc;touch${IFS}pwned $(touch pwned2) `touch pwned3`',
        'fail-on-findings': 'false',
      });
      assert.strictEqual(injected.outputs['exit-code'], '2', 'the odd paths are paths that do not exist');
      for (const name of ['pwned', 'pwned2', 'pwned3']) assert.ok(!fs.existsSync(path.join(root, name)), name);
    });

    it('exit 2 (a missing baseline) fails, with no SARIF file to upload; a bad boolean input fails clearly', () => {
      const root = workspace();
      const bad = runAction(root, { args: '--baseline missing.baseline', 'sarif-file': 'bad.sarif' });
      assert.strictEqual(bad.status, 1);
      assert.deepStrictEqual(bad.outputs, { 'exit-code': '2', 'sarif-file': '' });
      assert.match(bad.stderr, /^privacy-lint: --baseline missing\.baseline: no such file or directory/m);
      assert.match(bad.stdout, /^::error title=privacy-lint::privacy-lint exited with code 2/m);
      assert.match(bad.summary, /could not lint/);
      assert.ok(!fs.existsSync(path.join(root, 'bad.sarif')));

      const typo = runAction(root, { annotations: 'yes' });
      assert.strictEqual(typo.status, 1);
      assert.match(typo.stdout, /^::error title=privacy-lint::input "annotations" must be true or false, not "yes"$/m);
    });

    it('file names from the repository cannot break the summary table or inject Markdown', () => {
      const root = temporaryFolder();
      const name = 'a|b [x](javascript:alert(1)) <img src=x> `c`.privacy.json';
      fs.copyFileSync(path.join(SAMPLES, 'northwind.privacy.jsonc'), path.join(root, name));
      const run = runAction(root, { 'fail-on-findings': 'false' });
      assert.strictEqual(run.status, 0, run.stdout + run.stderr);
      const row = run.summary.split('\n').find((l) => l.includes('privacy.json |'))!;
      assert.strictEqual(row, '| a\\|b \\[x\\]\\(javascript:alert\\(1\\)\\) &lt;img src=x&gt; \\`c\\`.privacy.json | 7 | 0 | 0 |');
    });
  });

  it('--help lists the CI options; --version answers without linting anything', () => {
    const help = runCli(['--help']);
    assert.strictEqual(help.status, 0);
    for (const option of [
      '--today YYYY-MM-DD',
      '--write-baseline FILE',
      '--baseline FILE',
      '--prune-baseline',
      '--stdin ',
      '--stdin-filename FILE',
      'github',
      'junit',
    ]) {
      assert.ok(help.stdout.includes(option), option);
    }
    const version = runCli(['--version', '--stdin', '--baseline', 'missing']);
    assert.deepStrictEqual(
      [version.status, version.stdout.trim(), version.stderr],
      [0, JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version, ''],
    );
  });
});
