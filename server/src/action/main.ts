/**
 * The GitHub Action (action.yml: `runs.using: node24`, `main: dist/action.js`). It runs the
 * committed CLI bundle beside it (dist/cli.js) as a child of this Node.js, installs nothing, and:
 *
 * 1. lints `paths` with `args`, writing SARIF to `sarif-file` (relative to the workspace);
 * 2. prints `--format github` workflow commands (annotations) unless `annotations` is false;
 * 3. appends a job summary (Markdown) to `$GITHUB_STEP_SUMMARY`: counts per rule and per file,
 *    worst first, each rule linked to its docs (the SARIF rule's `helpUri`);
 * 4. sets the outputs `exit-code` and `sarif-file` in `$GITHUB_OUTPUT`;
 * 5. fails (exit 1) when privacy-lint exited 1 and `fail-on-findings` is true, or when it
 *    exited 2 (bad usage, unreadable input), always after the SARIF file is written.
 *
 * Inputs come from the runner's `INPUT_<NAME>` variables (name upper-cased, spaces as `_`,
 * hyphens kept: `INPUT_SARIF-FILE`). Lists are split on white space; nothing goes through a shell.
 */
import { spawnSync } from 'child_process';
import { randomUUID } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { summaryMarkdown, type SarifLog } from './summary';

type Env = NodeJS.ProcessEnv;

/** An input as `@actions/core`'s `getInput` reads it: trimmed, empty when unset. */
export function getInput(env: Env, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** A boolean input as `@actions/core`'s `getBooleanInput` (YAML 1.2 core schema), with a default for an empty value. */
export function getBooleanInput(env: Env, name: string, fallback: boolean): boolean {
  const value = getInput(env, name);
  if (value === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new InputError(`input "${name}" must be true or false, not ${JSON.stringify(value)}`);
}

/** A list input: white-space separated (a YAML block with one item a line works). No quoting, no globbing. */
export function getListInput(env: Env, name: string): string[] {
  return getInput(env, name).split(/\s+/).filter(Boolean);
}

class InputError extends Error {}

/** Workflow command data, escaped as the Actions toolkit does. */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/**
 * One `name=value` record for `$GITHUB_OUTPUT`; a value with a line end uses the heredoc form with
 * a random delimiter, as `@actions/core` does.
 */
export function outputRecord(name: string, value: string): string {
  if (!/[\r\n]/.test(value)) return `${name}=${value}\n`;
  const delimiter = `ghadelimiter_${randomUUID()}`;
  return `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
}

/** Runs the action; returns the process exit code (0 success, 1 failure). */
export function runAction(env: Env, write: (text: string) => void = (t) => process.stdout.write(t)): number {
  const cli = path.join(__dirname, 'cli.js');
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const setOutput = (name: string, value: string) => {
    if (env.GITHUB_OUTPUT) fs.appendFileSync(env.GITHUB_OUTPUT, outputRecord(name, value));
    else write(`${name}=${value}\n`);
  };
  const fail = (message: string) => {
    write(`::error title=privacy-lint::${escapeData(message)}\n`);
    return 1;
  };

  let paths: string[], args: string[], annotations: boolean, failOnFindings: boolean;
  try {
    paths = getListInput(env, 'paths');
    args = getListInput(env, 'args');
    annotations = getBooleanInput(env, 'annotations', true);
    failOnFindings = getBooleanInput(env, 'fail-on-findings', true);
  } catch (error) {
    if (error instanceof InputError) return fail(error.message);
    throw error;
  }
  if (!paths.length) paths = ['.'];
  const sarifInput = getInput(env, 'sarif-file');
  // Without a sarif-file, the SARIF still feeds the job summary, from a temporary file.
  const sarifFile = sarifInput || path.join(env.RUNNER_TEMP || os.tmpdir(), `privacy-lint-${process.pid}.sarif`);

  const childEnv = { ...env };
  for (const name of Object.keys(childEnv)) if (name.startsWith('INPUT_')) delete childEnv[name];
  const lint = (format: string[]) =>
    spawnSync(process.execPath, [cli, ...args, ...format, '--', ...paths], {
      cwd: workspace,
      env: childEnv,
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 1024 * 1024 * 1024,
      encoding: 'utf8',
    });

  // The SARIF file's folder is made, as upload steps expect (`reports/privacy-lint.sarif`).
  fs.mkdirSync(path.dirname(path.resolve(workspace, sarifFile)), { recursive: true });
  const run = lint(['--format', 'sarif', '--output', sarifFile]);
  const code = run.status ?? 2;
  setOutput('exit-code', String(code));
  const sarifPath = path.resolve(workspace, sarifFile);
  const wroteSarif = code !== 2 && fs.existsSync(sarifPath);
  setOutput('sarif-file', wroteSarif && sarifInput ? sarifInput : '');
  if (code === 2 || !wroteSarif) {
    if (env.GITHUB_STEP_SUMMARY) {
      fs.appendFileSync(
        env.GITHUB_STEP_SUMMARY,
        '## privacy-lint\n\nprivacy-lint could not lint (exit code 2: bad usage or an unreadable file); the reason is in the log.\n',
      );
    }
    return fail(`privacy-lint exited with code ${code} (bad usage or an unreadable file; see the line above)`);
  }

  if (annotations) {
    const github = lint(['--format', 'github']);
    if (github.stdout) write(github.stdout);
  }

  const log = JSON.parse(fs.readFileSync(sarifPath, 'utf8')) as SarifLog;
  if (!sarifInput) fs.rmSync(sarifPath, { force: true });
  if (env.GITHUB_STEP_SUMMARY) fs.appendFileSync(env.GITHUB_STEP_SUMMARY, summaryMarkdown(log, code));

  if (code === 1 && failOnFindings) {
    return fail(`privacy-lint found errors (or more warnings than --max-warnings)${sarifInput ? `; the report is in ${sarifInput}` : ''}`);
  }
  return 0;
}

if (require.main === module) {
  try {
    process.exitCode = runAction(process.env);
  } catch (error) {
    process.stdout.write(`::error title=privacy-lint::${escapeData(`internal error: ${error instanceof Error ? error.message : String(error)}`)}\n`);
    process.exitCode = 1;
  }
}
