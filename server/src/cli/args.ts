import { EDITIONS, type Edition } from '../engine/types';

/** The report formats of `--format`. */
export type Format = 'stylish' | 'json' | 'sarif';
export const FORMATS: readonly Format[] = ['stylish', 'json', 'sarif'];

/** The command line, parsed. */
export interface CliOptions {
  /** Default: `stylish`. */
  format: Format;
  /** Apply preferred fixes in place. Default: false. */
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
  help: boolean;
  version: boolean;
  /** Files and directories to lint, in the order given. Default: `["."]`. */
  paths: string[];
}

/** Bad usage: main prints `privacy-lint: <message>` and exits 2. */
export class UsageError extends Error {}

type ValueOption = 'format' | 'max-warnings' | 'config' | 'edition' | 'output';
type FlagOption = 'fix' | 'compare-editions' | 'help' | 'version';

const VALUE_OPTIONS: Readonly<Record<string, ValueOption>> = {
  '--format': 'format',
  '--max-warnings': 'max-warnings',
  '--config': 'config',
  '--edition': 'edition',
  '--output': 'output',
  '-o': 'output',
};

const FLAG_OPTIONS: Readonly<Record<string, FlagOption>> = {
  '--fix': 'fix',
  '--compare-editions': 'compare-editions',
  '--help': 'help',
  '-h': 'help',
  '--version': 'version',
  '-v': 'version',
};

const ALLOWED =
  '--format, --fix, --max-warnings, --config, --edition, -o/--output, --compare-editions, --help, --version';

const quoted = (values: readonly string[]) => values.map((v) => JSON.stringify(v)).join(', ');

/**
 * Parses the arguments after `node privacy-lint`. Options may come before, after or
 * between paths; `--opt=value` and `--opt value` are the same; a later option wins
 * over an earlier one; everything after `--` is a path.
 */
export function parseArgs(argv: readonly string[]): CliOptions {
  const options: CliOptions = { format: 'stylish', fix: false, compareEditions: false, help: false, version: false, paths: [] };
  // --help and --version answer whatever else the line holds.
  const end = argv.indexOf('--');
  const beforeEnd = end < 0 ? argv : argv.slice(0, end);
  if (beforeEnd.some((arg) => FLAG_OPTIONS[arg] === 'help')) return { ...options, help: true, paths: ['.'] };
  if (beforeEnd.some((arg) => FLAG_OPTIONS[arg] === 'version')) return { ...options, version: true, paths: ['.'] };
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
    const flag = FLAG_OPTIONS[name];
    if (flag) {
      if (equals >= 0) throw new UsageError(`${name} takes no value`);
      if (flag === 'fix') options.fix = true;
      else if (flag === 'compare-editions') options.compareEditions = true;
      else if (flag === 'help') options.help = true;
      else options.version = true;
      continue;
    }
    const option = VALUE_OPTIONS[name];
    if (!option) throw new UsageError(`unknown option ${JSON.stringify(name)}; allowed: ${ALLOWED} (see --help)`);
    let value: string | undefined;
    if (equals >= 0) value = arg.slice(equals + 1);
    else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) value = argv[++i];
    setValue(options, name, option, value);
  }
  if (options.fix && options.compareEditions) throw new UsageError('--fix cannot be combined with --compare-editions');
  if (!options.paths.length) options.paths.push('.');
  return options;
}

function setValue(options: CliOptions, name: string, option: ValueOption, value: string | undefined): void {
  switch (option) {
    case 'format':
      if (!FORMATS.includes(value as Format)) throw new UsageError(`${name} ${describe(value)}; allowed: ${FORMATS.join(', ')}`);
      options.format = value as Format;
      return;
    case 'max-warnings':
      if (value === undefined || !/^\d+$/.test(value)) {
        throw new UsageError(`${name} ${describe(value)}; allowed: a whole number of warnings, 0 or more`);
      }
      options.maxWarnings = Number(value);
      return;
    case 'edition':
      if (!EDITIONS.includes(value as Edition)) throw new UsageError(`${name} ${describe(value)}; allowed: ${EDITIONS.join(', ')}`);
      options.edition = value as Edition;
      return;
    case 'config':
    case 'output':
      if (!value) throw new UsageError(`${name} needs a file name`);
      if (option === 'config') options.config = value;
      else options.output = value;
      return;
  }
}

function describe(value: string | undefined): string {
  return value === undefined ? 'needs a value' : `does not accept ${quoted([value])}`;
}
