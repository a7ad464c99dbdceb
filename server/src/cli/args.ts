import { parseDate } from '../engine/policy/dates';
import { EDITIONS, type Edition } from '../engine/types';
import { FORMATS, OPTION_BY_NAME, OPTIONS, takesValue, type Format, type ValueOption } from './options';

export { FORMATS, type Format } from './options';

/** The name standard input has in reports and fingerprints when `--stdin-filename` is not given. */
export const STDIN_NAME = '<stdin>';

/** The command line, parsed. */
export interface CliOptions {
  /** Default: `stylish`. */
  format: Format;
  /** Apply preferred fixes in place (with `--stdin`: print the fixed text). Default: false. */
  fix: boolean;
  /** Exit 1 when there are more warnings than this. Default: undefined (any number). */
  maxWarnings?: number;
  /** A settings file that replaces discovery. Default: undefined (discovery). */
  config?: string;
  /** Default edition for files without `policyEdition`; overrides the settings file's. */
  edition?: Edition;
  /** Write the report to this file instead of stdout. */
  output?: string;
  /** Report what a move between editions changes (SPEC section 8). Default: false. */
  compareEditions: boolean;
  /** The run's date (`YYYY-MM-DD`) for expiring disable comments. Default: undefined (the local date). */
  today?: string;
  /** Report only findings whose fingerprint this baseline file does not hold. */
  baseline?: string;
  /** Write the fingerprints of the current findings to this file. */
  writeBaseline?: string;
  /** With `baseline`: list (and remove) the entries that match nothing. Default: false. */
  pruneBaseline: boolean;
  /** Lint standard input instead of paths. Default: false. */
  stdin: boolean;
  /** The file name standard input stands for (settings, edition, report, fingerprints). */
  stdinFilename?: string;
  help: boolean;
  version: boolean;
  /** Files and directories to lint, in the order given. Default: `["."]`; empty with `--stdin`. */
  paths: string[];
}

/** Bad usage: main prints `privacy-lint: <message>` and exits 2. */
export class UsageError extends Error {}

/** The options, as an unknown option's message lists them. */
const ALLOWED = OPTIONS.map((option) => (option.alias ? `${option.alias}/${option.name}` : option.name)).join(', ');

const quoted = (values: readonly string[]) => values.map((v) => JSON.stringify(v)).join(', ');

/**
 * Whether an argument in a value's place is an option rather than the value: it starts with
 * `--`, or it is one of privacy-lint's short options (`-o`, `-h`, `-v`). Such an argument is
 * never taken as the value (`-o -v` must not quietly write a report to a file named "-v", nor
 * print the version): the option then has no value, which is an error. A value that starts
 * with a dash is written `--opt=VALUE`, or for a file `./-v`.
 */
function looksLikeOption(arg: string): boolean {
  return arg.startsWith('--') || OPTION_BY_NAME.has(arg);
}

/**
 * Parses the arguments after `node privacy-lint`. Options may come before, after or
 * between paths; `--opt=value` and `--opt value` are the same; a later option wins
 * over an earlier one; everything after `--` is a path.
 */
export function parseArgs(argv: readonly string[]): CliOptions {
  const options: CliOptions = {
    format: 'stylish',
    fix: false,
    compareEditions: false,
    pruneBaseline: false,
    stdin: false,
    help: false,
    version: false,
    paths: [],
  };
  // --help and --version answer whatever else the line holds (but an option's value is not an option).
  const asked = askedFor(argv);
  if (asked) return { ...options, [asked]: true, paths: ['.'] };
  let formatGiven = false;
  let optionInstead: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      options.paths.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      options.paths.push(arg);
      continue;
    }
    const equals = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = equals < 0 ? arg : arg.slice(0, equals);
    const option = OPTION_BY_NAME.get(name);
    if (!option) throw new UsageError(`unknown option ${JSON.stringify(name)}; allowed: ${ALLOWED} (see --help)`);
    if (!takesValue(option)) {
      if (equals >= 0) throw new UsageError(`${name} takes no value`);
      options[option.key] = true;
      continue;
    }
    let value: string | undefined;
    if (equals >= 0) value = arg.slice(equals + 1);
    else if (i + 1 < argv.length && !looksLikeOption(argv[i + 1])) value = argv[++i];
    else if (i + 1 < argv.length) optionInstead = argv[i + 1];
    if (option.key === 'format') formatGiven = true;
    setValue(options, name, option, value, optionInstead);
    optionInstead = undefined;
  }
  checkCombinations(options, formatGiven);
  if (!options.paths.length && !options.stdin) options.paths.push('.');
  return options;
}

