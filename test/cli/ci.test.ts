import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { CLI, ensureBuilt, removeTemporaryFolders, ROOT, runCli, SAMPLES, temporaryFolder } from './helpers';

/** js-yaml comes with the dev tools (vsce, mocha); the checks that need a YAML parser skip without it. */
function yamlLoader(): ((text: string) => unknown) | undefined {
  try {
    return (require('js-yaml') as { load(text: string): unknown }).load;
  } catch {
    return undefined;
  }
}

interface ActionStep {
  name: string;
  id?: string;
  uses?: string;
  if?: string;
  shell?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
  'working-directory'?: string;
}
interface Action {
  name: string;
  inputs: Record<string, { default?: string; description: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: ActionStep[] };
}

describe('CI packaging: pre-commit hook, GitHub Action, help', () => {
  before(ensureBuilt);
  after(removeTemporaryFolders);

  it('.pre-commit-hooks.yaml: a node hook running the privacy-lint bin on *.privacy.json(c)', function () {
    const load = yamlLoader();
    if (!load) this.skip();
    const hooks = load!(fs.readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Record<string, unknown>[];
    assert.strictEqual(hooks.length, 1);
    const [hook] = hooks;
    assert.deepStrictEqual([hook.id, hook.entry, hook.language], ['privacy-lint', 'privacy-lint', 'node']);
    // pre-commit matches `files` with Python's re.search; this pattern means the same in JavaScript.
    const files = new RegExp(hook.files as string);
    for (const name of ['a.privacy.json', 'dir/b.privacy.jsonc', 'samples/contoso.privacy.jsonc']) assert.ok(files.test(name), name);
    for (const name of ['a.json', 'privacy.json.bak', 'a.privacy.json5', 'a-privacy.json', 'privacy-lint.config.json']) assert.ok(!files.test(name), name);
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    assert.strictEqual(pkg.bin['privacy-lint'], 'bin/privacy-lint.js', 'the entry is the package\'s bin');
    assert.ok(pkg.scripts.prepare, 'installing the repository builds dist/');
  });

  it('the npm package holds the CLI: bin/privacy-lint.js and dist/cli.js (pre-commit installs it with npm pack)', function () {
    this.timeout(60_000);
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const pack = spawnSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8', timeout: 55_000 });
    if (pack.error) this.skip();
    assert.strictEqual(pack.status, 0, pack.stderr);
    const files: string[] = JSON.parse(pack.stdout)[0].files.map((f: { path: string }) => f.path);
    assert.deepStrictEqual(['bin/privacy-lint.js', 'dist/cli.js'].filter((f) => !files.includes(f)), [],
      'missing from the package: without a "files" list in package.json or an .npmignore, npm pack leaves out dist/ (it is in .gitignore)');
  });

  describe('action.yml', () => {
    let action: Action;
    before(function () {
      const load = yamlLoader();
      if (!load) this.skip();
      action = load!(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as Action;
    });

    it('is a composite action: set up node, install and build, run writing SARIF, then fail on findings', () => {
      assert.strictEqual(action.runs.using, 'composite');
      assert.deepStrictEqual(Object.keys(action.inputs).sort(), ['annotations', 'args', 'fail-on-findings', 'node-version', 'paths', 'sarif-file']);
      assert.deepStrictEqual(Object.keys(action.outputs).sort(), ['exit-code', 'sarif-file']);
      assert.match(action.outputs['sarif-file'].value, /steps\.lint\.outputs\.sarif-file/);
      const [setup, install, lint, failStep] = action.runs.steps;
      assert.match(setup.uses!, /^actions\/setup-node@v\d+$/);
      assert.strictEqual(install['working-directory'], '${{ github.action_path }}');
      assert.match(install.run!, /npm ci/);
      assert.strictEqual(lint.id, 'lint');
      assert.ok(action.runs.steps.every((step) => step.uses || step.shell === 'bash'), 'a run step in a composite action names its shell');
      // Inputs reach scripts through the environment only: no ${{ }} inside a script.
      for (const step of action.runs.steps) assert.ok(!step.run?.includes('${{'), `${step.name}: no expression in the script`);
      assert.strictEqual(failStep.if, "inputs.fail-on-findings == 'true' && steps.lint.outputs.exit-code == '1'");
    });

    /** Runs the action's lint step as the runner would: bash, its env, a GITHUB_OUTPUT file. */
    function runLintStep(inputs: Record<string, string>, cwd: string) {
      const step = action.runs.steps.find((s) => s.id === 'lint')!;
      const output = path.join(cwd, 'github-output.txt');
      fs.writeFileSync(output, '');
      const env: NodeJS.ProcessEnv = { ...process.env, GITHUB_OUTPUT: output, PRIVACY_LINT: CLI };
      delete env.FORCE_COLOR;
      for (const [name, input] of Object.entries(action.inputs)) env[`INPUT_${name.replace(/-/g, '_').toUpperCase()}`] = inputs[name] ?? input.default ?? '';
      const run = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run!], { cwd, env, encoding: 'utf8' });
      const outputs = Object.fromEntries(fs.readFileSync(output, 'utf8').trim().split('\n').filter(Boolean).map((line) => line.split(/=(.*)/s, 2)));
      return { status: run.status, stdout: run.stdout, stderr: run.stderr, outputs };
    }

    function repository(): string {
      const root = temporaryFolder();
      fs.mkdirSync(path.join(root, 'config'));
      for (const name of fs.readdirSync(SAMPLES)) fs.copyFileSync(path.join(SAMPLES, name), path.join(root, 'config', name));
      return root;
    }

    it('the lint step writes SARIF and annotations, records the exit code and does not fail on findings itself', function () {
      if (spawnSync('bash', ['--version']).status !== 0) this.skip();
      const root = repository();
      const step = runLintStep({ paths: 'config' }, root);
      assert.strictEqual(step.status, 0, step.stderr);
      assert.deepStrictEqual(step.outputs, { 'exit-code': '1', 'sarif-file': 'privacy-lint.sarif' });
      const sarif = JSON.parse(fs.readFileSync(path.join(root, 'privacy-lint.sarif'), 'utf8'));
      assert.strictEqual(sarif.runs[0].results.length, 19);
      assert.strictEqual(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, 'config/contoso.privacy.jsonc');
      const annotations = step.stdout.trimEnd().split('\n');
      assert.strictEqual(annotations.length, 18);
      assert.ok(annotations.every((line) => /^::(error|warning|notice) file=config\//.test(line)), step.stdout);
    });

    it('args pass through (a baseline makes it clean); several paths; exit 2 fails the step', function () {
      if (spawnSync('bash', ['--version']).status !== 0) this.skip();
      const root = repository();
      assert.strictEqual(runCli(['--write-baseline', 'privacy-lint.baseline', 'config'], { cwd: root }).status, 0);
      const clean = runLintStep({ paths: 'config/contoso.privacy.jsonc\nconfig/northwind.privacy.jsonc', args: '--baseline privacy-lint.baseline', 'sarif-file': 'out.sarif' }, root);
      assert.strictEqual(clean.status, 0, clean.stderr);
      assert.deepStrictEqual(clean.outputs, { 'exit-code': '0', 'sarif-file': 'out.sarif' });
      assert.strictEqual(clean.stdout, '', 'no annotations for baselined findings');
      const sarif = JSON.parse(fs.readFileSync(path.join(root, 'out.sarif'), 'utf8'));
      assert.deepStrictEqual(new Set(sarif.runs[0].results.filter((r: { suppressions?: unknown }) => !r.suppressions).map((r: { baselineState: string }) => r.baselineState)), new Set(['unchanged']));

      const bad = runLintStep({ args: '--baseline missing.baseline', 'sarif-file': 'bad.sarif', annotations: 'true' }, root);
      assert.strictEqual(bad.status, 2);
      assert.deepStrictEqual(bad.outputs, { 'exit-code': '2' }, 'no SARIF file to upload');
      assert.match(bad.stderr, /^privacy-lint: --baseline missing\.baseline: no such file or directory/m);
    });
  });

  it('docs/ci.md: a workflow uploading SARIF, a pre-commit config, and YAML that parses', function () {
    const docs = fs.readFileSync(path.join(ROOT, 'docs', 'ci.md'), 'utf8');
    assert.match(docs, /github\/codeql-action\/upload-sarif@v\d/);
    assert.match(docs, /security-events: write/);
    assert.match(docs, /id: privacy-lint/);
    const load = yamlLoader();
    if (!load) this.skip();
    const blocks = [...docs.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]);
    assert.ok(blocks.length >= 2);
    for (const block of blocks) assert.doesNotThrow(() => load!(block), block);
  });

  it('--help lists the CI options; --version answers without linting anything', () => {
    const help = runCli(['--help']);
    assert.strictEqual(help.status, 0);
    for (const option of ['--today YYYY-MM-DD', '--write-baseline FILE', '--baseline FILE', '--prune-baseline', '--stdin ', '--stdin-filename FILE', 'github', 'junit']) {
      assert.ok(help.stdout.includes(option), option);
    }
    const version = runCli(['--version', '--stdin', '--baseline', 'missing']);
    assert.deepStrictEqual([version.status, version.stdout.trim(), version.stderr], [0, JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version, '']);
  });
});
