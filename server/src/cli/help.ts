/** The text of `privacy-lint --help`. */
export const HELP_TEXT = `Usage: privacy-lint [options] [paths...]

Checks tenant privacy configuration files (*.privacy.json, *.privacy.jsonc) against
the Intune data storage and processing policy (editions 2018-05 and 2020-09).

Paths default to ".". A directory is searched recursively for *.privacy.json and
*.privacy.jsonc, skipping node_modules and folders whose name starts with "."; a file
named explicitly is linted whatever its name.

Options:
  --format stylish|json|sarif  Report format (default: stylish)
  --fix                        Apply the preferred fixes in place, then report what is left
  --max-warnings N             Exit 1 when there are more than N warnings
  --config FILE                Use this settings file instead of finding
                               privacy-lint.config.json beside or above each file
  --edition 2018-05|2020-09    Edition for files without "policyEdition"
                               (overrides the settings file's "edition")
  -o, --output FILE            Write the report to FILE instead of standard output
  --compare-editions           Report the diagnostics that only one edition raises
  -h, --help                   Show this help
  -v, --version                Show the version
  --                           Every later argument is a path, even if it starts with "-"

Exit codes:
  0  no errors, and no more warnings than --max-warnings
  1  errors found, or more warnings than --max-warnings
     (with --compare-editions: the file's own edition has errors)
  2  bad usage, a path or file that cannot be read or written, or an internal failure
`;
