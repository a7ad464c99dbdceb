import { OPTIONS, optionSynopsis, type OptionSpec } from './options';

/** Where an option's description starts in `--help`. */
const DESCRIPTION_COLUMN = 31;

const INTRODUCTION = `Usage: privacy-lint [options] [paths...]
       privacy-lint [options] --stdin [--stdin-filename FILE] < FILE

Checks tenant privacy configuration files (*.privacy.json, *.privacy.jsonc) against
the Intune data storage and processing policy (editions 2018-05 and 2020-09).

Paths default to ".". A directory is searched recursively for *.privacy.json and
*.privacy.jsonc, skipping node_modules and folders whose name starts with "."; a file
named explicitly is linted whatever its name.

`;

const CLOSING = `  --                           Every later argument is a path, even if it starts with "-"

An option's value that starts with "-" is written --opt=VALUE (or ./-name for a file).
Symbolic links out of the folders given are not followed, and --fix writes only inside them.

Exit codes:
  0  no errors, and no more warnings than --max-warnings
  1  errors found, or more warnings than --max-warnings
     (with --compare-editions: the file's own edition has errors;
      with --baseline: only findings not in the baseline count)
  2  bad usage, a path or file that cannot be read or written, or an internal failure
`;

/** An option's lines: its synopsis, then its description, the column kept. */
function optionLines(option: OptionSpec): string[] {
  const [first, ...more] = option.help;
  return [`  ${optionSynopsis(option).padEnd(DESCRIPTION_COLUMN - 3)} ${first}`, ...more.map((line) => `${' '.repeat(DESCRIPTION_COLUMN)}${line}`)];
}

const lines = (group: OptionSpec['group']) =>
  OPTIONS.filter((option) => option.group === group)
    .flatMap(optionLines)
    .join('\n');

/** The text of `privacy-lint --help`, made from the option table (options.ts). */
export const HELP_TEXT = `${INTRODUCTION}Options:
${lines('options')}

CI:
${lines('ci')}

${lines('about')}
${CLOSING}`;
