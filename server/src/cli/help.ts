/** The text of `privacy-lint --help`. */
export const HELP_TEXT = `Usage: privacy-lint [options] [paths...]
       privacy-lint [options] --stdin [--stdin-filename FILE] < FILE

Checks tenant privacy configuration files (*.privacy.json, *.privacy.jsonc) against
the Intune data storage and processing policy (editions 2018-05 and 2020-09).

Paths default to ".". A directory is searched recursively for *.privacy.json and
*.privacy.jsonc, skipping node_modules and folders whose name starts with "."; a file
named explicitly is linted whatever its name.

Options:
  --format FORMAT              Report format (default: stylish):
                                 stylish  for people, grouped by file
                                 json     one array, a file an entry, with fingerprints
                                 sarif    SARIF 2.1.0, for code scanning
                                 github   GitHub Actions workflow commands (annotations)
                                 junit    JUnit XML, a test case per finding (an error fails it)
                                 html     one self-contained page: a summary, then each
                                          file's data map and findings
  --fix                        Apply the preferred fixes in place, then report what is left
  --max-warnings N             Exit 1 when there are more than N warnings
  --config FILE                Use this settings file instead of finding
                               privacy-lint.config.json beside or above each file
  --edition 2018-05|2020-09    Edition for files without "policyEdition"
                               (overrides the settings file's "edition")
  -o, --output FILE            Write the report to FILE instead of standard output
  --compare-editions           Report the diagnostics that only one edition raises
  --today YYYY-MM-DD           The date that decides which disable comments have expired
                               ("-- REASON; expires YYYY-MM-DD"); default: the local date

CI:
  --write-baseline FILE        Record the fingerprints of the current findings in FILE;
                               they are then reported as --baseline FILE would (exit 0)
  --baseline FILE              Report only findings whose fingerprint FILE does not hold;
                               the exit code counts only those (SARIF lists the others
                               as "unchanged")
  --prune-baseline             With --baseline: print the entries of linted (or deleted)
                               files that match no finding, and remove them from FILE
  --stdin                      Lint standard input instead of paths
  --stdin-filename FILE        The name standard input stands for: settings are found from
                               it, and reports and fingerprints use it (default: <stdin>)
                               With --fix, the fixed text goes to standard output and the
                               report to -o FILE, else to standard error

  -h, --help                   Show this help
  -v, --version                Show the version
  --                           Every later argument is a path, even if it starts with "-"

An option's value that starts with "-" is written --opt=VALUE (or ./-name for a file).
Symbolic links out of the folders given are not followed, and --fix writes only inside them.

Exit codes:
  0  no errors, and no more warnings than --max-warnings
  1  errors found, or more warnings than --max-warnings
     (with --compare-editions: the file's own edition has errors;
      with --baseline: only findings not in the baseline count)
  2  bad usage, a path or file that cannot be read or written, or an internal failure
`;