/** Options that make no sense together are bad usage, not silently ignored. */
function checkCombinations(options: CliOptions, formatGiven: boolean): void {
  if (options.fix && options.compareEditions) throw new UsageError('--fix cannot be combined with --compare-editions');
  if (options.stdin && options.paths.length) {
    throw new UsageError(`--stdin lints standard input and takes no paths (got ${quoted(options.paths)}); name the input with --stdin-filename`);
  }
  if (options.stdinFilename !== undefined && !options.stdin) throw new UsageError('--stdin-filename names standard input: it needs --stdin');
  if (options.baseline !== undefined && options.writeBaseline !== undefined) {
    throw new UsageError('--baseline and --write-baseline cannot be combined: write a new baseline without --baseline');
  }
  if (options.compareEditions && (options.baseline !== undefined || options.writeBaseline !== undefined)) {
    throw new UsageError(`${options.baseline !== undefined ? '--baseline' : '--write-baseline'} cannot be combined with --compare-editions`);
  }
  if (options.pruneBaseline) {
    if (options.baseline === undefined) throw new UsageError('--prune-baseline needs --baseline FILE, the baseline to prune');
    if (options.fix) throw new UsageError('--prune-baseline cannot be combined with --fix');
    if (formatGiven) throw new UsageError('--prune-baseline prints baseline lines; it cannot be combined with --format');
  }
}

/** `help` or `version` when the line asks for one (before `--`, not in an option's value's place). */
function askedFor(argv: readonly string[]): 'help' | 'version' | undefined {
  let version = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') break;
    const option = OPTION_BY_NAME.get(arg);
    if (option?.key === 'help') return 'help';
    if (option?.key === 'version') version = true;
    if (option && takesValue(option)) {
      // `-o -v`: -v is in -o's place; the parse reports -o's missing file name.
      if (i + 1 < argv.length && looksLikeOption(argv[i + 1])) return version ? 'version' : undefined;
      i++;
    }
  }
  return version ? 'version' : undefined;
}

/** Checks an option's value by its kind and sets it. */
function setValue(options: CliOptions, name: string, option: ValueOption, value: string | undefined, optionInstead?: string): void {
  switch (option.kind) {
    case 'format':
      if (!FORMATS.includes(value as Format)) throw new UsageError(`${name} ${describe(value)}; allowed: ${FORMATS.join(', ')}`);
      options.format = value as Format;
      return;
    case 'count':
      if (value === undefined || !/^\d+$/.test(value)) {
        throw new UsageError(`${name} ${describe(value)}; allowed: a whole number of warnings, 0 or more`);
      }
      options.maxWarnings = Number(value);
      return;
    case 'edition':
      if (!EDITIONS.includes(value as Edition)) throw new UsageError(`${name} ${describe(value)}; allowed: ${EDITIONS.join(', ')}`);
      options.edition = value as Edition;
      return;
    case 'date':
      if (value === undefined || !parseDate(value)) {
        throw new UsageError(`${name} ${describe(value)}; allowed: a real calendar date YYYY-MM-DD, such as 2026-01-31`);
      }
      options.today = value;
      return;
    case 'file':
      if (optionInstead !== undefined) {
        throw new UsageError(
          `${name} needs a file name, and ${quoted([optionInstead])} is an option (for a file of that name, write ${name.startsWith('--') ? `${name}=${optionInstead}` : `./${optionInstead}`})`,
        );
      }
      if (!value) throw new UsageError(`${name} needs a file name`);
      options[option.key as 'config' | 'output' | 'baseline' | 'writeBaseline' | 'stdinFilename'] = value;
      return;
  }
}

function describe(value: string | undefined): string {
  return value === undefined ? 'needs a value' : `does not accept ${quoted([value])}`;
}
