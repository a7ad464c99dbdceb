import { version } from '../../../package.json';
import { parseArgs, UsageError } from './args';
import { useColor } from './color';
import { EXIT_FAILURE } from './exitCode';

/**
 * privacy-lint's entry point. Start-up stays small: arguments are parsed first, and the
 * engine, discovery and formatters are loaded only when there is something to lint.
 * Nothing escapes as a stack trace: bad usage and internal failures are one line on
 * stderr and exit code 2.
 */
function main(argv: readonly string[]): void {
  const stderr = (line: string) => process.stderr.write(`privacy-lint: ${escapeLine(line)}\n`);
  try {
    const options = parseArgs(argv);
    if (options.help) {
      writeStdout((require('./help') as typeof import('./help')).HELP_TEXT);
      finish(0);
      return;
    }
    if (options.version) {
      writeStdout(`${version}\n`);
      finish(0);
      return;
    }
    const tuning = require('../v8Tuning') as typeof import('../v8Tuning');
    tuning.keepTreesYoung();
    tuning.compileForShortRuns();
    const { run } = require('./run') as typeof import('./run');
    const { readAllStdin } = require('./stdin') as typeof import('./stdin');
    const code = run(options, {
      cwd: process.cwd(),
      version,
      color: useColor(process.env, process.stdout.isTTY === true),
      stdout: writeStdout,
      stderr,
      readStdin: readAllStdin,
      stderrReport: (text) => process.stderr.write(text),
      stderrColor: useColor(process.env, process.stderr.isTTY === true),
    });
    finish(code);
  } catch (error) {
    stderr(error instanceof UsageError ? error.message : `internal error: ${error instanceof Error ? error.message : String(error)}`);
    finish(EXIT_FAILURE);
  }
}

/** A line on stderr holds text from the repository (file names): escaped, so that it stays one line and moves no cursor. */
function escapeLine(line: string): string {
  return (require('../engine/escape') as typeof import('../engine/escape')).escapeControlCharacters(line);
}

/**
 * Every write to stdout is checked: the run ends only when the last write has completed, and a
 * write that failed (a full disk, ENOSPC; /dev/full) makes the exit code 2 with one line on
 * stderr, never a report cut short with exit 0. A reader that went away (EPIPE, as in
 * `privacy-lint | head`) is not an error: the exit code stays the lint's.
 */
let pendingWrites = 0;
let writeError: NodeJS.ErrnoException | undefined;
let exitWith: number | undefined;
let finished = false;

function writeStdout(text: string | Uint8Array): void {
  pendingWrites++;
  process.stdout.write(text, (error) => {
    pendingWrites--;
    if (error && !writeError) writeError = error;
    if (exitWith !== undefined) finish(exitWith);
  });
}

function finish(code: number): void {
  exitWith = code;
  if (finished || (pendingWrites > 0 && !writeError)) return; // the last write's callback calls finish again
  finished = true;
  if (writeError && writeError.code !== 'EPIPE') {
    const reason = (require('./fsErrors') as typeof import('./fsErrors')).describeFsError(writeError);
    process.stderr.write(`privacy-lint: cannot write the report to standard output: ${reason}\n`);
    code = EXIT_FAILURE;
  }
  process.exitCode = code;
  // Everything is done and written: exit now, rather than let Node take the whole heap apart
  // first (some milliseconds a run). Only a write to stderr that is still pending (a slow
  // reader) makes us wait for the event loop to deliver it.
  if (process.stderr.writableLength === 0) process.exit(code);
}

// The callbacks above see every error of stdout; this listener keeps one from being thrown.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (!writeError) writeError = error;
  if (exitWith !== undefined) finish(exitWith);
});
process.on('uncaughtException', (error) => {
  process.stderr.write(`privacy-lint: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(EXIT_FAILURE);
});

main(process.argv.slice(2));
