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
  const stderr = (line: string) => process.stderr.write(`privacy-lint: ${line}\n`);
  try {
    const options = parseArgs(argv);
    if (options.help) {
      process.stdout.write((require('./help') as typeof import('./help')).HELP_TEXT);
      return;
    }
    if (options.version) {
      process.stdout.write(`${version}\n`);
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
      stdout: (text) => process.stdout.write(text),
      stderr,
      readStdin: readAllStdin,
      stderrReport: (text) => process.stderr.write(text),
      stderrColor: useColor(process.env, process.stderr.isTTY === true),
    });
    process.exitCode = code;
    // Everything is done and written: exit now, rather than let Node take the whole heap apart
    // first (some milliseconds a run). Only a write to a pipe that is still pending (a slow
    // reader) makes us wait for the event loop to deliver it.
    if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit(code);
  } catch (error) {
    stderr(error instanceof UsageError ? error.message : `internal error: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = EXIT_FAILURE;
  }
}

// A reader that goes away (`privacy-lint | head`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
process.on('uncaughtException', (error) => {
  process.stderr.write(`privacy-lint: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(EXIT_FAILURE);
});

main(process.argv.slice(2));
