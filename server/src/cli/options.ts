import { EDITIONS } from '../engine/types';

/**
 * privacy-lint's options, written once: the argument parser (args.ts), `--help` (help.ts) and
 * the README's option table (`npm run docs`) are made from this list. To add an option: add it
 * here, give `CliOptions` its field (args.ts), use it, and run `npm run docs`.
 */

/** The report formats of `--format`. */
export type Format = 'stylish' | 'json' | 'sarif' | 'github' | 'junit' | 'html';
export const FORMATS: readonly Format[] = ['stylish', 'json', 'sarif', 'github', 'junit', 'html'];

/** What an option's value is, and so how it is checked: one of FORMATS or EDITIONS, a count, a date, or a file name. */
export type ValueKind = 'format' | 'count' | 'edition' | 'date' | 'file';

/** The fields of CliOptions an option sets. */
export type FlagKey = 'fix' | 'compareEditions' | 'pruneBaseline' | 'stdin' | 'help' | 'version';
export type ValueKey = 'format' | 'maxWarnings' | 'config' | 'edition' | 'output' | 'today' | 'baseline' | 'writeBaseline' | 'stdinFilename';

interface OptionBase {
  /** The long name, with its dashes: `--format`. */
  name: string;
  /** A short name: `-o`. */
  alias?: string;
  /** Where `--help` lists it: under "Options:", under "CI:", or last, untitled. */
  group: 'options' | 'ci' | 'about';
  /** `--help`'s description: its first line follows the option, the others are indented under it. */
  help: readonly string[];
  /** The README's description, one sentence. */
  summary: string;
}

export interface FlagOption extends OptionBase {
  key: FlagKey;
}

export interface ValueOption extends OptionBase {
  key: ValueKey;
  /** The value's name in `--help` and the README: `FILE`, `N`. */
  placeholder: string;
  kind: ValueKind;
}

export type OptionSpec = FlagOption | ValueOption;

export function takesValue(option: OptionSpec): option is ValueOption {
  return 'kind' in option;
}

export const OPTIONS: readonly OptionSpec[] = [
  {
    name: '--format',
    key: 'format',
    placeholder: 'FORMAT',
    kind: 'format',
    group: 'options',
    help: [
      'Report format (default: stylish):',
      '  stylish  for people, grouped by file',
      '  json     one array, a file an entry, with fingerprints',
      '  sarif    SARIF 2.1.0, for code scanning',
      '  github   GitHub Actions workflow commands (annotations)',
      '  junit    JUnit XML, a test case per finding (an error fails it)',
      '  html     one self-contained page: a summary, then each',
      "           file's data map and findings",
    ],
    summary: `the report's format: ${FORMATS.map((f) => `\`${f}\``).join(', ')}; default \`stylish\` (grouped by file, colour when a TTY)`,
  },
  {
    name: '--fix',
    key: 'fix',
    group: 'options',
    help: ['Apply the preferred fixes in place, then report what is left'],
    summary: 'apply preferred fixes in place, repeating until none applies (at most 10 passes), then report what is left; each file is replaced atomically',
  },
  {
    name: '--max-warnings',
    key: 'maxWarnings',
    placeholder: 'N',
    kind: 'count',
    group: 'options',
    help: ['Exit 1 when there are more than N warnings'],
    summary: 'exit 1 when there are more warnings than N',
  },
  {
    name: '--config',
    key: 'config',
    placeholder: 'FILE',
    kind: 'file',
    group: 'options',
    help: ['Use this settings file instead of finding', 'privacy-lint.config.json beside or above each file'],
    summary: 'use this settings file instead of finding `privacy-lint.config.json` beside or above each file',
  },
  {
    name: '--edition',
    key: 'edition',
    placeholder: EDITIONS.join('|'),
    kind: 'edition',
    group: 'options',
    help: ['Edition for files without "policyEdition"', '(overrides the settings file\'s "edition")'],
    summary: "default edition for files without `policyEdition` (overrides the settings file's `edition`)",
  },
  {
    name: '--output',
    alias: '-o',
    key: 'output',
    placeholder: 'FILE',
    kind: 'file',
    group: 'options',
    help: ['Write the report to FILE instead of standard output'],
    summary: 'write the report there instead of standard output',
  },
  {
    name: '--compare-editions',
    key: 'compareEditions',
    group: 'options',
    help: ['Report the diagnostics that only one edition raises'],
    summary: 'lint each file under both editions and report what only one raises',
  },
  {
    name: '--today',
    key: 'today',
    placeholder: 'YYYY-MM-DD',
    kind: 'date',
    group: 'options',
    help: ['The date that decides which disable comments have expired', '("-- REASON; expires YYYY-MM-DD"); default: the local date'],
    summary: 'the date that decides which disable comments have expired (default: the local date)',
  },
  {
    name: '--write-baseline',
    key: 'writeBaseline',
    placeholder: 'FILE',
    kind: 'file',
    group: 'ci',
    help: ['Record the fingerprints of the current findings in FILE;', 'they are then reported as --baseline FILE would (exit 0)'],
    summary: 'record the fingerprints of the current findings in FILE (adopt on a repository with existing findings)',
  },
  {
    name: '--baseline',
    key: 'baseline',
    placeholder: 'FILE',
    kind: 'file',
    group: 'ci',
    help: ['Report only findings whose fingerprint FILE does not hold;', 'the exit code counts only those (SARIF lists the others', 'as "unchanged")'],
    summary: 'report only findings whose fingerprint FILE does not hold: only new ones',
  },
  {
    name: '--prune-baseline',
    key: 'pruneBaseline',
    group: 'ci',
    help: ['With --baseline: print the entries of linted (or deleted)', 'files that match no finding, and remove them from FILE'],
    summary: 'with `--baseline`: print the entries that match no finding, and remove them from the baseline',
  },
  {
    name: '--stdin',
    key: 'stdin',
    group: 'ci',
    help: ['Lint standard input instead of paths'],
    summary: 'lint standard input (with `--fix`, the fixed text goes to stdout)',
  },
  {
    name: '--stdin-filename',
    key: 'stdinFilename',
    placeholder: 'FILE',
    kind: 'file',
    group: 'ci',
    help: [
      'The name standard input stands for: settings are found from',
      'it, and reports and fingerprints use it (default: <stdin>)',
      'With --fix, the fixed text goes to standard output and the',
      'report to -o FILE, else to standard error',
    ],
    summary: 'the name standard input stands for: settings are found from it, and reports and fingerprints use it',
  },
  {
    name: '--help',
    alias: '-h',
    key: 'help',
    group: 'about',
    help: ['Show this help'],
    summary: 'show the help',
  },
  {
    name: '--version',
    alias: '-v',
    key: 'version',
    group: 'about',
    help: ['Show the version'],
    summary: 'show the version',
  },
];

/** Every option by each of its names (`--output` and `-o`). */
export const OPTION_BY_NAME: ReadonlyMap<string, OptionSpec> = new Map(
  OPTIONS.flatMap((option) => [[option.name, option] as const, ...(option.alias ? [[option.alias, option] as const] : [])]),
);

/** How an option is written in `--help` and the README: `-o, --output FILE`. */
export function optionSynopsis(option: OptionSpec): string {
  const names = option.alias ? `${option.alias}, ${option.name}` : option.name;
  return takesValue(option) ? `${names} ${option.placeholder}` : names;
}
