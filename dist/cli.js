"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// server/src/engine/policy/dates.ts
function isLeapYear(year) {
  return year % 4 === 0 && year % 100 !== 0 || year % 400 === 0;
}
function daysInMonth(year, month) {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1];
}
function parseDate(value) {
  const match = DATE.exec(value);
  if (!match) return void 0;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return void 0;
  return { year, month, day };
}
function isWritable(date) {
  return date.year >= 0 && date.year <= 9999;
}
function formatDate(date) {
  return `${String(date.year).padStart(4, "0")}-${String(date.month).padStart(2, "0")}-${String(date.day).padStart(2, "0")}`;
}
function addMonths(date, months) {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index % 12 + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}
function compareDates(a, b) {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}
function latestAllowedDeadline(requestPeriodEnds) {
  return addMonths(requestPeriodEnds, MIGRATION_MONTHS);
}
var DATE, MONTH_DAYS, MIGRATION_MONTHS;
var init_dates = __esm({
  "server/src/engine/policy/dates.ts"() {
    "use strict";
    DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
    MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    MIGRATION_MONTHS = 24;
  }
});

// server/src/engine/types.ts
var EDITIONS, DEFAULT_EDITION, SEVERITIES;
var init_types = __esm({
  "server/src/engine/types.ts"() {
    "use strict";
    EDITIONS = ["2018-05", "2020-09"];
    DEFAULT_EDITION = "2020-09";
    SEVERITIES = ["error", "warning", "information", "hint"];
  }
});

// server/src/cli/args.ts
function looksLikeOption(arg) {
  return arg.startsWith("--") || arg in FLAG_OPTIONS || arg in VALUE_OPTIONS;
}
function parseArgs(argv) {
  const options = {
    format: "stylish",
    fix: false,
    compareEditions: false,
    pruneBaseline: false,
    stdin: false,
    help: false,
    version: false,
    paths: []
  };
  const asked = askedFor(argv);
  if (asked) return { ...options, [asked]: true, paths: ["."] };
  let formatGiven = false;
  let optionInstead;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      options.paths.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      options.paths.push(arg);
      continue;
    }
    const equals = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const name = equals < 0 ? arg : arg.slice(0, equals);
    const flag = FLAG_OPTIONS[name];
    if (flag) {
      if (equals >= 0) throw new UsageError(`${name} takes no value`);
      if (flag === "fix") options.fix = true;
      else if (flag === "compare-editions") options.compareEditions = true;
      else if (flag === "prune-baseline") options.pruneBaseline = true;
      else if (flag === "stdin") options.stdin = true;
      else if (flag === "help") options.help = true;
      else options.version = true;
      continue;
    }
    const option = VALUE_OPTIONS[name];
    if (!option) throw new UsageError(`unknown option ${JSON.stringify(name)}; allowed: ${ALLOWED} (see --help)`);
    let value;
    if (equals >= 0) value = arg.slice(equals + 1);
    else if (i + 1 < argv.length && !looksLikeOption(argv[i + 1])) value = argv[++i];
    else if (i + 1 < argv.length) optionInstead = argv[i + 1];
    if (option === "format") formatGiven = true;
    setValue(options, name, option, value, optionInstead);
    optionInstead = void 0;
  }
  checkCombinations(options, formatGiven);
  if (!options.paths.length && !options.stdin) options.paths.push(".");
  return options;
}
function checkCombinations(options, formatGiven) {
  if (options.fix && options.compareEditions) throw new UsageError("--fix cannot be combined with --compare-editions");
  if (options.stdin && options.paths.length) {
    throw new UsageError(`--stdin lints standard input and takes no paths (got ${quoted(options.paths)}); name the input with --stdin-filename`);
  }
  if (options.stdinFilename !== void 0 && !options.stdin) throw new UsageError("--stdin-filename names standard input: it needs --stdin");
  if (options.baseline !== void 0 && options.writeBaseline !== void 0) {
    throw new UsageError("--baseline and --write-baseline cannot be combined: write a new baseline without --baseline");
  }
  if (options.compareEditions && (options.baseline !== void 0 || options.writeBaseline !== void 0)) {
    throw new UsageError(`${options.baseline !== void 0 ? "--baseline" : "--write-baseline"} cannot be combined with --compare-editions`);
  }
  if (options.pruneBaseline) {
    if (options.baseline === void 0) throw new UsageError("--prune-baseline needs --baseline FILE, the baseline to prune");
    if (options.fix) throw new UsageError("--prune-baseline cannot be combined with --fix");
    if (formatGiven) throw new UsageError("--prune-baseline prints baseline lines; it cannot be combined with --format");
  }
}
function askedFor(argv) {
  let version2 = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") break;
    const flag = FLAG_OPTIONS[arg];
    if (flag === "help") return "help";
    if (flag === "version") version2 = true;
    if (VALUE_OPTIONS[arg]) {
      if (i + 1 < argv.length && looksLikeOption(argv[i + 1])) return version2 ? "version" : void 0;
      i++;
    }
  }
  return version2 ? "version" : void 0;
}
function setValue(options, name, option, value, optionInstead) {
  switch (option) {
    case "format":
      if (!FORMATS.includes(value)) throw new UsageError(`${name} ${describe(value)}; allowed: ${FORMATS.join(", ")}`);
      options.format = value;
      return;
    case "max-warnings":
      if (value === void 0 || !/^\d+$/.test(value)) {
        throw new UsageError(`${name} ${describe(value)}; allowed: a whole number of warnings, 0 or more`);
      }
      options.maxWarnings = Number(value);
      return;
    case "edition":
      if (!EDITIONS.includes(value)) throw new UsageError(`${name} ${describe(value)}; allowed: ${EDITIONS.join(", ")}`);
      options.edition = value;
      return;
    case "today":
      if (value === void 0 || !parseDate(value)) {
        throw new UsageError(`${name} ${describe(value)}; allowed: a real calendar date YYYY-MM-DD, such as 2026-01-31`);
      }
      options.today = value;
      return;
    case "config":
    case "output":
    case "baseline":
    case "write-baseline":
    case "stdin-filename":
      if (optionInstead !== void 0) {
        throw new UsageError(`${name} needs a file name, and ${quoted([optionInstead])} is an option (for a file of that name, write ${name.startsWith("--") ? `${name}=${optionInstead}` : `./${optionInstead}`})`);
      }
      if (!value) throw new UsageError(`${name} needs a file name`);
      if (option === "config") options.config = value;
      else if (option === "output") options.output = value;
      else if (option === "baseline") options.baseline = value;
      else if (option === "write-baseline") options.writeBaseline = value;
      else options.stdinFilename = value;
      return;
  }
}
function describe(value) {
  return value === void 0 ? "needs a value" : `does not accept ${quoted([value])}`;
}
var FORMATS, STDIN_NAME, UsageError, VALUE_OPTIONS, FLAG_OPTIONS, ALLOWED, quoted;
var init_args = __esm({
  "server/src/cli/args.ts"() {
    "use strict";
    init_dates();
    init_types();
    FORMATS = ["stylish", "json", "sarif", "github", "junit"];
    STDIN_NAME = "<stdin>";
    UsageError = class extends Error {
    };
    VALUE_OPTIONS = {
      "--format": "format",
      "--max-warnings": "max-warnings",
      "--config": "config",
      "--edition": "edition",
      "--output": "output",
      "-o": "output",
      "--today": "today",
      "--baseline": "baseline",
      "--write-baseline": "write-baseline",
      "--stdin-filename": "stdin-filename"
    };
    FLAG_OPTIONS = {
      "--fix": "fix",
      "--compare-editions": "compare-editions",
      "--prune-baseline": "prune-baseline",
      "--stdin": "stdin",
      "--help": "help",
      "-h": "help",
      "--version": "version",
      "-v": "version"
    };
    ALLOWED = "--format, --fix, --max-warnings, --config, --edition, -o/--output, --compare-editions, --today, --baseline, --write-baseline, --prune-baseline, --stdin, --stdin-filename, --help, --version";
    quoted = (values) => values.map((v) => JSON.stringify(v)).join(", ");
  }
});

// server/src/cli/report.ts
function isReported(d) {
  return !d.suppression && d.baselineState !== "unchanged";
}
var init_report = __esm({
  "server/src/cli/report.ts"() {
    "use strict";
  }
});

// server/src/cli/exitCode.ts
function countProblems(diagnostics, counts = { errors: 0, warnings: 0, infos: 0 }) {
  for (const diagnostic of diagnostics) {
    if (!isReported(diagnostic)) continue;
    if (diagnostic.severity === "error") counts.errors++;
    else if (diagnostic.severity === "warning") counts.warnings++;
    else counts.infos++;
  }
  return counts;
}
function exitCode({ counts, maxWarnings, failed }) {
  if (failed) return EXIT_FAILURE;
  if (counts.errors > 0) return EXIT_PROBLEMS;
  if (maxWarnings !== void 0 && counts.warnings > maxWarnings) return EXIT_PROBLEMS;
  return EXIT_OK;
}
var EXIT_OK, EXIT_PROBLEMS, EXIT_FAILURE;
var init_exitCode = __esm({
  "server/src/cli/exitCode.ts"() {
    "use strict";
    init_report();
    EXIT_OK = 0;
    EXIT_PROBLEMS = 1;
    EXIT_FAILURE = 2;
  }
});

// server/src/cli/help.ts
var help_exports = {};
__export(help_exports, {
  HELP_TEXT: () => HELP_TEXT
});
var HELP_TEXT;
var init_help = __esm({
  "server/src/cli/help.ts"() {
    "use strict";
    HELP_TEXT = `Usage: privacy-lint [options] [paths...]
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
  }
});

// server/src/v8Tuning.ts
var v8Tuning_exports = {};
__export(v8Tuning_exports, {
  compileForShortRuns: () => compileForShortRuns,
  keepTreesYoung: () => keepTreesYoung
});
function keepTreesYoung() {
  v8.setFlagsFromString("--no-allocation-site-pretenuring");
}
function compileForShortRuns() {
  v8.setFlagsFromString("--max-inlined-bytecode-size-cumulative=60");
  v8.setFlagsFromString("--no-turbo-loop-peeling");
}
var v8;
var init_v8Tuning = __esm({
  "server/src/v8Tuning.ts"() {
    "use strict";
    v8 = __toESM(require("node:v8"));
  }
});

// server/src/engine/fixes.ts
function renderInline(value) {
  if (Array.isArray(value)) return `[${value.map(renderInline).join(", ")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${renderInline(v)}`);
    return entries.length ? `{ ${entries.join(", ")} }` : "{}";
  }
  return JSON.stringify(value);
}
function detectFormatting(text2) {
  const eol = text2.includes("\r\n") ? "\r\n" : text2.includes("\r") && !text2.includes("\n") ? "\r" : "\n";
  const indent = /^([ \t]+)\S/m.exec(text2)?.[1];
  if (indent?.startsWith("	")) return { insertSpaces: false, tabSize: 4, eol };
  return { insertSpaces: true, tabSize: indent ? Math.min(indent.length, 8) : 2, eol };
}
function indexOfMember(siblings, member) {
  let low = 0;
  let high = siblings.length - 1;
  while (low <= high) {
    const mid = low + high >> 1;
    const at = siblings[mid];
    if (at === member) return mid;
    if (at.offset < member.offset) low = mid + 1;
    else high = mid - 1;
  }
  return siblings.indexOf(member);
}
function endOfLine(text2, offset, limit = text2.length) {
  let end = offset;
  while (end < limit && text2[end] !== "\n" && text2[end] !== "\r") end++;
  return end;
}
function lineStart(text2, offset) {
  let start = offset;
  while (start > 0 && text2[start - 1] !== "\n" && text2[start - 1] !== "\r") start--;
  return start;
}
function lineIndent(text2, offset) {
  const start = lineStart(text2, offset);
  return /^[ \t]*/.exec(text2.slice(start, offset))[0];
}
function isFirstOnLine(text2, offset) {
  let at = offset;
  while (at > 0 && (text2[at - 1] === " " || text2[at - 1] === "	")) at--;
  return at === 0 || text2[at - 1] === "\n" || text2[at - 1] === "\r";
}
function hasLineBreak(text2, from, to) {
  for (let i = from; i < to; i++) {
    const c = text2.charCodeAt(i);
    if (c === 10 || c === 13) return true;
  }
  return false;
}
function hasComment(between) {
  return between.includes("//") || between.includes("/*");
}
function commaAt(text2, from, to) {
  for (let i = from; i < to; i++) {
    const c = text2[i];
    if (c === ",") return i;
    if (c === "/" && text2[i + 1] === "/") i = endOfLine(text2, i);
    else if (c === "/" && text2[i + 1] === "*") {
      const close = text2.indexOf("*/", i + 2);
      i = close < 0 ? to : close + 1;
    }
  }
  return void 0;
}
var FixBuilder;
var init_fixes = __esm({
  "server/src/engine/fixes.ts"() {
    "use strict";
    FixBuilder = class {
      /**
       * @param pendingRenames keys an unknown property of the object will be renamed to by a
       * preferred fix; inserting the same key as well would give it twice.
       */
      constructor(text2, pendingRenames = /* @__PURE__ */ new Map()) {
        this.text = text2;
        this.pendingRenames = pendingRenames;
      }
      text;
      pendingRenames;
      formatting;
      /** Replace a value with another JSON value. */
      setValue(node, value) {
        return [{ offset: node.offset, length: node.length, newText: renderInline(value) }];
      }
      /**
       * Insert `"key": value` as the last property of an object, on one line with the value
       * inline, in the object's own layout: on a new line after the last property (after any
       * comment that ends that line) when the object spans lines, else inline.
       */
      insertProperty(object, key, value) {
        if (this.pendingRenames.get(object)?.has(key)) return [];
        const text2 = this.text;
        const member = `${JSON.stringify(key)}: ${renderInline(value)}`;
        const { eol, unit } = this.layout();
        const last = object.children?.[object.children.length - 1];
        const open = object.offset;
        const close = object.offset + object.length - 1;
        const multiline = hasLineBreak(text2, open, close);
        if (!last) {
          if (!multiline && !hasComment(text2.slice(open + 1, close))) return [{ offset: open + 1, length: close - open - 1, newText: ` ${member} ` }];
          if (!multiline) return [{ offset: open + 1, length: 0, newText: ` ${member}` }];
          return [{ offset: open + 1, length: 0, newText: `${eol}${lineIndent(text2, open)}${unit}${member}` }];
        }
        const lastEnd = last.offset + last.length;
        const lineEnd = endOfLine(text2, lastEnd, close);
        const rest = text2.slice(lastEnd, Math.min(lineEnd, close));
        const ownsLine = multiline && lineEnd < close && /^\s*(,\s*)?(\/\/.*)?$/.test(rest) && isFirstOnLine(text2, last.offset);
        if (!ownsLine) return [{ offset: lastEnd, length: 0, newText: `, ${member}` }];
        const insertion = { offset: lineEnd, length: 0, newText: `${eol}${lineIndent(text2, last.offset)}${member}` };
        return /^\s*,/.test(rest) ? [insertion] : [{ offset: lastEnd, length: 0, newText: "," }, insertion];
      }
      /** Set a property's value: replace it when present, insert it when absent. */
      setOrInsert(object, key, current2, value) {
        return current2 ? this.setValue(current2, value) : this.insertProperty(object, key, value);
      }
      /**
       * Remove a property or an array element together with one separating comma. Comments
       * around it stay: where a comment stands next to the member, only the member and its own
       * comma go (and the member's line, when nothing else is left on it).
       */
      remove(member) {
        const text2 = this.text;
        const container = member.parent;
        const siblings = container?.children ?? [];
        const index = indexOfMember(siblings, member);
        const memberEnd = member.offset + member.length;
        if (!container || index < 0) return [{ offset: member.offset, length: member.length, newText: "" }];
        const previous = index > 0 ? siblings[index - 1] : void 0;
        const next2 = siblings[index + 1];
        const previousEnd = previous ? previous.offset + previous.length : container.offset + 1;
        const nextStart = next2 ? next2.offset : container.offset + container.length - 1;
        if (previous && !hasComment(text2.slice(previousEnd, member.offset))) {
          return [{ offset: previousEnd, length: memberEnd - previousEnd, newText: "" }];
        }
        if (next2 && !hasComment(text2.slice(memberEnd, next2.offset))) {
          return [{ offset: member.offset, length: next2.offset - member.offset, newText: "" }];
        }
        const comma = next2 || !previous ? commaAt(text2, memberEnd, nextStart) : commaAt(text2, previousEnd, member.offset);
        const removal = this.removeMemberText(member, comma);
        return comma === void 0 || comma >= removal.offset && comma < removal.offset + removal.length ? [removal] : [removal, { offset: comma, length: 1, newText: "" }].sort((a, b) => a.offset - b.offset);
      }
      /**
       * The member's text, or its whole line when only whitespace (and the comma going with it) would
       * be left. Scans only the blanks around the member: a line may be the whole document.
       */
      removeMemberText(member, comma) {
        const text2 = this.text;
        const end = member.offset + member.length;
        let start = member.offset;
        while (start > 0 && (text2[start - 1] === " " || text2[start - 1] === "	")) start--;
        const blankBefore = start === 0 || text2[start - 1] === "\n" || text2[start - 1] === "\r";
        let lineEndAt = end;
        while (lineEndAt < text2.length && (text2[lineEndAt] === " " || text2[lineEndAt] === "	" || lineEndAt === comma)) lineEndAt++;
        const blankAfter = lineEndAt < text2.length && (text2[lineEndAt] === "\n" || text2[lineEndAt] === "\r");
        if (blankBefore && blankAfter) {
          const eolLength = text2.startsWith("\r\n", lineEndAt) ? 2 : 1;
          return { offset: start, length: lineEndAt + eolLength - start, newText: "" };
        }
        return { offset: member.offset, length: member.length, newText: "" };
      }
      /** Append values to an array, after its last element (or inside it when empty). */
      appendToArray(array, values) {
        const items = values.map(renderInline).join(", ");
        const last = array.children?.[array.children.length - 1];
        if (last) return [{ offset: last.offset + last.length, length: 0, newText: `, ${items}` }];
        const inside = this.text.slice(array.offset + 1, array.offset + array.length - 1);
        if (hasComment(inside)) return [{ offset: array.offset + 1, length: 0, newText: `${items} ` }];
        return [{ offset: array.offset + 1, length: array.length - 2, newText: items }];
      }
      /**
       * Make an array hold exactly `values`: the whole array is rewritten when nothing but
       * elements is inside it; otherwise elements are replaced, removed or appended one by one,
       * so the comments between them stay.
       */
      setArray(array, values) {
        const inside = this.text.slice(array.offset + 1, array.offset + array.length - 1);
        const elements = array.children ?? [];
        if (!hasComment(inside)) return this.setValue(array, values);
        const edits = [];
        elements.forEach((element, i) => {
          if (i < values.length) {
            if (renderInline(element.value) !== renderInline(values[i]) || element.type === "object" || element.type === "array") {
              edits.push(...this.setValue(element, values[i]));
            }
          } else {
            const previous = elements[i - 1];
            const comma = commaAt(this.text, previous.offset + previous.length, element.offset);
            if (comma !== void 0) edits.push({ offset: comma, length: 1, newText: "" });
            edits.push({ offset: element.offset, length: element.length, newText: "" });
          }
        });
        if (elements.length < values.length) edits.push(...this.appendToArray(array, values.slice(elements.length)));
        return edits.sort((a, b) => a.offset - b.offset);
      }
      layout() {
        const options = this.formatting ??= detectFormatting(this.text);
        return { eol: options.eol ?? "\n", unit: options.insertSpaces ? " ".repeat(options.tabSize ?? 2) : "	" };
      }
    };
  }
});

// server/src/engine/format/renames.ts
function preferredRenames(analysis) {
  if (!analysis.findings.some((f) => f.kind === "unknown-property" && f.candidates.length === 1)) return NO_RENAMES;
  const byTarget = /* @__PURE__ */ new Map();
  const findings = analysis.findings;
  for (let i = 0; i < findings.length; i++) {
    const finding = findings[i];
    if (finding.kind !== "unknown-property" || finding.candidates.length !== 1) continue;
    const object = finding.keyNode.parent?.parent;
    let targets = byTarget.get(object);
    if (!targets) byTarget.set(object, targets = /* @__PURE__ */ new Map());
    const list2 = targets.get(finding.candidates[0]) ?? [];
    list2.push(finding);
    targets.set(finding.candidates[0], list2);
  }
  const renames = /* @__PURE__ */ new Map();
  for (const targets of byTarget.values()) {
    for (const [target, findings2] of targets) if (findings2.length === 1) renames.set(findings2[0].keyNode, target);
  }
  return renames;
}
function pendingKeys(renames) {
  if (!renames.size) return NO_PENDING;
  const pending = /* @__PURE__ */ new Map();
  for (const [keyNode, target] of renames) {
    const object = keyNode.parent?.parent;
    if (!object) continue;
    let keys = pending.get(object);
    if (!keys) pending.set(object, keys = /* @__PURE__ */ new Set());
    keys.add(target);
  }
  return pending;
}
var NO_RENAMES, NO_PENDING;
var init_renames = __esm({
  "server/src/engine/format/renames.ts"() {
    "use strict";
    NO_RENAMES = /* @__PURE__ */ new Map();
    NO_PENDING = /* @__PURE__ */ new Map();
  }
});

// server/src/engine/rule.ts
var ALL_EDITIONS;
var init_rule = __esm({
  "server/src/engine/rule.ts"() {
    "use strict";
    ALL_EDITIONS = ["2018-05", "2020-09"];
  }
});

// node_modules/jsonc-parser/lib/esm/impl/scanner.js
function createScanner(text2, ignoreTrivia = false) {
  const len2 = text2.length;
  let pos2 = 0, value = "", tokenOffset2 = 0, token2 = 16, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError2 = 0;
  function scanHexDigits(count, exact) {
    let digits = 0;
    let value2 = 0;
    while (digits < count || !exact) {
      let ch = text2.charCodeAt(pos2);
      if (ch >= 48 && ch <= 57) {
        value2 = value2 * 16 + ch - 48;
      } else if (ch >= 65 && ch <= 70) {
        value2 = value2 * 16 + ch - 65 + 10;
      } else if (ch >= 97 && ch <= 102) {
        value2 = value2 * 16 + ch - 97 + 10;
      } else {
        break;
      }
      pos2++;
      digits++;
    }
    if (digits < count) {
      value2 = -1;
    }
    return value2;
  }
  function setPosition(newPosition) {
    pos2 = newPosition;
    value = "";
    tokenOffset2 = 0;
    token2 = 16;
    scanError2 = 0;
  }
  function scanNumber2() {
    let start = pos2;
    if (text2.charCodeAt(pos2) === 48) {
      pos2++;
    } else {
      pos2++;
      while (pos2 < text2.length && isDigit(text2.charCodeAt(pos2))) {
        pos2++;
      }
    }
    if (pos2 < text2.length && text2.charCodeAt(pos2) === 46) {
      pos2++;
      if (pos2 < text2.length && isDigit(text2.charCodeAt(pos2))) {
        pos2++;
        while (pos2 < text2.length && isDigit(text2.charCodeAt(pos2))) {
          pos2++;
        }
      } else {
        scanError2 = 3;
        return text2.substring(start, pos2);
      }
    }
    let end = pos2;
    if (pos2 < text2.length && (text2.charCodeAt(pos2) === 69 || text2.charCodeAt(pos2) === 101)) {
      pos2++;
      if (pos2 < text2.length && text2.charCodeAt(pos2) === 43 || text2.charCodeAt(pos2) === 45) {
        pos2++;
      }
      if (pos2 < text2.length && isDigit(text2.charCodeAt(pos2))) {
        pos2++;
        while (pos2 < text2.length && isDigit(text2.charCodeAt(pos2))) {
          pos2++;
        }
        end = pos2;
      } else {
        scanError2 = 3;
      }
    }
    return text2.substring(start, end);
  }
  function scanString2() {
    let result = "", start = pos2;
    while (true) {
      if (pos2 >= len2) {
        result += text2.substring(start, pos2);
        scanError2 = 2;
        break;
      }
      const ch = text2.charCodeAt(pos2);
      if (ch === 34) {
        result += text2.substring(start, pos2);
        pos2++;
        break;
      }
      if (ch === 92) {
        result += text2.substring(start, pos2);
        pos2++;
        if (pos2 >= len2) {
          scanError2 = 2;
          break;
        }
        const ch2 = text2.charCodeAt(pos2++);
        switch (ch2) {
          case 34:
            result += '"';
            break;
          case 92:
            result += "\\";
            break;
          case 47:
            result += "/";
            break;
          case 98:
            result += "\b";
            break;
          case 102:
            result += "\f";
            break;
          case 110:
            result += "\n";
            break;
          case 114:
            result += "\r";
            break;
          case 116:
            result += "	";
            break;
          case 117:
            const ch3 = scanHexDigits(4, true);
            if (ch3 >= 0) {
              result += String.fromCharCode(ch3);
            } else {
              scanError2 = 4;
            }
            break;
          default:
            scanError2 = 5;
        }
        start = pos2;
        continue;
      }
      if (ch >= 0 && ch <= 31) {
        if (isLineBreak(ch)) {
          result += text2.substring(start, pos2);
          scanError2 = 2;
          break;
        } else {
          scanError2 = 6;
        }
      }
      pos2++;
    }
    return result;
  }
  function scanNext() {
    value = "";
    scanError2 = 0;
    tokenOffset2 = pos2;
    lineStartOffset = lineNumber;
    prevTokenLineStartOffset = tokenLineStartOffset;
    if (pos2 >= len2) {
      tokenOffset2 = len2;
      return token2 = 17;
    }
    let code = text2.charCodeAt(pos2);
    if (isWhiteSpace(code)) {
      do {
        pos2++;
        value += String.fromCharCode(code);
        code = text2.charCodeAt(pos2);
      } while (isWhiteSpace(code));
      return token2 = 15;
    }
    if (isLineBreak(code)) {
      pos2++;
      value += String.fromCharCode(code);
      if (code === 13 && text2.charCodeAt(pos2) === 10) {
        pos2++;
        value += "\n";
      }
      lineNumber++;
      tokenLineStartOffset = pos2;
      return token2 = 14;
    }
    switch (code) {
      // tokens: []{}:,
      case 123:
        pos2++;
        return token2 = 1;
      case 125:
        pos2++;
        return token2 = 2;
      case 91:
        pos2++;
        return token2 = 3;
      case 93:
        pos2++;
        return token2 = 4;
      case 58:
        pos2++;
        return token2 = 6;
      case 44:
        pos2++;
        return token2 = 5;
      // strings
      case 34:
        pos2++;
        value = scanString2();
        return token2 = 10;
      // comments
      case 47:
        const start = pos2 - 1;
        if (text2.charCodeAt(pos2 + 1) === 47) {
          pos2 += 2;
          while (pos2 < len2) {
            if (isLineBreak(text2.charCodeAt(pos2))) {
              break;
            }
            pos2++;
          }
          value = text2.substring(start, pos2);
          return token2 = 12;
        }
        if (text2.charCodeAt(pos2 + 1) === 42) {
          pos2 += 2;
          const safeLength = len2 - 1;
          let commentClosed = false;
          while (pos2 < safeLength) {
            const ch = text2.charCodeAt(pos2);
            if (ch === 42 && text2.charCodeAt(pos2 + 1) === 47) {
              pos2 += 2;
              commentClosed = true;
              break;
            }
            pos2++;
            if (isLineBreak(ch)) {
              if (ch === 13 && text2.charCodeAt(pos2) === 10) {
                pos2++;
              }
              lineNumber++;
              tokenLineStartOffset = pos2;
            }
          }
          if (!commentClosed) {
            pos2++;
            scanError2 = 1;
          }
          value = text2.substring(start, pos2);
          return token2 = 13;
        }
        value += String.fromCharCode(code);
        pos2++;
        return token2 = 16;
      // numbers
      case 45:
        value += String.fromCharCode(code);
        pos2++;
        if (pos2 === len2 || !isDigit(text2.charCodeAt(pos2))) {
          return token2 = 16;
        }
      // found a minus, followed by a number so
      // we fall through to proceed with scanning
      // numbers
      case 48:
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55:
      case 56:
      case 57:
        value += scanNumber2();
        return token2 = 11;
      // literals and unknown symbols
      default:
        while (pos2 < len2 && isUnknownContentCharacter(code)) {
          pos2++;
          code = text2.charCodeAt(pos2);
        }
        if (tokenOffset2 !== pos2) {
          value = text2.substring(tokenOffset2, pos2);
          switch (value) {
            case "true":
              return token2 = 8;
            case "false":
              return token2 = 9;
            case "null":
              return token2 = 7;
          }
          return token2 = 16;
        }
        value += String.fromCharCode(code);
        pos2++;
        return token2 = 16;
    }
  }
  function isUnknownContentCharacter(code) {
    if (isWhiteSpace(code) || isLineBreak(code)) {
      return false;
    }
    switch (code) {
      case 125:
      case 93:
      case 123:
      case 91:
      case 34:
      case 58:
      case 44:
      case 47:
        return false;
    }
    return true;
  }
  function scanNextNonTrivia() {
    let result;
    do {
      result = scanNext();
    } while (result >= 12 && result <= 15);
    return result;
  }
  return {
    setPosition,
    getPosition: () => pos2,
    scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
    getToken: () => token2,
    getTokenValue: () => value,
    getTokenOffset: () => tokenOffset2,
    getTokenLength: () => pos2 - tokenOffset2,
    getTokenStartLine: () => lineStartOffset,
    getTokenStartCharacter: () => tokenOffset2 - prevTokenLineStartOffset,
    getTokenError: () => scanError2
  };
}
function isWhiteSpace(ch) {
  return ch === 32 || ch === 9;
}
function isLineBreak(ch) {
  return ch === 10 || ch === 13;
}
function isDigit(ch) {
  return ch >= 48 && ch <= 57;
}
var CharacterCodes;
var init_scanner = __esm({
  "node_modules/jsonc-parser/lib/esm/impl/scanner.js"() {
    "use strict";
    (function(CharacterCodes2) {
      CharacterCodes2[CharacterCodes2["lineFeed"] = 10] = "lineFeed";
      CharacterCodes2[CharacterCodes2["carriageReturn"] = 13] = "carriageReturn";
      CharacterCodes2[CharacterCodes2["space"] = 32] = "space";
      CharacterCodes2[CharacterCodes2["_0"] = 48] = "_0";
      CharacterCodes2[CharacterCodes2["_1"] = 49] = "_1";
      CharacterCodes2[CharacterCodes2["_2"] = 50] = "_2";
      CharacterCodes2[CharacterCodes2["_3"] = 51] = "_3";
      CharacterCodes2[CharacterCodes2["_4"] = 52] = "_4";
      CharacterCodes2[CharacterCodes2["_5"] = 53] = "_5";
      CharacterCodes2[CharacterCodes2["_6"] = 54] = "_6";
      CharacterCodes2[CharacterCodes2["_7"] = 55] = "_7";
      CharacterCodes2[CharacterCodes2["_8"] = 56] = "_8";
      CharacterCodes2[CharacterCodes2["_9"] = 57] = "_9";
      CharacterCodes2[CharacterCodes2["a"] = 97] = "a";
      CharacterCodes2[CharacterCodes2["b"] = 98] = "b";
      CharacterCodes2[CharacterCodes2["c"] = 99] = "c";
      CharacterCodes2[CharacterCodes2["d"] = 100] = "d";
      CharacterCodes2[CharacterCodes2["e"] = 101] = "e";
      CharacterCodes2[CharacterCodes2["f"] = 102] = "f";
      CharacterCodes2[CharacterCodes2["g"] = 103] = "g";
      CharacterCodes2[CharacterCodes2["h"] = 104] = "h";
      CharacterCodes2[CharacterCodes2["i"] = 105] = "i";
      CharacterCodes2[CharacterCodes2["j"] = 106] = "j";
      CharacterCodes2[CharacterCodes2["k"] = 107] = "k";
      CharacterCodes2[CharacterCodes2["l"] = 108] = "l";
      CharacterCodes2[CharacterCodes2["m"] = 109] = "m";
      CharacterCodes2[CharacterCodes2["n"] = 110] = "n";
      CharacterCodes2[CharacterCodes2["o"] = 111] = "o";
      CharacterCodes2[CharacterCodes2["p"] = 112] = "p";
      CharacterCodes2[CharacterCodes2["q"] = 113] = "q";
      CharacterCodes2[CharacterCodes2["r"] = 114] = "r";
      CharacterCodes2[CharacterCodes2["s"] = 115] = "s";
      CharacterCodes2[CharacterCodes2["t"] = 116] = "t";
      CharacterCodes2[CharacterCodes2["u"] = 117] = "u";
      CharacterCodes2[CharacterCodes2["v"] = 118] = "v";
      CharacterCodes2[CharacterCodes2["w"] = 119] = "w";
      CharacterCodes2[CharacterCodes2["x"] = 120] = "x";
      CharacterCodes2[CharacterCodes2["y"] = 121] = "y";
      CharacterCodes2[CharacterCodes2["z"] = 122] = "z";
      CharacterCodes2[CharacterCodes2["A"] = 65] = "A";
      CharacterCodes2[CharacterCodes2["B"] = 66] = "B";
      CharacterCodes2[CharacterCodes2["C"] = 67] = "C";
      CharacterCodes2[CharacterCodes2["D"] = 68] = "D";
      CharacterCodes2[CharacterCodes2["E"] = 69] = "E";
      CharacterCodes2[CharacterCodes2["F"] = 70] = "F";
      CharacterCodes2[CharacterCodes2["G"] = 71] = "G";
      CharacterCodes2[CharacterCodes2["H"] = 72] = "H";
      CharacterCodes2[CharacterCodes2["I"] = 73] = "I";
      CharacterCodes2[CharacterCodes2["J"] = 74] = "J";
      CharacterCodes2[CharacterCodes2["K"] = 75] = "K";
      CharacterCodes2[CharacterCodes2["L"] = 76] = "L";
      CharacterCodes2[CharacterCodes2["M"] = 77] = "M";
      CharacterCodes2[CharacterCodes2["N"] = 78] = "N";
      CharacterCodes2[CharacterCodes2["O"] = 79] = "O";
      CharacterCodes2[CharacterCodes2["P"] = 80] = "P";
      CharacterCodes2[CharacterCodes2["Q"] = 81] = "Q";
      CharacterCodes2[CharacterCodes2["R"] = 82] = "R";
      CharacterCodes2[CharacterCodes2["S"] = 83] = "S";
      CharacterCodes2[CharacterCodes2["T"] = 84] = "T";
      CharacterCodes2[CharacterCodes2["U"] = 85] = "U";
      CharacterCodes2[CharacterCodes2["V"] = 86] = "V";
      CharacterCodes2[CharacterCodes2["W"] = 87] = "W";
      CharacterCodes2[CharacterCodes2["X"] = 88] = "X";
      CharacterCodes2[CharacterCodes2["Y"] = 89] = "Y";
      CharacterCodes2[CharacterCodes2["Z"] = 90] = "Z";
      CharacterCodes2[CharacterCodes2["asterisk"] = 42] = "asterisk";
      CharacterCodes2[CharacterCodes2["backslash"] = 92] = "backslash";
      CharacterCodes2[CharacterCodes2["closeBrace"] = 125] = "closeBrace";
      CharacterCodes2[CharacterCodes2["closeBracket"] = 93] = "closeBracket";
      CharacterCodes2[CharacterCodes2["colon"] = 58] = "colon";
      CharacterCodes2[CharacterCodes2["comma"] = 44] = "comma";
      CharacterCodes2[CharacterCodes2["dot"] = 46] = "dot";
      CharacterCodes2[CharacterCodes2["doubleQuote"] = 34] = "doubleQuote";
      CharacterCodes2[CharacterCodes2["minus"] = 45] = "minus";
      CharacterCodes2[CharacterCodes2["openBrace"] = 123] = "openBrace";
      CharacterCodes2[CharacterCodes2["openBracket"] = 91] = "openBracket";
      CharacterCodes2[CharacterCodes2["plus"] = 43] = "plus";
      CharacterCodes2[CharacterCodes2["slash"] = 47] = "slash";
      CharacterCodes2[CharacterCodes2["formFeed"] = 12] = "formFeed";
      CharacterCodes2[CharacterCodes2["tab"] = 9] = "tab";
    })(CharacterCodes || (CharacterCodes = {}));
  }
});

// node_modules/jsonc-parser/lib/esm/impl/string-intern.js
var cachedSpaces, maxCachedValues, cachedBreakLinesWithSpaces;
var init_string_intern = __esm({
  "node_modules/jsonc-parser/lib/esm/impl/string-intern.js"() {
    cachedSpaces = new Array(20).fill(0).map((_, index) => {
      return " ".repeat(index);
    });
    maxCachedValues = 200;
    cachedBreakLinesWithSpaces = {
      " ": {
        "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
          return "\n" + " ".repeat(index);
        }),
        "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
          return "\r" + " ".repeat(index);
        }),
        "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
          return "\r\n" + " ".repeat(index);
        })
      },
      "	": {
        "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
          return "\n" + "	".repeat(index);
        }),
        "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
          return "\r" + "	".repeat(index);
        }),
        "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
          return "\r\n" + "	".repeat(index);
        })
      }
    };
  }
});

// node_modules/jsonc-parser/lib/esm/impl/format.js
var init_format = __esm({
  "node_modules/jsonc-parser/lib/esm/impl/format.js"() {
    "use strict";
    init_scanner();
    init_string_intern();
  }
});

// node_modules/jsonc-parser/lib/esm/impl/parser.js
function parseTree(text2, errors2 = [], options = ParseOptions.DEFAULT) {
  let currentParent = { type: "array", offset: -1, length: -1, children: [], parent: void 0 };
  function ensurePropertyComplete2(endOffset) {
    if (currentParent.type === "property") {
      currentParent.length = endOffset - currentParent.offset;
      currentParent = currentParent.parent;
    }
  }
  function onValue2(valueNode) {
    currentParent.children.push(valueNode);
    return valueNode;
  }
  const visitor = {
    onObjectBegin: (offset) => {
      currentParent = onValue2({ type: "object", offset, length: -1, parent: currentParent, children: [] });
    },
    onObjectProperty: (name, offset, length) => {
      currentParent = onValue2({ type: "property", offset, length: -1, parent: currentParent, children: [] });
      currentParent.children.push({ type: "string", value: name, offset, length, parent: currentParent });
    },
    onObjectEnd: (offset, length) => {
      ensurePropertyComplete2(offset + length);
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete2(offset + length);
    },
    onArrayBegin: (offset, length) => {
      currentParent = onValue2({ type: "array", offset, length: -1, parent: currentParent, children: [] });
    },
    onArrayEnd: (offset, length) => {
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete2(offset + length);
    },
    onLiteralValue: (value, offset, length) => {
      onValue2({ type: getNodeType(value), offset, length, parent: currentParent, value });
      ensurePropertyComplete2(offset + length);
    },
    onSeparator: (sep4, offset, length) => {
      if (currentParent.type === "property") {
        if (sep4 === ":") {
          currentParent.colonOffset = offset;
        } else if (sep4 === ",") {
          ensurePropertyComplete2(offset);
        }
      }
    },
    onError: (error, offset, length) => {
      errors2.push({ error, offset, length });
    }
  };
  visit(text2, visitor, options);
  const result = currentParent.children[0];
  if (result) {
    delete result.parent;
  }
  return result;
}
function visit(text2, visitor, options = ParseOptions.DEFAULT) {
  const _scanner = createScanner(text2, false);
  const _jsonPath = [];
  let suppressedCallbacks = 0;
  function toNoArgVisit(visitFunction) {
    return visitFunction ? () => suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisit(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisitWithPath(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) : () => true;
  }
  function toBeginVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks++;
      } else {
        let cbReturn = visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice());
        if (cbReturn === false) {
          suppressedCallbacks = 1;
        }
      }
    } : () => true;
  }
  function toEndVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks--;
      }
      if (suppressedCallbacks === 0) {
        visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
      }
    } : () => true;
  }
  const onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError);
  const disallowComments = options && options.disallowComments;
  const allowTrailingComma = options && options.allowTrailingComma;
  function scanNext() {
    while (true) {
      const token2 = _scanner.scan();
      switch (_scanner.getTokenError()) {
        case 4:
          handleError(
            14
            /* ParseErrorCode.InvalidUnicode */
          );
          break;
        case 5:
          handleError(
            15
            /* ParseErrorCode.InvalidEscapeCharacter */
          );
          break;
        case 3:
          handleError(
            13
            /* ParseErrorCode.UnexpectedEndOfNumber */
          );
          break;
        case 1:
          if (!disallowComments) {
            handleError(
              11
              /* ParseErrorCode.UnexpectedEndOfComment */
            );
          }
          break;
        case 2:
          handleError(
            12
            /* ParseErrorCode.UnexpectedEndOfString */
          );
          break;
        case 6:
          handleError(
            16
            /* ParseErrorCode.InvalidCharacter */
          );
          break;
      }
      switch (token2) {
        case 12:
        case 13:
          if (disallowComments) {
            handleError(
              10
              /* ParseErrorCode.InvalidCommentToken */
            );
          } else {
            onComment();
          }
          break;
        case 16:
          handleError(
            1
            /* ParseErrorCode.InvalidSymbol */
          );
          break;
        case 15:
        case 14:
          break;
        default:
          return token2;
      }
    }
  }
  function handleError(error, skipUntilAfter = [], skipUntil = []) {
    onError(error);
    if (skipUntilAfter.length + skipUntil.length > 0) {
      let token2 = _scanner.getToken();
      while (token2 !== 17) {
        if (skipUntilAfter.indexOf(token2) !== -1) {
          scanNext();
          break;
        } else if (skipUntil.indexOf(token2) !== -1) {
          break;
        }
        token2 = scanNext();
      }
    }
  }
  function parseString(isValue) {
    const value = _scanner.getTokenValue();
    if (isValue) {
      onLiteralValue(value);
    } else {
      onObjectProperty(value);
      _jsonPath.push(value);
    }
    scanNext();
    return true;
  }
  function parseLiteral() {
    switch (_scanner.getToken()) {
      case 11:
        const tokenValue = _scanner.getTokenValue();
        let value = Number(tokenValue);
        if (isNaN(value)) {
          handleError(
            2
            /* ParseErrorCode.InvalidNumberFormat */
          );
          value = 0;
        }
        onLiteralValue(value);
        break;
      case 7:
        onLiteralValue(null);
        break;
      case 8:
        onLiteralValue(true);
        break;
      case 9:
        onLiteralValue(false);
        break;
      default:
        return false;
    }
    scanNext();
    return true;
  }
  function parseProperty2() {
    if (_scanner.getToken() !== 10) {
      handleError(3, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
      return false;
    }
    parseString(false);
    if (_scanner.getToken() === 6) {
      onSeparator(":");
      scanNext();
      if (!parseValue2()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
    } else {
      handleError(5, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
    }
    _jsonPath.pop();
    return true;
  }
  function parseObject2() {
    onObjectBegin();
    scanNext();
    let needsComma = false;
    while (_scanner.getToken() !== 2 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 2 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (!parseProperty2()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onObjectEnd();
    if (_scanner.getToken() !== 2) {
      handleError(7, [
        2
        /* SyntaxKind.CloseBraceToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseArray2() {
    onArrayBegin();
    scanNext();
    let isFirstElement = true;
    let needsComma = false;
    while (_scanner.getToken() !== 4 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 4 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (isFirstElement) {
        _jsonPath.push(0);
        isFirstElement = false;
      } else {
        _jsonPath[_jsonPath.length - 1]++;
      }
      if (!parseValue2()) {
        handleError(4, [], [
          4,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onArrayEnd();
    if (!isFirstElement) {
      _jsonPath.pop();
    }
    if (_scanner.getToken() !== 4) {
      handleError(8, [
        4
        /* SyntaxKind.CloseBracketToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseValue2() {
    switch (_scanner.getToken()) {
      case 3:
        return parseArray2();
      case 1:
        return parseObject2();
      case 10:
        return parseString(true);
      default:
        return parseLiteral();
    }
  }
  scanNext();
  if (_scanner.getToken() === 17) {
    if (options.allowEmptyContent) {
      return true;
    }
    handleError(4, [], []);
    return false;
  }
  if (!parseValue2()) {
    handleError(4, [], []);
    return false;
  }
  if (_scanner.getToken() !== 17) {
    handleError(9, [], []);
  }
  return true;
}
function getNodeType(value) {
  switch (typeof value) {
    case "boolean":
      return "boolean";
    case "number":
      return "number";
    case "string":
      return "string";
    case "object": {
      if (!value) {
        return "null";
      } else if (Array.isArray(value)) {
        return "array";
      }
      return "object";
    }
    default:
      return "null";
  }
}
var ParseOptions;
var init_parser = __esm({
  "node_modules/jsonc-parser/lib/esm/impl/parser.js"() {
    "use strict";
    init_scanner();
    (function(ParseOptions2) {
      ParseOptions2.DEFAULT = {
        allowTrailingComma: false
      };
    })(ParseOptions || (ParseOptions = {}));
  }
});

// node_modules/jsonc-parser/lib/esm/impl/edit.js
var init_edit = __esm({
  "node_modules/jsonc-parser/lib/esm/impl/edit.js"() {
    "use strict";
    init_format();
    init_parser();
  }
});

// node_modules/jsonc-parser/lib/esm/main.js
function printParseErrorCode(code) {
  switch (code) {
    case 1:
      return "InvalidSymbol";
    case 2:
      return "InvalidNumberFormat";
    case 3:
      return "PropertyNameExpected";
    case 4:
      return "ValueExpected";
    case 5:
      return "ColonExpected";
    case 6:
      return "CommaExpected";
    case 7:
      return "CloseBraceExpected";
    case 8:
      return "CloseBracketExpected";
    case 9:
      return "EndOfFileExpected";
    case 10:
      return "InvalidCommentToken";
    case 11:
      return "UnexpectedEndOfComment";
    case 12:
      return "UnexpectedEndOfString";
    case 13:
      return "UnexpectedEndOfNumber";
    case 14:
      return "InvalidUnicode";
    case 15:
      return "InvalidEscapeCharacter";
    case 16:
      return "InvalidCharacter";
  }
  return "<unknown ParseErrorCode>";
}
var ScanError, SyntaxKind, parseTree2, ParseErrorCode;
var init_main = __esm({
  "node_modules/jsonc-parser/lib/esm/main.js"() {
    "use strict";
    init_format();
    init_edit();
    init_scanner();
    init_parser();
    (function(ScanError2) {
      ScanError2[ScanError2["None"] = 0] = "None";
      ScanError2[ScanError2["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
      ScanError2[ScanError2["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
      ScanError2[ScanError2["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
      ScanError2[ScanError2["InvalidUnicode"] = 4] = "InvalidUnicode";
      ScanError2[ScanError2["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
      ScanError2[ScanError2["InvalidCharacter"] = 6] = "InvalidCharacter";
    })(ScanError || (ScanError = {}));
    (function(SyntaxKind2) {
      SyntaxKind2[SyntaxKind2["OpenBraceToken"] = 1] = "OpenBraceToken";
      SyntaxKind2[SyntaxKind2["CloseBraceToken"] = 2] = "CloseBraceToken";
      SyntaxKind2[SyntaxKind2["OpenBracketToken"] = 3] = "OpenBracketToken";
      SyntaxKind2[SyntaxKind2["CloseBracketToken"] = 4] = "CloseBracketToken";
      SyntaxKind2[SyntaxKind2["CommaToken"] = 5] = "CommaToken";
      SyntaxKind2[SyntaxKind2["ColonToken"] = 6] = "ColonToken";
      SyntaxKind2[SyntaxKind2["NullKeyword"] = 7] = "NullKeyword";
      SyntaxKind2[SyntaxKind2["TrueKeyword"] = 8] = "TrueKeyword";
      SyntaxKind2[SyntaxKind2["FalseKeyword"] = 9] = "FalseKeyword";
      SyntaxKind2[SyntaxKind2["StringLiteral"] = 10] = "StringLiteral";
      SyntaxKind2[SyntaxKind2["NumericLiteral"] = 11] = "NumericLiteral";
      SyntaxKind2[SyntaxKind2["LineCommentTrivia"] = 12] = "LineCommentTrivia";
      SyntaxKind2[SyntaxKind2["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
      SyntaxKind2[SyntaxKind2["LineBreakTrivia"] = 14] = "LineBreakTrivia";
      SyntaxKind2[SyntaxKind2["Trivia"] = 15] = "Trivia";
      SyntaxKind2[SyntaxKind2["Unknown"] = 16] = "Unknown";
      SyntaxKind2[SyntaxKind2["EOF"] = 17] = "EOF";
    })(SyntaxKind || (SyntaxKind = {}));
    parseTree2 = parseTree;
    (function(ParseErrorCode2) {
      ParseErrorCode2[ParseErrorCode2["InvalidSymbol"] = 1] = "InvalidSymbol";
      ParseErrorCode2[ParseErrorCode2["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
      ParseErrorCode2[ParseErrorCode2["PropertyNameExpected"] = 3] = "PropertyNameExpected";
      ParseErrorCode2[ParseErrorCode2["ValueExpected"] = 4] = "ValueExpected";
      ParseErrorCode2[ParseErrorCode2["ColonExpected"] = 5] = "ColonExpected";
      ParseErrorCode2[ParseErrorCode2["CommaExpected"] = 6] = "CommaExpected";
      ParseErrorCode2[ParseErrorCode2["CloseBraceExpected"] = 7] = "CloseBraceExpected";
      ParseErrorCode2[ParseErrorCode2["CloseBracketExpected"] = 8] = "CloseBracketExpected";
      ParseErrorCode2[ParseErrorCode2["EndOfFileExpected"] = 9] = "EndOfFileExpected";
      ParseErrorCode2[ParseErrorCode2["InvalidCommentToken"] = 10] = "InvalidCommentToken";
      ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
      ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
      ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
      ParseErrorCode2[ParseErrorCode2["InvalidUnicode"] = 14] = "InvalidUnicode";
      ParseErrorCode2[ParseErrorCode2["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
      ParseErrorCode2[ParseErrorCode2["InvalidCharacter"] = 16] = "InvalidCharacter";
    })(ParseErrorCode || (ParseErrorCode = {}));
  }
});

// server/src/engine/fastParse.ts
function makeNode(type, offset, length, parent, children, value) {
  return { type, offset, length, parent, children, value, colonOffset: void 0 };
}
function intern(text2, start, end) {
  const length = end - start;
  let hash3 = length;
  if (length > 0) {
    hash3 = Math.imul(hash3, 31) + text2.charCodeAt(start) | 0;
    hash3 = Math.imul(hash3, 31) + text2.charCodeAt(start + (length >> 1)) | 0;
    hash3 = Math.imul(hash3, 31) + text2.charCodeAt(end - 1) | 0;
  }
  const slot = (hash3 ^ hash3 >>> 11) & INTERN_SIZE - 1;
  const cached = internTable[slot];
  if (cached.length === length && text2.startsWith(cached, start)) return cached;
  return internTable[slot] = text2.slice(start, end);
}
function fastParse(text2) {
  const result = parse2(text2);
  if (stack.length > 1024) stack.length = 0;
  else stack.fill(void 0);
  return result;
}
function parse2(text2) {
  const len2 = text2.length;
  const comments2 = [];
  let top = 0;
  let pos2 = 0;
  let c = 0;
  let root;
  let parent;
  let key;
  let node;
  let state = 0 /* Value */;
  for (; ; ) {
    c = pos2 < len2 ? text2.charCodeAt(pos2) : -1;
    while (c === 32 /* space */ || c === 10 /* lf */ || c === 13 /* cr */ || c === 9 /* tab */) c = ++pos2 < len2 ? text2.charCodeAt(pos2) : -1;
    if (c === 47 /* slash */) {
      pos2 = skipComments(text2, pos2, comments2);
      if (pos2 < 0) return void 0;
      c = pos2 < len2 ? text2.charCodeAt(pos2) : -1;
    }
    if (state === 2 /* After */) {
      const completed = node;
      let container = completed.parent;
      if (container !== void 0 && container.type === "property") {
        container.length = completed.offset + completed.length - container.offset;
        container = container.parent;
      }
      if (container === void 0) {
        if (pos2 >= len2) break;
        return void 0;
      }
      const close = container.type === "object" ? 125 /* closeBrace */ : 93 /* closeBracket */;
      if (c === 44 /* comma */) {
        c = ++pos2 < len2 ? text2.charCodeAt(pos2) : -1;
        while (c === 32 /* space */ || c === 10 /* lf */ || c === 13 /* cr */ || c === 9 /* tab */) c = ++pos2 < len2 ? text2.charCodeAt(pos2) : -1;
        if (c === 47 /* slash */) {
          pos2 = skipComments(text2, pos2, comments2);
          if (pos2 < 0) return void 0;
          c = pos2 < len2 ? text2.charCodeAt(pos2) : -1;
        }
        if (c !== close) {
          parent = container;
          state = close === 125 /* closeBrace */ ? 1 /* Key */ : 0 /* Value */;
          continue;
        }
      } else if (c !== close) {
        return void 0;
      }
      parent = container;
      state = 3 /* Close */;
      continue;
    }
    if (state === 3 /* Close */) {
      const container = parent;
      pos2++;
      const base = container.length;
      container.children = stack.slice(base, top);
      top = base;
      container.length = pos2 - container.offset;
      node = container;
      state = 2 /* After */;
      continue;
    }
    if (state === 1 /* Key */) {
      if (c !== 34 /* quote */) return void 0;
      const keyOffset = pos2;
      const name = readString(text2, pos2);
      if (name === void 0) return void 0;
      pos2 = stringEnd;
      const property = makeNode("property", keyOffset, -1, parent, void 0, void 0);
      stack[top++] = property;
      key = makeNode("string", keyOffset, pos2 - keyOffset, property, void 0, name);
      c = pos2 < len2 ? text2.charCodeAt(pos2) : -1;
      while (c === 32 /* space */ || c === 10 /* lf */ || c === 13 /* cr */ || c === 9 /* tab */) c = ++pos2 < len2 ? text2.charCodeAt(pos2) : -1;
      if (c === 47 /* slash */) {
        pos2 = skipComments(text2, pos2, comments2);
        if (pos2 < 0) return void 0;
        c = pos2 < len2 ? text2.charCodeAt(pos2) : -1;
      }
      if (c !== 58 /* colon */) return void 0;
      property.colonOffset = pos2;
      pos2++;
      parent = property;
      state = 0 /* Value */;
      continue;
    }
    const start = pos2;
    let value;
    switch (c) {
      case 123 /* openBrace */:
      case 91 /* openBracket */: {
        const isObject = c === 123 /* openBrace */;
        value = makeNode(isObject ? "object" : "array", start, -1, parent, void 0, void 0);
        if (parent === void 0) root = value;
        else if (parent.type === "property") parent.children = [key, value];
        else stack[top++] = value;
        c = ++pos2 < len2 ? text2.charCodeAt(pos2) : -1;
        while (c === 32 /* space */ || c === 10 /* lf */ || c === 13 /* cr */ || c === 9 /* tab */) c = ++pos2 < len2 ? text2.charCodeAt(pos2) : -1;
        if (c === 47 /* slash */) {
          pos2 = skipComments(text2, pos2, comments2);
          if (pos2 < 0) return void 0;
          c = pos2 < len2 ? text2.charCodeAt(pos2) : -1;
        }
        value.length = top;
        parent = value;
        state = c === (isObject ? 125 /* closeBrace */ : 93 /* closeBracket */) ? 3 /* Close */ : isObject ? 1 /* Key */ : 0 /* Value */;
        continue;
      }
      case 34 /* quote */: {
        const str = readString(text2, pos2);
        if (str === void 0) return void 0;
        pos2 = stringEnd;
        value = makeNode("string", start, pos2 - start, parent, void 0, str);
        break;
      }
      case 116 /* t */:
      case 102 /* f */:
      case 110 /* n */: {
        const word = c === 116 /* t */ ? "true" : c === 102 /* f */ ? "false" : "null";
        if (!text2.startsWith(word, pos2)) return void 0;
        pos2 += word.length;
        value = makeNode(c === 110 /* n */ ? "null" : "boolean", start, word.length, parent, void 0, c === 110 /* n */ ? null : c === 116 /* t */);
        break;
      }
      default: {
        let negative = false;
        if (c === 45 /* minus */) {
          negative = true;
          c = ++pos2 < len2 ? text2.charCodeAt(pos2) : -1;
        }
        if (c < 48 /* _0 */ || c > 57 /* _9 */) return void 0;
        let int = c - 48 /* _0 */;
        let digits = 1;
        c = ++pos2 < len2 ? text2.charCodeAt(pos2) : -1;
        if (int !== 0) {
          while (c >= 48 /* _0 */ && c <= 57 /* _9 */) {
            int = int * 10 + (c - 48 /* _0 */);
            digits++;
            c = ++pos2 < len2 ? text2.charCodeAt(pos2) : -1;
          }
        }
        let simple = digits <= 15;
        if (c === 46 /* dot */) {
          c = ++pos2 < len2 ? text2.charCodeAt(pos2) : -1;
          if (c < 48 /* _0 */ || c > 57 /* _9 */) return void 0;
          do
            c = ++pos2 < len2 ? text2.charCodeAt(pos2) : -1;
          while (c >= 48 /* _0 */ && c <= 57 /* _9 */);
          simple = false;
        }
        if (c === 101 /* e */ || c === 69 /* E */) {
          c = ++pos2 < len2 ? text2.charCodeAt(pos2) : -1;
          if (c === 43 /* plus */ || c === 45 /* minus */) c = ++pos2 < len2 ? text2.charCodeAt(pos2) : -1;
          if (c < 48 /* _0 */ || c > 57 /* _9 */) return void 0;
          do
            c = ++pos2 < len2 ? text2.charCodeAt(pos2) : -1;
          while (c >= 48 /* _0 */ && c <= 57 /* _9 */);
          simple = false;
        }
        const number = simple ? negative ? -int : int : Number(text2.slice(start, pos2));
        value = makeNode("number", start, pos2 - start, parent, void 0, number);
        break;
      }
    }
    if (parent === void 0) root = value;
    else if (parent.type === "property") parent.children = [key, value];
    else stack[top++] = value;
    node = value;
    state = 2 /* After */;
  }
  return { root, comments: comments2 };
}
function skipComments(text2, pos2, comments2) {
  const len2 = text2.length;
  let c = 47 /* slash */;
  while (c === 47 /* slash */) {
    const start = pos2;
    const next2 = pos2 + 1 < len2 ? text2.charCodeAt(pos2 + 1) : -1;
    if (next2 === 47 /* slash */) {
      pos2 += 2;
      while (pos2 < len2) {
        c = text2.charCodeAt(pos2);
        if (c === 10 /* lf */ || c === 13 /* cr */) break;
        pos2++;
      }
      comments2.push({ offset: start, length: pos2 - start, block: false });
    } else if (next2 === 42 /* star */) {
      const end = text2.indexOf("*/", pos2 + 2);
      if (end < 0) return -1;
      pos2 = end + 2;
      comments2.push({ offset: start, length: pos2 - start, block: true });
    } else {
      return -1;
    }
    c = pos2 < len2 ? text2.charCodeAt(pos2) : -1;
    while (c === 32 /* space */ || c === 10 /* lf */ || c === 13 /* cr */ || c === 9 /* tab */) c = ++pos2 < len2 ? text2.charCodeAt(pos2) : -1;
  }
  return pos2;
}
function readString(text2, quote2) {
  const len2 = text2.length;
  const start = quote2 + 1;
  for (let i = start; i < len2; i++) {
    const ch = text2.charCodeAt(i);
    if (ch === 34 /* quote */) {
      stringEnd = i + 1;
      return i - start <= INTERN_MAX ? intern(text2, start, i) : text2.slice(start, i);
    }
    if (ch === 92 /* backslash */) return readEscapedString(text2, start, i);
    if (ch < 32 /* space */) return void 0;
  }
  return void 0;
}
function readEscapedString(text2, start, at) {
  const len2 = text2.length;
  let result = text2.slice(start, at);
  let pos2 = at;
  let runStart = at;
  while (pos2 < len2) {
    const ch = text2.charCodeAt(pos2);
    if (ch === 34 /* quote */) {
      result += text2.slice(runStart, pos2);
      stringEnd = pos2 + 1;
      return result;
    }
    if (ch === 92 /* backslash */) {
      result += text2.slice(runStart, pos2);
      if (++pos2 >= len2) return void 0;
      switch (text2.charCodeAt(pos2++)) {
        case 34 /* quote */:
          result += '"';
          break;
        case 92 /* backslash */:
          result += "\\";
          break;
        case 47 /* slash */:
          result += "/";
          break;
        case 98 /* b */:
          result += "\b";
          break;
        case 102 /* f */:
          result += "\f";
          break;
        case 110 /* n */:
          result += "\n";
          break;
        case 114 /* r */:
          result += "\r";
          break;
        case 116 /* t */:
          result += "	";
          break;
        case 117 /* u */: {
          if (pos2 + 4 > len2) return void 0;
          let code = 0;
          for (let k = 0; k < 4; k++) {
            const h = text2.charCodeAt(pos2++);
            if (h >= 48 /* _0 */ && h <= 57 /* _9 */) code = code * 16 + h - 48 /* _0 */;
            else if (h >= 65 && h <= 70) code = code * 16 + h - 55;
            else if (h >= 97 && h <= 102) code = code * 16 + h - 87;
            else return void 0;
          }
          result += String.fromCharCode(code);
          break;
        }
        default:
          return void 0;
      }
      runStart = pos2;
      continue;
    }
    if (ch < 32 /* space */) return void 0;
    pos2++;
  }
  return void 0;
}
var stringEnd, INTERN_MAX, INTERN_SIZE, internTable, stack;
var init_fastParse = __esm({
  "server/src/engine/fastParse.ts"() {
    "use strict";
    stringEnd = 0;
    INTERN_MAX = 12;
    INTERN_SIZE = 4096;
    internTable = new Array(INTERN_SIZE).fill("");
    stack = [];
  }
});

// server/src/engine/recoveringParse.ts
function recoveringParse(source) {
  text = source;
  len = source.length;
  pos = 0;
  token = 16 /* Unknown */;
  tokenOffset = 0;
  scanError = 0 /* None */;
  errors = [];
  comments = [];
  const artificial = makeNode("array", -1, -1, void 0, [], void 0);
  current = artificial;
  try {
    parseDocument();
    while (tok() !== 17 /* EOF */) {
      const kind = scan();
      if (kind === 12 /* LineComment */ || kind === 13 /* BlockComment */) addComment(kind);
    }
    const root = artificial.children[0];
    if (root) root.parent = void 0;
    return { root, errors, comments };
  } finally {
    text = "";
    current = void 0;
  }
}
function parseDocument() {
  next();
  if (tok() === 17 /* EOF */) {
    fail(4 /* ValueExpected */, 0, 0, 0, 0);
    return;
  }
  if (!parseValue()) {
    fail(4 /* ValueExpected */, 0, 0, 0, 0);
    return;
  }
  if (tok() !== 17 /* EOF */) fail(9 /* EndOfFileExpected */, 0, 0, 0, 0);
}
function onValue(node) {
  const children = current.children;
  if (current.type === "property" && children.length === 1) current.children = [children[0], node];
  else children.push(node);
  return node;
}
function ensurePropertyComplete(endOffset) {
  if (current.type === "property") {
    current.length = endOffset - current.offset;
    current = current.parent;
  }
}
function endContainer() {
  const end = pos;
  ensurePropertyComplete(end);
  current.length = end - current.offset;
  current = current.parent;
  ensurePropertyComplete(end);
}
function literal(type, value) {
  onValue(makeNode(type, tokenOffset, pos - tokenOffset, current, void 0, value));
  ensurePropertyComplete(pos);
}
function fail(error, after1, after2, until1, until2) {
  errors.push({ error, offset: tokenOffset, length: pos - tokenOffset });
  if (after1 === 0 && after2 === 0 && until1 === 0 && until2 === 0) return;
  let kind = token;
  while (kind !== 17 /* EOF */) {
    if (kind === after1 || kind === after2) {
      next();
      break;
    }
    if (kind === until1 || kind === until2) break;
    kind = next();
  }
}
function parseValue() {
  switch (tok()) {
    case 3 /* OpenBracket */:
      return parseArray();
    case 1 /* OpenBrace */:
      return parseObject();
    case 10 /* String */:
      literal("string", stringValue);
      next();
      return true;
    case 11 /* Number */: {
      let value = Number(text.substring(tokenOffset, numberEnd));
      if (Number.isNaN(value)) {
        fail(2 /* InvalidNumberFormat */, 0, 0, 0, 0);
        value = 0;
      }
      literal("number", value);
      next();
      return true;
    }
    case 7 /* Null */:
      literal("null", null);
      next();
      return true;
    case 8 /* True */:
      literal("boolean", true);
      next();
      return true;
    case 9 /* False */:
      literal("boolean", false);
      next();
      return true;
    default:
      return false;
  }
}
function parseProperty() {
  if (tok() !== 10 /* String */) {
    fail(3 /* PropertyNameExpected */, 0, 0, 2 /* CloseBrace */, 5 /* Comma */);
    return false;
  }
  const property = onValue(makeNode("property", tokenOffset, -1, current, void 0, void 0));
  current = property;
  property.children = [makeNode("string", tokenOffset, pos - tokenOffset, property, void 0, stringValue)];
  next();
  if (tok() === 6 /* Colon */) {
    if (current.type === "property") current.colonOffset = tokenOffset;
    next();
    if (!parseValue()) fail(4 /* ValueExpected */, 0, 0, 2 /* CloseBrace */, 5 /* Comma */);
  } else {
    fail(5 /* ColonExpected */, 0, 0, 2 /* CloseBrace */, 5 /* Comma */);
  }
  return true;
}
function separatorComma() {
  if (current.type === "property") ensurePropertyComplete(tokenOffset);
}
function parseObject() {
  return parseContainer("object", 2 /* CloseBrace */, parseProperty, 7 /* CloseBraceExpected */);
}
function parseArray() {
  return parseContainer("array", 4 /* CloseBracket */, parseValue, 8 /* CloseBracketExpected */);
}
function parseContainer(type, close, parseElement, closeExpected) {
  current = onValue(makeNode(type, tokenOffset, -1, current, [], void 0));
  next();
  let needsComma = false;
  while (tok() !== close && tok() !== 17 /* EOF */) {
    if (tok() === 5 /* Comma */) {
      if (!needsComma) fail(4 /* ValueExpected */, 0, 0, 0, 0);
      separatorComma();
      next();
      if (tok() === close) break;
    } else if (needsComma) {
      fail(6 /* CommaExpected */, 0, 0, 0, 0);
    }
    if (!parseElement()) fail(4 /* ValueExpected */, 0, 0, close, 5 /* Comma */);
    needsComma = true;
  }
  endContainer();
  if (tok() !== close) fail(closeExpected, close, 0, 0, 0);
  else next();
  return true;
}
function next() {
  for (; ; ) {
    const kind = scan();
    switch (scanError) {
      case 4 /* InvalidUnicode */:
        fail(14 /* InvalidUnicode */, 0, 0, 0, 0);
        break;
      case 5 /* InvalidEscapeCharacter */:
        fail(15 /* InvalidEscapeCharacter */, 0, 0, 0, 0);
        break;
      case 3 /* UnexpectedEndOfNumber */:
        fail(13 /* UnexpectedEndOfNumber */, 0, 0, 0, 0);
        break;
      case 1 /* UnexpectedEndOfComment */:
        fail(11 /* UnexpectedEndOfComment */, 0, 0, 0, 0);
        break;
      case 2 /* UnexpectedEndOfString */:
        fail(12 /* UnexpectedEndOfString */, 0, 0, 0, 0);
        break;
      case 6 /* InvalidCharacter */:
        fail(16 /* InvalidCharacter */, 0, 0, 0, 0);
        break;
    }
    switch (kind) {
      case 12 /* LineComment */:
      case 13 /* BlockComment */:
        addComment(kind);
        break;
      case 16 /* Unknown */:
        fail(1 /* InvalidSymbol */, 0, 0, 0, 0);
        break;
      case 15 /* Trivia */:
      case 14 /* LineBreak */:
        break;
      default:
        return kind;
    }
  }
}
function addComment(kind) {
  comments.push({ offset: tokenOffset, length: pos - tokenOffset, block: kind === 13 /* BlockComment */ });
}
function scan() {
  scanError = 0 /* None */;
  tokenOffset = pos;
  if (pos >= len) {
    tokenOffset = len;
    return token = 17 /* EOF */;
  }
  let code = text.charCodeAt(pos);
  if (isWhiteSpace2(code)) {
    do
      code = text.charCodeAt(++pos);
    while (isWhiteSpace2(code));
    return token = 15 /* Trivia */;
  }
  if (isLineBreak2(code)) {
    pos++;
    if (code === 13 && text.charCodeAt(pos) === 10) pos++;
    return token = 14 /* LineBreak */;
  }
  switch (code) {
    case 123:
      pos++;
      return token = 1 /* OpenBrace */;
    case 125:
      pos++;
      return token = 2 /* CloseBrace */;
    case 91:
      pos++;
      return token = 3 /* OpenBracket */;
    case 93:
      pos++;
      return token = 4 /* CloseBracket */;
    case 58:
      pos++;
      return token = 6 /* Colon */;
    case 44:
      pos++;
      return token = 5 /* Comma */;
    case 34:
      pos++;
      stringValue = scanString();
      return token = 10 /* String */;
    case 47: {
      const next2 = text.charCodeAt(pos + 1);
      if (next2 === 47) {
        pos += 2;
        while (pos < len && !isLineBreak2(text.charCodeAt(pos))) pos++;
        return token = 12 /* LineComment */;
      }
      if (next2 === 42) {
        pos += 2;
        const safeLength = len - 1;
        let closed = false;
        while (pos < safeLength) {
          const ch = text.charCodeAt(pos);
          if (ch === 42 && text.charCodeAt(pos + 1) === 47) {
            pos += 2;
            closed = true;
            break;
          }
          pos++;
          if (ch === 13 && text.charCodeAt(pos) === 10) pos++;
        }
        if (!closed) {
          pos++;
          scanError = 1 /* UnexpectedEndOfComment */;
        }
        return token = 13 /* BlockComment */;
      }
      pos++;
      return token = 16 /* Unknown */;
    }
    case 45:
      pos++;
      if (pos === len || !isDigit2(text.charCodeAt(pos))) return token = 16 /* Unknown */;
      scanNumber();
      return token = 11 /* Number */;
    case 48:
    case 49:
    case 50:
    case 51:
    case 52:
    case 53:
    case 54:
    case 55:
    case 56:
    case 57:
      scanNumber();
      return token = 11 /* Number */;
    default: {
      while (pos < len && isUnknownContent(code)) code = text.charCodeAt(++pos);
      if (tokenOffset !== pos) {
        const length = pos - tokenOffset;
        if (length === 4 && text.startsWith("true", tokenOffset)) return token = 8 /* True */;
        if (length === 5 && text.startsWith("false", tokenOffset)) return token = 9 /* False */;
        if (length === 4 && text.startsWith("null", tokenOffset)) return token = 7 /* Null */;
        return token = 16 /* Unknown */;
      }
      pos++;
      return token = 16 /* Unknown */;
    }
  }
}
function isUnknownContent(code) {
  switch (code) {
    case 32:
    case 9:
    case 10:
    case 13:
    case 125:
    case 93:
    case 123:
    case 91:
    case 34:
    case 58:
    case 44:
    case 47:
      return false;
  }
  return true;
}
function scanNumber() {
  if (text.charCodeAt(pos) === 48) {
    pos++;
  } else {
    pos++;
    while (pos < len && isDigit2(text.charCodeAt(pos))) pos++;
  }
  if (pos < len && text.charCodeAt(pos) === 46) {
    pos++;
    if (pos < len && isDigit2(text.charCodeAt(pos))) {
      pos++;
      while (pos < len && isDigit2(text.charCodeAt(pos))) pos++;
    } else {
      scanError = 3 /* UnexpectedEndOfNumber */;
      numberEnd = pos;
      return;
    }
  }
  let end = pos;
  const e = text.charCodeAt(pos);
  if (pos < len && (e === 69 || e === 101)) {
    pos++;
    const sign = text.charCodeAt(pos);
    if (pos < len && sign === 43 || sign === 45) pos++;
    if (pos < len && isDigit2(text.charCodeAt(pos))) {
      pos++;
      while (pos < len && isDigit2(text.charCodeAt(pos))) pos++;
      end = pos;
    } else {
      scanError = 3 /* UnexpectedEndOfNumber */;
    }
  }
  numberEnd = end;
}
function scanString() {
  let result = "";
  let start = pos;
  for (; ; ) {
    if (pos >= len) {
      result += text.substring(start, pos);
      scanError = 2 /* UnexpectedEndOfString */;
      break;
    }
    const ch = text.charCodeAt(pos);
    if (ch === 34) {
      result += text.substring(start, pos);
      pos++;
      break;
    }
    if (ch === 92) {
      result += text.substring(start, pos);
      pos++;
      if (pos >= len) {
        scanError = 2 /* UnexpectedEndOfString */;
        break;
      }
      switch (text.charCodeAt(pos++)) {
        case 34:
          result += '"';
          break;
        case 92:
          result += "\\";
          break;
        case 47:
          result += "/";
          break;
        case 98:
          result += "\b";
          break;
        case 102:
          result += "\f";
          break;
        case 110:
          result += "\n";
          break;
        case 114:
          result += "\r";
          break;
        case 116:
          result += "	";
          break;
        case 117: {
          const code = scanHex4();
          if (code >= 0) result += String.fromCharCode(code);
          else scanError = 4 /* InvalidUnicode */;
          break;
        }
        default:
          scanError = 5 /* InvalidEscapeCharacter */;
      }
      start = pos;
      continue;
    }
    if (ch >= 0 && ch <= 31) {
      if (isLineBreak2(ch)) {
        result += text.substring(start, pos);
        scanError = 2 /* UnexpectedEndOfString */;
        break;
      }
      scanError = 6 /* InvalidCharacter */;
    }
    pos++;
  }
  return result;
}
function scanHex4() {
  let digits = 0;
  let value = 0;
  while (digits < 4) {
    const ch = text.charCodeAt(pos);
    if (ch >= 48 && ch <= 57) value = value * 16 + ch - 48;
    else if (ch >= 65 && ch <= 70) value = value * 16 + ch - 55;
    else if (ch >= 97 && ch <= 102) value = value * 16 + ch - 87;
    else break;
    pos++;
    digits++;
  }
  return digits < 4 ? -1 : value;
}
var text, len, pos, token, tokenOffset, scanError, stringValue, errors, comments, current, tok, numberEnd, isDigit2, isLineBreak2, isWhiteSpace2;
var init_recoveringParse = __esm({
  "server/src/engine/recoveringParse.ts"() {
    "use strict";
    init_fastParse();
    text = "";
    len = 0;
    pos = 0;
    token = 16 /* Unknown */;
    tokenOffset = 0;
    scanError = 0 /* None */;
    stringValue = "";
    errors = [];
    comments = [];
    tok = () => token;
    numberEnd = 0;
    isDigit2 = (ch) => ch >= 48 && ch <= 57;
    isLineBreak2 = (ch) => ch === 10 || ch === 13;
    isWhiteSpace2 = (ch) => ch === 32 || ch === 9;
  }
});

// server/src/engine/lines.ts
var LineIndex;
var init_lines = __esm({
  "server/src/engine/lines.ts"() {
    "use strict";
    LineIndex = class {
      constructor(text2) {
        this.text = text2;
      }
      text;
      starts;
      lineStarts() {
        if (this.starts) return this.starts;
        const starts = [0];
        const text2 = this.text;
        if (text2.indexOf("\r") < 0) {
          for (let i = text2.indexOf("\n"); i >= 0; i = text2.indexOf("\n", i + 1)) starts.push(i + 1);
          return this.starts = starts;
        }
        for (let i = 0; i < text2.length; i++) {
          const c = text2.charCodeAt(i);
          if (c === 13) {
            if (text2.charCodeAt(i + 1) === 10) i++;
            starts.push(i + 1);
          } else if (c === 10) {
            starts.push(i + 1);
          }
        }
        return this.starts = starts;
      }
      get lineCount() {
        return this.lineStarts().length;
      }
      positionAt(offset) {
        const starts = this.lineStarts();
        offset = Math.max(0, Math.min(offset, this.text.length));
        if (offset > 0 && this.text.charCodeAt(offset - 1) === 13 && this.text.charCodeAt(offset) === 10) offset--;
        let low = 0;
        let high = starts.length - 1;
        while (low < high) {
          const mid = low + high + 1 >> 1;
          if (starts[mid] <= offset) low = mid;
          else high = mid - 1;
        }
        return { line: low, character: offset - starts[low] };
      }
      offsetAt(position3) {
        const starts = this.lineStarts();
        if (position3.line < 0) return 0;
        if (position3.line >= starts.length) return this.text.length;
        const lineStart2 = starts[position3.line];
        const nextStart = position3.line + 1 < starts.length ? starts[position3.line + 1] : this.text.length;
        return Math.max(lineStart2, Math.min(lineStart2 + Math.max(0, position3.character), nextStart));
      }
      rangeOf(offset, length) {
        return { start: this.positionAt(offset), end: this.positionAt(offset + length) };
      }
    };
  }
});

// server/src/engine/parse.ts
function parseDocument2(text2) {
  const fast = fastParse(text2);
  if (fast) return { text: text2, root: fast.root, errors: NO_ERRORS, lines: new LineIndex(text2), directiveComments: directivesOf(text2, fast.comments), comments: fast.comments };
  try {
    const recovered = recoveringParse(text2);
    return { text: text2, root: recovered.root, errors: recovered.errors, lines: new LineIndex(text2), directiveComments: directivesOf(text2, recovered.comments), comments: recovered.comments };
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return { text: text2, root: void 0, errors: [{ error: NESTED_TOO_DEEPLY, offset: 0, length: 0 }], lines: new LineIndex(text2), directiveComments: NO_COMMENTS };
  }
}
function directivesOf(text2, comments2) {
  if (!comments2.length || !text2.includes(DIRECTIVE_MARK)) return NO_COMMENTS;
  const found = [];
  for (let i = 0; i < comments2.length; i++) {
    const { offset, length, block } = comments2[i];
    const commentText = text2.substr(offset, length);
    if (commentText.includes(DIRECTIVE_MARK)) found.push({ offset, length, text: commentText, block });
  }
  return found;
}
function describeParseError(error) {
  if (error.error === NESTED_TOO_DEEPLY) return "The document is nested too deeply to parse";
  switch (printParseErrorCode(error.error)) {
    case "InvalidSymbol":
      return "Invalid symbol";
    case "InvalidNumberFormat":
      return "Invalid number format";
    case "PropertyNameExpected":
      return "Property name expected";
    case "ValueExpected":
      return "Value expected";
    case "ColonExpected":
      return "Colon expected";
    case "CommaExpected":
      return "Comma expected";
    case "CloseBraceExpected":
      return "Closing brace `}` expected";
    case "CloseBracketExpected":
      return "Closing bracket `]` expected";
    case "EndOfFileExpected":
      return "End of file expected";
    case "InvalidCommentToken":
      return "Invalid comment token";
    case "UnexpectedEndOfComment":
      return "Unexpected end of comment";
    case "UnexpectedEndOfString":
      return "Unexpected end of string";
    case "UnexpectedEndOfNumber":
      return "Unexpected end of number";
    case "InvalidUnicode":
      return "Invalid unicode escape";
    case "InvalidEscapeCharacter":
      return "Invalid escape character";
    case "InvalidCharacter":
      return "Invalid character";
    default:
      return "Syntax error";
  }
}
var PARSE_OPTIONS, DIRECTIVE_MARK, NO_ERRORS, NO_COMMENTS, NESTED_TOO_DEEPLY;
var init_parse = __esm({
  "server/src/engine/parse.ts"() {
    "use strict";
    init_main();
    init_fastParse();
    init_recoveringParse();
    init_lines();
    PARSE_OPTIONS = { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false };
    DIRECTIVE_MARK = "privacy-lint-";
    NO_ERRORS = Object.freeze([]);
    NO_COMMENTS = Object.freeze([]);
    NESTED_TOO_DEEPLY = -1;
  }
});

// server/src/engine/rules/structure/syntax.ts
var syntax;
var init_syntax = __esm({
  "server/src/engine/rules/structure/syntax.ts"() {
    "use strict";
    init_rule();
    init_parse();
    syntax = {
      meta: {
        id: "syntax",
        editions: ALL_EDITIONS,
        severity: "error",
        policySection: "SPEC section 1, Files: JSON with comments and trailing commas",
        summary: "A JSONC syntax error, at the offset where the parser found it.",
        rationale: "A file that does not parse cannot be trusted to say what it means. The other rules still run on the tree the parser recovers, but fix the syntax first. Disable comments cannot suppress this rule."
      },
      check(ctx) {
        const end = ctx.text.length;
        const errors2 = ctx.doc.errors;
        for (let i = 0; i < errors2.length; i++) {
          const error = errors2[i];
          const offset = Math.min(error.offset, end);
          ctx.reportRange([], offset, Math.min(error.length, end - offset), `${describeParseError(error)}: the file must be JSON with comments (JSONC).`);
        }
      }
    };
  }
});

// server/src/engine/format/spec.ts
function isRequired(property, edition) {
  return property.required === true || Array.isArray(property.required) && property.required.includes(edition);
}
var CUSTOMER_DATA, DATA_CATEGORIES, STORE_KINDS, KNOWN_PURPOSES, FORBIDDEN_PURPOSES, RESTRICT_STEPS, EXPORT_SCOPE, scenario, STORE, CONFIG;
var init_spec = __esm({
  "server/src/engine/format/spec.ts"() {
    "use strict";
    CUSTOMER_DATA = ["personal", "service", "auditLogs"];
    DATA_CATEGORIES = ["personal", "service", "auditLogs", "telemetry"];
    STORE_KINDS = ["sqlAzure", "reliableCollections", "azureStorage", "telemetry", "other"];
    KNOWN_PURPOSES = ["serviceDelivery", "support", "security", "legalCompliance", "profiling", "marketing"];
    FORBIDDEN_PURPOSES = ["profiling", "marketing"];
    RESTRICT_STEPS = ["export", "delete"];
    EXPORT_SCOPE = ["accounts", "serviceData", "associatedLogs"];
    scenario = (description, required2, absenceRule) => ({
      description,
      required: required2,
      absenceRule,
      value: {
        type: "object",
        properties: {
          enabled: { value: { type: "boolean" }, required: true, description: "Whether this deletion scenario is in force." },
          purgeWithinDays: {
            value: { type: "integer", minimum: 0 },
            required: true,
            description: "Days from deletion until personal data is removed (at most 30)."
          }
        }
      }
    });
    STORE = {
      type: "object",
      properties: {
        id: { value: { type: "string", nonEmpty: true }, required: true, description: "A name for the store, unique in the file." },
        kind: { value: { type: "enum", values: STORE_KINDS }, required: true, description: "The kind of storage." },
        geography: { value: { type: "geography" }, required: true, description: "Where the store keeps its data at rest." },
        data: {
          value: { type: "array", items: { type: "enum", values: DATA_CATEGORIES }, nonEmpty: true, distinct: true },
          required: true,
          description: "The data categories the store holds. `personal`, `service` and `auditLogs` are Customer Data."
        }
      }
    };
    CONFIG = {
      type: "object",
      properties: {
        $schema: { value: { type: "string" }, required: false, description: "The JSON Schema of the file; ignored by the rules." },
        policyEdition: {
          value: { type: "edition" },
          required: false,
          description: 'The policy edition whose rules apply. Default: the settings file\'s `edition`, else `"2020-09"`.'
        },
        tenant: {
          required: true,
          description: "The tenant: who signed up, where, and on what terms.",
          value: {
            type: "object",
            properties: {
              id: { value: { type: "string", nonEmpty: true }, required: true, description: "The tenant id." },
              signupCountry: {
                value: { type: "country" },
                required: true,
                description: "The country or region given at sign-up: an ISO 3166-1 alpha-2 code, upper case."
              },
              subscription: {
                value: { type: "enum", values: ["active", "ended"] },
                required: false,
                default: "active",
                description: "Whether the tenant's subscription is active or has ended."
              },
              dataResidencyRequired: {
                value: { type: "boolean" },
                required: false,
                default: false,
                description: "Whether the tenant requires its Customer Data at rest in its home geography."
              }
            }
          }
        },
        residency: {
          required: true,
          description: "Where Customer Data is kept at rest.",
          value: {
            type: "object",
            properties: {
              geography: {
                value: { type: "geography" },
                required: true,
                description: "The administrator's elected location for Customer Data at rest."
              },
              migration: {
                required: false,
                onlyIn: ["2020-09"],
                description: "A requested move of Customer Data at rest to a new local datacenter geography (edition 2020-09 only).",
                value: {
                  type: "object",
                  properties: {
                    targetGeography: { value: { type: "geography" }, required: true, description: "The geography the data moves to." },
                    requestPeriodEnds: { value: { type: "date" }, required: true, description: "When the request period ends (`YYYY-MM-DD`)." },
                    deadline: {
                      value: { type: "date" },
                      required: true,
                      absenceRule: "migration/deadline",
                      description: "The committed deadline (`YYYY-MM-DD`): at most 24 months after the request period ends."
                    },
                    acceptsMinimalDataLoss: {
                      value: { type: "boolean" },
                      required: true,
                      absenceRule: "migration/eligibility",
                      description: "Whether the tenant accepts minimal data loss during the move."
                    },
                    acceptsReconfiguration: {
                      value: { type: "boolean" },
                      required: true,
                      absenceRule: "migration/eligibility",
                      description: "Whether the tenant accepts reconfiguration during the move."
                    },
                    additionalCost: {
                      value: { type: "number", minimum: 0 },
                      required: false,
                      default: 0,
                      description: "What the move costs the customer (moves are at no additional cost)."
                    }
                  }
                }
              }
            }
          }
        },
        stores: {
          required: true,
          description: "Where data is kept. May be empty.",
          value: { type: "array", items: STORE }
        },
        retention: {
          required: true,
          description: "How long data is kept.",
          value: {
            type: "object",
            properties: {
              telemetry: {
                value: { type: "duration" },
                required: ["2018-05"],
                absenceRule: "retention/telemetry",
                description: 'How long telemetry is kept: days, or an ISO 8601 duration such as `"P30D"`.'
              },
              auditLogs: {
                value: { type: "duration" },
                required: true,
                absenceRule: "retention/audit-logs",
                description: 'How long audit logs are kept: days, or an ISO 8601 duration such as `"P1Y"`.'
              }
            }
          }
        },
        deletion: {
          required: true,
          description: "What happens when data is deleted.",
          value: {
            type: "object",
            properties: {
              active: scenario(
                "Active deletion: a user or administrator deletes data or a user while the subscription is active.",
                true,
                "deletion/scenario"
              ),
              passive: scenario("Passive deletion: the tenant's subscription ends.", ["2020-09"], "deletion/scenario")
            }
          }
        },
        processing: {
          required: true,
          description: "How personal data is processed.",
          value: {
            type: "object",
            properties: {
              isoCertified: {
                value: { type: "boolean" },
                required: true,
                absenceRule: "processing/iso",
                description: "Whether personal data is processed with ISO certified systems."
              },
              purposes: {
                value: { type: "array", items: { type: "string" } },
                required: true,
                description: `What personal data is used for. Known values: ${KNOWN_PURPOSES.map((p) => `\`${p}\``).join(", ")}; other strings are allowed.`
              }
            }
          }
        },
        restrictProcessing: {
          required: ["2018-05"],
          description: "How a user's processing is restricted: export their data, then delete their account.",
          value: {
            type: "object",
            properties: {
              steps: {
                value: { type: "array", items: { type: "enum", values: RESTRICT_STEPS } },
                required: true,
                description: 'The steps, in order: `["export", "delete"]`.'
              },
              exportIncludes: {
                value: { type: "array", items: { type: "enum", values: EXPORT_SCOPE } },
                required: true,
                description: "What the export includes: accounts, service data and associated logs."
              }
            }
          }
        }
      }
    };
  }
});

// server/src/engine/escape.ts
var escape_exports = {};
__export(escape_exports, {
  QUOTED_VALUE_LIMIT: () => QUOTED_VALUE_LIMIT,
  escapeControlCharacters: () => escapeControlCharacters,
  escapeJsonText: () => escapeJsonText,
  neverACommand: () => neverACommand,
  quoteValue: () => quoteValue
});
function escapeCharacter(ch) {
  return SHORT_ESCAPES[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`;
}
function escapeControlCharacters(text2) {
  return HAS_UNSAFE.test(text2) ? text2.replace(UNSAFE, escapeCharacter) : text2;
}
function escapeJsonText(json2) {
  return HAS_UNSAFE_IN_JSON.test(json2) ? json2.replace(UNSAFE_IN_JSON, escapeCharacter) : json2;
}
function quoteValue(value) {
  let shown2 = value;
  if (typeof value === "string" && value.length > QUOTED_VALUE_LIMIT) {
    let end = QUOTED_VALUE_LIMIT - 1;
    const last = value.charCodeAt(end - 1);
    if (last >= 55296 && last <= 56319) end--;
    shown2 = `${value.slice(0, end)}\u2026`;
  }
  const json2 = JSON.stringify(shown2);
  return json2 === void 0 ? String(value) : escapeJsonText(json2);
}
function neverACommand(lineStart2) {
  return /^[\s\u00a0\ufeff]*(::|##\[)/u.test(lineStart2) ? `./${lineStart2}` : lineStart2;
}
var UNSAFE, HAS_UNSAFE, UNSAFE_IN_JSON, HAS_UNSAFE_IN_JSON, SHORT_ESCAPES, QUOTED_VALUE_LIMIT;
var init_escape = __esm({
  "server/src/engine/escape.ts"() {
    "use strict";
    UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
    HAS_UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
    UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
    HAS_UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
    SHORT_ESCAPES = { "\b": "\\b", "	": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r" };
    QUOTED_VALUE_LIMIT = 80;
  }
});

// server/src/engine/policy/model.ts
function stores(ctx) {
  return ctx.memo(readStores, readStores);
}
function readStores(ctx) {
  return ctx.validItems(ctx.at("stores")).map((checked) => ({
    checked,
    kind: ctx.valid(checked, "kind"),
    geography: ctx.valid(checked, "geography"),
    data: ctx.validItems(ctx.valid(checked, "data"))
  }));
}
function isCustomerData(category) {
  return CUSTOMER_DATA.includes(category);
}
function holdsCustomerData(store) {
  return store.data.some((d) => isCustomerData(d.value));
}
function migration(ctx) {
  return ctx.edition === "2020-09" ? ctx.at("residency", "migration") : void 0;
}
function migrationTarget(ctx) {
  return ctx.valid(migration(ctx), "targetGeography")?.value;
}
function signupCountry(ctx) {
  return ctx.at("tenant", "signupCountry")?.value;
}
function quote(value) {
  return quoteValue(value);
}
var init_model = __esm({
  "server/src/engine/policy/model.ts"() {
    "use strict";
    init_spec();
    init_escape();
  }
});

// server/src/engine/rules/structure/unknownProperty.ts
function allowedText(allowed) {
  let text2 = ALLOWED_TEXT.get(allowed);
  if (text2 === void 0) ALLOWED_TEXT.set(allowed, text2 = allowed.map(quote).join(", "));
  return text2;
}
var unknownProperty, ALLOWED_TEXT;
var init_unknownProperty = __esm({
  "server/src/engine/rules/structure/unknownProperty.ts"() {
    "use strict";
    init_rule();
    init_model();
    unknownProperty = {
      meta: {
        id: "schema/unknown-property",
        editions: ALL_EDITIONS,
        severity: "warning",
        policySection: "SPEC section 2, Format",
        summary: "A key the format does not define at that place.",
        rationale: "A misspelt key is silently ignored by every tool that reads the file, so a setting you meant to make is not made. Nothing inside an unknown property is checked.",
        fix: "Rename the key to the one known key within edit distance 2.",
        fixPreferred: true,
        example: '"tenant": { "singupCountry": "DE" }'
      },
      check(ctx) {
        const findings = ctx.analysis.findings;
        for (let i = 0; i < findings.length; i++) {
          const finding = findings[i];
          if (finding.kind !== "unknown-property") continue;
          const key = finding.keyNode.value;
          const preferred = ctx.renames.has(finding.keyNode);
          const fixes = finding.candidates.flatMap(
            (candidate) => ctx.fix(`Rename to ${quote(candidate)}`, preferred, [
              { offset: finding.keyNode.offset, length: finding.keyNode.length, newText: JSON.stringify(candidate) }
            ])
          );
          const hint = finding.candidates.length ? ` Did you mean ${finding.candidates.map(quote).join(" or ")}?` : "";
          ctx.reportKey(
            finding.path,
            finding.keyNode,
            `Unknown property ${quote(key)}.${hint} Allowed here: ${allowedText(finding.allowed)}.`,
            fixes
          );
        }
      }
    };
    ALLOWED_TEXT = /* @__PURE__ */ new WeakMap();
  }
});

// server/src/engine/rules/structure/type.ts
var schemaType;
var init_type = __esm({
  "server/src/engine/rules/structure/type.ts"() {
    "use strict";
    init_rule();
    init_model();
    schemaType = {
      meta: {
        id: "schema/type",
        editions: ALL_EDITIONS,
        severity: "error",
        policySection: "SPEC section 2, Format",
        summary: "A value of the wrong JSON type, an enum value that is not allowed, a bad date or duration, a negative number, an empty id, or a repeated data category.",
        rationale: "The policy rules can only judge values they understand. A value the format does not allow is reported here alone, and every rule that would need it is skipped.",
        fix: "For an enum value: the one allowed value within edit distance 2, case ignored.",
        fixPreferred: true,
        example: '"kind": "SqlAzure"'
      },
      check(ctx) {
        const findings = ctx.analysis.findings;
        for (let i = 0; i < findings.length; i++) {
          const finding = findings[i];
          if (finding.kind !== "type") continue;
          const { target } = finding;
          const suggestions = finding.suggestions ?? [];
          const fixes = suggestions.flatMap(
            (value) => ctx.fix(`Change to ${quote(value)}`, suggestions.length === 1, ctx.fixes.setValue(target.node, value))
          );
          if (finding.repeated) fixes.push(...ctx.fix("Remove the repeated element", false, ctx.fixes.remove(target.node)));
          ctx.reportValue(target, finding.message, fixes);
        }
      }
    };
  }
});

// server/src/engine/rules/structure/required.ts
var required;
var init_required = __esm({
  "server/src/engine/rules/structure/required.ts"() {
    "use strict";
    init_rule();
    init_model();
    required = {
      meta: {
        id: "schema/required",
        editions: ALL_EDITIONS,
        severity: "error",
        policySection: "SPEC section 2, Format",
        summary: "A required property is missing (where no policy rule reports that absence itself).",
        rationale: "Without it the policy cannot be checked. A missing object is reported once, here, never by the rules about what it would hold.",
        fix: "Insert the property where the format gives it a default.",
        fixPreferred: true,
        example: '"tenant": { "id": "contoso" }'
      },
      check(ctx) {
        const findings = ctx.analysis.findings;
        for (let i = 0; i < findings.length; i++) {
          const finding = findings[i];
          if (finding.kind !== "missing") continue;
          const { parent, key, property } = finding;
          const where = parent.path.length ? `${quote(parent.path[parent.path.length - 1])}` : "The document";
          const fixes = property.default === void 0 ? [] : ctx.fix(`Insert ${quote(key)}: ${quote(property.default)}`, true, ctx.fixes.insertProperty(parent.node, key, property.default));
          ctx.reportMissing(parent, `${where} is missing the required property ${quote(key)}: ${property.description}`, fixes);
        }
      }
    };
  }
});

// server/src/engine/rules/structure/duplicateKey.ts
var duplicateKey;
var init_duplicateKey = __esm({
  "server/src/engine/rules/structure/duplicateKey.ts"() {
    "use strict";
    init_rule();
    init_model();
    duplicateKey = {
      meta: {
        id: "schema/duplicate-key",
        editions: ALL_EDITIONS,
        severity: "error",
        policySection: "SPEC section 2, Format",
        summary: "Every occurrence of a key after its first in one object.",
        rationale: "Only the last occurrence counts (as in JSON.parse), so an earlier value that looks in force is not. Keep one.",
        fix: "Remove that occurrence.",
        fixPreferred: false,
        example: '"retention": { "auditLogs": 365, "auditLogs": 400 }'
      },
      check(ctx) {
        const findings = ctx.analysis.findings;
        for (let i = 0; i < findings.length; i++) {
          const finding = findings[i];
          if (finding.kind !== "duplicate-key") continue;
          const key = finding.keyNode.value;
          ctx.reportKey(
            finding.path,
            finding.keyNode,
            `Duplicate key ${quote(key)}: only the last occurrence counts. Give each key once.`,
            ctx.fix(`Remove this ${quote(key)}`, false, ctx.fixes.remove(finding.property))
          );
        }
      }
    };
  }
});

// server/src/engine/rules/structure/editionUnknown.ts
var editionUnknown;
var init_editionUnknown = __esm({
  "server/src/engine/rules/structure/editionUnknown.ts"() {
    "use strict";
    init_rule();
    init_model();
    editionUnknown = {
      meta: {
        id: "edition/unknown",
        editions: ALL_EDITIONS,
        severity: "error",
        policySection: "SPEC section 2, `policyEdition`",
        summary: "`policyEdition` is a string but names no known edition; the file is then checked as 2020-09.",
        rationale: 'The edition decides which rules apply. The known editions are "2018-05" and "2020-09".',
        fix: "Change it to the known edition within edit distance 2.",
        fixPreferred: true,
        example: '"policyEdition": "2020-9"'
      },
      check(ctx) {
        const findings = ctx.analysis.findings;
        for (let i = 0; i < findings.length; i++) {
          const finding = findings[i];
          if (finding.kind !== "edition") continue;
          const fixes = finding.suggestions.flatMap(
            (edition) => ctx.fix(`Change to ${quote(edition)}`, finding.suggestions.length === 1, ctx.fixes.setValue(finding.target.node, edition))
          );
          ctx.reportValue(
            finding.target,
            `Unknown policy edition ${quote(finding.target.node.value)}; known editions: "2018-05", "2020-09". The file is checked as "2020-09".`,
            fixes
          );
        }
      }
    };
  }
});

// server/src/engine/geo/countries.ts
function load() {
  if (byCode === void 0) {
    const countries = [];
    const map = /* @__PURE__ */ new Map();
    for (const entry of DATA.split("|")) {
      const first = entry.indexOf(":");
      const last = entry.lastIndexOf(":");
      const country = Object.freeze({
        code: entry.slice(0, first),
        name: entry.slice(first + 1, last),
        macro: MACROS[entry.slice(last + 1)]
      });
      countries.push(country);
      map.set(country.code, country);
    }
    list = Object.freeze(countries);
    byCode = map;
  }
  return byCode;
}
function countryByCode(code) {
  return load().get(code);
}
var DATA, MACROS, list, byCode;
var init_countries = __esm({
  "server/src/engine/geo/countries.ts"() {
    "use strict";
    DATA = "AD:Andorra:E|AE:United Arab Emirates:E|AF:Afghanistan:A|AG:Antigua and Barbuda:N|AI:Anguilla:N|AL:Albania:E|AM:Armenia:E|AO:Angola:E|AQ:Antarctica:A|AR:Argentina:N|AS:American Samoa:A|AT:Austria:E|AU:Australia:A|AW:Aruba:N|AX:\xC5land Islands:E|AZ:Azerbaijan:E|BA:Bosnia and Herzegovina:E|BB:Barbados:N|BD:Bangladesh:A|BE:Belgium:E|BF:Burkina Faso:E|BG:Bulgaria:E|BH:Bahrain:E|BI:Burundi:E|BJ:Benin:E|BL:Saint Barth\xE9lemy:N|BM:Bermuda:N|BN:Brunei:A|BO:Bolivia:N|BQ:Caribbean Netherlands:N|BR:Brazil:N|BS:Bahamas:N|BT:Bhutan:A|BV:Bouvet Island:N|BW:Botswana:E|BY:Belarus:E|BZ:Belize:N|CA:Canada:N|CC:Cocos (Keeling) Islands:A|CD:DR Congo:E|CF:Central African Republic:E|CG:Republic of the Congo:E|CH:Switzerland:E|CI:Ivory Coast:E|CK:Cook Islands:A|CL:Chile:N|CM:Cameroon:E|CN:China:A|CO:Colombia:N|CR:Costa Rica:N|CU:Cuba:N|CV:Cape Verde:E|CW:Cura\xE7ao:N|CX:Christmas Island:A|CY:Cyprus:E|CZ:Czechia:E|DE:Germany:E|DJ:Djibouti:E|DK:Denmark:E|DM:Dominica:N|DO:Dominican Republic:N|DZ:Algeria:E|EC:Ecuador:N|EE:Estonia:E|EG:Egypt:E|EH:Western Sahara:E|ER:Eritrea:E|ES:Spain:E|ET:Ethiopia:E|FI:Finland:E|FJ:Fiji:A|FK:Falkland Islands:N|FM:Micronesia:A|FO:Faroe Islands:E|FR:France:E|GA:Gabon:E|GB:United Kingdom:E|GD:Grenada:N|GE:Georgia:E|GF:French Guiana:N|GG:Guernsey:E|GH:Ghana:E|GI:Gibraltar:E|GL:Greenland:N|GM:Gambia:E|GN:Guinea:E|GP:Guadeloupe:N|GQ:Equatorial Guinea:E|GR:Greece:E|GS:South Georgia:N|GT:Guatemala:N|GU:Guam:A|GW:Guinea-Bissau:E|GY:Guyana:N|HK:Hong Kong:A|HM:Heard Island and McDonald Islands:A|HN:Honduras:N|HR:Croatia:E|HT:Haiti:N|HU:Hungary:E|ID:Indonesia:A|IE:Ireland:E|IL:Israel:E|IM:Isle of Man:E|IN:India:A|IO:British Indian Ocean Territory:E|IQ:Iraq:E|IR:Iran:A|IS:Iceland:E|IT:Italy:E|JE:Jersey:E|JM:Jamaica:N|JO:Jordan:E|JP:Japan:A|KE:Kenya:E|KG:Kyrgyzstan:A|KH:Cambodia:A|KI:Kiribati:A|KM:Comoros:E|KN:Saint Kitts and Nevis:N|KP:North Korea:A|KR:South Korea:A|KW:Kuwait:E|KY:Cayman Islands:N|KZ:Kazakhstan:A|LA:Laos:A|LB:Lebanon:E|LC:Saint Lucia:N|LI:Liechtenstein:E|LK:Sri Lanka:A|LR:Liberia:E|LS:Lesotho:E|LT:Lithuania:E|LU:Luxembourg:E|LV:Latvia:E|LY:Libya:E|MA:Morocco:E|MC:Monaco:E|MD:Moldova:E|ME:Montenegro:E|MF:Saint Martin:N|MG:Madagascar:E|MH:Marshall Islands:A|MK:North Macedonia:E|ML:Mali:E|MM:Myanmar:A|MN:Mongolia:A|MO:Macau:A|MP:Northern Mariana Islands:A|MQ:Martinique:N|MR:Mauritania:E|MS:Montserrat:N|MT:Malta:E|MU:Mauritius:E|MV:Maldives:A|MW:Malawi:E|MX:Mexico:N|MY:Malaysia:A|MZ:Mozambique:E|NA:Namibia:E|NC:New Caledonia:A|NE:Niger:E|NF:Norfolk Island:A|NG:Nigeria:E|NI:Nicaragua:N|NL:Netherlands:E|NO:Norway:E|NP:Nepal:A|NR:Nauru:A|NU:Niue:A|NZ:New Zealand:A|OM:Oman:E|PA:Panama:N|PE:Peru:N|PF:French Polynesia:A|PG:Papua New Guinea:A|PH:Philippines:A|PK:Pakistan:A|PL:Poland:E|PM:Saint Pierre and Miquelon:N|PN:Pitcairn Islands:A|PR:Puerto Rico:N|PS:Palestine:E|PT:Portugal:E|PW:Palau:A|PY:Paraguay:N|QA:Qatar:E|RE:R\xE9union:E|RO:Romania:E|RS:Serbia:E|RU:Russia:E|RW:Rwanda:E|SA:Saudi Arabia:E|SB:Solomon Islands:A|SC:Seychelles:E|SD:Sudan:E|SE:Sweden:E|SG:Singapore:A|SH:Saint Helena, Ascension and Tristan da Cunha:E|SI:Slovenia:E|SJ:Svalbard and Jan Mayen:E|SK:Slovakia:E|SL:Sierra Leone:E|SM:San Marino:E|SN:Senegal:E|SO:Somalia:E|SR:Suriname:N|SS:South Sudan:E|ST:S\xE3o Tom\xE9 and Pr\xEDncipe:E|SV:El Salvador:N|SX:Sint Maarten:N|SY:Syria:E|SZ:Eswatini:E|TC:Turks and Caicos Islands:N|TD:Chad:E|TF:French Southern and Antarctic Lands:E|TG:Togo:E|TH:Thailand:A|TJ:Tajikistan:A|TK:Tokelau:A|TL:Timor-Leste:A|TM:Turkmenistan:A|TN:Tunisia:E|TO:Tonga:A|TR:T\xFCrkiye:E|TT:Trinidad and Tobago:N|TV:Tuvalu:A|TW:Taiwan:A|TZ:Tanzania:E|UA:Ukraine:E|UG:Uganda:E|UM:United States Minor Outlying Islands:A|US:United States:N|UY:Uruguay:N|UZ:Uzbekistan:A|VA:Vatican City:E|VC:Saint Vincent and the Grenadines:N|VE:Venezuela:N|VG:British Virgin Islands:N|VI:United States Virgin Islands:N|VN:Vietnam:A|VU:Vanuatu:A|WF:Wallis and Futuna:A|WS:Samoa:A|YE:Yemen:E|YT:Mayotte:E|ZA:South Africa:E|ZM:Zambia:E|ZW:Zimbabwe:E";
    MACROS = { N: "northAmerica", E: "europe", A: "asiaPacific" };
  }
});

// server/src/engine/rules/structure/countryCode.ts
var countryCode;
var init_countryCode = __esm({
  "server/src/engine/rules/structure/countryCode.ts"() {
    "use strict";
    init_rule();
    init_countries();
    init_model();
    countryCode = {
      meta: {
        id: "tenant/country-code",
        editions: ALL_EDITIONS,
        severity: "error",
        policySection: "Data residency option (2020-09): the geography that matches the signup country or region",
        summary: "`tenant.signupCountry` is not an assigned ISO 3166-1 alpha-2 code.",
        rationale: `The signup country decides the tenant's home geography, so it must be a real, upper-case ISO 3166-1 alpha-2 code such as "DE" or "US".`,
        fix: "Upper-case it, where that gives an assigned code.",
        fixPreferred: true,
        example: '"signupCountry": "de"'
      },
      check(ctx) {
        const findings = ctx.analysis.findings;
        for (let i = 0; i < findings.length; i++) {
          const finding = findings[i];
          if (finding.kind !== "country") continue;
          const value = finding.target.node.value;
          const upper = value.toUpperCase();
          const country = upper !== value ? countryByCode(upper) : void 0;
          const fixes = country ? ctx.fix(`Change to ${quote(upper)} (${country.name})`, true, ctx.fixes.setValue(finding.target.node, upper)) : [];
          ctx.reportValue(
            finding.target,
            `${quote(value)} is not an assigned ISO 3166-1 alpha-2 country code; use two upper-case letters such as "DE" or "US".${country ? ` Did you mean ${quote(upper)} (${country.name})?` : ""}`,
            fixes
          );
        }
      }
    };
  }
});

// server/src/engine/geo/geographies.ts
function geographyIds(edition) {
  return edition === "2018-05" ? MACRO_GEOGRAPHIES : [...MACRO_GEOGRAPHIES, ...LOCAL_GEOGRAPHIES.map((g) => g.id)];
}
function isGeography(id, edition) {
  return MACRO_GEOGRAPHIES.includes(id) || edition === "2020-09" && LOCAL_BY_ID.has(id);
}
function localGeography(id) {
  return LOCAL_BY_ID.get(id);
}
function localGeographyOf(country) {
  return LOCAL_BY_COUNTRY.get(country);
}
function homeGeography(country, edition) {
  const macro = countryByCode(country)?.macro;
  if (!macro) return void 0;
  if (edition === "2020-09") return LOCAL_BY_COUNTRY.get(country)?.id ?? macro;
  return macro;
}
function liesWithin(inner, outer) {
  return inner === outer || LOCAL_BY_ID.get(inner)?.inside === outer;
}
var MACRO_GEOGRAPHIES, LOCAL_GEOGRAPHIES, LOCAL_BY_ID, LOCAL_BY_COUNTRY;
var init_geographies = __esm({
  "server/src/engine/geo/geographies.ts"() {
    "use strict";
    init_countries();
    MACRO_GEOGRAPHIES = ["northAmerica", "europe", "asiaPacific"];
    LOCAL_GEOGRAPHIES = [
      { id: "australia", country: "AU", inside: "asiaPacific" },
      { id: "brazil", country: "BR", inside: "northAmerica" },
      { id: "canada", country: "CA", inside: "northAmerica" },
      { id: "france", country: "FR", inside: "europe" },
      { id: "germany", country: "DE", inside: "europe" },
      { id: "india", country: "IN", inside: "asiaPacific" },
      { id: "japan", country: "JP", inside: "asiaPacific" },
      { id: "korea", country: "KR", inside: "asiaPacific" },
      { id: "norway", country: "NO", inside: "europe" },
      { id: "southAfrica", country: "ZA", inside: "europe" },
      { id: "switzerland", country: "CH", inside: "europe" },
      { id: "uae", country: "AE", inside: "europe" },
      { id: "unitedKingdom", country: "GB", inside: "europe" }
    ];
    LOCAL_BY_ID = new Map(LOCAL_GEOGRAPHIES.map((g) => [g.id, g]));
    LOCAL_BY_COUNTRY = new Map(LOCAL_GEOGRAPHIES.map((g) => [g.country, g]));
  }
});

// server/src/engine/rules/structure/geographyUnknown.ts
var geographyUnknown;
var init_geographyUnknown = __esm({
  "server/src/engine/rules/structure/geographyUnknown.ts"() {
    "use strict";
    init_rule();
    init_geographies();
    init_model();
    geographyUnknown = {
      meta: {
        id: "geography/unknown",
        editions: ALL_EDITIONS,
        severity: "error",
        policySection: "Storage locations; Data residency option (2020-09)",
        summary: "A geography id (`residency.geography`, `stores[i].geography`, `migration.targetGeography`) that the edition does not have.",
        rationale: "Both editions have the macro geographies northAmerica, europe and asiaPacific. The local datacenter geographies (australia, germany, ...) arrived with the data residency option in 2020-09.",
        fix: "Change it to the geography id within edit distance 2.",
        fixPreferred: true,
        example: '"geography": "eurpoe"'
      },
      check(ctx) {
        const findings = ctx.analysis.findings;
        for (let i = 0; i < findings.length; i++) {
          const finding = findings[i];
          if (finding.kind !== "geography") continue;
          const value = finding.target.node.value;
          const preferred = finding.suggestions.length === 1;
          const fixes = finding.suggestions.flatMap((id) => ctx.fix(`Change to ${quote(id)}`, preferred, ctx.fixes.setValue(finding.target.node, id)));
          let message;
          if (finding.arrivedIn2020) {
            message = `${quote(value)} is a local datacenter geography, which arrived in edition 2020-09; edition 2018-05 has ${geographyIds("2018-05").map(quote).join(", ")}.`;
            fixes.push(...ctx.fix(`Change to its macro geography ${quote(finding.arrivedIn2020)}`, false, ctx.fixes.setValue(finding.target.node, finding.arrivedIn2020)));
          } else {
            message = `Unknown geography ${quote(value)}; edition ${ctx.edition} has ${geographyIds(ctx.edition).map(quote).join(", ")}.`;
          }
          ctx.reportValue(finding.target, message, fixes);
        }
      }
    };
  }
});

// server/src/engine/rules/structure/duplicateStoreId.ts
var duplicateStoreId;
var init_duplicateStoreId = __esm({
  "server/src/engine/rules/structure/duplicateStoreId.ts"() {
    "use strict";
    init_rule();
    init_model();
    duplicateStoreId = {
      meta: {
        id: "stores/duplicate-id",
        editions: ALL_EDITIONS,
        severity: "error",
        policySection: "SPEC section 2, `stores[i].id`",
        summary: "A store id already used by an earlier store, on the later id.",
        rationale: "Store ids name stores in reports and reviews; two stores with one name make findings ambiguous."
      },
      check(ctx) {
        const seen = /* @__PURE__ */ new Map();
        const all = stores(ctx);
        for (let i = 0; i < all.length; i++) {
          const store = all[i];
          const id = ctx.valid(store.checked, "id");
          if (!id) continue;
          const first = seen.get(id.value);
          if (first === void 0) seen.set(id.value, store.checked.segment);
          else ctx.reportValue(id, `Store id ${quote(id.value)} is already used by stores[${first}]; store ids must be unique.`);
        }
      }
    };
  }
});

// server/src/engine/rules/residency/storeGeography.ts
var storeGeography;
var init_storeGeography = __esm({
  "server/src/engine/rules/residency/storeGeography.ts"() {
    "use strict";
    init_rule();
    init_geographies();
    init_model();
    storeGeography = {
      meta: {
        id: "residency/store-geography",
        editions: ALL_EDITIONS,
        severity: "error",
        policySection: "Storage locations (2018-05, 2020-09)",
        summary: "A store holding Customer Data whose geography lies neither within `residency.geography` nor within the migration's `targetGeography`; on `stores[i].geography`. Stores holding only telemetry are exempt.",
        rationale: "Intune respects the storage location the administrator elects for Customer Data at rest, so every store of Customer Data must lie within that location (or within the geography a configured migration moves the data to).",
        fix: "Set the store's geography to `residency.geography`.",
        fixPreferred: false
      },
      check(ctx) {
        const elected = ctx.at("residency", "geography")?.value;
        if (elected === void 0) return;
        const target = migrationTarget(ctx);
        const all = stores(ctx);
        for (let i = 0; i < all.length; i++) {
          const store = all[i];
          if (!store.geography || !holdsCustomerData(store)) continue;
          const geography = store.geography.value;
          if (liesWithin(geography, elected) || target !== void 0 && liesWithin(geography, target)) continue;
          const allowed = target !== void 0 ? `${quote(elected)} or the migration target ${quote(target)}` : quote(elected);
          ctx.reportValue(
            store.geography,
            `This store holds Customer Data in ${quote(geography)}, outside the elected location: it must lie within ${allowed}.`,
            ctx.fix(`Set to ${quote(elected)}`, false, ctx.fixes.setValue(store.geography.node, elected))
          );
        }
      }
    };
  }
});

// server/src/engine/rules/residency/inRegion.ts
var inRegion;
var init_inRegion = __esm({
  "server/src/engine/rules/residency/inRegion.ts"() {
    "use strict";
    init_rule();
    init_geographies();
    init_model();
    inRegion = {
      meta: {
        id: "residency/in-region",
        editions: ALL_EDITIONS,
        severity: "error",
        policySection: "Storage locations (2018-05); Data residency option (2020-09)",
        summary: "`dataResidencyRequired` is true, `residency.geography` does not lie within the home geography of `signupCountry`, and no migration targets that home geography; on `residency.geography`.",
        rationale: "A tenant with data residency requirements must keep Customer Data at rest in the geography of its signup country or region, or have requested a migration there.",
        fix: "Set `residency.geography` to the home geography.",
        fixPreferred: false
      },
      check(ctx) {
        if (ctx.at("tenant", "dataResidencyRequired")?.value !== true) return;
        const country = signupCountry(ctx);
        const geography = ctx.at("residency", "geography");
        if (country === void 0 || !geography) return;
        const home = homeGeography(country, ctx.edition);
        if (home === void 0 || liesWithin(geography.value, home) || migrationTarget(ctx) === home) return;
        ctx.reportValue(
          geography,
          `Data residency is required, but ${quote(geography.value)} is not within ${quote(home)}, the home geography of ${country} in edition ${ctx.edition}, and no migration targets it.`,
          ctx.fix(`Set to ${quote(home)}`, false, ctx.fixes.setValue(geography.node, home))
        );
      }
    };
  }
});

// server/src/engine/rules/migration/edition.ts
var migrationEdition;
var init_edition = __esm({
  "server/src/engine/rules/migration/edition.ts"() {
    "use strict";
    migrationEdition = {
      meta: {
        id: "migration/edition",
        editions: ["2018-05"],
        severity: "error",
        policySection: "Data residency option (2020-09; absent from 2018-05)",
        summary: "`residency.migration` is present in a 2018-05 file; on `residency.migration`. Every other rule ignores it.",
        rationale: "Migration to a local datacenter geography is an option the 2020-09 edition introduced; under 2018-05 it means nothing.",
        fix: 'Set `policyEdition` to "2020-09".',
        fixPreferred: false
      },
      check(ctx) {
        const migration2 = ctx.present(ctx.at("residency"), "migration");
        if (!migration2) return;
        const root = ctx.root;
        const edition = ctx.present(root, "policyEdition");
        ctx.reportValue(
          migration2,
          "A migration is configured, but migrations to a local datacenter geography exist only in edition 2020-09.",
          ctx.fix('Set "policyEdition" to "2020-09"', false, ctx.fixes.setOrInsert(root.node, "policyEdition", edition?.node, "2020-09"))
        );
      }
    };
  }
});

// server/src/engine/rules/migration/noLocalGeography.ts
var noLocalGeography;
var init_noLocalGeography = __esm({
  "server/src/engine/rules/migration/noLocalGeography.ts"() {
    "use strict";
    init_countries();
    init_geographies();
    init_model();
    noLocalGeography = {
      meta: {
        id: "migration/no-local-geography",
        editions: ["2020-09"],
        severity: "error",
        policySection: "Data residency option (2020-09)",
        summary: "A migration is configured but `signupCountry` has no local datacenter geography; on `residency.migration`.",
        rationale: "A migration moves data to the new datacenter geography that matches the signup country or region; a country without one has nowhere to move to.",
        fix: "Remove the migration.",
        fixPreferred: false
      },
      check(ctx) {
        const move = migration(ctx);
        const country = signupCountry(ctx);
        if (!move || country === void 0 || localGeographyOf(country)) return;
        ctx.reportValue(
          move,
          `${countryByCode(country)?.name ?? country} (${country}) has no local datacenter geography, so there is no geography to migrate to.`,
          ctx.fix("Remove the migration", false, ctx.fixes.remove(move.node.parent))
        );
      }
    };
  }
});

// server/src/engine/rules/migration/target.ts
var migrationTargetRule;
var init_target = __esm({
  "server/src/engine/rules/migration/target.ts"() {
    "use strict";
    init_geographies();
    init_model();
    migrationTargetRule = {
      meta: {
        id: "migration/target",
        editions: ["2020-09"],
        severity: "error",
        policySection: "Data residency option (2020-09)",
        summary: "`targetGeography` is not the home geography of `signupCountry`.",
        rationale: "Customers may request migration of Customer Data at rest only to the datacenter geography that matches their signup country or region.",
        fix: "Set it to the home geography.",
        fixPreferred: true
      },
      check(ctx) {
        const target = ctx.valid(migration(ctx), "targetGeography");
        const country = signupCountry(ctx);
        if (!target || country === void 0) return;
        const local = localGeographyOf(country);
        if (!local || target.value === local.id) return;
        ctx.reportValue(
          target,
          `A migration may only target the geography of the signup country ${country}: ${quote(local.id)}, not ${quote(target.value)}.`,
          ctx.fix(`Set to ${quote(local.id)}`, true, ctx.fixes.setValue(target.node, local.id))
        );
      }
    };
  }
});

// server/src/engine/rules/migration/notNeeded.ts
var notNeeded;
var init_notNeeded = __esm({
  "server/src/engine/rules/migration/notNeeded.ts"() {
    "use strict";
    init_model();
    notNeeded = {
      meta: {
        id: "migration/not-needed",
        editions: ["2020-09"],
        severity: "warning",
        policySection: "Data residency option (2020-09)",
        summary: "`residency.geography` already equals `targetGeography`; on `targetGeography`.",
        rationale: "The data is already where the migration would move it; a migration would only cost downtime.",
        fix: "Remove the migration.",
        fixPreferred: false
      },
      check(ctx) {
        const move = migration(ctx);
        const target = ctx.valid(move, "targetGeography");
        const elected = ctx.at("residency", "geography");
        if (!move || !target || !elected || elected.value !== target.value) return;
        ctx.reportValue(
          target,
          `Customer Data is already elected to ${quote(elected.value)}; a migration there is not needed.`,
          ctx.fix("Remove the migration", false, ctx.fixes.remove(move.node.parent))
        );
      }
    };
  }
});

// server/src/engine/rules/migration/eligibility.ts
var ACCEPTANCES, eligibility;
var init_eligibility = __esm({
  "server/src/engine/rules/migration/eligibility.ts"() {
    "use strict";
    init_model();
    ACCEPTANCES = [
      { key: "acceptsMinimalDataLoss", what: "minimal data loss" },
      { key: "acceptsReconfiguration", what: "reconfiguration" }
    ];
    eligibility = {
      meta: {
        id: "migration/eligibility",
        editions: ["2020-09"],
        severity: "error",
        policySection: "Data residency option (2020-09)",
        summary: 'One diagnostic for each unmet condition: `acceptsMinimalDataLoss` or `acceptsReconfiguration` not true (on the value, or on the migration when missing); `dataResidencyRequired` not true; `subscription` is "ended" (these two on `residency.migration`).',
        rationale: "Only eligible customers with data residency requirements, with an active subscription, who accept minimal data loss and reconfiguration, can request a migration.",
        fix: "Set the value to true (not for `subscription`).",
        fixPreferred: false
      },
      check(ctx) {
        const move = migration(ctx);
        if (!move) return;
        for (let i = 0; i < ACCEPTANCES.length; i++) {
          const { key, what } = ACCEPTANCES[i];
          const value = ctx.present(move, key);
          if (!value) {
            ctx.reportMissing(
              move,
              `The migration does not say it accepts ${what} (\`${key}\`); only customers who accept it are eligible.`,
              ctx.fix(`Insert "${key}": true`, false, ctx.fixes.insertProperty(move.node, key, true))
            );
          } else if (value.valid && value.value !== true) {
            ctx.reportValue(
              value,
              `Only customers who accept ${what} are eligible for a migration; \`${key}\` must be true.`,
              ctx.fix("Set to true", false, ctx.fixes.setValue(value.node, true))
            );
          }
        }
        const tenant = ctx.at("tenant");
        if (!tenant) return;
        const residency = ctx.present(tenant, "dataResidencyRequired");
        if (!residency || residency.valid && residency.value !== true) {
          ctx.reportValue(
            move,
            "Only customers with data residency requirements are eligible for a migration; `tenant.dataResidencyRequired` must be true.",
            ctx.fix('Set "dataResidencyRequired" to true', false, ctx.fixes.setOrInsert(tenant.node, "dataResidencyRequired", residency?.node, true))
          );
        }
        if (ctx.valid(tenant, "subscription")?.value === "ended") {
          ctx.reportValue(move, "The tenant's subscription has ended; only existing customers with an active subscription are eligible for a migration.");
        }
      }
    };
  }
});

// server/src/engine/rules/migration/deadline.ts
var deadline;
var init_deadline = __esm({
  "server/src/engine/rules/migration/deadline.ts"() {
    "use strict";
    init_dates();
    init_model();
    deadline = {
      meta: {
        id: "migration/deadline",
        editions: ["2020-09"],
        severity: "error",
        policySection: "Data residency option (2020-09)",
        summary: "`deadline` is missing, or later than `requestPeriodEnds` plus 24 months.",
        rationale: "Microsoft offers eligible customers a committed deadline, and data moves take at most 24 months after the request period ends.",
        fix: "Set or insert the latest allowed date.",
        fixPreferred: true
      },
      check(ctx) {
        const move = migration(ctx);
        if (!move) return;
        const periodEnds = ctx.valid(move, "requestPeriodEnds");
        const latestDate = periodEnds ? latestAllowedDeadline(parseDate(periodEnds.value)) : void 0;
        const latest = latestDate && isWritable(latestDate) ? formatDate(latestDate) : void 0;
        const current2 = ctx.present(move, "deadline");
        if (!current2) {
          const fixes = latest ? ctx.fix(`Insert "deadline": ${quote(latest)}`, true, ctx.fixes.insertProperty(move.node, "deadline", latest)) : [];
          ctx.reportMissing(move, `The migration has no committed \`deadline\`${latest ? `; the latest allowed is ${latest} (24 months after the request period ends)` : ""}.`, fixes);
          return;
        }
        if (!current2.valid || !latest || compareDates(parseDate(current2.value), latestDate) <= 0) return;
        ctx.reportValue(
          current2,
          `The deadline ${current2.value} is later than ${latest}, 24 months after the request period ends (${periodEnds.value}).`,
          ctx.fix(`Set to ${quote(latest)}`, true, ctx.fixes.setValue(current2.node, latest))
        );
      }
    };
  }
});

// server/src/engine/rules/migration/cost.ts
var cost;
var init_cost = __esm({
  "server/src/engine/rules/migration/cost.ts"() {
    "use strict";
    init_model();
    cost = {
      meta: {
        id: "migration/cost",
        editions: ["2020-09"],
        severity: "error",
        policySection: "Data residency option (2020-09)",
        summary: "`additionalCost` is greater than 0.",
        rationale: "Data moves to the new datacenter geography are completed at no additional cost to the customer.",
        fix: "Set it to 0.",
        fixPreferred: true
      },
      check(ctx) {
        const value = ctx.valid(migration(ctx), "additionalCost");
        if (!value || value.value <= 0) return;
        ctx.reportValue(
          value,
          `A migration costs the customer nothing; \`additionalCost\` must be 0, not ${value.value}.`,
          ctx.fix("Set to 0", true, ctx.fixes.setValue(value.node, 0))
        );
      }
    };
  }
});

// server/src/engine/rules/migration/featureAvailability.ts
var featureAvailability;
var init_featureAvailability = __esm({
  "server/src/engine/rules/migration/featureAvailability.ts"() {
    "use strict";
    init_model();
    featureAvailability = {
      meta: {
        id: "migration/feature-availability",
        editions: ["2020-09"],
        severity: "information",
        policySection: "Data residency option (2020-09)",
        summary: "A migration is configured (whatever its contents): some features may be unavailable while it runs; on `residency.migration`.",
        rationale: "During migration certain features may not be accessible; the downtime depends on the volume of data and the features in use. Plan for it."
      },
      check(ctx) {
        const move = migration(ctx);
        if (move) ctx.reportValue(move, "While the migration runs, some features may not be accessible; downtime depends on the volume of data and the features in use.");
      }
    };
  }
});

// server/src/engine/rules/storage/approvedKind.ts
var approvedKind;
var init_approvedKind = __esm({
  "server/src/engine/rules/storage/approvedKind.ts"() {
    "use strict";
    init_model();
    approvedKind = {
      meta: {
        id: "storage/approved-kind",
        editions: ["2018-05"],
        severity: "error",
        policySection: "Storing personal data (2018-05)",
        summary: 'A store of kind "other" holding Customer Data; on `stores[i].kind`.',
        rationale: "The 2018-05 edition names where non-telemetry data is stored: SQL Azure, Reliable Collections (Service Fabric) and Azure storage. Customer Data anywhere else is outside the policy."
      },
      check(ctx) {
        const all = stores(ctx);
        for (let i = 0; i < all.length; i++) {
          const store = all[i];
          if (store.kind?.value === "other" && holdsCustomerData(store)) {
            ctx.reportValue(store.kind, 'Customer Data may only be stored in "sqlAzure", "reliableCollections" or "azureStorage" under edition 2018-05, not in a store of kind "other".');
          }
        }
      }
    };
  }
});

// server/src/engine/rules/storage/telemetrySeparation.ts
var telemetrySeparation;
var init_telemetrySeparation = __esm({
  "server/src/engine/rules/storage/telemetrySeparation.ts"() {
    "use strict";
    init_rule();
    init_model();
    telemetrySeparation = {
      meta: {
        id: "storage/telemetry-separation",
        editions: ALL_EDITIONS,
        severity: "error",
        policySection: "Storing personal data (2018-05); Storing customer data (2020-09)",
        summary: 'Customer Data in a "telemetry" store, or "telemetry" data in a store of another kind; on each such element of `data`.',
        rationale: "Telemetry (service and performance logs, errors) goes to the telemetry data stores; Customer Data is stored in the service's own storage. Keeping them apart keeps each under its own retention.",
        fix: "Remove that element.",
        fixPreferred: true
      },
      check(ctx) {
        const all = stores(ctx);
        for (let i = 0; i < all.length; i++) {
          const store = all[i];
          if (!store.kind) continue;
          const telemetryStore = store.kind.value === "telemetry";
          const data = store.data;
          for (let j = 0; j < data.length; j++) {
            const element = data[j];
            const misplaced = telemetryStore ? isCustomerData(element.value) : element.value === "telemetry";
            if (!misplaced) continue;
            const message = telemetryStore ? `Customer Data (${quote(element.value)}) must not be kept in a telemetry store.` : `Telemetry must be kept in a store of kind "telemetry", not in a store of kind ${quote(store.kind.value)}.`;
            ctx.reportValue(element, message, ctx.fix(`Remove ${quote(element.value)}`, true, ctx.fixes.remove(element.node)));
          }
        }
      }
    };
  }
});

// server/src/engine/policy/durations.ts
function durationStringDays(value) {
  const week = WEEK_DURATION.exec(value);
  if (week) return Number(week[1]) * DAYS_PER_WEEK;
  const parts = DATE_DURATION.exec(value);
  if (!parts || parts[1] === void 0 && parts[2] === void 0 && parts[3] === void 0) return void 0;
  return Number(parts[1] ?? 0) * DAYS_PER_YEAR + Number(parts[2] ?? 0) * DAYS_PER_MONTH + Number(parts[3] ?? 0);
}
function durationDays(value) {
  if (typeof value === "number") return Number.isInteger(value) && value >= 0 ? value : void 0;
  if (typeof value === "string") return durationStringDays(value);
  return void 0;
}
function durationLike(like, days, isoForm) {
  return typeof like === "string" ? isoForm : days;
}
var DATE_DURATION, WEEK_DURATION, DAYS_PER_YEAR, DAYS_PER_MONTH, DAYS_PER_WEEK;
var init_durations = __esm({
  "server/src/engine/policy/durations.ts"() {
    "use strict";
    DATE_DURATION = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?$/;
    WEEK_DURATION = /^P(\d+)W$/;
    DAYS_PER_YEAR = 365;
    DAYS_PER_MONTH = 30;
    DAYS_PER_WEEK = 7;
  }
});

// server/src/engine/policy/retention.ts
function checkRetention(ctx, published) {
  const { key, maxDays, isoForm, what, limit } = stricter(published, ctx.options?.maxDays);
  const retention = ctx.at("retention");
  if (!retention) return;
  const value = ctx.present(retention, key);
  if (!value) {
    ctx.reportMissing(
      retention,
      `Retention of ${key} is not set; ${what.toLowerCase()} kept ${limit}.`,
      ctx.fix(`Insert "${key}": ${maxDays}`, true, ctx.fixes.insertProperty(retention.node, key, maxDays))
    );
    return;
  }
  const days = value.valid ? durationDays(value.value) : void 0;
  if (days === void 0 || days <= maxDays) return;
  const fixed = durationLike(value.value, maxDays, isoForm);
  ctx.reportValue(
    value,
    `${what} kept ${days} days; the policy allows ${limit}.`,
    ctx.fix(`Set to ${JSON.stringify(fixed)}`, true, ctx.fixes.setValue(value.node, fixed))
  );
}
function stricter(published, maxDays) {
  if (maxDays === void 0 || maxDays === published.maxDays) return published;
  return { ...published, maxDays, isoForm: `P${maxDays}D`, limit: `at most ${maxDays} days (organization policy)` };
}
var init_retention = __esm({
  "server/src/engine/policy/retention.ts"() {
    "use strict";
    init_durations();
  }
});

// server/src/engine/rules/retention/telemetry.ts
var retentionTelemetry;
var init_telemetry = __esm({
  "server/src/engine/rules/retention/telemetry.ts"() {
    "use strict";
    init_retention();
    retentionTelemetry = {
      meta: {
        id: "retention/telemetry",
        editions: ["2018-05"],
        severity: "error",
        policySection: "Personal data retention (2018-05)",
        summary: "`retention.telemetry` is missing or over 30 days.",
        rationale: "Telemetry collected as part of Intune usage is retained for a maximum of thirty days.",
        fix: 'Set or insert 30 days, in the value\'s own form (`30` or `"P30D"`).',
        fixPreferred: true,
        options: [{ name: "maxDays", kind: "maxDays", limit: 30, description: "A stricter limit in days, from 1 to 30: reported, and fixed, with this number." }]
      },
      check(ctx) {
        checkRetention(ctx, { key: "telemetry", maxDays: 30, isoForm: "P30D", what: "Telemetry is", limit: "at most 30 days in edition 2018-05" });
      }
    };
  }
});

// server/src/engine/rules/retention/auditLogs.ts
var retentionAuditLogs;
var init_auditLogs = __esm({
  "server/src/engine/rules/retention/auditLogs.ts"() {
    "use strict";
    init_rule();
    init_retention();
    retentionAuditLogs = {
      meta: {
        id: "retention/audit-logs",
        editions: ALL_EDITIONS,
        severity: "error",
        policySection: "Personal data retention (2018-05, 2020-09)",
        summary: "`retention.auditLogs` is missing or over 365 days.",
        rationale: "Audit logs are retained for up to one year (for security purposes).",
        fix: 'Set or insert 365 days (`365` or `"P1Y"`).',
        fixPreferred: true,
        options: [{ name: "maxDays", kind: "maxDays", limit: 365, description: "A stricter limit in days, from 1 to 365: reported, and fixed, with this number." }]
      },
      check(ctx) {
        checkRetention(ctx, { key: "auditLogs", maxDays: 365, isoForm: "P1Y", what: "Audit logs are", limit: "at most one year (365 days)" });
      }
    };
  }
});

// server/src/engine/rules/deletion/scenario.ts
function requiredScenarios(edition) {
  return edition === "2020-09" ? ["active", "passive"] : ["active"];
}
var SCENARIOS, ENABLED_SCENARIO, scenario2;
var init_scenario = __esm({
  "server/src/engine/rules/deletion/scenario.ts"() {
    "use strict";
    init_rule();
    SCENARIOS = {
      active: "active deletion (a user or administrator deletes data or a user)",
      passive: "passive deletion (the tenant's subscription ends)"
    };
    ENABLED_SCENARIO = { enabled: true, purgeWithinDays: 30 };
    scenario2 = {
      meta: {
        id: "deletion/scenario",
        editions: ALL_EDITIONS,
        severity: "error",
        policySection: "Personal data retention (2018-05, 2020-09)",
        summary: "A required deletion scenario is missing (on `deletion`) or has `enabled` false (on `enabled`): 2020-09 requires active and passive, 2018-05 active.",
        rationale: "Personal data is removed within 30 days after deletion. The 2020-09 edition names two scenarios, active deletion and passive deletion (the subscription ends); 2018-05 covers removal of a user.",
        fix: 'Insert `{ "enabled": true, "purgeWithinDays": 30 }`, or set `enabled` to true.',
        fixPreferred: true
      },
      check(ctx) {
        const deletion = ctx.at("deletion");
        if (!deletion) return;
        const names = requiredScenarios(ctx.edition);
        for (let i = 0; i < names.length; i++) {
          const name = names[i];
          if (ctx.absent(deletion, name)) {
            ctx.reportMissing(
              deletion,
              `The ${SCENARIOS[name]} scenario is missing; edition ${ctx.edition} requires it.`,
              ctx.fix(`Insert "${name}" scenario`, true, ctx.fixes.insertProperty(deletion.node, name, ENABLED_SCENARIO))
            );
            continue;
          }
          const enabled = ctx.valid(ctx.valid(deletion, name), "enabled");
          if (enabled?.value === false) {
            ctx.reportValue(
              enabled,
              `The ${SCENARIOS[name]} scenario is disabled; edition ${ctx.edition} requires it enabled.`,
              ctx.fix("Set to true", true, ctx.fixes.setValue(enabled.node, true))
            );
          }
        }
      }
    };
  }
});

// server/src/engine/rules/deletion/purgeWindow.ts
var MAX_DAYS, SCENARIOS2, purgeWindow;
var init_purgeWindow = __esm({
  "server/src/engine/rules/deletion/purgeWindow.ts"() {
    "use strict";
    init_rule();
    MAX_DAYS = 30;
    SCENARIOS2 = ["active", "passive"];
    purgeWindow = {
      meta: {
        id: "deletion/purge-window",
        editions: ALL_EDITIONS,
        severity: "error",
        policySection: "Personal data retention (2018-05, 2020-09)",
        summary: "`purgeWithinDays` of a deletion scenario is over 30.",
        rationale: "Personal data is removed within 30 days after deletion (2020-09), or thirty days after the user is removed from management (2018-05).",
        fix: "Set it to 30.",
        fixPreferred: true,
        options: [{ name: "maxDays", kind: "maxDays", limit: MAX_DAYS, description: "A stricter window in days, from 1 to 30: reported, and fixed, with this number." }]
      },
      check(ctx) {
        const maxDays = ctx.options?.maxDays ?? MAX_DAYS;
        const deletion = ctx.at("deletion");
        for (let i = 0; i < SCENARIOS2.length; i++) {
          const name = SCENARIOS2[i];
          const days = ctx.valid(ctx.valid(deletion, name), "purgeWithinDays");
          if (!days || days.value <= maxDays) continue;
          const source = maxDays === MAX_DAYS ? "" : " (organization policy)";
          ctx.reportValue(
            days,
            `Personal data must be removed within ${maxDays} days after deletion${source}, not ${days.value}.`,
            ctx.fix(`Set to ${maxDays}`, true, ctx.fixes.setValue(days.node, maxDays))
          );
        }
      }
    };
  }
});

// server/src/engine/rules/processing/iso.ts
var iso;
var init_iso = __esm({
  "server/src/engine/rules/processing/iso.ts"() {
    "use strict";
    init_rule();
    iso = {
      meta: {
        id: "processing/iso",
        editions: ALL_EDITIONS,
        severity: "error",
        policySection: "Processing personal data (2018-05, 2020-09)",
        summary: "`processing.isoCertified` is missing or false.",
        rationale: "Intune processes personal data with ISO certified systems. Certification is a fact about the systems, not a setting, so there is no fix: the file must describe certified processing."
      },
      check(ctx) {
        const processing = ctx.at("processing");
        if (!processing) return;
        const certified = ctx.present(processing, "isoCertified");
        if (!certified) {
          ctx.reportMissing(processing, "The file does not say personal data is processed with ISO certified systems (`isoCertified`).");
        } else if (certified.valid && certified.value === false) {
          ctx.reportValue(certified, "Personal data must be processed with ISO certified systems.");
        }
      }
    };
  }
});

// server/src/engine/rules/processing/purpose.ts
var purpose;
var init_purpose = __esm({
  "server/src/engine/rules/processing/purpose.ts"() {
    "use strict";
    init_rule();
    init_model();
    init_spec();
    purpose = {
      meta: {
        id: "processing/purpose",
        editions: ALL_EDITIONS,
        severity: "error",
        policySection: "Profiling and marketing (2018-05, 2020-09)",
        summary: 'A purpose equal to "profiling" or "marketing" (case ignored), on that element.',
        rationale: "Personal data collected to provide the service is never used for profiling or marketing.",
        fix: "Remove the element.",
        fixPreferred: true,
        options: [{ name: "forbidden", kind: "strings", description: "More purposes to forbid, besides profiling and marketing (case ignored)." }]
      },
      check(ctx) {
        const extra = ctx.options?.forbidden;
        const purposes = ctx.validItems(ctx.at("processing", "purposes"));
        for (let i = 0; i < purposes.length; i++) {
          const element = purposes[i];
          const value = element.value;
          const lower = value.toLowerCase();
          if (!FORBIDDEN_PURPOSES.includes(lower) && !extra?.includes(lower)) continue;
          const source = FORBIDDEN_PURPOSES.includes(lower) ? "" : " (organization policy)";
          ctx.reportValue(
            element,
            `Personal data must not be used for ${lower}${source}.`,
            ctx.fix(`Remove ${quote(value)}`, true, ctx.fixes.remove(element.node))
          );
        }
      }
    };
  }
});

// server/src/engine/rules/processing/restrictSteps.ts
var restrictSteps;
var init_restrictSteps = __esm({
  "server/src/engine/rules/processing/restrictSteps.ts"() {
    "use strict";
    init_rule();
    restrictSteps = {
      meta: {
        id: "restrict/steps",
        editions: ALL_EDITIONS,
        severity: "error",
        policySection: "Restrict processing of personal data (2018-05)",
        summary: 'Where `restrictProcessing` is present: `steps` lacks "export" or "delete", or has "delete" before "export".',
        rationale: "To restrict processing of a user's personal data, first export an electronic copy of it, then delete the account and associated data. Deleting first loses the copy.",
        fix: 'Replace with `["export", "delete"]`.',
        fixPreferred: true
      },
      check(ctx) {
        const steps = ctx.at("restrictProcessing", "steps");
        if (!steps || steps.items.some((item) => !item.valid)) return;
        const values = steps.items.map((item) => item.value);
        const exportAt = values.indexOf("export");
        const deleteAt = values.indexOf("delete");
        let problem;
        if (exportAt < 0 || deleteAt < 0) {
          problem = `\`steps\` lacks ${[exportAt < 0 ? '"export"' : "", deleteAt < 0 ? '"delete"' : ""].filter(Boolean).join(" and ")}`;
        } else if (deleteAt < values.lastIndexOf("export")) {
          problem = '`steps` has "delete" before "export"';
        }
        if (!problem) return;
        ctx.reportValue(
          steps,
          `${problem}: restricting processing means exporting the user's data, then deleting the account.`,
          ctx.fix('Replace with ["export", "delete"]', true, ctx.fixes.setArray(steps.node, ["export", "delete"]))
        );
      }
    };
  }
});

// server/src/engine/rules/processing/exportScope.ts
var exportScope;
var init_exportScope = __esm({
  "server/src/engine/rules/processing/exportScope.ts"() {
    "use strict";
    init_rule();
    init_spec();
    init_model();
    exportScope = {
      meta: {
        id: "restrict/export-scope",
        editions: ALL_EDITIONS,
        severity: "error",
        policySection: "Restrict processing of personal data (2018-05)",
        summary: 'Where `restrictProcessing` is present: `exportIncludes` lacks any of "accounts", "serviceData", "associatedLogs"; one diagnostic naming all missing.',
        rationale: "The electronic copy exported before deletion includes the user's accounts, service data and associated logs.",
        fix: "Add the missing ones.",
        fixPreferred: true
      },
      check(ctx) {
        const scope = ctx.at("restrictProcessing", "exportIncludes");
        if (!scope || scope.items.some((item) => !item.valid)) return;
        const present = new Set(scope.items.map((item) => item.value));
        const missing = EXPORT_SCOPE.filter((part) => !present.has(part));
        if (!missing.length) return;
        ctx.reportValue(
          scope,
          `The export lacks ${missing.map(quote).join(", ")}; it must include accounts, service data and associated logs.`,
          ctx.fix(`Add ${missing.map(quote).join(", ")}`, true, ctx.fixes.appendToArray(scope.node, missing))
        );
      }
    };
  }
});

// server/src/engine/suppressions.ts
function parseDirectives(doc, today) {
  const directives = [];
  const comments2 = doc.directiveComments;
  for (let i = 0; i < comments2.length; i++) {
    const comment = comments2[i];
    const bodyStart = 2;
    const body = comment.block ? comment.text.slice(2, -2) : comment.text.slice(2);
    const match = DIRECTIVE.exec(body);
    if (!match) continue;
    const afterName = match[0].length;
    const separator = body.indexOf("--", afterName);
    const list2 = separator < 0 ? body.slice(afterName) : body.slice(afterName, separator);
    const listOffset = comment.offset + bodyStart + afterName;
    const rules = [];
    for (const name of list2.matchAll(RULE_NAME)) {
      rules.push({ id: name[0], offset: listOffset + name.index, length: name[0].length, used: 0 });
    }
    const reason = separator < 0 ? void 0 : body.slice(separator + 2).trim() || void 0;
    const stated = reason === void 0 ? void 0 : EXPIRES.exec(reason)?.[1];
    const expires = stated !== void 0 && parseDate(stated) ? stated : void 0;
    directives.push({
      kind: match[2] === "disable-file" ? "file" : "next-line",
      comment,
      rules,
      reason,
      targetLine: doc.lines.positionAt(comment.offset + comment.length).line + 1,
      expires,
      invalidExpiry: stated !== void 0 && expires === void 0 ? stated : void 0,
      expired: expires !== void 0 && expires <= today
    });
  }
  return directives;
}
function isSuppressible(rule) {
  return rule !== "syntax" && !rule.startsWith("suppression/");
}
function applySuppressions(directives, diagnostics) {
  if (!directives.length) return;
  const inFile = /* @__PURE__ */ new Map();
  const onLine = /* @__PURE__ */ new Map();
  const groups = [];
  for (let d = 0; d < directives.length; d++) {
    const directive = directives[d];
    if (directive.expired) continue;
    let scope = inFile;
    if (directive.kind === "next-line") {
      let line = onLine.get(directive.targetLine);
      if (!line) onLine.set(directive.targetLine, line = /* @__PURE__ */ new Map());
      scope = line;
    }
    const rules = directive.rules;
    const named = rules.length > 1 ? /* @__PURE__ */ new Set() : void 0;
    for (let r = 0; r < rules.length; r++) {
      const rule = rules[r];
      if (named) {
        if (named.has(rule.id)) continue;
        named.add(rule.id);
      }
      let group = scope.get(rule.id);
      if (!group) {
        scope.set(rule.id, group = { justification: directive.reason ?? "", order: d, names: [], hits: 0 });
        groups.push(group);
      }
      group.names.push(rule);
    }
  }
  for (let i = 0; i < diagnostics.length; i++) {
    const diagnostic = diagnostics[i];
    if (!isSuppressible(diagnostic.rule)) continue;
    const file = inFile.get(diagnostic.rule);
    const line = onLine.get(diagnostic.range.start.line)?.get(diagnostic.rule);
    if (!file && !line) continue;
    if (file) file.hits++;
    if (line) line.hits++;
    const first = !line || file && file.order < line.order ? file : line;
    diagnostic.suppression ??= { kind: "inSource", justification: first.justification };
  }
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g];
    if (!group.hits) continue;
    for (let n = 0; n < group.names.length; n++) group.names[n].used += group.hits;
  }
}
function isPlaceholderReason(reason) {
  const text2 = reason.replace(EXPIRES, "").trim();
  if (text2 === "") return true;
  if (/^<[^<>]*>$/.test(text2)) return true;
  const lower = text2.toLowerCase();
  return PLACEHOLDER_REASONS.has(lower) || PLACEHOLDER_REASONS.has(lower.replace(/[.:!]+$/, ""));
}
function localDate(at = /* @__PURE__ */ new Date()) {
  const pad = (n) => String(n).padStart(2, "0");
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}
var EXPIRES, DIRECTIVE, RULE_NAME, PLACEHOLDER_REASONS;
var init_suppressions = __esm({
  "server/src/engine/suppressions.ts"() {
    "use strict";
    init_dates();
    EXPIRES = /;\s*expires\s+(\d[\d-]*)\s*$/;
    DIRECTIVE = /^(\s*)privacy-lint-(disable-next-line|disable-file)(?=\s|$)/;
    RULE_NAME = /[^\s,]+/g;
    PLACEHOLDER_REASONS = /* @__PURE__ */ new Set(["reason", "todo", "tbd", "fixme", "xxx", "...", "\u2026", "-", "?", "n/a", "none", "placeholder"]);
  }
});

// server/src/engine/rules/suppression/reason.ts
function shortened(text2) {
  return text2.length > 60 ? `${text2.slice(0, 57)}...` : text2;
}
var suppressionReason;
var init_reason = __esm({
  "server/src/engine/rules/suppression/reason.ts"() {
    "use strict";
    init_rule();
    init_model();
    init_suppressions();
    suppressionReason = {
      meta: {
        id: "suppression/reason",
        editions: ALL_EDITIONS,
        severity: "warning",
        policySection: "SPEC section 4, Suppressions",
        summary: "A disable comment with no `-- REASON`, a placeholder for one (`<reason>`, `TODO`), or an expiry that is not a real date (it still suppresses).",
        rationale: "An exception to a privacy policy needs a reason a reviewer can read: write it after `--`. The placeholder the editor's quick fix inserts is not one. An expiry must be a real calendar date, or the exception has no end.",
        example: "// privacy-lint-disable-next-line retention/audit-logs"
      },
      check(ctx) {
        const directives = ctx.directives;
        for (let i = 0; i < directives.length; i++) {
          const directive = directives[i];
          const { offset, length } = directive.comment;
          if (directive.reason === void 0) {
            ctx.reportRange(
              [],
              offset,
              length,
              'This disable comment gives no reason; add one after "--", e.g. "-- approved by the privacy board, ticket 123".'
            );
            continue;
          }
          if (isPlaceholderReason(directive.reason)) {
            ctx.reportRange(
              [],
              offset,
              length,
              `This disable comment's reason ${quote(shortened(directive.reason))} is a placeholder, not a reason; write why the exception is needed after "--".`
            );
          }
          if (directive.invalidExpiry !== void 0) {
            ctx.reportRange(
              [],
              offset,
              length,
              `The expiry ${quote(shortened(directive.invalidExpiry))} is not a real calendar date "YYYY-MM-DD"; until it is, this comment never expires.`
            );
          }
        }
      }
    };
  }
});

// server/src/engine/rules/suppression/unused.ts
function removeRuleName(directive, index) {
  const rule = directive.rules[index];
  if (index > 0) {
    const previous = directive.rules[index - 1];
    const start = previous.offset + previous.length;
    return [{ offset: start, length: rule.offset + rule.length - start, newText: "" }];
  }
  const next2 = directive.rules[index + 1];
  return [{ offset: rule.offset, length: next2.offset - rule.offset, newText: "" }];
}
function removeWholeComment(text2, directive) {
  let start = directive.comment.offset;
  let end = start + directive.comment.length;
  while (start > 0 && (text2[start - 1] === " " || text2[start - 1] === "	")) start--;
  const atLineStart = start === 0 || text2[start - 1] === "\n" || text2[start - 1] === "\r";
  let lineEnd = end;
  while (lineEnd < text2.length && (text2[lineEnd] === " " || text2[lineEnd] === "	")) lineEnd++;
  if (atLineStart && (lineEnd === text2.length || text2[lineEnd] === "\n" || text2[lineEnd] === "\r")) {
    end = lineEnd + (text2.startsWith("\r\n", lineEnd) ? 2 : lineEnd < text2.length ? 1 : 0);
  } else {
    start = directive.comment.offset;
  }
  return [{ offset: start, length: end - start, newText: "" }];
}
var suppressionUnused;
var init_unused = __esm({
  "server/src/engine/rules/suppression/unused.ts"() {
    "use strict";
    init_escape();
    init_rule();
    init_suppressions();
    suppressionUnused = {
      meta: {
        id: "suppression/unused",
        editions: ALL_EDITIONS,
        severity: "warning",
        policySection: "SPEC section 4, Suppressions",
        summary: "One for each rule of a disable comment that suppressed nothing (a name that is not a rule says so, with the rule it may mean).",
        rationale: "A stale exception hides the next real problem on that line or file. Remove what no longer applies.",
        fix: "Remove that rule from the comment, or the whole comment when no rule is left (preferred); for a misspelt rule id, also replace it with the rule within edit distance 3 (not preferred).",
        // Preferred for the removal only: the text says which fix is which.
        fixPreferred: false
      },
      check(ctx) {
        const directives = ctx.directives;
        for (let i = 0; i < directives.length; i++) {
          const directive = directives[i];
          if (directive.expired) continue;
          const rules = directive.rules;
          let unusedCount = 0;
          for (let j = 0; j < rules.length; j++) if (rules[j].used === 0) unusedCount++;
          const removeComment = unusedCount === rules.length;
          const where = directive.kind === "file" ? "in this file" : "on the next line";
          for (let j = 0; j < rules.length; j++) {
            const rule = rules[j];
            if (rule.used !== 0) continue;
            const edits = removeComment ? removeWholeComment(ctx.text, directive) : removeRuleName(directive, j);
            const remove = ctx.fix(removeComment ? "Remove the disable comment" : `Remove ${quoteValue(rule.id)} from the comment`, true, edits);
            if (ctx.ruleIds.has(rule.id)) {
              const message = isSuppressible(rule.id) ? `${quoteValue(rule.id)} is disabled here but reports nothing ${where}.` : `${quoteValue(rule.id)} cannot be disabled: disable comments do not apply to \`syntax\` or the suppression rules.`;
              ctx.reportRange([], rule.offset, rule.length, message, remove);
              continue;
            }
            const near = ctx.ruleIds.near(rule.id);
            const change = near.length ? ctx.fix(`Change to ${quoteValue(near[0])}`, false, [{ offset: rule.offset, length: rule.length, newText: near[0] }]) : [];
            ctx.reportRange(
              [],
              rule.offset,
              rule.length,
              `${quoteValue(rule.id)} is not a rule${near.length ? `; did you mean ${quoteValue(near[0])}?` : ", so it suppresses nothing."}`,
              [...change, ...remove]
            );
          }
        }
      }
    };
  }
});

// server/src/engine/rules/suppression/expired.ts
var suppressionExpired;
var init_expired = __esm({
  "server/src/engine/rules/suppression/expired.ts"() {
    "use strict";
    init_rule();
    suppressionExpired = {
      meta: {
        id: "suppression/expired",
        editions: ALL_EDITIONS,
        severity: "warning",
        policySection: "SPEC section 9, Expiring suppressions",
        summary: "A disable comment whose reason ends with `; expires YYYY-MM-DD`, from that date on (the comment then suppresses nothing); on the comment.",
        rationale: "An exception to a privacy policy should end. Once its date has come, the findings it hid are reported again, and so is the stale comment: renew it with a new date and reason, or fix the findings.",
        example: "// privacy-lint-disable-next-line retention/audit-logs -- legal hold; expires 2026-01-31"
      },
      check(ctx) {
        const directives = ctx.directives;
        for (let i = 0; i < directives.length; i++) {
          const directive = directives[i];
          if (!directive.expired) continue;
          ctx.reportRange(
            [],
            directive.comment.offset,
            directive.comment.length,
            `This disable comment expired on ${directive.expires}; it no longer suppresses ${directive.rules.map((r) => r.id).join(", ")}.`
          );
        }
      }
    };
  }
});

// server/src/engine/rules/index.ts
function ruleById(id) {
  return BY_ID.get(id);
}
var RULES, SUPPRESSION_RULES, BY_ID;
var init_rules = __esm({
  "server/src/engine/rules/index.ts"() {
    "use strict";
    init_syntax();
    init_unknownProperty();
    init_type();
    init_required();
    init_duplicateKey();
    init_editionUnknown();
    init_countryCode();
    init_geographyUnknown();
    init_duplicateStoreId();
    init_storeGeography();
    init_inRegion();
    init_edition();
    init_noLocalGeography();
    init_target();
    init_notNeeded();
    init_eligibility();
    init_deadline();
    init_cost();
    init_featureAvailability();
    init_approvedKind();
    init_telemetrySeparation();
    init_telemetry();
    init_auditLogs();
    init_scenario();
    init_purgeWindow();
    init_iso();
    init_purpose();
    init_restrictSteps();
    init_exportScope();
    init_reason();
    init_unused();
    init_expired();
    RULES = [
      syntax,
      unknownProperty,
      schemaType,
      required,
      duplicateKey,
      editionUnknown,
      countryCode,
      geographyUnknown,
      duplicateStoreId,
      storeGeography,
      inRegion,
      migrationEdition,
      noLocalGeography,
      migrationTargetRule,
      notNeeded,
      eligibility,
      deadline,
      cost,
      featureAvailability,
      approvedKind,
      telemetrySeparation,
      retentionTelemetry,
      retentionAuditLogs,
      scenario2,
      purgeWindow,
      iso,
      purpose,
      restrictSteps,
      exportScope,
      suppressionReason,
      suppressionUnused,
      suppressionExpired
    ];
    SUPPRESSION_RULES = /* @__PURE__ */ new Set([suppressionReason, suppressionUnused, suppressionExpired]);
    BY_ID = new Map(RULES.map((rule) => [rule.meta.id, rule]));
  }
});

// server/src/engine/distance.ts
function editDistance(a, b, max = Infinity) {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current2 = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost2 = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j] + 1, current2[j - 1] + 1, previous[j - 1] + cost2);
      current2.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    previous = current2;
  }
  return previous[b.length];
}
function closeMatches(value, candidates, max = 2, ignoreCase = false) {
  const probe = ignoreCase ? value.toLowerCase() : value;
  const found = [];
  for (const candidate of candidates) {
    if (candidate === value) continue;
    const distance = editDistance(probe, ignoreCase ? candidate.toLowerCase() : candidate, max);
    if (distance <= max) found.push({ candidate, distance });
  }
  return found.sort((x, y) => x.distance - y.distance).map((f) => f.candidate);
}
var init_distance = __esm({
  "server/src/engine/distance.ts"() {
    "use strict";
  }
});

// server/src/engine/ruleIds.ts
function knownRuleIds(extra) {
  return new RuleIdSet([...RULES.map((rule) => rule.meta.id), ...extra]);
}
var RuleIdSet, BUILT_IN_RULE_IDS;
var init_ruleIds = __esm({
  "server/src/engine/ruleIds.ts"() {
    "use strict";
    init_rules();
    init_distance();
    RuleIdSet = class {
      ids;
      constructor(ids) {
        this.ids = new Set(ids);
      }
      has(id) {
        return this.ids.has(id);
      }
      near(id) {
        return id.length > 100 ? [] : closeMatches(id, this.ids, 3);
      }
    };
    BUILT_IN_RULE_IDS = new RuleIdSet(RULES.map((rule) => rule.meta.id));
  }
});

// server/src/engine/context.ts
function fitSpan(text2, offset, length) {
  let start = Math.min(Math.max(0, offset), text2.length);
  let end = Math.min(Math.max(start, offset + length), text2.length);
  const splitsLineBreak = (at) => at > 0 && at < text2.length && text2.charCodeAt(at - 1) === 13 && text2.charCodeAt(at) === 10;
  if (splitsLineBreak(start)) start--;
  if (splitsLineBreak(end)) end = end - 1 > start ? end - 1 : end + 1;
  return { offset: start, length: end - start };
}
function fitEdit(text2, edit) {
  if (edit.length < 0 || edit.offset < 0 || edit.offset > text2.length) return false;
  if (edit.offset + edit.length > text2.length) edit.length = text2.length - edit.offset;
  return true;
}
var NO_ITEMS, NO_IDS, RuleContext;
var init_context = __esm({
  "server/src/engine/context.ts"() {
    "use strict";
    init_fixes();
    init_renames();
    init_ruleIds();
    NO_ITEMS = [];
    NO_IDS = [];
    RuleContext = class {
      constructor(doc, edition, analysis) {
        this.doc = doc;
        this.edition = edition;
        this.analysis = analysis;
        this.renames = preferredRenames(analysis);
        this.fixes = new FixBuilder(doc.text, pendingKeys(this.renames));
      }
      doc;
      edition;
      analysis;
      fixes;
      /** Misspelt keys whose rename is safe to apply without asking, with the key they become. */
      renames;
      /** The document's disable comments, with what each suppressed (complete for the suppression rules). */
      directives = [];
      /** The rule ids a disable comment may name (set by the engine: the built-in rules and the lint's extra ids). */
      ruleIds = BUILT_IN_RULE_IDS;
      /** Values several rules read, computed once per lint (see `memo`). */
      memos;
      /** Where reports go, and as which rule and severity (set by the engine before each rule runs). */
      sink = [];
      rule = "";
      severity = "error";
      /** The settings' options of the rule now running (SPEC section 10); undefined when it has none. */
      options;
      /**
       * The ids of the organization's policies in force for this lint (SPEC section 10), so that
       * what judges disable comments can tell a policy id from an unknown one. Empty without policies.
       */
      policyIds = NO_IDS;
      /**
       * A value computed once per lint and shared by the rules that read it (the stores, say),
       * by `key`. Kept on the context, not in a WeakMap keyed by it: V8's young-generation
       * collector keeps a weak map's entries alive, and with them every document's tree.
       */
      memo(key, compute) {
        const memos = this.memos ??= /* @__PURE__ */ new Map();
        if (memos.has(key)) return memos.get(key);
        const value = compute(this);
        memos.set(key, value);
        return value;
      }
      get text() {
        return this.doc.text;
      }
      /** The root object, when the document is a valid object. */
      get root() {
        const root = this.analysis.root;
        return root?.valid && root.props ? root : void 0;
      }
      // The accessors below are what every rule calls for every value it reads (some sixty times a
      // file): each is one function with the lookup written out, not a chain of calls, because most
      // of a short run's files are linted before V8 has optimized (and inlined) anything.
      /** A property of a valid object, valid or not; undefined when absent or when the parent is not valid. */
      present(parent, key) {
        if (parent === void 0 || !parent.valid) return void 0;
        const shape = parent.shape;
        if (shape === void 0) return void 0;
        const index = shape.index.get(key);
        return index === void 0 ? void 0 : parent.children[index];
      }
      /** A property of a valid object, only when it is present and valid. */
      valid(parent, key) {
        if (parent === void 0 || !parent.valid) return void 0;
        const shape = parent.shape;
        if (shape === void 0) return void 0;
        const index = shape.index.get(key);
        if (index === void 0) return void 0;
        const child = parent.children[index];
        return child !== void 0 && child.valid ? child : void 0;
      }
      /** Whether a valid object lacks a key (false when the object itself is missing or invalid). */
      absent(parent, key) {
        if (parent === void 0 || !parent.valid) return false;
        const shape = parent.shape;
        if (shape === void 0 || parent.children === void 0) return false;
        const index = shape.index.get(key);
        return index === void 0 || parent.children[index] === void 0;
      }
      /** The valid value at a path of one or two keys from the root. */
      at(key, then) {
        const first = this.valid(this.root, key);
        return then === void 0 ? first : this.valid(first, then);
      }
      /** Valid elements of a valid array. */
      validItems(array) {
        const items = array?.valid ? array.items : void 0;
        if (!items) return NO_ITEMS;
        for (let i = 0; i < items.length; i++) if (!items[i].valid) return items.filter((each) => each.valid);
        return items;
      }
      /** Report about a value: the path and range are the value's. */
      reportValue(target, message, fixes = []) {
        this.push(target.path, target.node.offset, target.node.length, message, fixes);
      }
      /** Report a missing property on the object that should hold it: its key, or its opening brace. */
      reportMissing(parent, message, fixes = []) {
        const anchor = parent.keyNode ?? { offset: parent.node.offset, length: 1 };
        this.push(parent.path, anchor.offset, anchor.length, message, fixes);
      }
      /** Report about a key: the range is the key. */
      reportKey(path12, keyNode, message, fixes = []) {
        this.push(path12, keyNode.offset, keyNode.length, message, fixes);
      }
      /** Report on a raw range (syntax errors, comments). */
      reportRange(path12, offset, length, message, fixes = []) {
        this.push(path12, offset, length, message, fixes);
      }
      /** A fix, or none when its edits could not be computed safely. */
      fix(title, preferred, edits) {
        return edits && edits.length ? [{ title, preferred, edits }] : [];
      }
      /** Reports from now on are `rule`'s, with `severity`, and go to `into`; `options` are the rule's from settings. */
      reportAs(rule, severity, into, options) {
        this.rule = rule;
        this.severity = severity;
        this.sink = into;
        this.options = options;
      }
      push(path12, offset, length, message, fixes) {
        const text2 = this.doc.text;
        const span = fitSpan(text2, offset, length);
        this.sink.push({
          rule: this.rule,
          severity: this.severity,
          message,
          path: path12,
          range: this.doc.lines.rangeOf(span.offset, span.length),
          offset: span.offset,
          length: span.length,
          fixes: fixes.length ? fixes.filter((fix) => fix.edits.every((edit) => fitEdit(text2, edit))) : fixes
        });
      }
    };
  }
});

// server/src/engine/format/check.ts
function editionOf(root, defaultEdition) {
  if (root?.type !== "object" || !root.children) return defaultEdition;
  let value;
  const properties = root.children;
  for (let i = 0; i < properties.length; i++) {
    const children = properties[i].children;
    if (!children) continue;
    const key = children[0];
    const propertyValue = children[1];
    if (key?.value === "policyEdition" && propertyValue) value = propertyValue;
  }
  if (value?.type !== "string") return defaultEdition;
  return EDITIONS.includes(value.value) ? value.value : "2020-09";
}
function checkFormat(root, edition) {
  const findings = [];
  if (!root) return { root: void 0, findings };
  return { root: new Walker(edition, findings).value(CONFIG, root, void 0, void 0), findings };
}
function recheck(analysis, replaced, by, edition) {
  const root = analysis.root;
  const property = by.parent;
  const container = property?.type === "property" ? property.parent : property;
  if (!root || !property || !container) return void 0;
  if (container.type === "array") return recheckElements(analysis, container, [replaced], [by], edition);
  const holder = checkedOf(root, container);
  if (holder === void 0) return void 0;
  if (holder === UNCHECKED || !holder.valid || !holder.shape || !holder.children) return analysis;
  const shape = holder.shape;
  const index = shape.index.get(property.children?.[0]?.value) ?? -1;
  const target = index < 0 ? void 0 : holder.children[index];
  if (!target || target.node !== replaced) return analysis;
  const spec = shape.specs[index];
  return replaceChecked(analysis, [replaced], by, (walker) => {
    holder.children[index] = spec.onlyIn && !spec.onlyIn.includes(edition) ? new Checked(by, false, holder, target.segment) : walker.value(spec.value, by, holder, target.segment);
  }, edition);
}
function recheckElements(analysis, array, replaced, by, edition) {
  const root = analysis.root;
  if (!root || !replaced.length || !by.length) return void 0;
  const holder = checkedOf(root, array);
  if (holder === void 0) return void 0;
  if (holder === UNCHECKED || !holder.valid || !holder.children) return analysis;
  const spec = holder.spec;
  if (spec?.type !== "array" || spec.distinct) return void 0;
  const items = holder.children;
  let first = -1;
  for (let i = 0; i < items.length; i++) if (items[i].node === replaced[0]) first = i;
  if (first < 0) return void 0;
  for (let t = 0; t < replaced.length; t++) if (items[first + t]?.node !== replaced[t]) return void 0;
  return replaceChecked(analysis, replaced, by[by.length - 1], (walker) => {
    items.splice(first, replaced.length, ...by.map((node, t) => walker.value(spec.items, node, holder, first + t)));
    const shift = by.length - replaced.length;
    if (shift) for (let i = first + by.length; i < items.length; i++) items[i].segment = items[i].segment + shift;
  }, edition);
}
function replaceChecked(analysis, gone, last, check, edition) {
  const removed = new Set(gone);
  const inside = (node) => {
    for (let at2 = node; at2; at2 = at2.parent) if (removed.has(at2)) return true;
    return false;
  };
  const findings = [];
  let at = -1;
  for (const finding of analysis.findings) {
    if (!inside(anchorOf(finding))) findings.push(finding);
    else if (at < 0) at = findings.length;
  }
  const fresh = [];
  check(new Walker(edition, fresh));
  findings.splice(at < 0 ? insertionPoint(findings, last) : at, 0, ...fresh);
  return { root: analysis.root, findings };
}
function checkedOf(root, node) {
  const chain = [];
  for (let at = node; at; at = at.parent) chain.push(at);
  chain.reverse();
  if (chain[0] !== root.node) return void 0;
  let current2 = root;
  for (let i = 1; i < chain.length; i++) {
    const at = chain[i];
    if (at.type === "property") continue;
    if (!current2.valid || !current2.children) return UNCHECKED;
    const via = chain[i - 1];
    const index = via.type === "property" ? current2.shape?.index.get(via.children?.[0]?.value) ?? -1 : via.children?.indexOf(at) ?? -1;
    const next2 = index < 0 ? void 0 : current2.children[index];
    if (!next2 || next2.node !== at) return UNCHECKED;
    current2 = next2;
  }
  return current2;
}
function anchorOf(finding) {
  switch (finding.kind) {
    case "unknown-property":
    case "duplicate-key":
      return finding.keyNode;
    case "missing":
      return finding.parent.node;
    default:
      return finding.target.node;
  }
}
function insertionPoint(findings, node) {
  const end = node.offset + node.length;
  for (let i = 0; i < findings.length; i++) {
    if (anchorOf(findings[i]).offset >= end) return i;
  }
  return findings.length;
}
function jsonType(node) {
  switch (node.type) {
    case "object":
      return "an object";
    case "array":
      return "an array";
    case "string":
      return "a string";
    case "number":
      return Number.isInteger(node.value) ? "an integer" : "a number";
    case "boolean":
      return node.value ? "`true`" : "`false`";
    case "null":
      return "`null`";
    default:
      return "a value";
  }
}
function expected(spec) {
  switch (spec.type) {
    case "object":
      return "an object";
    case "array":
      return "an array";
    case "string":
      return spec.nonEmpty ? "a non-empty string" : "a string";
    case "enum":
      return `one of ${spec.values.map((v) => `"${v}"`).join(", ")}`;
    case "edition":
      return '"2018-05" or "2020-09"';
    case "country":
      return 'an ISO 3166-1 alpha-2 country code such as "DE"';
    case "geography":
      return 'a geography id such as "europe"';
    case "date":
      return 'a date "YYYY-MM-DD"';
    case "boolean":
      return "`true` or `false`";
    case "integer":
      return `a whole number >= ${spec.minimum}`;
    case "number":
      return `a number >= ${spec.minimum}`;
    case "duration":
      return 'a duration: a whole number of days >= 0, or an ISO 8601 duration such as "P30D", "P4W", "P12M" or "P1Y"';
  }
}
function label(path12) {
  if (!path12.length) return "The document";
  return "`" + path12.map((s, i) => typeof s === "number" ? `[${s}]` : i ? `.${s}` : s).join("") + "`";
}
function shapeOf(properties) {
  let shape = SHAPES.get(properties);
  if (!shape) {
    const names = Object.keys(properties);
    shape = { names, index: new Map(names.map((name, i) => [name, i])), specs: names.map((name) => properties[name]), required: /* @__PURE__ */ new Map() };
    SHAPES.set(properties, shape);
  }
  return shape;
}
function requiredIndices(shape, edition) {
  let indices = shape.required.get(edition);
  if (!indices) {
    const found = [];
    shape.specs.forEach((spec, i) => {
      if (isRequired(spec, edition) && !spec.absenceRule) found.push(i);
    });
    shape.required.set(edition, indices = found);
  }
  return indices;
}
function holdsValid(items, value, before) {
  for (let i = 0; i < before; i++) {
    const item = items[i];
    if (item.valid && item.node.value === value) return true;
  }
  return false;
}
function hasRepeatedKey(children) {
  const count = children.length;
  if (count < 2) return false;
  if (count > 16) {
    const keys = /* @__PURE__ */ new Set();
    for (let i = 0; i < count; i++) {
      const key = children[i].children?.[0];
      if (!key) continue;
      if (keys.has(key.value)) return true;
      keys.add(key.value);
    }
    return false;
  }
  for (let i = 1; i < count; i++) {
    const key = children[i].children?.[0];
    if (!key) continue;
    const name = key.value;
    for (let j = 0; j < i; j++) {
      const other = children[j].children?.[0];
      if (other && other.value === name) return true;
    }
  }
  return false;
}
function hasKey(children, name) {
  for (let i = 0; i < children.length; i++) {
    const key = children[i].children?.[0];
    if (key && key.value === name) return true;
  }
  return false;
}
function absentKeys(names, children, last) {
  if (last) return names.filter((name) => !last.has(name));
  if (children.length <= 16) return names.filter((name) => !hasKey(children, name));
  const present = /* @__PURE__ */ new Set();
  for (let i = 0; i < children.length; i++) {
    const key = children[i].children?.[0];
    if (key) present.add(key.value);
  }
  return names.filter((name) => !present.has(name));
}
function lastOccurrences(children) {
  const last = /* @__PURE__ */ new Map();
  for (const property of children) {
    const key = property.children?.[0];
    if (key) last.set(key.value, property);
  }
  return last;
}
var Checked, TypeFinding, KeyFinding, DuplicateKey, UnknownProperty, UNCHECKED, SHAPES, Walker, NO_CANDIDATES;
var init_check = __esm({
  "server/src/engine/format/check.ts"() {
    "use strict";
    init_distance();
    init_durations();
    init_dates();
    init_countries();
    init_geographies();
    init_types();
    init_spec();
    Checked = class {
      constructor(node, valid, parent, segment) {
        this.node = node;
        this.valid = valid;
        this.parent = parent;
        this.segment = segment;
      }
      node;
      valid;
      parent;
      segment;
      /** The format of a valid object's properties; undefined for anything else. */
      shape = void 0;
      /** The format a valid object or array was checked against (to check one of its values again). */
      spec = void 0;
      /**
       * A valid object's known properties (the last occurrence of each), in the order of
       * `shape.names`; a valid array's elements (each with its own `valid`). One field for both
       * keeps the node small: the walk makes one for every value of every document.
       */
      children = void 0;
      /** The JSON value of a valid leaf. */
      get value() {
        return this.valid ? this.node.value : void 0;
      }
      /** The key of the property holding the value; undefined for the root and array elements. */
      get keyNode() {
        const node = this.node;
        if (node.type === "property") return node.children?.[0];
        const parent = node.parent;
        return parent?.type === "property" ? parent.children?.[0] : void 0;
      }
      /** Known properties of a valid object, in the order of `shape.names`. */
      get props() {
        return this.shape ? this.children : void 0;
      }
      /** Elements of a valid array. */
      get items() {
        return this.shape ? void 0 : this.children;
      }
      /** A known property of a valid object, by key. */
      prop(key) {
        const index = this.shape?.index.get(key);
        return index === void 0 ? void 0 : this.children[index];
      }
      /** The JSON path from the root, computed on demand: most nodes are never reported. */
      get path() {
        const path12 = [];
        for (let at = this; at && at.segment !== void 0; at = at.parent) path12.push(at.segment);
        return path12.reverse();
      }
    };
    TypeFinding = class {
      constructor(target, describe3, suggestions, repeated) {
        this.target = target;
        this.describe = describe3;
        this.suggestions = suggestions;
        this.repeated = repeated;
      }
      target;
      describe;
      suggestions;
      repeated;
      kind = "type";
      get message() {
        return this.describe(this.target.path);
      }
    };
    KeyFinding = class {
      constructor(object, name, keyNode) {
        this.object = object;
        this.name = name;
        this.keyNode = keyNode;
      }
      object;
      name;
      keyNode;
      get path() {
        return [...this.object.path, this.name];
      }
    };
    DuplicateKey = class extends KeyFinding {
      constructor(object, name, keyNode, property) {
        super(object, name, keyNode);
        this.property = property;
      }
      property;
      kind = "duplicate-key";
    };
    UnknownProperty = class extends KeyFinding {
      constructor(object, name, keyNode, candidates, allowed) {
        super(object, name, keyNode);
        this.candidates = candidates;
        this.allowed = allowed;
      }
      candidates;
      allowed;
      kind = "unknown-property";
    };
    UNCHECKED = "unchecked";
    SHAPES = /* @__PURE__ */ new WeakMap();
    Walker = class {
      constructor(edition, findings) {
        this.edition = edition;
        this.findings = findings;
      }
      edition;
      findings;
      value(spec, node, parent, segment) {
        switch (spec.type) {
          case "object": {
            if (node.type !== "object") return this.wrongType(spec, node, parent, segment);
            const checked = this.object(spec.properties, node, parent, segment);
            checked.spec = spec;
            return checked;
          }
          case "array": {
            if (node.type !== "array") return this.wrongType(spec, node, parent, segment);
            const checked = this.array(spec, node, parent, segment);
            if (checked.valid) checked.spec = spec;
            return checked;
          }
          case "string":
            if (node.type !== "string") return this.wrongType(spec, node, parent, segment);
            if (spec.nonEmpty && node.value === "") return this.invalid(node, parent, segment, (p) => `${label(p)} must not be empty.`);
            return new Checked(node, true, parent, segment);
          case "enum": {
            if (node.type !== "string") return this.wrongType(spec, node, parent, segment);
            if (spec.values.includes(node.value)) return new Checked(node, true, parent, segment);
            return this.invalid(
              node,
              parent,
              segment,
              (p) => `${label(p)} is "${node.value}"; allowed: ${spec.values.map((v) => `"${v}"`).join(", ")}.`,
              closeMatches(node.value, spec.values, 2, true)
            );
          }
          case "edition": {
            if (node.type !== "string") return this.wrongType(spec, node, parent, segment);
            if (EDITIONS.includes(node.value)) return new Checked(node, true, parent, segment);
            const target = new Checked(node, false, parent, segment);
            this.findings.push({ kind: "edition", target, suggestions: closeMatches(node.value, EDITIONS, 2, true) });
            return target;
          }
          case "country": {
            if (node.type !== "string") return this.wrongType(spec, node, parent, segment);
            if (countryByCode(node.value)) return new Checked(node, true, parent, segment);
            const target = new Checked(node, false, parent, segment);
            this.findings.push({ kind: "country", target });
            return target;
          }
          case "geography": {
            if (node.type !== "string") return this.wrongType(spec, node, parent, segment);
            if (isGeography(node.value, this.edition)) return new Checked(node, true, parent, segment);
            const target = new Checked(node, false, parent, segment);
            const local = this.edition === "2018-05" ? localGeography(node.value) : void 0;
            this.findings.push({
              kind: "geography",
              target,
              suggestions: closeMatches(node.value, geographyIds(this.edition), 2, true),
              arrivedIn2020: local?.inside
            });
            return target;
          }
          case "date":
            if (node.type !== "string") return this.wrongType(spec, node, parent, segment);
            if (!parseDate(node.value)) {
              return this.invalid(node, parent, segment, (p) => `${label(p)} is "${node.value}", which is not a real calendar date "YYYY-MM-DD".`);
            }
            return new Checked(node, true, parent, segment);
          case "boolean":
            return node.type === "boolean" ? new Checked(node, true, parent, segment) : this.wrongType(spec, node, parent, segment);
          case "integer":
          case "number":
            if (node.type !== "number") return this.wrongType(spec, node, parent, segment);
            if (spec.type === "integer" && !Number.isInteger(node.value)) {
              return this.invalid(node, parent, segment, (p) => `${label(p)} must be a whole number, not ${node.value}.`);
            }
            if (node.value < spec.minimum) return this.invalid(node, parent, segment, (p) => `${label(p)} must be >= ${spec.minimum}, not ${node.value}.`);
            return new Checked(node, true, parent, segment);
          case "duration":
            if (node.type !== "number" && node.type !== "string") return this.wrongType(spec, node, parent, segment);
            if (durationDays(node.value) === void 0) {
              const shown2 = node.type === "string" ? `"${node.value}"` : String(node.value);
              return this.invalid(node, parent, segment, (p) => `${label(p)} is ${shown2}, which is not ${expected(spec)}.`);
            }
            return new Checked(node, true, parent, segment);
        }
      }
      invalid(node, parent, segment, message, suggestions, repeated) {
        const target = new Checked(node, false, parent, segment);
        this.findings.push(new TypeFinding(target, message, suggestions, repeated));
        return target;
      }
      wrongType(spec, node, parent, segment) {
        return this.invalid(node, parent, segment, (p) => `${label(p)} must be ${expected(spec)}, not ${jsonType(node)}.`);
      }
      object(properties, node, parent, segment) {
        const self = new Checked(node, true, parent, segment);
        const shape = shapeOf(properties);
        self.shape = shape;
        const props = self.children = new Array(shape.names.length).fill(void 0);
        const children = node.children ?? [];
        const last = hasRepeatedKey(children) ? lastOccurrences(children) : void 0;
        const seen = last ? /* @__PURE__ */ new Set() : void 0;
        let absent;
        for (let i = 0; i < children.length; i++) {
          const property = children[i];
          const key = property.children?.[0];
          if (!key) continue;
          const name = key.value;
          if (seen?.has(name)) this.findings.push(new DuplicateKey(self, name, key, property));
          const index = shape.index.get(name);
          if (index === void 0) {
            absent ??= absentKeys(shape.names, children, last);
            const candidates = absent.length ? closeMatches(name, absent, 2) : NO_CANDIDATES;
            this.findings.push(new UnknownProperty(self, name, key, candidates, shape.names));
            seen?.add(name);
            continue;
          }
          seen?.add(name);
          if (last && last.get(name) !== property) continue;
          const spec = shape.specs[index];
          const valueNode = property.children?.[1];
          if (!valueNode || spec.onlyIn && !spec.onlyIn.includes(this.edition)) {
            props[index] = new Checked(valueNode ?? property, false, self, name);
            continue;
          }
          props[index] = this.value(spec.value, valueNode, self, name);
        }
        const required2 = requiredIndices(shape, this.edition);
        for (let i = 0; i < required2.length; i++) {
          const index = required2[i];
          if (props[index] === void 0) this.findings.push({ kind: "missing", parent: self, key: shape.names[index], property: shape.specs[index] });
        }
        return self;
      }
      array(spec, node, parent, segment) {
        const elements = node.children ?? [];
        if (spec.nonEmpty && elements.length === 0) return this.invalid(node, parent, segment, (p) => `${label(p)} must not be empty.`);
        const self = new Checked(node, true, parent, segment);
        const items = self.children = new Array(elements.length);
        const firstFinding = this.findings.length;
        const seen = spec.distinct && elements.length > 16 ? /* @__PURE__ */ new Set() : void 0;
        const holds = (value, before) => seen ? seen.has(value) : holdsValid(items, value, before);
        let distinctValues = false;
        for (let index = 0; index < elements.length; index++) {
          const element = elements[index];
          const item = this.value(spec.items, element, self, index);
          items[index] = item;
          if (!spec.distinct || !item.valid) continue;
          distinctValues = true;
          if (!holds(item.value, index)) {
            seen?.add(item.value);
            continue;
          }
          items[index] = this.invalid(
            element,
            self,
            index,
            (p) => `${label(p.slice(0, -1))} lists "${String(item.value)}" more than once; each category may appear once.`,
            void 0,
            true
          );
        }
        if (distinctValues) {
          for (let i = firstFinding; i < this.findings.length; i++) {
            const finding = this.findings[i];
            if (finding.kind === "type" && finding.target.parent === self && finding.suggestions) {
              finding.suggestions = finding.suggestions.filter((value) => !holds(value, items.length));
            }
          }
        }
        return self;
      }
    };
    NO_CANDIDATES = [];
  }
});

// server/src/engine/analysisCache.ts
function analysisOf(doc, edition, keep = true) {
  if (!keep) return checkFormat(doc.root, edition);
  const kept = ANALYSES.get(doc);
  if (kept?.edition === edition) return kept.analysis;
  let analysis;
  const origin = ORIGINS.get(doc);
  if (origin) {
    ORIGINS.delete(doc);
    const previous = ANALYSES.get(origin.previous);
    ANALYSES.delete(origin.previous);
    if (previous?.edition === edition) {
      analysis = previous.analysis;
      for (const r of origin.replacements) {
        if (!analysis) break;
        analysis = "array" in r ? recheckElements(analysis, r.array, r.replaced, r.by, edition) : recheck(analysis, r[0], r[1], edition);
      }
    }
  }
  analysis ??= checkFormat(doc.root, edition);
  ANALYSES.set(doc, { edition, analysis });
  return analysis;
}
var ANALYSES, ORIGINS;
var init_analysisCache = __esm({
  "server/src/engine/analysisCache.ts"() {
    "use strict";
    init_check();
    ANALYSES = /* @__PURE__ */ new WeakMap();
    ORIGINS = /* @__PURE__ */ new WeakMap();
  }
});

// server/src/engine/lint.ts
function lint(text2, options = {}) {
  return lintDocument(parseDocument2(text2), options, false);
}
function planOf(edition, options) {
  let byOverrides = PLANS.get(edition);
  if (!byOverrides) PLANS.set(edition, byOverrides = /* @__PURE__ */ new WeakMap());
  const overrides = options.rules ?? NONE;
  let byRuleOptions = byOverrides.get(overrides);
  if (!byRuleOptions) byOverrides.set(overrides, byRuleOptions = /* @__PURE__ */ new WeakMap());
  const ruleOptions = options.ruleOptions ?? NONE;
  let byPolicies = byRuleOptions.get(ruleOptions);
  if (!byPolicies) byRuleOptions.set(ruleOptions, byPolicies = /* @__PURE__ */ new WeakMap());
  const policies = options.policies ?? NONE;
  let plan = byPolicies.get(policies);
  if (!plan) byPolicies.set(policies, plan = makePlan(edition, options));
  return plan;
}
function makePlan(edition, { rules: overrides, ruleOptions, policies }) {
  const { main: main2, suppression } = RULES_OF.get(edition);
  const inForce = (policies ?? []).filter((policy) => policy.meta.editions.includes(edition));
  const steps = (rules) => rules.map((rule) => ({ rule, severity: overrides && overrides[rule.meta.id] || rule.meta.severity, options: ruleOptions?.[rule.meta.id] })).filter((step) => step.severity !== "off");
  const policyIds = policies?.length ? policies.map((policy) => policy.meta.id) : NO_POLICY_IDS;
  return {
    main: steps([...main2, ...inForce]),
    suppression: steps(suppression),
    policyIds,
    ruleIds: policyIds.length ? knownRuleIds(policyIds) : BUILT_IN_RULE_IDS
  };
}
function lintDocument(doc, options = {}, keep = true) {
  const edition = options.forceEdition ?? editionOf(doc.root, options.defaultEdition ?? DEFAULT_EDITION);
  const ctx = new RuleContext(doc, edition, analysisOf(doc, edition, keep));
  const diagnostics = [];
  const { main: main2, suppression, policyIds, ruleIds } = planOf(edition, options);
  ctx.policyIds = policyIds;
  ctx.ruleIds = options.extraRuleIds ? knownRuleIds([...policyIds, ...options.extraRuleIds]) : ruleIds;
  for (let i = 0; i < main2.length; i++) {
    const { rule, severity, options: ruleOptions } = main2[i];
    ctx.reportAs(rule.meta.id, severity, diagnostics, ruleOptions);
    rule.check(ctx);
  }
  ctx.directives = parseDirectives(doc, options.today ?? localDate());
  applySuppressions(ctx.directives, diagnostics);
  for (let i = 0; i < suppression.length; i++) {
    const { rule, severity, options: ruleOptions } = suppression[i];
    ctx.reportAs(rule.meta.id, severity, diagnostics, ruleOptions);
    rule.check(ctx);
  }
  diagnostics.sort(byPosition);
  return { edition, diagnostics };
}
function byPosition(a, b) {
  return a.offset - b.offset || a.length - b.length || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}
var RULES_OF, NONE, PLANS, NO_POLICY_IDS;
var init_lint = __esm({
  "server/src/engine/lint.ts"() {
    "use strict";
    init_context();
    init_analysisCache();
    init_check();
    init_parse();
    init_rules();
    init_suppressions();
    init_ruleIds();
    init_types();
    RULES_OF = new Map(
      EDITIONS.map((edition) => {
        const rules = RULES.filter((rule) => rule.meta.editions.includes(edition));
        return [edition, { main: rules.filter((r) => !SUPPRESSION_RULES.has(r)), suppression: rules.filter((r) => SUPPRESSION_RULES.has(r)) }];
      })
    );
    NONE = {};
    PLANS = /* @__PURE__ */ new Map();
    NO_POLICY_IDS = [];
  }
});

// server/src/engine/fix.ts
function applyEdits(text2, edits) {
  const order = edits.map((edit, index) => ({ edit, index }));
  order.sort((a, b) => a.edit.offset - b.edit.offset || a.index - b.index);
  const parts = [];
  let at = 0;
  for (const { edit } of order) {
    if (edit.offset < at) continue;
    parts.push(text2.slice(at, edit.offset), edit.newText);
    at = edit.offset + edit.length;
  }
  parts.push(text2.slice(at));
  return parts.join("");
}
function preferredFixes(diagnostics) {
  const chosen = [];
  const taken = new TakenRanges();
  const seen = /* @__PURE__ */ new Set();
  for (const diagnostic of diagnostics) {
    if (diagnostic.suppression) continue;
    const fix = diagnostic.fixes.find((f) => f.preferred);
    if (!fix) continue;
    const key = JSON.stringify(fix.edits);
    if (seen.has(key)) continue;
    if (fix.edits.some((edit) => taken.conflicts(edit))) continue;
    seen.add(key);
    chosen.push(fix);
    for (const edit of fix.edits) taken.add(edit);
  }
  return chosen;
}
function fixAll(text2, options = {}, maxPasses = MAX_FIX_PASSES) {
  let doc = parseDocument2(text2);
  let result = lintDocument(doc, options);
  let passes = 0;
  let applied = 0;
  if (doc.errors.length) return { text: text2, passes, applied, result };
  while (passes < maxPasses) {
    const fixes = preferredFixes(result.diagnostics);
    if (!fixes.length) break;
    const next2 = applyEdits(doc.text, fixes.flatMap((f) => f.edits));
    if (next2 === doc.text) break;
    const nextDoc = parseDocument2(next2);
    if (nextDoc.errors.length) break;
    doc = nextDoc;
    result = lintDocument(doc, options);
    passes++;
    applied += fixes.length;
  }
  return { text: doc.text, passes, applied, result };
}
var MAX_FIX_PASSES, TakenRanges;
var init_fix = __esm({
  "server/src/engine/fix.ts"() {
    "use strict";
    init_lint();
    init_parse();
    MAX_FIX_PASSES = 10;
    TakenRanges = class {
      starts = [];
      ends = [];
      /** Overlapping ranges, two insertions at one offset, or an insertion inside a replaced range. */
      conflicts(edit) {
        const start = edit.offset;
        const end = edit.offset + edit.length;
        const at = this.lowerBound(start);
        for (let i = Math.max(0, at - 1); i < this.starts.length && this.starts[i] <= end; i++) {
          const otherStart = this.starts[i];
          const otherEnd = this.ends[i];
          if (start < otherEnd && otherStart < end) return true;
          if (start === otherStart) return true;
          if (start === end && start > otherStart && start < otherEnd) return true;
          if (otherStart === otherEnd && otherStart > start && otherStart < end) return true;
        }
        return false;
      }
      add(edit) {
        const at = this.lowerBound(edit.offset);
        this.starts.splice(at, 0, edit.offset);
        this.ends.splice(at, 0, edit.offset + edit.length);
      }
      lowerBound(offset) {
        let low = 0;
        let high = this.starts.length;
        while (low < high) {
          const mid = low + high >> 1;
          if (this.starts[mid] < offset) low = mid + 1;
          else high = mid;
        }
        return low;
      }
    };
  }
});

// server/src/engine/organization/givenPath.ts
function parseGivenPath(path12) {
  if (path12[0] !== "$") return { problem: 'must start with "$" (the document)', at: 0 };
  const segments = [];
  let i = 1;
  while (i < path12.length) {
    if (segments.length >= MAX_PATH_SEGMENTS) return { problem: `has more than ${MAX_PATH_SEGMENTS} steps`, at: i };
    const c = path12[i];
    if (c === ".") {
      if (path12[i + 1] === "*") {
        segments.push({ kind: "any" });
        i += 2;
        continue;
      }
      let end = i + 1;
      while (end < path12.length && NAME.test(path12[end])) end++;
      if (end === i + 1) return { problem: 'expects a name, or "*", after "."', at: i + 1 };
      segments.push({ kind: "key", key: path12.slice(i + 1, end) });
      i = end;
    } else if (c === "[") {
      if (path12.startsWith("[*]", i)) {
        segments.push({ kind: "any" });
        i += 3;
      } else if (path12[i + 1] === '"') {
        const close = closingQuote(path12, i + 2);
        if (close < 0 || path12[close + 1] !== "]") return { problem: 'has a ["NAME"] that is not closed by "]', at: i };
        let key;
        try {
          key = JSON.parse(path12.slice(i + 1, close + 1));
        } catch {
          return { problem: 'has a ["NAME"] whose name is not a valid JSON string', at: i + 1 };
        }
        segments.push({ kind: "key", key });
        i = close + 2;
      } else {
        const digits = /^\[(0|[1-9][0-9]{0,8})\]/.exec(path12.slice(i, i + 12));
        if (!digits) return { problem: 'expects [*], [N] (an index from 0) or ["NAME"] after "["', at: i };
        segments.push({ kind: "index", index: Number(digits[1]) });
        i += digits[0].length;
      }
    } else {
      return { problem: `has ${JSON.stringify(c)} where ".", "[" or the end was expected`, at: i };
    }
  }
  return segments;
}
function closingQuote(path12, from) {
  for (let i = from; i < path12.length; i++) {
    if (path12[i] === "\\") i++;
    else if (path12[i] === '"') return i;
  }
  return -1;
}
function matchGivenPath(root, segments, values) {
  let level = [{ node: root, path: [] }];
  for (let s = 0; s < segments.length && level.length; s++) {
    const segment = segments[s];
    const next2 = [];
    for (let m = 0; m < level.length; m++) {
      const { node, path: path12 } = level[m];
      if (segment.kind === "index") {
        const element = node.type === "array" ? node.children?.[segment.index] : void 0;
        if (element) next2.push({ node: element, path: [...path12, segment.index] });
      } else if (node.type === "object") {
        const entries = values.entries(node);
        if (segment.kind === "key") {
          const value = entries.get(segment.key);
          if (value) next2.push({ node: value, path: [...path12, segment.key] });
        } else {
          for (const [key, value] of entries) next2.push({ node: value, path: [...path12, key] });
        }
      } else if (segment.kind === "any" && node.type === "array") {
        const children = node.children ?? [];
        for (let i = 0; i < children.length; i++) next2.push({ node: children[i], path: [...path12, i] });
      }
    }
    level = next2;
  }
  return level;
}
var MAX_PATH_SEGMENTS, NAME;
var init_givenPath = __esm({
  "server/src/engine/organization/givenPath.ts"() {
    "use strict";
    MAX_PATH_SEGMENTS = 64;
    NAME = /[A-Za-z0-9_$-]/;
  }
});

// server/src/engine/organization/jsonValue.ts
var JsonValues;
var init_jsonValue = __esm({
  "server/src/engine/organization/jsonValue.ts"() {
    "use strict";
    JsonValues = class {
      entriesOf = /* @__PURE__ */ new Map();
      canonicalForms = /* @__PURE__ */ new Map();
      /** An object's properties by key, the last of duplicate keys counting, in the order keys first appear. */
      entries(node) {
        let entries = this.entriesOf.get(node);
        if (entries) return entries;
        entries = /* @__PURE__ */ new Map();
        const properties = node.children ?? [];
        for (let i = 0; i < properties.length; i++) {
          const [key, value] = properties[i].children ?? [];
          if (key && value) entries.set(key.value, value);
        }
        this.entriesOf.set(node, entries);
        return entries;
      }
      /**
       * A string equal for two nodes exactly when their values are equal as JSON Schema compares
       * them (`const`, `enum`, `uniqueItems`): numbers by value (1 and 1.0 alike), objects whatever
       * the order of their keys.
       */
      canonical(node) {
        let canonical = this.canonicalForms.get(node);
        if (canonical !== void 0) return canonical;
        switch (node.type) {
          case "object": {
            const entries = [...this.entries(node)].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
            canonical = `{${entries.map(([key, value]) => `${JSON.stringify(key)}:${this.canonical(value)}`).join(",")}}`;
            break;
          }
          case "array":
            canonical = `[${(node.children ?? []).map((child) => this.canonical(child)).join(",")}]`;
            break;
          case "number": {
            const value = node.value;
            canonical = Number.isFinite(value) ? `#${value}` : `#${value > 0 ? "inf" : "-inf"}`;
            break;
          }
          default:
            canonical = JSON.stringify(node.value ?? null);
        }
        this.canonicalForms.set(node, canonical);
        return canonical;
      }
    };
  }
});

// node_modules/re2js/build/index.js
var RE2Flags, PublicFlags, ASCII_SIZE, ASCII_TO_UPPER, ASCII_TO_LOWER, MAX_BMP, Codepoint, UnicodeRangeTable, B64, B64_MAP, decodeVLQ, decodeRanges, decodeOrbit, LazyMap, UnicodeTables, Unicode, RE2JSException, RE2JSSyntaxException, RE2JSCompileException, RE2JSGroupException, RE2JSFlagsException, RE2JSInternalException, FAST_PATH_TABLE_SIZE, WORD_RUNE_TABLE, cachedNativeEncoder, cachedNativeDecoder, Utils, createEnum, MatcherInputBase, Utf8MatcherInput, Utf16MatcherInput, MatcherInput, MachineInputBase, MachineUTF8Input, MachineUTF16Input, MachineInput, Matcher, Inst, Queue, LookbehindState, Machine, hashState, arraysEqual, isState, NO_IDS2, END_TEXT, DFAState, DFA, VISITED_BITS, MAX_BACKTRACK_PROG, INITIAL_JOB_CAPACITY, MAX_BACKTRACK_VECTOR, BitState, bitStatePool, Backtracker, QueueOnePass, mergeRuneSets, OnePassProg, onePassCopy, makeOnePass, cleanupOnePass, OnePass, Regexp, RegexpWalker, AhoCorasick, Prefilter, PrefilterTree, PatchList, Prog, ANY_RUNE_NOT_NL, ANY_RUNE, Frag, Compiler, Simplify, CharGroup, code1, code2, code3, PERL_GROUPS, code4, code5, code6, code7, code8, code9, code10, code11, code12, code13, code14, code15, code16, code17, POSIX_GROUPS, CharClass, StringIterator, Parser, RE2, RE2Set, TranslateRegExpString, execResult, RE2JS;
var init_build = __esm({
  "node_modules/re2js/build/index.js"() {
    RE2Flags = class RE2Flags2 {
      static FOLD_CASE = 1;
      static LITERAL = 2;
      static CLASS_NL = 4;
      static DOT_NL = 8;
      static ONE_LINE = 16;
      static NON_GREEDY = 32;
      static PERL_X = 64;
      static UNICODE_GROUPS = 128;
      static WAS_DOLLAR = 256;
      static LOOKBEHIND = 512;
      static MATCH_NL = RE2Flags2.CLASS_NL | RE2Flags2.DOT_NL;
      static PERL = RE2Flags2.CLASS_NL | RE2Flags2.ONE_LINE | RE2Flags2.PERL_X | RE2Flags2.UNICODE_GROUPS;
      static POSIX = 0;
      static UNANCHORED = 0;
      static ANCHOR_START = 1;
      static ANCHOR_BOTH = 2;
    };
    PublicFlags = {
      CASE_INSENSITIVE: 1,
      DOTALL: 2,
      MULTILINE: 4,
      DISABLE_UNICODE_GROUPS: 8,
      LONGEST_MATCH: 16,
      LOOKBEHINDS: 512
    };
    ASCII_SIZE = 128;
    ASCII_TO_UPPER = new Int32Array(ASCII_SIZE);
    ASCII_TO_LOWER = new Int32Array(ASCII_SIZE);
    MAX_BMP = 65535;
    for (let i = 0; i < ASCII_SIZE; i++) {
      if (i >= 97 && i <= 122) ASCII_TO_UPPER[i] = i - 32;
      else ASCII_TO_UPPER[i] = i;
      if (i >= 65 && i <= 90) ASCII_TO_LOWER[i] = i + 32;
      else ASCII_TO_LOWER[i] = i;
    }
    Codepoint = class {
      static CODES = Object.freeze({
        "\x07": 7,
        "\b": 8,
        "	": 9,
        "\n": 10,
        "\v": 11,
        "\f": 12,
        "\r": 13,
        " ": 32,
        '"': 34,
        $: 36,
        "&": 38,
        "'": 39,
        "(": 40,
        ")": 41,
        "*": 42,
        "+": 43,
        "-": 45,
        ".": 46,
        0: 48,
        1: 49,
        2: 50,
        3: 51,
        4: 52,
        5: 53,
        6: 54,
        7: 55,
        8: 56,
        9: 57,
        ":": 58,
        "<": 60,
        ">": 62,
        "?": 63,
        A: 65,
        B: 66,
        C: 67,
        F: 70,
        P: 80,
        Q: 81,
        U: 85,
        Z: 90,
        "[": 91,
        "\\": 92,
        "]": 93,
        "^": 94,
        _: 95,
        "`": 96,
        a: 97,
        b: 98,
        f: 102,
        i: 105,
        m: 109,
        n: 110,
        r: 114,
        s: 115,
        t: 116,
        v: 118,
        x: 120,
        z: 122,
        "{": 123,
        "|": 124,
        "}": 125
      });
      static toUpperCase(codepoint) {
        if (codepoint < ASCII_SIZE) return ASCII_TO_UPPER[codepoint];
        const s = String.fromCodePoint(codepoint).toUpperCase();
        const expectedLen = s.codePointAt(0) > MAX_BMP ? 2 : 1;
        if (s.length > expectedLen) return codepoint;
        const sOrigin = String.fromCodePoint(s.codePointAt(0)).toLowerCase();
        const originExpectedLen = sOrigin.codePointAt(0) > MAX_BMP ? 2 : 1;
        if (sOrigin.length > originExpectedLen || sOrigin.codePointAt(0) !== codepoint) return codepoint;
        return s.codePointAt(0);
      }
      static toLowerCase(codepoint) {
        if (codepoint < ASCII_SIZE) return ASCII_TO_LOWER[codepoint];
        const s = String.fromCodePoint(codepoint).toLowerCase();
        const expectedLen = s.codePointAt(0) > MAX_BMP ? 2 : 1;
        if (s.length > expectedLen) return codepoint;
        const sOrigin = String.fromCodePoint(s.codePointAt(0)).toUpperCase();
        const originExpectedLen = sOrigin.codePointAt(0) > MAX_BMP ? 2 : 1;
        if (sOrigin.length > originExpectedLen || sOrigin.codePointAt(0) !== codepoint) return codepoint;
        return s.codePointAt(0);
      }
    };
    UnicodeRangeTable = class {
      /**
      * @param {Uint32Array | number[]} data
      * @param {boolean} isStride1
      */
      constructor(data, isStride1 = false) {
        this.data = data;
        this.isStride1 = isStride1;
        this.SIZE = isStride1 ? 2 : 3;
      }
      getLo(index) {
        return this.data[index * this.SIZE];
      }
      getHi(index) {
        return this.data[index * this.SIZE + 1];
      }
      getStride(index) {
        return this.isStride1 ? 1 : this.data[index * this.SIZE + 2];
      }
      get length() {
        return this.data.length / this.SIZE;
      }
    };
    B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-";
    B64_MAP = /* @__PURE__ */ new Uint8Array(256);
    for (let i = 0; i < 64; i++) B64_MAP[B64.charCodeAt(i)] = i;
    decodeVLQ = (str) => {
      const res = [];
      let value = 0;
      let shift = 0;
      for (let i = 0; i < str.length; i++) {
        const digit = B64_MAP[str.charCodeAt(i)];
        value |= (digit & 31) << shift;
        if ((digit & 32) === 0) {
          res.push(value);
          value = 0;
          shift = 0;
        } else shift += 5;
      }
      return res;
    };
    decodeRanges = (str, isStride1) => {
      const res = decodeVLQ(str);
      const numRanges = isStride1 ? res.length / 2 : res.length / 3;
      const out = new Uint32Array(numRanges * 3);
      let current2 = 0;
      let resIdx = 0;
      for (let i = 0; i < numRanges; i++) {
        current2 += res[resIdx++];
        out[i * 3] = current2;
        current2 += res[resIdx++];
        out[i * 3 + 1] = current2;
        out[i * 3 + 2] = isStride1 ? 1 : res[resIdx++];
      }
      return out;
    };
    decodeOrbit = (str) => {
      const res = decodeVLQ(str);
      const map = /* @__PURE__ */ new Map();
      let currentKey = 0;
      for (let i = 0; i < res.length; i += 2) {
        currentKey += res[i];
        const zz = res[i + 1];
        const delta = zz >>> 1 ^ -(zz & 1);
        map.set(currentKey, currentKey + delta);
      }
      return map;
    };
    LazyMap = class {
      constructor(initializer) {
        this.initializer = initializer;
        this.cache = /* @__PURE__ */ new Map();
      }
      has(key) {
        return Object.hasOwn(this.initializer, key);
      }
      get(key) {
        if (this.cache.has(key)) return this.cache.get(key);
        const val = this.has(key) ? this.initializer[key]() : null;
        this.cache.set(key, val);
        return val;
      }
    };
    UnicodeTables = class {
      static _CASE_ORBIT = null;
      static get CASE_ORBIT() {
        if (!this._CASE_ORBIT) this._CASE_ORBIT = decodeOrbit("rCgCIgCY+rQI4QiCuuBLgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCCgCBgCBgCBgCBgCBgCBgCB+7OB-BB-BB-BB-BB-BBskQB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BC-BB-BB-BB-BB-BB-BB-BByHBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBDCBBBCBBBCBBCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBxHBCBBBCBBBCBBB3SBmMBkNBCBBBCBBB8MBCBBB6MB6MBCBBC+EB0MB2MBCBBB6MB+MBiGBmNBiNBCBBBmKBikzCBmNBqNBkIBsNBCBBBCBBBCBBB0NBCBBB0NDCBBB0NBCBBByNByNBCBBBCBBB2NBCBBDCBBCwDFCBCBDBCBCBDBCBCBDBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBB9EBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBCCBCBDBCBBBhGBvDBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBjICCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBH2iVBCBBBlKBwiVB+jVB+jVBCBBBlMBqEBuEBCBBBCBBBCBBBCBBBCBBB+hVB4hVB8hVBjNB7MC5MB5MCzMC1MB+0yCE5MB20yCC9MBu2yCBwyyCBo0yCChNBlNBo0yCBu-UBi0yCDlNC6-UBpNDrNIu+UDzNCm0yCBzNE0yyCBzNBpEBxNBxNBtEG1NLqxyCBkxyCnFoFrBCBBBCBBDCBBEkIBkIBkICoHHsCCqCBqCBqCCgEC+DB+DBmkOBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCC+BBgCBgCBgCBgCBgCBgCBgCBgCBrCBpCBpCBpCBmjOB-BB8BB-BB-BBgEB-BB-BByBBqgOBsDB-BBtwBB-BB-BB-BBsBBgDBCB-BB-BB-BBeB-BB-BB61OB-BB-BB-DB9DB9DBQB7DBmCE9CBrDBPBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBrFB-EBOBnHB3FB-FCCBBBNBCBBCjIBjIBjIBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCB-BB-BB8kMB-BB6kMB-BB-BB-BB-BB-BB-BB-BB-BB-BBokMB-BB-BBkkMBkkMB-BB-BB-BB-BB-BB-BB-BB4jMB-BB-BB-BB-BB-BB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EBCBBBCBoiMBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBJCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBeBCBBBCBBBCBBBCBBBCBBBCBBBCBBBdBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBCgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDL-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-C64CgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOCgmOGgmODg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FDg8FBg8FBg8FhVg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBQBQBQBQBQBQDPBPBPBPBPBPjkC7mMB5mMBnmMBjmMBCBlmMB3lMBpiMBk8kCBCBBG-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FD-7FB-7FB-7F6FoglCEsuHRwjlCyDCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCB0DBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBG1DD97OCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQDPBPBPBPBPBPDQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQDPBPBPBPBPBPEQCQCQCQCPCPCPCPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPB0EB0EBsFBsFBsFBsFBoGBoGBgIBgIBgHBgHB8HB8HDQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQCSFPBPBzEBzEBRCxnOFSFrFBrFBrFBrFBREQBQClkOFPBPBnGBnGFQBQCljOCODPBPB-GB-GBNHSF-HB-HB7HB7HBRqJ53OE9tQBrmQH4Bc3BSgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBfBfBfBfBfBfBfBfBfBfBfBfBfBfBfBfECBByZ0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzB34BgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CBCBBBt-UBruHBt+UB1iVBviVBCBBBCBBBCBBB3hVB5-UB9hVB7hVCCBBCCBBI9jVB9jVBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBICBBBCBBECBBN-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOC-lOG-lOzoeCBBBCBBBCBBBCBBBCBBBCBl8kCBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBTCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBnECBBBCBBBCBBBCBBBCBBBCBBBCBBDCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBKCBBBCBBBnglCBCBBBCBBBCBBBCBBBCBBECBBBvyyCDCBBBCBBBgDCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBn0yCB90yCB10yCBh0yCBn0yCCjxyCBzyyCBpxyCBg6BBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBB-CBl0yCBvjlCBCBBBCBBBt2yCBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBhkzCZCBB9a-5Bd-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCm6TCBB7gBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCH-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BmlBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvChDwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCFvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvC1DuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCCuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCCuCBuCBuCBuCBuCBuCBuCCuCBuCCtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCCtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCCtCBtCBtCBtCBtCBtCBtCCtCBtCk2BgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEO-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-D+CgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCL-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-B74CgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BhrVgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BhB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BD1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BtxekCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjC");
        return this._CASE_ORBIT;
      }
      static _Print = null;
      static get Print() {
        if (!this._Print) this._Print = new UnicodeRangeTable(decodeRanges("hB9CBjBLBCpWBDFBFGBCCCBSBCsMBClBBDxBBDCBC2BBJaBFFBSVBC-FBCvBBD6BBDkDBP6BBDwBBDOBCbBDCCBJBGfBIqCBCgFBCHBDBBDVBCGBCEEBCBDIBDBBDDBJFFBCCBDBDYBDCBCFBFBBDVBCGBCBBCBBCBBDCCBDBFBBDCBEIIBCBCIIBPBLCBCIBCCBCVBCGBCBBCEBDJBCCBCCBDQQBCBDLBIGBCCBCHBDBBDVBCGBCBBCEBDIBDBBDCBICBFBBCEBDRBLBBCFBECBCDBEBBCCCBEEBEEBBBELBFEBECBCDBDHHPUBGMBCCBCWBCPBDIBCCBCDBIBBCCBCBBDDBDJBIVBCCBCWBCJBCEBDIBCCBCDBIBBGCBCDBDJBCCBNMBCCBCyBBCCBCFBFPBDZBCCBCRBEXBCIBCDDBFBEFFBEBCCCBGBHJBDCBN5BBFcBmBBBCCCBDBCXBCCCBVBDEBCCCBFBCJBDDBhBnCBCjBBFmBBCjBBCOBCMBmBlGBCGGD4LBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBDfBEZBH1CBDFBD-TBCbBE4CBIVBKXBKTBNMBCCBCBBN9CBDJBHJBHNBCKBH4CBIqBBGlCBLeBCLBFLBFEEBoBBDEBMrBBFZBHKBE9BBDgCBCcBDKBHJBHNBDtBBDLBVsCBClFBJ7BBEOBE9BBGqBBDKBJqBBG1QBDFBDlBBDFBDHBCGCBdBD0BBCOBCNBDFBCSBDCBCIBSXBJuBBSBBDaBCMBEhBBPgBBQrEBF5UBXKBWz4BBD9LBGsBBCGGD3BBIBBPXBKGBCGBCGBCGBCGBCGBCGBCGBC9DBjBZBC4CBN1GBbPBC+BBC1CBDmDBGqBBC9CBC1CBKvBBCszcBE2BBK7KBV3FBJ8GBV7BBEJBH3BBJlCBJLBHzDBMdBEtCBCKBFgBBC2BBKNBDJBDmDBZbBLFBDFBDFBKGBCGBC7BBF9DBDJBHj9KBNWBFwBBloItLBDpDBnBGBNEBGZBCEBCCCBCCBCCBoUBhBpBBHyBBCSBCDBFEBCmEBF9FBEFBDFBDFBDCBEGBCGBOBBDLBCZBCSBCBBCOBDNBjB6DBGCBFsBBE3CBCMBEwBwBBsBBjEcBEwBBQbBFjBBKdBGqBBGdBCkBBFNBrB9EBDJBHjBBFjBBFnBBJzBBMLBCOBCGBCBBCKBCOBCGBCBBEzBBN2JBKVBLHBZFBCpBBCIBmCFBDCCBqBBCBBEDDBVBCnCBJIBxBSBCBBGgBBEaBGaBnB3BBFTBDxBBCBBGHBCCBCcBDCBFJBIIBI-BBhBmBBFLBK1BBEcBDaBGZBIDBNGBxCoCB4ByBBOyBBItBBJJBHlBBEcBJBBxGeBCpBBCCBDBBRFBJIBiBtBBJpBBXZBnBbBVWBKtCBFjBBK9BBCEBOYBIJBH0BBCRBJmBBK-CBCTBMRBCuBB-BGBCCCBCBCOBCKBH6BBGJBHDBCHBDBBDVBCGBCBBCEBCJBDBBDCBDHHGGBDGBEEBMJBCDDClBBCJBCDDCDBCJBCBBJBBe7CBCEBfnCBJJBnF1BBDlBBjBkCBMJBHMBU5BBHJBHTBdaBDOBFWB6F7BBlDyCBNHBDDDBGBCBBCdBCBBDLBKJBnCHBDtBBDKBcnCBJyCBOoCBIJB3CHB5ChBBPJBHIBCsBBCNBLcBEfBDVBCNBqCGBCBBCrBBECCBCCBHBJJBHFBCBBCkBBCBBCFBIJBHrBBFJB3HYBIQBCoBBEcB2CQQBwBBO6cBnDuDBCEBMjGBtyCiDBOvhBBRVBL68DBGmSB61G5BBn2B4RBIeBCJBFwCBCJBHdBDFBLlCBLJBCGBCUBGSBxN5BBnG6CBGYBDYBtBqCBF4BBIQBhCEBMGBK1mHBqBfBiDyDB+vIDBCGBCBBCiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBDDBh7D8HBEzNBHWBQQBQtBBDWBKzDB9B1HBLmBBDpCBJvDBWlCB7DTBNTBN2CBKYBoE0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDjJBD9VBQEBCOBxiBeBHFB2GGBCQBDGBCBBCEBG9BBiBxDxDBrBBENBDJBFBBhKeBS5BBGxOxOBoBB3GqBBFhGhGBdBCVBJBBhHGBCDBCBBCOBCkGBDPBqBrCBFJBFBByYjCBtC8BBjGDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1BBBvIrBBFjDBNOBDOBCOBCkBBLtFB5BcBOrBBFIBIBBPFB7E4eBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBBPIBoB3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBCmDBmgB-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIBnkzVvHB", false));
        return this._Print;
      }
      static CATEGORIES = new LazyMap({
        C: () => new UnicodeRangeTable(decodeRanges("AfBgDgBBOrWrWBHHBCBICCVuMuMnBBBzBBBE4B4BBGBcDBHQBXhGhGxBBB8BBBmDNB8BBByBBBQddBCCMEBhBGBsCiFiFJBBDBBXIICCBFBBKBBDBBFHBCDBDGGBaaBEEHDBDBBXIIDGDBCCGDBDBBECBCGBFCCBFBSJBEKKEXXIDDGBBLIEBCCBNBFBBNGBIEEJBBDBBXIIDGGBKKBDDBEEBFBEDBDGGBTTBIBDHHBBBEFFBBBDCCDCBDCBECBNDBGCBEFFBCCBEBCNBWEBOEEYRRBKKEFFBFBDEEDBBFBBLGBXEEYLLGBBKEEFGBDEBEFFBLLELBOEE0BEEHDBRBBbEETCBZKKCBBICBCDBHCCJFBLBBELB7BDBekBBDCCGZZCYYBGGCIILBBFfBpClBlBBCBoBlBlBQOOBjBBnGCCBDBCBB6LFFBIICFFBqBqBFBBiBFFBIICFFBQQ6BFFBkCkCBhBhBBBBbFB3CBBHBB+UCB6CGBXIBZIBVLBOEEDLB-CBBLFBLFBPMMBEB6CGBsBEBnCJBgBNNBCBNDBCCBrBBBGKBtBDBbFBMCB-BBBiCeeBMMBEBLFBPBBvBBBNTBuCnFnFBGB9BCBQCB-BEBsBBBMHBsBEB3QBBHBBnBBBHBBJGCgBBB2BQQPBBHUUBEEKMMBDBbEByBPBDBBcOOBBBjBNBiBOBtEDB7UVBMUB14BBB-LEBuBCCBDBCBB5BGBDNBZIBI4BI-DhBBb6C6CBKB3GZBxC3C3CBoDoDBDBsB-C-C3CIBxBuzcuzcBBB4BIB9KTB5FHB+GTB9BCBLFB5BHBnCHBNFB1DKBfCBvCMMBCBiB4B4BBHBPBBLBBoDXBdJBHBBHBBHIBIII9BDB-DBBLFBl9KLBYDByBjoIBvLBBrDlBBILBGEBbGGCGDrUfBrBFB0BUUFDBGoEoEBCB-FCBHBBHBBHBBECBIIIBLBDBBNbbUDDQBBPhBB8DEBEDBuBCB5COOBBBCuBBvBhEBeCByBOBdDBlBIBfEBsBEBfmBmBBCBPpBB-EBBLFBlBDBlBDBpBHB1BKBNQQIDDMQQIDDBBB1BLB4JIBXJBJXBHrBrBKkCBHBBCtBtBDCBCBBYpCpCBGBKvBBUDDBDBiBCBcEBclBB5BDBVBBzBDDBDBJEEeBBEDBLGBKGBhCfBoBDBNIB3BCBeBBcEBbGBFLBIvCBqC2BB0BMB0BGBvBHBLFBnBCBeHBDvGBgBrBrBEBBDPBHHBKgBBvBHBrBVBblBBdTBYIBvCDBlBIB-BGGBLBaGBLFB2BTTBGBoBIBhDVVBJBTwBwBB8BBICCFQQMFB8BEBLFBFJJBDDBXXIDDGLLBDDBEEBCCBEBCEBIBBICBGKBLCCBCCnBLLCBBCFFLDDBGBDcB9CGGBcBpCHBLlFB3BBBnBhBBmCKBLFBOSB7BFBLFBVbBcBBQDBY4FB9BjDB0CLBJBBCBBJDDfDDBNNBHBLlCBJBBvBBBMaBpCHB0CMBqCGBL1CBJ3CBjBNBLFBKuBuBPJBeCBhBBBXPPBnCBIDDtBCBCDDKHBLFBHDDmBDDHGBLFBtBDBL1HBaGBSqBqBBBBe0CBCOBzBMB8clDBwDGGBJBlGryCBkDMBxhBPBXJB88DEBoS41GB7Bl2BB6RGBgBLLBCByCLLBEBfBBHJBnCJBLIIWEBUvNB7BlGB8CEBaBBarBBsCDB6BGBS-BBGKBIIB3mHoBBhBgDB0D8vIBFIIDkJkJBNBCcBEBBCNBFHBtMjoCBsDEBOCBKGBLBBF-6DB+HCB1NFBYOBSOBvBBBYIB1D7BB3HJBoBBBrCHBxDUBnC5DBVLBVLB4CIBamEB2CoCoCDBBCBBDBBFNNCIIiCFFBJJIddFGGCCBI1K1KBlJlJB-V-VBNBGQQBuiBBgBFBH0GBISSBIIDGGBDB-BgBBCvDBuBCBPBBLDBD-JBgBQB7BEBCvOBrB1GBsBDBC-FBgBXXBGBD-GBIFFDQQmGBBRoBBtCDBLDBDwYBlCrCB+BhGBFccDCCBCCLFFCCCBEBCDBCECEDDCBBCICDCCBFFIKFCLLSEBEGGSzBBDtIBtBDBlDLBQBBQQQmBJBvF3BBeMBtBDBKGBDNBH5EB6eCBSCBOCB7GFBNDBCOBNDB5BHBLFBpBHBfBBNDBDNBKmBB5KHBPBBOCBMCB6BCCBCBRBBNDBLGB0EoDoDBjgBBh3pBfB-oEBBv0FBBypHOBvThtCB-QhvBBs6EEBrpIlkzVBxHvw-FB", false)),
        Cc: () => new UnicodeRangeTable(decodeRanges("AfgDgB", true)),
        Cf: () => new UnicodeRangeTable(decodeRanges("tFzqBzqBBEBXhGhGyBhMhMBxCxCs5D9-B9-BBDBbEByBEBCJBw03B6H6HBBBimEQQj7IPBhjiBDBwmFHBn0rYffB+CB", false)),
        Cn: () => new UnicodeRangeTable(decodeRanges("4bBBHDBICCVuMuMnBBBzBBBE4B4BBGBcDBHKBvI9B9BBmDmDBMB8BBByBBBQddBCCMEBjBEBuHJJBDDBXXICCBBBFBBKBBDBBFHBCDBDGGBaaBEEHDBDBBXIIDGDBCCGDBDBBECBCGBFCCBFBSJBEKKEXXIDDGBBLIEBCCBNBFBBNGBIEEJBBDBBXIIDGGBKKBDDBEEBFBEDBDGGBTTBIBDHHBBBEFFBBBDCCDCBDCBECBNDBGCBEFFBCCBEBCNBWEBOEEYRRBKKEFFBFBDEEDBBFBBLGBXEEYLLGBBKEEFGBDEBEFFBLLELBOEE0BEEHDBRBBbEETCBZKKCBBICBCDBHCCJFBLBBELB7BDBekBBDCCGZZCYYBGGCIILBBFfBpClBlBBCBoBlBlBQOOBjBBnGCCBDBCBB6LFFBIICFFBqBqBFBBiBFFBIICFFBQQ6BFFBkCkCBhBhBBBBbFB3CBBHBB+UCB6CGBXIBZIBVLBOEEDLB-CBBLFBLFBbFB6CGBsBEBnCJBgBNNBCBNDBCCBrBBBGKBtBDBbFBMCB-BBBiCeeBMMBEBLFBPBBvBBBNTBuCnFnFBGB9BCBQCB-BEBsBBBMHBsBEB3QBBHBBnBBBHBBJGCgBBB2BQQPBBHUUBEEKmDmDNBBcOOBBBjBNBiBOBtEDB7UVBMUB14BBB-LEBuBCCBDBCBB5BGBDNBZIBI4BI-DhBBb6C6CBKB3GZBxC3C3CBoDoDBDBsB-C-C3CIBxBuzcuzcBBB4BIB9KTB5FHB+GTB9BCBLFB5BHBnCHBNFB1DKBfCBvCMMBCBiB4B4BBHBPBBLBBoDXBdJBHBBHBBHIBIII9BDB-DBBLFBl9KLBYDByBDBvzIBBrDlBBILBGEBbGGCGDrUfBrBFB0BUUFDBGoEoEBCC-FCBHBBHBBHBBECBIIIBIBGBBNbbUDDQBBPhBB8DEBEDBuBCB5COOBBBCuBBvBhEBeCByBOBdDBlBIBfEBsBEBfmBmBBCBPpBB-EBBLFBlBDBlBDBpBHB1BKBNQQIDDMQQIDDBBB1BLB4JIBXJBJXBHrBrBKkCBHBBCtBtBDCBCBBYpCpCBGBKvBBUDDBDBiBCBcEBclBB5BDBVBBzBDDBDBJEEeBBEDBLGBKGBhCfBoBDBNIB3BCBeBBcEBbGBFLBIvCBqC2BB0BMB0BGBvBHBLFBnBCBeHBDvGBgBrBrBEBBDPBHHBKgBBvBHBrBVBblBBdTBYIBvCDBlBIBlCJBCBBaGBLFB2BTTBGBoBIBhDVVBJBTwBwBB8BBICCFQQMFB8BEBLFBFJJBDDBXXIDDGLLBDDBEEBCCBEBCEBIBBICBGKBLCCBCCnBLLCBBCFFLDDBGBDcB9CGGBcBpCHBLlFB3BBBnBhBBmCKBLFBOSB7BFBLFBVbBcBBQDBY4FB9BjDB0CLBJBBCBBJDDfDDBNNBHBLlCBJBBvBBBMaBpCHB0CMBqCGBL1CBJ3CBjBNBLFBKuBuBPJBeCBhBBBXPPBnCBIDDtBCBCDDKHBLFBHDDmBDDHGBLFBtBDBL1HBaGBSqBqBBBBe0CBCOBzBMB8clDBwDGGBJBlGryCBkDMB3iBJB88DEBoS41GB7Bl2BB6RGBgBLLBCByCLLBEBfBBHJBnCJBLIIWEBUvNB7BlGB8CEBaBBarBBsCDB6BGBS-BBGKBIIB3mHoBBhBgDB0D8vIBFIIDkJkJBNBCcBEBBCNBFHBtMjoCBsDEBOCBKGBLBBJ76DB+HCB1NFBYOBSOBvBBBYIB1D7BB3HJBoBBBjGUBnC5DBVLBVLB4CIBamEB2CoCoCDBBCBBDBBFNNCIIiCFFBJJIddFGGCCBI1K1KBlJlJB-V-VBNBGQQBuiBBgBFBH0GBISSBIIDGGBDB-BgBBCvDBuBCBPBBLDBD-JBgBQB7BEBCvOBrB1GBsBDBC-FBgBXXBGBD-GBIFFDQQmGBBRoBBtCDBLDBDwYBlCrCB+BhGBFccDCCBCCLFFCCCBEBCDBCECEDDCBBCICDCCBFFIKFCLLSEBEGGSzBBDtIBtBDBlDLBQBBQQQmBJBvF3BBeMBtBDBKGBDNBH5EB6eCBSCBOCB7GFBNDBCOBNDB5BHBLFBpBHBfBBNDBDNBKmBB5KHBPBBOCBMCB6BCCBCBRBBNDBLGB0EoDoDBjgBBh3pBfB-oEBBv0FBBypHOBvThtCB-QhvBBs6EEBrpIm8yVBCdBhD-DBxHvw-BB---BBB---BBB", false)),
        Co: () => new UnicodeRangeTable(decodeRanges("gg4B-nGh4hc9--BD9--B", true)),
        Cs: () => new UnicodeRangeTable(decodeRanges("gg2B--B", true)),
        L: () => new UnicodeRangeTable(decodeRanges("hCZBHZBwBLLFGGBVBCeBCpOBFLBPEBICCiEEBCBBDDBCHHCCBCCCBSBCyCBCqEBJlFBClBBDHHBnBBoCaBFDBuBqBBkBBBCiDBCQQBIIBLLBBBDRRCdBe4CBMZZBfBKBBFGGBUBFKKEYYBXBIKBGXBCGBRpBB7B1BBETTIJBQPBFHBDBBDVBCGBCEEBCBERROBBCCBPBBLJJBEBFBBDVBCGBCBBCBBCBBgBDBCUUBBBRIBCCBCVBCGBCBBCEBETTQBBYMMBGBDBBDVBCGBCBBCEBEffBCCBBBQSSCFBECBCDBEBBCCCBEEBEEBBBELBX1B1BBGBCCBCWBCPBEbbBBBCBBDBBfFFBGBCCBCWBCJBCEBEffBBBCBBQBBSIBCCBCoBBDRRGCBJCBZFBGRBEXBCIBCDDBFB7BvBBCBBNGB7BBBCCCBDBCXBCCCBIBCBBKDDBDBCWWBCBhBgCgCBGBCjBBcEB0DqBBVRRBEBFDBEEEBIIBBBFMBNSSBkBBCGGDqBBCsKBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBmBPBR1CBDFBErTBDQBCZBGqCBHHBIRBOSBPRBPMBCCBQzBBkBFFkC4CBIEBDhBBCGGBkCBLeByBdBDEBMrBBFZB3BWBK0BBzC+C+CBtBBSHB3BdBOBBLrBBbjBBqBCBLjBBDKBGqBBDCBqBDBCFBCBBEGGB+FBhC1IBDFBDlBBDFBDHBCGCBdBD0BBCGBCEEBBBCGBEDBDFBFMBGCBCGB1DOORMBmDFFDJBCEEBDBHGCBCBCKBDDBGEBF1B1BB8zC8zCBjHBHDBEBBNlBBCGGD3BBIRRBVBKGBCGBCGBCGBCGBCGBCGBCGBxC2O2OBrBrBBDBGBBF1CBHCBC5CBCDBGqBBC9CBSfBxBPBhQ-tGBhCs0VBkCtBBDsIBEPBLBBVuBBReBDlCByBIBDmDBDxCBVQBCCBCDBCWBezBBPxBB-BFBECCBMMBaBLWBacBIuBBdRRBDBCJBLEBCoBBYCBCHBVWBEEEBwBBCEEBDDBDBDCCZCBDKBICBNFBDFBDFBKGBCGBCqBBCNBHyDBej9KBNWBFwBBloItLBDpDBnBGBNEBGCCBIBCMBCEBCCCBCCBCCBqDBiBqLBT-BBD1BBpBLB1DEBCmEBlBZBHZBM4CBEFBDFBDFBDCBkBLBCZBCSBCBBCOBDNBjB6DBmMcBEwBBwBfBOTBCHBHlBBLdBDjBBFHBxB9EBTjBBFjBBFnBBJzBBNKBCOBCGBCBBCKBCOBCGBCBBEzBBN2JBKVBLHBZFBCpBBCIBmCFBDCCBqBBCBBEDDBVBLWBKeBiCSBCBBLVBLZBHZBnB3BBHBBhCQQBCBCCBCcBrBcBEcBkBHBCbBc1BBLVBLSBORBvDoCB4ByBBOyBBOjBBnBbBKWB7HpBBHBBRFB5BcBLJJBUBrBRBvBUBcWBN0BB6BBBDOOBrBBhBYBbjBBeDDJiBBENNBuBBPDBWCCkBRBCYBUBBgCGBCCCBCBCOBCJBIuBBnBHBDBBDVBCGBCBBCEBETTNEBfJBCDDClBBCaaCtBtBBzBBTDBVCBfvBBVBBC5F5FBtBBqBDBlBvBBV8B8BBpBBOoCoCBZBmBGB6FrBB1D-BBgBHBDDDBGBCBBCXBQCC-CHBDmBBRCCdLLBmBBIWWMtBBUTTBnCBoGgBBgBIBCkBBSyByBBcBxDGBCBBClBBWaaBEBCBBCfBPYYBqBBlISBQCCBLBChBB9DwCwCB4cBnHjGBtyCgDBQvhBBSFBa68DBGmSB61GdBj3B4RBIeBSuCBSdBTvBBRDBgBUBGSBxNsBB0G-BBhBYBDYBtBqCBGjCjCBLBhCBBCPPBNNB0mHBqBfBiDyDB+vIDBCGBCBBCiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBn7F0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDYBCYBCeBCYBCeBCYBCeBCYBCeBCYBCHB15BeBHFBmI9BBzEsBBLGBRiKiKBcBTrBBlPbBlHdBDwGwGBdBCCBCBBCGBDEBKBBhHGBCDBCBBCOBCkGB8BjCBI1lB1lBBCBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQBlqE-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
        LC: () => new UnicodeRangeTable(decodeRanges("hCZBHZB7BLLBVBCeBCiGBCDBFvGBDZBhGDBDBBECBCHHCCBCCCBSBCyCBCqEBJlFBClBBKoBB44ClBBCGGDqBBDCBhV1CBDFBjkCKBGqBBDCBhCrBBgCMBChBBmD1IBDFBDlBBDFBDHBCGCBdBD0BBCGBCEEBBBCGBEDBDFBFMBGCBCGBmIFFDJBCEEBDBHGCBCBCFBFDDBCBGEBF1B1BB8zC8zCB6DBDmDBHDBEBBNlBBCGGzoetBBTbBnEtCBCWBEDBCsCBZBBE2Z2ZBpBBGIBIvCBh6TGBNEBqgBZBHZBmlBvCBhDjBBFjBB1DKBCOBCGBCBBCKBCOBCGBCBBk2ByBBOyBB+CVBLVB74C-BBhrV-BBhBYBDYBtpZ0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDYBCYBCeBCYBCeBCYBCeBCYBCeBCYBCHB15BJBCTBHFB2uCjCB", false)),
        Ll: () => new UnicodeRangeTable(decodeRanges("hDZB7BqBqBBWBCHBC2BCBQCBuBCDECBBBDCCDEEBFFDEEBBBDDDCCCDCCBCCDEECDDBDDBBBHGDCOCBSCBDDCEEC4BCBFBDDDBCCFICBjCBDZBiGCCEEEBBBTccBhBBCBBECBCWCBDBCGDB0B0BBuBBCgBCK0BCDMCBgDCxBoBBo6CqBBDCB5XFBjkCIBC2D2DBqBBgCMBChBBnD0ECBHBCgDCBHBJFBLHBJHBJFBLHBJHBJNBDHBJHBJHBJEBCBBHEEBBBCBBJDBDBBJHBLCBCBBzIEEBEEcKFDBBJDBF2B2Bs1CvBBCEEBGCFCCBCCBEBGiDCBIICFFNlBBCGG0oesBCUaCoEMCBBBC+BCBGBCCCDICFCCDCCBBBCSCGGGCMCFCCDOCbEE2ZqBBGIBIvCBh6TGBNEBqhBZBumBnBBpEjBB8EKBCOBCGBCBBk4ByBB+DVB75CfBhsVfB8BYBnqZZBbGBCRBbZBbDBCCCBFBCKBbZBbZBbZBbZBbZBbZBbZBbZBbbBdYBCFBbYBCFBbYBCFBbYBCFBbYBCFBC15B15BBIBCTBHFB4vChBB", false)),
        Lm: () => new UnicodeRangeTable(decodeRanges("wVRBFLBPEBICCmEGG-OnHnHlFBBuIBBFgBgBKEEhFoFoF1mBgEgE2R72B72BsDkTkTxOFBvF+BBOjBjBBjBByVOORMBg-CBByHgGgG2OsBsBBDBGiDiDB+C+CBBB34bjnBjnBBEBvIzDzDdBB6DIBxCYYpDDBEBB2OXXqEtDtDWBBoDDBKngVngVuBBBh-BFBCpBBCIB0sBhBhB2K04D04DnrTDB9PCBpBBBnRMBhCBBCPPB9-P9-PBCBCGBCBByhM9BBqGGBud0Q0QsSAB", false)),
        Lo: () => new UnicodeRangeTable(decodeRanges("qFQQhIFFBCBxGBB7ZaBFDBuBfBCJBkBBBCiDBCZZBLLBBBDRRCdBe4CBMZZBfBWVBrBYBIKBGXBCGBRoBB8B1BBETTIJBROBFHBDBBDVBCGBCEEBCBERROBBCCBPBBLJJBEBFBBDVBCGBCBBCBBCBBgBDBCUUBBBRIBCCBCVBCGBCBBCEBETTQBBYMMBGBDBBDVBCGBCBBCEBEffBCCBBBQSSCFBECBCDBEBBCCCBEEBEEBBBELBX1B1BBGBCCBCWBCPBEbbBBBCBBDBBfFFBGBCCBCWBCJBCEBEffBBBCBBQBBSIBCCBCoBBDRRGCBJCBZFBGRBEXBCIBCDDBFB7BvBBCBBNFB8BBBCCCBDBCXBCCCBIBCBBKDDBDBYDBhBgCgCBGBCjBBcEB0DqBBVRRBEBFDBEEEBIIBBBFMBNyDyDBnKBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBmBPByDrTBDQBCZBGqCBHHBIRBOSBPRBPMBCCBQzBBpBkCkCBhBBC0BBIEBDhBBCGGBkCBLeByBdBDEBMrBBFZB3BWBK0BBxFuBBSHB3BdBOBBLrBBbjBBqBCBLdByDDBCFBCBBE7hB7hBBCB4-C3BBZWBKGBCGBCGBCGBCGBCGBCGBCGBoR2B2BF1CBJCCB4CBFGGBpBBC9CBSfBxBPBhQ-tGBhC0wUBC2jBBkCnBBJrIBFPBLBBjCyByBBkCBqFoDoDEGBCCBCDBCWBezBBPxBB-BFBECCBMMBaBLWBacBIuBBuBEBDIBLEBCoBBYCBCHBVPBCFBEEEBwBBCEEBDDBDBDCCZBBEKBIPPBEBDFBDFBKGBCGByEiBBej9KBNWBFwBBloItLBDpDBkCCCBIBCMBCEBCCCBCCBCCBqDBiBqLBT-BBD1BBpBLB1DEBCmEBqDJBCsBBDeBEFBDFBDFBDCBkBLBCZBCSBCBBCOBDNBjB6DBmMcBEwBBwBfBOTBCHBHlBBLdBDjBBFHBhEtCBjDnBBJzBB9CzBBN2JBKVBLHB5EFBDCCBqBBCBBEDDBVBLWBKeBiCSBCBBLVBLZBHZBnB3BBHBBhCQQBCBCCBCcBrBcBEcBkBHBCbBc1BBLVBLSBORBvDoCB4FjBBnBDBCxJxJBoBBHBBRCBCBB5BcBLJJBUBrBRBvBUBcWBN0BB6BBBDOOBrBBhBYBbjBBeDDJiBBENNBuBBPDBWCCkBRBCYBUBBgCGBCCCBCBCOBCJBIuBBnBHBDBBDVBCGBCBBCEBETTNEBfJBCDDClBBCaaCtBtBBzBBTDBVCBfvBBVBBC5F5FBtBBqBDBlBvBBV8B8BBpBBOoCoCBZBmBGB6FrBB0GHBDDDBGBCBBCXBQCC-CHBDmBBRCCdLLBmBBIWWMtBBUTTBnCBoGgBBgBIBCkBBSyByBBcBxDGBCBBClBBWaaBEBCBBCfBPYYBnBBCBBlISBQCCBLBChBB9DwCwCB4cBnHjGBtyCgDBQvhBBSFBa68DBGmSB61GdBj3B4RBIeBSuCBSdBTvBB0BUBGSB0NnBB2MqCBGwFwFB0mHBqBfBiDyDBuwIiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBxzI2P2PBrBBiBiKiKBcBTrBBlPaBmHdBDwGwGBdBCCBCBBCGBDEBKiHiHBFBCDBCBBCOBCkGB8pBDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQBlqE-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
        Lt: () => new UnicodeRangeTable(decodeRanges("lOGDnB2sH2sHBGBJHBJHBNQQwBAB", false)),
        Lu: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiB2BCDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIJDCMCDQCDDDCCBC4BCIBBCBBDCCBCBCGCiJCCEJJHCCBBBCCCBCCBPBCIBkBDDBBBEWCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBpCDBNDBNDBNEBMDBnIFFECBDCBDEEBDBHGCBCBDDBLBBG+B+B9zCvBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoqZZBbZBbZBbCCBGDBDDBCBCHBbZBbBBCDBDHBCGBcBBCDBCEBCEEBFBcZBbZBbZBbZBbZBbZBfYBiBYBiBYBiBYBiBYBiB2pE2pEBgBB", false)),
        M: () => new UnicodeRangeTable(decodeRanges("gYvDB0IGBoIsBBCCCBCCBCCpCKBxBUBRmDmDBFBDFBDBBCDBkBffBZB8CKB7BIBKZZBCBCIBCCBCEBsBCB8BIBrBXBCgBB3BCBCRBCGBLBBeCB5BCCBFBDBBDCBKLLBbbDCB5BCCBDBFBBDCBEffBEEMCB5BCCBGBCCBCCBVBBXFBCCB5BCCBFBDBBDCBICBLBBf8B8BBDBECBCDBKpBpBBDB4BCCBFBCCBCDBIBBMBBeCB5BCCBFBCCBCDBIBBMBBQNNBCB4BBBCGBCCBCDBKLLBeeBBBnCFFBEBCCCBGBTBB+BDDBFBNHBjDDDBHBMGBqCBBcECFBByBTBCBBGKBCjBBKlDlDBSBYDBFCBCCBDGBEDBOLBCLLBCBgWCBzdDBdCBeBBfBBhCfBKuBuBBBBC2D2DBjBjB3DLBFLB8GEB6BJBCcBDxBxBBsBBDLBVEBwBQBnBIBNCBfMB5BNBxBTB5ECBCUBFHHDCBnG-BBxWgBB--CCBuEhDhDBeBrRFBqDBB1udDBCJBhBBBxCBBxIEEFYYBDBF0C0CBzBzBBQBbRBOnBnBBGBaMBtBDBwBNBlBkCkCBMBNJJBuBuBBBBzBCCBBBDBBGBBCqBqBBDBGBBtHHBCBBx5TiXiXBOBRPBuejHjH2EEBn0BCBCBBGDBpBCBFmFmFB+R+RBCBiCEB+JBBuCFBnCKByBDB7DCB2BOBqBDDBLLBCBuBKBI+B+BBBBlBNBRBBtBNNBBBxBNBJDBCBB9CLBHDD+ELBWDB4BBBCGBDBBDCBKLLBDDBFBEEBkCIBCDDCDBCEBCPPBzCzCBQBYyCyCBSBsHGBDIBcBBzCQBrDMBmDOBhIOB2HFBCBBDDBCCCBuEuEBFBDGBEddBIBpBGBCDBJKKBJBvBPBnGHBoGHBCHBzCVBCNB7DFBECCBCCBFBCjCjCBDBCBBCEB8KDBKBBCxBxBBFBEEBYmnFmnFHOBpmLRBhuCEB8BGB5gBCCB1BBIDByCMMBslTslTBizEizEBsBBDWB-QEBEFBJHBDGBfDB1ECB89B2BBFxBBJPPXEBCOBxqBGBCQBDGBCBBCEBlDhFhFBFB4L+B+BBCB9PDB-HBB0HDDIBBG7O7OBFBuDGB29lYvHB", false)),
        Mc: () => new UnicodeRangeTable(decodeRanges("joC4B4BDCBJDBCBBzBBB7BCBHBBDBBLsBsB7BCBjC7B7BBBBJCCB2B2BB7B7BCHHBDDBLLnDBBCBBECBCCBLqBqBBBB+BDB+BBB7BCCBDBDBBCBBKBBdPPB7B7BBBBGCBCCBLrBrBBsCsCBBBHHBTBBrKBBgCsFsFBFFHDDBaaBLLBBBDGBWBBDFBDLLBBB5zBffiEIIBGBCBB7KDBDCBFBBCFBhHBB7BCCKCCBJJBEByExBxBGCCBDBCBB+BffFBBD9B9BDCBCEEBxBxBBGBJBBsFWW35EBB0-dBBD5C5CBzBzBBOBvEBBwBxBxBBFFBDDBBBvDBBDBBZuBuBCuDuDDBBGuHuHBCCBCCBCC0gZCCgEuBuBBBBFBB0DZZB8B8BxBCBKBBO+C+CBBBEBBCrFrFBBBgBBB7BBBCDBDBBDCBKLLB1C1CBBBIDDCDBCBBCmDmDBBBJBBErDrDBBBHCCBCBDuHuHBBBHDBDyDyDBBBJBBCuDuDCBBHoDoDCBBFmImIBBBK4H4HBEBCBBFDDCvEvEBBBJDBF1C1CeBB-BqGqGECCoGPPrDIID2G2GBDBFBBC-K-KBNNxBBBJBBCpvQpvQBBBlxD2BBpDBB0rYBBHFB", false)),
        Me: () => new UnicodeRangeTable(decodeRanges("okBBB1xF-wB-wBBCBCCBsshBCB", false)),
        Mn: () => new UnicodeRangeTable(decodeRanges("gYvDB0IEBqIsBBCCCBCCBCCpCKBxBUBRmDmDBFBDFBDBBCDBkBffBZB8CKB7BIBKZZBCBCIBCCBCEBsBCB8BIBrBXBCfB4BCCFHBFEEBFBLBBe7B7BFDBJVVBbbDBB6BFFBFFBDDBBBEffBEEMBB6BFFBDBCBBFVVBXXBEBC7B7BDCCBCBJIIBMMBff+BNNzBEE4BCCBBBGCBCDBIBBMBBe7B7BDHHGBBVBBdBB6BBBFDBJVVBeepCIIBBBC7C7CDGBNHBjDDDBHBMGBqCBBcEC4BNBCEBCBBGKBCjBBKnDnDBCBCFBCBBDBBaBBFCBRDBODDBHHQgWgWBBBzdCBeBBfBBfBBhCBBCGBJDDBJBKuBuBBBBC2D2DBjBjB3DCBFBBKHHBBB8GBBD7B7BCGBCCCDHBHJBDxBxBBMBCeBDLBVDBxBCCBDBCGGpBIBNBBhBDBDBBCCB5BCCBEECCB7BHBDBB5ECBCMBCGBFHHEBBnG-BBxWMBFEEBKB--CCBuEhDhDBeBrRDBsDBB1udFFBIBhBBBxCBBxIEEFaaBGG4EBBbRBOnBnBBGBaKBvBCBxBDDBCBDBBoBkCkCBEBDBBDBBNJJwB0B0BCCBDBBGBBCrBrBBJJvHDDFx5Tx5TiXPBRPBuejHjH2EEBn0BCBCBBGDBpBCBFmFmFB+R+RBCBiCEB+JBBuCFBnCKByBDB8D3B3BBNBqBDDBLLBBByBDBDBBI+B+BBBBlBEBCHB-BNNB1B1BBHBLDBDgDgDBBBDCCBHHD+E+EEHBWBB6BBBEmBmBBFBEEBnCFBOECPBB2CHBDCBCYY1CFBCFFBCCBvHvHBCBHBBCBBcBB2CHBDCCBrDrDCDDBEBCmDmDCDDBCBCEBkIIBCBBhIBBCFFxEDBDBBFhBhBBIBpBFBDDBJKKBEBDCBvBMBCBBnGCCBBBCqGqGBFBCFBCzCzCBUBDGBCBBCBB7DFBECCBCCBFBCpCpCBEEC8K8KBMMB1B1BBDBGCCYmnFmnFHOBpmLLBECBhuCEB8BGB5gBgCgCBCByC5lT5lTBizEizEBsBBDWBhRCBSHBDGBfDB1ECB89B2BBFxBBJPPXEBCOBxqBGBCQBDGBCBBCEBlDhFhFBFB4L+B+BBCB9PDB-HBB0HDDIBBG7O7OBFBuDGB29lYvHB", false)),
        N: () => new UnicodeRangeTable(decodeRanges("wBJB5DBBGDDBBBitBJBnEJBnGJB9MJB3DJBFFBtDJB3DJB3DJBDFBvDMB0DJBJGBoDJBpDGBISBuDJBhDJB3DJBnCTBtIJBnCJBwWTBybCBwHJBHJBXJBtJJBhEKBmFJBHJB3FJB3CJBnEJBHJB3gBEEBEBHJBnGyBBDEB3W7BBvCVB3TdBqrBqYqYaIBPCB4KDBrEJBfHBCOBhBJBoBOBh7cJB9FJBhKFB7EJBnBJBnGJBXJB3CJB3MJB34UJBuPsBBN4BBSBB2KaBlBDBeJJnEEBrGJBvdHBaGBoBIBsCEBXFBhFBBDPBDtBBhCIB1BBBfCBsCEBpDHBZHBqBGBrKFBxBJBHJB3IeB-EJBrBDBxDGBnEdBhEJB9BJBxEJBITB8HJB3KJB3DJB3LJBnDJBHTBtCLBlNSB+CJB3UJB3CcBkHJBnCJB3BJBnLJBnDUBshBuDBimPJBnpCJB3CJBnEJBCGBvQJBnIWB+KCB6nXJBnuBTBNTBtDYB2iBxBBhqCJBnNJB3PJB4HJBtWIBhEJB4Y6BBCCBCDBtCsBBCOBjeMBk3CJB", false)),
        Nd: () => new UnicodeRangeTable(decodeRanges("wBJnxBJnEJnGJ9MJ3DJ3DJ3DJ3DJ3DJ3DJ3DJ3DJ3DJhDJ3DJnCJ3IJnCJn6BJnBJtJJhEJnFJHJ3FJ3CJnEJHJnuiBJnVJnBJnGJXJ3CJ3MJ34UJnsBJnkCJHJ9YJhEJ9BJxEJ3IJ3KJ3DJ3LJnDJHTtCJnNJnDJ3UJ3CJ3HJnCJ3BJnLJ3uQJnpCJ3CJnEJ3QJ37XJ12CxBhqCJnNJ3PJ4HJ2aJ30EJ", true)),
        Nl: () => new UnicodeRangeTable(decodeRanges("u3FCBwzCiBBDDB-zDaaBHBPCBs1dJBxyW0BBtOJJnEEBrhIuDBm8SCB", false)),
        No: () => new UnicodeRangeTable(decodeRanges("yFBBGDDBBB2pCFB5LFB5DCBmEGB6GGBSIByNJB2hBTB0jBJBhP20B20BEFBHJBnGPBqB3W3WB6BBvCVB3TdBqrB1kB1kBBCBrEJBfHBCOBhBJBoBOBxrdFBymWsBBiCDBSBB2KaBlBDB1pBHBaGBoBIBsCEBXFBhFBBDPBDtBBhCIB1BBBfCBsCEBpDHBZHBqBGBrKFBhLeB-EJBrBDBxDGBnETB8LTBmqBBBvNIBobSB0aUBn8SGB-YWBqhZTBNTBtDYBvqFIBid6BBCCBCDBtCsBBCOBjeMB", false)),
        P: () => new UnicodeRangeTable(decodeRanges("hBCBCFBCDBLBBEBBbCBCccCkBkBGEELBBEEE-VJJzOFBqBBB0BCCDDDtBBBVBBCBBOCCBBBrCDBnDsBsBBMBqHCB3BOBgBmImIBLLtE5D5D6DnMnMNwLwL7CLLBpFpFBNBCmBmBBCBoCrCrCBDBFBBwDFBsFlTlTBHB4EuTuTtBBBvCCBoCBB+ECBCCBmBKB6JBB5GBBhEGBCFBhFBBLGBdCB9DDB8BEB-BBBhCHBM9Z9ZBWBJTBCMBCLBfBBPBB6TDBeBB+hBNBwCBBgBJB0MVBgCDBhBBB8XDBCBBxDwEwEBtBBCfBDLBkNCBFJBDLBRNNjD7C7CjgdBBuICBkDLL0DFB9LDB3CBBpBCBCyByBBwBwBiDMBRBB9DDB-DBBRBB6HzqUzqUBxGxGBIBXiBBCNBCFFCBB2ECBCFBCDBLBBEBBbCBCccCCCBFB7MCB9UxBxB-MoXoXoGgBgBxIIBnBxDxDBFBjCGB6CDByO-J-JjBlElEBDBtBDB+FGBuDBBCDB-DDBxBBBwCDBFOOCCB5CFBsDrJrJBCCBzDzDBDBLBBCpDpD7HWBqDCBdMBtCjEjEBBB9HpIpIBBB8E9C9CBGB0CCBCEB+CJB4GgDgDBDBrBBBmUBBrCMBwFxjBxjBBDB97CBB8zOBBmEiCiCBDBJpRpRBBBoJDBoK9lT9lTovHEB07C-a-aBAB", false)),
        Pc: () => new UnicodeRangeTable(decodeRanges("-Cg-Hg-HBUU-u3BBBZCBwHAB", false)),
        Pd: () => new UnicodeRangeTable(decodeRanges("tB9qB9qB0BiyDiyDmgBqgCqgCBEBiwDDDgBBBFdd-NUUwDxszBxszBBmBmBLqFqFhzD-J-J", false)),
        Pe: () => new UnicodeRangeTable(decodeRanges("pB0B0BgB+1D+1DC-6B-6BqtC4B4BQ7T7TCff-hBMCxChBhBCGC1MUChCCCiBmhBmhBCECtBGCtNICEGCDBB-ozB6G6GeOCESSCCCrF0B0BgBGD", false)),
        Pf: () => new UnicodeRangeTable(decodeRanges("7F+6H+6HEddpuDCCFDDQEE", false)),
        Pi: () => new UnicodeRangeTable(decodeRanges("rFt7Ht7HDBBDaapuDCCFDDQEE", false)),
        Po: () => new UnicodeRangeTable(decodeRanges("hBCBCCBDECBLLBEEBcclCGGPBBI-V-VJzOzOBEBqB3B3BDDDtBBBVBBCBBOCCBBBrCDBnDsBsBBMBqHCB3BOBgBmImIBLLtE5D5D6DnMnMNwLwL7CLLBpFpFBNBCxDxDrCEBFBBwDFBsFlTlTBHBmY9D9DBBBoCBB+ECBCCBmBFBCDB6JBB5GBBhEGBCFBhFBBLGBdCB9DDB8BEB-BBBhCHBMjajaBJJBGBJIBDDBDCBEKBCCCBIB7kDDBCBBxDwEwEBFFBBBDDDBHBCBBCDDBLLBDBCJBDDBCCCBLBDCBtNCB6B+F+FjgdBBuICBkDLL0DFB9LDB3CBBpBCBCyByBBwBwBiDMBRBB9DDB-DBBRBB6HlxUlxUBFBDXXVBBDDBECBCDBICBHCCB2E2EBBBCCBDECBLLBEEBcclBDDB7M7MBBB9UxBxB-MoXoXoGgBgBxIIBnBxDxDBFBjCGB6CDB0ZlElEBDBtBDB+FGBuDBBCDB-DDBxBBBwCDBFOOCCB5CFBsDrJrJBCCBzDzDBDBLBBCpDpD7HWBqDCBdMBtCjEjEBBB9HpIpIBBB8E9C9CBGB0CCBCEB+CJB4GgDgDBDBrBBBmUBBrCMBwFxjBxjBBDB97CBB8zOBBmEiCiCBDBJpRpRBBBoJDBoK9lT9lTovHEB07C-a-aBAB", false)),
        Ps: () => new UnicodeRangeTable(decodeRanges("oBzBzBgB-1D-1DC-6B-6B-rCEEnB4B4BQ7T7TCff-hBMCxChBhBCGC1MUChCCCiBmhBmhBCECaTTCECtNICEGCDipzBipzB4GeeCMCESSCCCrFzBzBgBEEDAB", false)),
        S: () => new UnicodeRangeTable(decodeRanges("kBHHRCBgBCCcCCkBEBCBBDCCBCBDEEfgBgBrODBNNBGGBCCCBPB2DPPBxDxDsErIrIBBB3DCBDDDBvGvGLUUB4H4HIBBpEqLqLBHHB2H2H-DjEjEBGBlEwGwGqBmGmGiGCBQCCBBBDFBVECmEHBCFBCBBGDBmGBBxXJB0WuLuLlL+E+EBgBBiLJBKIBhiBCCBBBMCBOCBOCBOBBmCOOoBCBOCBUhBB-BBBCDBCBBLCCBBBGFBCECFMMBFFBDBGDBC7B7BBFFB2LBFcBD+HBXKByCtCBXnTBtBwBBDeBLyMBX+BBFfBD1LBDpEBmHFBmLBBvBZBC4CBN1GBbPBFOOBNNWBBHBB8CBB0HBBFJBhBlBBKRRBdBMdBJQQBeBLmBBQ-JBhuG-BBx0V2BB6RWBKBBoDBB+EDBLDB+RCBiHPPB+9T+9TpEgBBuLPBhCBB3BHBtBDBjDCCBBBD7E7EHRRBBBgBCCcCCiEGBCGBOBB6JIB6BQBDCBCMBEwBwBBrBB7zBBBwSmWmWBiKiKBGBnjC2kC2kCBbBr6SDBG3qU3qUk7DvHBLCBEzNBHWBQQBgDzDB9B1HBLmBBD7BBGCBXBBIdBF8BBWhCBE7F7FB1CBrbaagBaagBaagBaagBaa9B-PB4BDBzBHBCNBCBBp2BwNwNttCEE+DiOiOBvIvIBqBBFjDBNOBDOBCOBCkBBYgFB5BcBOrBBFIBIBBPFB7E4eBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBBPIBoB3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBC7CBLAB", false)),
        Sc: () => new UnicodeRangeTable(decodeRanges("kB+D+DBCBqnB8D8DzPBBzPBBI2H2HoImSmS8sClmClmCBgBB37hBkuVkuVtD7E7E8GBBEBB3-HDB-4wBxtCxtC", false)),
        Sk: () => new UnicodeRangeTable(decodeRanges("+CCCoCHHFEEqQDBNNBGGBCCCBPB2DPPBjoBjoB15FCCBBBMCBOCBOCBOBB9kEBBkzdWBKBBoDBBxePPBniUniUBPB8bCCjF4g9B4g9BBDB", false)),
        Sm: () => new UnicodeRangeTable(decodeRanges("rBRRBBB+BCCuBFFmBgBgB-XwQwQBBB8xGOOoBCBOCBsEoBoBBDBHlClCBDBGBBFGDIgBgBBDDCgBgBBqIBhBBB7CffBXBpBFB2OKK3BHBwDxKxKBDBDeBLPBhIiEBX+BBFfBDhIBxBUBDFB9+zB5Z5ZCCBlFRRBBB+BCCkEHHBCBitDBBhrwBx+Bx+BagBgBagBgBagBgBagBgBat5Ft5FB-uC-uCBHB", false)),
        So: () => new UnicodeRangeTable(decodeRanges("mFDDFCCyerIrIBgEgEBvGvGLUUB4H4HkQ2L2LjEFBClElEwGqBqBoMCBQCCBBBDFBVECmEHBCFBCBBGDBmGBBxXJB0WzWzW+EhBBiLJBKIBksBBBCDBCBBLCCBHHBEBCECFMMBPPCBBC7B7BBKKBDBDDBCBBCBBCGBCeBDBBCCCBdBtIHBFTBDGBDwCBCdBanBBHnCBXKByCtCBX2FBCIBC1BBJuDBC3HBtBrBBhC-HBhQvBBWBBHmBBDpEBmHFBmLBBvBZBC4CBN1GBbPBFOOBNNWBBHBBxKBBFJBhBlBBKRRBdBMdBJQQBeBLmBBQ-JBhuG-BBx0V2BBibDBLBBC+R+RBBBqqUPBuLPBhCBB3BHBuBCBlPEEFBBOBB6JIB6BQBDCBCMBEwBwBBrBB7zBBBwSpgBpgBBGBnjC2kC2kCBGBFQBr6SDBG3qU3qUk7DvHBLCBEzNBHWBQPBhDzDB9B1HBLmBBD7BBGCBXBBIdBF8BBWhCBE7F7FB1CBqlB-PB4BDBzBHBCNBCBBp2B96C96CiEyWyWBqBBFjDBNOBDOBCOBCkBBYgFB5BcBOrBBFIBIBBPFB7E6HBG4WBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBB-B3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBC7CBLAB", false)),
        Z: () => new UnicodeRangeTable(decodeRanges("gBgEgEgvFgsCgsCBJBeBBGwBwBh9DAB", false)),
        Zl: () => new UnicodeRangeTable(decodeRanges("ohIA", true)),
        Zp: () => new UnicodeRangeTable(decodeRanges("phIA", true)),
        Zs: () => new UnicodeRangeTable(decodeRanges("gBgEgEgvFgsCgsCBJBlBwBwBh9DAB", false)),
        ASCII_Hex_Digit: () => new UnicodeRangeTable(decodeRanges("wBJIFbF", true)),
        Alphabetic: () => new UnicodeRangeTable(decodeRanges("hCZBHZBwBLLFGGBVBCeBCpOBFLBPEBICC3CeeBQBCBBDDBCHHCCBCCCBSBCyCBCqEBJlFBClBBDHHBnBBoBNBCCCBCCBCCJaBFDBeKBG3BBCGBPlDBCHBFHBFCBLCBDRRBuBBOkDBZgBBKBBFGGBWBDSBUYBIKBGXBCGBIJJBoBBLLBEGBHrCBCPBCCBFOBOSBCHBDBBDVBCGBCEEBCBEHBDBBDBBCJJFBBCEBNBBLFFBBBCFBFBBDVBCGBCBBCBBCBBFEBFBBDBBFIIBCBCSSBEBMCBCIBCCBCVBCGBCBBCEBEIBCCBCBBEQQBCBWDBFCBCHBDBBDVBCGBCBBCEBEHBDBBDBBKBBFBBCEBORRBCCBEBECBCDBEBBCCCBEEBEEBBBELBFEBECBCCBEHHpBMBCCBCWBCPBEHBCCBCCBJBBCCBCBBDDBdDBCHBCCBCWBCJBCEBEHBCCBCCBJBBGCBCDBOCBNMBCCBCoBBDHBCCBCCBCGGBCBIEBXFBCCBCRBEXBCIBCDDBFBJFBCCCBGBTBBO5BBGGBH0B0BBECBDBCXBCCCBRBCCBDEBCHHPDBhBgCgCBGBCjBBFSBFPBCjBBkC2BBCDDBDBR-BBLDBDlBBCGGDqBBCsKBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBmBPBR1CBDFBErTBDQBCZBGqCBEKBITBMUBNTBNMBCCBCBBNzBBDSBPFFkC4CBIqBBGlCBLeBCLBFIBYdBDEBMrBBFZB3BbBF+BBDTBzBYYBMMBBByBzBBCOBCHB0BpBBDDBLrBBCKBP2BBXCBLjBBDKBGqBBDCBqBDBCFBCBBEGGB+FBUhBBM1IBDFBDlBBDFBDHBCGCBdBD0BBCGBCEEBBBCGBEDBDFBFMBGCBCGB1DOORMBmDFFDJBCEEBDBHGCBCBCKBDDBGEBFSSBnBBuZzBB34BkHBHDBEBBNlBBCGGD3BBIRRBVBKGBCGBCGBCGBCGBCGBCGBCGBCfBwB2O2OBBBaIBIEBDEBF1CBHCBC5CBCDBGqBBC9CBSfBxBPBhQ-tGBhCs0VBkCtBBDsIBEPBLBBVuBBGHBEwDBoBIBDmDBDxCBVUBCgBBZzBBNjCBCtBtBBEBECCBBBLgBBGiBBOcBEyBBCLBQRRBOBLEBC2BBKNBTWBEkCBCCCZCBDPBDDBMFBDFBDFBKGBCGBCqBBCNBH6DBWj9KBNWBFwBBloItLBDpDBnBGBNEBGLBCMBCEBCCCBCCBCCBqDBiBqLBT-BBD1BBpBLB1DEBCmEBlBZBHZBM4CBEFBDFBDFBDCBkBLBCZBCSBCBBCOBDNBjB6DBmC0BBsIcBEwBBwBfBOdBGqBBGdBDjBBFHBCEBrB9EBTjBBFjBBFnBBJzBBNKBCOBCGBCBBCKBCOBCGBCBBEzBBN2JBKVBLHBZFBCpBBCIBmCFBDCCBqBBCBBEDDBVBLWBKeBiCSBCBBLVBLZBHZBnB3BBHBBhCDBCBBGHBCCBCcBrBcBEcBkBHBCbBc1BBLVBLSBORBvDoCB4ByBBOyBBOnBBjBbBEGGBVB7HpBBCBBEBBRFBzBCBEcBLJJBUBrBRBvBUBcWBKlCBsBEBL4BBKOOBXBYyBBSDBJiBBEKKB+BBCDBKBBLCCkBRBChBBDHHBCB-BGBCCCBCBCOBCJBI4BBYDBCHBDBBDVBCGBCBBCEBEHBDBBDBBEHHGGBdJBCDDClBBCJBCDDCDBCBBECCtBhCBCCBCDBVCBfhCBDBBC5F5FB0BBDGBaFBjB+BBCEE8B1BBDoCoCBZBDNBWGB6F4BBoD-BBgBHBDDDBGBCBBCdBCBBDBBDDB+CHBDtBBDFBCCCBccBxBBDJBSnCBGTTBnCBoDHB5CgBBgBIBCsBBCGBCyByBBcBDVBCNBqCGBCBBCrBBECCBCCBBBCDDBZZBEBCBBCkBBCBBCDBCYYBqBBlIWBKQBCoBBECBwDwCwCB4cBnDuDBSjGBtyCgDBQvhBBSFBa68DBGmSB61GuBBy2B4RBIeBSuCBSdBTvBBRDBgBUBGSBxNsBB0G-BBhBYBDYBtBqCBF4BBIQBhCBBCNNBFBK1mHBqBfBiDyDB+vIDBCGBCBBCiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBFi7Fi7FBzCBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDYBCYBCeBCYBCeBCYBCeBCYBCeBCYBCHB15BeBHFB2GGBCQBDGBCBBCEBG9BBiBxDxDBrBBLGBRiKiKBcBTrBBlPbBlHdBDwGwGBdBCVBJBBhHGBCDBCBBCOBCkGB8BjCBEEE1lBDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1TZBHZBHZB3zD-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
        Dash: () => new UnicodeRangeTable(decodeRanges("tB9qB9qB0BiyDiyDmgBqgCqgCBEB+BoBoBQnMnMlgDDDgBBBFdd-NUUwDxszBxszBBmBmBLqFqFhzD-J-J", false)),
        Emoji: () => new UnicodeRangeTable(decodeRanges("jBHHGJBwDFFu8HNN5GXX7CFBQBBwLBBNnFnFaKBFCBoGoHoHBLLK7B7BBCBCEBKGDBDDFDDCBBDIEBJJBBBGCCGLBMBBDCCBCCTDDBTTBEBCCCBEEBGGDBBFBBMBBGBBDGGBECBVVBGGBEBCDBDFFDDDBEBCDDCCCHEEHLLBQQDFFCFFBBBCMMBxBxBBBBKeP1LBBwOCBUBB0BFF7mBNN6SCCrrvDrGrGhFBBNBBPDDBIBsCZBCBBYVVDIBWBBvFhBBDvDBDBBCCBDyCBDCBCmIBC+BBMFBCXBIBBDHBNDDBCBDFFBOOBDDJBBKGGBBBNCBJCBDCCFHHEHHB0CBxBlCBGHBDDBEJBECCBEEDJBkHLBF8I8IBtBBCJBC4FBxDMBEKBE4BBCFFBOBDLBFJB", false)),
        Emoji_Component: () => new UnicodeRangeTable(decodeRanges("jBHHGJB0+H2G2Gsp3B3+8B3+8BBYB8PEBxtBDBtzhY-CB", false)),
        Emoji_Modifier: () => new UnicodeRangeTable(decodeRanges("7-8DE", true)),
        Emoji_Modifier_Base: () => new UnicodeRangeTable(decodeRanges("9wJ8G8GRDB4jzD9B9BBBBDDDBBB2DBBDKBWSBEFFBBBCCBICCZqGqGBFFWFFBvFvFBBBEEB0CRRBBBKMMgSDDJHBHKKBIBDCB5B+B+BBCCBCCSCBCMBmHCBrBIB", false)),
        Emoji_Presentation: () => new UnicodeRangeTable(decodeRanges("64IBBuGDBEDDqQBBWBBzBLBsBUUOJJBSSBGGBJJGWWIBBCFFDIIFBBdkBkBCFFBBBC+B+BBBBZPP8aBB0BFFvlxDrGrG-FDDBIBsCZBCZZVDDBDBCCBWBBvFgBBNIBClCBCVBNqBBFEBNQBEEEBlCBCCCB5FBD+BBODBCXBTbbBOO3C0CBxBlCBHEEBBBDDBEDBMBBIIBkHLBF8I8IBtBBCJBC4FBxDMBEKBE4BBCFFBOBDLBFJB", false)),
        Extended_Pictographic: () => new UnicodeRangeTable(decodeRanges("pFFFu8HNN5GXX7CFBQBBwLBBNnFnFaKBFCBoGoHoHBLLK7B7BBCBCEBKGDBDDFDDCBBDIEBJJBBBGCCGLBMBBDCCBCCTDDBTTBEBCCCBEEBGGDBBFBBMBBGBBDGGBECBVVBGGBEBCDBDFFDDDBEBCDDCCCHEEHLLBQQDFFCFFBBBCMMBxBxBBBBKeP1LBBwOCBUBB0BFF7mBNN6SCCrrvDoBoBBCBlDLBQBBQPPBmBmBBIBxDBBNBBPDDBIBU3BBcOBLVVDIBCDBKWBH7FBDvDBDBBCCBDyCBDCBCDBG9HBC+BBMFBCXBIBBDHBNDDBCBDFFBOOBDDJBBKGGBBBNCBJCBDCCFHHEHHB0CBxBlCBGHBDQBECCBEBDMB7GlBBNDB5BHBLFBpBHBfBBNDBDNBKmBBNuBBCJBC4FB5CHBPxEBhI9fB", false)),
        Hex_Digit: () => new UnicodeRangeTable(decodeRanges("wBJIFbFq1-BJIFbF", true)),
        Lowercase: () => new UnicodeRangeTable(decodeRanges("hDZBwBLLFlBlBBWBCHBC2BCBQCBuBCDECBBBDCCDEEBFFDEEBBBDDDCCCDCCBCCDEECDDBDDBBBHGDCOCBSCBDDCEEC4BCBFBDDDBCCFICBjCBDiBBIBBfEBhDsBsBCEEDDBTccBhBBCBBECBCWCBDBCGDB0B0BBuBBCgBCK0BCDMCBgDCxBoBBo6CqBBCDB5XFBjkCIBC2D2DB+FBiC0ECBHBCgDCBHBJFBLHBJHBJFBLHBJHBJNBDHBJHBJHBJEBCBBHEEBBBCBBJDBDBBJHBLCBCBB6DOORMBuDEEBEEcKFDBBJDBFiBiBBOBFsasaBYBn6BvBBCEEBGCFCCBCCBGBEiDCBIICFFNlBBCGG0oesBCUaCBBBmEMCBBBC8BCBIBCCCDICFCCDCCBBBCSCGGGCMCFCCDOCWDBCCCBBB2ZqBBCNBHvCBh6TGBNEBqhBZBumBnBBpEjBB8EKBCOBCGBCBBkODDBBBCpBBCIBmoByBB+DVB75CfBhsVfB8BYBnqZZBbGBCRBbZBbDBCCCBFBCKBbZBbZBbZBbZBbZBbZBbZBbZBbbBdYBCFBbYBCFBbYBCFBbYBCFBbYBCFBC15B15BBIBCTBHFBmI9BB1lChBB", false)),
        Math: () => new UnicodeRangeTable(decodeRanges("rBRRBBBgBeeCuBuBFmBmBgB5W5WBBBDbbBDDBBBwQCBuwGccBBBMEEOPPBCBWEBMEBiCMBFEEBFFBDBTFFDJBCDDBEBHEEBDDBCCBBBCFBENBClClCBWBCFBCBBFBBFfBCHHBPPBqIBJDBVBB7CffBZBCZZMGB+NBBNJBFFBFBBDBBEEBPCCDFBMHBGBB6BCCeDBKCBxK-BBhI-PBxBUBDFB9+zB4Z4ZBEBCjFjFRCBeCCeCCkEHHBCBitDBBhrwBwoBwoBBzCBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDjJBDxBBhwFDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1BBB-uCIB", false)),
        Quotation_Mark: () => new UnicodeRangeTable(decodeRanges("iBFFkEQQ96HHBaBBowDqOqOBCBOCBixzBDB+FFF7CBB", false)),
        Terminal_Punctuation: () => new UnicodeRangeTable(decodeRanges("hBLLCMMBEE-ZJJiQ6B6BpCPPCCB1FsBsBBJBCsHsHB3B3BBEBCHBgBmImIB1nB1nBBtFtFFFB4JBB2YHBmY9D9DBBBoCBB+ECBEoBoBBCBDBB7JBBjLDBjFBBLBBCCBeCB8FEB-BBBldYYBKKBBBwlDCBzJOOFLLCBBEBBtNBB8ndBBuICBkHEB-LBB3CBBgD4E4EBBB0ECBgERRB6H6HnxUDDB6B6BBBBCDBqFLLCMMBEEiCDD7hBxBxBnkBoGoG3JBB5EFBlCFB6CDB5dEBtBDB+FGBxDDBgECBiEBBHRRB5C5CBDBtDrJrJB2D2DBBBNBBnLDBEOBqDBB6HCBmQCC8HBB4CBBFBB-MCBuBmUmUBrCrCBspBspBBDB6vRBBmEiCiCBBBLqRqRBoJoJBnwTnwTovHDB", false)),
        Uppercase: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiB2BCDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIJDCMCDQCDDDCCBC4BCIBBCBBDCCBCBCGCiJCCEJJHCCBBBCCCBCCBPBCIBkBDDBBBEWCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBpCDBNDBNDBNEBMDBnIFFECBDCBDEEBDBHGCBCBDDBLBBGbbBOBUzZzZBYBx5BvBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoqZZBbZBbZBbCCBGDBDDBCBCHBbZBbBBCDBDHBCGBcBBCDBCEBCEEBFBcZBbZBbZBbZBbZBbZBfYBiBYBiBYBiBYBiBYBiB2pE2pEBgBBvgCZBHZBHZB", false)),
        White_Space: () => new UnicodeRangeTable(decodeRanges("JEBTlDlDbgvFgvFgsCKBeBBGwBwBh9DAB", false))
      });
      static SCRIPTS = new LazyMap({
        Adlam: () => new UnicodeRangeTable(decodeRanges("go6DrCFJFB", true)),
        Ahom: () => new UnicodeRangeTable(decodeRanges("g4lCaDOFW", true)),
        Anatolian_Hieroglyphs: () => new UnicodeRangeTable(decodeRanges("ggxCmS", true)),
        Arabic: () => new UnicodeRangeTable(decodeRanges("gwBEBCFBCNBCCBCfBCJBMZBCrDBChBBxCvBBxHhBBGqCBCcBxy8BtPBDvEBhBPBxDEBCmEBk7DeBkCFBJIBiBFBh43BDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1BBB", false)),
        Armenian: () => new UnicodeRangeTable(decodeRanges("xpBlBDxBDCks9BE", true)),
        Avestan: () => new UnicodeRangeTable(decodeRanges("g4iC1BEG", true)),
        Balinese: () => new UnicodeRangeTable(decodeRanges("g4GsCCxB", true)),
        Bamum: () => new UnicodeRangeTable(decodeRanges("g1pB3CpowB4R", true)),
        Bassa_Vah: () => new UnicodeRangeTable(decodeRanges("w26CdDF", true)),
        Batak: () => new UnicodeRangeTable(decodeRanges("g+GzBJD", true)),
        Bengali: () => new UnicodeRangeTable(decodeRanges("gsCDBCHBDBBDVBCGBCEEBCBDIBDBBDDBJFFBCCBDBDYB", false)),
        Beria_Erfe: () => new UnicodeRangeTable(decodeRanges("g17CYDY", true)),
        Bhaiksuki: () => new UnicodeRangeTable(decodeRanges("ggnCICsBCNLc", true)),
        Bopomofo: () => new UnicodeRangeTable(decodeRanges("qXB6wLqBxDf", true)),
        Brahmi: () => new UnicodeRangeTable(decodeRanges("ggkCtCFjBKA", true)),
        Braille: () => new UnicodeRangeTable(decodeRanges("ggK-H", true)),
        Buginese: () => new UnicodeRangeTable(decodeRanges("gwGbDB", true)),
        Buhid: () => new UnicodeRangeTable(decodeRanges("g6FT", true)),
        Canadian_Aboriginal: () => new UnicodeRangeTable(decodeRanges("ggF-TxRlC7tgCP", true)),
        Carian: () => new UnicodeRangeTable(decodeRanges("g1gCwB", true)),
        Caucasian_Albanian: () => new UnicodeRangeTable(decodeRanges("wphCzBMA", true)),
        Chakma: () => new UnicodeRangeTable(decodeRanges("gokC0BCR", true)),
        Cham: () => new UnicodeRangeTable(decodeRanges("gwqB2BKNDJDD", true)),
        Cherokee: () => new UnicodeRangeTable(decodeRanges("g9E1CDFz7lBvC", true)),
        Chorasmian: () => new UnicodeRangeTable(decodeRanges("w9jCb", true)),
        Common: () => new UnicodeRangeTable(decodeRanges("AgCBbFBbuBBCOBCEBYgBgBiOmBBGEBDTB1DKKHCC+THHPEEhB9E9ElQiEiEB6mB6mB2MDBjJwvBwvBBBBoCBBsGBBCumBumBOIIBCBCFBCCBDmYmYBKBD2CBCKBEKBCOBShBB-BlBBCCBDFBCaBCQBqBCBF5UBXKBW-cBhIzTBDpEBhQ9CBzMUBCCCBXBQHBFDB8CBBE7C7CB0E0EBOBhBlBBKxBxBB+BBgBwCBwB5C5CBmFBhuG-BBhoWhBBnDCBmFJB1HhFhFsMPPBzuUzuUBxGxGBIBXiBBCSBCDB0ECCBeBbFBbKBLuBuBBhChCBFBCGBLEBjICBFsBBEIBxCMB0BsBBlHaBltuBDB96D8HBEzNBHWBQQBgDzDB9B1HBLmBBD9BBEQBJBBIdBF8BB2GTBNTBN2CBKYBoE0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDjJBDxBByjFjCBtC8BBjWrBBFjDBNOBDOBCOBCkBBLtFB5BZBCBBOrBBFIBIBBPFB7E4eBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBBPIBoB3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBCmDBnghYffB+CB", false)),
        Coptic: () => new UnicodeRangeTable(decodeRanges("ifNxkKzDGG", true)),
        Cuneiform: () => new UnicodeRangeTable(decodeRanges("ggoC5cnDuDCEMjG", true)),
        Cypriot: () => new UnicodeRangeTable(decodeRanges("ggiCFBDCCBqBBCBBEDD", false)),
        Cypro_Minoan: () => new UnicodeRangeTable(decodeRanges("w8rCiD", true)),
        Cyrillic: () => new UnicodeRangeTable(decodeRanges("ggBkEBDoFBx6FKBhFtCtCojEfBhie-CBv8VBBhw4B9BBiBAB", false)),
        Deseret: () => new UnicodeRangeTable(decodeRanges("gghCvC", true)),
        Devanagari: () => new UnicodeRangeTable(decodeRanges("goCwCFODZh7nBfhwcJ", true)),
        Dives_Akuru: () => new UnicodeRangeTable(decodeRanges("gomCGBDDDBGBCBBCdBCBBDLBKJB", false)),
        Dogra: () => new UnicodeRangeTable(decodeRanges("ggmC7B", true)),
        Duployan: () => new UnicodeRangeTable(decodeRanges("ggvDqDGMEIIJDD", true)),
        Egyptian_Hieroglyphs: () => new UnicodeRangeTable(decodeRanges("ggsC1iBL68D", true)),
        Elbasan: () => new UnicodeRangeTable(decodeRanges("gohCnB", true)),
        Elymaic: () => new UnicodeRangeTable(decodeRanges("g-jCW", true)),
        Ethiopic: () => new UnicodeRangeTable(decodeRanges("gwEoCBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBDfBEZBnvGWBKGBCGBCGBCGBCGBCGBCGBCGBjpfFBDFBDFBKGBCGBylvCGBCDBCBBCOB", false)),
        Garay: () => new UnicodeRangeTable(decodeRanges("gqjClBEcJB", true)),
        Georgian: () => new UnicodeRangeTable(decodeRanges("glElBBCGGDqBBCDBx8CqBBDCBhiElBBCGG", false)),
        Glagolitic: () => new UnicodeRangeTable(decodeRanges("ggL-Ch9sDGCQDGCBCE", true)),
        Gothic: () => new UnicodeRangeTable(decodeRanges("w5gCa", true)),
        Grantha: () => new UnicodeRangeTable(decodeRanges("g4kCDBCHBDBBDVBCGBCBBCEBDIBDBBDCBDHHGGBDGBEEB", false)),
        Greek: () => new UnicodeRangeTable(decodeRanges("wbDBCCBDDBCFFCCCBBBCCCBSBC+BBPPBnpGEBzBEBFEB1ChKhKBUBDFBDlBBDFBDHBCGCBdBD0BBCOBCNBDFBCSBDCBCIBoJ-xiB-xiB7uVuCBSgj0Bgj0BBkCB", false)),
        Gujarati: () => new UnicodeRangeTable(decodeRanges("h0CCBCIBCCBCVBCGBCBBCEBDJBCCBCCBDQQBCBDLBIGB", false)),
        Gunjala_Gondi: () => new UnicodeRangeTable(decodeRanges("grnCFCBCkBCBCFIJ", true)),
        Gurmukhi: () => new UnicodeRangeTable(decodeRanges("hwCCBCFBFBBDVBCGBCBBCBBCBBDCCBDBFBBDCBEIIBCBCIIBPB", false)),
        Gurung_Khema: () => new UnicodeRangeTable(decodeRanges("go4C5B", true)),
        Han: () => new UnicodeRangeTable(decodeRanges("g0LZBC4CBN1GBwBCCaIBPDBle-tGBhC-vUBhoWtLBDpDBpodBBNGBqgkB-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
        Hangul: () => new UnicodeRangeTable(decodeRanges("goE-HvxHBiI9CyDeiCei3dckUj9KNWFwBl9JeEFDFDFDC", true)),
        Hanifi_Rohingya: () => new UnicodeRangeTable(decodeRanges("gojCnBJJ", true)),
        Hanunoo: () => new UnicodeRangeTable(decodeRanges("g5FU", true)),
        Hatran: () => new UnicodeRangeTable(decodeRanges("gniCSCBGE", true)),
        Hebrew: () => new UnicodeRangeTable(decodeRanges("xsB2BBJaBFFBpp9BZBCEBCCCBCCBCCBIB", false)),
        Hiragana: () => new UnicodeRangeTable(decodeRanges("hiM1CBHCBi7-C+IBTeeBBBulQAB", false)),
        Imperial_Aramaic: () => new UnicodeRangeTable(decodeRanges("giiCVCI", true)),
        Inherited: () => new UnicodeRangeTable(decodeRanges("gYvDB2IBBlOKBbhXhXBCB8qEtBBDLBlPCBCMBCGBFHHEBBnG-BBtQBBjGgBB65DDBsDBBmrzBPBRNBwejHjH7iEl+uBl+uBBsBBDWBhRCBSHBDGBfDBz6rYvHB", false)),
        Inscriptional_Pahlavi: () => new UnicodeRangeTable(decodeRanges("g7iCSGH", true)),
        Inscriptional_Parthian: () => new UnicodeRangeTable(decodeRanges("g6iCVDH", true)),
        Javanese: () => new UnicodeRangeTable(decodeRanges("gsqBtCDJFB", true)),
        Kaithi: () => new UnicodeRangeTable(decodeRanges("gkkCiCLA", true)),
        Kannada: () => new UnicodeRangeTable(decodeRanges("gkDMCCCWCJCEDICCCDIBGCCDDJCC", true)),
        Katakana: () => new UnicodeRangeTable(decodeRanges("hlM5CBDCBxHPBxGuBBC3CBvgzBJBCsBBzisBDBCGBCBBCgJgJBBBzBPPBCB", false)),
        Kawi: () => new UnicodeRangeTable(decodeRanges("g4nCQCoBEc", true)),
        Kayah_Li: () => new UnicodeRangeTable(decodeRanges("goqBtBCA", true)),
        Kharoshthi: () => new UnicodeRangeTable(decodeRanges("gwiCDCBGHCCCcDCFJII", true)),
        Khitan_Small_Script: () => new UnicodeRangeTable(decodeRanges("k-7C84G84GB0OBqBAB", false)),
        Khmer: () => new UnicodeRangeTable(decodeRanges("g8F9CDJHJnPf", true)),
        Khojki: () => new UnicodeRangeTable(decodeRanges("gwkCRCuB", true)),
        Khudawadi: () => new UnicodeRangeTable(decodeRanges("w1kC6BGJ", true)),
        Kirat_Rai: () => new UnicodeRangeTable(decodeRanges("gq7C5B", true)),
        Lao: () => new UnicodeRangeTable(decodeRanges("h0DBBCCCBDBCXBCCCBVBDEBCCCBFBCJBDDB", false)),
        Latin: () => new UnicodeRangeTable(decodeRanges("hCZBHZBwBQQGWBCeBCgOBoBEB8wGlBBHwBBGDBGMBClCBiC-HByLOORMBuEBBHccSoBB42CfBj1elDBExCBVOBxZqBBCIBCDB38TGB7gBZBHZBmhCFBCpBBCIBm61BeBHFB", false)),
        Lepcha: () => new UnicodeRangeTable(decodeRanges("ggH3BEOEC", true)),
        Limbu: () => new UnicodeRangeTable(decodeRanges("goGeBCLBFLBFEEBKB", false)),
        Linear_A: () => new UnicodeRangeTable(decodeRanges("gwhC2JKVLH", true)),
        Linear_B: () => new UnicodeRangeTable(decodeRanges("gggCLCZCSCBCODNjB6D", true)),
        Lisu: () => new UnicodeRangeTable(decodeRanges("wmpBvBx1eA", true)),
        Lycian: () => new UnicodeRangeTable(decodeRanges("g0gCc", true)),
        Lydian: () => new UnicodeRangeTable(decodeRanges("gpiCZGA", true)),
        Mahajani: () => new UnicodeRangeTable(decodeRanges("wqkCmB", true)),
        Makasar: () => new UnicodeRangeTable(decodeRanges("g3nCY", true)),
        Malayalam: () => new UnicodeRangeTable(decodeRanges("goDMCCCyBCCCFFPDZ", true)),
        Mandaic: () => new UnicodeRangeTable(decodeRanges("giCbDA", true)),
        Manichaean: () => new UnicodeRangeTable(decodeRanges("g2iCmBFL", true)),
        Marchen: () => new UnicodeRangeTable(decodeRanges("wjnCfDVCN", true)),
        Masaram_Gondi: () => new UnicodeRangeTable(decodeRanges("gonCGBCBBCrBBECCBCCBHBJJB", false)),
        Medefaidrin: () => new UnicodeRangeTable(decodeRanges("gy7C6C", true)),
        Meetei_Mayek: () => new UnicodeRangeTable(decodeRanges("g3qBWqGtBDJ", true)),
        Mende_Kikakui: () => new UnicodeRangeTable(decodeRanges("gg6DkGDP", true)),
        Meroitic_Cursive: () => new UnicodeRangeTable(decodeRanges("gtiCXFTDtB", true)),
        Meroitic_Hieroglyphs: () => new UnicodeRangeTable(decodeRanges("gsiCf", true)),
        Miao: () => new UnicodeRangeTable(decodeRanges("g47CqCF4BIQ", true)),
        Modi: () => new UnicodeRangeTable(decodeRanges("gwlCkCMJ", true)),
        Mongolian: () => new UnicodeRangeTable(decodeRanges("ggGBBDCCBSBH4CBIqBB2t-BMB", false)),
        Mro: () => new UnicodeRangeTable(decodeRanges("gy6CeCJFB", true)),
        Multani: () => new UnicodeRangeTable(decodeRanges("g0kCGBCCCBCBCOBCKB", false)),
        Myanmar: () => new UnicodeRangeTable(decodeRanges("ggE-EhqmBeiDfxibT", true)),
        Nabataean: () => new UnicodeRangeTable(decodeRanges("gkiCeJI", true)),
        Nag_Mundari: () => new UnicodeRangeTable(decodeRanges("wm5DpB", true)),
        Nandinagari: () => new UnicodeRangeTable(decodeRanges("gtmCHDtBDK", true)),
        New_Tai_Lue: () => new UnicodeRangeTable(decodeRanges("gsGrBFZHKEB", true)),
        Newa: () => new UnicodeRangeTable(decodeRanges("gglC7CCE", true)),
        Nko: () => new UnicodeRangeTable(decodeRanges("g+B6BDC", true)),
        Nushu: () => new UnicodeRangeTable(decodeRanges("h-7CvsQvsQBqMB", false)),
        Nyiakeng_Puachue_Hmong: () => new UnicodeRangeTable(decodeRanges("go4DsBENDJFB", true)),
        Ogham: () => new UnicodeRangeTable(decodeRanges("g0Fc", true)),
        Ol_Chiki: () => new UnicodeRangeTable(decodeRanges("wiHvB", true)),
        Ol_Onal: () => new UnicodeRangeTable(decodeRanges("wu5DqBFA", true)),
        Old_Hungarian: () => new UnicodeRangeTable(decodeRanges("gkjCyBOyBIF", true)),
        Old_Italic: () => new UnicodeRangeTable(decodeRanges("g4gCjBKC", true)),
        Old_North_Arabian: () => new UnicodeRangeTable(decodeRanges("g0iCf", true)),
        Old_Permic: () => new UnicodeRangeTable(decodeRanges("w6gCqB", true)),
        Old_Persian: () => new UnicodeRangeTable(decodeRanges("g9gCjBFN", true)),
        Old_Sogdian: () => new UnicodeRangeTable(decodeRanges("g4jCnB", true)),
        Old_South_Arabian: () => new UnicodeRangeTable(decodeRanges("gziCf", true)),
        Old_Turkic: () => new UnicodeRangeTable(decodeRanges("ggjCoC", true)),
        Old_Uyghur: () => new UnicodeRangeTable(decodeRanges("w7jCZ", true)),
        Oriya: () => new UnicodeRangeTable(decodeRanges("h4CCCHDBDVCGCBCEDIDBDCICFBCEDR", true)),
        Osage: () => new UnicodeRangeTable(decodeRanges("wlhCjBFjB", true)),
        Osmanya: () => new UnicodeRangeTable(decodeRanges("gkhCdDJ", true)),
        Pahawh_Hmong: () => new UnicodeRangeTable(decodeRanges("g46ClCLJCGCUGS", true)),
        Palmyrene: () => new UnicodeRangeTable(decodeRanges("gjiCf", true)),
        Pau_Cin_Hau: () => new UnicodeRangeTable(decodeRanges("g2mC4B", true)),
        Phags_Pa: () => new UnicodeRangeTable(decodeRanges("giqB3B", true)),
        Phoenician: () => new UnicodeRangeTable(decodeRanges("goiCbEA", true)),
        Psalter_Pahlavi: () => new UnicodeRangeTable(decodeRanges("g8iCRIDNG", true)),
        Rejang: () => new UnicodeRangeTable(decodeRanges("wpqBjBMA", true)),
        Runic: () => new UnicodeRangeTable(decodeRanges("g1FqCEK", true)),
        Samaritan: () => new UnicodeRangeTable(decodeRanges("ggCtBDO", true)),
        Saurashtra: () => new UnicodeRangeTable(decodeRanges("gkqBlCJL", true)),
        Sharada: () => new UnicodeRangeTable(decodeRanges("gskC-ChsCH", true)),
        Shavian: () => new UnicodeRangeTable(decodeRanges("wihCvB", true)),
        Siddham: () => new UnicodeRangeTable(decodeRanges("gslC1BDlB", true)),
        Sidetic: () => new UnicodeRangeTable(decodeRanges("gqiCZ", true)),
        SignWriting: () => new UnicodeRangeTable(decodeRanges("gg2DrUQECO", true)),
        Sinhala: () => new UnicodeRangeTable(decodeRanges("hsDCBCRBEXBCIBCDDBFBEFFBEBCCCBGBHJBDCBt-gCTB", false)),
        Sogdian: () => new UnicodeRangeTable(decodeRanges("w5jCpB", true)),
        Sora_Sompeng: () => new UnicodeRangeTable(decodeRanges("wmkCYIJ", true)),
        Soyombo: () => new UnicodeRangeTable(decodeRanges("wymCyC", true)),
        Sundanese: () => new UnicodeRangeTable(decodeRanges("g8G-BhIH", true)),
        Sunuwar: () => new UnicodeRangeTable(decodeRanges("g+mChBPJ", true)),
        Syloti_Nagri: () => new UnicodeRangeTable(decodeRanges("ggqBsB", true)),
        Syriac: () => new UnicodeRangeTable(decodeRanges("g4BNC7BDCxIK", true)),
        Tagalog: () => new UnicodeRangeTable(decodeRanges("g4FVKA", true)),
        Tagbanwa: () => new UnicodeRangeTable(decodeRanges("g7FMCCCB", true)),
        Tai_Le: () => new UnicodeRangeTable(decodeRanges("wqGdDE", true)),
        Tai_Tham: () => new UnicodeRangeTable(decodeRanges("gxG+BCcDKHJHN", true)),
        Tai_Viet: () => new UnicodeRangeTable(decodeRanges("g0qBiCZE", true)),
        Tai_Yo: () => new UnicodeRangeTable(decodeRanges("g25DeCVJB", true)),
        Takri: () => new UnicodeRangeTable(decodeRanges("g0lC5BHJ", true)),
        Tamil: () => new UnicodeRangeTable(decodeRanges("i8CBBCFBECBCDBEBBCCCBEEBEEBBBELBFEBECBCDBDHHPUBm+kCxBBOAB", false)),
        Tangsa: () => new UnicodeRangeTable(decodeRanges("wz6CuCCJ", true)),
        Tangut: () => new UnicodeRangeTable(decodeRanges("g-7CgBgBB+3GBhQeBiDyDB", false)),
        Telugu: () => new UnicodeRangeTable(decodeRanges("ggDMCCCWCPDICCCDIBCCCBDDDJII", true)),
        Thaana: () => new UnicodeRangeTable(decodeRanges("g8BxB", true)),
        Thai: () => new UnicodeRangeTable(decodeRanges("hwD5BGb", true)),
        Tibetan: () => new UnicodeRangeTable(decodeRanges("g4DnCCjBFmBCjBCOCGFB", true)),
        Tifinagh: () => new UnicodeRangeTable(decodeRanges("wpL3BIBPA", true)),
        Tirhuta: () => new UnicodeRangeTable(decodeRanges("gklCnCJJ", true)),
        Todhri: () => new UnicodeRangeTable(decodeRanges("guhCzB", true)),
        Tolong_Siki: () => new UnicodeRangeTable(decodeRanges("wtnCrBFJ", true)),
        Toto: () => new UnicodeRangeTable(decodeRanges("w04De", true)),
        Tulu_Tigalari: () => new UnicodeRangeTable(decodeRanges("g8kCJBCDDClBBCJBCDDCDBCJBCBBJBB", false)),
        Ugaritic: () => new UnicodeRangeTable(decodeRanges("g8gCdCA", true)),
        Unknown: () => new UnicodeRangeTable(decodeRanges("4bBBHDBICCVuMuMnBBBzBBBE4B4BBGBcDBHKBvI9B9BBmDmDBMB8BBByBBBQddBCCMEBjBEBuHJJBDDBXXICCBBBFBBKBBDBBFHBCDBDGGBaaBEEHDBDBBXIIDGDBCCGDBDBBECBCGBFCCBFBSJBEKKEXXIDDGBBLIEBCCBNBFBBNGBIEEJBBDBBXIIDGGBKKBDDBEEBFBEDBDGGBTTBIBDHHBBBEFFBBBDCCDCBDCBECBNDBGCBEFFBCCBEBCNBWEBOEEYRRBKKEFFBFBDEEDBBFBBLGBXEEYLLGBBKEEFGBDEBEFFBLLELBOEE0BEEHDBRBBbEETCBZKKCBBICBCDBHCCJFBLBBELB7BDBekBBDCCGZZCYYBGGCIILBBFfBpClBlBBCBoBlBlBQOOBjBBnGCCBDBCBB6LFFBIICFFBqBqBFBBiBFFBIICFFBQQ6BFFBkCkCBhBhBBBBbFB3CBBHBB+UCB6CGBXIBZIBVLBOEEDLB-CBBLFBLFBbFB6CGBsBEBnCJBgBNNBCBNDBCCBrBBBGKBtBDBbFBMCB-BBBiCeeBMMBEBLFBPBBvBBBNTBuCnFnFBGB9BCBQCB-BEBsBBBMHBsBEB3QBBHBBnBBBHBBJGCgBBB2BQQPBBHUUBEEKmDmDNBBcOOBBBjBNBiBOBtEDB7UVBMUB14BBB-LEBuBCCBDBCBB5BGBDNBZIBI4BI-DhBBb6C6CBKB3GZBxC3C3CBoDoDBDBsB-C-C3CIBxBuzcuzcBBB4BIB9KTB5FHB+GTB9BCBLFB5BHBnCHBNFB1DKBfCBvCMMBCBiB4B4BBHBPBBLBBoDXBdJBHBBHBBHIBIII9BDB-DBBLFBl9KLBYDByBjoIBvLBBrDlBBILBGEBbGGCGDrUfBrBFB0BUUFDBGoEoEBCC-FCBHBBHBBHBBECBIIIBIBGBBNbbUDDQBBPhBB8DEBEDBuBCB5COOBBBCuBBvBhEBeCByBOBdDBlBIBfEBsBEBfmBmBBCBPpBB-EBBLFBlBDBlBDBpBHB1BKBNQQIDDMQQIDDBBB1BLB4JIBXJBJXBHrBrBKkCBHBBCtBtBDCBCBBYpCpCBGBKvBBUDDBDBiBCBcEBclBB5BDBVBBzBDDBDBJEEeBBEDBLGBKGBhCfBoBDBNIB3BCBeBBcEBbGBFLBIvCBqC2BB0BMB0BGBvBHBLFBnBCBeHBDvGBgBrBrBEBBDPBHHBKgBBvBHBrBVBblBBdTBYIBvCDBlBIBlCJBCBBaGBLFB2BTTBGBoBIBhDVVBJBTwBwBB8BBICCFQQMFB8BEBLFBFJJBDDBXXIDDGLLBDDBEEBCCBEBCEBIBBICBGKBLCCBCCnBLLCBBCFFLDDBGBDcB9CGGBcBpCHBLlFB3BBBnBhBBmCKBLFBOSB7BFBLFBVbBcBBQDBY4FB9BjDB0CLBJBBCBBJDDfDDBNNBHBLlCBJBBvBBBMaBpCHB0CMBqCGBL1CBJ3CBjBNBLFBKuBuBPJBeCBhBBBXPPBnCBIDDtBCBCDDKHBLFBHDDmBDDHGBLFBtBDBL1HBaGBSqBqBBBBe0CBCOBzBMB8clDBwDGGBJBlGryCBkDMB3iBJB88DEBoS41GB7Bl2BB6RGBgBLLBCByCLLBEBfBBHJBnCJBLIIWEBUvNB7BlGB8CEBaBBarBBsCDB6BGBS-BBGKBIIB3mHoBBhBgDB0D8vIBFIIDkJkJBNBCcBEBBCNBFHBtMjoCBsDEBOCBKGBLBBJ76DB+HCB1NFBYOBSOBvBBBYIB1D7BB3HJBoBBBjGUBnC5DBVLBVLB4CIBamEB2CoCoCDBBCBBDBBFNNCIIiCFFBJJIddFGGCCBI1K1KBlJlJB-V-VBNBGQQBuiBBgBFBH0GBISSBIIDGGBDB-BgBBCvDBuBCBPBBLDBD-JBgBQB7BEBCvOBrB1GBsBDBC-FBgBXXBGBD-GBIFFDQQmGBBRoBBtCDBLDBDwYBlCrCB+BhGBFccDCCBCCLFFCCCBEBCDBCECEDDCBBCICDCCBFFIKFCLLSEBEGGSzBBDtIBtBDBlDLBQBBQQQmBJBvF3BBeMBtBDBKGBDNBH5EB6eCBSCBOCB7GFBNDBCOBNDB5BHBLFBpBHBfBBNDBDNBKmBB5KHBPBBOCBMCB6BCCBCBRBBNDBLGB0EoDoDBjgBBh3pBfB-oEBBv0FBBypHOBvThtCB-QhvBBs6EEBrpIm8yVBCdBhD-DBxHvw-FB", false)),
        Vai: () => new UnicodeRangeTable(decodeRanges("gopBrJ", true)),
        Vithkuqi: () => new UnicodeRangeTable(decodeRanges("wrhCKCOCGCBCKCOCGCB", true)),
        Wancho: () => new UnicodeRangeTable(decodeRanges("g24D5BGA", true)),
        Warang_Citi: () => new UnicodeRangeTable(decodeRanges("glmCyCNA", true)),
        Yezidi: () => new UnicodeRangeTable(decodeRanges("g0jCpBCCDB", true)),
        Yi: () => new UnicodeRangeTable(decodeRanges("ggoBskBE2B", true)),
        Zanabazar_Square: () => new UnicodeRangeTable(decodeRanges("gwmCnC", true))
      });
      static FOLD_CATEGORIES = new LazyMap({
        L: () => new UnicodeRangeTable(decodeRanges("laA", true)),
        LC: () => new UnicodeRangeTable(decodeRanges("laA", true)),
        Ll: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiBuBCEECDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIBBCBBCBBCOCDQCDBBCCCBBBC4BCIBBCBBDCCBCBCGC3HrBrBCEEJHHCCBCCCBCCBPBCIBkBJJCUCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBZHBJHBJHBJEBMEBMDBNEBMEBqJEEBHHxC9zC9zCBuBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoyehBB", false)),
        Lt: () => new UnicodeRangeTable(decodeRanges("kOCCBCCBCClBCCtsHHBJHBJHBMQQwBAB", false)),
        Lu: () => new UnicodeRangeTable(decodeRanges("hDZB7BqBqBBWBCHBCuBCEECDOCDsBCDECBBBDCCDEEGDDECBDDDCCCDFFDEECDDECCGBBCBBCBBCOCBSCDBBCEECkBCEQCJDDBCCFICBEBCBBCCCBEEBCCBCBCEBDCCBDDIDDCBBEFBGLLBnFnFsBCCEEEBBBvBDBCdBCBBECBCWCBDBCGD1BvBBCgBCK0BCDMCBgDCyBlBBq6CqBBDCB5XFBjkCIBCvHvHERRzD0ECGGGC8CCBHBJFBLHBJHBJFBMGCJHBJNBzBBBNSSBPPBEEpL2B2Bs1CvBBCEEBGCHDDLiDCJCCFNNBkBBCGG0oesBCUaCoEMCE8BCLCCDICFFFCBBDSCMOCFCCDOCb9a9advCBi8UZBumBnBBpEjBB8EKBCOBCGBCBBk4ByBB+DVB75CfBhsVfB8BYBvyehBB", false)),
        M: () => new UnicodeRangeTable(decodeRanges("5cgBgBlgHAB", false)),
        Mn: () => new UnicodeRangeTable(decodeRanges("5cgBgBlgHAB", false)),
        Emoji: () => new UnicodeRangeTable(decodeRanges("8mJA", true)),
        Extended_Pictographic: () => new UnicodeRangeTable(decodeRanges("8mJA", true)),
        Lowercase: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiBuBCEECDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIBBCBBCBBCOCDQCDBBCCCBBBC4BCIBBCBBDCCBCBCGCiJCCEJJHCCBBBCCCBCCBPBCIBkBJJCUCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBZHBJHBJHBJEBMEBMDBNEBMEBqJEEBHHuBPBUzZzZBYBx5BvBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoyehBB", false)),
        Math: () => new UnicodeRangeTable(decodeRanges("ycGDCHHFMMDDDCHHFAB", false)),
        Uppercase: () => new UnicodeRangeTable(decodeRanges("hDZB7BqBqBBWBCHBCuBCEECDOCDsBCDECBBBDCCDEEGDDECBDDDCCCDFFDEECDDECCGBBCBBCBBCOCBSCDBBCEECkBCEQCJDDBCCFICBEBCBBCCCBEEBCCBCBCEBDCCBDDIDDCBBEFBGLLBnFnFsBCCEEEBBBvBDBCdBCBBECBCWCBDBCGD1BvBBCgBCK0BCDMCBgDCyBlBBq6CqBBDCB5XFBjkCIBCvHvHERRzD0ECGGGC8CCBHBJFBLHBJHBJFBMGCJHBJNBzBBBNSSBPPBEEpLiBiBBOBFsasaBYBn6BvBBCEEBGCHDDLiDCJCCFNNBkBBCGG0oesBCUaCoEMCE8BCLCCDICFFFCBBDSCMOCFCCDOCb9a9advCBi8UZBumBnBBpEjBB8EKBCOBCGBCBBk4ByBB+DVB75CfBhsVfB8BYBvyehBB", false))
      });
      static FOLD_SCRIPT = new LazyMap({
        Common: () => new UnicodeRangeTable(decodeRanges("8cgBgB", false)),
        Greek: () => new UnicodeRangeTable(decodeRanges("1FwUwU", false)),
        Inherited: () => new UnicodeRangeTable(decodeRanges("5cgBgBlgHAB", false))
      });
    };
    Unicode = class Unicode2 {
      static MAX_RUNE = 1114111;
      static RUNE_ERROR = 65533;
      static isUnsearchable(r) {
        return r === Unicode2.RUNE_ERROR || r >= Unicode2.MIN_HIGH_SURROGATE && r <= Unicode2.MAX_LOW_SURROGATE;
      }
      static MAX_ASCII = 127;
      static MAX_LATIN1 = 255;
      static MAX_BMP = 65535;
      static MIN_FOLD = 65;
      static MAX_FOLD = 125251;
      static MIN_HIGH_SURROGATE = 55296;
      static MAX_HIGH_SURROGATE = 56319;
      static MIN_LOW_SURROGATE = 56320;
      static MAX_LOW_SURROGATE = 57343;
      static MIN_SUPPLEMENTARY_CODE_POINT = 65536;
      static is32(ranges, r) {
        let lo = 0;
        let hi = ranges.length;
        while (lo < hi) {
          const m = lo + Math.floor((hi - lo) / 2);
          const rlo = ranges.getLo(m);
          const rhi = ranges.getHi(m);
          if (rlo <= r && r <= rhi) {
            const stride = ranges.getStride(m);
            return (r - rlo) % stride === 0;
          }
          if (r < rlo) hi = m;
          else lo = m + 1;
        }
        return false;
      }
      static is(ranges, r) {
        if (r <= Unicode2.MAX_LATIN1) {
          for (let i = 0; i < ranges.length; i++) {
            if (r > ranges.getHi(i)) continue;
            const rlo = ranges.getLo(i);
            if (r < rlo) return false;
            const stride = ranges.getStride(i);
            return (r - rlo) % stride === 0;
          }
          return false;
        }
        return ranges.length > 0 && r >= ranges.getLo(0) && Unicode2.is32(ranges, r);
      }
      static isPrint(r) {
        if (r <= Unicode2.MAX_LATIN1) return r >= 32 && r < Unicode2.MAX_ASCII || r >= 161 && r !== 173;
        return Unicode2.is(UnicodeTables.Print, r);
      }
      static simpleFold(r) {
        if (UnicodeTables.CASE_ORBIT.has(r)) return UnicodeTables.CASE_ORBIT.get(r);
        if (r <= Unicode2.MAX_ASCII) {
          const l = Codepoint.toLowerCase(r);
          return l !== r ? l : Codepoint.toUpperCase(r);
        }
        return r;
      }
      static equalsIgnoreCase(r1, r2) {
        if (r1 === r2) return true;
        if (r1 < 0 || r2 < 0) return false;
        if (r1 <= Unicode2.MAX_ASCII && r2 <= Unicode2.MAX_ASCII) {
          if (65 <= r1 && r1 <= 90) r1 |= 32;
          if (65 <= r2 && r2 <= 90) r2 |= 32;
          return r1 === r2;
        }
        for (let r = Unicode2.simpleFold(r1); r !== r1; r = Unicode2.simpleFold(r)) if (r === r2) return true;
        return false;
      }
    };
    RE2JSException = class extends Error {
      /** @param {string} message */
      constructor(message) {
        super(message);
        this.name = "RE2JSException";
      }
    };
    RE2JSSyntaxException = class extends RE2JSException {
      /**
      * @param {string} error
      * @param {string|null} [input=null]
      */
      constructor(error, input = null) {
        let message = `error parsing regexp: ${error}`;
        if (input) message += `: \`${input}\``;
        super(message);
        this.name = "RE2JSSyntaxException";
        this.message = message;
        this.error = error;
        this.input = input;
      }
      /**
      * Retrieves the description of the error.
      * @returns {string}
      */
      getDescription() {
        return this.error;
      }
      /**
      * Retrieves the erroneous regular-expression pattern.
      * @returns {string|null}
      */
      getPattern() {
        return this.input;
      }
    };
    RE2JSCompileException = class extends RE2JSException {
      /** @param {string} message */
      constructor(message) {
        super(message);
        this.name = "RE2JSCompileException";
      }
    };
    RE2JSGroupException = class extends RE2JSException {
      /** @param {string} message */
      constructor(message) {
        super(message);
        this.name = "RE2JSGroupException";
      }
    };
    RE2JSFlagsException = class extends RE2JSException {
      /** @param {string} message */
      constructor(message) {
        super(message);
        this.name = "RE2JSFlagsException";
      }
    };
    RE2JSInternalException = class extends RE2JSException {
      /** @param {string} message */
      constructor(message) {
        super(message);
        this.name = "RE2JSInternalException";
      }
    };
    FAST_PATH_TABLE_SIZE = 256;
    WORD_RUNE_TABLE = new Uint8Array(FAST_PATH_TABLE_SIZE);
    for (let i = 0; i < FAST_PATH_TABLE_SIZE; i++) WORD_RUNE_TABLE[i] = 97 <= i && i <= 122 || 65 <= i && i <= 90 || 48 <= i && i <= 57 || i === 95 ? 1 : 0;
    cachedNativeEncoder = null;
    cachedNativeDecoder = null;
    Utils = class Utils2 {
      static METACHARACTERS = "\\.+*?()|[]{}^$";
      static EMPTY_BEGIN_LINE = 1;
      static EMPTY_END_LINE = 2;
      static EMPTY_BEGIN_TEXT = 4;
      static EMPTY_END_TEXT = 8;
      static EMPTY_WORD_BOUNDARY = 16;
      static EMPTY_NO_WORD_BOUNDARY = 32;
      static EMPTY_ALL = -1;
      static emptyInts() {
        return [];
      }
      static isString(value) {
        return typeof value === "string" || Object.prototype.toString.call(value) === "[object String]";
      }
      static typeName(value) {
        if (value === null || typeof value !== "object" && typeof value !== "function") return value === null ? "null" : typeof value;
        return Object.prototype.toString.call(value).slice(8, -1);
      }
      static checkPattern(pattern) {
        if (!Utils2.isString(pattern)) throw new TypeError(`The pattern must be a string, not ${Utils2.typeName(pattern)} (RE2JS.translateRegExp() converts a RegExp)`);
      }
      static checkInput(input) {
        if (!Utils2.isString(input) && !Utils2.isByteArray(input)) throw new TypeError(`The input must be a string or a byte array (Uint8Array or number[]), not ${Utils2.typeName(input)}`);
      }
      static checkFlags(flags) {
        const known = PublicFlags.MULTILINE | PublicFlags.DOTALL | PublicFlags.CASE_INSENSITIVE | PublicFlags.DISABLE_UNICODE_GROUPS | PublicFlags.LONGEST_MATCH | PublicFlags.LOOKBEHINDS;
        if (!Number.isInteger(flags) || (flags & ~known) !== 0) throw new RE2JSFlagsException("Flags should only be a combination of MULTILINE, DOTALL, CASE_INSENSITIVE, DISABLE_UNICODE_GROUPS, LONGEST_MATCH, LOOKBEHINDS");
      }
      static isByteArray(input) {
        return Array.isArray(input) || Object.prototype.toString.call(input) === "[object Uint8Array]";
      }
      static isalnum(c) {
        return Codepoint.CODES["0"] <= c && c <= Codepoint.CODES["9"] || Codepoint.CODES["a"] <= c && c <= Codepoint.CODES["z"] || Codepoint.CODES["A"] <= c && c <= Codepoint.CODES["Z"];
      }
      static unhex(c) {
        if (Codepoint.CODES["0"] <= c && c <= Codepoint.CODES["9"]) return c - Codepoint.CODES["0"];
        if (Codepoint.CODES["a"] <= c && c <= Codepoint.CODES["f"]) return c - Codepoint.CODES["a"] + 10;
        if (Codepoint.CODES["A"] <= c && c <= Codepoint.CODES["F"]) return c - Codepoint.CODES["A"] + 10;
        return -1;
      }
      static escapeRune(rune) {
        let out = "";
        if (Unicode.isPrint(rune)) {
          if (Utils2.METACHARACTERS.indexOf(String.fromCodePoint(rune)) >= 0) out += "\\";
          out += String.fromCodePoint(rune);
        } else switch (rune) {
          case Codepoint.CODES['"']:
            out += '\\"';
            break;
          case Codepoint.CODES["\\"]:
            out += "\\\\";
            break;
          case Codepoint.CODES["	"]:
            out += "\\t";
            break;
          case Codepoint.CODES["\n"]:
            out += "\\n";
            break;
          case Codepoint.CODES["\r"]:
            out += "\\r";
            break;
          case Codepoint.CODES["\b"]:
            out += "\\b";
            break;
          case Codepoint.CODES["\f"]:
            out += "\\f";
            break;
          default: {
            let s = rune.toString(16);
            if (rune < 256) {
              out += "\\x";
              if (s.length === 1) out += "0";
              out += s;
            } else out += `\\x{${s}}`;
            break;
          }
        }
        return out;
      }
      static stringToRunes(str) {
        const string = String(str);
        const runes = [];
        let i = 0;
        while (i < string.length) {
          const cp = string.codePointAt(i);
          runes.push(cp);
          i += cp > Unicode.MAX_BMP ? 2 : 1;
        }
        return new Int32Array(runes);
      }
      static runeToString(r) {
        return String.fromCodePoint(r);
      }
      static isWordRune(r) {
        return r < FAST_PATH_TABLE_SIZE ? WORD_RUNE_TABLE[r] === 1 : false;
      }
      static emptyOpContext(r1, r2) {
        let op = 0;
        if (r1 < 0) op |= Utils2.EMPTY_BEGIN_TEXT | Utils2.EMPTY_BEGIN_LINE;
        if (r1 === 10) op |= Utils2.EMPTY_BEGIN_LINE;
        if (r2 < 0) op |= Utils2.EMPTY_END_TEXT | Utils2.EMPTY_END_LINE;
        if (r2 === 10) op |= Utils2.EMPTY_END_LINE;
        if (Utils2.isWordRune(r1) !== Utils2.isWordRune(r2)) op |= Utils2.EMPTY_WORD_BOUNDARY;
        else op |= Utils2.EMPTY_NO_WORD_BOUNDARY;
        return op;
      }
      /**
      * Returns a string that quotes all regular expression metacharacters inside the argument text;
      * the returned string is a regular expression matching the literal text. For example,
      * {@code quoteMeta("[foo]").equals("\\[foo\\]")}.
      * @param {string} str
      * @returns {string}
      */
      static quoteMeta(str) {
        return str.split("").map((s) => {
          if (Utils2.METACHARACTERS.indexOf(s) >= 0) return `\\${s}`;
          return s;
        }).join("");
      }
      static charCount(codePoint) {
        return codePoint > Unicode.MAX_BMP ? 2 : 1;
      }
      /**
      * High-speed conversion from TypedArrays to standard JS Arrays.
      * Bypasses the expensive Symbol.iterator overhead of Array.from()
      */
      static toArray(typedArray) {
        const len2 = typedArray.length;
        const res = new Array(len2);
        for (let i = 0; i < len2; i++) res[i] = typedArray[i];
        return res;
      }
      static stringToUtf8ByteArray(str) {
        if (globalThis.TextEncoder) {
          if (!cachedNativeEncoder) cachedNativeEncoder = new TextEncoder();
          return cachedNativeEncoder.encode(str);
        } else {
          let out = [], p = 0;
          for (let i = 0; i < str.length; i++) {
            let c = str.charCodeAt(i);
            if (c < 128) out[p++] = c;
            else if (c < 2048) {
              out[p++] = c >> 6 | 192;
              out[p++] = c & 63 | 128;
            } else if ((c & 64512) === Unicode.MIN_HIGH_SURROGATE && i + 1 < str.length && (str.charCodeAt(i + 1) & 64512) === Unicode.MIN_LOW_SURROGATE) {
              c = Unicode.MIN_SUPPLEMENTARY_CODE_POINT + ((c & 1023) << 10) + (str.charCodeAt(++i) & 1023);
              out[p++] = c >> 18 | 240;
              out[p++] = c >> 12 & 63 | 128;
              out[p++] = c >> 6 & 63 | 128;
              out[p++] = c & 63 | 128;
            } else {
              out[p++] = c >> 12 | 224;
              out[p++] = c >> 6 & 63 | 128;
              out[p++] = c & 63 | 128;
            }
          }
          return out;
        }
      }
      static utf8ByteArrayToString(bytes) {
        if (globalThis.TextDecoder) {
          if (!cachedNativeDecoder) cachedNativeDecoder = new TextDecoder("utf-8");
          const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
          return cachedNativeDecoder.decode(view);
        } else {
          let out = [], pos2 = 0, c = 0;
          while (pos2 < bytes.length) {
            let c1 = bytes[pos2++];
            if (c1 < 128) out[c++] = String.fromCharCode(c1);
            else if (c1 > 191 && c1 < 224) {
              let c2 = bytes[pos2++];
              out[c++] = String.fromCharCode((c1 & 31) << 6 | c2 & 63);
            } else if (c1 > 239 && c1 < 365) {
              let c2 = bytes[pos2++];
              let c3 = bytes[pos2++];
              let c4 = bytes[pos2++];
              let u = ((c1 & 7) << 18 | (c2 & 63) << 12 | (c3 & 63) << 6 | c4 & 63) - Unicode.MIN_SUPPLEMENTARY_CODE_POINT;
              out[c++] = String.fromCharCode(Unicode.MIN_HIGH_SURROGATE + (u >> 10));
              out[c++] = String.fromCharCode(Unicode.MIN_LOW_SURROGATE + (u & 1023));
            } else {
              let c2 = bytes[pos2++];
              let c3 = bytes[pos2++];
              out[c++] = String.fromCharCode((c1 & 15) << 12 | (c2 & 63) << 6 | c3 & 63);
            }
          }
          return out.join("");
        }
      }
    };
    createEnum = (values = [], initNum = 0) => {
      const enumObject = /* @__PURE__ */ Object.create(null);
      for (let i = 0; i < values.length; i++) {
        const val = values[i];
        const keyVal = initNum + i;
        enumObject[val] = keyVal;
        enumObject[keyVal] = val;
      }
      return Object.freeze(enumObject);
    };
    MatcherInputBase = class MatcherInputBase2 {
      static Encoding = createEnum(["UTF_16", "UTF_8"]);
      getEncoding() {
        throw Error("not implemented");
      }
      /** @returns {string} */
      asCharSequence() {
        throw Error("not implemented");
      }
      /** @returns {Uint8Array|number[]|null} */
      asBytes() {
        throw Error("not implemented");
      }
      /** @returns {number} */
      length() {
        throw Error("not implemented");
      }
      /**
      *
      * @returns {boolean}
      */
      isUTF8Encoding() {
        return this.getEncoding() === MatcherInputBase2.Encoding.UTF_8;
      }
      /**
      *
      * @returns {boolean}
      */
      isUTF16Encoding() {
        return this.getEncoding() === MatcherInputBase2.Encoding.UTF_16;
      }
    };
    Utf8MatcherInput = class extends MatcherInputBase {
      /** @param {Uint8Array|number[]|null} bytes */
      constructor(bytes = null) {
        super();
        this.bytes = bytes;
      }
      getEncoding() {
        return MatcherInputBase.Encoding.UTF_8;
      }
      /**
      *
      * @returns {string}
      */
      asCharSequence() {
        return Utils.utf8ByteArrayToString(this.bytes);
      }
      /**
      *
      * @returns {Uint8Array|number[]|null}
      */
      asBytes() {
        return this.bytes;
      }
      /**
      *
      * @returns {number}
      */
      length() {
        return this.bytes.length;
      }
    };
    Utf16MatcherInput = class extends MatcherInputBase {
      /** @param {string|null} charSequence */
      constructor(charSequence = null) {
        super();
        this.charSequence = charSequence;
      }
      getEncoding() {
        return MatcherInputBase.Encoding.UTF_16;
      }
      /**
      *
      * @returns {string}
      */
      asCharSequence() {
        return this.charSequence;
      }
      /**
      *
      * @returns {number[]}
      */
      asBytes() {
        return Utils.stringToUtf8ByteArray(this.charSequence.toString());
      }
      /**
      *
      * @returns {number}
      */
      length() {
        return this.charSequence.length;
      }
    };
    MatcherInput = class {
      /**
      * Return the MatcherInput for UTF_16 encoding.
      * @returns {Utf16MatcherInput}
      */
      static utf16(charSequence) {
        Utils.checkInput(charSequence);
        return new Utf16MatcherInput(charSequence);
      }
      /**
      * Return the MatcherInput for UTF_8 encoding.
      * @returns {Utf8MatcherInput}
      */
      static utf8(input) {
        if (Utils.isByteArray(input)) return new Utf8MatcherInput(input);
        return new Utf8MatcherInput(Utils.stringToUtf8ByteArray(input));
      }
    };
    MachineInputBase = class {
      static EOF() {
        return -8;
      }
      constructor() {
        this.start = 0;
        this.end = 0;
      }
      canCheckPrefix() {
        return true;
      }
      endPos() {
        return this.end - this.start;
      }
      hasString() {
        return false;
      }
      hasAnyString() {
        return false;
      }
      prefixLength() {
        return 0;
      }
    };
    MachineUTF8Input = class MachineUTF8Input2 extends MachineInputBase {
      static RUNE_ERROR_STEP = Unicode.RUNE_ERROR << 3 | 1;
      constructor(bytes, start = 0, end = bytes.length) {
        super();
        this.bytes = bytes;
        this.start = start;
        this.end = end;
      }
      hasString(prefilter, pos2) {
        const target = prefilter.bytes;
        if (target.length === 0) return true;
        const idx = this.indexOf(this.bytes, target, this.start + pos2);
        return idx !== -1 && idx <= this.end - target.length;
      }
      hasAnyString(prefilter, pos2) {
        return prefilter.automaton8().searchUTF8(this.bytes, this.start + pos2, this.end);
      }
      step(pos2) {
        pos2 += this.start;
        if (pos2 >= this.end) return MachineInputBase.EOF();
        const c = this.bytes[pos2] & 255;
        if (c < 128) return c << 3 | 1;
        let size;
        let rune;
        let lo = 128;
        let hi = 191;
        if (c >= 194 && c <= 223) {
          size = 2;
          rune = c & 31;
        } else if (c >= 224 && c <= 239) {
          size = 3;
          rune = c & 15;
          if (c === 224) lo = 160;
          else if (c === 237) hi = 159;
        } else if (c >= 240 && c <= 244) {
          size = 4;
          rune = c & 7;
          if (c === 240) lo = 144;
          else if (c === 244) hi = 143;
        } else return MachineUTF8Input2.RUNE_ERROR_STEP;
        if (pos2 + size > this.end) return MachineUTF8Input2.RUNE_ERROR_STEP;
        const c1 = this.bytes[pos2 + 1] & 255;
        if (c1 < lo || c1 > hi) return MachineUTF8Input2.RUNE_ERROR_STEP;
        rune = rune << 6 | c1 & 63;
        if (size > 2) {
          const c2 = this.bytes[pos2 + 2] & 255;
          if ((c2 & 192) !== 128) return MachineUTF8Input2.RUNE_ERROR_STEP;
          rune = rune << 6 | c2 & 63;
          if (size > 3) {
            const c3 = this.bytes[pos2 + 3] & 255;
            if ((c3 & 192) !== 128) return MachineUTF8Input2.RUNE_ERROR_STEP;
            rune = rune << 6 | c3 & 63;
          }
        }
        return rune << 3 | size;
      }
      index(re2, pos2) {
        pos2 += this.start;
        const i = this.indexOf(this.bytes, re2.prefixUTF8, pos2);
        return i < 0 ? i : i - pos2;
      }
      context(pos2) {
        pos2 += this.start;
        let r1 = -1;
        if (pos2 > this.start && pos2 <= this.end) {
          let start = pos2 - 1;
          r1 = this.bytes[start--];
          if (r1 >= 128) {
            let lim = pos2 - 4;
            if (lim < this.start) lim = this.start;
            while (start >= lim && (this.bytes[start] & 192) === 128) start--;
            if (start < this.start) start = this.start;
            const r = this.step(start - this.start);
            r1 = start + (r & 7) === pos2 ? r >> 3 : Unicode.RUNE_ERROR;
          }
        }
        const r2 = pos2 < this.end ? this.step(pos2 - this.start) >> 3 : -1;
        return Utils.emptyOpContext(r1, r2);
      }
      indexOf(source, target, fromIndex = 0) {
        let targetLength = target.length;
        if (targetLength === 0) return fromIndex <= this.end ? fromIndex : -1;
        const firstByte = target[0];
        let limit = this.end - targetLength;
        const hasNativeIndexOf = typeof source.indexOf === "function";
        let i = fromIndex;
        while (i <= limit) {
          if (hasNativeIndexOf) {
            i = source.indexOf(firstByte, i);
            if (i === -1 || i > limit) return -1;
          } else {
            while (i <= limit && source[i] !== firstByte) i++;
            if (i > limit) return -1;
          }
          let match = true;
          for (let j = 1; j < targetLength; j++) if (source[i + j] !== target[j]) {
            match = false;
            break;
          }
          if (match) return i;
          i++;
        }
        return -1;
      }
      prefixLength(re2) {
        return re2.prefixUTF8.length;
      }
    };
    MachineUTF16Input = class extends MachineInputBase {
      constructor(charSequence, start = 0, end = charSequence.length) {
        super();
        this.charSequence = charSequence;
        this.start = start;
        this.end = end;
      }
      hasString(prefilter, pos2) {
        const idx = this.charSequence.indexOf(prefilter.str, this.start + pos2);
        return idx !== -1 && idx <= this.end - prefilter.str.length;
      }
      hasAnyString(prefilter, pos2) {
        return prefilter.automaton16().searchUTF16(this.charSequence, this.start + pos2, this.end);
      }
      step(pos2) {
        pos2 += this.start;
        if (pos2 >= this.end) return MachineInputBase.EOF();
        const c1 = this.charSequence.charCodeAt(pos2);
        if (c1 < Unicode.MIN_HIGH_SURROGATE || c1 > Unicode.MAX_HIGH_SURROGATE || pos2 + 1 >= this.end) return c1 << 3 | 1;
        const c2 = this.charSequence.charCodeAt(pos2 + 1);
        if (c2 >= Unicode.MIN_LOW_SURROGATE && c2 <= Unicode.MAX_LOW_SURROGATE) return (c1 - Unicode.MIN_HIGH_SURROGATE) * 1024 + (c2 - Unicode.MIN_LOW_SURROGATE) + Unicode.MIN_SUPPLEMENTARY_CODE_POINT << 3 | 2;
        return c1 << 3 | 1;
      }
      index(re2, pos2) {
        pos2 += this.start;
        const i = this.charSequence.indexOf(re2.prefix, pos2);
        if (i < 0 || i > this.end - re2.prefix.length) return -1;
        return i - pos2;
      }
      context(pos2) {
        pos2 += this.start;
        const r1 = pos2 > this.start && pos2 <= this.end ? this.charSequence.charCodeAt(pos2 - 1) : -1;
        const r2 = pos2 < this.end ? this.charSequence.charCodeAt(pos2) : -1;
        return Utils.emptyOpContext(r1, r2);
      }
      prefixLength(re2) {
        return re2.prefix.length;
      }
    };
    MachineInput = class {
      static fromUTF8(bytes, start = 0, end = bytes.length) {
        return new MachineUTF8Input(bytes, start, end);
      }
      static fromUTF16(charSequence, start = 0, end = void 0) {
        Utils.checkInput(charSequence);
        return new MachineUTF16Input(charSequence, start, end ?? charSequence.length);
      }
    };
    Matcher = class Matcher2 {
      /**
      * V8 and WebKit have historical hard limits on the number of arguments
      * that can be passed to a function. We cap replacer arguments to prevent
      * Call Stack Overflow (DoS) vulnerabilities on massive ASTs.
      */
      static MAX_REPLACER_ARGS = 65535;
      /**
      * Quotes '\' and '$' in {@code s}, so that the returned string could be used in
      * {@link #appendReplacement} as a literal replacement of {@code s}.
      *
      * @param {string} str the string to be quoted
      * @param {boolean} [javaMode=false] whether the replacement will be used in javaMode
      * @returns {string} the quoted string
      */
      static quoteReplacement(str, javaMode = false) {
        if (javaMode) {
          if (str.indexOf("\\") < 0 && str.indexOf("$") < 0) return str;
          return str.split("").map((s) => {
            const c = s.codePointAt(0);
            if (c === Codepoint.CODES["\\"] || c === Codepoint.CODES["$"]) return `\\${s}`;
            return s;
          }).join("");
        }
        if (str.indexOf("$") < 0) return str;
        return str.split("").map((s) => {
          if (s.codePointAt(0) === Codepoint.CODES["$"]) return "$$";
          return s;
        }).join("");
      }
      /**
      *
      * @param {import('./index.js').RE2JS} pattern
      * @param {string|number[]|Uint8Array|MatcherInputBase} input
      */
      constructor(pattern, input) {
        if (pattern === null) throw new Error("pattern is null");
        this.patternInput = pattern;
        const re2 = this.patternInput.re2();
        this.patternGroupCount = re2.numberOfCapturingGroups();
        this.groups = [];
        this.namedGroups = re2.namedGroups;
        this.hasNamedGroups = Object.keys(this.namedGroups).length > 0;
        this.numberOfInstructions = re2.numberOfInstructions();
        this.lookbehindState = null;
        if (input instanceof MatcherInputBase) this.resetMatcherInput(input);
        else if (Utils.isByteArray(input)) this.resetMatcherInput(MatcherInput.utf8(input));
        else this.resetMatcherInput(MatcherInput.utf16(input));
      }
      /**
      * Returns the {@code RE2JS} associated with this {@code Matcher}.
      * @returns {import('./index.js').RE2JS}
      */
      pattern() {
        return this.patternInput;
      }
      /**
      * Resets the {@code Matcher}, rewinding input and discarding any match information.
      *
      * @returns {Matcher} the {@code Matcher} itself, for chained method calls
      */
      reset() {
        this.matcherInputLength = this.matcherInput.length();
        this.appendPos = 0;
        this.hasMatch = false;
        this.hasGroups = false;
        this.anchorFlag = 0;
        return this;
      }
      /**
      * Resets the {@code Matcher} and changes the input.
      * @param {string|number[]|Uint8Array|MatcherInputBase} input
      * @returns {Matcher} the {@code Matcher} itself, for chained method calls
      */
      resetMatcherInput(input) {
        if (input === null) throw new Error("input is null");
        if (!(input instanceof MatcherInputBase)) {
          if (Utils.isByteArray(input)) input = MatcherInput.utf8(input);
          else input = MatcherInput.utf16(input);
        }
        this.matcherInput = input;
        if (this.lookbehindState !== null) this.lookbehindState.reset();
        else this.lookbehindState = this.patternInput.re2().createLookbehindState();
        this.reset();
        return this;
      }
      /**
      * Returns the start of the named group of the most recent match, or -1 if the group was not
      * matched.
      * @param {string|number} [group=0]
      * @returns {number}
      */
      start(group = 0) {
        if (typeof group === "string") {
          const groupInt = this.namedGroups[group];
          if (!Number.isFinite(groupInt)) throw new RE2JSGroupException(`group '${group}' not found`);
          group = groupInt;
        }
        this.loadGroup(group);
        return this.groups[2 * group];
      }
      /**
      * Returns the end of the named group of the most recent match, or -1 if the group was not
      * matched.
      * @param {string|number} [group=0]
      * @returns {number}
      */
      end(group = 0) {
        if (typeof group === "string") {
          const groupInt = this.namedGroups[group];
          if (!Number.isFinite(groupInt)) throw new RE2JSGroupException(`group '${group}' not found`);
          group = groupInt;
        }
        this.loadGroup(group);
        return this.groups[2 * group + 1];
      }
      /**
      * Returns the program size of this pattern.
      *
      * <p>
      * Similar to the C++ implementation, the program size is a very approximate measure of a regexp's
      * "cost". Larger numbers are more expensive than smaller numbers.
      * </p>
      *
      * @returns {number} the program size of this pattern
      */
      programSize() {
        return this.numberOfInstructions;
      }
      /**
      * Returns the named group of the most recent match, or {@code null} if the group was not matched.
      * @param {string|number} [group=0]
      * @returns {string|null}
      */
      group(group = 0) {
        if (typeof group === "string") {
          const groupInt = this.namedGroups[group];
          if (!Number.isFinite(groupInt)) throw new RE2JSGroupException(`group '${group}' not found`);
          group = groupInt;
        }
        const start = this.start(group);
        const end = this.end(group);
        if (start < 0 && end < 0) return null;
        return this.substring(start, end);
      }
      /**
      * Returns a dictionary map of all named capturing groups and their matched values.
      * If a group was not matched, its value will be `null`.
      * @returns {Record<string, string|null>}
      */
      getNamedGroups() {
        if (!this.hasMatch) throw new RE2JSGroupException("perhaps no match attempted");
        const result = /* @__PURE__ */ Object.create(null);
        for (const name of Object.keys(this.namedGroups)) result[name] = this.group(name);
        return result;
      }
      /**
      * Returns the number of subgroups in this pattern.
      *
      * @returns {number} the number of subgroups; the overall match (group 0) does not count
      */
      groupCount() {
        return this.patternGroupCount;
      }
      /**
      * Helper: finds subgroup information if needed for group.
      * @param {number} group
      * @private
      */
      loadGroup(group) {
        if (!Number.isInteger(group) || group < 0 || group > this.patternGroupCount) throw new RE2JSGroupException(`Group index out of bounds: ${group}`);
        if (!this.hasMatch) throw new RE2JSGroupException("perhaps no match attempted");
        if (group === 0 || this.hasGroups) return;
        const end = this.matcherInputLength;
        const res = this.patternInput.re2().matchMachineInput(this.matcherInput, this.groups[0], end, this.anchorFlag, 1 + this.patternGroupCount, this.lookbehindState);
        if (!res[0]) throw new RE2JSGroupException("inconsistency in matching group data");
        this.groups = res[1];
        this.hasGroups = true;
      }
      /**
      * Matches the entire input against the pattern (anchored start and end). If there is a match,
      * {@code matches} sets the match state to describe it.
      *
      * @returns {boolean} true if the entire input matches the pattern
      */
      matches() {
        return this.genMatch(0, RE2Flags.ANCHOR_BOTH);
      }
      /**
      * Matches the beginning of input against the pattern (anchored start). If there is a match,
      * {@code lookingAt} sets the match state to describe it.
      *
      * @returns {boolean} true if the beginning of the input matches the pattern
      */
      lookingAt() {
        return this.genMatch(0, RE2Flags.ANCHOR_START);
      }
      /**
      * Matches the input against the pattern (unanchored), starting at a specified position. If there
      * is a match, {@code find} sets the match state to describe it.
      *
      * @param {number|null} [start=null] the input position where the search begins
      * @returns {boolean} if it finds a match
      * @throws IndexOutOfBoundsException if start is not a valid input position
      */
      find(start = null) {
        if (start !== null) {
          if (!Number.isInteger(start) || start < 0 || start > this.matcherInputLength) throw new RE2JSGroupException(`start index out of bounds: ${start}`);
          this.reset();
          return this.genMatch(start, 0);
        }
        start = 0;
        if (this.hasMatch) {
          start = this.groups[1];
          if (this.groups[0] === this.groups[1]) {
            const r = (this.matcherInput.isUTF16Encoding() ? MachineInput.fromUTF16(this.matcherInput.asCharSequence(), 0, this.matcherInputLength) : MachineInput.fromUTF8(this.matcherInput.asBytes(), 0, this.matcherInputLength)).step(start);
            if (r < 0) start++;
            else start += r & 7;
          }
        }
        return this.genMatch(start, RE2Flags.UNANCHORED);
      }
      /**
      * Helper: does match starting at start, with RE2 anchor flag.
      * @param {number} startByte
      * @param {number} anchor
      * @returns {boolean}
      * @private
      */
      genMatch(startByte, anchor) {
        const res = this.patternInput.re2().matchMachineInput(this.matcherInput, startByte, this.matcherInputLength, anchor, 1, this.lookbehindState);
        if (!res[0]) {
          this.hasMatch = false;
          return false;
        }
        this.groups = res[1];
        this.hasMatch = true;
        this.hasGroups = this.patternGroupCount === 0;
        this.anchorFlag = anchor;
        return true;
      }
      /**
      * Helper: return substring for [start, end).
      * @param {number} start
      * @param {number} end
      * @returns {string}
      */
      substring(start, end) {
        if (this.matcherInput.isUTF8Encoding()) return Utils.utf8ByteArrayToString(this.matcherInput.asBytes().slice(start, end));
        return this.matcherInput.asCharSequence().substring(start, end).toString();
      }
      /**
      * Helper for Pattern: return input length.
      * @returns {number}
      */
      inputLength() {
        return this.matcherInputLength;
      }
      /**
      * Appends to result two strings: the text from the append position up to the beginning of the
      * most recent match, and then the replacement with submatch groups substituted for references to
      * them. It advances the append position to where the most recent match ended.
      *
      * By default the replacement is expanded as by String.prototype.replace (see
      * appendReplacementInternalJs). In Java mode it follows re2j / java.util.regex: $n takes as
      * many digits as still form a valid group number, ${name} is a named group, and a backslash
      * escapes the next character (so "\\$" in a JS string literal inserts a literal $).
      *
      * @param {string} replacement the replacement string
      * @param {boolean} [javaMode=false] activate java mode (different behaviour for capture groups and special characters)
      * @returns {string}
      * @throws IllegalStateException if there was no most recent match
      * @throws IndexOutOfBoundsException in Java mode, if replacement refers to an invalid group
      * @private
      */
      appendReplacement(replacement, javaMode = false) {
        let res = "";
        const s = this.start();
        const e = this.end();
        if (this.appendPos < s) res += this.substring(this.appendPos, s);
        this.appendPos = e;
        res += javaMode ? this.appendReplacementInternalJava(replacement) : this.appendReplacementInternalJs(replacement);
        return res;
      }
      /**
      * @param {string} replacement - the replacement string
      * @returns {string}
      * @private
      */
      appendReplacementInternalJava(replacement) {
        let res = "";
        let last = 0;
        const m = replacement.length;
        let i = 0;
        while (i < m) {
          const cCode = replacement.codePointAt(i);
          if (cCode === Codepoint.CODES["\\"]) {
            if (last < i) res += replacement.substring(last, i);
            i++;
            if (i >= m) throw new RE2JSGroupException("character to be escaped is missing");
            last = i;
            i++;
            continue;
          }
          if (cCode === Codepoint.CODES["$"]) {
            if (last < i) res += replacement.substring(last, i);
            if (i + 1 >= m) throw new RE2JSGroupException("Illegal group reference: group index is missing");
            const nextCode = replacement.codePointAt(i + 1);
            if (Codepoint.CODES["0"] <= nextCode && nextCode <= Codepoint.CODES["9"]) {
              let n = nextCode - Codepoint.CODES["0"];
              let j = i + 2;
              for (; j < m; j++) {
                const digit = replacement.codePointAt(j);
                if (digit < Codepoint.CODES["0"] || digit > Codepoint.CODES["9"] || n * 10 + digit - Codepoint.CODES["0"] > this.patternGroupCount) break;
                n = n * 10 + digit - Codepoint.CODES["0"];
              }
              if (n > this.patternGroupCount) throw new RE2JSGroupException(`n > number of groups: ${n}`);
              const group = this.group(n);
              if (group !== null) res += group;
              i = j;
              last = i;
            } else if (nextCode === Codepoint.CODES["{"]) {
              let j = i + 2;
              while (j < m && replacement.codePointAt(j) !== Codepoint.CODES["}"]) j++;
              if (j >= m) throw new RE2JSGroupException("named capture group is missing trailing '}'");
              const groupName = replacement.substring(i + 2, j);
              const groupVal = this.group(groupName);
              if (groupVal !== null) res += groupVal;
              i = j + 1;
              last = i;
            } else throw new RE2JSGroupException("Illegal group reference");
            continue;
          }
          i++;
        }
        if (last < m) res += replacement.substring(last, m);
        return res;
      }
      /**
      * Expands |replacement| for the current match by the rules of String.prototype.replace
      * (ECMAScript GetSubstitution): $$ is "$", $& the match, $` the text before it, $' the text
      * after it, $n and $nn a group (two digits only when they form a valid group number, so with
      * one group "$10" is group 1 then "0"; an unmatched group is empty), and $<name> a named group
      * (empty when no such group), only when the pattern has named groups. Anything else, such as
      * "$0" or "$<" without a closing ">", is kept as is.
      * @param {string} replacement - the replacement string
      * @returns {string}
      * @private
      */
      appendReplacementInternalJs(replacement) {
        const isDigit3 = (c) => c >= 48 && c <= 57;
        const groupCount = this.patternGroupCount;
        let res = "";
        let i = 0;
        while (i < replacement.length) {
          const dollar = replacement.indexOf("$", i);
          if (dollar < 0) break;
          res += replacement.substring(i, dollar);
          i = dollar;
          const c = replacement.charCodeAt(i + 1);
          if (c === Codepoint.CODES["$"]) {
            res += "$";
            i += 2;
          } else if (c === Codepoint.CODES["&"]) {
            res += this.group(0);
            i += 2;
          } else if (c === Codepoint.CODES["`"]) {
            res += this.substring(0, this.start(0));
            i += 2;
          } else if (c === Codepoint.CODES["'"]) {
            res += this.substring(this.end(0), this.matcherInputLength);
            i += 2;
          } else if (isDigit3(c)) {
            let digits = 1;
            let index = c - 48;
            const c2 = replacement.charCodeAt(i + 2);
            if (isDigit3(c2) && index * 10 + c2 - 48 <= groupCount) {
              digits = 2;
              index = index * 10 + c2 - 48;
            }
            if (index >= 1 && index <= groupCount) {
              const group = this.group(index);
              if (group !== null) res += group;
            } else res += replacement.substring(i, i + 1 + digits);
            i += 1 + digits;
          } else if (c === Codepoint.CODES["<"] && this.hasNamedGroups) {
            const gt = replacement.indexOf(">", i + 2);
            if (gt < 0) {
              res += "$<";
              i += 2;
            } else {
              const name = replacement.substring(i + 2, gt);
              if (Object.hasOwn(this.namedGroups, name)) {
                const group = this.group(name);
                if (group !== null) res += group;
              }
              i = gt + 1;
            }
          } else {
            res += "$";
            i += 1;
          }
        }
        return res + replacement.substring(i);
      }
      /**
      * Return the substring of the input from the append position to the end of the
      * input.
      * @returns {string}
      */
      appendTail() {
        return this.substring(this.appendPos, this.matcherInputLength);
      }
      /**
      * Returns the input with all matches replaced by {@code replacement}, interpreted as for
      * {@code appendReplacement}.
      *
      * @param {string|((...args: any[]) => string)} replacement - the replacement string or a replacer function
      * @param {boolean} [javaMode=false] - activate java mode (different behaviour for capture groups and special characters)
      * @returns {string} the input string with the matches replaced
      * @throws IndexOutOfBoundsException if replacement refers to an invalid group and javaMode is true
      */
      replaceAll(replacement, javaMode = false) {
        return this.replace(replacement, true, javaMode);
      }
      /**
      * Returns the input with the first match replaced by {@code replacement}, interpreted as for
      * {@code appendReplacement}.
      *
      * @param {string|((...args: any[]) => string)} replacement - the replacement string or a replacer function
      * @param {boolean} [javaMode=false] - activate java mode (different behaviour for capture groups and special characters)
      * @returns {string} the input string with the first match replaced
      * @throws IndexOutOfBoundsException if replacement refers to an invalid group and javaMode is true
      */
      replaceFirst(replacement, javaMode = false) {
        return this.replace(replacement, false, javaMode);
      }
      /**
      * Helper: replaceAll/replaceFirst hybrid.
      * @param {string|((...args: any[]) => string)} replacement - the replacement string or a replacer function
      * @param {boolean} [all=true] - replace all matches
      * @param {boolean} [javaMode=false] - activate java mode (different behaviour for capture groups and special characters)
      * @returns {string}
      * @private
      */
      replace(replacement, all = true, javaMode = false) {
        let res = "";
        this.reset();
        const isFunc = typeof replacement === "function";
        let originalInput = null;
        if (isFunc) {
          if (this.groupCount() >= Matcher2.MAX_REPLACER_ARGS) throw new RE2JSGroupException("Too many capture groups to safely invoke replacer function");
          originalInput = this.matcherInput.isUTF8Encoding() ? this.matcherInput.asBytes() : this.matcherInput.asCharSequence();
        }
        while (this.find()) {
          res += isFunc ? this.appendReplacementFunc(replacement, originalInput) : this.appendReplacement(replacement, javaMode);
          if (!all) break;
        }
        res += this.appendTail();
        return res;
      }
      /**
      * Evaluates a replacer function for the current match and appends the result,
      * along with any un-matched preceding text, advancing the append position.
      * @param {Function} replacer - the replacer function
      * @param {string|Uint8Array|number[]} originalInput - the cached original input reference
      * @returns {string} the evaluated string to append
      * @private
      */
      appendReplacementFunc(replacer, originalInput) {
        let res = "";
        const s = this.start();
        const e = this.end();
        if (this.appendPos < s) res += this.substring(this.appendPos, s);
        this.appendPos = e;
        const args = this.matchArray();
        args.push(s, originalInput);
        if (this.hasNamedGroups) args.push(this.namedGroupsObject());
        res += String(replacer(...args));
        return res;
      }
      /**
      * The match and its groups, as the elements of a JS RegExpExecArray: undefined for a group that
      * did not take part in the match. Used by exec(), matchAll() and replacer functions.
      * @returns {Array<string|undefined>}
      * @private
      */
      matchArray() {
        const result = [this.group(0)];
        for (let i = 1; i <= this.patternGroupCount; i++) {
          const group = this.group(i);
          result.push(group === null ? void 0 : group);
        }
        return result;
      }
      /**
      * The named groups, as the groups property of a JS RegExpExecArray: an object without a
      * prototype mapping each name to its group (undefined when it did not take part in the match),
      * or undefined when the pattern has no named groups.
      * @returns {Record<string, string|undefined>|undefined}
      * @private
      */
      namedGroupsObject() {
        if (!this.hasNamedGroups) return;
        const result = this.getNamedGroups();
        for (const name in result) if (result[name] === null) result[name] = void 0;
        return result;
      }
    };
    Inst = class Inst2 {
      static ALT = 1;
      static ALT_MATCH = 2;
      static CAPTURE = 3;
      static EMPTY_WIDTH = 4;
      static FAIL = 5;
      static MATCH = 6;
      static NOP = 7;
      static RUNE = 8;
      static RUNE1 = 9;
      static RUNE_ANY = 10;
      static RUNE_ANY_NOT_NL = 11;
      static LB_WRITE = 12;
      static LB_CHECK = 13;
      static isRuneOp(op) {
        return Inst2.RUNE <= op && op <= Inst2.RUNE_ANY_NOT_NL;
      }
      static escapeRunes(runes) {
        let out = '"';
        for (let rune of runes) out += Utils.escapeRune(rune);
        out += '"';
        return out;
      }
      constructor(op) {
        this.op = op;
        this.out = 0;
        this.arg = 0;
        this.runes = /* @__PURE__ */ new Int32Array(0);
        this.next = null;
      }
      matchRune(r) {
        if (this.runes.length === 1) {
          const r0 = this.runes[0];
          if ((this.arg & RE2Flags.FOLD_CASE) !== 0) return Unicode.equalsIgnoreCase(r0, r);
          return r === r0;
        }
        const len2 = this.runes.length;
        if (len2 === 0) return false;
        if (len2 === 2 || len2 === 4 || len2 === 6 || len2 === 8) {
          for (let j = 0; j < len2; j += 2) {
            if (r < this.runes[j]) return false;
            if (r <= this.runes[j + 1]) return true;
          }
          return false;
        }
        let base = 0;
        let n = len2 >> 1;
        while (n > 1) {
          const half = n >> 1;
          base += this.runes[base + half << 1] <= r ? half : 0;
          n -= half;
        }
        base += this.runes[base << 1] <= r ? 1 : 0;
        const m = base - 1;
        return m >= 0 && r <= this.runes[m << 1 | 1];
      }
      matchRunePos(r) {
        if (this.runes.length === 1) {
          const r0 = this.runes[0];
          if ((this.arg & RE2Flags.FOLD_CASE) !== 0) return Unicode.equalsIgnoreCase(r0, r) ? 0 : -1;
          return r === r0 ? 0 : -1;
        }
        const len2 = this.runes.length;
        if (len2 === 0) return -1;
        if (len2 === 2 || len2 === 4 || len2 === 6 || len2 === 8) {
          for (let j = 0; j < len2; j += 2) {
            if (r < this.runes[j]) return -1;
            if (r <= this.runes[j + 1]) return Math.floor(j / 2);
          }
          return -1;
        }
        let base = 0;
        let n = len2 >> 1;
        while (n > 1) {
          const half = n >> 1;
          base += this.runes[base + half << 1] <= r ? half : 0;
          n -= half;
        }
        base += this.runes[base << 1] <= r ? 1 : 0;
        const m = base - 1;
        return m >= 0 && r <= this.runes[m << 1 | 1] ? m : -1;
      }
      /**
      *
      * @returns {string}
      */
      toString() {
        switch (this.op) {
          case Inst2.ALT:
            return `alt -> ${this.out}, ${this.arg}`;
          case Inst2.ALT_MATCH:
            return `altmatch -> ${this.out}, ${this.arg}`;
          case Inst2.CAPTURE:
            return `cap ${this.arg} -> ${this.out}`;
          case Inst2.EMPTY_WIDTH:
            return `empty ${this.arg} -> ${this.out}`;
          case Inst2.MATCH:
            return `match${this.arg !== 0 ? ` ${this.arg}` : ""}`;
          case Inst2.FAIL:
            return "fail";
          case Inst2.NOP:
            return `nop -> ${this.out}`;
          case Inst2.LB_WRITE:
            return `lbwrite ${this.arg} -> ${this.out}`;
          case Inst2.LB_CHECK:
            return `lbcheck ${this.arg} -> ${this.out}`;
          case Inst2.RUNE:
            if (this.runes === null) return "rune <null>";
            return [
              "rune ",
              Inst2.escapeRunes(this.runes),
              (this.arg & RE2Flags.FOLD_CASE) !== 0 ? "/i" : "",
              " -> ",
              this.out
            ].join("");
          case Inst2.RUNE1:
            return `rune1 ${Inst2.escapeRunes(this.runes)} -> ${this.out}`;
          case Inst2.RUNE_ANY:
            return `any -> ${this.out}`;
          case Inst2.RUNE_ANY_NOT_NL:
            return `anynotnl -> ${this.out}`;
          default:
            throw new Error("unhandled case in Inst.toString");
        }
      }
    };
    Queue = class Queue2 {
      constructor(numInst) {
        this.sparse = new Int32Array(numInst);
        this.densePcs = new Int32Array(numInst);
        this.denseCaps = null;
        this.size = 0;
        this.ncap = 0;
        this.mainThreads = 0;
      }
      static INITIAL_THREADS = 32;
      init(ncap) {
        this.ncap = ncap;
        const needed = Math.min(this.densePcs.length, Queue2.INITIAL_THREADS) * ncap;
        if (!this.denseCaps || this.denseCaps.length < needed) this.denseCaps = new Int32Array(needed);
      }
      growCaps(needed) {
        const limit = this.densePcs.length * this.ncap;
        const grown = new Int32Array(Math.min(limit, Math.max(needed, 2 * this.denseCaps.length)));
        grown.set(this.denseCaps);
        this.denseCaps = grown;
      }
      contains(pc) {
        const j = this.sparse[pc];
        return j < this.size && this.densePcs[j] === pc;
      }
      isEmpty() {
        return this.size === 0;
      }
      add(pc) {
        const j = this.size++;
        this.sparse[pc] = j;
        this.densePcs[j] = pc;
        return j;
      }
      clear() {
        this.size = 0;
        this.mainThreads = 0;
      }
      toString() {
        let out = "{";
        for (let i = 0; i < this.size; i++) {
          if (i !== 0) out += ", ";
          out += this.densePcs[i];
        }
        out += "}";
        return out;
      }
    };
    LookbehindState = class {
      constructor(prog) {
        this.pos = -1;
        this.pcs = new Int32Array(prog.numInst());
        this.size = 0;
        this.lbTable = new Int32Array(prog.numLb + 1);
      }
      reset() {
        this.pos = -1;
        this.size = 0;
      }
    };
    Machine = class Machine2 {
      static fromRE2(re2) {
        const m = new Machine2();
        m.prog = re2.prog;
        m.re2 = re2;
        m.q0 = new Queue(m.prog.numInst());
        m.q1 = new Queue(m.prog.numInst());
        m.addStack = new Int32Array(2 * (m.prog.numInst() + 1));
        m.matched = false;
        m.matchcap = new Int32Array(m.prog.numCap < 2 ? 2 : m.prog.numCap);
        m.ncap = 0;
        return m;
      }
      constructor() {
        this.prog = null;
        this.re2 = null;
        this.q0 = null;
        this.q1 = null;
        this.addStack = null;
        this.matched = false;
        this.matchcap = null;
        this.ncap = 0;
        this.lbTable = null;
      }
      init(ncap) {
        this.ncap = ncap;
        if (ncap > this.matchcap.length) this.matchcap = new Int32Array(ncap).fill(-1);
        else this.matchcap.fill(-1);
        this.q0.init(ncap);
        this.q1.init(ncap);
        if (this.prog.numLb > 0) {
          if (!this.lbTable || this.lbTable.length < this.prog.numLb + 1) this.lbTable = new Int32Array(this.prog.numLb + 1);
          this.lbTable.fill(-1);
        }
      }
      submatches() {
        if (this.ncap === 0) return Utils.emptyInts();
        return Utils.toArray(this.matchcap.subarray(0, this.ncap));
      }
      match(input, pos2, anchor, lbState = null) {
        const startCond = this.re2.cond;
        if (startCond === Utils.EMPTY_ALL) return false;
        if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos2 !== 0) return false;
        this.matched = false;
        this.matchcap.fill(-1);
        const hasLookbehinds = this.prog.numLb > 0;
        const matchStartPos = pos2;
        let currentPos = pos2;
        let resumeLookbehinds = false;
        if (hasLookbehinds) {
          if (lbState !== null && lbState.pos >= 0 && lbState.pos <= pos2) {
            currentPos = lbState.pos;
            resumeLookbehinds = true;
          } else currentPos = 0;
        }
        let saveLookbehinds = hasLookbehinds && lbState !== null;
        let runq = this.q0;
        let nextq = this.q1;
        let r = input.step(currentPos);
        let rune = r >> 3;
        let width = r & 7;
        let rune1 = -1;
        let width1 = 0;
        if (r !== MachineInputBase.EOF()) {
          r = input.step(currentPos + width);
          rune1 = r >> 3;
          width1 = r & 7;
        }
        let flag;
        if (currentPos === 0) flag = Utils.emptyOpContext(-1, rune);
        else flag = input.context(currentPos);
        if (hasLookbehinds) {
          if (resumeLookbehinds) this.restoreLookbehinds(lbState, runq, flag);
          else this.spawnLookbehinds(runq, currentPos, flag);
        }
        while (true) {
          if (runq.mainThreads === 0) {
            if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 && currentPos !== 0) break;
            if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && currentPos !== 0) break;
            if (this.matched) break;
            if (this.prog.numLb === 0 && runq.isEmpty() && !(this.re2.prefix.length === 0) && rune1 !== this.re2.prefixRune && input.canCheckPrefix()) {
              const advance = input.index(this.re2, currentPos);
              if (advance < 0) break;
              currentPos += advance;
              r = input.step(currentPos);
              rune = r >> 3;
              width = r & 7;
              r = input.step(currentPos + width);
              rune1 = r >> 3;
              width1 = r & 7;
              flag = input.context(currentPos);
            }
          }
          if (currentPos >= matchStartPos) {
            if (saveLookbehinds) {
              this.saveLookbehinds(lbState, runq, currentPos);
              saveLookbehinds = false;
            }
            if (!this.matched && (currentPos === 0 || anchor === RE2Flags.UNANCHORED)) {
              if (this.ncap > 0) this.matchcap[0] = currentPos;
              this.add(runq, this.prog.start, currentPos, this.matchcap, 0, flag);
            }
          }
          const nextPos = currentPos + width;
          flag = input.context(nextPos);
          this.step(runq, nextq, currentPos, nextPos, rune, flag, anchor, currentPos === input.endPos());
          if (width === 0) break;
          if (this.ncap === 0 && this.matched) break;
          currentPos += width;
          rune = rune1;
          width = width1;
          if (rune !== -1) {
            r = input.step(currentPos + width);
            rune1 = r >> 3;
            width1 = r & 7;
          }
          const tmpq = runq;
          runq = nextq;
          nextq = tmpq;
        }
        runq.clear();
        nextq.clear();
        return this.matched;
      }
      matchSet(input, pos2, anchor) {
        const startCond = this.re2.cond;
        if (startCond === Utils.EMPTY_ALL) return [];
        if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos2 !== 0) return [];
        let currentPos = this.prog.numLb > 0 ? 0 : pos2;
        let matchStartPos = pos2;
        let runq = this.q0;
        let nextq = this.q1;
        let r = input.step(currentPos);
        let rune = r >> 3;
        let width = r & 7;
        let rune1 = -1;
        let width1 = 0;
        if (r !== MachineInputBase.EOF()) {
          r = input.step(currentPos + width);
          rune1 = r >> 3;
          width1 = r & 7;
        }
        let flag = currentPos === 0 ? Utils.emptyOpContext(-1, rune) : input.context(currentPos);
        const matches = /* @__PURE__ */ new Set();
        if (this.prog.numLb > 0) this.spawnLookbehinds(runq, currentPos, flag);
        while (true) {
          if (runq.mainThreads === 0) {
            if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 && currentPos !== 0) break;
            if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && currentPos !== 0) break;
          }
          if (currentPos === 0 || anchor === RE2Flags.UNANCHORED) {
            if (currentPos >= matchStartPos) this.add(runq, this.prog.start, currentPos, this.matchcap, 0, flag);
          }
          const nextPos = currentPos + width;
          flag = input.context(nextPos);
          for (let j = 0; j < runq.size; j++) {
            const pc = runq.densePcs[j];
            const i = this.prog.inst[pc];
            const capOffset = j * this.ncap;
            let add = false;
            switch (i.op) {
              case Inst.MATCH:
                if (anchor === RE2Flags.ANCHOR_BOTH && currentPos !== input.endPos()) break;
                matches.add(i.arg);
                break;
              case Inst.RUNE:
                add = i.matchRune(rune);
                break;
              case Inst.RUNE1:
                add = rune === i.runes[0];
                break;
              case Inst.RUNE_ANY:
                add = true;
                break;
              case Inst.RUNE_ANY_NOT_NL:
                add = rune !== 10;
                break;
              default:
                continue;
            }
            if (add) this.add(nextq, i.out, nextPos, runq.denseCaps, capOffset, flag);
          }
          runq.clear();
          if (width === 0) break;
          currentPos += width;
          rune = rune1;
          width = width1;
          if (rune !== -1) {
            r = input.step(currentPos + width);
            rune1 = r >> 3;
            width1 = r & 7;
          }
          const tmpq = runq;
          runq = nextq;
          nextq = tmpq;
        }
        nextq.clear();
        return Array.from(matches).sort((a, b) => a - b);
      }
      step(runq, nextq, pos2, nextPos, c, nextCond, anchor, atEnd) {
        const longest = this.re2.longest;
        for (let j = 0; j < runq.size; j++) {
          const pc = runq.densePcs[j];
          const capOffset = j * this.ncap;
          if (longest && this.matched && this.ncap > 0 && this.matchcap[0] < runq.denseCaps[capOffset]) continue;
          const i = this.prog.inst[pc];
          let add = false;
          switch (i.op) {
            case Inst.MATCH:
              if (anchor === RE2Flags.ANCHOR_BOTH && !atEnd) break;
              if (this.ncap > 0 && (!longest || !this.matched || this.matchcap[1] < pos2)) {
                runq.denseCaps[capOffset + 1] = pos2;
                for (let k = 0; k < this.ncap; k++) this.matchcap[k] = runq.denseCaps[capOffset + k];
              }
              if (!longest) runq.size = 0;
              this.matched = true;
              break;
            case Inst.RUNE:
              add = i.matchRune(c);
              break;
            case Inst.RUNE1:
              add = c === i.runes[0];
              break;
            case Inst.RUNE_ANY:
              add = true;
              break;
            case Inst.RUNE_ANY_NOT_NL:
              add = c !== 10;
              break;
            default:
              continue;
          }
          if (add) this.add(nextq, i.out, nextPos, runq.denseCaps, capOffset, nextCond);
        }
        runq.clear();
      }
      spawnLookbehinds(q, pos2, flag) {
        for (let i = 0; i < this.prog.lbStarts.length; i++) this.add(q, this.prog.lbStarts[i], pos2, this.matchcap, 0, flag);
      }
      restoreLookbehinds(lbState, q, flag) {
        this.lbTable.set(lbState.lbTable);
        for (let j = 0; j < lbState.size; j++) this.add(q, lbState.pcs[j], lbState.pos, this.matchcap, 0, flag);
      }
      saveLookbehinds(lbState, q, pos2) {
        let size = 0;
        for (let j = 0; j < q.size; j++) {
          const pc = q.densePcs[j];
          if (this.prog.lbInst[pc] === 1 && Inst.isRuneOp(this.prog.inst[pc].op)) lbState.pcs[size++] = pc;
        }
        lbState.size = size;
        lbState.pos = pos2;
        lbState.lbTable.set(this.lbTable);
      }
      add(q, pc, pos2, capArray, capOffset, cond) {
        const stk = this.addStack;
        let nstk = 0;
        for (; ; ) {
          while (pc !== 0 && !q.contains(pc)) {
            const d = q.add(pc);
            const inst = this.prog.inst[pc];
            switch (inst.op) {
              case Inst.FAIL:
                pc = 0;
                break;
              case Inst.ALT:
              case Inst.ALT_MATCH:
                stk[nstk++] = inst.arg;
                stk[nstk++] = 0;
                pc = inst.out;
                break;
              case Inst.EMPTY_WIDTH:
                pc = (inst.arg & ~cond) === 0 ? inst.out : 0;
                break;
              case Inst.NOP:
                pc = inst.out;
                break;
              case Inst.CAPTURE:
                if (inst.arg < this.ncap) {
                  stk[nstk++] = -inst.arg - 1;
                  stk[nstk++] = capArray[capOffset + inst.arg];
                  capArray[capOffset + inst.arg] = pos2;
                }
                pc = inst.out;
                break;
              case Inst.LB_WRITE:
                this.lbTable[Math.abs(inst.arg)] = pos2;
                pc = inst.out;
                break;
              case Inst.LB_CHECK:
                if (inst.arg > 0) pc = this.lbTable[inst.arg] === pos2 ? inst.out : 0;
                else pc = this.lbTable[-inst.arg] !== pos2 ? inst.out : 0;
                break;
              case Inst.MATCH:
              case Inst.RUNE:
              case Inst.RUNE1:
              case Inst.RUNE_ANY:
              case Inst.RUNE_ANY_NOT_NL:
                if (this.prog.lbInst[pc] === 0) q.mainThreads++;
                if (this.ncap > 0) {
                  const destOffset = d * this.ncap;
                  if (destOffset + this.ncap > q.denseCaps.length) q.growCaps(destOffset + this.ncap);
                  for (let c = 0; c < this.ncap; c++) q.denseCaps[destOffset + c] = capArray[capOffset + c];
                }
                pc = 0;
                break;
              default:
                throw new RE2JSInternalException("unhandled");
            }
          }
          if (nstk === 0) return;
          nstk -= 2;
          const entry = stk[nstk];
          if (entry < 0) {
            capArray[capOffset - entry - 1] = stk[nstk + 1];
            pc = 0;
          } else pc = entry;
        }
      }
    };
    hashState = (pcs, flag, ids) => {
      let h = -2128831035;
      for (let i = 0; i < pcs.length; i++) {
        h ^= pcs[i];
        h = Math.imul(h, 16777619);
      }
      h ^= flag;
      h = Math.imul(h, 16777619);
      for (let i = 0; i < ids.length; i++) {
        h ^= ids[i];
        h = Math.imul(h, 16777619);
      }
      return h;
    };
    arraysEqual = (a, b) => {
      if (a.length !== b.length) return false;
      for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
      return true;
    };
    isState = (state, pcs, flag, ids) => state.flag === flag && arraysEqual(state.nfaStates, pcs) && arraysEqual(state.matchIDs, ids);
    NO_IDS2 = [];
    END_TEXT = -1;
    DFAState = class {
      constructor(nfaStates, flag, matchIDs) {
        this.nfaStates = nfaStates;
        this.flag = flag;
        this.isMatch = (flag & DFA.FLAG_MATCH) !== 0;
        this.matchIDs = matchIDs;
        this.next = null;
        this.nextAnchored = null;
      }
    };
    DFA = class DFA2 {
      static FLAG_EMPTY_MASK = 255;
      static FLAG_MATCH = 256;
      static FLAG_LAST_WORD = 512;
      static FLAG_NEED_SHIFT = 16;
      static STATE_OVERHEAD = 150;
      static ARRAY_OVERHEAD = 40;
      static ELEMENT_SIZE = 8;
      static TABLE_OVERHEAD = 48;
      static PROGRESS_PER_STATE = 10;
      constructor(prog, maxMem = 8388608) {
        this.prog = prog;
        this.maxMem = maxMem;
        this.stateCache = /* @__PURE__ */ new Map();
        this.stateCount = 0;
        this.startStates = /* @__PURE__ */ new Map();
        this.failed = false;
        for (let pc = 0; pc < prog.numInst(); pc++) {
          const op = prog.getInst(pc).op;
          if (op === Inst.LB_WRITE || op === Inst.LB_CHECK) {
            this.failed = true;
            break;
          }
        }
        this.computeRuneClasses();
        this.stateBudget = maxMem;
        this.memBudget = maxMem;
      }
      computeRuneClasses() {
        const bounds = /* @__PURE__ */ new Set();
        const addRange = (lo, hi) => {
          bounds.add(lo);
          bounds.add(hi + 1);
        };
        for (let pc = 0; pc < this.prog.numInst(); pc++) {
          const inst = this.prog.getInst(pc);
          switch (inst.op) {
            case Inst.RUNE:
            case Inst.RUNE1:
              if (inst.runes.length === 1) {
                addRange(inst.runes[0], inst.runes[0]);
                if ((inst.arg & RE2Flags.FOLD_CASE) !== 0) for (let f = Unicode.simpleFold(inst.runes[0]); f !== inst.runes[0]; f = Unicode.simpleFold(f)) addRange(f, f);
              } else for (let j = 0; j < inst.runes.length; j += 2) addRange(inst.runes[j], inst.runes[j + 1]);
              break;
            case Inst.RUNE_ANY_NOT_NL:
              addRange(10, 10);
              break;
            case Inst.EMPTY_WIDTH:
              if ((inst.arg & (Utils.EMPTY_BEGIN_LINE | Utils.EMPTY_END_LINE)) !== 0) addRange(10, 10);
              if ((inst.arg & (Utils.EMPTY_WORD_BOUNDARY | Utils.EMPTY_NO_WORD_BOUNDARY)) !== 0) {
                addRange(48, 57);
                addRange(65, 90);
                addRange(95, 95);
                addRange(97, 122);
              }
          }
        }
        bounds.delete(0);
        this.classBounds = Int32Array.from(bounds).sort();
        this.numClasses = this.classBounds.length + 1;
        const latin1Class = new Int32Array(Unicode.MAX_LATIN1 + 1);
        for (let r = 0; r <= Unicode.MAX_LATIN1; r++) latin1Class[r] = this.searchClass(r);
        this.latin1Class = latin1Class;
      }
      runeClass(r) {
        if (r <= Unicode.MAX_LATIN1) return this.latin1Class[r];
        return this.searchClass(r);
      }
      searchClass(r) {
        const bounds = this.classBounds;
        let lo = 0;
        let hi = bounds.length;
        while (lo < hi) {
          const mid = lo + hi >> 1;
          if (bounds[mid] <= r) lo = mid + 1;
          else hi = mid;
        }
        return lo;
      }
      closure(pcs, flag) {
        const closure = /* @__PURE__ */ new Set();
        const stack2 = Array.from(pcs);
        let needflags = 0;
        while (stack2.length > 0) {
          const pc = stack2.pop();
          if (pc === 0 || closure.has(pc)) continue;
          closure.add(pc);
          const inst = this.prog.getInst(pc);
          switch (inst.op) {
            case Inst.ALT:
            case Inst.ALT_MATCH:
              stack2.push(inst.out);
              stack2.push(inst.arg);
              break;
            case Inst.NOP:
            case Inst.CAPTURE:
              stack2.push(inst.out);
              break;
            case Inst.EMPTY_WIDTH:
              needflags |= inst.arg;
              if ((inst.arg & ~flag) === 0) stack2.push(inst.out);
          }
        }
        return {
          pcs: Array.from(closure).sort((a, b) => a - b),
          needflags
        };
      }
      getState(pcs, flag, ids) {
        const hash3 = hashState(pcs, flag, ids);
        const cached = this.stateCache.get(hash3);
        if (cached instanceof DFAState) {
          if (isState(cached, pcs, flag, ids)) return cached;
        } else if (cached !== void 0) {
          for (let i = 0; i < cached.length; i++) if (isState(cached[i], pcs, flag, ids)) return cached[i];
        }
        const cost2 = DFA2.stateCost(pcs, ids);
        if (this.memBudget < cost2) return null;
        this.memBudget -= cost2;
        const state = new DFAState(pcs, flag, ids);
        if (cached === void 0) this.stateCache.set(hash3, state);
        else if (cached instanceof DFAState) this.stateCache.set(hash3, [cached, state]);
        else cached.push(state);
        this.stateCount++;
        return state;
      }
      static stateCost(pcs, ids) {
        const idsCost = ids.length === 0 ? 0 : DFA2.ARRAY_OVERHEAD + DFA2.ELEMENT_SIZE * ids.length;
        return DFA2.STATE_OVERHEAD + DFA2.ELEMENT_SIZE * pcs.length + idsCost;
      }
      *cachedStates() {
        for (const cached of this.stateCache.values()) if (cached instanceof DFAState) yield cached;
        else yield* cached;
      }
      makeState(pcs, flag, ids) {
        const closure = this.closure(pcs, flag & DFA2.FLAG_EMPTY_MASK);
        let stateFlag = flag;
        if (closure.needflags === 0) stateFlag &= DFA2.FLAG_MATCH;
        stateFlag |= closure.needflags << DFA2.FLAG_NEED_SHIFT;
        return this.getState(closure.pcs, stateFlag, ids);
      }
      allocTable(state, anchor) {
        const size = this.numClasses + 1;
        const cost2 = DFA2.TABLE_OVERHEAD + DFA2.ELEMENT_SIZE * size;
        if (this.memBudget < cost2) return null;
        this.memBudget -= cost2;
        const table2 = new Array(size).fill(null);
        if (anchor === RE2Flags.UNANCHORED) state.next = table2;
        else state.nextAnchored = table2;
        return table2;
      }
      clearCache() {
        this.stateCache.clear();
        this.stateCount = 0;
        this.startStates.clear();
        this.memBudget = this.stateBudget;
      }
      resetCache(current2) {
        this.clearCache();
        return this.getState(current2.nfaStates, current2.flag, current2.matchIDs);
      }
      step(state, cls, rune, anchor) {
        let table2 = anchor === RE2Flags.UNANCHORED ? state.next : state.nextAnchored;
        if (table2 !== null) {
          const cached = table2[cls];
          if (cached !== null) return cached;
        } else {
          table2 = this.allocTable(state, anchor);
          if (table2 === null) return null;
        }
        const needflag = state.flag >>> DFA2.FLAG_NEED_SHIFT;
        const oldbeforeflag = state.flag & DFA2.FLAG_EMPTY_MASK;
        let beforeflag = oldbeforeflag;
        let afterflag = 0;
        if (rune === 10) {
          beforeflag |= Utils.EMPTY_END_LINE;
          afterflag |= Utils.EMPTY_BEGIN_LINE;
        }
        if (rune === END_TEXT) beforeflag |= Utils.EMPTY_END_LINE | Utils.EMPTY_END_TEXT;
        const islastword = (state.flag & DFA2.FLAG_LAST_WORD) !== 0;
        const isword = rune !== END_TEXT && Utils.isWordRune(rune);
        beforeflag |= isword === islastword ? Utils.EMPTY_NO_WORD_BOUNDARY : Utils.EMPTY_WORD_BOUNDARY;
        let pcs = state.nfaStates;
        if ((beforeflag & ~oldbeforeflag & needflag) !== 0) pcs = this.closure(pcs, beforeflag).pcs;
        const nextPCs = [];
        let ismatch = false;
        let ids = NO_IDS2;
        for (let i = 0; i < pcs.length; i++) {
          const inst = this.prog.getInst(pcs[i]);
          if (inst.op === Inst.MATCH) {
            if (!ismatch) {
              ismatch = true;
              ids = [];
            }
            ids.push(inst.arg);
          } else if (rune !== END_TEXT && Inst.isRuneOp(inst.op) && inst.matchRune(rune)) nextPCs.push(inst.out);
        }
        if (ids.length > 1) ids.sort((a, b) => a - b);
        if (anchor === RE2Flags.UNANCHORED && rune !== END_TEXT) nextPCs.push(this.prog.start);
        let flag = afterflag;
        if (ismatch) flag |= DFA2.FLAG_MATCH;
        if (isword) flag |= DFA2.FLAG_LAST_WORD;
        const nextState = this.makeState(nextPCs, flag, ids);
        if (nextState === null) return null;
        table2[cls] = nextState;
        return nextState;
      }
      start(input, pos2) {
        const context = input.context(pos2);
        let flags;
        if ((context & Utils.EMPTY_BEGIN_TEXT) !== 0) flags = Utils.EMPTY_BEGIN_TEXT | Utils.EMPTY_BEGIN_LINE;
        else if ((context & Utils.EMPTY_BEGIN_LINE) !== 0) flags = Utils.EMPTY_BEGIN_LINE;
        else {
          const r = input.step(pos2);
          const nextIsWord = r >= 0 && Utils.isWordRune(r >> 3);
          flags = (context & Utils.EMPTY_WORD_BOUNDARY) !== 0 !== nextIsWord ? DFA2.FLAG_LAST_WORD : 0;
        }
        let state = this.startStates.get(flags);
        if (state === void 0) {
          state = this.makeState([this.prog.start], flags, NO_IDS2);
          if (state === null) {
            this.clearCache();
            state = this.makeState([this.prog.start], flags, NO_IDS2);
            if (state === null) return null;
          }
          this.startStates.set(flags, state);
        }
        return state;
      }
      stepOrReset(state, cls, rune, anchor, pos2, search) {
        let next2 = this.step(state, cls, rune, anchor);
        if (next2 !== null) return next2;
        if (search.resetPos >= 0 && pos2 - search.resetPos < DFA2.PROGRESS_PER_STATE * this.stateCount) return null;
        search.resetPos = pos2;
        const restored = this.resetCache(state);
        if (restored === null) return null;
        next2 = this.step(restored, cls, rune, anchor);
        return next2;
      }
      run(input, pos2, anchor, state, onMatch) {
        const endPos = input.endPos();
        const latin1Class = this.latin1Class;
        const unanchored = anchor === RE2Flags.UNANCHORED;
        const search = { resetPos: -1 };
        let i = pos2;
        while (i < endPos) {
          const r = input.step(i);
          const rune = r >> 3;
          const width = r & 7;
          if (width === 0) break;
          const cls = rune <= Unicode.MAX_LATIN1 ? latin1Class[rune] : this.runeClass(rune);
          let next2 = unanchored && state.next !== null ? state.next[cls] : null;
          if (next2 === null) {
            next2 = this.stepOrReset(state, cls, rune, anchor, i, search);
            if (next2 === null) return null;
          }
          state = next2;
          if (state.isMatch && onMatch(state, false)) return true;
          if (!unanchored && state.nfaStates.length === 0) return false;
          i += width;
        }
        state = this.stepOrReset(state, this.numClasses, END_TEXT, anchor, i, search);
        if (state === null) return null;
        return state.isMatch && onMatch(state, true);
      }
      match(input, pos2, anchor) {
        if (this.failed) return null;
        if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos2 !== 0) return false;
        const startState = this.start(input, pos2);
        if (startState === null) return null;
        return this.run(input, pos2, anchor, startState, (state, atEnd) => anchor !== RE2Flags.ANCHOR_BOTH || atEnd);
      }
      matchSet(input, pos2, anchor) {
        if (this.failed) return null;
        if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos2 !== 0) return [];
        const startState = this.start(input, pos2);
        if (startState === null) return null;
        const matches = /* @__PURE__ */ new Set();
        const collect = (state, atEnd) => {
          if (anchor !== RE2Flags.ANCHOR_BOTH || atEnd) for (let k = 0; k < state.matchIDs.length; k++) matches.add(state.matchIDs[k]);
          return false;
        };
        if (this.run(input, pos2, anchor, startState, collect) === null) return null;
        return Array.from(matches).sort((a, b) => a - b);
      }
    };
    VISITED_BITS = 32;
    MAX_BACKTRACK_PROG = 500;
    INITIAL_JOB_CAPACITY = 256;
    MAX_BACKTRACK_VECTOR = 262144;
    BitState = class {
      constructor() {
        this.end = 0;
        this.cap = /* @__PURE__ */ new Int32Array(0);
        this.matchcap = /* @__PURE__ */ new Int32Array(0);
        this.ncap = 0;
        this.jobPc = new Int32Array(INITIAL_JOB_CAPACITY);
        this.jobArg = new Uint8Array(INITIAL_JOB_CAPACITY);
        this.jobPos = new Int32Array(INITIAL_JOB_CAPACITY);
        this.jobLen = 0;
        this.visited = /* @__PURE__ */ new Uint32Array(0);
      }
      reset(prog, end, ncap) {
        this.end = end;
        this.jobLen = 0;
        this.ncap = ncap;
        const visitedSize = prog.numInst() * (end + 1) + VISITED_BITS - 1 >>> 5;
        if (this.visited.length < visitedSize) this.visited = new Uint32Array(visitedSize);
        else this.visited.fill(0, 0, visitedSize);
        if (this.cap.length < ncap) this.cap = new Int32Array(ncap).fill(-1);
        else this.cap.fill(-1, 0, ncap);
        if (this.matchcap.length < ncap) this.matchcap = new Int32Array(ncap).fill(-1);
        else this.matchcap.fill(-1, 0, ncap);
      }
      shouldVisit(pc, pos2) {
        const n = pc * (this.end + 1) + pos2;
        const idx = n >>> 5;
        const mask = 1 << (n & 31);
        if ((this.visited[idx] & mask) !== 0) return false;
        this.visited[idx] |= mask;
        return true;
      }
      push(re2, pc, pos2, arg) {
        if (re2.prog.getInst(pc).op !== Inst.FAIL && (arg || this.shouldVisit(pc, pos2))) {
          if (this.jobLen >= this.jobPc.length) {
            const newSize = this.jobPc.length * 2;
            const newPc = new Int32Array(newSize);
            newPc.set(this.jobPc);
            this.jobPc = newPc;
            const newArg = new Uint8Array(newSize);
            newArg.set(this.jobArg);
            this.jobArg = newArg;
            const newPos = new Int32Array(newSize);
            newPos.set(this.jobPos);
            this.jobPos = newPos;
          }
          this.jobPc[this.jobLen] = pc;
          this.jobArg[this.jobLen] = arg ? 1 : 0;
          this.jobPos[this.jobLen] = pos2;
          this.jobLen++;
        }
      }
      tryBacktrack(re2, input, pc, pos2, anchor) {
        const longest = re2.longest;
        this.push(re2, pc, pos2, false);
        while (this.jobLen > 0) {
          this.jobLen--;
          let currentPc = this.jobPc[this.jobLen];
          let arg = this.jobArg[this.jobLen] === 1;
          let currentPos = this.jobPos[this.jobLen];
          let skipShouldVisit = true;
          while (true) {
            if (!skipShouldVisit) {
              if (!this.shouldVisit(currentPc, currentPos)) break;
            }
            skipShouldVisit = false;
            const inst = re2.prog.getInst(currentPc);
            switch (inst.op) {
              case Inst.FAIL:
                break;
              case Inst.ALT:
                if (arg) {
                  arg = false;
                  currentPc = inst.arg;
                  continue;
                } else {
                  this.push(re2, currentPc, currentPos, true);
                  currentPc = inst.out;
                  continue;
                }
              case Inst.ALT_MATCH: {
                const outInst = re2.prog.getInst(inst.out);
                if (Inst.isRuneOp(outInst.op)) {
                  this.push(re2, inst.arg, currentPos, false);
                  currentPc = inst.arg;
                  currentPos = this.end;
                  continue;
                }
                this.push(re2, inst.out, this.end, false);
                currentPc = inst.out;
                continue;
              }
              case Inst.RUNE: {
                const r = input.step(currentPos);
                if (r === MachineInputBase.EOF()) break;
                if (!inst.matchRune(r >> 3)) break;
                currentPos += r & 7;
                currentPc = inst.out;
                continue;
              }
              case Inst.RUNE1: {
                const r = input.step(currentPos);
                if (r === MachineInputBase.EOF()) break;
                if (r >> 3 !== inst.runes[0]) break;
                currentPos += r & 7;
                currentPc = inst.out;
                continue;
              }
              case Inst.RUNE_ANY_NOT_NL: {
                const r = input.step(currentPos);
                if (r === MachineInputBase.EOF()) break;
                if (r >> 3 === 10) break;
                currentPos += r & 7;
                currentPc = inst.out;
                continue;
              }
              case Inst.RUNE_ANY: {
                const r = input.step(currentPos);
                if (r === MachineInputBase.EOF()) break;
                currentPos += r & 7;
                currentPc = inst.out;
                continue;
              }
              case Inst.CAPTURE:
                if (arg) {
                  this.cap[inst.arg] = currentPos;
                  break;
                } else {
                  if (inst.arg < this.ncap) {
                    this.push(re2, currentPc, this.cap[inst.arg], true);
                    this.cap[inst.arg] = currentPos;
                  }
                  currentPc = inst.out;
                  continue;
                }
              case Inst.EMPTY_WIDTH: {
                const flag = input.context(currentPos);
                if ((inst.arg & ~flag) !== 0) break;
                currentPc = inst.out;
                continue;
              }
              case Inst.NOP:
                currentPc = inst.out;
                continue;
              case Inst.MATCH: {
                if (anchor === RE2Flags.ANCHOR_BOTH && currentPos !== this.end) break;
                if (this.ncap === 0) return true;
                if (this.ncap > 1) this.cap[1] = currentPos;
                const old = this.matchcap[1];
                if (old === -1 || longest && currentPos > 0 && currentPos > old) this.matchcap.set(this.cap);
                if (!longest) return true;
                if (currentPos === this.end) return true;
                break;
              }
              case Inst.LB_WRITE:
              case Inst.LB_CHECK:
                throw new RE2JSInternalException("Backtracker cannot evaluate Lookbehind instructions");
              default:
                throw new RE2JSInternalException("bad inst");
            }
            break;
          }
        }
        return longest && this.matchcap.length > 1 && this.matchcap[1] >= 0;
      }
    };
    bitStatePool = [];
    Backtracker = class Backtracker2 {
      static shouldBacktrack(prog) {
        return prog.numInst() <= MAX_BACKTRACK_PROG;
      }
      static maxBitStateLen(prog) {
        if (!Backtracker2.shouldBacktrack(prog)) return 0;
        return Math.floor(MAX_BACKTRACK_VECTOR / prog.numInst());
      }
      static execute(re2, input, pos2, anchor, ncap) {
        const startCond = re2.cond;
        if (startCond === Utils.EMPTY_ALL) return null;
        if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos2 !== 0) return null;
        if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 && pos2 !== 0) return null;
        const b = bitStatePool.length > 0 ? bitStatePool.pop() : new BitState();
        const end = input.endPos();
        b.reset(re2.prog, end, ncap);
        let matched = false;
        if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 || anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) {
          if (b.ncap > 0) b.cap[0] = pos2;
          if (b.tryBacktrack(re2, input, re2.prog.start, pos2, anchor)) matched = true;
        } else {
          let width = -1;
          for (; pos2 <= end && width !== 0; pos2 += width) {
            if (re2.prefix.length > 0) {
              const advance = input.index(re2, pos2);
              if (advance < 0) break;
              pos2 += advance;
            }
            if (b.ncap > 0) b.cap[0] = pos2;
            if (b.tryBacktrack(re2, input, re2.prog.start, pos2, anchor)) {
              matched = true;
              break;
            }
            const r = input.step(pos2);
            width = r === MachineInputBase.EOF() ? 0 : r & 7;
          }
        }
        if (!matched) {
          bitStatePool.push(b);
          return null;
        }
        const result = ncap === 0 ? [] : Utils.toArray(b.matchcap.subarray(0, ncap));
        bitStatePool.push(b);
        return result;
      }
    };
    QueueOnePass = class {
      constructor(size) {
        this.sparse = new Uint32Array(size);
        this.dense = new Uint32Array(size);
        this.size = 0;
        this.nextIndex = 0;
      }
      empty() {
        return this.nextIndex >= this.size;
      }
      next() {
        return this.dense[this.nextIndex++];
      }
      clear() {
        this.size = 0;
        this.nextIndex = 0;
      }
      contains(u) {
        return u < this.sparse.length && this.sparse[u] < this.size && this.dense[this.sparse[u]] === u;
      }
      insert(u) {
        if (!this.contains(u)) this.insertNew(u);
      }
      insertNew(u) {
        if (u >= this.sparse.length) return;
        this.sparse[u] = this.size;
        this.dense[this.size] = u;
        this.size++;
      }
    };
    mergeRuneSets = (leftRunes, rightRunes, leftPC, rightPC) => {
      const leftLen = leftRunes.length;
      const rightLen = rightRunes.length;
      let lx = 0, rx = 0;
      const merged = [];
      const next2 = [];
      let ok = true;
      let ix = -1;
      const extend = (isLeft) => {
        const newArray = isLeft ? leftRunes : rightRunes;
        const low = isLeft ? lx : rx;
        const pc = isLeft ? leftPC : rightPC;
        if (ix > 0 && newArray[low] <= merged[ix]) return false;
        merged.push(newArray[low], newArray[low + 1]);
        if (isLeft) lx += 2;
        else rx += 2;
        ix += 2;
        next2.push(pc);
        return true;
      };
      while (lx < leftLen || rx < rightLen) {
        if (rx >= rightLen) ok = extend(true);
        else if (lx >= leftLen) ok = extend(false);
        else if (rightRunes[rx] < leftRunes[lx]) ok = extend(false);
        else ok = extend(true);
        if (!ok) return null;
      }
      return {
        merged,
        next: next2
      };
    };
    OnePassProg = class {
      constructor(prog) {
        this.start = prog.start;
        this.numCap = prog.numCap;
        this.inst = new Array(prog.inst.length);
        for (let i = 0; i < prog.inst.length; i++) {
          const orig = prog.inst[i];
          const inst = new Inst(orig.op);
          inst.out = orig.out;
          inst.arg = orig.arg;
          inst.runes = orig.runes ? new Int32Array(orig.runes) : /* @__PURE__ */ new Int32Array(0);
          inst.next = null;
          this.inst[i] = inst;
        }
      }
    };
    onePassCopy = (prog) => {
      const p = new OnePassProg(prog);
      for (let pc = 0; pc < p.inst.length; pc++) {
        const inst = p.inst[pc];
        if (inst.op !== Inst.ALT && inst.op !== Inst.ALT_MATCH) continue;
        let pAOther = "out";
        let pAAlt = "arg";
        let instAlt = p.inst[inst[pAAlt]];
        if (instAlt.op !== Inst.ALT && instAlt.op !== Inst.ALT_MATCH) {
          pAOther = "arg";
          pAAlt = "out";
          instAlt = p.inst[inst[pAAlt]];
          if (instAlt.op !== Inst.ALT && instAlt.op !== Inst.ALT_MATCH) continue;
        }
        const instOther = p.inst[inst[pAOther]];
        if (instOther.op === Inst.ALT || instOther.op === Inst.ALT_MATCH) continue;
        let pBAlt = "out";
        let pBOther = "arg";
        let patch = false;
        if (instAlt.out === pc) patch = true;
        else if (instAlt.arg === pc) {
          patch = true;
          pBAlt = "arg";
          pBOther = "out";
        }
        if (patch) instAlt[pBAlt] = inst[pAOther];
        if (inst[pAOther] === instAlt[pBAlt]) inst[pAAlt] = instAlt[pBOther];
      }
      return p;
    };
    makeOnePass = (p) => {
      if (p.inst.length >= 1e3) return null;
      const instQueue = new QueueOnePass(p.inst.length);
      const visitQueue = new QueueOnePass(p.inst.length);
      const onePassRunes = new Array(p.inst.length);
      const m = new Array(p.inst.length).fill(false);
      const check = (pc) => {
        let ok = true;
        const inst = p.inst[pc];
        if (visitQueue.contains(pc)) return true;
        visitQueue.insert(pc);
        switch (inst.op) {
          case Inst.ALT:
          case Inst.ALT_MATCH: {
            ok = check(inst.out) && check(inst.arg);
            let matchOut = m[inst.out];
            let matchArg = m[inst.arg];
            if (matchOut && matchArg) return false;
            if (matchArg) {
              const tempOut = inst.out;
              inst.out = inst.arg;
              inst.arg = tempOut;
              const tempMatch = matchOut;
              matchOut = matchArg;
              matchArg = tempMatch;
            }
            if (matchOut) {
              m[pc] = true;
              inst.op = Inst.ALT_MATCH;
            }
            const leftRunes = onePassRunes[inst.out] || [];
            const rightRunes = onePassRunes[inst.arg] || [];
            const mergeRes = mergeRuneSets(leftRunes, rightRunes, inst.out, inst.arg);
            if (!mergeRes) return false;
            onePassRunes[pc] = new Int32Array(mergeRes.merged);
            inst.next = new Uint32Array(mergeRes.next);
            break;
          }
          case Inst.CAPTURE:
          case Inst.EMPTY_WIDTH:
          case Inst.NOP:
            ok = check(inst.out);
            m[pc] = m[inst.out];
            onePassRunes[pc] = onePassRunes[inst.out] ? new Int32Array(onePassRunes[inst.out]) : /* @__PURE__ */ new Int32Array(0);
            inst.next = new Uint32Array(Math.floor(onePassRunes[pc].length / 2) + 1).fill(inst.out);
            break;
          case Inst.MATCH:
          case Inst.FAIL:
            m[pc] = inst.op === Inst.MATCH;
            break;
          case Inst.RUNE: {
            m[pc] = false;
            if (inst.next && inst.next.length > 0) break;
            instQueue.insert(inst.out);
            if (!inst.runes || inst.runes.length === 0) {
              onePassRunes[pc] = /* @__PURE__ */ new Int32Array(0);
              inst.next = new Uint32Array([inst.out]);
              break;
            }
            let runes = [];
            if (inst.runes.length === 1 && (inst.arg & RE2Flags.FOLD_CASE) !== 0) {
              const r0 = inst.runes[0];
              runes.push(r0, r0);
              for (let r1 = Unicode.simpleFold(r0); r1 !== r0; r1 = Unicode.simpleFold(r1)) runes.push(r1, r1);
              runes.sort((a, b) => a - b);
            } else for (let j = 0; j < inst.runes.length; j++) runes.push(inst.runes[j]);
            onePassRunes[pc] = new Int32Array(runes);
            inst.next = new Uint32Array(Math.floor(runes.length / 2) + 1).fill(inst.out);
            inst.op = Inst.RUNE;
            break;
          }
          case Inst.RUNE1: {
            m[pc] = false;
            if (inst.next && inst.next.length > 0) break;
            instQueue.insert(inst.out);
            let runes = [];
            if ((inst.arg & RE2Flags.FOLD_CASE) !== 0) {
              const r0 = inst.runes[0];
              runes.push(r0, r0);
              for (let r1 = Unicode.simpleFold(r0); r1 !== r0; r1 = Unicode.simpleFold(r1)) runes.push(r1, r1);
              runes.sort((a, b) => a - b);
            } else runes.push(inst.runes[0], inst.runes[0]);
            onePassRunes[pc] = new Int32Array(runes);
            inst.next = new Uint32Array(Math.floor(runes.length / 2) + 1).fill(inst.out);
            inst.op = Inst.RUNE;
            break;
          }
          case Inst.RUNE_ANY:
            m[pc] = false;
            if (inst.next && inst.next.length > 0) break;
            instQueue.insert(inst.out);
            onePassRunes[pc] = new Int32Array([0, Unicode.MAX_RUNE]);
            inst.next = new Uint32Array([inst.out]);
            break;
          case Inst.RUNE_ANY_NOT_NL:
            m[pc] = false;
            if (inst.next && inst.next.length > 0) break;
            instQueue.insert(inst.out);
            onePassRunes[pc] = new Int32Array([
              0,
              9,
              11,
              Unicode.MAX_RUNE
            ]);
            inst.next = new Uint32Array(Math.floor(onePassRunes[pc].length / 2) + 1).fill(inst.out);
        }
        return ok;
      };
      instQueue.clear();
      instQueue.insert(p.start);
      while (!instQueue.empty()) {
        visitQueue.clear();
        if (!check(instQueue.next())) return null;
      }
      for (let i = 0; i < p.inst.length; i++) if (onePassRunes[i]) p.inst[i].runes = onePassRunes[i];
      return p;
    };
    cleanupOnePass = (p, original) => {
      for (let ix = 0; ix < original.inst.length; ix++) {
        const instOriginal = original.inst[ix];
        switch (instOriginal.op) {
          case Inst.ALT:
          case Inst.ALT_MATCH:
          case Inst.RUNE:
            break;
          case Inst.CAPTURE:
          case Inst.EMPTY_WIDTH:
          case Inst.NOP:
          case Inst.MATCH:
          case Inst.FAIL:
            p.inst[ix].next = null;
            break;
          case Inst.RUNE1:
          case Inst.RUNE_ANY:
          case Inst.RUNE_ANY_NOT_NL:
            p.inst[ix].next = null;
            p.inst[ix].op = instOriginal.op;
            p.inst[ix].runes = instOriginal.runes ? new Int32Array(instOriginal.runes) : /* @__PURE__ */ new Int32Array(0);
        }
      }
    };
    OnePass = class OnePass2 {
      static compile(prog) {
        if (prog.start === 0) return null;
        if (prog.numLb > 0) return null;
        const startInst = prog.inst[prog.start];
        if (startInst.op !== Inst.EMPTY_WIDTH || (startInst.arg & Utils.EMPTY_BEGIN_TEXT) === 0) return null;
        let hasAlt = false;
        for (let i = 0; i < prog.inst.length; i++) if (prog.inst[i].op === Inst.ALT || prog.inst[i].op === Inst.ALT_MATCH) {
          hasAlt = true;
          break;
        }
        for (let i = 0; i < prog.inst.length; i++) {
          const inst = prog.inst[i];
          const opOut = prog.inst[inst.out].op;
          switch (inst.op) {
            case Inst.ALT:
            case Inst.ALT_MATCH:
              if (opOut === Inst.MATCH || prog.inst[inst.arg].op === Inst.MATCH) return null;
              break;
            case Inst.EMPTY_WIDTH:
              if (opOut === Inst.MATCH) {
                if ((inst.arg & Utils.EMPTY_END_TEXT) === Utils.EMPTY_END_TEXT) continue;
                return null;
              }
              break;
            default:
              if (opOut === Inst.MATCH && hasAlt) return null;
          }
        }
        let p = onePassCopy(prog);
        p = makeOnePass(p);
        if (p !== null) cleanupOnePass(p, prog);
        return p;
      }
      static next(inst, r) {
        const nextIdx = inst.matchRunePos(r);
        if (nextIdx >= 0) return inst.next[nextIdx];
        if (inst.op === Inst.ALT_MATCH) return inst.out;
        return 0;
      }
      static execute(re2, input, pos2, anchor, ncap) {
        const onepass = re2.onepass;
        if (!onepass) return null;
        const matchcap = new Int32Array(ncap).fill(-1);
        let matched = false;
        let r = input.step(pos2);
        let rune = r >> 3;
        let width = r & 7;
        let r1 = MachineInputBase.EOF();
        let rune1 = -1;
        let width1 = 0;
        if (r !== MachineInputBase.EOF()) {
          r1 = input.step(pos2 + width);
          if (r1 !== MachineInputBase.EOF()) {
            rune1 = r1 >> 3;
            width1 = r1 & 7;
          }
        }
        let flag = pos2 === 0 ? Utils.emptyOpContext(-1, rune) : input.context(pos2);
        let pc = onepass.start;
        let inst;
        while (true) {
          inst = onepass.inst[pc];
          pc = inst.out;
          switch (inst.op) {
            case Inst.MATCH:
              if (anchor === RE2Flags.ANCHOR_BOTH && pos2 !== input.endPos()) return null;
              matched = true;
              if (matchcap.length > 0) {
                matchcap[0] = 0;
                matchcap[1] = pos2;
              }
              return ncap === 0 ? [] : Utils.toArray(matchcap);
            case Inst.RUNE:
              if (!inst.matchRune(rune)) return null;
              break;
            case Inst.RUNE1:
              if (rune !== inst.runes[0]) return null;
              break;
            case Inst.RUNE_ANY:
              break;
            case Inst.RUNE_ANY_NOT_NL:
              if (rune === 10) return null;
              break;
            case Inst.ALT:
            case Inst.ALT_MATCH:
              pc = OnePass2.next(inst, rune);
              continue;
            case Inst.FAIL:
              return null;
            case Inst.NOP:
              continue;
            case Inst.EMPTY_WIDTH:
              if ((inst.arg & ~flag) !== 0) return null;
              continue;
            case Inst.CAPTURE:
              if (inst.arg < matchcap.length) matchcap[inst.arg] = pos2;
              continue;
            default:
              throw new RE2JSInternalException("bad inst");
          }
          if (width === 0) break;
          flag = Utils.emptyOpContext(rune, rune1);
          pos2 += width;
          rune = rune1;
          width = width1;
          if (rune !== -1) {
            r1 = input.step(pos2 + width);
            if (r1 !== MachineInputBase.EOF()) {
              rune1 = r1 >> 3;
              width1 = r1 & 7;
            } else {
              rune1 = -1;
              width1 = 0;
            }
          }
        }
        if (!matched) return null;
        return ncap === 0 ? [] : Utils.toArray(matchcap);
      }
    };
    Regexp = class Regexp2 {
      static Op = createEnum([
        "NO_MATCH",
        "EMPTY_MATCH",
        "LITERAL",
        "CHAR_CLASS",
        "ANY_CHAR_NOT_NL",
        "ANY_CHAR",
        "BEGIN_LINE",
        "END_LINE",
        "BEGIN_TEXT",
        "END_TEXT",
        "WORD_BOUNDARY",
        "NO_WORD_BOUNDARY",
        "CAPTURE",
        "STAR",
        "PLUS",
        "QUEST",
        "REPEAT",
        "CONCAT",
        "ALTERNATE",
        "PLB",
        "NLB",
        "LEFT_PAREN",
        "VERTICAL_BAR"
      ]);
      static isPseudoOp(op) {
        return op >= Regexp2.Op.LEFT_PAREN;
      }
      static emptySubs() {
        return [];
      }
      static quoteIfHyphen(rune) {
        if (rune === Codepoint.CODES["-"]) return "\\";
        return "";
      }
      static fromRegexp(re) {
        const regex = new Regexp2(re.op);
        regex.flags = re.flags;
        regex.subs = re.subs;
        regex.runes = re.runes;
        regex.cap = re.cap;
        regex.min = re.min;
        regex.max = re.max;
        regex.name = re.name;
        regex.namedGroups = re.namedGroups;
        regex.lb = re.lb;
        return regex;
      }
      constructor(op) {
        this.op = op;
        this.flags = 0;
        this.subs = Regexp2.emptySubs();
        this.runes = /* @__PURE__ */ new Int32Array(0);
        this.min = 0;
        this.max = 0;
        this.cap = 0;
        this.name = null;
        this.namedGroups = /* @__PURE__ */ Object.create(null);
        this.lb = 0;
      }
      reinit() {
        this.flags = 0;
        this.subs = Regexp2.emptySubs();
        this.runes = /* @__PURE__ */ new Int32Array(0);
        this.cap = 0;
        this.min = 0;
        this.max = 0;
        this.name = null;
        this.namedGroups = /* @__PURE__ */ Object.create(null);
        this.lb = 0;
      }
      toString() {
        return this.appendTo();
      }
      appendTo() {
        let out = "";
        switch (this.op) {
          case Regexp2.Op.NO_MATCH:
            out += "[^\\x00-\\x{10FFFF}]";
            break;
          case Regexp2.Op.EMPTY_MATCH:
            out += "(?:)";
            break;
          case Regexp2.Op.STAR:
          case Regexp2.Op.PLUS:
          case Regexp2.Op.QUEST:
          case Regexp2.Op.REPEAT: {
            const sub = this.subs[0];
            if (sub.op > Regexp2.Op.CAPTURE || sub.op === Regexp2.Op.LITERAL && sub.runes.length > 1) out += `(?:${sub.appendTo()})`;
            else out += sub.appendTo();
            switch (this.op) {
              case Regexp2.Op.STAR:
                out += "*";
                break;
              case Regexp2.Op.PLUS:
                out += "+";
                break;
              case Regexp2.Op.QUEST:
                out += "?";
                break;
              case Regexp2.Op.REPEAT:
                out += `{${this.min}`;
                if (this.min !== this.max) {
                  out += ",";
                  if (this.max >= 0) out += this.max;
                }
                out += "}";
            }
            if ((this.flags & RE2Flags.NON_GREEDY) !== 0) out += "?";
            break;
          }
          case Regexp2.Op.CONCAT:
            for (let sub of this.subs) if (sub.op === Regexp2.Op.ALTERNATE) out += `(?:${sub.appendTo()})`;
            else out += sub.appendTo();
            break;
          case Regexp2.Op.ALTERNATE: {
            let sep4 = "";
            for (let sub of this.subs) {
              out += sep4;
              sep4 = "|";
              out += sub.appendTo();
            }
            break;
          }
          case Regexp2.Op.LITERAL:
            if ((this.flags & RE2Flags.FOLD_CASE) !== 0) out += "(?i:";
            for (let rune of this.runes) out += Utils.escapeRune(rune);
            if ((this.flags & RE2Flags.FOLD_CASE) !== 0) out += ")";
            break;
          case Regexp2.Op.ANY_CHAR_NOT_NL:
            out += "(?-s:.)";
            break;
          case Regexp2.Op.ANY_CHAR:
            out += "(?s:.)";
            break;
          case Regexp2.Op.PLB:
            out += `(?<=${this.subs[0].appendTo()})`;
            break;
          case Regexp2.Op.NLB:
            out += `(?<!${this.subs[0].appendTo()})`;
            break;
          case Regexp2.Op.CAPTURE:
            if (this.name === null || this.name.length === 0) out += "(";
            else out += `(?P<${this.name}>`;
            if (this.subs[0].op !== Regexp2.Op.EMPTY_MATCH) out += this.subs[0].appendTo();
            out += ")";
            break;
          case Regexp2.Op.BEGIN_TEXT:
            out += "\\A";
            break;
          case Regexp2.Op.END_TEXT:
            if ((this.flags & RE2Flags.WAS_DOLLAR) !== 0) out += "(?-m:$)";
            else out += "\\z";
            break;
          case Regexp2.Op.BEGIN_LINE:
            out += "^";
            break;
          case Regexp2.Op.END_LINE:
            out += "$";
            break;
          case Regexp2.Op.WORD_BOUNDARY:
            out += "\\b";
            break;
          case Regexp2.Op.NO_WORD_BOUNDARY:
            out += "\\B";
            break;
          case Regexp2.Op.CHAR_CLASS:
            if (this.runes.length % 2 !== 0) {
              out += "[invalid char class]";
              break;
            }
            out += "[";
            if (this.runes.length === 0) out += "^\\x00-\\x{10FFFF}";
            else if (this.runes[0] === 0 && this.runes[this.runes.length - 1] === Unicode.MAX_RUNE) {
              out += "^";
              for (let i = 1; i < this.runes.length - 1; i += 2) {
                const lo = this.runes[i] + 1;
                const hi = this.runes[i + 1] - 1;
                out += Regexp2.quoteIfHyphen(lo);
                out += Utils.escapeRune(lo);
                if (lo !== hi) {
                  out += "-";
                  out += Regexp2.quoteIfHyphen(hi);
                  out += Utils.escapeRune(hi);
                }
              }
            } else for (let i = 0; i < this.runes.length; i += 2) {
              const lo = this.runes[i];
              const hi = this.runes[i + 1];
              out += Regexp2.quoteIfHyphen(lo);
              out += Utils.escapeRune(lo);
              if (lo !== hi) {
                out += "-";
                out += Regexp2.quoteIfHyphen(hi);
                out += Utils.escapeRune(hi);
              }
            }
            out += "]";
            break;
          default:
            out += this.op;
        }
        return out;
      }
      maxCap() {
        let m = 0;
        if (this.op === Regexp2.Op.CAPTURE) m = this.cap;
        if (this.subs !== null) for (let sub of this.subs) {
          const n = sub.maxCap();
          if (m < n) m = n;
        }
        return m;
      }
      equals(that) {
        if (!(that !== null && that instanceof Regexp2)) return false;
        if (this.op !== that.op) return false;
        switch (this.op) {
          case Regexp2.Op.END_TEXT:
            if ((this.flags & RE2Flags.WAS_DOLLAR) !== (that.flags & RE2Flags.WAS_DOLLAR)) return false;
            break;
          case Regexp2.Op.LITERAL:
          case Regexp2.Op.CHAR_CLASS:
            if ((this.flags & RE2Flags.FOLD_CASE) !== (that.flags & RE2Flags.FOLD_CASE)) return false;
            if (this.runes === null && that.runes === null) break;
            if (this.runes === null || that.runes === null) return false;
            if (this.runes.length !== that.runes.length) return false;
            for (let i = 0; i < this.runes.length; i++) if (this.runes[i] !== that.runes[i]) return false;
            break;
          case Regexp2.Op.ALTERNATE:
          case Regexp2.Op.CONCAT:
            if (this.subs.length !== that.subs.length) return false;
            for (let i = 0; i < this.subs.length; ++i) if (!this.subs[i].equals(that.subs[i])) return false;
            break;
          case Regexp2.Op.STAR:
          case Regexp2.Op.PLUS:
          case Regexp2.Op.QUEST:
            if ((this.flags & RE2Flags.NON_GREEDY) !== (that.flags & RE2Flags.NON_GREEDY) || !this.subs[0].equals(that.subs[0])) return false;
            break;
          case Regexp2.Op.REPEAT:
            if ((this.flags & RE2Flags.NON_GREEDY) !== (that.flags & RE2Flags.NON_GREEDY) || this.min !== that.min || this.max !== that.max || !this.subs[0].equals(that.subs[0])) return false;
            break;
          case Regexp2.Op.CAPTURE:
            if (this.cap !== that.cap || (this.name === null ? that.name !== null : this.name !== that.name) || !this.subs[0].equals(that.subs[0])) return false;
            break;
          case Regexp2.Op.PLB:
          case Regexp2.Op.NLB:
            if (this.lb !== that.lb || !this.subs[0].equals(that.subs[0])) return false;
        }
        return true;
      }
    };
    RegexpWalker = class {
      static walk(root, handler) {
        const stack2 = [];
        let re = root;
        let result;
        for (; ; ) {
          if (re.subs.length === 0) result = handler.leaf(re);
          else {
            const state = handler.enter(re);
            if (state.result === void 0) {
              stack2.push({
                re,
                state,
                i: 0
              });
              re = re.subs[0];
              continue;
            }
            result = state.result;
          }
          for (; ; ) {
            if (stack2.length === 0) return result;
            const frame = stack2[stack2.length - 1];
            handler.child(frame.re, frame.state, result, frame.i);
            frame.i++;
            if (frame.state.result === void 0 && frame.i < frame.re.subs.length) {
              re = frame.re.subs[frame.i];
              break;
            }
            stack2.pop();
            result = frame.state.result !== void 0 ? frame.state.result : handler.leave(frame.re, frame.state);
          }
        }
      }
    };
    AhoCorasick = class {
      constructor(words, alphabetSize) {
        const edges = /* @__PURE__ */ new Map();
        const parent = [0];
        const unit = [0];
        const depth = [0];
        const terminal = [0];
        for (const word of words) {
          let node = 0;
          for (let i = 0; i < word.length; i++) {
            const key = node * alphabetSize + word[i];
            let child = edges.get(key);
            if (child === void 0) {
              child = parent.length;
              edges.set(key, child);
              parent.push(node);
              unit.push(word[i]);
              depth.push(depth[node] + 1);
              terminal.push(0);
            }
            node = child;
          }
          terminal[node] = 1;
        }
        const numNodes = parent.length;
        const children = new Int32Array(numNodes - 1);
        for (let c = 1; c < numNodes; c++) children[c - 1] = c;
        children.sort((a, b) => parent[a] - parent[b] || unit[a] - unit[b]);
        const childStart = new Int32Array(numNodes + 1);
        for (let c = 1; c < numNodes; c++) childStart[parent[c] + 1]++;
        for (let n = 0; n < numNodes; n++) childStart[n + 1] += childStart[n];
        const childUnit = new Int32Array(numNodes - 1);
        for (let k = 0; k < children.length; k++) childUnit[k] = unit[children[k]];
        this.childStart = childStart;
        this.childUnit = childUnit;
        this.childNode = children;
        const byDepth = new Int32Array(numNodes);
        for (let n = 0; n < numNodes; n++) byDepth[n] = n;
        byDepth.sort((a, b) => depth[a] - depth[b]);
        const fail2 = new Int32Array(numNodes);
        const match = Uint8Array.from(terminal);
        for (let k = 1; k < numNodes; k++) {
          const c = byDepth[k];
          const p = parent[c];
          if (p !== 0) {
            let f = fail2[p];
            let next2 = this.next(f, unit[c]);
            while (next2 < 0 && f !== 0) {
              f = fail2[f];
              next2 = this.next(f, unit[c]);
            }
            fail2[c] = next2 >= 0 ? next2 : 0;
          }
          match[c] |= match[fail2[c]];
        }
        this.fail = fail2;
        this.match = match;
      }
      next(node, u) {
        let lo = this.childStart[node];
        let hi = this.childStart[node + 1];
        const units = this.childUnit;
        while (lo < hi) {
          const mid = lo + hi >> 1;
          const m = units[mid];
          if (m === u) return this.childNode[mid];
          if (m < u) lo = mid + 1;
          else hi = mid;
        }
        return -1;
      }
      advance(node, u) {
        for (; ; ) {
          const next2 = this.next(node, u);
          if (next2 >= 0) return next2;
          if (node === 0) return 0;
          node = this.fail[node];
        }
      }
      searchUTF16(charSeq, start, end) {
        let node = 0;
        for (let i = start; i < end; i++) {
          node = this.advance(node, charSeq.charCodeAt(i));
          if (this.match[node] === 1) return true;
        }
        return false;
      }
      searchUTF8(bytes, start, end) {
        let node = 0;
        for (let i = start; i < end; i++) {
          node = this.advance(node, bytes[i]);
          if (this.match[node] === 1) return true;
        }
        return false;
      }
    };
    Prefilter = class Prefilter2 {
      static Type = {
        NONE: 0,
        EXACT: 1,
        AND: 2,
        OR: 3
      };
      static MAX_SCANS = 32;
      static MAX_AC_UNITS = 1 << 18;
      constructor(type) {
        this.type = type;
        this.subs = [];
        this.str = "";
        this.bytes = null;
        this.cost = type === Prefilter2.Type.EXACT ? 1 : 0;
        this.allExact = false;
        this.ac16 = null;
        this.ac8 = null;
      }
      automaton16() {
        if (this.ac16 === null) {
          const words = this.subs.map((s) => {
            const arr = new Array(s.str.length);
            for (let i = 0; i < s.str.length; i++) arr[i] = s.str.charCodeAt(i);
            return arr;
          });
          this.ac16 = new AhoCorasick(words, 65536);
        }
        return this.ac16;
      }
      automaton8() {
        if (this.ac8 === null) this.ac8 = new AhoCorasick(this.subs.map((s) => s.bytes), 256);
        return this.ac8;
      }
      eval(input, pos2) {
        switch (this.type) {
          case Prefilter2.Type.NONE:
            return true;
          case Prefilter2.Type.EXACT:
            return input.hasString(this, pos2);
          case Prefilter2.Type.AND:
            for (let i = 0; i < this.subs.length; i++) if (!this.subs[i].eval(input, pos2)) return false;
            return true;
          case Prefilter2.Type.OR:
            if (this.allExact) return input.hasAnyString(this, pos2);
            for (let i = 0; i < this.subs.length; i++) if (this.subs[i].eval(input, pos2)) return true;
            return false;
          default:
            return true;
        }
      }
    };
    PrefilterTree = class PrefilterTree2 {
      static build(re) {
        if (!re) return new Prefilter(Prefilter.Type.NONE);
        return RegexpWalker.walk(re, PrefilterTree2.WALKER);
      }
      static WALKER = {
        leaf: (re) => PrefilterTree2.leaf(re),
        enter: (re) => PrefilterTree2.enter(re),
        child: (re, state, result) => PrefilterTree2.child(re, state, result),
        leave: (re, state) => PrefilterTree2.leave(re, state)
      };
      static leaf(re) {
        if (re.op !== Regexp.Op.LITERAL) return new Prefilter(Prefilter.Type.NONE);
        if (re.runes.length === 0 || (re.flags & RE2Flags.FOLD_CASE) !== 0) return new Prefilter(Prefilter.Type.NONE);
        let str = "";
        for (let i = 0; i < re.runes.length; i++) {
          if (Unicode.isUnsearchable(re.runes[i])) return new Prefilter(Prefilter.Type.NONE);
          str += String.fromCodePoint(re.runes[i]);
        }
        const pf = new Prefilter(Prefilter.Type.EXACT);
        pf.str = str;
        pf.bytes = Utils.stringToUtf8ByteArray(pf.str);
        return pf;
      }
      static enter(re) {
        switch (re.op) {
          case Regexp.Op.CAPTURE:
          case Regexp.Op.PLUS:
            return { sub: null };
          case Regexp.Op.REPEAT:
            if (re.min >= 1) return { sub: null };
            return { result: new Prefilter(Prefilter.Type.NONE) };
          case Regexp.Op.CONCAT:
            return {
              pf: new Prefilter(Prefilter.Type.AND),
              subs: []
            };
          case Regexp.Op.ALTERNATE:
            return {
              pf: new Prefilter(Prefilter.Type.OR),
              subs: []
            };
          default:
            return { result: new Prefilter(Prefilter.Type.NONE) };
        }
      }
      static child(re, state, s) {
        if (state.subs === void 0) {
          state.sub = s;
          return;
        }
        if (state.pf.type === Prefilter.Type.AND) {
          if (s.type === Prefilter.Type.NONE) return;
          if (s.type === Prefilter.Type.AND) {
            for (let j = 0; j < s.subs.length; j++) state.subs.push(s.subs[j]);
            return;
          }
          state.subs.push(s);
          return;
        }
        if (s.type === Prefilter.Type.NONE) {
          state.result = new Prefilter(Prefilter.Type.NONE);
          return;
        }
        if (s.type === Prefilter.Type.OR) {
          for (let j = 0; j < s.subs.length; j++) state.subs.push(s.subs[j]);
          return;
        }
        state.subs.push(s);
      }
      static leave(re, state) {
        if (state.subs === void 0) return state.sub;
        const pf = state.pf;
        const seen = /* @__PURE__ */ new Set();
        const subs = [];
        for (const sub of state.subs) {
          if (sub.type === Prefilter.Type.EXACT) {
            if (seen.has(sub.str)) continue;
            seen.add(sub.str);
          }
          subs.push(sub);
        }
        if (pf.type === Prefilter.Type.AND) {
          const kept = [];
          let cost3 = 0;
          for (const sub of subs) {
            if (cost3 + sub.cost > Prefilter.MAX_SCANS) continue;
            kept.push(sub);
            cost3 += sub.cost;
          }
          if (kept.length === 0) return new Prefilter(Prefilter.Type.NONE);
          if (kept.length === 1) return kept[0];
          pf.subs = kept;
          pf.cost = cost3;
          return pf;
        }
        if (subs.length === 0) return new Prefilter(Prefilter.Type.NONE);
        if (subs.length === 1) return subs[0];
        pf.subs = subs;
        let allExact = true;
        let cost2 = 0;
        let units = 0;
        for (const sub of subs) {
          if (sub.type !== Prefilter.Type.EXACT) allExact = false;
          else units += sub.bytes.length;
          cost2 += sub.cost;
        }
        if (allExact) {
          if (units > Prefilter.MAX_AC_UNITS) return new Prefilter(Prefilter.Type.NONE);
          pf.allExact = true;
          pf.cost = 1;
          return pf;
        }
        if (cost2 > Prefilter.MAX_SCANS) return new Prefilter(Prefilter.Type.NONE);
        pf.cost = cost2;
        return pf;
      }
    };
    PatchList = class {
      /**
      * @param {number} head - Encoded pointer to the start of the patch list.
      * @param {number} tail - Encoded pointer to the end of the patch list.
      */
      constructor(head = 0, tail = 0) {
        this.head = head;
        this.tail = tail;
      }
    };
    Prog = class {
      constructor() {
        this.inst = [];
        this.start = 0;
        this.numCap = 2;
        this.lbStarts = [];
        this.numLb = 0;
        this.lbInst = null;
      }
      getInst(pc) {
        return this.inst[pc];
      }
      numInst() {
        return this.inst.length;
      }
      addInst(op) {
        this.inst.push(new Inst(op));
      }
      markLookbehindInsts() {
        const lbInst = new Uint8Array(this.inst.length);
        const pending = this.lbStarts.slice();
        while (pending.length > 0) {
          const pc = pending.pop();
          if (pc === 0 || lbInst[pc] === 1) continue;
          lbInst[pc] = 1;
          const i = this.inst[pc];
          switch (i.op) {
            case Inst.ALT:
            case Inst.ALT_MATCH:
              pending.push(i.out, i.arg);
              break;
            case Inst.MATCH:
            case Inst.FAIL:
              break;
            default:
              pending.push(i.out);
          }
        }
        this.lbInst = lbInst;
      }
      skipNop(pc) {
        let i = this.inst[pc];
        while (i.op === Inst.NOP || i.op === Inst.CAPTURE) {
          i = this.inst[pc];
          pc = i.out;
        }
        return i;
      }
      /** @returns {[boolean, string]} */
      prefix() {
        let prefix = "";
        let i = this.skipNop(this.start);
        if (!Inst.isRuneOp(i.op) || i.runes.length !== 1) return [i.op === Inst.MATCH, prefix];
        while (Inst.isRuneOp(i.op) && i.runes.length === 1 && (i.arg & RE2Flags.FOLD_CASE) === 0 && !Unicode.isUnsearchable(i.runes[0])) {
          prefix += String.fromCodePoint(i.runes[0]);
          i = this.skipNop(i.out);
        }
        return [i.op === Inst.MATCH, prefix];
      }
      startCond() {
        let flag = 0;
        let pc = this.start;
        loop: for (; ; ) {
          const i = this.inst[pc];
          switch (i.op) {
            case Inst.EMPTY_WIDTH:
              flag |= i.arg;
              break;
            case Inst.FAIL:
              return -1;
            case Inst.CAPTURE:
            case Inst.NOP:
              break;
            default:
              break loop;
          }
          pc = i.out;
        }
        return flag;
      }
      patch(l, val) {
        let head = l.head;
        while (head !== 0) {
          const i = this.inst[head >> 1];
          if ((head & 1) === 0) {
            head = i.out;
            i.out = val;
          } else {
            head = i.arg;
            i.arg = val;
          }
        }
      }
      append(l1, l2) {
        if (l1.head === 0) return l2;
        if (l2.head === 0) return l1;
        const i = this.inst[l1.tail >> 1];
        if ((l1.tail & 1) === 0) i.out = l2.head;
        else i.arg = l2.head;
        return new PatchList(l1.head, l2.tail);
      }
      /**
      *
      * @returns {string}
      */
      toString() {
        let out = "";
        for (let pc = 0; pc < this.inst.length; pc++) {
          const len2 = out.length;
          out += pc;
          if (pc === this.start) out += "*";
          out += "        ".substring(out.length - len2);
          out += this.inst[pc];
          out += "\n";
        }
        return out;
      }
    };
    ANY_RUNE_NOT_NL = new Int32Array([
      0,
      Codepoint.CODES["\n"] - 1,
      Codepoint.CODES["\n"] + 1,
      Unicode.MAX_RUNE
    ]);
    ANY_RUNE = new Int32Array([0, Unicode.MAX_RUNE]);
    Frag = class {
      constructor(i = 0, out = new PatchList(), nullable = false) {
        this.i = i;
        this.out = out;
        this.nullable = nullable;
      }
    };
    Compiler = class Compiler2 {
      static compileRegexp(re) {
        const c = new Compiler2();
        const f = c.compile(re);
        c.prog.patch(f.out, c.newInst(Inst.MATCH).i);
        c.prog.start = f.i;
        c.prog.markLookbehindInsts();
        return c.prog;
      }
      static compileSet(regexps) {
        const c = new Compiler2();
        if (regexps.length === 0) {
          c.prog.start = c.newInst(Inst.FAIL).i;
          c.prog.markLookbehindInsts();
          return c.prog;
        }
        let starts = [];
        for (let i = 0; i < regexps.length; i++) {
          c.lbOffset = c.prog.numLb;
          const f = c.compile(regexps[i]);
          const m = c.newInst(Inst.MATCH);
          c.prog.getInst(m.i).arg = i;
          c.prog.patch(f.out, m.i);
          starts.push(f.i);
        }
        let start = starts[0];
        for (let i = 1; i < starts.length; i++) {
          const f = c.newInst(Inst.ALT);
          const inst = c.prog.getInst(f.i);
          inst.out = start;
          inst.arg = starts[i];
          start = f.i;
        }
        c.prog.start = start;
        c.prog.markLookbehindInsts();
        return c.prog;
      }
      constructor() {
        this.prog = new Prog();
        this.newInst(Inst.FAIL);
        this.lbOffset = 0;
        this.runeCache = /* @__PURE__ */ new Map();
        this.walker = {
          leaf: (re) => this.leaf(re),
          enter: (re) => this.enter(re),
          child: (re, state, result) => this.child(re, state, result),
          leave: (re, state) => this.leave(re, state)
        };
      }
      newInst(op) {
        this.prog.addInst(op);
        return new Frag(this.prog.numInst() - 1, new PatchList(), true);
      }
      nop() {
        const f = this.newInst(Inst.NOP);
        f.out = new PatchList(f.i << 1, f.i << 1);
        return f;
      }
      fail() {
        return new Frag();
      }
      cap(arg) {
        const f = this.newInst(Inst.CAPTURE);
        f.out = new PatchList(f.i << 1, f.i << 1);
        this.prog.getInst(f.i).arg = arg;
        if (this.prog.numCap < arg + 1) this.prog.numCap = arg + 1;
        return f;
      }
      cat(f1, f2) {
        if (f1.i === 0 || f2.i === 0) {
          this.prog.patch(f1.out, 0);
          this.prog.patch(f2.out, 0);
          return this.fail();
        }
        this.prog.patch(f1.out, f2.i);
        return new Frag(f1.i, f2.out, f1.nullable && f2.nullable);
      }
      alt(f1, f2) {
        if (f1.i === 0) return f2;
        if (f2.i === 0) return f1;
        const f = this.newInst(Inst.ALT);
        const i = this.prog.getInst(f.i);
        i.out = f1.i;
        i.arg = f2.i;
        f.out = this.prog.append(f1.out, f2.out);
        f.nullable = f1.nullable || f2.nullable;
        return f;
      }
      loop(f1, nongreedy) {
        const f = this.newInst(Inst.ALT);
        const i = this.prog.getInst(f.i);
        if (nongreedy) {
          i.arg = f1.i;
          f.out = new PatchList(f.i << 1, f.i << 1);
        } else {
          i.out = f1.i;
          f.out = new PatchList(f.i << 1 | 1, f.i << 1 | 1);
        }
        this.prog.patch(f1.out, f.i);
        return f;
      }
      quest(f1, nongreedy) {
        if (f1.i === 0) return this.nop();
        const f = this.newInst(Inst.ALT);
        const i = this.prog.getInst(f.i);
        if (nongreedy) {
          i.arg = f1.i;
          f.out = new PatchList(f.i << 1, f.i << 1);
        } else {
          i.out = f1.i;
          f.out = new PatchList(f.i << 1 | 1, f.i << 1 | 1);
        }
        f.out = this.prog.append(f.out, f1.out);
        return f;
      }
      star(f1, nongreedy) {
        if (f1.i === 0) return this.nop();
        if (f1.nullable) return this.quest(this.plus(f1, nongreedy), nongreedy);
        return this.loop(f1, nongreedy);
      }
      plus(f1, nongreedy) {
        if (f1.i === 0) return this.fail();
        return new Frag(f1.i, this.loop(f1, nongreedy).out, f1.nullable);
      }
      empty(op) {
        const f = this.newInst(Inst.EMPTY_WIDTH);
        this.prog.getInst(f.i).arg = op;
        f.out = new PatchList(f.i << 1, f.i << 1);
        return f;
      }
      rune(runes, flags) {
        const f = this.newInst(Inst.RUNE);
        f.nullable = false;
        const i = this.prog.getInst(f.i);
        i.runes = runes;
        flags &= RE2Flags.FOLD_CASE;
        if (runes.length !== 1 || Unicode.simpleFold(runes[0]) === runes[0]) flags &= ~RE2Flags.FOLD_CASE;
        i.arg = flags;
        f.out = new PatchList(f.i << 1, f.i << 1);
        if ((flags & RE2Flags.FOLD_CASE) === 0 && runes.length === 1 || runes.length === 2 && runes[0] === runes[1]) i.op = Inst.RUNE1;
        else if (runes.length === 2 && runes[0] === 0 && runes[1] === Unicode.MAX_RUNE) i.op = Inst.RUNE_ANY;
        else if (runes.length === 4 && runes[0] === 0 && runes[1] === Codepoint.CODES["\n"] - 1 && runes[2] === Codepoint.CODES["\n"] + 1 && runes[3] === Unicode.MAX_RUNE) i.op = Inst.RUNE_ANY_NOT_NL;
        return f;
      }
      lookBehind(a, parsedLb) {
        const lb = Math.sign(parsedLb) * (Math.abs(parsedLb) + this.lbOffset);
        const id = this.newInst(Inst.LB_WRITE);
        this.prog.getInst(id.i).arg = lb;
        const any = this.rune(ANY_RUNE, 0);
        const dotStar = this.star(any, true);
        const lbAutomaton = this.cat(dotStar, a);
        this.prog.patch(lbAutomaton.out, id.i);
        const checkId = this.newInst(Inst.LB_CHECK);
        this.prog.getInst(checkId.i).arg = lb;
        this.prog.lbStarts.push(lbAutomaton.i);
        if (Math.abs(lb) > this.prog.numLb) this.prog.numLb = Math.abs(lb);
        checkId.out = new PatchList(checkId.i << 1, checkId.i << 1);
        return checkId;
      }
      compile(re) {
        return RegexpWalker.walk(re, this.walker);
      }
      leaf(re) {
        switch (re.op) {
          case Regexp.Op.NO_MATCH:
            return this.fail();
          case Regexp.Op.EMPTY_MATCH:
            return this.nop();
          case Regexp.Op.LITERAL: {
            if (re.runes.length === 0) return this.nop();
            let f = null;
            for (let r of re.runes) {
              let singleRune = this.runeCache.get(r);
              if (singleRune === void 0) {
                singleRune = new Int32Array([r]);
                this.runeCache.set(r, singleRune);
              }
              const f1 = this.rune(singleRune, re.flags);
              f = f === null ? f1 : this.cat(f, f1);
            }
            return f;
          }
          case Regexp.Op.CHAR_CLASS:
            return this.rune(re.runes, re.flags);
          case Regexp.Op.ANY_CHAR_NOT_NL:
            return this.rune(ANY_RUNE_NOT_NL, 0);
          case Regexp.Op.ANY_CHAR:
            return this.rune(ANY_RUNE, 0);
          case Regexp.Op.BEGIN_LINE:
            return this.empty(Utils.EMPTY_BEGIN_LINE);
          case Regexp.Op.END_LINE:
            return this.empty(Utils.EMPTY_END_LINE);
          case Regexp.Op.BEGIN_TEXT:
            return this.empty(Utils.EMPTY_BEGIN_TEXT);
          case Regexp.Op.END_TEXT:
            return this.empty(Utils.EMPTY_END_TEXT);
          case Regexp.Op.WORD_BOUNDARY:
            return this.empty(Utils.EMPTY_WORD_BOUNDARY);
          case Regexp.Op.NO_WORD_BOUNDARY:
            return this.empty(Utils.EMPTY_NO_WORD_BOUNDARY);
          case Regexp.Op.CONCAT:
          case Regexp.Op.ALTERNATE:
            return this.nop();
          default:
            throw new RE2JSCompileException("regexp: unhandled case in compile");
        }
      }
      enter(re) {
        switch (re.op) {
          case Regexp.Op.PLB:
          case Regexp.Op.NLB:
          case Regexp.Op.STAR:
          case Regexp.Op.PLUS:
          case Regexp.Op.QUEST:
            return { sub: null };
          case Regexp.Op.CAPTURE:
            return {
              bra: this.cap(re.cap << 1),
              sub: null
            };
          case Regexp.Op.CONCAT:
          case Regexp.Op.ALTERNATE:
            return { f: null };
          default:
            throw new RE2JSCompileException("regexp: unhandled case in compile");
        }
      }
      child(re, state, f1) {
        if (re.op === Regexp.Op.CONCAT) state.f = state.f === null ? f1 : this.cat(state.f, f1);
        else if (re.op === Regexp.Op.ALTERNATE) state.f = state.f === null ? f1 : this.alt(state.f, f1);
        else state.sub = f1;
      }
      leave(re, state) {
        switch (re.op) {
          case Regexp.Op.PLB:
          case Regexp.Op.NLB:
            return this.lookBehind(state.sub, re.lb);
          case Regexp.Op.CAPTURE: {
            const ket = this.cap(re.cap << 1 | 1);
            return this.cat(this.cat(state.bra, state.sub), ket);
          }
          case Regexp.Op.STAR:
            return this.star(state.sub, (re.flags & RE2Flags.NON_GREEDY) !== 0);
          case Regexp.Op.PLUS:
            return this.plus(state.sub, (re.flags & RE2Flags.NON_GREEDY) !== 0);
          case Regexp.Op.QUEST:
            return this.quest(state.sub, (re.flags & RE2Flags.NON_GREEDY) !== 0);
          case Regexp.Op.CONCAT:
          case Regexp.Op.ALTERNATE:
            return state.f;
          default:
            throw new RE2JSCompileException("regexp: unhandled case in compile");
        }
      }
    };
    Simplify = class Simplify2 {
      static simplify(re) {
        if (re === null) return null;
        return RegexpWalker.walk(re, Simplify2.WALKER);
      }
      static WALKER = {
        leaf: (re) => Simplify2.leaf(re),
        enter: (re) => Simplify2.enter(re),
        child: (re, state, result, i) => Simplify2.child(re, state, result, i),
        leave: (re, state) => Simplify2.leave(re, state)
      };
      static leaf(re) {
        if (re.op === Regexp.Op.CHAR_CLASS) {
          if (re.runes === null) return re;
          if (re.runes.length === 0) return new Regexp(Regexp.Op.NO_MATCH);
          if (re.runes.length === 2 && re.runes[0] === 0 && re.runes[1] === Unicode.MAX_RUNE) return new Regexp(Regexp.Op.ANY_CHAR);
          if (re.runes.length === 4 && re.runes[0] === 0 && re.runes[1] === Codepoint.CODES["\n"] - 1 && re.runes[2] === Codepoint.CODES["\n"] + 1 && re.runes[3] === Unicode.MAX_RUNE) return new Regexp(Regexp.Op.ANY_CHAR_NOT_NL);
        }
        return re;
      }
      static enter(re) {
        switch (re.op) {
          case Regexp.Op.PLB:
          case Regexp.Op.NLB:
          case Regexp.Op.CAPTURE:
          case Regexp.Op.STAR:
          case Regexp.Op.PLUS:
          case Regexp.Op.QUEST:
            return { sub: null };
          case Regexp.Op.CONCAT:
          case Regexp.Op.ALTERNATE:
            return {
              subs: [],
              changed: false
            };
          case Regexp.Op.REPEAT:
            if (re.min === 0 && re.max === 0) return { result: new Regexp(Regexp.Op.EMPTY_MATCH) };
            return { sub: null };
          default:
            return { result: re };
        }
      }
      static child(re, state, nsub, i) {
        if (state.subs === void 0) {
          state.sub = nsub;
          return;
        }
        if (nsub !== re.subs[i]) state.changed = true;
        if (re.op === Regexp.Op.CONCAT) {
          if (nsub.op === Regexp.Op.NO_MATCH) {
            state.result = new Regexp(Regexp.Op.NO_MATCH);
            return;
          }
          if (nsub.op === Regexp.Op.EMPTY_MATCH) {
            state.changed = true;
            return;
          }
          if (nsub.op === Regexp.Op.CONCAT) {
            state.changed = true;
            for (let j = 0; j < nsub.subs.length; j++) state.subs.push(nsub.subs[j]);
            return;
          }
        } else {
          if (nsub.op === Regexp.Op.NO_MATCH) {
            state.changed = true;
            return;
          }
          if (nsub.op === Regexp.Op.ALTERNATE) {
            state.changed = true;
            for (let j = 0; j < nsub.subs.length; j++) state.subs.push(nsub.subs[j]);
            return;
          }
        }
        state.subs.push(nsub);
      }
      static leave(re, state) {
        switch (re.op) {
          case Regexp.Op.PLB:
          case Regexp.Op.NLB:
          case Regexp.Op.CAPTURE: {
            const sub = state.sub;
            if (sub !== re.subs[0]) {
              const nre = Regexp.fromRegexp(re);
              nre.runes = /* @__PURE__ */ new Int32Array(0);
              nre.subs = [sub];
              return nre;
            }
            return re;
          }
          case Regexp.Op.CONCAT:
          case Regexp.Op.ALTERNATE:
            if (state.changed) {
              const newSubs = state.subs;
              if (newSubs.length === 0) return new Regexp(re.op === Regexp.Op.CONCAT ? Regexp.Op.EMPTY_MATCH : Regexp.Op.NO_MATCH);
              if (newSubs.length === 1) return newSubs[0];
              const nre = Regexp.fromRegexp(re);
              nre.runes = /* @__PURE__ */ new Int32Array(0);
              nre.subs = newSubs;
              return nre;
            }
            return re;
          case Regexp.Op.STAR:
          case Regexp.Op.PLUS:
          case Regexp.Op.QUEST:
            return Simplify2.simplify1(re.op, re.flags, state.sub, re);
          case Regexp.Op.REPEAT:
            return Simplify2.simplifyRepeat(re, state.sub);
          default:
            return re;
        }
      }
      static simplifyRepeat(re, sub) {
        if (re.max === -1) {
          if (re.min === 0) return Simplify2.simplify1(Regexp.Op.STAR, re.flags, sub, null);
          if (re.min === 1) return Simplify2.simplify1(Regexp.Op.PLUS, re.flags, sub, null);
          const subs = [];
          for (let i = 0; i < re.min - 1; i++) subs.push(sub);
          subs.push(Simplify2.simplify1(Regexp.Op.PLUS, re.flags, sub, null));
          return Simplify2.concat(subs);
        }
        if (re.min === 1 && re.max === 1) return sub;
        let prefixSubs = null;
        if (re.min > 0) {
          prefixSubs = [];
          for (let i = 0; i < re.min; i++) prefixSubs.push(sub);
        }
        if (re.max > re.min) {
          let suffix = Simplify2.simplify1(Regexp.Op.QUEST, re.flags, sub, null);
          for (let i = re.min + 1; i < re.max; i++) suffix = Simplify2.simplify1(Regexp.Op.QUEST, re.flags, Simplify2.concat([sub, suffix]), null);
          if (prefixSubs === null) return suffix;
          prefixSubs.push(suffix);
        }
        if (prefixSubs !== null) return Simplify2.concat(prefixSubs);
        return new Regexp(Regexp.Op.NO_MATCH);
      }
      static concat(subs) {
        const newSubs = [];
        for (let i = 0; i < subs.length; i++) {
          const sub = subs[i];
          if (sub.op === Regexp.Op.NO_MATCH) return new Regexp(Regexp.Op.NO_MATCH);
          if (sub.op === Regexp.Op.EMPTY_MATCH) continue;
          if (sub.op === Regexp.Op.CONCAT) {
            for (let j = 0; j < sub.subs.length; j++) newSubs.push(sub.subs[j]);
            continue;
          }
          newSubs.push(sub);
        }
        if (newSubs.length === 0) return new Regexp(Regexp.Op.EMPTY_MATCH);
        if (newSubs.length === 1) return newSubs[0];
        const nre = new Regexp(Regexp.Op.CONCAT);
        nre.subs = newSubs;
        return nre;
      }
      static simplify1(op, flags, sub, re) {
        if (sub.op === Regexp.Op.EMPTY_MATCH) return sub;
        if (sub.op === Regexp.Op.NO_MATCH) {
          if (op === Regexp.Op.PLUS) return sub;
          return new Regexp(Regexp.Op.EMPTY_MATCH);
        }
        if (op === sub.op && (flags & RE2Flags.NON_GREEDY) === (sub.flags & RE2Flags.NON_GREEDY)) return sub;
        if (re !== null && re.op === op && (re.flags & RE2Flags.NON_GREEDY) === (flags & RE2Flags.NON_GREEDY) && sub === re.subs[0]) return re;
        const nre = new Regexp(op);
        nre.flags = flags;
        nre.subs = [sub];
        return nre;
      }
    };
    CharGroup = class {
      constructor(sign, cls) {
        this.sign = sign;
        this.cls = cls;
      }
    };
    code1 = [48, 57];
    code2 = [
      9,
      10,
      12,
      13,
      32,
      32
    ];
    code3 = [
      48,
      57,
      65,
      90,
      95,
      95,
      97,
      122
    ];
    PERL_GROUPS = /* @__PURE__ */ new Map([
      ["\\d", new CharGroup(1, code1)],
      ["\\D", new CharGroup(-1, code1)],
      ["\\s", new CharGroup(1, code2)],
      ["\\S", new CharGroup(-1, code2)],
      ["\\w", new CharGroup(1, code3)],
      ["\\W", new CharGroup(-1, code3)]
    ]);
    code4 = [
      48,
      57,
      65,
      90,
      97,
      122
    ];
    code5 = [
      65,
      90,
      97,
      122
    ];
    code6 = [0, 127];
    code7 = [
      9,
      9,
      32,
      32
    ];
    code8 = [
      0,
      31,
      127,
      127
    ];
    code9 = [48, 57];
    code10 = [33, 126];
    code11 = [97, 122];
    code12 = [32, 126];
    code13 = [
      33,
      47,
      58,
      64,
      91,
      96,
      123,
      126
    ];
    code14 = [
      9,
      13,
      32,
      32
    ];
    code15 = [65, 90];
    code16 = [
      48,
      57,
      65,
      90,
      95,
      95,
      97,
      122
    ];
    code17 = [
      48,
      57,
      65,
      70,
      97,
      102
    ];
    POSIX_GROUPS = /* @__PURE__ */ new Map([
      ["[:alnum:]", new CharGroup(1, code4)],
      ["[:^alnum:]", new CharGroup(-1, code4)],
      ["[:alpha:]", new CharGroup(1, code5)],
      ["[:^alpha:]", new CharGroup(-1, code5)],
      ["[:ascii:]", new CharGroup(1, code6)],
      ["[:^ascii:]", new CharGroup(-1, code6)],
      ["[:blank:]", new CharGroup(1, code7)],
      ["[:^blank:]", new CharGroup(-1, code7)],
      ["[:cntrl:]", new CharGroup(1, code8)],
      ["[:^cntrl:]", new CharGroup(-1, code8)],
      ["[:digit:]", new CharGroup(1, code9)],
      ["[:^digit:]", new CharGroup(-1, code9)],
      ["[:graph:]", new CharGroup(1, code10)],
      ["[:^graph:]", new CharGroup(-1, code10)],
      ["[:lower:]", new CharGroup(1, code11)],
      ["[:^lower:]", new CharGroup(-1, code11)],
      ["[:print:]", new CharGroup(1, code12)],
      ["[:^print:]", new CharGroup(-1, code12)],
      ["[:punct:]", new CharGroup(1, code13)],
      ["[:^punct:]", new CharGroup(-1, code13)],
      ["[:space:]", new CharGroup(1, code14)],
      ["[:^space:]", new CharGroup(-1, code14)],
      ["[:upper:]", new CharGroup(1, code15)],
      ["[:^upper:]", new CharGroup(-1, code15)],
      ["[:word:]", new CharGroup(1, code16)],
      ["[:^word:]", new CharGroup(-1, code16)],
      ["[:xdigit:]", new CharGroup(1, code17)],
      ["[:^xdigit:]", new CharGroup(-1, code17)]
    ]);
    CharClass = class CharClass2 {
      static charClassToString(r, len2) {
        let result = "[";
        for (let i = 0; i < len2; i += 2) {
          if (i > 0) result += " ";
          const lo = r[i];
          const hi = r[i + 1];
          if (lo === hi) result += `0x${lo.toString(16)}`;
          else result += `0x${lo.toString(16)}-0x${hi.toString(16)}`;
        }
        result += "]";
        return result;
      }
      static sortRanges(array, len2) {
        const n = len2 >> 1;
        const order = new Array(n);
        for (let i = 0; i < n; i++) order[i] = i;
        order.sort((a, b) => array[2 * a] - array[2 * b] || array[2 * b + 1] - array[2 * a + 1]);
        const sorted = array.slice(0, len2);
        for (let i = 0; i < n; i++) {
          array[2 * i] = sorted[2 * order[i]];
          array[2 * i + 1] = sorted[2 * order[i] + 1];
        }
      }
      /**
      * @param {number[]|Int32Array} [r]
      */
      constructor(r = Utils.emptyInts()) {
        this.r = r;
        this.len = r.length;
      }
      toArray() {
        if (this.r instanceof Int32Array) return this.len === this.r.length ? this.r : this.r.subarray(0, this.len);
        return new Int32Array(this.len === this.r.length ? this.r : this.r.slice(0, this.len));
      }
      toGrowableArray() {
        if (Array.isArray(this.r)) {
          this.r.length = this.len;
          return this.r;
        }
        return Array.from(this.r.subarray(0, this.len));
      }
      cleanClass() {
        if (this.len < 4) return this;
        CharClass2.sortRanges(this.r, this.len);
        let w = 2;
        for (let i = 2; i < this.len; i += 2) {
          const lo = this.r[i];
          const hi = this.r[i + 1];
          if (lo <= this.r[w - 1] + 1) {
            if (hi > this.r[w - 1]) this.r[w - 1] = hi;
            continue;
          }
          this.r[w] = lo;
          this.r[w + 1] = hi;
          w += 2;
        }
        this.len = w;
        return this;
      }
      appendLiteral(x, flags) {
        return (flags & RE2Flags.FOLD_CASE) !== 0 ? this.appendFoldedRange(x, x) : this.appendRange(x, x);
      }
      appendRange(lo, hi) {
        if (this.len > 0) {
          for (let i = 2; i <= 4; i += 2) if (this.len >= i) {
            const rlo = this.r[this.len - i];
            const rhi = this.r[this.len - i + 1];
            if (lo <= rhi + 1 && rlo <= hi + 1) {
              if (lo < rlo) this.r[this.len - i] = lo;
              if (hi > rhi) this.r[this.len - i + 1] = hi;
              return this;
            }
          }
        }
        this.r[this.len++] = lo;
        this.r[this.len++] = hi;
        return this;
      }
      appendFoldedRange(lo, hi) {
        if (lo <= Unicode.MIN_FOLD && hi >= Unicode.MAX_FOLD) return this.appendRange(lo, hi);
        if (hi < Unicode.MIN_FOLD || lo > Unicode.MAX_FOLD) return this.appendRange(lo, hi);
        if (lo < Unicode.MIN_FOLD) {
          this.appendRange(lo, Unicode.MIN_FOLD - 1);
          lo = Unicode.MIN_FOLD;
        }
        if (hi > Unicode.MAX_FOLD) {
          this.appendRange(Unicode.MAX_FOLD + 1, hi);
          hi = Unicode.MAX_FOLD;
        }
        for (let c = lo; c <= hi; c++) {
          this.appendRange(c, c);
          for (let f = Unicode.simpleFold(c); f !== c; f = Unicode.simpleFold(f)) this.appendRange(f, f);
        }
        return this;
      }
      appendClass(x) {
        for (let i = 0; i < x.length; i += 2) this.appendRange(x[i], x[i + 1]);
        return this;
      }
      appendFoldedClass(x) {
        for (let i = 0; i < x.length; i += 2) this.appendFoldedRange(x[i], x[i + 1]);
        return this;
      }
      appendNegatedClass(x) {
        let nextLo = 0;
        for (let i = 0; i < x.length; i += 2) {
          const lo = x[i];
          const hi = x[i + 1];
          if (nextLo <= lo - 1) this.appendRange(nextLo, lo - 1);
          nextLo = hi + 1;
        }
        if (nextLo <= Unicode.MAX_RUNE) this.appendRange(nextLo, Unicode.MAX_RUNE);
        return this;
      }
      appendTable(table2) {
        for (let i = 0; i < table2.length; ++i) {
          const lo = table2.getLo(i);
          const hi = table2.getHi(i);
          const stride = table2.getStride(i);
          if (stride === 1) {
            this.appendRange(lo, hi);
            continue;
          }
          for (let c = lo; c <= hi; c += stride) this.appendRange(c, c);
        }
        return this;
      }
      appendNegatedTable(table2) {
        let nextLo = 0;
        for (let i = 0; i < table2.length; ++i) {
          const lo = table2.getLo(i);
          const hi = table2.getHi(i);
          const stride = table2.getStride(i);
          if (stride === 1) {
            if (nextLo <= lo - 1) this.appendRange(nextLo, lo - 1);
            nextLo = hi + 1;
            continue;
          }
          for (let c = lo; c <= hi; c += stride) {
            if (nextLo <= c - 1) this.appendRange(nextLo, c - 1);
            nextLo = c + 1;
          }
        }
        if (nextLo <= Unicode.MAX_RUNE) this.appendRange(nextLo, Unicode.MAX_RUNE);
        return this;
      }
      appendTableWithSign(table2, sign) {
        return sign < 0 ? this.appendNegatedTable(table2) : this.appendTable(table2);
      }
      negateClass() {
        let nextLo = 0;
        let w = 0;
        for (let i = 0; i < this.len; i += 2) {
          const lo = this.r[i];
          const hi = this.r[i + 1];
          if (nextLo <= lo - 1) {
            this.r[w] = nextLo;
            this.r[w + 1] = lo - 1;
            w += 2;
          }
          nextLo = hi + 1;
        }
        this.len = w;
        if (nextLo <= Unicode.MAX_RUNE) {
          this.r[this.len++] = nextLo;
          this.r[this.len++] = Unicode.MAX_RUNE;
        }
        return this;
      }
      appendClassWithSign(x, sign) {
        return sign < 0 ? this.appendNegatedClass(x) : this.appendClass(x);
      }
      appendGroup(g, foldCase) {
        let cls = g.cls;
        if (foldCase) cls = new CharClass2().appendFoldedClass(cls).cleanClass().toArray();
        return this.appendClassWithSign(cls, g.sign);
      }
      toString() {
        return CharClass2.charClassToString(this.r, this.len);
      }
    };
    StringIterator = class {
      constructor(str) {
        this.str = str;
        this.position = 0;
      }
      pos() {
        return this.position;
      }
      rewindTo(pos2) {
        this.position = pos2;
      }
      more() {
        return this.position < this.str.length;
      }
      peek() {
        return this.str.codePointAt(this.position);
      }
      skip(n) {
        this.position += n;
      }
      skipString(s) {
        this.position += s.length;
      }
      pop() {
        const r = this.str.codePointAt(this.position);
        this.position += Utils.charCount(r);
        return r;
      }
      lookingAt(s) {
        return this.str.startsWith(s, this.position);
      }
      rest() {
        return this.str.substring(this.position);
      }
      from(beforePos) {
        return this.str.substring(beforePos, this.position);
      }
      toString() {
        return this.rest();
      }
    };
    Parser = class Parser2 {
      static ERR_INTERNAL_ERROR = "regexp/syntax: internal error";
      static ERR_INVALID_CHAR_RANGE = "invalid character class range";
      static ERR_INVALID_ESCAPE = "invalid escape sequence";
      static ERR_INVALID_NAMED_CAPTURE = "invalid named capture";
      static ERR_INVALID_PERL_OP = "invalid or unsupported Perl syntax";
      static ERR_INVALID_REPEAT_OP = "invalid nested repetition operator";
      static ERR_INVALID_REPEAT_SIZE = "invalid repeat count";
      static ERR_MISSING_BRACKET = "missing closing ]";
      static ERR_MISSING_PAREN = "missing closing )";
      static ERR_MISSING_REPEAT_ARGUMENT = "missing argument to repetition operator";
      static ERR_TRAILING_BACKSLASH = "trailing backslash at end of expression";
      static ERR_DUPLICATE_NAMED_CAPTURE = "duplicate capture group name";
      static ERR_UNEXPECTED_PAREN = "unexpected )";
      static ERR_NESTING_DEPTH = "expression nests too deeply";
      static ERR_LARGE = "expression too large";
      static ERR_INVALID_CAPTURE_IN_LOOKBEHIND = "invalid capture in lookbehind";
      static MAX_HEIGHT = 1e3;
      static MAX_SIZE = 1398101;
      static MAX_RUNES = 33554432;
      static ANY_TABLE = new UnicodeRangeTable(new Uint32Array([
        0,
        Unicode.MAX_RUNE,
        1
      ]));
      static ASCII_TABLE = new UnicodeRangeTable(new Uint32Array([
        0,
        127,
        1
      ]));
      static ASCII_FOLD_TABLE = new UnicodeRangeTable(new Uint32Array([
        0,
        127,
        1,
        383,
        383,
        1,
        8490,
        8490,
        1
      ]));
      static unicodeTable(name) {
        if (name === "Any") return {
          tab: Parser2.ANY_TABLE,
          fold: Parser2.ANY_TABLE,
          sign: 1
        };
        if (name === "Ascii") return {
          tab: Parser2.ASCII_TABLE,
          fold: Parser2.ASCII_FOLD_TABLE,
          sign: 1
        };
        if (name === "Assigned") return {
          tab: UnicodeTables.CATEGORIES.get("Cn"),
          fold: UnicodeTables.CATEGORIES.get("Cn"),
          sign: -1
        };
        if (name === "Lc") return {
          tab: UnicodeTables.CATEGORIES.get("LC"),
          fold: UnicodeTables.FOLD_CATEGORIES.get("LC"),
          sign: 1
        };
        if (UnicodeTables.CATEGORIES.has(name)) return {
          tab: UnicodeTables.CATEGORIES.get(name),
          fold: UnicodeTables.FOLD_CATEGORIES.get(name),
          sign: 1
        };
        if (UnicodeTables.SCRIPTS.has(name)) return {
          tab: UnicodeTables.SCRIPTS.get(name),
          fold: UnicodeTables.FOLD_SCRIPT.get(name),
          sign: 1
        };
        return null;
      }
      static minFoldRune(r) {
        if (r < Unicode.MIN_FOLD || r > Unicode.MAX_FOLD) return r;
        let min = r;
        const r0 = r;
        for (r = Unicode.simpleFold(r); r !== r0; r = Unicode.simpleFold(r)) if (min > r) min = r;
        return min;
      }
      static leadingRegexp(re) {
        if (re.op === Regexp.Op.EMPTY_MATCH) return null;
        if (re.op === Regexp.Op.CONCAT && re.subs.length > 0) {
          const sub = re.subs[0];
          if (sub.op === Regexp.Op.EMPTY_MATCH) return null;
          return sub;
        }
        return re;
      }
      static literalRegexp(s, flags) {
        const re = new Regexp(Regexp.Op.LITERAL);
        re.flags = flags;
        re.runes = Utils.stringToRunes(s);
        return re;
      }
      /**
      * Parse regular expression pattern {@code pattern} with mode flags {@code flags}.
      * @param {string} pattern
      * @param {number} flags
      */
      static parse(pattern, flags) {
        return new Parser2(pattern, flags).parseInternal();
      }
      static parseRepeat(t) {
        const start = t.pos();
        if (!t.more() || !t.lookingAt("{")) return -1;
        t.skip(1);
        const min = Parser2.parseInt(t);
        if (min === -1) return -1;
        if (!t.more()) return -1;
        let max;
        if (!t.lookingAt(",")) max = min;
        else {
          t.skip(1);
          if (!t.more()) return -1;
          if (t.lookingAt("}")) max = -1;
          else if ((max = Parser2.parseInt(t)) === -1) return -1;
        }
        if (!t.more() || !t.lookingAt("}")) return -1;
        t.skip(1);
        if (min < 0 || min > 1e3 || max === -2 || max > 1e3 || max >= 0 && min > max) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_REPEAT_SIZE, t.from(start));
        return min << 16 | max & Unicode.MAX_BMP;
      }
      static isValidCaptureName(name) {
        if (name.length === 0) return false;
        for (let i = 0; i < name.length; i++) {
          const c = name.codePointAt(i);
          if (c !== Codepoint.CODES["_"] && !Utils.isalnum(c)) return false;
        }
        return true;
      }
      static parseInt(t) {
        const start = t.pos();
        while (t.more() && t.peek() >= Codepoint.CODES["0"] && t.peek() <= Codepoint.CODES["9"]) t.skip(1);
        const n = t.from(start);
        if (n.length === 0 || n.length > 1 && n.codePointAt(0) === Codepoint.CODES["0"]) return -1;
        if (n.length > 8) return -2;
        return parseInt(n, 10);
      }
      static isCharClass(re) {
        return re.op === Regexp.Op.LITERAL && re.runes.length === 1 || re.op === Regexp.Op.CHAR_CLASS || re.op === Regexp.Op.ANY_CHAR_NOT_NL || re.op === Regexp.Op.ANY_CHAR;
      }
      static matchRune(re, r) {
        switch (re.op) {
          case Regexp.Op.LITERAL:
            return re.runes.length === 1 && re.runes[0] === r;
          case Regexp.Op.CHAR_CLASS:
            for (let i = 0; i < re.runes.length; i += 2) if (re.runes[i] <= r && r <= re.runes[i + 1]) return true;
            return false;
          case Regexp.Op.ANY_CHAR_NOT_NL:
            return r !== Codepoint.CODES["\n"];
          case Regexp.Op.ANY_CHAR:
            return true;
        }
        return false;
      }
      static mergeCharClass(dst, src) {
        switch (dst.op) {
          case Regexp.Op.ANY_CHAR:
            break;
          case Regexp.Op.ANY_CHAR_NOT_NL:
            if (Parser2.matchRune(src, Codepoint.CODES["\n"])) dst.op = Regexp.Op.ANY_CHAR;
            break;
          case Regexp.Op.CHAR_CLASS: {
            const cc = new CharClass(Array.isArray(dst.runes) ? dst.runes : Array.from(dst.runes));
            if (src.op === Regexp.Op.LITERAL) cc.appendLiteral(src.runes[0], src.flags);
            else cc.appendClass(src.runes);
            dst.runes = cc.toGrowableArray();
            break;
          }
          case Regexp.Op.LITERAL:
            if (src.runes[0] === dst.runes[0] && src.flags === dst.flags) break;
            dst.op = Regexp.Op.CHAR_CLASS;
            dst.runes = new CharClass().appendLiteral(dst.runes[0], dst.flags).appendLiteral(src.runes[0], src.flags).toGrowableArray();
        }
      }
      static parseEscape(t) {
        const startPos = t.pos();
        t.skip(1);
        if (!t.more()) throw new RE2JSSyntaxException(Parser2.ERR_TRAILING_BACKSLASH);
        let c = t.pop();
        bigswitch: switch (c) {
          case Codepoint.CODES["1"]:
          case Codepoint.CODES["2"]:
          case Codepoint.CODES["3"]:
          case Codepoint.CODES["4"]:
          case Codepoint.CODES["5"]:
          case Codepoint.CODES["6"]:
          case Codepoint.CODES["7"]:
            if (!t.more() || t.peek() < Codepoint.CODES["0"] || t.peek() > Codepoint.CODES["7"]) break;
          case Codepoint.CODES["0"]: {
            let r = c - Codepoint.CODES["0"];
            for (let i = 1; i < 3; i++) {
              if (!t.more() || t.peek() < Codepoint.CODES["0"] || t.peek() > Codepoint.CODES["7"]) break;
              r = r * 8 + t.peek() - Codepoint.CODES["0"];
              t.skip(1);
            }
            return r;
          }
          case Codepoint.CODES["x"]: {
            if (!t.more()) break;
            c = t.pop();
            if (c === Codepoint.CODES["{"]) {
              let nhex = 0;
              let r = 0;
              while (true) {
                if (!t.more()) break bigswitch;
                c = t.pop();
                if (c === Codepoint.CODES["}"]) break;
                const v = Utils.unhex(c);
                if (v < 0) break bigswitch;
                r = r * 16 + v;
                if (r > Unicode.MAX_RUNE) break bigswitch;
                nhex++;
              }
              if (nhex === 0) break bigswitch;
              return r;
            }
            const x = Utils.unhex(c);
            if (!t.more()) break;
            c = t.pop();
            const y = Utils.unhex(c);
            if (x < 0 || y < 0) break;
            return x * 16 + y;
          }
          case Codepoint.CODES["a"]:
            return Codepoint.CODES["\x07"];
          case Codepoint.CODES["f"]:
            return Codepoint.CODES["\f"];
          case Codepoint.CODES["n"]:
            return Codepoint.CODES["\n"];
          case Codepoint.CODES["r"]:
            return Codepoint.CODES["\r"];
          case Codepoint.CODES["t"]:
            return Codepoint.CODES["	"];
          case Codepoint.CODES["v"]:
            return Codepoint.CODES["\v"];
          default:
            if (c <= Unicode.MAX_ASCII && !Utils.isalnum(c)) return c;
        }
        throw new RE2JSSyntaxException(Parser2.ERR_INVALID_ESCAPE, t.from(startPos));
      }
      static parseClassChar(t, wholeClassPos) {
        if (!t.more()) throw new RE2JSSyntaxException(Parser2.ERR_MISSING_BRACKET, t.from(wholeClassPos));
        if (t.lookingAt("\\")) return Parser2.parseEscape(t);
        return t.pop();
      }
      static hasCapture(re) {
        if (re === null) return false;
        if (re.op === Regexp.Op.CAPTURE) return true;
        if (re.subs) {
          for (let sub of re.subs) if (Parser2.hasCapture(sub)) return true;
        }
        return false;
      }
      constructor(wholeRegexp, flags = 0) {
        this.wholeRegexp = wholeRegexp;
        this.flags = flags;
        this.numCap = 0;
        this.namedGroups = /* @__PURE__ */ Object.create(null);
        this.stack = [];
        this.free = null;
        this.numRegexp = 0;
        this.numRunes = 0;
        this.repeats = 0;
        this.height = null;
        this.size = null;
        this.nlb = 0;
      }
      newRegexp(op) {
        let re = this.free;
        if (re !== null && re.subs !== null && re.subs.length > 0) {
          this.free = re.subs[0];
          re.reinit();
          re.op = op;
        } else {
          re = new Regexp(op);
          this.numRegexp += 1;
        }
        return re;
      }
      reuse(re) {
        if (this.height !== null && this.height.has(re)) this.height.delete(re);
        if (re.subs !== null && re.subs.length > 0) re.subs[0] = this.free;
        this.free = re;
      }
      checkLimits(re) {
        if (this.numRunes > Parser2.MAX_RUNES) throw new RE2JSSyntaxException(Parser2.ERR_LARGE);
        this.checkSize(re);
        this.checkHeight(re);
      }
      checkSize(re) {
        if (this.size === null) {
          if (this.repeats === 0) this.repeats = 1;
          if (re.op === Regexp.Op.REPEAT) {
            let n = re.max;
            if (n === -1) n = re.min;
            if (n <= 0) n = 1;
            if (n > Math.floor(Parser2.MAX_SIZE / this.repeats)) this.repeats = Parser2.MAX_SIZE;
            else this.repeats *= n;
          }
          if (this.numRegexp < Math.floor(Parser2.MAX_SIZE / this.repeats)) return;
          this.size = /* @__PURE__ */ new Map();
          for (let reEx of this.stack) this.checkSize(reEx);
        }
        if (this.calcSize(re, true) > Parser2.MAX_SIZE) throw new RE2JSSyntaxException(Parser2.ERR_LARGE);
      }
      calcSize(re, force = false) {
        if (!force && this.size !== null) {
          if (this.size.has(re)) return this.size.get(re);
        }
        let size = 0;
        switch (re.op) {
          case Regexp.Op.LITERAL:
            size = re.runes.length;
            break;
          case Regexp.Op.PLB:
          case Regexp.Op.NLB:
          case Regexp.Op.CAPTURE:
          case Regexp.Op.STAR:
            size = 2 + this.calcSize(re.subs[0]);
            break;
          case Regexp.Op.PLUS:
          case Regexp.Op.QUEST:
            size = 1 + this.calcSize(re.subs[0]);
            break;
          case Regexp.Op.CONCAT:
            for (let sub of re.subs) size = size + this.calcSize(sub);
            break;
          case Regexp.Op.ALTERNATE:
            for (let sub of re.subs) size = size + this.calcSize(sub);
            if (re.subs.length > 1) size = size + re.subs.length - 1;
            break;
          case Regexp.Op.REPEAT: {
            let sub = this.calcSize(re.subs[0]);
            if (re.max === -1) {
              if (re.min === 0) size = 2 + sub;
              else size = 1 + re.min * sub;
              break;
            }
            size = re.max * sub + (re.max - re.min);
            break;
          }
        }
        size = Math.max(1, size);
        if (this.size === null) this.size = /* @__PURE__ */ new Map();
        this.size.set(re, size);
        return size;
      }
      checkHeight(re) {
        if (this.numRegexp < Parser2.MAX_HEIGHT) return;
        if (this.height === null) {
          this.height = /* @__PURE__ */ new Map();
          for (let reEx of this.stack) this.checkHeight(reEx);
        }
        if (this.calcHeight(re, true) > Parser2.MAX_HEIGHT) throw new RE2JSSyntaxException(Parser2.ERR_NESTING_DEPTH);
      }
      calcHeight(re, force = false) {
        if (!force && this.height !== null) {
          if (this.height.has(re)) return this.height.get(re);
        }
        let h = 1;
        for (let sub of re.subs) {
          const hsub = this.calcHeight(sub);
          if (h < 1 + hsub) h = 1 + hsub;
        }
        if (this.height === null) this.height = /* @__PURE__ */ new Map();
        this.height.set(re, h);
        return h;
      }
      pop() {
        return this.stack.pop();
      }
      popToPseudo() {
        const n = this.stack.length;
        let i = n;
        while (i > 0 && !Regexp.isPseudoOp(this.stack[i - 1].op)) i--;
        return this.stack.splice(i, n - i);
      }
      push(re) {
        this.numRunes += re.runes.length;
        if (re.op === Regexp.Op.CHAR_CLASS && re.runes.length === 2 && re.runes[0] === re.runes[1]) {
          if (this.maybeConcat(re.runes[0], this.flags & ~RE2Flags.FOLD_CASE)) return null;
          re.op = Regexp.Op.LITERAL;
          re.runes = [re.runes[0]];
          re.flags = this.flags & ~RE2Flags.FOLD_CASE;
        } else if (re.op === Regexp.Op.CHAR_CLASS && re.runes.length === 4 && re.runes[0] === re.runes[1] && re.runes[2] === re.runes[3] && Unicode.simpleFold(re.runes[0]) === re.runes[2] && Unicode.simpleFold(re.runes[2]) === re.runes[0] || re.op === Regexp.Op.CHAR_CLASS && re.runes.length === 2 && re.runes[0] + 1 === re.runes[1] && Unicode.simpleFold(re.runes[0]) === re.runes[1] && Unicode.simpleFold(re.runes[1]) === re.runes[0]) {
          if (this.maybeConcat(re.runes[0], this.flags | RE2Flags.FOLD_CASE)) return null;
          re.op = Regexp.Op.LITERAL;
          re.runes = [re.runes[0]];
          re.flags = this.flags | RE2Flags.FOLD_CASE;
        } else this.maybeConcat(-1, 0);
        this.stack.push(re);
        this.checkLimits(re);
        return re;
      }
      maybeConcat(r, flags) {
        const n = this.stack.length;
        if (n < 2) return false;
        const re1 = this.stack[n - 1];
        const re2 = this.stack[n - 2];
        if (re1.op !== Regexp.Op.LITERAL || re2.op !== Regexp.Op.LITERAL || (re1.flags & RE2Flags.FOLD_CASE) !== (re2.flags & RE2Flags.FOLD_CASE)) return false;
        if (!Array.isArray(re2.runes)) re2.runes = Array.from(re2.runes);
        for (let i = 0; i < re1.runes.length; i++) re2.runes.push(re1.runes[i]);
        if (r >= 0) {
          re1.runes = [r];
          re1.flags = flags;
          return true;
        }
        this.pop();
        this.reuse(re1);
        return false;
      }
      newLiteral(r, flags) {
        const re = this.newRegexp(Regexp.Op.LITERAL);
        re.flags = flags;
        if ((flags & RE2Flags.FOLD_CASE) !== 0) r = Parser2.minFoldRune(r);
        re.runes = [r];
        return re;
      }
      literal(r) {
        this.push(this.newLiteral(r, this.flags));
      }
      op(op) {
        const re = this.newRegexp(op);
        re.flags = this.flags;
        return this.push(re);
      }
      repeat(op, min, max, beforePos, t, lastRepeatPos) {
        let flags = this.flags;
        if ((flags & RE2Flags.PERL_X) !== 0) {
          if (t.more() && t.lookingAt("?")) {
            t.skip(1);
            flags ^= RE2Flags.NON_GREEDY;
          }
          if (lastRepeatPos !== -1) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_REPEAT_OP, t.from(lastRepeatPos));
        }
        const n = this.stack.length;
        if (n === 0) throw new RE2JSSyntaxException(Parser2.ERR_MISSING_REPEAT_ARGUMENT, t.from(beforePos));
        const sub = this.stack[n - 1];
        if (Regexp.isPseudoOp(sub.op)) throw new RE2JSSyntaxException(Parser2.ERR_MISSING_REPEAT_ARGUMENT, t.from(beforePos));
        const re = this.newRegexp(op);
        re.min = min;
        re.max = max;
        re.flags = flags;
        re.subs = [sub];
        this.stack[n - 1] = re;
        this.checkLimits(re);
        if (op === Regexp.Op.REPEAT && (min >= 2 || max >= 2) && !this.repeatIsValid(re, 1e3)) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_REPEAT_SIZE, t.from(beforePos));
      }
      repeatIsValid(re, n) {
        if (re.op === Regexp.Op.REPEAT) {
          let m = re.max;
          if (m === 0) return true;
          if (m < 0) m = re.min;
          if (m > n) return false;
          if (m > 0) n = Math.trunc(n / m);
        }
        for (let sub of re.subs) if (!this.repeatIsValid(sub, n)) return false;
        return true;
      }
      concat() {
        this.maybeConcat(-1, 0);
        const subs = this.popToPseudo();
        if (subs.length === 0) return this.push(this.newRegexp(Regexp.Op.EMPTY_MATCH));
        return this.push(this.collapse(subs, Regexp.Op.CONCAT));
      }
      alternate() {
        const subs = this.popToPseudo();
        if (subs.length > 0) this.cleanAlt(subs[subs.length - 1]);
        if (subs.length === 0) return this.push(this.newRegexp(Regexp.Op.NO_MATCH));
        return this.push(this.collapse(subs, Regexp.Op.ALTERNATE));
      }
      cleanAlt(re) {
        if (re.op === Regexp.Op.CHAR_CLASS) {
          re.runes = new CharClass(Array.from(re.runes)).cleanClass().toArray();
          if (re.runes.length === 2 && re.runes[0] === 0 && re.runes[1] === Unicode.MAX_RUNE) {
            re.runes = /* @__PURE__ */ new Int32Array(0);
            re.op = Regexp.Op.ANY_CHAR;
          } else if (re.runes.length === 4 && re.runes[0] === 0 && re.runes[1] === Codepoint.CODES["\n"] - 1 && re.runes[2] === Codepoint.CODES["\n"] + 1 && re.runes[3] === Unicode.MAX_RUNE) {
            re.runes = /* @__PURE__ */ new Int32Array(0);
            re.op = Regexp.Op.ANY_CHAR_NOT_NL;
          }
        }
      }
      collapse(subs, op) {
        if (subs.length === 1) return subs[0];
        let len2 = 0;
        for (let sub of subs) len2 += sub.op === op ? sub.subs.length : 1;
        let newsubs = new Array(len2).fill(null);
        let i = 0;
        for (let sub of subs) if (sub.op === op) {
          for (let j = 0; j < sub.subs.length; j++) newsubs[i++] = sub.subs[j];
          this.reuse(sub);
        } else newsubs[i++] = sub;
        let re = this.newRegexp(op);
        re.subs = newsubs;
        if (op === Regexp.Op.ALTERNATE) {
          re.subs = this.factor(re.subs);
          if (re.subs.length === 1) {
            const old = re;
            re = re.subs[0];
            this.reuse(old);
          }
        }
        return re;
      }
      factor(array) {
        if (array.length < 2) return array;
        let s = 0;
        let lensub = array.length;
        let lenout = 0;
        let str = null;
        let strlen = 0;
        let strflags = 0;
        let start = 0;
        for (let i = 0; i <= lensub; i++) {
          let istr = null;
          let istrlen = 0;
          let iflags = 0;
          if (i < lensub) {
            let re = array[s + i];
            if (re.op === Regexp.Op.CONCAT && re.subs.length > 0) re = re.subs[0];
            if (re.op === Regexp.Op.LITERAL) {
              istr = re.runes;
              istrlen = re.runes.length;
              iflags = re.flags & RE2Flags.FOLD_CASE;
            }
            if (iflags === strflags) {
              let same2 = 0;
              while (same2 < strlen && same2 < istrlen && str[same2] === istr[same2]) same2++;
              if (same2 > 0) {
                strlen = same2;
                continue;
              }
            }
          }
          if (i === start) {
          } else if (i === start + 1) array[lenout++] = array[s + start];
          else {
            const prefix = this.newRegexp(Regexp.Op.LITERAL);
            prefix.flags = strflags;
            prefix.runes = str.slice(0, strlen);
            for (let j = start; j < i; j++) {
              array[s + j] = this.removeLeadingString(array[s + j], strlen);
              this.checkLimits(array[s + j]);
            }
            const suffix = this.collapse(array.slice(s + start, s + i), Regexp.Op.ALTERNATE);
            const re = this.newRegexp(Regexp.Op.CONCAT);
            re.subs = [prefix, suffix];
            array[lenout++] = re;
          }
          start = i;
          str = istr;
          strlen = istrlen;
          strflags = iflags;
        }
        lensub = lenout;
        s = 0;
        start = 0;
        lenout = 0;
        let first = null;
        for (let i = 0; i <= lensub; i++) {
          let ifirst = null;
          if (i < lensub) {
            ifirst = Parser2.leadingRegexp(array[s + i]);
            if (first !== null && first.equals(ifirst) && (Parser2.isCharClass(first) || first.op === Regexp.Op.REPEAT && first.min === first.max && Parser2.isCharClass(first.subs[0]))) continue;
          }
          if (i === start) {
          } else if (i === start + 1) array[lenout++] = array[s + start];
          else {
            const prefix = first;
            for (let j = start; j < i; j++) {
              const reuse = j !== start;
              array[s + j] = this.removeLeadingRegexp(array[s + j], reuse);
              this.checkLimits(array[s + j]);
            }
            const suffix = this.collapse(array.slice(s + start, s + i), Regexp.Op.ALTERNATE);
            const re = this.newRegexp(Regexp.Op.CONCAT);
            re.subs = [prefix, suffix];
            array[lenout++] = re;
          }
          start = i;
          first = ifirst;
        }
        lensub = lenout;
        s = 0;
        start = 0;
        lenout = 0;
        for (let i = 0; i <= lensub; i++) {
          if (i < lensub && Parser2.isCharClass(array[s + i])) continue;
          if (i === start) {
          } else if (i === start + 1) array[lenout++] = array[s + start];
          else {
            let max = start;
            for (let j = start + 1; j < i; j++) {
              const subMax = array[s + max];
              const subJ = array[s + j];
              if (subMax.op < subJ.op || subMax.op === subJ.op && (subMax.runes !== null ? subMax.runes.length : 0) < (subJ.runes !== null ? subJ.runes.length : 0)) max = j;
            }
            const tmp = array[s + start];
            array[s + start] = array[s + max];
            array[s + max] = tmp;
            for (let j = start + 1; j < i; j++) {
              Parser2.mergeCharClass(array[s + start], array[s + j]);
              this.reuse(array[s + j]);
            }
            this.cleanAlt(array[s + start]);
            array[lenout++] = array[s + start];
          }
          if (i < lensub) array[lenout++] = array[s + i];
          start = i + 1;
        }
        lensub = lenout;
        s = 0;
        start = 0;
        lenout = 0;
        for (let i = 0; i < lensub; ++i) {
          if (i + 1 < lensub && array[s + i].op === Regexp.Op.EMPTY_MATCH && array[s + i + 1].op === Regexp.Op.EMPTY_MATCH) continue;
          array[lenout++] = array[s + i];
        }
        lensub = lenout;
        s = 0;
        return array.slice(s, lensub);
      }
      removeLeadingString(re, n) {
        if (re.op === Regexp.Op.CONCAT && re.subs.length > 0) {
          const sub = this.removeLeadingString(re.subs[0], n);
          re.subs[0] = sub;
          if (sub.op === Regexp.Op.EMPTY_MATCH) {
            this.reuse(sub);
            switch (re.subs.length) {
              case 0:
              case 1:
                re.op = Regexp.Op.EMPTY_MATCH;
                re.subs = Regexp.emptySubs();
                break;
              case 2: {
                const old = re;
                re = re.subs[1];
                this.reuse(old);
                break;
              }
              default:
                re.subs = re.subs.slice(1, re.subs.length);
            }
          }
          return re;
        }
        if (re.op === Regexp.Op.LITERAL) {
          re.runes = re.runes.slice(n, re.runes.length);
          if (re.runes.length === 0) re.op = Regexp.Op.EMPTY_MATCH;
        }
        return re;
      }
      removeLeadingRegexp(re, reuse) {
        if (re.op === Regexp.Op.CONCAT && re.subs.length > 0) {
          if (reuse) this.reuse(re.subs[0]);
          re.subs = re.subs.slice(1, re.subs.length);
          switch (re.subs.length) {
            case 0:
              re.op = Regexp.Op.EMPTY_MATCH;
              re.subs = Regexp.emptySubs();
              break;
            case 1: {
              const old = re;
              re = re.subs[0];
              this.reuse(old);
              break;
            }
          }
          return re;
        }
        if (reuse) this.reuse(re);
        return this.newRegexp(Regexp.Op.EMPTY_MATCH);
      }
      parseInternal() {
        if ((this.flags & RE2Flags.LITERAL) !== 0) return Parser2.literalRegexp(this.wholeRegexp, this.flags);
        let lastRepeatPos = -1;
        let min = -1;
        let max = -1;
        const t = new StringIterator(this.wholeRegexp);
        while (t.more()) {
          let repeatPos = -1;
          bigswitch: switch (t.peek()) {
            case Codepoint.CODES["("]:
              if ((this.flags & RE2Flags.LOOKBEHIND) !== 0) {
                if (t.lookingAt("(?<=")) {
                  this.parsePosLookBehind();
                  t.skip(4);
                  break;
                }
                if (t.lookingAt("(?<!")) {
                  this.parseNegLookBehind();
                  t.skip(4);
                  break;
                }
              }
              if ((this.flags & RE2Flags.PERL_X) !== 0 && t.lookingAt("(?")) {
                this.parsePerlFlags(t);
                break;
              }
              this.op(Regexp.Op.LEFT_PAREN).cap = ++this.numCap;
              t.skip(1);
              break;
            case Codepoint.CODES["|"]:
              this.parseVerticalBar();
              t.skip(1);
              break;
            case Codepoint.CODES[")"]:
              this.parseRightParen();
              t.skip(1);
              break;
            case Codepoint.CODES["^"]:
              if ((this.flags & RE2Flags.ONE_LINE) !== 0) this.op(Regexp.Op.BEGIN_TEXT);
              else this.op(Regexp.Op.BEGIN_LINE);
              t.skip(1);
              break;
            case Codepoint.CODES["$"]:
              if ((this.flags & RE2Flags.ONE_LINE) !== 0) this.op(Regexp.Op.END_TEXT).flags |= RE2Flags.WAS_DOLLAR;
              else this.op(Regexp.Op.END_LINE);
              t.skip(1);
              break;
            case Codepoint.CODES["."]:
              if ((this.flags & RE2Flags.DOT_NL) !== 0) this.op(Regexp.Op.ANY_CHAR);
              else this.op(Regexp.Op.ANY_CHAR_NOT_NL);
              t.skip(1);
              break;
            case Codepoint.CODES["["]:
              this.parseClass(t);
              break;
            case Codepoint.CODES["*"]:
            case Codepoint.CODES["+"]:
            case Codepoint.CODES["?"]: {
              repeatPos = t.pos();
              let op = null;
              switch (t.pop()) {
                case Codepoint.CODES["*"]:
                  op = Regexp.Op.STAR;
                  break;
                case Codepoint.CODES["+"]:
                  op = Regexp.Op.PLUS;
                  break;
                case Codepoint.CODES["?"]:
                  op = Regexp.Op.QUEST;
              }
              this.repeat(op, min, max, repeatPos, t, lastRepeatPos);
              break;
            }
            case Codepoint.CODES["{"]: {
              const before = t.pos();
              const minMax = Parser2.parseRepeat(t);
              if (minMax < 0) {
                t.rewindTo(before);
                this.literal(t.pop());
                break;
              }
              repeatPos = before;
              min = minMax >> 16;
              max = (minMax & Unicode.MAX_BMP) << 16 >> 16;
              this.repeat(Regexp.Op.REPEAT, min, max, repeatPos, t, lastRepeatPos);
              break;
            }
            case Codepoint.CODES["\\"]: {
              const savedPos = t.pos();
              t.skip(1);
              if ((this.flags & RE2Flags.PERL_X) !== 0 && t.more()) switch (t.pop()) {
                case Codepoint.CODES["A"]:
                  this.op(Regexp.Op.BEGIN_TEXT);
                  break bigswitch;
                case Codepoint.CODES["b"]:
                  this.op(Regexp.Op.WORD_BOUNDARY);
                  break bigswitch;
                case Codepoint.CODES["B"]:
                  this.op(Regexp.Op.NO_WORD_BOUNDARY);
                  break bigswitch;
                case Codepoint.CODES["C"]:
                  throw new RE2JSSyntaxException(Parser2.ERR_INVALID_ESCAPE, "\\C");
                case Codepoint.CODES["Q"]: {
                  let lit = t.rest();
                  const i = lit.indexOf("\\E");
                  if (i >= 0) {
                    lit = lit.substring(0, i);
                    t.skipString(lit);
                    t.skipString("\\E");
                  } else t.skipString(lit);
                  let j = 0;
                  while (j < lit.length) {
                    const codepoint = lit.codePointAt(j);
                    this.literal(codepoint);
                    j += Utils.charCount(codepoint);
                  }
                  break bigswitch;
                }
                case Codepoint.CODES["z"]:
                  this.op(Regexp.Op.END_TEXT);
                  break bigswitch;
                default:
                  t.rewindTo(savedPos);
              }
              else t.rewindTo(savedPos);
              const re = this.newRegexp(Regexp.Op.CHAR_CLASS);
              re.flags = this.flags;
              if (t.lookingAt("\\p") || t.lookingAt("\\P")) {
                const cc2 = new CharClass();
                if (this.parseUnicodeClass(t, cc2)) {
                  re.runes = cc2.toArray();
                  this.push(re);
                  break bigswitch;
                }
              }
              const cc = new CharClass();
              if (this.parsePerlClassEscape(t, cc)) {
                re.runes = cc.toArray();
                this.push(re);
                break bigswitch;
              }
              t.rewindTo(savedPos);
              this.reuse(re);
              this.literal(Parser2.parseEscape(t));
              break;
            }
            default:
              this.literal(t.pop());
          }
          lastRepeatPos = repeatPos;
        }
        this.concat();
        if (this.swapVerticalBar()) this.pop();
        this.alternate();
        if (this.stack.length !== 1) throw new RE2JSSyntaxException(Parser2.ERR_MISSING_PAREN, this.wholeRegexp);
        this.stack[0].namedGroups = this.namedGroups;
        return this.stack[0];
      }
      parsePerlFlags(t) {
        const startPos = t.pos();
        const s = t.rest();
        if (s.startsWith("(?P<") || s.startsWith("(?<")) {
          const begin = s.charAt(2) === "P" ? 4 : 3;
          const end = s.indexOf(">");
          if (end < 0) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_NAMED_CAPTURE, s);
          const name = s.substring(begin, end);
          t.skipString(name);
          t.skip(begin + 1);
          if (!Parser2.isValidCaptureName(name)) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_NAMED_CAPTURE, s.substring(0, end + 1));
          const re = this.op(Regexp.Op.LEFT_PAREN);
          re.cap = ++this.numCap;
          if (this.namedGroups[name]) throw new RE2JSSyntaxException(Parser2.ERR_DUPLICATE_NAMED_CAPTURE, name);
          this.namedGroups[name] = this.numCap;
          re.name = name;
          return;
        }
        t.skip(2);
        let flags = this.flags;
        let sign = 1;
        let sawFlag = false;
        loop: while (t.more()) {
          const c = t.pop();
          switch (c) {
            case Codepoint.CODES["i"]:
              flags |= RE2Flags.FOLD_CASE;
              sawFlag = true;
              break;
            case Codepoint.CODES["m"]:
              flags &= ~RE2Flags.ONE_LINE;
              sawFlag = true;
              break;
            case Codepoint.CODES["s"]:
              flags |= RE2Flags.DOT_NL;
              sawFlag = true;
              break;
            case Codepoint.CODES["U"]:
              flags |= RE2Flags.NON_GREEDY;
              sawFlag = true;
              break;
            case Codepoint.CODES["-"]:
              if (sign < 0) break loop;
              sign = -1;
              flags = ~flags;
              sawFlag = false;
              break;
            case Codepoint.CODES[":"]:
            case Codepoint.CODES[")"]:
              if (sign < 0) {
                if (!sawFlag) break loop;
                flags = ~flags;
              }
              if (c === Codepoint.CODES[":"]) this.op(Regexp.Op.LEFT_PAREN);
              this.flags = flags;
              return;
            default:
              break loop;
          }
        }
        throw new RE2JSSyntaxException(Parser2.ERR_INVALID_PERL_OP, t.from(startPos));
      }
      parsePosLookBehind() {
        const re = this.newRegexp(Regexp.Op.LEFT_PAREN);
        re.flags = this.flags;
        re.lb = ++this.nlb;
        return this.push(re);
      }
      parseNegLookBehind() {
        const re = this.newRegexp(Regexp.Op.LEFT_PAREN);
        re.flags = this.flags;
        re.lb = -++this.nlb;
        return this.push(re);
      }
      parseVerticalBar() {
        this.concat();
        if (!this.swapVerticalBar()) this.op(Regexp.Op.VERTICAL_BAR);
      }
      swapVerticalBar() {
        const n = this.stack.length;
        if (n >= 3 && this.stack[n - 2].op === Regexp.Op.VERTICAL_BAR && Parser2.isCharClass(this.stack[n - 1]) && Parser2.isCharClass(this.stack[n - 3])) {
          let re1 = this.stack[n - 1];
          let re3 = this.stack[n - 3];
          if (re1.op > re3.op) {
            const tmp = re3;
            re3 = re1;
            re1 = tmp;
            this.stack[n - 3] = re3;
          }
          Parser2.mergeCharClass(re3, re1);
          this.reuse(re1);
          this.pop();
          return true;
        }
        if (n >= 2) {
          const re1 = this.stack[n - 1];
          const re2 = this.stack[n - 2];
          if (re2.op === Regexp.Op.VERTICAL_BAR) {
            if (n >= 3) this.cleanAlt(this.stack[n - 3]);
            this.stack[n - 2] = re1;
            this.stack[n - 1] = re2;
            return true;
          }
        }
        return false;
      }
      parseRightParen() {
        this.concat();
        if (this.swapVerticalBar()) this.pop();
        this.alternate();
        if (this.stack.length < 2) throw new RE2JSSyntaxException(Parser2.ERR_UNEXPECTED_PAREN, this.wholeRegexp);
        const re1 = this.pop();
        const re2 = this.pop();
        if (re2.op !== Regexp.Op.LEFT_PAREN) throw new RE2JSSyntaxException(Parser2.ERR_UNEXPECTED_PAREN, this.wholeRegexp);
        this.flags = re2.flags;
        if (re2.lb !== 0) {
          if (Parser2.hasCapture(re1)) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CAPTURE_IN_LOOKBEHIND, this.wholeRegexp);
          if (re2.lb > 0) re2.op = Regexp.Op.PLB;
          else re2.op = Regexp.Op.NLB;
          re2.subs = [re1];
          this.push(re2);
          return;
        }
        if (re2.cap === 0) this.push(re1);
        else {
          re2.op = Regexp.Op.CAPTURE;
          re2.subs = [re1];
          this.push(re2);
        }
      }
      parsePerlClassEscape(t, cc) {
        const beforePos = t.pos();
        if ((this.flags & RE2Flags.PERL_X) === 0 || !t.more() || t.pop() !== Codepoint.CODES["\\"] || !t.more()) return false;
        t.pop();
        const p = t.from(beforePos);
        const g = PERL_GROUPS.has(p) ? PERL_GROUPS.get(p) : null;
        if (g === null) return false;
        cc.appendGroup(g, (this.flags & RE2Flags.FOLD_CASE) !== 0);
        return true;
      }
      parseNamedClass(t, cc) {
        const cls = t.rest();
        const i = cls.indexOf(":]");
        if (i < 0) return false;
        const name = cls.substring(0, i + 2);
        t.skipString(name);
        const g = POSIX_GROUPS.has(name) ? POSIX_GROUPS.get(name) : null;
        if (g === null) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CHAR_RANGE, name);
        cc.appendGroup(g, (this.flags & RE2Flags.FOLD_CASE) !== 0);
        return true;
      }
      parseUnicodeClass(t, cc) {
        const startPos = t.pos();
        if ((this.flags & RE2Flags.UNICODE_GROUPS) === 0 || !t.lookingAt("\\p") && !t.lookingAt("\\P")) return false;
        t.skip(1);
        let sign = 1;
        let c = t.pop();
        if (c === Codepoint.CODES["P"]) sign = -1;
        if (!t.more()) {
          t.rewindTo(startPos);
          throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CHAR_RANGE, t.rest());
        }
        c = t.pop();
        let name;
        if (c !== Codepoint.CODES["{"]) name = Utils.runeToString(c);
        else {
          const rest = t.rest();
          const end = rest.indexOf("}");
          if (end < 0) {
            t.rewindTo(startPos);
            throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CHAR_RANGE, t.rest());
          }
          name = rest.substring(0, end);
          t.skipString(name);
          t.skip(1);
        }
        if (!(name.length === 0) && name.codePointAt(0) === Codepoint.CODES["^"]) {
          sign = 0 - sign;
          name = name.substring(1);
        }
        const pair = Parser2.unicodeTable(name);
        if (pair === null) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CHAR_RANGE, t.from(startPos));
        if (pair.sign < 0) sign = 0 - sign;
        const tab = pair.tab;
        const fold = pair.fold;
        if ((this.flags & RE2Flags.FOLD_CASE) === 0 || fold === null) cc.appendTableWithSign(tab, sign);
        else {
          const tmp = new CharClass().appendTable(tab).appendTable(fold).cleanClass().toArray();
          cc.appendClassWithSign(Array.from(tmp), sign);
        }
        return true;
      }
      parseClass(t) {
        const startPos = t.pos();
        t.skip(1);
        const re = this.newRegexp(Regexp.Op.CHAR_CLASS);
        re.flags = this.flags;
        const cc = new CharClass();
        let sign = 1;
        if (t.more() && t.lookingAt("^")) {
          sign = -1;
          t.skip(1);
          if ((this.flags & RE2Flags.CLASS_NL) === 0) cc.appendRange(Codepoint.CODES["\n"], Codepoint.CODES["\n"]);
        }
        let first = true;
        while (!t.more() || t.peek() !== Codepoint.CODES["]"] || first) {
          if (t.more() && t.lookingAt("-") && (this.flags & RE2Flags.PERL_X) === 0 && !first) {
            const s = t.rest();
            if (s === "-" || !s.startsWith("-]")) {
              t.rewindTo(startPos);
              throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CHAR_RANGE, t.rest());
            }
          }
          first = false;
          const beforePos = t.pos();
          if (t.lookingAt("[:")) {
            if (this.parseNamedClass(t, cc)) continue;
            t.rewindTo(beforePos);
          }
          if (this.parseUnicodeClass(t, cc)) continue;
          if (this.parsePerlClassEscape(t, cc)) continue;
          t.rewindTo(beforePos);
          const lo = Parser2.parseClassChar(t, startPos);
          let hi = lo;
          if (t.more() && t.lookingAt("-")) {
            t.skip(1);
            if (t.more() && t.lookingAt("]")) t.skip(-1);
            else {
              hi = Parser2.parseClassChar(t, startPos);
              if (hi < lo) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CHAR_RANGE, t.from(beforePos));
            }
          }
          if ((this.flags & RE2Flags.FOLD_CASE) === 0) cc.appendRange(lo, hi);
          else cc.appendFoldedRange(lo, hi);
        }
        t.skip(1);
        cc.cleanClass();
        if (sign < 0) cc.negateClass();
        re.runes = cc.toArray();
        this.push(re);
      }
    };
    RE2 = class RE22 {
      static initTest(expr) {
        const re2 = RE22.compile(expr);
        const res = new RE22(re2.expr, re2.prog, re2.numSubexp, re2.longest);
        res.cond = re2.cond;
        res.prefix = re2.prefix;
        res.prefixUTF8 = re2.prefixUTF8;
        res.prefixComplete = re2.prefixComplete;
        res.prefixRune = re2.prefixRune;
        res.prefilter = re2.prefilter;
        res.namedGroups = re2.namedGroups;
        return res;
      }
      /**
      * Parses a regular expression and returns, if successful, an {@code RE2} instance that can be
      * used to match against text.
      *
      * When matching against text, the regexp returns a match that begins as early as possible in the
      * input (leftmost), and among those it chooses the one that a backtracking search would have
      * found first. This so-called leftmost-first matching is the same semantics that Perl, Python,
      * and other implementations use, although this package implements it without the expense of
      * backtracking. For POSIX leftmost-longest matching, see {@link #compilePOSIX}.
      */
      static compile(expr) {
        return RE22.compileImpl(expr, RE2Flags.PERL, false);
      }
      /**
      * {@code compilePOSIX} is like {@link #compile} but restricts the regular expression to POSIX ERE
      * (egrep) syntax and changes the match semantics to leftmost-longest.
      *
      * That is, when matching against text, the regexp returns a match that begins as early as
      * possible in the input (leftmost), and among those it chooses a match that is as long as
      * possible. This so-called leftmost-longest matching is the same semantics that early regular
      * expression implementations used and that POSIX specifies.
      *
      * However, there can be multiple leftmost-longest matches, with different submatch choices, and
      * here this package diverges from POSIX. Among the possible leftmost-longest matches, this
      * package chooses the one that a backtracking search would have found first, while POSIX
      * specifies that the match be chosen to maximize the length of the first subexpression, then the
      * second, and so on from left to right. The POSIX rule is computationally prohibitive and not
      * even well-defined. See http://swtch.com/~rsc/regexp/regexp2.html#posix
      */
      static compilePOSIX(expr) {
        return RE22.compileImpl(expr, RE2Flags.POSIX, true);
      }
      static compileImpl(expr, mode, longest) {
        let re = Parser.parse(expr, mode);
        const maxCap = re.maxCap();
        const namedGroups = re.namedGroups;
        re = Simplify.simplify(re);
        const prefilter = PrefilterTree.build(re);
        const prog = Compiler.compileRegexp(re);
        const re2 = new RE22(expr, prog, maxCap, longest);
        re2.prefilter = prefilter.type === Prefilter.Type.NONE ? null : prefilter;
        const [prefixCompl, prefixStr] = prog.prefix();
        re2.prefixComplete = prefixCompl;
        re2.prefix = prefixStr;
        re2.prefixUTF8 = Utils.stringToUtf8ByteArray(re2.prefix);
        if (re2.prefix.length > 0) re2.prefixRune = re2.prefix.codePointAt(0);
        re2.namedGroups = namedGroups;
        return re2;
      }
      /**
      * Returns true iff textual regular expression {@code pattern} matches string {@code s}.
      *
      * More complicated queries need to use {@link #compile} and the full {@code RE2} interface.
      */
      static match(pattern, s) {
        return RE22.compile(pattern).match(s);
      }
      constructor(expr, prog, numSubexp = 0, longest = 0) {
        this.expr = expr;
        this.prog = prog;
        this.numSubexp = numSubexp;
        this.longest = longest;
        this.cond = prog.startCond();
        this.prefix = null;
        this.prefixUTF8 = null;
        this.prefixComplete = false;
        this.prefixRune = 0;
        this.namedGroups = /* @__PURE__ */ Object.create(null);
        this.machinePool = [];
        this.lazyDFA = null;
        this.onepass = OnePass.compile(this.prog);
        this.prefilter = null;
      }
      get dfa() {
        if (this.lazyDFA === null) this.lazyDFA = new DFA(this.prog);
        return this.lazyDFA;
      }
      matchPrefixComplete(input, pos2, anchor, ncap) {
        if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos2 !== 0) return null;
        let matchStart = -1;
        let matchEnd = -1;
        const pLen = input.prefixLength(this);
        if (anchor === RE2Flags.UNANCHORED) {
          const idx = input.index(this, pos2);
          if (idx < 0) return null;
          matchStart = pos2 + idx;
          matchEnd = matchStart + pLen;
        } else if (anchor === RE2Flags.ANCHOR_BOTH) {
          if (input.endPos() !== pLen) return null;
          if (input.index(this, 0) !== 0) return null;
          matchStart = 0;
          matchEnd = pLen;
        } else if (anchor === RE2Flags.ANCHOR_START) {
          if (input.index(this, 0) !== 0) return null;
          matchStart = 0;
          matchEnd = pLen;
        }
        if (matchStart < 0) return null;
        if (ncap > 0) {
          const matchcap = new Int32Array(ncap).fill(-1);
          matchcap[0] = matchStart;
          matchcap[1] = matchEnd;
          return Array.from(matchcap);
        }
        return [];
      }
      createLookbehindState() {
        return this.prog.numLb > 0 ? new LookbehindState(this.prog) : null;
      }
      executeEngine(input, pos2, anchor, ncap, lbState = null) {
        if (this.prefixComplete && (ncap === 0 || this.numSubexp === 0)) return this.matchPrefixComplete(input, pos2, anchor, ncap);
        if (this.prefilter !== null && anchor === RE2Flags.UNANCHORED) {
          if (!this.prefilter.eval(input, pos2)) return null;
        }
        if (this.onepass !== null) return OnePass.execute(this, input, pos2, anchor, ncap);
        if (ncap > 0) {
          if (this.prog.numLb === 0 && input.endPos() <= Backtracker.maxBitStateLen(this.prog)) return Backtracker.execute(this, input, pos2, anchor, ncap);
          return this.doExecuteNFA(input, pos2, anchor, ncap, lbState);
        }
        if (this.prog.numLb === 0) {
          const dfaResult = this.dfa.match(input, pos2, anchor);
          if (dfaResult !== null) return dfaResult ? [] : null;
          if (input.endPos() <= Backtracker.maxBitStateLen(this.prog)) return Backtracker.execute(this, input, pos2, anchor, ncap);
        }
        return this.doExecuteNFA(input, pos2, anchor, ncap, lbState);
      }
      /**
      * Returns the number of parenthesized subexpressions in this regular expression.
      */
      numberOfCapturingGroups() {
        return this.numSubexp;
      }
      /**
      * Returns the number of instructions in this compiled regular expression program.
      */
      numberOfInstructions() {
        return this.prog.numInst();
      }
      get() {
        return this.machinePool.length > 0 ? this.machinePool.pop() : null;
      }
      reset() {
        this.machinePool.length = 0;
      }
      put(m) {
        this.machinePool.push(m);
      }
      toString() {
        return this.expr;
      }
      doExecuteNFA(input, pos2, anchor, ncap, lbState = null) {
        let m = this.get();
        if (!m) m = Machine.fromRE2(this);
        m.init(ncap);
        const cap = m.match(input, pos2, anchor, lbState) ? m.submatches() : null;
        this.put(m);
        return cap;
      }
      match(s) {
        return this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, 0) !== null;
      }
      /**
      * Matches the regular expression against input starting at position start and ending at position
      * end, with the given anchoring. Records the submatch boundaries in group, which is [start, end)
      * pairs of byte offsets. The number of boundaries needed is inferred from the size of the group
      * array. It is most efficient not to ask for submatch boundaries.
      *
      * @param input the input byte array
      * @param start the beginning position in the input
      * @param end the end position in the input
      * @param anchor the anchoring flag (UNANCHORED, ANCHOR_START, ANCHOR_BOTH)
      * @param group the array to fill with submatch positions
      * @param ngroup the number of array pairs to fill in
      * @param lbState optional state carried between successive matches over the same input (see
      *   createLookbehindState); omit it to evaluate lookbehinds from the beginning of the input
      * @returns true if a match was found
      */
      matchWithGroup(input, start, end, anchor, ngroup, lbState = null) {
        if (!(input instanceof MatcherInputBase)) {
          if (Utils.isByteArray(input)) input = MatcherInput.utf8(input);
          else input = MatcherInput.utf16(input);
        }
        return this.matchMachineInput(input, start, end, anchor, ngroup, lbState);
      }
      matchMachineInput(input, start, end, anchor, ngroup, lbState = null) {
        if (start > end) return [false, null];
        const machineInput = input.isUTF16Encoding() ? MachineInput.fromUTF16(input.asCharSequence(), 0, end) : MachineInput.fromUTF8(input.asBytes(), 0, end);
        const groupMatch = this.executeEngine(machineInput, start, anchor, 2 * ngroup, lbState);
        if (groupMatch === null) return [false, null];
        return [true, groupMatch];
      }
      /**
      * Returns true iff this regexp matches the UTF-8 byte array {@code b}.
      */
      matchUTF8(b) {
        return this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, 0) !== null;
      }
      /**
      * Returns a copy of {@code src} in which all matches for this regexp have been replaced by
      * {@code repl}. No support is provided for expressions (e.g. {@code \1} or {@code $1}) in the
      * replacement string.
      */
      replaceAll(src, repl) {
        return this.replaceAllFunc(src, () => repl, 2 * src.length + 1);
      }
      /**
      * Returns a copy of {@code src} in which only the first match for this regexp has been replaced
      * by {@code repl}. No support is provided for expressions (e.g. {@code \1} or {@code $1}) in the
      * replacement string.
      */
      replaceFirst(src, repl) {
        return this.replaceAllFunc(src, () => repl, 1);
      }
      /**
      * Returns a copy of {@code src} in which at most {@code maxReplaces} matches for this regexp have
      * been replaced by the return value of of function {@code repl} (whose first argument is the
      * matched string). No support is provided for expressions (e.g. {@code \1} or {@code $1}) in the
      * replacement string.
      */
      replaceAllFunc(src, replFunc, maxReplaces) {
        let lastMatchEnd = 0;
        let searchPos = 0;
        let out = "";
        const input = MachineInput.fromUTF16(src);
        const lbState = this.createLookbehindState();
        let numReplaces = 0;
        while (searchPos <= src.length) {
          const a = this.executeEngine(input, searchPos, RE2Flags.UNANCHORED, 2, lbState);
          if (a === null || a.length === 0) break;
          out += src.substring(lastMatchEnd, a[0]);
          if (a[1] > lastMatchEnd || a[0] === 0) {
            out += replFunc(src.substring(a[0], a[1]));
            numReplaces++;
          }
          lastMatchEnd = a[1];
          const width = input.step(searchPos) & 7;
          if (searchPos + width > a[1]) searchPos += width;
          else if (searchPos + 1 > a[1]) searchPos++;
          else searchPos = a[1];
          if (numReplaces >= maxReplaces) break;
        }
        out += src.substring(lastMatchEnd);
        return out;
      }
      pad(a) {
        if (a === null) return null;
        let n = (1 + this.numSubexp) * 2;
        if (a.length < n) {
          let a2 = new Array(n).fill(-1);
          for (let i = 0; i < a.length; i++) a2[i] = a[i];
          a = a2;
        }
        return a;
      }
      allMatches(input, n, deliverFun = (v) => v) {
        let result = [];
        const end = input.endPos();
        if (n < 0) n = end + 1;
        let pos2 = 0;
        let i = 0;
        let prevMatchEnd = -1;
        const lbState = this.createLookbehindState();
        while (i < n && pos2 <= end) {
          const matches = this.executeEngine(input, pos2, RE2Flags.UNANCHORED, this.prog.numCap, lbState);
          if (matches === null || matches.length === 0) break;
          let accept = true;
          if (matches[1] === pos2) {
            if (matches[0] === prevMatchEnd) accept = false;
            const r = input.step(pos2);
            if (r < 0) pos2 = end + 1;
            else pos2 += r & 7;
          } else pos2 = matches[1];
          prevMatchEnd = matches[1];
          if (accept) {
            result.push(deliverFun(this.pad(matches)));
            i++;
          }
        }
        return result;
      }
      /**
      * Returns an array holding the text of the leftmost match in {@code b} of this regular
      * expression.
      *
      * A return value of null indicates no match.
      */
      findUTF8(b) {
        const a = this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, 2);
        if (a === null) return null;
        return b.slice(a[0], a[1]);
      }
      /**
      * Returns a two-element array of integers defining the location of the leftmost match in
      * {@code b} of this regular expression. The match itself is at {@code b[loc[0]...loc[1]]}.
      *
      * A return value of null indicates no match.
      */
      findUTF8Index(b) {
        const a = this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, 2);
        if (a === null) return null;
        return a.slice(0, 2);
      }
      /**
      * Returns a string holding the text of the leftmost match in {@code s} of this regular
      * expression.
      *
      * If there is no match, the return value is an empty string, but it will also be empty if the
      * regular expression successfully matches an empty string. Use {@link #findIndex} or
      * {@link #findSubmatch} if it is necessary to distinguish these cases.
      */
      find(s) {
        const a = this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, 2);
        if (a === null) return "";
        return s.substring(a[0], a[1]);
      }
      /**
      * Returns a two-element array of integers defining the location of the leftmost match in
      * {@code s} of this regular expression. The match itself is at
      * {@code s.substring(loc[0], loc[1])}.
      *
      * A return value of null indicates no match.
      */
      findIndex(s) {
        return this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, 2);
      }
      /**
      * Returns an array of arrays the text of the leftmost match of the regular expression in
      * {@code b} and the matches, if any, of its subexpressions, as defined by the <a
      * href='#submatch'>Submatch</a> description above.
      *
      * A return value of null indicates no match.
      */
      findUTF8Submatch(b) {
        const a = this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, this.prog.numCap);
        if (a === null) return null;
        const ret = new Array(1 + this.numSubexp).fill(null);
        for (let i = 0; i < ret.length; i++) if (2 * i < a.length && a[2 * i] >= 0) ret[i] = b.slice(a[2 * i], a[2 * i + 1]);
        return ret;
      }
      /**
      * Returns an array holding the index pairs identifying the leftmost match of this regular
      * expression in {@code b} and the matches, if any, of its subexpressions, as defined by the the
      * <a href='#submatch'>Submatch</a> and <a href='#index'>Index</a> descriptions above.
      *
      * A return value of null indicates no match.
      */
      findUTF8SubmatchIndex(b) {
        return this.pad(this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, this.prog.numCap));
      }
      /**
      * Returns an array of strings holding the text of the leftmost match of the regular expression in
      * {@code s} and the matches, if any, of its subexpressions, as defined by the <a
      * href='#submatch'>Submatch</a> description above.
      *
      * A return value of null indicates no match.
      */
      findSubmatch(s) {
        const a = this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, this.prog.numCap);
        if (a === null) return null;
        const ret = new Array(1 + this.numSubexp).fill(null);
        for (let i = 0; i < ret.length; i++) if (2 * i < a.length && a[2 * i] >= 0) ret[i] = s.substring(a[2 * i], a[2 * i + 1]);
        return ret;
      }
      /**
      * Returns an array holding the index pairs identifying the leftmost match of this regular
      * expression in {@code s} and the matches, if any, of its subexpressions, as defined by the <a
      * href='#submatch'>Submatch</a> description above.
      *
      * A return value of null indicates no match.
      */
      findSubmatchIndex(s) {
        return this.pad(this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, this.prog.numCap));
      }
      /**
      * {@code findAllUTF8()} is the <a href='#all'>All</a> version of {@link #findUTF8}; it returns a
      * list of up to {@code n} successive matches of the expression, as defined by the <a
      * href='#all'>All</a> description above.
      *
      * A return value of null indicates no match.
      *
      * TODO(adonovan): think about defining a byte slice view class, like a read-only Go slice backed
      * by |b|.
      */
      findAllUTF8(b, n) {
        const result = this.allMatches(MachineInput.fromUTF8(b), n, (match) => b.slice(match[0], match[1]));
        if (result.length === 0) return null;
        return result;
      }
      /**
      * {@code findAllUTF8Index} is the <a href='#all'>All</a> version of {@link #findUTF8Index}; it
      * returns a list of up to {@code n} successive matches of the expression, as defined by the <a
      * href='#all'>All</a> description above.
      *
      * A return value of null indicates no match.
      */
      findAllUTF8Index(b, n) {
        const result = this.allMatches(MachineInput.fromUTF8(b), n, (match) => match.slice(0, 2));
        if (result.length === 0) return null;
        return result;
      }
      /**
      * {@code findAll} is the <a href='#all'>All</a> version of {@link #find}; it returns a list of up
      * to {@code n} successive matches of the expression, as defined by the <a href='#all'>All</a>
      * description above.
      *
      * A return value of null indicates no match.
      */
      findAll(s, n) {
        const result = this.allMatches(MachineInput.fromUTF16(s), n, (match) => s.substring(match[0], match[1]));
        if (result.length === 0) return null;
        return result;
      }
      /**
      * {@code findAllIndex} is the <a href='#all'>All</a> version of {@link #findIndex}; it returns a
      * list of up to {@code n} successive matches of the expression, as defined by the <a
      * href='#all'>All</a> description above.
      *
      * A return value of null indicates no match.
      */
      findAllIndex(s, n) {
        const result = this.allMatches(MachineInput.fromUTF16(s), n, (match) => match.slice(0, 2));
        if (result.length === 0) return null;
        return result;
      }
      /**
      * {@code findAllUTF8Submatch} is the <a href='#all'>All</a> version of {@link #findUTF8Submatch};
      * it returns a list of up to {@code n} successive matches of the expression, as defined by the <a
      * href='#all'>All</a> description above.
      *
      * A return value of null indicates no match.
      */
      findAllUTF8Submatch(b, n) {
        const result = this.allMatches(MachineInput.fromUTF8(b), n, (match) => {
          let slice = new Array(match.length / 2 | 0).fill(null);
          for (let j = 0; j < slice.length; j++) if (match[2 * j] >= 0) slice[j] = b.slice(match[2 * j], match[2 * j + 1]);
          return slice;
        });
        if (result.length === 0) return null;
        return result;
      }
      /**
      * {@code findAllUTF8SubmatchIndex} is the <a href='#all'>All</a> version of
      * {@link #findUTF8SubmatchIndex}; it returns a list of up to {@code n} successive matches of the
      * expression, as defined by the <a href='#all'>All</a> description above.
      *
      * A return value of null indicates no match.
      */
      findAllUTF8SubmatchIndex(b, n) {
        const result = this.allMatches(MachineInput.fromUTF8(b), n);
        if (result.length === 0) return null;
        return result;
      }
      /**
      * {@code findAllSubmatch} is the <a href='#all'>All</a> version of {@link #findSubmatch}; it
      * returns a list of up to {@code n} successive matches of the expression, as defined by the <a
      * href='#all'>All</a> description above.
      *
      * A return value of null indicates no match.
      */
      findAllSubmatch(s, n) {
        const result = this.allMatches(MachineInput.fromUTF16(s), n, (match) => {
          let slice = new Array(match.length / 2 | 0).fill(null);
          for (let j = 0; j < slice.length; j++) if (match[2 * j] >= 0) slice[j] = s.substring(match[2 * j], match[2 * j + 1]);
          return slice;
        });
        if (result.length === 0) return null;
        return result;
      }
      /**
      * {@code findAllSubmatchIndex} is the <a href='#all'>All</a> version of
      * {@link #findSubmatchIndex}; it returns a list of up to {@code n} successive matches of the
      * expression, as defined by the <a href='#all'>All</a> description above.
      *
      * A return value of null indicates no match.
      */
      findAllSubmatchIndex(s, n) {
        const result = this.allMatches(MachineInput.fromUTF16(s), n);
        if (result.length === 0) return null;
        return result;
      }
    };
    RE2Set = class RE2Set2 {
      /** @type {number} */
      static UNANCHORED = RE2Flags.UNANCHORED;
      /** @type {number} */
      static ANCHOR_START = RE2Flags.ANCHOR_START;
      /** @type {number} */
      static ANCHOR_BOTH = RE2Flags.ANCHOR_BOTH;
      /**
      * Constructs a new RE2Set with the specified anchor mode and flags.
      * @param {number} [anchor=RE2Set.UNANCHORED] - The anchoring mode (e.g., RE2Set.UNANCHORED).
      * @param {number} [flags=0] - The public flags to apply to all patterns in the set.
      * @param {number} [maxMem=8388608] - The maximum memory in bytes to use for the DFA (default 8MB).
      */
      constructor(anchor = RE2Set2.UNANCHORED, flags = 0, maxMem = 8388608) {
        if (![
          RE2Set2.UNANCHORED,
          RE2Set2.ANCHOR_START,
          RE2Set2.ANCHOR_BOTH
        ].includes(anchor)) throw new RE2JSFlagsException("The anchor should be RE2Set.UNANCHORED, RE2Set.ANCHOR_START or RE2Set.ANCHOR_BOTH");
        Utils.checkFlags(flags);
        this.anchor = anchor;
        this.jsFlags = flags;
        this.maxMem = maxMem;
        let re2Flags = RE2Flags.PERL;
        if ((flags & PublicFlags.DISABLE_UNICODE_GROUPS) !== 0) re2Flags &= ~RE2Flags.UNICODE_GROUPS;
        if ((flags & PublicFlags.LOOKBEHINDS) !== 0) re2Flags |= RE2Flags.LOOKBEHIND;
        this.re2Flags = re2Flags;
        this.regexps = [];
        this.prog = null;
        this.dfa = null;
        this.dummyRe2 = null;
      }
      /**
      * Adds a new regular expression pattern to the set.
      * Patterns cannot be added after the set has been compiled.
      * @param {string} pattern - The regular expression pattern to add.
      * @returns {number} The integer index assigned to the added pattern.
      * @throws {RE2JSCompileException} If patterns are added after compilation.
      */
      add(pattern) {
        if (this.prog) throw new RE2JSCompileException("Cannot add patterns after compile");
        Utils.checkPattern(pattern);
        let fregex = pattern;
        if ((this.jsFlags & PublicFlags.CASE_INSENSITIVE) !== 0) fregex = `(?i)${fregex}`;
        if ((this.jsFlags & PublicFlags.DOTALL) !== 0) fregex = `(?s)${fregex}`;
        if ((this.jsFlags & PublicFlags.MULTILINE) !== 0) fregex = `(?m)${fregex}`;
        const re = Parser.parse(fregex, this.re2Flags);
        this.regexps.push(Simplify.simplify(re));
        return this.regexps.length - 1;
      }
      /**
      * Compiles the added patterns into a single state machine.
      * This is automatically called on the first match if not called explicitly.
      * @returns {void}
      */
      compile() {
        if (this.prog) return;
        const prog = Compiler.compileSet(this.regexps);
        if (prog.numInst() > Parser.MAX_SIZE) throw new RE2JSCompileException(`${Parser.ERR_LARGE}: the set compiles to ${prog.numInst()} instructions, more than ${Parser.MAX_SIZE}`);
        this.prog = prog;
        this.dfa = new DFA(this.prog, this.maxMem);
        this.dummyRe2 = {
          prog: this.prog,
          cond: this.prog.startCond(),
          prefix: "",
          prefixRune: 0,
          longest: false
        };
      }
      /**
      * Matches the input against the compiled set of regular expressions.
      * @param {string|number[]|Uint8Array} input - The input string or UTF-8 byte array to match against.
      * @returns {number[]} An array of indices representing the patterns that successfully matched the input.
      */
      match(input) {
        if (!this.prog) this.compile();
        const machineInput = Utils.isByteArray(input) ? MachineInput.fromUTF8(input) : MachineInput.fromUTF16(input);
        let internalAnchor = RE2Flags.UNANCHORED;
        if (this.anchor === RE2Set2.ANCHOR_START) internalAnchor = RE2Flags.ANCHOR_START;
        else if (this.anchor === RE2Set2.ANCHOR_BOTH) internalAnchor = RE2Flags.ANCHOR_BOTH;
        const dfaResult = this.dfa.matchSet(machineInput, 0, internalAnchor);
        if (dfaResult !== null) return dfaResult;
        const machine = Machine.fromRE2(this.dummyRe2);
        machine.init(0);
        return machine.matchSet(machineInput, 0, internalAnchor);
      }
    };
    TranslateRegExpString = class TranslateRegExpString2 {
      static isHexadecimal(ch) {
        return "0" <= ch && ch <= "9" || "A" <= ch && ch <= "F" || "a" <= ch && ch <= "f";
      }
      static translate(data) {
        let prefixFlags = "";
        if (Object.prototype.toString.call(data) === "[object RegExp]") {
          if (data.ignoreCase) prefixFlags += "i";
          if (data.multiline) prefixFlags += "m";
          if (data.dotAll) prefixFlags += "s";
          data = data.source;
        }
        if (typeof data !== "string") return data;
        let result = "";
        let changed = false;
        let size = data.length;
        if (size === 0) {
          result = "(?:)";
          changed = true;
        }
        let inCharClass = false;
        let i = 0;
        while (i < size) {
          let ch = data[i];
          if (ch === "\\") {
            if (i + 1 < size) {
              ch = data[i + 1];
              switch (ch) {
                case "\\":
                  result += "\\\\";
                  i += 2;
                  continue;
                case "c":
                  if (i + 2 < size) {
                    let code = data[i + 2].charCodeAt(0);
                    if (code >= 65 && code <= 90 || code >= 97 && code <= 122) {
                      let val = code % 32;
                      result += "\\x";
                      result += (val >> 4).toString(16).toUpperCase();
                      result += (val & 15).toString(16).toUpperCase();
                      i += 3;
                      changed = true;
                      continue;
                    }
                  }
                  result += "c";
                  i += 2;
                  changed = true;
                  continue;
                case "u":
                  if (i + 2 < size) {
                    if (data[i + 2] === "{") {
                      let j = i + 3;
                      let hasHex = false;
                      let closed = false;
                      while (j < size) {
                        const hexChar = data[j];
                        if (hexChar === "}") {
                          closed = true;
                          break;
                        }
                        if (!TranslateRegExpString2.isHexadecimal(hexChar)) break;
                        hasHex = true;
                        j++;
                      }
                      if (closed && hasHex) {
                        result += "\\x";
                        i += 2;
                        changed = true;
                        continue;
                      }
                    } else if (i + 5 < size) {
                      let isHex4 = true;
                      for (let j = 0; j < 4; j++) if (!TranslateRegExpString2.isHexadecimal(data[i + 2 + j])) {
                        isHex4 = false;
                        break;
                      }
                      if (isHex4) {
                        result += "\\x{" + data.substring(i + 2, i + 6) + "}";
                        i += 6;
                        changed = true;
                        continue;
                      }
                    }
                  }
                  result += "u";
                  i += 2;
                  changed = true;
                  continue;
                case "x": {
                  let isValidHex = false;
                  if (i + 2 < size && data[i + 2] === "{") {
                    let j = i + 3;
                    let hasHex = false;
                    let closed = false;
                    while (j < size) {
                      const hexChar = data[j];
                      if (hexChar === "}") {
                        closed = true;
                        break;
                      }
                      if (!TranslateRegExpString2.isHexadecimal(hexChar)) break;
                      hasHex = true;
                      j++;
                    }
                    if (closed && hasHex) isValidHex = true;
                  } else if (i + 3 < size && TranslateRegExpString2.isHexadecimal(data[i + 2]) && TranslateRegExpString2.isHexadecimal(data[i + 3])) isValidHex = true;
                  if (isValidHex) {
                    result += "\\x";
                    i += 2;
                  } else {
                    result += "x";
                    i += 2;
                    changed = true;
                  }
                  continue;
                }
                case "n":
                case "r":
                case "t":
                case "a":
                case "f":
                case "v":
                case "d":
                case "D":
                case "s":
                case "S":
                case "w":
                case "W":
                case "b":
                case "B":
                case "p":
                case "P":
                case "A":
                case "z":
                case "Q":
                case "E":
                case "0":
                case "1":
                case "2":
                case "3":
                case "4":
                case "5":
                case "6":
                case "7":
                  result += "\\" + ch;
                  i += 2;
                  continue;
                default: {
                  let cp2 = data.codePointAt(i + 1);
                  if (cp2 >= 48 && cp2 <= 57 || cp2 >= 65 && cp2 <= 90 || cp2 >= 97 && cp2 <= 122) {
                    let symSize2 = Utils.charCount(cp2);
                    result += data.substring(i + 1, i + 1 + symSize2);
                    i += symSize2 + 1;
                    changed = true;
                  } else {
                    result += "\\";
                    let symSize2 = Utils.charCount(cp2);
                    result += data.substring(i + 1, i + 1 + symSize2);
                    i += symSize2 + 1;
                  }
                  continue;
                }
              }
            }
          } else if (ch === "/") {
            result += "\\/";
            i += 1;
            changed = true;
            continue;
          } else if (ch === "[") {
            if (!inCharClass && data[i + 1] === "]") {
              result += "[^\\x00-\\x{10FFFF}]";
              i += 2;
              changed = true;
              continue;
            }
            if (!inCharClass && data[i + 1] === "^" && data[i + 2] === "]") {
              result += "[\\x00-\\x{10FFFF}]";
              i += 3;
              changed = true;
              continue;
            }
            inCharClass = true;
          } else if (ch === "]") inCharClass = false;
          else if (!inCharClass && ch === "(" && i + 2 < size && data[i + 1] === "?" && data[i + 2] === "<") {
            if (i + 3 < size && !"=!>)".includes(data[i + 3])) {
              result += "(?P<";
              i += 3;
              changed = true;
              continue;
            }
          }
          let cp = data.codePointAt(i);
          let symSize = Utils.charCount(cp);
          result += data.substring(i, i + symSize);
          i += symSize;
        }
        const finalResult = changed ? result : data;
        if (prefixFlags.length > 0) return `(?${prefixFlags})${finalResult}`;
        return finalResult;
      }
    };
    execResult = (m, input) => {
      const result = m.matchArray();
      result.index = m.start(0);
      result.input = input;
      result.groups = m.namedGroupsObject();
      return result;
    };
    RE2JS = class RE2JS2 {
      /**
      * Flag: case insensitive matching.
      */
      static CASE_INSENSITIVE = PublicFlags.CASE_INSENSITIVE;
      /**
      * Flag: dot ({@code .}) matches all characters, including newline.
      */
      static DOTALL = PublicFlags.DOTALL;
      /**
      * Flag: multiline matching: {@code ^} and {@code $} match at beginning and end of line, not just
      * beginning and end of input.
      */
      static MULTILINE = PublicFlags.MULTILINE;
      /**
      * Flag: Unicode groups (e.g. {@code \p\ Greek\} ) will be syntax errors.
      */
      static DISABLE_UNICODE_GROUPS = PublicFlags.DISABLE_UNICODE_GROUPS;
      /**
      * Flag: matches longest possible string.
      */
      static LONGEST_MATCH = PublicFlags.LONGEST_MATCH;
      /**
      * Flag: enable linear-time captureless lookbehinds.
      */
      static LOOKBEHINDS = PublicFlags.LOOKBEHINDS;
      /**
      * Returns a literal pattern string for the specified string.
      *
      * This method produces a string that can be used to create a <code>RE2JS</code> that would
      * match the string <code>s</code> as if it were a literal pattern.
      *
      * Metacharacters or escape sequences in the input sequence will be given no special meaning.
      *
      * @param {string} str The string to be literalized
      * @returns {string} A literal string replacement
      */
      static quote(str) {
        return Utils.quoteMeta(str);
      }
      /**
      * Quotes '\' and '$' in {@code str}, so that the returned string could be used in
      * replacement methods as a literal replacement of {@code str}.
      *
      * This is a convenience delegation to {@link Matcher.quoteReplacement}.
      *
      * @param {string} str the string to be quoted
      * @param {boolean} [javaMode=false] whether the replacement will be used in javaMode
      * @returns {string} the quoted string
      */
      static quoteReplacement(str, javaMode = false) {
        return Matcher.quoteReplacement(str, javaMode);
      }
      /**
      * Translates a given regular expression string to ensure compatibility with RE2JS.
      *
      * This function preprocesses the input regex string by applying necessary transformations,
      * such as escaping special characters (e.g., `/`), converting named capture groups to
      * RE2JS-compatible syntax, and handling Unicode sequences properly. It ensures that the
      * resulting regex is safe and properly formatted before compilation.
      *
      * @param {string|RegExp} expr - The regular expression string to be translated.
      * @returns {string} - The transformed regular expression string, ready for compilation.
      */
      static translateRegExp(expr) {
        return TranslateRegExpString.translate(expr);
      }
      /**
      * Helper: create new RE2JS with given regex and flags. Flregex is the regex with flags applied.
      * @param {string} regex
      * @param {number} [flags=0]
      * @returns {RE2JS}
      */
      static compile(regex, flags = 0) {
        Utils.checkPattern(regex);
        Utils.checkFlags(flags);
        let fregex = regex;
        if ((flags & RE2JS2.CASE_INSENSITIVE) !== 0) fregex = `(?i)${fregex}`;
        if ((flags & RE2JS2.DOTALL) !== 0) fregex = `(?s)${fregex}`;
        if ((flags & RE2JS2.MULTILINE) !== 0) fregex = `(?m)${fregex}`;
        let re2Flags = RE2Flags.PERL;
        if ((flags & RE2JS2.DISABLE_UNICODE_GROUPS) !== 0) re2Flags &= ~RE2Flags.UNICODE_GROUPS;
        if ((flags & RE2JS2.LOOKBEHINDS) !== 0) re2Flags |= RE2Flags.LOOKBEHIND;
        const p = new RE2JS2(regex, flags);
        p.re2Input = RE2.compileImpl(fregex, re2Flags, (flags & RE2JS2.LONGEST_MATCH) !== 0);
        return p;
      }
      /**
      * Matches a string against a regular expression.
      *
      * @param {string} regex the regular expression
      * @param {string|number[]|Uint8Array} input the input
      * @returns {boolean} true if the regular expression matches the entire input
      * @throws RE2JSSyntaxException if the regular expression is malformed
      */
      static matches(regex, input) {
        return RE2JS2.compile(regex).testExact(input);
      }
      /**
      * This is visible for testing.
      * @private
      */
      static initTest(pattern, flags, re2) {
        if (pattern == null) throw new Error("pattern is null");
        if (re2 == null) throw new Error("re2 is null");
        const p = new RE2JS2(pattern, flags);
        p.re2Input = re2;
        return p;
      }
      /**
      *
      * @param {string} pattern
      * @param {number} flags
      */
      constructor(pattern, flags) {
        this.patternInput = pattern;
        this.flagsInput = flags;
        this.re2Input = null;
      }
      /**
      * Releases memory used by internal caches associated with this pattern. Does not change the
      * observable behaviour. Useful for tests that detect memory leaks via allocation tracking.
      */
      reset() {
        this.re2Input.reset();
      }
      /**
      * Returns the flags used in the constructor.
      * @returns {number}
      */
      flags() {
        return this.flagsInput;
      }
      /**
      * Returns the pattern used in the constructor.
      * @returns {string}
      */
      pattern() {
        return this.patternInput;
      }
      re2() {
        return this.re2Input;
      }
      /**
      * Matches a string against a regular expression.
      *
      * @param {string|number[]|Uint8Array} input the input
      * @returns {boolean} true if the regular expression matches the entire input
      */
      matches(input) {
        return this.testExact(input);
      }
      /**
      * Creates a new {@code Matcher} matching the pattern against the input.
      *
      * @param {string|number[]|Uint8Array|MatcherInputBase} input the input string
      * @returns {Matcher}
      */
      matcher(input) {
        if (Utils.isByteArray(input)) input = MatcherInput.utf8(input);
        return new Matcher(this, input);
      }
      /**
      * Tests whether the regular expression matches any part of the input string.
      * Performance Note: This method is highly optimized. Because it only returns
      * a boolean and does not extract capture groups, it bypasses the `Matcher` overhead
      * and guarantees execution on the high-speed DFA engine whenever possible.
      *
      * @param {string|number[]|Uint8Array} input - The input string or UTF-8 byte array to test against.
      * @returns {boolean} `true` if the pattern is found anywhere in the input, `false` otherwise.
      */
      test(input) {
        if (Utils.isByteArray(input)) return this.re2Input.matchUTF8(input);
        return this.re2Input.match(input);
      }
      /**
      * Tests whether the regular expression matches the ENTIRE input string.
      * * **Performance Note:** This operates identically to `.matches()`, but is significantly
      * faster because it does not request capture group data. By requesting 0 capture groups,
      * it securely routes execution through the DFA fast-path.
      *
      * @param {string|number[]|Uint8Array} input - The input string or UTF-8 byte array to test against.
      * @returns {boolean} `true` if the exact input string fully matches the pattern, `false` otherwise.
      */
      testExact(input) {
        const machineInput = Utils.isByteArray(input) ? MachineInput.fromUTF8(input) : MachineInput.fromUTF16(input);
        return this.re2Input.executeEngine(machineInput, 0, RE2Flags.ANCHOR_BOTH, 0) !== null;
      }
      /**
      * Executes a search for a match in a specified string.
      * Returns a result array, or null if no match is found.
      * The returned array perfectly mirrors standard JavaScript `RegExpExecArray`,
      * including `.index`, `.input`, and `.groups` properties.
      *
      * @param {string|number[]|Uint8Array} input the input string or byte array
      * @returns {Array|null} the match array with index, input, and groups properties, or null
      */
      exec(input) {
        const m = this.matcher(input);
        return m.find() ? execResult(m, input) : null;
      }
      /**
      * Splits input around instances of the regular expression. It returns an array giving the strings
      * that occur before, between, and after instances of the regular expression.
      *
      * If {@code limit <= 0}, there is no limit on the size of the returned array. If
      * {@code limit == 0}, empty strings that would occur at the end of the array are omitted. If
      * {@code limit > 0}, at most limit strings are returned. The final string contains the remainder
      * of the input, possibly including additional matches of the pattern.
      *
      * @param {string} input the input string to be split
      * @param {number} [limit=0] the limit
      * @returns {string[]} the split strings
      */
      split(input, limit = 0) {
        const m = this.matcher(input);
        const result = [];
        let emptiesSkipped = 0;
        let last = 0;
        while (m.find()) {
          if (last === 0 && m.end() === 0) {
            last = m.end();
            continue;
          }
          if (limit > 0 && result.length === limit - 1) break;
          if (last === m.start()) {
            if (limit === 0) {
              emptiesSkipped += 1;
              last = m.end();
              continue;
            }
          } else while (emptiesSkipped > 0) {
            result.push("");
            emptiesSkipped -= 1;
          }
          result.push(m.substring(last, m.start()));
          last = m.end();
        }
        if (limit === 0 && last !== m.inputLength()) {
          while (emptiesSkipped > 0) {
            result.push("");
            emptiesSkipped -= 1;
          }
          result.push(m.substring(last, m.inputLength()));
        }
        if (limit !== 0 || result.length === 0 && !(last === m.inputLength() && last > 0)) result.push(m.substring(last, m.inputLength()));
        return result;
      }
      /**
      * Returns an iterator of all results matching a string against the regular expression,
      * including capturing groups.
      *
      * @param {string|number[]|Uint8Array} input the input string or byte array
      * @returns {IterableIterator<RegExpMatchArray>}
      */
      *matchAll(input) {
        const m = this.matcher(input);
        while (m.find()) yield execResult(m, input);
      }
      /**
      *
      * @returns {string}
      */
      toString() {
        return this.patternInput;
      }
      /**
      * Returns the program size of this pattern.
      *
      * <p>
      * Similar to the C++ implementation, the program size is a very approximate measure of a regexp's
      * "cost". Larger numbers are more expensive than smaller numbers.
      * </p>
      *
      * @returns {number} the program size of this pattern
      */
      programSize() {
        return this.re2Input.numberOfInstructions();
      }
      /**
      * Returns the number of capturing groups in this matcher's pattern. Group zero denotes the entire
      * pattern and is excluded from this count.
      *
      * @returns {number} the number of capturing groups in this pattern
      */
      groupCount() {
        return this.re2Input.numberOfCapturingGroups();
      }
      /**
      * Return a map of the capturing groups in this matcher's pattern, where key is the name and value
      * is the index of the group in the pattern.
      * @returns {Record<string, number>}
      */
      namedGroups() {
        return this.re2Input.namedGroups;
      }
      /**
      *
      * @param {*} other
      * @returns {boolean}
      */
      equals(other) {
        if (this === other) return true;
        if (other === null || this.constructor !== other.constructor) return false;
        return this.flagsInput === other.flagsInput && this.patternInput === other.patternInput;
      }
    };
  }
});

// server/src/engine/organization/pattern.ts
function compilePattern(source) {
  if (source.length > MAX_PATTERN_LENGTH) return `is longer than ${MAX_PATTERN_LENGTH} characters`;
  try {
    new RegExp(source, "u");
  } catch {
    return 'is not a valid ECMAScript regular expression (with the "u" flag, as JSON Schema reads it)';
  }
  if (/\\[1-9]|\\k</.test(source)) return "uses a backreference, which cannot be matched in linear time";
  if (/\(\?<?[=!]/.test(source)) return "uses a lookahead or lookbehind, which cannot be matched in linear time";
  let compiled;
  try {
    compiled = RE2JS.compile(RE2JS.translateRegExp(source));
  } catch {
    return "uses a construct that cannot be matched in linear time (only what RE2 supports is allowed: no backreferences, no lookarounds)";
  }
  return { test: (value) => compiled.test(value) };
}
var MAX_PATTERN_LENGTH;
var init_pattern = __esm({
  "server/src/engine/organization/pattern.ts"() {
    "use strict";
    init_build();
    MAX_PATTERN_LENGTH = 1e3;
  }
});

// server/src/engine/organization/schema.ts
function compileSchema(node, problem, canonical, depth = 0) {
  if (node.type === "boolean") return Schema.always(node.value);
  if (node.type !== "object") {
    problem("A schema must be an object (or true or false).", node);
    return Schema.always(true);
  }
  if (depth >= MAX_SCHEMA_DEPTH) {
    problem(`Schemas nest more than ${MAX_SCHEMA_DEPTH} deep here; a policy's schema may nest at most ${MAX_SCHEMA_DEPTH} levels.`, node);
    return Schema.always(true);
  }
  const schema = new Schema();
  const sub = (value) => compileSchema(value, problem, canonical, depth + 1);
  const list2 = (key, value) => {
    if (value.type !== "array" || !value.children?.length) {
      problem(`"${key.value}" must be a non-empty array of schemas.`, value);
      return [];
    }
    return value.children.map(sub);
  };
  const count = (key, value) => {
    if (value.type === "number" && Number.isInteger(value.value) && value.value >= 0) return value.value;
    problem(`"${key.value}" must be a whole number of 0 or more.`, value);
    return void 0;
  };
  const bound = (key, value) => {
    if (value.type === "number" && Number.isFinite(value.value)) return value.value;
    problem(`"${key.value}" must be a number.`, value);
    return void 0;
  };
  const seen = /* @__PURE__ */ new Set();
  for (const property of node.children ?? []) {
    const [key, value] = property.children ?? [];
    if (!key || !value) continue;
    const name = key.value;
    if (seen.has(name)) problem(`"${name}" is given twice in this schema.`, key);
    seen.add(name);
    switch (name) {
      case "type": {
        const names = value.type === "array" ? value.children ?? [] : [value];
        if (!names.length || names.some((n) => n.type !== "string" || !JSON_TYPES.includes(n.value))) {
          problem(`"type" must be one of ${JSON_TYPES.map((t) => `"${t}"`).join(", ")}, or an array of them.`, value);
        } else {
          for (const n of names) schema.typeBits |= TYPE_BITS[n.value];
        }
        break;
      }
      case "enum":
        if (value.type !== "array") {
          problem('"enum" must be an array of the allowed values.', value);
        } else {
          const members = value.children ?? [];
          schema.enum = new Set(members.filter((m) => !isPrimitive(m)).map(canonical));
          schema.enumPrimitives = new Set(members.filter(isPrimitive).map((m) => m.value ?? null));
        }
        break;
      case "const":
        schema.const = canonical(value);
        schema.constIsPrimitive = isPrimitive(value);
        schema.constValue = schema.constIsPrimitive ? value.value ?? null : void 0;
        break;
      case "pattern": {
        if (value.type !== "string") {
          problem('"pattern" must be a string: a regular expression.', value);
          break;
        }
        const pattern = compilePattern(value.value);
        if (typeof pattern === "string") problem(`The pattern ${shortJson(value.value)} ${pattern}.`, value);
        else schema.pattern = pattern;
        break;
      }
      case "minimum":
      case "maximum":
      case "exclusiveMinimum":
      case "exclusiveMaximum":
        schema[name] = bound(key, value);
        break;
      case "minLength":
      case "maxLength":
      case "minItems":
      case "maxItems":
        schema[name] = count(key, value);
        break;
      case "uniqueItems":
      case "additionalProperties":
        if (value.type !== "boolean") problem(`"${name}" must be true or false.`, value);
        else schema[name] = value.value;
        break;
      case "items":
        if (value.type === "array") problem('"items" must be one schema that every element satisfies (2020-12; an array of schemas is "prefixItems", which is not supported).', value);
        else schema.items = sub(value);
        break;
      case "contains":
      case "not":
      case "if":
      case "then":
      case "else":
        schema[name] = sub(value);
        break;
      case "allOf":
      case "anyOf":
      case "oneOf":
        schema[name] = list2(key, value);
        break;
      case "properties": {
        if (value.type !== "object") {
          problem('"properties" must be an object of property name to schema.', value);
          break;
        }
        const properties = /* @__PURE__ */ new Map();
        for (const entry of value.children ?? []) {
          const [propertyKey, propertySchema] = entry.children ?? [];
          if (propertyKey && propertySchema) properties.set(propertyKey.value, sub(propertySchema));
        }
        schema.properties = properties;
        break;
      }
      case "required":
        if (value.type !== "array" || (value.children ?? []).some((n) => n.type !== "string")) problem('"required" must be an array of property names.', value);
        else schema.required = [...new Set((value.children ?? []).map((n) => n.value))];
        break;
      default:
        if (!SCHEMA_ANNOTATIONS.includes(name)) {
          problem(`Unknown schema keyword ${shortJson(name)}; allowed: ${SCHEMA_KEYWORDS.join(", ")} (and the annotations ${SCHEMA_ANNOTATIONS.join(", ")}).`, key);
        }
    }
  }
  return schema;
}
function satisfies(schema, node, values) {
  if (schema.always !== void 0) return schema.always;
  const type = node.type;
  if (schema.typeBits !== 0) {
    let bits = TYPE_BITS[type];
    if (type === "number" && Number.isInteger(node.value)) bits |= TYPE_BITS.integer;
    if ((schema.typeBits & bits) === 0) return false;
  }
  const primitive = type !== "object" && type !== "array";
  if (schema.const !== void 0) {
    if (schema.constIsPrimitive ? !primitive || (node.value ?? null) !== schema.constValue : primitive || values.canonical(node) !== schema.const) return false;
  }
  if (schema.enum !== void 0 && !(primitive ? schema.enumPrimitives.has(node.value ?? null) : schema.enum.has(values.canonical(node)))) return false;
  if (type === "number") {
    const n = node.value;
    if (schema.minimum !== void 0 && !(n >= schema.minimum)) return false;
    if (schema.maximum !== void 0 && !(n <= schema.maximum)) return false;
    if (schema.exclusiveMinimum !== void 0 && !(n > schema.exclusiveMinimum)) return false;
    if (schema.exclusiveMaximum !== void 0 && !(n < schema.exclusiveMaximum)) return false;
  } else if (type === "string") {
    const s = node.value;
    if (schema.minLength !== void 0 || schema.maxLength !== void 0) {
      const length = codePoints(s);
      if (schema.minLength !== void 0 && length < schema.minLength) return false;
      if (schema.maxLength !== void 0 && length > schema.maxLength) return false;
    }
    if (schema.pattern !== void 0 && !schema.pattern.test(s)) return false;
  } else if (type === "array") {
    const items = node.children ?? [];
    if (schema.minItems !== void 0 && items.length < schema.minItems) return false;
    if (schema.maxItems !== void 0 && items.length > schema.maxItems) return false;
    if (schema.uniqueItems === true && items.length > 1) {
      const seen = /* @__PURE__ */ new Set();
      for (let i = 0; i < items.length; i++) {
        const canonical = values.canonical(items[i]);
        if (seen.has(canonical)) return false;
        seen.add(canonical);
      }
    }
    const every = schema.items;
    if (every !== void 0) {
      for (let i = 0; i < items.length; i++) if (!satisfies(every, items[i], values)) return false;
    }
    const contains = schema.contains;
    if (contains !== void 0) {
      let found = false;
      for (let i = 0; i < items.length && !found; i++) found = satisfies(contains, items[i], values);
      if (!found) return false;
    }
  } else if (type === "object") {
    if (schema.required !== void 0 || schema.properties !== void 0 || schema.additionalProperties === false) {
      const entries = values.entries(node);
      const required2 = schema.required;
      if (required2 !== void 0) {
        for (let i = 0; i < required2.length; i++) if (!entries.has(required2[i])) return false;
      }
      const properties = schema.properties;
      if (properties !== void 0 || schema.additionalProperties === false) {
        for (const [key, value] of entries) {
          const property = properties?.get(key);
          if (property !== void 0) {
            if (!satisfies(property, value, values)) return false;
          } else if (schema.additionalProperties === false) {
            return false;
          }
        }
      }
    }
  }
  if (schema.not !== void 0 && satisfies(schema.not, node, values)) return false;
  const allOf = schema.allOf;
  if (allOf !== void 0) {
    for (let i = 0; i < allOf.length; i++) if (!satisfies(allOf[i], node, values)) return false;
  }
  const anyOf = schema.anyOf;
  if (anyOf !== void 0) {
    let passed = false;
    for (let i = 0; i < anyOf.length && !passed; i++) passed = satisfies(anyOf[i], node, values);
    if (!passed) return false;
  }
  const oneOf = schema.oneOf;
  if (oneOf !== void 0) {
    let passed = 0;
    for (let i = 0; i < oneOf.length; i++) if (satisfies(oneOf[i], node, values) && ++passed > 1) return false;
    if (passed !== 1) return false;
  }
  if (schema.if !== void 0) {
    const branch = satisfies(schema.if, node, values) ? schema.then : schema.else;
    if (branch !== void 0 && !satisfies(branch, node, values)) return false;
  }
  return true;
}
function isPrimitive(node) {
  return node.type !== "object" && node.type !== "array";
}
function codePoints(s) {
  let length = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 55296 && c <= 56319 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 56320 && d <= 57343) {
        length--;
        i++;
      }
    }
  }
  return length;
}
function shortJson(value) {
  const json2 = JSON.stringify(value) ?? String(value);
  return json2.length > 80 ? `${json2.slice(0, 77)}...` : json2;
}
var Schema, TYPE_BITS, JSON_TYPES, SCHEMA_KEYWORDS, SCHEMA_ANNOTATIONS, MAX_SCHEMA_DEPTH;
var init_schema = __esm({
  "server/src/engine/organization/schema.ts"() {
    "use strict";
    init_pattern();
    Schema = class _Schema {
      // Every field is set in the constructor, in one order, so that all schemas share one hidden
      // class and `satisfies` reads them monomorphically (it runs for every value a policy matches).
      /** `true` or `false` as a whole schema; undefined for an object schema. */
      always = void 0;
      /** `type`, as a bit set of TYPE_BITS; 0 when absent. */
      typeBits = 0;
      /** `enum` and `const`: canonical forms of objects and arrays (see JsonValues.canonical), and primitives as they are. */
      enum = void 0;
      enumPrimitives = void 0;
      const = void 0;
      /** True when `const` is a primitive: then `constValue` is compared with `===` (numbers by value). */
      constIsPrimitive = false;
      constValue = void 0;
      pattern = void 0;
      minimum = void 0;
      maximum = void 0;
      exclusiveMinimum = void 0;
      exclusiveMaximum = void 0;
      minLength = void 0;
      maxLength = void 0;
      minItems = void 0;
      maxItems = void 0;
      uniqueItems = void 0;
      items = void 0;
      contains = void 0;
      properties = void 0;
      required = void 0;
      additionalProperties = void 0;
      not = void 0;
      allOf = void 0;
      anyOf = void 0;
      oneOf = void 0;
      if = void 0;
      then = void 0;
      else = void 0;
      static always(value) {
        const schema = new _Schema();
        schema.always = value;
        return schema;
      }
    };
    TYPE_BITS = { null: 1, boolean: 2, object: 4, array: 8, number: 16, string: 32, integer: 64 };
    JSON_TYPES = ["null", "boolean", "object", "array", "number", "string", "integer"];
    SCHEMA_KEYWORDS = [
      "type",
      "enum",
      "const",
      "pattern",
      "minimum",
      "maximum",
      "exclusiveMinimum",
      "exclusiveMaximum",
      "minLength",
      "maxLength",
      "minItems",
      "maxItems",
      "uniqueItems",
      "items",
      "contains",
      "properties",
      "required",
      "additionalProperties",
      "not",
      "allOf",
      "anyOf",
      "oneOf",
      "if",
      "then",
      "else"
    ];
    SCHEMA_ANNOTATIONS = ["title", "description", "$comment", "examples", "default"];
    MAX_SCHEMA_DEPTH = 32;
  }
});

// server/src/engine/organization/policy.ts
function readPolicy(node, problem, canonical) {
  let problems = 0;
  const report = (message2, at) => {
    problems++;
    problem(message2, at);
  };
  if (node.type !== "object") {
    report('A policy must be an object with "id", "message", "given" and "schema".', node);
    return void 0;
  }
  const fields = /* @__PURE__ */ new Map();
  for (const property of node.children ?? []) {
    const [key, value] = property.children ?? [];
    if (!key || !value) continue;
    const name = key.value;
    if (!POLICY_KEYS.includes(name)) report(`Unknown policy key ${shortJson(name)}; allowed: ${POLICY_KEYS.map((k) => `"${k}"`).join(", ")}.`, key);
    else if (fields.has(name)) report(`"${name}" is given twice in this policy.`, key);
    else fields.set(name, { key, value });
  }
  const missing = ["id", "message", "given", "schema"].filter((k) => !fields.has(k));
  if (missing.length) report(`A policy needs ${missing.map((k) => `"${k}"`).join(", ")}.`, { offset: node.offset, length: 1 });
  const idNode = fields.get("id")?.value;
  let id = "";
  if (idNode) {
    if (idNode.type !== "string" || !POLICY_ID.test(idNode.value)) {
      report(`A policy id must be PREFIX/NAME in lower-case letters, digits and "-", such as "contoso/eu-only", not ${shortJson(idNode.value ?? null)}.`, idNode);
    } else if (BUILT_IN_PREFIXES.includes(idNode.value.split("/")[0])) {
      report(`The prefix "${idNode.value.split("/")[0]}/" belongs to the built-in rules; give the policy a prefix of your own, such as your organization's name.`, idNode);
    } else {
      id = idNode.value;
    }
  }
  const messageNode = fields.get("message")?.value;
  let message = "";
  if (messageNode) {
    if (messageNode.type !== "string" || !messageNode.value.trim()) report('"message" must be a non-empty string: what the finding says.', messageNode);
    else if (messageNode.value.length > MAX_MESSAGE_LENGTH) report(`"message" must be at most ${MAX_MESSAGE_LENGTH} characters.`, messageNode);
    else message = messageNode.value.trim();
  }
  const givenNode = fields.get("given")?.value;
  let given = [];
  if (givenNode) {
    if (givenNode.type !== "string") {
      report('"given" must be a path such as "$.stores[*]".', givenNode);
    } else {
      const parsed = parseGivenPath(givenNode.value);
      if ("problem" in parsed) report(`The path ${shortJson(givenNode.value)} ${parsed.problem} (at character ${parsed.at + 1}); a path is "$" followed by .NAME, ["NAME"], [N], [*] or .*.`, givenNode);
      else given = parsed;
    }
  }
  const schemaNode = fields.get("schema")?.value;
  const schema = schemaNode ? compileSchema(schemaNode, report, canonical) : Schema.always(true);
  const severityNode = fields.get("severity")?.value;
  let severity = "error";
  if (severityNode) {
    if (severityNode.type !== "string" || !SEVERITIES.includes(severityNode.value)) {
      report(`A policy's "severity" must be one of ${SEVERITIES.map((s) => `"${s}"`).join(", ")} (turn it off in "rules").`, severityNode);
    } else {
      severity = severityNode.value;
    }
  }
  const editionsNode = fields.get("editions")?.value;
  let editions = EDITIONS;
  if (editionsNode) {
    const items = editionsNode.type === "array" ? editionsNode.children ?? [] : [];
    if (!items.length || items.some((n) => n.type !== "string" || !EDITIONS.includes(n.value))) {
      report(`"editions" must be a non-empty array of ${EDITIONS.map((e) => `"${e}"`).join(", ")}.`, editionsNode);
    } else {
      editions = EDITIONS.filter((edition) => items.some((n) => n.value === edition));
    }
  }
  const docsNode = fields.get("docs")?.value;
  let docs;
  if (docsNode) {
    if (docsNode.type !== "string" || !isWebUrl(docsNode.value)) {
      report('"docs" must be an http or https URL.', docsNode);
    } else {
      docs = docsNode.value;
    }
  }
  if (problems || !idNode) return void 0;
  return { rule: policyRule({ id, message, given, schema, severity, editions, docs }), idNode };
}
function isWebUrl(text2) {
  if (text2.length > MAX_DOCS_LENGTH) return false;
  try {
    const url = new URL(text2);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}
function policyRule(policy) {
  return {
    meta: {
      id: policy.id,
      editions: policy.editions,
      severity: policy.severity,
      policySection: "Organization policy (privacy-lint.config.json)",
      summary: policy.message,
      rationale: "A policy of your organization, stricter than the published one, from the settings file.",
      docs: policy.docs,
      organization: true
    },
    check(ctx) {
      const root = ctx.doc.root;
      if (!root || ctx.doc.errors.length) return;
      const values = ctx.memo(VALUES_OF_LINT, () => new JsonValues());
      const matched = matchGivenPath(root, policy.given, values);
      for (let i = 0; i < matched.length; i++) {
        const { node, path: path12 } = matched[i];
        if (!satisfies(policy.schema, node, values)) ctx.reportRange(path12, node.offset, node.length, policy.message);
      }
    }
  };
}
var BUILT_IN_PREFIXES, POLICY_ID, POLICY_KEYS, MAX_MESSAGE_LENGTH, MAX_DOCS_LENGTH, VALUES_OF_LINT;
var init_policy = __esm({
  "server/src/engine/organization/policy.ts"() {
    "use strict";
    init_types();
    init_givenPath();
    init_jsonValue();
    init_schema();
    BUILT_IN_PREFIXES = [
      "syntax",
      "schema",
      "edition",
      "tenant",
      "geography",
      "stores",
      "residency",
      "migration",
      "storage",
      "retention",
      "deletion",
      "processing",
      "restrict",
      "suppression"
    ];
    POLICY_ID = /^[a-z0-9-]+\/[a-z0-9-]+$/;
    POLICY_KEYS = ["id", "message", "given", "schema", "severity", "editions", "docs"];
    MAX_MESSAGE_LENGTH = 1e3;
    MAX_DOCS_LENGTH = 2e3;
    VALUES_OF_LINT = {};
  }
});

// server/src/engine/settings.ts
function addProblem(layer, message, at) {
  layer.problems.push({ message, offset: at.offset, length: at.length, range: layer.lines.rangeOf(at.offset, at.length), file: layer.file });
}
function readSettingsLayer(text2, file) {
  const layer = { file, rules: /* @__PURE__ */ new Map(), policies: [], problems: [], lines: new LineIndex(text2) };
  const problem = (message, at) => addProblem(layer, message, at);
  const errors2 = [];
  let root;
  try {
    root = parseTree2(text2, errors2, PARSE_OPTIONS);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    problem("The settings file is nested too deeply to read.", { offset: 0, length: 0 });
    return layer;
  }
  for (const error of errors2) problem(`${describeParseError(error)}.`, error);
  if (errors2.length) return layer;
  if (root?.type !== "object") {
    problem('The settings file must hold an object such as { "edition": "2020-09", "rules": { "retention/telemetry": "warning" } }.', root ?? { offset: 0, length: 0 });
    return layer;
  }
  const values = new JsonValues();
  const canonical = (node) => values.canonical(node);
  const seen = /* @__PURE__ */ new Set();
  for (const property of root.children ?? []) {
    const [key, value] = property.children ?? [];
    if (!key || !value) continue;
    const name = key.value;
    if (seen.has(name)) {
      problem(`${shortJson(name)} is given twice.`, key);
      continue;
    }
    seen.add(name);
    switch (name) {
      case "$schema":
        break;
      case "edition":
        if (value.type === "string" && EDITIONS.includes(value.value)) layer.edition = value.value;
        else problem(`"edition" must be "2018-05" or "2020-09", not ${shortJson(value.value ?? null)}.`, value);
        break;
      case "rules":
        readRules(value, layer, problem);
        break;
      case "policies":
        if (value.type !== "array") {
          problem('"policies" must be an array of policies, each { "id", "message", "given", "schema" }.', value);
          break;
        }
        for (const element of value.children ?? []) {
          const entry = readPolicy(element, problem, canonical);
          if (entry) layer.policies.push(entry);
        }
        break;
      case "extends":
        if (value.type !== "string" || !isRelativePath(value.value)) {
          problem('"extends" must be the relative path of another settings file, such as "../privacy-lint.base.json" (never a package or a URL).', value);
        } else {
          layer.extends = { path: value.value, offset: value.offset, length: value.length };
        }
        break;
      default:
        problem(`Unknown setting ${shortJson(name)}; allowed: ${SETTINGS_KEYS.filter((k) => k !== "$schema").map((k) => `"${k}"`).join(", ")}.`, key);
    }
  }
  return layer;
}
function isRelativePath(text2) {
  if (!text2 || text2.length > 1e3 || text2.includes("\0")) return false;
  if (/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(text2)) return false;
  if (text2.startsWith("/") || text2.startsWith("\\")) return false;
  return true;
}
function readRules(node, layer, problem) {
  if (node.type !== "object") {
    problem('"rules" must be an object of rule id to severity, e.g. { "retention/telemetry": "warning" }.', node);
    return;
  }
  for (const property of node.children ?? []) {
    const [key, value] = property.children ?? [];
    if (!key || !value) continue;
    const id = key.value;
    if (layer.rules.has(id)) {
      problem(`The rule ${shortJson(id)} is given twice.`, key);
      continue;
    }
    let severityNode = value;
    let optionsNode;
    if (value.type === "array") {
      const items = value.children ?? [];
      if (items.length < 1 || items.length > 2) {
        problem(`The entry of ${shortJson(id)} must be a severity or [SEVERITY, OPTIONS].`, value);
        continue;
      }
      [severityNode, optionsNode] = items;
    }
    if (severityNode.type !== "string" || !SEVERITY_SETTINGS.includes(severityNode.value)) {
      problem(`The severity of ${shortJson(id)} must be one of ${SEVERITY_SETTINGS.map((s) => `"${s}"`).join(", ")}, not ${shortJson(severityNode.value ?? null)}.`, severityNode);
      continue;
    }
    const entry = { severity: severityNode.value, key: { offset: key.offset, length: key.length } };
    if (optionsNode) {
      entry.optionsAt = { offset: optionsNode.offset, length: optionsNode.length };
      const rule = ruleById(id);
      if (rule) {
        const options = readRuleOptions(rule, optionsNode, problem);
        if (!options) continue;
        entry.options = options;
      }
    }
    layer.rules.set(id, entry);
  }
}
function readRuleOptions(rule, node, problem) {
  const specs = rule.meta.options;
  if (!specs?.length) {
    problem(`${rule.meta.id} takes no options; rules with options: ${RULES.filter((r) => r.meta.options).map((r) => r.meta.id).join(", ")}.`, node);
    return void 0;
  }
  if (node.type !== "object") {
    problem(`The options of ${rule.meta.id} must be an object such as ${exampleOptions(rule)}.`, node);
    return void 0;
  }
  const options = {};
  let ok = true;
  for (const property of node.children ?? []) {
    const [key, value] = property.children ?? [];
    if (!key || !value) continue;
    const spec = specs.find((s) => s.name === key.value);
    if (!spec) {
      problem(`Unknown option ${shortJson(key.value)} of ${rule.meta.id}; it takes ${specs.map((s) => `"${s.name}"`).join(", ")}.`, key);
      ok = false;
    } else if (spec.kind === "maxDays") {
      const n = value.value;
      if (value.type !== "number" || !Number.isInteger(n) || n < 1) {
        problem(`"${spec.name}" of ${rule.meta.id} must be a whole number of days from 1 to ${spec.limit}, not ${shortJson(n ?? null)}.`, value);
        ok = false;
      } else if (n > spec.limit) {
        problem(`"${spec.name}" of ${rule.meta.id} is ${n}, looser than the published limit of ${spec.limit} days; an organization may only be stricter (a disable comment with a reason is for exceptions).`, value);
        ok = false;
      } else {
        options.maxDays = n;
      }
    } else {
      const items = value.type === "array" ? value.children ?? [] : void 0;
      if (!items || items.some((item) => item.type !== "string" || !item.value.trim())) {
        problem(`"${spec.name}" of ${rule.meta.id} must be an array of non-empty strings.`, value);
        ok = false;
      } else {
        options.forbidden = items.map((item) => item.value.toLowerCase());
      }
    }
  }
  return ok ? options : void 0;
}
function exampleOptions(rule) {
  const spec = rule.meta.options[0];
  return spec.kind === "maxDays" ? `{ "${spec.name}": ${Math.min(spec.limit, 14)} }` : `{ "${spec.name}": ["advertising"] }`;
}
function mergeSettingsLayers(layers) {
  const problems = [];
  for (const layer of layers) problems.push(...layer.problems);
  const policies = [];
  const policyIds = /* @__PURE__ */ new Set();
  for (const layer of layers) {
    for (const { rule, idNode } of layer.policies) {
      if (policyIds.has(rule.meta.id)) {
        addProblem(layer, `The policy id ${shortJson(rule.meta.id)} is used twice${layers.length > 1 ? " in this chain of settings files" : ""}; each policy needs its own id.`, idNode);
        problems.push(layer.problems[layer.problems.length - 1]);
        continue;
      }
      policyIds.add(rule.meta.id);
      policies.push(rule);
    }
  }
  const settings = {};
  const rules = {};
  const ruleOptions = {};
  const ids = [...RULES.map((r) => r.meta.id), ...policyIds];
  for (const layer of layers) {
    if (layer.edition) settings.edition = layer.edition;
    for (const [id, entry] of layer.rules) {
      const before = layer.problems.length;
      if (policyIds.has(id)) {
        if (entry.optionsAt) addProblem(layer, `${shortJson(id)} is a policy: a policy takes no options (its schema says what it checks).`, entry.optionsAt);
      } else if (!ruleById(id)) {
        const near = closeMatches(id, ids, 3);
        addProblem(layer, `Unknown rule ${shortJson(id)}${near.length ? `; did you mean ${JSON.stringify(near[0])}?` : "; a rule id is a built-in rule or the id of a policy."}`, entry.key);
      }
      if (layer.problems.length > before) {
        problems.push(...layer.problems.slice(before));
        continue;
      }
      rules[id] = entry.severity;
      if (entry.options) ruleOptions[id] = entry.options;
    }
  }
  if (problems.length) return { settings: {}, problems };
  if (Object.keys(rules).length) settings.rules = rules;
  if (Object.keys(ruleOptions).length) settings.ruleOptions = ruleOptions;
  if (policies.length) settings.policies = policies;
  return { settings, problems };
}
function fileProblem(message, file, at) {
  if (at) {
    return { message, offset: at.offset, length: at.length, range: at.layer.lines.rangeOf(at.offset, at.length), file: at.layer.file };
  }
  const start = { line: 0, character: 0 };
  return { message, offset: 0, length: 0, range: { start, end: start }, file };
}
var SETTINGS_FILE_NAME, MAX_SETTINGS_FILE_BYTES, MAX_EXTENDS_DEPTH, SETTINGS_KEYS, SEVERITY_SETTINGS;
var init_settings = __esm({
  "server/src/engine/settings.ts"() {
    "use strict";
    init_main();
    init_parse();
    init_lines();
    init_rules();
    init_types();
    init_distance();
    init_policy();
    init_schema();
    init_jsonValue();
    SETTINGS_FILE_NAME = "privacy-lint.config.json";
    MAX_SETTINGS_FILE_BYTES = 1024 * 1024;
    MAX_EXTENDS_DEPTH = 16;
    SETTINGS_KEYS = ["$schema", "edition", "rules", "policies", "extends"];
    SEVERITY_SETTINGS = [...SEVERITIES, "off"];
  }
});

// server/src/engine/compare.ts
function compareEditions(text2, options = {}) {
  const doc = parseDocument2(text2);
  const target = editionOf(doc.root, options.defaultEdition ?? DEFAULT_EDITION);
  const results = new Map(EDITIONS.map((edition) => [edition, lintDocument(doc, { ...options, forceEdition: edition })]));
  const keyOf = (d) => `${d.rule}\0${JSON.stringify(d.path)}`;
  const differences = [];
  for (const edition of EDITIONS) {
    const others = /* @__PURE__ */ new Map();
    for (const other of EDITIONS) {
      if (other === edition) continue;
      for (const d of results.get(other).diagnostics) if (!d.suppression) others.set(keyOf(d), (others.get(keyOf(d)) ?? 0) + 1);
    }
    for (const d of results.get(edition).diagnostics) {
      if (d.suppression) continue;
      const count = others.get(keyOf(d)) ?? 0;
      if (count > 0) others.set(keyOf(d), count - 1);
      else differences.push({ edition, diagnostic: d });
    }
  }
  differences.sort((a, b) => a.diagnostic.offset - b.diagnostic.offset || (a.edition < b.edition ? -1 : 1));
  return { target, targetResult: results.get(target), differences };
}
var init_compare = __esm({
  "server/src/engine/compare.ts"() {
    "use strict";
    init_check();
    init_lint();
    init_parse();
    init_types();
  }
});

// server/src/engine/docs.ts
function ruleAnchor(id) {
  return id.replace(/[^a-z0-9]+/gi, "-").toLowerCase();
}
function ruleDocsUrl(id) {
  return `${REPOSITORY_URL}/blob/main/docs/rules.md#${ruleAnchor(id)}`;
}
var REPOSITORY_URL;
var init_docs = __esm({
  "server/src/engine/docs.ts"() {
    "use strict";
    REPOSITORY_URL = "https://github.com/tenant-privacy/tenant-privacy";
  }
});

// server/src/engine/index.ts
var init_engine = __esm({
  "server/src/engine/index.ts"() {
    "use strict";
    init_types();
    init_lint();
    init_parse();
    init_fix();
    init_settings();
    init_compare();
    init_rules();
    init_docs();
    init_docs();
    init_lines();
    init_suppressions();
    init_escape();
  }
});

// server/src/cli/fingerprint.ts
function hash2(file, rule, pathJson, occurrence, onlyIn) {
  let text2 = `${FINGERPRINT_VERSION}\0${file}\0${rule}\0${pathJson}\0${occurrence}`;
  if (onlyIn !== void 0) text2 += `\0only-in:${onlyIn}`;
  return sha256Hex(text2).slice(0, FINGERPRINT_LENGTH);
}
function fingerprintDiagnostics(file, diagnostics, onlyIn) {
  const seen = /* @__PURE__ */ new Map();
  const prints = new Array(diagnostics.length);
  for (let index = 0; index < diagnostics.length; index++) {
    const d = diagnostics[index];
    const edition = onlyIn?.(index);
    const pathJson = JSON.stringify(d.path);
    const key = edition === void 0 ? `${d.rule}\0${pathJson}` : `${d.rule}\0${pathJson}\0${edition}`;
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    prints[index] = hash2(file, d.rule, pathJson, occurrence, edition);
  }
  return prints;
}
function withFingerprints(file, diagnostics) {
  const prints = fingerprintDiagnostics(file, diagnostics);
  const reported = diagnostics;
  for (let index = 0; index < reported.length; index++) reported[index].fingerprint = prints[index];
  return reported;
}
var crypto, FINGERPRINT_VERSION, FINGERPRINT_LENGTH, oneShot, sha256Hex, FINGERPRINT_PATTERN;
var init_fingerprint = __esm({
  "server/src/cli/fingerprint.ts"() {
    "use strict";
    crypto = __toESM(require("node:crypto"));
    FINGERPRINT_VERSION = "privacyLint/v1";
    FINGERPRINT_LENGTH = 32;
    oneShot = crypto.hash;
    sha256Hex = oneShot ? (text2) => oneShot("sha256", text2) : (text2) => crypto.createHash("sha256").update(text2).digest("hex");
    FINGERPRINT_PATTERN = new RegExp(`^[0-9a-f]{${FINGERPRINT_LENGTH}}$`);
  }
});

// server/src/cli/formatters/jsonPath.ts
function jsonPathExpression(path12) {
  let expression = "$";
  for (const segment of path12) {
    if (typeof segment === "number") expression += `[${segment}]`;
    else if (MEMBER_NAME.test(segment)) expression += `.${segment}`;
    else expression += `['${segment.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}']`;
  }
  return expression;
}
var MEMBER_NAME;
var init_jsonPath = __esm({
  "server/src/cli/formatters/jsonPath.ts"() {
    "use strict";
    MEMBER_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
  }
});

// server/src/cli/baseline.ts
function baselineLine(finding) {
  const file = /\s|^"/.test(finding.file) ? JSON.stringify(finding.file) : finding.file;
  return [finding.fingerprint, finding.rule, file, jsonPathExpression(finding.path)].join(SEPARATOR);
}
function formatBaseline(findings) {
  const sorted = [...findings].sort(byFinding);
  const seen = /* @__PURE__ */ new Set();
  const lines = [BASELINE_HEADER];
  for (const finding of sorted) {
    if (seen.has(finding.fingerprint)) continue;
    seen.add(finding.fingerprint);
    lines.push(baselineLine(finding));
  }
  return `${lines.join("\n")}
`;
}
function parseBaseline(text2, display) {
  const pieces = text2 === "" ? [] : text2.split(/(?<=\n)/);
  const lines = pieces.map((piece) => piece.replace(/\r?\n$/, ""));
  const ends = pieces.map((piece, index) => piece.slice(lines[index].length));
  const entries = [];
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (!line || line.startsWith("#")) return;
    const where = `${display}:${index + 1}`;
    const [fingerprint, rule] = line.split(/\s+/, 2);
    if (!FINGERPRINT_PATTERN.test(fingerprint)) {
      throw new BaselineError(`${where}: not a baseline entry; each line starts with a ${FINGERPRINT_LENGTH}-digit hexadecimal fingerprint (write the file with --write-baseline)`);
    }
    const file = fileColumn(line, fingerprint.length, rule);
    if (!rule || file === void 0) throw new BaselineError(`${where}: a baseline entry is "fingerprint  rule  file  path"; this line has no ${rule ? "file" : "rule"}`);
    entries.push({ fingerprint, file, line: index + 1, text: raw });
  });
  return { entries, lines, ends };
}
function fileColumn(line, fingerprintLength, rule) {
  if (!rule) return void 0;
  const rest = line.slice(line.indexOf(rule, fingerprintLength) + rule.length).trimStart();
  if (!rest) return void 0;
  if (rest.startsWith('"')) {
    const end = closingQuote2(rest);
    if (end < 0) return void 0;
    try {
      return JSON.parse(rest.slice(0, end + 1));
    } catch {
      return void 0;
    }
  }
  return rest.split(/\s/, 1)[0];
}
function closingQuote2(text2) {
  for (let i = 1; i < text2.length; i++) {
    if (text2[i] === "\\") i++;
    else if (text2[i] === '"') return i;
  }
  return -1;
}
function withoutLines(baseline, remove) {
  let text2 = "";
  for (let index = 0; index < baseline.lines.length; index++) {
    if (!remove.has(index + 1)) text2 += baseline.lines[index] + baseline.ends[index];
  }
  return text2;
}
function byFinding(a, b) {
  return ordinal(a.file, b.file) || compareJsonPaths(a.path, b.path) || ordinal(a.rule, b.rule) || ordinal(a.fingerprint, b.fingerprint);
}
function compareJsonPaths(a, b) {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (typeof x === "number" && typeof y === "number") return x - y;
    if (typeof x === "number") return -1;
    if (typeof y === "number") return 1;
    return ordinal(x, y);
  }
  return a.length - b.length;
}
var BASELINE_HEADER, SEPARATOR, BaselineError, ordinal;
var init_baseline = __esm({
  "server/src/cli/baseline.ts"() {
    "use strict";
    init_fingerprint();
    init_jsonPath();
    BASELINE_HEADER = "# privacy-lint baseline: fingerprint  rule  file  JSON path (written by --write-baseline; see docs/ci.md)";
    SEPARATOR = "  ";
    BaselineError = class extends Error {
    };
    ordinal = (a, b) => a < b ? -1 : a > b ? 1 : 0;
  }
});

// server/src/cli/fsErrors.ts
var fsErrors_exports = {};
__export(fsErrors_exports, {
  describeFsError: () => describeFsError
});
function describeFsError(error) {
  const code = error?.code;
  if (code && DESCRIPTIONS[code]) return DESCRIPTIONS[code];
  return error instanceof Error ? error.message : String(error);
}
var DESCRIPTIONS;
var init_fsErrors = __esm({
  "server/src/cli/fsErrors.ts"() {
    "use strict";
    DESCRIPTIONS = {
      ENOENT: "no such file or directory",
      EACCES: "permission denied",
      EPERM: "operation not permitted",
      EISDIR: "is a directory",
      ENOTDIR: "not a directory",
      EROFS: "read-only file system",
      ENOSPC: "no space left on device",
      ELOOP: "too many levels of symbolic links",
      ENAMETOOLONG: "file name too long",
      EMFILE: "too many open files"
    };
  }
});

// server/src/cli/paths.ts
function toSlashes(p) {
  return path.sep === "/" ? p : p.split(path.sep).join("/");
}
function isOutside(relative4) {
  return relative4 === ".." || relative4.startsWith(`..${path.sep}`) || path.isAbsolute(relative4);
}
function displayPath(absolutePath, cwd) {
  const relative4 = path.relative(cwd, absolutePath);
  return toSlashes(relative4 && !isOutside(relative4) ? relative4 : absolutePath);
}
function relativeToCwd(absolutePath, cwd) {
  if (path.sep === "/" && cwd.length > 1 && !cwd.endsWith("/") && absolutePath.startsWith(cwd) && absolutePath.charCodeAt(cwd.length) === 47) {
    const relative4 = absolutePath.slice(cwd.length + 1);
    if (relative4 && !/(^|\/)\.{0,2}(\/|$)|\/\//.test(relative4)) return relative4;
  }
  return toSlashes(path.relative(cwd, absolutePath));
}
var path;
var init_paths = __esm({
  "server/src/cli/paths.ts"() {
    "use strict";
    path = __toESM(require("node:path"));
  }
});

// server/src/cli/regularFile.ts
function formatBytes(bytes) {
  return bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MiB` : `${bytes} bytes`;
}
function fileKind(stat) {
  if (stat.isFile()) return "a regular file";
  if (stat.isDirectory()) return "a directory";
  if (stat.isFIFO()) return "a FIFO";
  if (stat.isCharacterDevice()) return "a character device";
  if (stat.isBlockDevice()) return "a block device";
  if (stat.isSocket()) return "a socket";
  if (stat.isSymbolicLink()) return "a symbolic link";
  return "a special file";
}
function readRegularFile(file, limit) {
  const fd = fs.openSync(file, OPEN_FOR_READ);
  try {
    const stat = fs.fstatSync(fd);
    if (stat.isDirectory()) throw Object.assign(new Error(`${file}: is a directory`), { code: "EISDIR" });
    if (!stat.isFile()) throw new NotRegularFileError(fileKind(stat));
    if (stat.size > limit) throw new TooLargeError(limit);
    return { bytes: readAll(fd, stat.size, limit), stat };
  } finally {
    fs.closeSync(fd);
  }
}
function readAll(fd, expected2, limit) {
  let buffer = Buffer.allocUnsafe(Math.min(Math.max(expected2, 0) + 1, limit + 1));
  let length = 0;
  for (; ; ) {
    if (length === buffer.length) {
      if (length > limit) throw new TooLargeError(limit);
      const larger = Buffer.allocUnsafe(Math.min(buffer.length * 2, limit + 1));
      buffer.copy(larger, 0, 0, length);
      buffer = larger;
    }
    const count = fs.readSync(fd, buffer, length, buffer.length - length, null);
    if (count === 0) break;
    length += count;
  }
  if (length > limit) throw new TooLargeError(limit);
  return buffer.subarray(0, length);
}
var fs, MAX_SOURCE_BYTES, MAX_BASELINE_BYTES, NotRegularFileError, TooLargeError, OPEN_FOR_READ;
var init_regularFile = __esm({
  "server/src/cli/regularFile.ts"() {
    "use strict";
    fs = __toESM(require("node:fs"));
    MAX_SOURCE_BYTES = 256 * 1024 * 1024;
    MAX_BASELINE_BYTES = 64 * 1024 * 1024;
    NotRegularFileError = class extends Error {
      constructor(kind) {
        super(`not a regular file (it is ${kind})`);
        this.kind = kind;
      }
      kind;
    };
    TooLargeError = class extends Error {
      constructor(limit) {
        super(`larger than ${formatBytes(limit)}, the most privacy-lint reads of such a file`);
        this.limit = limit;
      }
      limit;
    };
    OPEN_FOR_READ = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0) | (fs.constants.O_NOCTTY ?? 0);
  }
});

// server/src/cli/readFile.ts
function decodeSource(bytes) {
  const bom = bytes.length >= 3 && UTF8_BOM.every((b, i) => bytes[i] === b);
  const body = bom ? bytes.subarray(3) : bytes;
  if (!(0, import_node_buffer.isUtf8)(body)) throw new NotUtf8Error();
  return { text: Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString("utf8"), bom };
}
function readSourceFile(file, limit = MAX_SOURCE_BYTES) {
  const { bytes, stat } = readRegularFile(file, limit);
  const text2 = bytes.toString("utf8");
  if (text2.includes("\uFFFD")) return { source: decodeSource(bytes), bytes, stat };
  const source = text2.charCodeAt(0) === 65279 ? { text: text2.slice(1), bom: true } : { text: text2, bom: false };
  return { source, bytes, stat };
}
function readSource(file, limit = MAX_SOURCE_BYTES) {
  return readSourceFile(file, limit).source;
}
function encodeSource(source) {
  const body = Buffer.from(source.text, "utf8");
  return source.bom ? Buffer.concat([Buffer.from(UTF8_BOM), body]) : body;
}
var import_node_buffer, NotUtf8Error, UTF8_BOM;
var init_readFile = __esm({
  "server/src/cli/readFile.ts"() {
    "use strict";
    import_node_buffer = require("node:buffer");
    init_regularFile();
    NotUtf8Error = class extends Error {
      constructor() {
        super("not valid UTF-8");
      }
    };
    UTF8_BOM = [239, 187, 191];
  }
});

// server/src/cli/writeAtomic.ts
function temporaryNameBeside(target, prefix) {
  return path2.join(path2.dirname(target), `.${prefix}-${(0, import_node_crypto.randomBytes)(4).toString("hex")}.tmp`);
}
function writeFileAtomic(target, data) {
  const destination = path2.resolve(target);
  if (STANDARD_STREAM.test(destination)) {
    writeToSpecialFile(destination, data, fs2.constants.O_APPEND);
    return;
  }
  let link;
  try {
    link = fs2.lstatSync(destination);
  } catch (error) {
    if (error.code !== "ENOENT") throw error;
  }
  let stat = link;
  if (link?.isSymbolicLink()) {
    try {
      stat = fs2.statSync(destination);
    } catch (error) {
      if (error.code === "ENOENT") {
        throw new OutputRefusedError("it is a symbolic link to a file that does not exist; privacy-lint does not write through a link (name the file itself)");
      }
      throw error;
    }
    if (stat.isFile()) throw new OutputRefusedError("it is a symbolic link; privacy-lint does not write through a link (name the file itself)");
  }
  if (stat?.isDirectory()) throw Object.assign(new Error(`${target} is a directory`), { code: "EISDIR" });
  if (stat && !stat.isFile()) {
    writeToSpecialFile(destination, data);
    return;
  }
  replaceAtomically(destination, data, stat && stat.mode & 4095);
}
function replaceAtomically(destination, data, mode) {
  const temporary = temporaryNameBeside(destination, "plout");
  let created = false;
  try {
    const fd = fs2.openSync(temporary, "wx", mode ?? 438);
    created = true;
    try {
      fs2.writeFileSync(fd, data);
      if (mode !== void 0) fs2.fchmodSync(fd, mode);
      fs2.fsyncSync(fd);
    } finally {
      fs2.closeSync(fd);
    }
    fs2.renameSync(temporary, destination);
    created = false;
  } finally {
    if (created) removeQuietly(temporary);
  }
}
function removeQuietly(file) {
  try {
    fs2.unlinkSync(file);
  } catch {
  }
}
function writeToSpecialFile(destination, data, flags = 0) {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  const deadline2 = Date.now() + FIFO_READER_WAIT_MS;
  let fd;
  for (; ; ) {
    try {
      fd = fs2.openSync(destination, OPEN_FOR_WRITE | flags);
      break;
    } catch (error) {
      if (error.code !== "ENXIO") throw error;
      if (Date.now() > deadline2) throw new OutputRefusedError(`no process reads from it (a FIFO without a reader, waited ${FIFO_READER_WAIT_MS / 1e3} seconds)`);
      Atomics.wait(pause, 0, 0, 10);
    }
  }
  try {
    const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
    let offset = 0;
    while (offset < bytes.length) {
      try {
        offset += fs2.writeSync(fd, bytes, offset, bytes.length - offset);
      } catch (error) {
        if (error.code !== "EAGAIN") throw error;
        Atomics.wait(pause, 0, 0, 10);
      }
    }
  } finally {
    fs2.closeSync(fd);
  }
}
var fs2, path2, import_node_crypto, OutputRefusedError, STANDARD_STREAM, FIFO_READER_WAIT_MS, OPEN_FOR_WRITE;
var init_writeAtomic = __esm({
  "server/src/cli/writeAtomic.ts"() {
    "use strict";
    fs2 = __toESM(require("node:fs"));
    path2 = __toESM(require("node:path"));
    import_node_crypto = require("node:crypto");
    OutputRefusedError = class extends Error {
    };
    STANDARD_STREAM = /^\/(dev\/(stdout|stderr|fd\/\d+)|proc\/self\/fd\/\d+)$/;
    FIFO_READER_WAIT_MS = 5e3;
    OPEN_FOR_WRITE = fs2.constants.O_WRONLY | (fs2.constants.O_NONBLOCK ?? 0) | (fs2.constants.O_NOCTTY ?? 0);
  }
});

// server/src/cli/applyBaseline.ts
function loadBaseline(given, cwd) {
  const display = toSlashes(given);
  let text2;
  let bom;
  try {
    ({ text: text2, bom } = readSource(path3.resolve(cwd, given), MAX_BASELINE_BYTES));
  } catch (error) {
    const hint = error.code === "ENOENT" ? ` (create it with --write-baseline ${display})` : error instanceof NotRegularFileError ? "; a baseline must be a regular file" : "";
    throw new UsageError(`--baseline ${display}: ${describeFsError(error)}${hint}`);
  }
  try {
    return { ...parseBaseline(text2, `--baseline ${display}`), bom };
  } catch (error) {
    if (error instanceof BaselineError) throw new UsageError(error.message);
    throw error;
  }
}
function baselineFindings(files, cwd) {
  return files.flatMap((file) => {
    const relative4 = relativeToCwd(file.absolutePath, cwd);
    return file.diagnostics.filter((d) => !d.suppression).map((d) => ({ fingerprint: d.fingerprint, rule: d.rule, file: relative4, path: d.path }));
  });
}
function markBaseline(files, fingerprints) {
  return files.map((file) => ({
    ...file,
    diagnostics: file.diagnostics.map((d) => d.suppression ? d : { ...d, baselineState: fingerprints.has(d.fingerprint) ? "unchanged" : "new" })
  }));
}
function staleEntries(baseline, files, cwd) {
  const linted = new Set(files.map((file) => relativeToCwd(file.absolutePath, cwd)));
  const current2 = new Set(files.flatMap((file) => file.diagnostics.filter((d) => !d.suppression).map((d) => d.fingerprint)));
  return baseline.entries.filter((entry) => {
    if (current2.has(entry.fingerprint)) return false;
    return linted.has(entry.file) || !fs3.existsSync(path3.resolve(cwd, entry.file));
  });
}
function writeBaseline(given, files, cwd, failed, fail2) {
  const display = toSlashes(given);
  if (failed) {
    fail2(`--write-baseline ${display}: not written, because some files could not be linted`);
    return void 0;
  }
  const findings = baselineFindings(files, cwd);
  try {
    writeFileAtomic(path3.resolve(cwd, given), formatBaseline(findings));
  } catch (error) {
    fail2(`--write-baseline ${display}: cannot write it (${describeFsError(error)})`);
    return void 0;
  }
  return new Set(findings.map((finding) => finding.fingerprint));
}
function pruneBaseline(given, baseline, files, cwd, failed, fail2) {
  const stale = staleEntries(baseline, files, cwd);
  if (stale.length && !failed) {
    try {
      const text2 = withoutLines(baseline, new Set(stale.map((entry) => entry.line)));
      writeFileAtomic(path3.resolve(cwd, given), encodeSource({ text: text2, bom: baseline.bom }));
    } catch (error) {
      fail2(`--baseline ${toSlashes(given)}: cannot rewrite it without the stale entries (${describeFsError(error)})`);
    }
  } else if (stale.length) {
    fail2(`--baseline ${toSlashes(given)}: not pruned, because some files could not be linted`);
  }
  return stale.map((entry) => `${escapeControlCharacters(entry.text)}
`).join("");
}
var fs3, path3;
var init_applyBaseline = __esm({
  "server/src/cli/applyBaseline.ts"() {
    "use strict";
    fs3 = __toESM(require("node:fs"));
    path3 = __toESM(require("node:path"));
    init_engine();
    init_args();
    init_baseline();
    init_fsErrors();
    init_paths();
    init_readFile();
    init_regularFile();
    init_writeAtomic();
  }
});

// server/src/cli/compare.ts
function compareFile(found, relativePath, source, options) {
  const comparison = compareEditions(source.text, options);
  const diagnostics = comparison.differences.map((d) => d.diagnostic);
  const fingerprints = fingerprintDiagnostics(relativePath, diagnostics, (index) => comparison.differences[index].edition);
  return {
    file: found.file,
    absolutePath: found.absolutePath,
    edition: comparison.target,
    targetDiagnostics: comparison.targetResult.diagnostics,
    differences: comparison.differences.map((difference, index) => ({ ...difference, fingerprint: fingerprints[index] }))
  };
}
var init_compare2 = __esm({
  "server/src/cli/compare.ts"() {
    "use strict";
    init_engine();
    init_fingerprint();
  }
});

// server/src/cli/discover.ts
function isPrivacyConfigName(name) {
  return name.endsWith(".privacy.json") && name.length > ".privacy.json".length || name.endsWith(".privacy.jsonc") && name.length > ".privacy.jsonc".length;
}
function isSkippedFolder(name) {
  return name === SKIPPED_FOLDER || name.startsWith(".");
}
function isInsideRoots(realPath, roots) {
  for (const root of roots) {
    if (realPath === root) return true;
    const prefix = root.endsWith(path4.sep) ? root : root + path4.sep;
    if (realPath.startsWith(prefix)) return true;
  }
  return false;
}
function byPath(a, b) {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}
function discoverFiles(paths, cwd) {
  const files = [];
  const errors2 = [];
  const seenFiles = /* @__PURE__ */ new Set();
  const visitedDirectories = /* @__PURE__ */ new Set();
  const add = (found) => {
    if (seenFiles.has(found.realPath)) return;
    seenFiles.add(found.realPath);
    files.push(found);
  };
  const given = paths.map((p) => {
    const absolutePath = path4.resolve(cwd, p);
    try {
      const stat = fs4.statSync(absolutePath);
      return { p, absolutePath, stat, realPath: stat.isDirectory() || stat.isFile() ? fs4.realpathSync(absolutePath) : absolutePath };
    } catch (error) {
      return { p, absolutePath, error };
    }
  });
  const roots = [...new Set(given.flatMap((g) => g.stat?.isDirectory() ? [g.realPath] : []))];
  for (const g of given) {
    const file = toSlashes(g.p);
    if (!g.stat) {
      errors2.push({ file, message: describeFsError(g.error) });
    } else if (g.stat.isFile()) {
      add({ file, absolutePath: g.absolutePath, realPath: g.realPath, insideGiven: isInsideRoots(g.realPath, roots) || namedWithoutLink(g.absolutePath, g.realPath, cwd) });
    } else if (g.stat.isDirectory()) {
      const found = [];
      searchDirectory(g.absolutePath, g.p, found, errors2, visitedDirectories, roots);
      found.sort(byPath).forEach(add);
    } else {
      errors2.push({ file, message: "not a regular file or directory" });
    }
  }
  return { files, errors: errors2, roots };
}
function namedWithoutLink(absolutePath, realPath, cwd) {
  if (realPath === absolutePath) return true;
  try {
    const relative4 = path4.relative(cwd, absolutePath);
    if (relative4 && !isOutside(relative4)) return realPath === path4.join(fs4.realpathSync(cwd), relative4);
    return realPath === path4.join(fs4.realpathSync(path4.dirname(absolutePath)), path4.basename(absolutePath));
  } catch {
    return false;
  }
}
function searchDirectory(absoluteDir, displayDir, found, errors2, visited, roots) {
  let entries;
  let realDir;
  try {
    realDir = fs4.realpathSync(absoluteDir);
    if (!isInsideRoots(realDir, roots)) return;
    if (visited.has(realDir)) return;
    visited.add(realDir);
    entries = fs4.readdirSync(realDir, { withFileTypes: true }).sort(byName);
  } catch (error) {
    errors2.push({ file: toSlashes(displayDir), message: describeFsError(error) });
    return;
  }
  const absolutePrefix = childPrefix(absoluteDir);
  const displayPrefix = childPrefix(displayDir);
  const realPrefix = childPrefix(realDir);
  const slashedPrefix = toSlashes(displayPrefix);
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    const name = entry.name;
    const isLink = entry.isSymbolicLink();
    let isDirectory = !isLink && entry.isDirectory();
    let isFile = !isLink && entry.isFile();
    if (isLink) {
      try {
        const target = fs4.statSync(realPrefix + name);
        isDirectory = target.isDirectory();
        isFile = target.isFile();
      } catch (error) {
        if (isPrivacyConfigName(name)) errors2.push({ file: slashedPrefix + toSlashes(name), message: describeFsError(error) });
        continue;
      }
    }
    if (isDirectory) {
      if (!isSkippedFolder(name)) searchDirectory(absolutePrefix + name, displayPrefix + name, found, errors2, visited, roots);
    } else if (isFile && isPrivacyConfigName(name)) {
      try {
        const realPath = isLink ? fs4.realpathSync(realPrefix + name) : realPrefix + name;
        if (isLink && !isInsideRoots(realPath, roots)) continue;
        found.push({ file: slashedPrefix + toSlashes(name), absolutePath: absolutePrefix + name, realPath, insideGiven: true });
      } catch (error) {
        errors2.push({ file: slashedPrefix + toSlashes(name), message: describeFsError(error) });
      }
    }
  }
}
function byName(a, b) {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}
function childPrefix(dir) {
  return path4.join(dir, "_").slice(0, -1);
}
var fs4, path4, SKIPPED_FOLDER;
var init_discover = __esm({
  "server/src/cli/discover.ts"() {
    "use strict";
    fs4 = __toESM(require("node:fs"));
    path4 = __toESM(require("node:path"));
    init_fsErrors();
    init_paths();
    SKIPPED_FOLDER = "node_modules";
  }
});

// server/src/cli/fix.ts
function fixFile(found, read, options, cwd) {
  const fixed = fixAll(read.source.text, options);
  if (fixed.text === read.source.text) return { result: fixed.result, written: false };
  try {
    if (!found.insideGiven) {
      throw new LeftAlone(`not fixed: it is reached through a symbolic link, and its real path ${displayPath(found.realPath, cwd)} lies outside the folders given; privacy-lint writes only inside them (name that file or its folder to fix it)`);
    }
    replaceFixedFile(found.realPath, encodeSource({ text: fixed.text, bom: read.source.bom }), read);
  } catch (error) {
    const why = error instanceof LeftAlone ? error.message : `cannot write the fixed file (${describeFsError(error)}); left unchanged`;
    return { result: lint(read.source.text, options), written: false, notWritten: why };
  }
  return { result: fixed.result, written: true };
}
function replaceFixedFile(target, data, read) {
  const before = read.stat;
  if ((before.mode & 128) === 0) {
    throw new LeftAlone(`not fixed: the file is read-only (mode ${octal(before.mode)}); make it writable for its owner to fix it`);
  }
  if (before.nlink > 1) {
    throw new LeftAlone(`not fixed: the file has ${before.nlink} hard links, which a replaced file would no longer share; fix it by hand or remove the other links`);
  }
  const temporary = temporaryNameBeside(target, "plfix");
  const fd = fs5.openSync(temporary, "wx", 384);
  let renamed = false;
  try {
    try {
      fs5.writeFileSync(fd, data);
      if (before.uid !== euid() || before.gid !== egid()) {
        try {
          fs5.fchownSync(fd, before.uid, before.gid);
        } catch (error) {
          throw new LeftAlone(`not fixed: its owner and group (${before.uid}:${before.gid}) could not be kept (${describeFsError(error)})`);
        }
      }
      fs5.fchmodSync(fd, before.mode & 4095);
      fs5.fsyncSync(fd);
    } finally {
      fs5.closeSync(fd);
    }
    assertUnchanged(target, read);
    fs5.renameSync(temporary, target);
    renamed = true;
  } finally {
    if (!renamed) removeQuietly(temporary);
  }
}
function assertUnchanged(target, read) {
  const changed = () => new LeftAlone("not fixed: the file changed while privacy-lint ran, and that change would be lost; run privacy-lint --fix again");
  const folder = path5.dirname(target);
  if (fs5.realpathSync(folder) !== folder) throw changed();
  let now;
  try {
    now = fs5.lstatSync(target);
  } catch {
    throw changed();
  }
  const before = read.stat;
  if (!now.isFile() || now.dev !== before.dev || now.ino !== before.ino || now.size !== before.size || now.mtimeMs !== before.mtimeMs) throw changed();
  let same2;
  try {
    same2 = readRegularFile(target, before.size).bytes.equals(read.bytes);
  } catch {
    same2 = false;
  }
  if (!same2) throw changed();
}
var fs5, path5, LeftAlone, euid, egid, octal;
var init_fix2 = __esm({
  "server/src/cli/fix.ts"() {
    "use strict";
    fs5 = __toESM(require("node:fs"));
    path5 = __toESM(require("node:path"));
    init_engine();
    init_fsErrors();
    init_paths();
    init_readFile();
    init_regularFile();
    init_writeAtomic();
    LeftAlone = class extends Error {
    };
    euid = () => process.geteuid ? process.geteuid() : -1;
    egid = () => process.getegid ? process.getegid() : -1;
    octal = (mode) => `0${(mode & 4095).toString(8).padStart(3, "0")}`;
  }
});

// server/src/cli/formatters/ansi.ts
function paint(enabled) {
  return enabled ? COLOURS : PLAIN;
}
var style, COLOURS, same, PLAIN;
var init_ansi = __esm({
  "server/src/cli/formatters/ansi.ts"() {
    "use strict";
    style = (open, close) => (text2) => `\x1B[${open}m${text2}\x1B[${close}m`;
    COLOURS = {
      red: style(31, 39),
      yellow: style(33, 39),
      blue: style(34, 39),
      gray: style(90, 39),
      bold: style(1, 22),
      underline: style(4, 24)
    };
    same = (text2) => text2;
    PLAIN = { red: same, yellow: same, blue: same, gray: same, bold: same, underline: same };
  }
});

// server/src/cli/formatters/stylish.ts
var stylish_exports = {};
__export(stylish_exports, {
  stylish: () => stylish
});
function severityLabel(severity, c, width) {
  const label2 = LABELS[severity].padEnd(width);
  if (severity === "error") return c.red(label2);
  if (severity === "warning") return c.yellow(label2);
  if (severity === "information") return c.blue(label2);
  return c.gray(label2);
}
function table(rows, c) {
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r.cells[i].length)));
  return rows.map(({ cells, severity }) => {
    const [where, label2, message, rule] = cells;
    return `  ${c.gray(where.padEnd(widths[0]))}  ${severityLabel(severity, c, widths[1])}  ${message.padEnd(widths[2])}  ${c.gray(rule)}`;
  });
}
function stylishLint(report, c) {
  const lines = [];
  const counts = { errors: 0, warnings: 0, infos: 0 };
  let fixable = 0;
  let baselined = 0;
  for (const file of report.files) {
    baselined += file.diagnostics.filter((d) => !d.suppression && d.baselineState === "unchanged").length;
    const reported = file.diagnostics.filter(isReported);
    if (!reported.length) continue;
    countProblems(reported, counts);
    fixable += reported.filter((d) => d.fixes.some((f) => f.preferred)).length;
    lines.push("", c.underline(fileHeading(file.file)));
    lines.push(...table(reported.map((d) => ({ severity: d.severity, cells: [position(d), LABELS[d.severity], shown(d.message), shown(d.rule)] })), c));
  }
  const total = counts.errors + counts.warnings + counts.infos;
  if (!total) return "";
  const summary = `\u2716 ${plural(total, "problem")} (${plural(counts.errors, "error")}, ${plural(counts.warnings, "warning")}, ${plural(counts.infos, "info")})`;
  const tone = counts.errors ? c.red : counts.warnings ? c.yellow : c.blue;
  lines.push("", c.bold(tone(summary)));
  if (fixable) lines.push(`  ${plural(fixable, "problem")} potentially fixable with the \`--fix\` option.`);
  if (baselined) lines.push(`  ${plural(baselined, "more finding")} in the baseline not shown.`);
  return `${lines.join("\n")}

`;
}
function stylishComparison(report, c) {
  const [older, newer] = EDITIONS;
  const lines = [];
  const only = new Map(EDITIONS.map((e) => [e, 0]));
  let failing = 0;
  for (const file of report.files) {
    lines.push("", `${c.underline(fileHeading(file.file))}  ${c.gray(`(own edition ${file.edition})`)}`);
    if (countProblems(file.targetDiagnostics).errors) failing++;
    if (!file.differences.length) {
      lines.push(`  no differences between ${older} and ${newer}`);
      continue;
    }
    for (const { edition } of file.differences) only.set(edition, only.get(edition) + 1);
    lines.push(...table(file.differences.map(({ edition, diagnostic: d }) => ({
      severity: d.severity,
      cells: [position(d), LABELS[d.severity], `only in ${edition}: ${shown(d.message)}`, shown(d.rule)]
    })), c));
  }
  if (!report.files.length) return "";
  const total = [...only.values()].reduce((a, b) => a + b, 0);
  const split = EDITIONS.map((e) => `${only.get(e)} only in ${e}`).join(", ");
  lines.push("", c.bold(`${plural(total, "difference")} between ${older} and ${newer} in ${plural(report.files.length, "file")} (${split})`));
  if (failing) {
    const verb = failing === 1 ? "has errors under its own edition" : "have errors under their own edition";
    lines.push(c.bold(c.red(`\u2716 ${failing} of ${plural(report.files.length, "file")} ${verb}`)));
  }
  return `${lines.join("\n")}

`;
}
var stylish, LABELS, plural, shown, fileHeading, position;
var init_stylish = __esm({
  "server/src/cli/formatters/stylish.ts"() {
    "use strict";
    init_engine();
    init_exitCode();
    init_report();
    init_ansi();
    stylish = (report, options) => {
      const c = paint(options.color);
      return report.kind === "lint" ? stylishLint(report, c) : stylishComparison(report, c);
    };
    LABELS = { error: "error", warning: "warning", information: "info", hint: "hint" };
    plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
    shown = escapeControlCharacters;
    fileHeading = (file) => neverACommand(shown(file));
    position = (d) => `${d.range.start.line + 1}:${d.range.start.character + 1}`;
  }
});

// server/src/cli/formatters/json.ts
var json_exports = {};
__export(json_exports, {
  json: () => json,
  jsonFileByFile: () => jsonFileByFile
});
function lintEntries(report) {
  return report.files.map(lintEntry);
}
function lintEntry(file) {
  return {
    file: file.file,
    edition: file.edition,
    // One object literal per diagnostic, no spread: every entry then has the same hidden class.
    diagnostics: file.diagnostics.filter(isReported).map((d) => ({
      rule: d.rule,
      severity: d.severity,
      message: d.message,
      path: d.path,
      range: rangeOf(d),
      fixes: d.fixes.map((fix) => ({ title: fix.title, preferred: fix.preferred })),
      fingerprint: d.fingerprint
    }))
  };
}
function comparisonEntries(report) {
  return report.files.map((file) => ({
    file: file.file,
    edition: file.edition,
    differences: file.differences.map(({ edition, diagnostic: d, fingerprint }) => ({
      edition,
      rule: d.rule,
      severity: d.severity,
      message: d.message,
      path: d.path,
      range: rangeOf(d),
      fingerprint
    }))
  }));
}
function rangeOf(d) {
  return { start: { line: d.range.start.line, character: d.range.start.character }, end: { line: d.range.end.line, character: d.range.end.character } };
}
var json, jsonFileByFile;
var init_json = __esm({
  "server/src/cli/formatters/json.ts"() {
    "use strict";
    init_engine();
    init_report();
    json = (report) => `${escapeJsonText(JSON.stringify(report.kind === "lint" ? lintEntries(report) : comparisonEntries(report), null, 2))}
`;
    jsonFileByFile = {
      file: (file) => escapeJsonText(JSON.stringify([lintEntry(file)], null, 2).slice(2, -2)),
      finish: (parts) => parts.length ? `[
${parts.join(",\n")}
]
` : "[]\n"
    };
  }
});

// server/src/cli/formatters/sarif.ts
var sarif_exports = {};
__export(sarif_exports, {
  SARIF_SCHEMA: () => SARIF_SCHEMA,
  sarif: () => sarif
});
function rulesOf(report) {
  const metas = RULES.map((rule) => rule.meta);
  const index = new Map(metas.map((meta, i) => [meta.id, i]));
  for (const file of report.files) {
    for (const meta of file.policies ?? []) {
      if (index.has(meta.id)) continue;
      index.set(meta.id, metas.length);
      metas.push(meta);
    }
  }
  return { metas, index };
}
function sarifLog(report, options) {
  const results = [];
  const rules = rulesOf(report);
  const result = (d, text2, artifact, fingerprint, baselineState) => resultOf(d, text2, artifact, fingerprint, rules.index, baselineState);
  if (report.kind === "lint") {
    for (const file of report.files) {
      const uri = artifactLocation(file.absolutePath, options.cwd);
      for (const d of file.diagnostics) results.push(result(d, d.message, uri, d.fingerprint, d.baselineState));
    }
  } else {
    for (const file of report.files) {
      const uri = artifactLocation(file.absolutePath, options.cwd);
      for (const { edition, diagnostic: d, fingerprint } of file.differences) {
        results.push({ ...result(d, `Only in edition ${edition}: ${d.message}`, uri, fingerprint), properties: { edition, targetEdition: file.edition } });
      }
    }
  }
  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "privacy-lint",
            version: options.version,
            semanticVersion: options.version,
            informationUri: REPOSITORY_URL,
            rules: rules.metas.map(reportingDescriptor)
          }
        },
        originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(options.cwd) } },
        columnKind: "utf16CodeUnits",
        results
      }
    ]
  };
}
function reportingDescriptor(meta) {
  const name = pascalCase(meta.id);
  return {
    id: meta.id,
    // SARIF wants the readable name to differ from the id, and no name rather than a copy.
    ...name.toLowerCase() === meta.id.toLowerCase() ? {} : { name },
    shortDescription: { text: meta.summary },
    fullDescription: { text: meta.rationale },
    // A policy links to its own docs, or to nothing when it has none.
    ...meta.organization ? meta.docs ? { helpUri: meta.docs } : {} : { helpUri: ruleDocsUrl(meta.id) },
    help: { text: meta.fix ? `${meta.rationale} Fix: ${meta.fix}` : meta.rationale },
    defaultConfiguration: { level: LEVELS[meta.severity] },
    properties: { editions: [...meta.editions], policySection: meta.policySection }
  };
}
function resultOf(d, text2, artifact, fingerprint, ruleIndex, baselineState) {
  return {
    ruleId: d.rule,
    ruleIndex: ruleIndex.get(d.rule),
    level: LEVELS[d.severity],
    message: { text: text2 },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifact,
          region: {
            startLine: d.range.start.line + 1,
            startColumn: d.range.start.character + 1,
            endLine: d.range.end.line + 1,
            endColumn: d.range.end.character + 1
          }
        },
        logicalLocations: [{ fullyQualifiedName: jsonPathExpression(d.path) }]
      }
    ],
    partialFingerprints: { [FINGERPRINT_VERSION]: fingerprint },
    ...baselineState ? { baselineState } : {},
    ...d.suppression ? { suppressions: [{ kind: d.suppression.kind, justification: d.suppression.justification }] } : {}
  };
}
function artifactLocation(absolutePath, cwd) {
  const relative4 = path6.relative(cwd, absolutePath);
  if (!relative4 || isOutside(relative4)) return { uri: (0, import_node_url.pathToFileURL)(absolutePath).href };
  return { uri: relative4.split(path6.sep).map(encodeURIComponent).join("/"), uriBaseId: SRCROOT };
}
function directoryUri(directory) {
  const href = (0, import_node_url.pathToFileURL)(directory).href;
  return href.endsWith("/") ? href : `${href}/`;
}
function pascalCase(id) {
  return id.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join("");
}
var path6, import_node_url, sarif, SARIF_SCHEMA, SRCROOT, LEVELS;
var init_sarif = __esm({
  "server/src/cli/formatters/sarif.ts"() {
    "use strict";
    path6 = __toESM(require("node:path"));
    import_node_url = require("node:url");
    init_engine();
    init_fingerprint();
    init_paths();
    init_jsonPath();
    sarif = (report, options) => `${escapeJsonText(JSON.stringify(sarifLog(report, options), null, 2))}
`;
    SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    SRCROOT = "%SRCROOT%";
    LEVELS = {
      error: "error",
      warning: "warning",
      information: "note",
      hint: "note"
    };
  }
});

// server/src/cli/formatters/github.ts
var github_exports = {};
__export(github_exports, {
  escapeData: () => escapeData,
  escapeProperty: () => escapeProperty,
  github: () => github
});
function commands(report, cwd) {
  const lines = [];
  if (report.kind === "lint") {
    for (const file of report.files) {
      const name = displayPath(file.absolutePath, cwd);
      for (const d of file.diagnostics.filter(isReported)) lines.push(command(COMMANDS[d.severity], name, d, d.rule, d.message));
    }
  } else {
    for (const file of report.files) {
      const name = displayPath(file.absolutePath, cwd);
      for (const { edition, diagnostic: d } of file.differences) {
        const kind = edition === file.edition ? COMMANDS[d.severity] : "notice";
        lines.push(command(kind, name, d, `${d.rule} (only in ${edition})`, `Only in edition ${edition}: ${d.message}`));
      }
    }
  }
  return lines;
}
function command(kind, file, d, title, message) {
  const properties = [
    ["file", file],
    ["line", d.range.start.line + 1],
    ["col", d.range.start.character + 1],
    ["endLine", d.range.end.line + 1],
    ["endColumn", d.range.end.character + 1],
    ["title", title]
  ];
  return `::${kind} ${properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(",")}::${escapeData(message)}`;
}
function escapeData(text2) {
  return escapeControlCharacters(text2.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A"));
}
function escapeProperty(text2) {
  return escapeData(text2).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
var github, COMMANDS;
var init_github = __esm({
  "server/src/cli/formatters/github.ts"() {
    "use strict";
    init_engine();
    init_paths();
    init_report();
    github = (report, options) => commands(report, options.cwd).map((line) => `${line}
`).join("");
    COMMANDS = {
      error: "error",
      warning: "warning",
      information: "notice",
      hint: "notice"
    };
  }
});

// server/src/cli/formatters/xml.ts
function xmlText(text2) {
  return text2.replace(NOT_XML, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\r/g, "&#13;");
}
function xmlAttribute(text2) {
  return xmlText(text2).replace(/"/g, "&quot;").replace(/\n/g, "&#10;").replace(/\t/g, "&#9;");
}
function xmlAttributes(pairs) {
  return pairs.map(([name, value]) => `${name}="${xmlAttribute(String(value))}"`).join(" ");
}
var NOT_XML;
var init_xml = __esm({
  "server/src/cli/formatters/xml.ts"() {
    "use strict";
    NOT_XML = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
  }
});

// server/src/cli/formatters/junit.ts
var junit_exports = {};
__export(junit_exports, {
  junit: () => junit,
  junitVisible: () => junitVisible
});
function junitVisible(text2) {
  return escapeControlCharacters(text2).replace(
    /[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}
function testSuite(rawFile, diagnostics, extraOut) {
  const file = junitVisible(rawFile);
  const cases = [];
  let failures = 0;
  const seen = /* @__PURE__ */ new Map();
  for (const d of diagnostics) {
    const base = `${junitVisible(d.rule)} ${junitVisible(jsonPathExpression(d.path))}`;
    const occurrence = (seen.get(base) ?? 0) + 1;
    seen.set(base, occurrence);
    const open = `    <testcase ${xmlAttributes([["classname", file], ["name", occurrence > 1 ? `${base} #${occurrence}` : base], ["time", 0]])}>`;
    const line = `${file}:${position2(d)}: ${describe2(d)}`;
    if (d.severity === "error") {
      failures++;
      const failure = xmlAttributes([["type", junitVisible(d.rule)], ["message", junitVisible(d.message)]]);
      cases.push(`${open}<failure ${failure}>${xmlText(line)}</failure></testcase>`);
    } else {
      cases.push(`${open}<system-out>${xmlText(`${d.severity}: ${line}`)}</system-out></testcase>`);
    }
  }
  if (!diagnostics.length) cases.push(`    <testcase ${xmlAttributes([["classname", file], ["name", "no findings"], ["time", 0]])} />`);
  const tests = cases.length;
  const attributes = xmlAttributes([["name", file], ["tests", tests], ["failures", failures], ["errors", 0], ["skipped", 0], ["time", 0]]);
  const lines = [`  <testsuite ${attributes}>`, ...cases];
  if (extraOut.length) lines.push(`    <system-out>${xmlText(extraOut.join("\n"))}</system-out>`);
  lines.push("  </testsuite>");
  return { tests, failures, lines };
}
function describe2(d) {
  return `${junitVisible(d.message)} (${junitVisible(d.rule)} at ${junitVisible(jsonPathExpression(d.path))})`;
}
var junit, position2;
var init_junit = __esm({
  "server/src/cli/formatters/junit.ts"() {
    "use strict";
    init_jsonPath();
    init_report();
    init_xml();
    init_escape();
    junit = (report) => {
      const suites = report.kind === "lint" ? report.files.map((file) => testSuite(file.file, file.diagnostics.filter(isReported), [])) : report.files.map((file) => testSuite(
        file.file,
        file.targetDiagnostics.filter(isReported),
        file.differences.map(({ edition, diagnostic }) => `only in ${edition}: ${position2(diagnostic)} ${diagnostic.severity}: ${describe2(diagnostic)}`)
      ));
      const tests = suites.reduce((sum, s) => sum + s.tests, 0);
      const failures = suites.reduce((sum, s) => sum + s.failures, 0);
      const name = report.kind === "lint" ? "privacy-lint" : "privacy-lint --compare-editions";
      const lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites ${xmlAttributes([["name", name], ["tests", tests], ["failures", failures], ["errors", 0], ["time", 0]])}>`,
        ...suites.flatMap((s) => s.lines),
        "</testsuites>"
      ];
      return `${lines.join("\n")}
`;
    };
    position2 = (d) => `${d.range.start.line + 1}:${d.range.start.character + 1}`;
  }
});

// server/src/cli/formatters/index.ts
function formatterFor(format2) {
  return FORMATTERS[format2]();
}
function fileByFileFormatterFor(format2) {
  return format2 === "json" ? (init_json(), __toCommonJS(json_exports)).jsonFileByFile : void 0;
}
var FORMATTERS;
var init_formatters = __esm({
  "server/src/cli/formatters/index.ts"() {
    "use strict";
    FORMATTERS = {
      stylish: () => (init_stylish(), __toCommonJS(stylish_exports)).stylish,
      json: () => (init_json(), __toCommonJS(json_exports)).json,
      sarif: () => (init_sarif(), __toCommonJS(sarif_exports)).sarif,
      github: () => (init_github(), __toCommonJS(github_exports)).github,
      junit: () => (init_junit(), __toCommonJS(junit_exports)).junit
    };
  }
});

// server/src/cli/outputTargets.ts
function identify(absolutePath) {
  try {
    return { realPath: fs6.realpathSync(absolutePath), stat: fs6.statSync(absolutePath) };
  } catch {
    try {
      return { realPath: path7.join(fs6.realpathSync(path7.dirname(absolutePath)), path7.basename(absolutePath)) };
    } catch {
      return { realPath: absolutePath };
    }
  }
}
function sameFile(a, b) {
  if (a.realPath === b.realPath) return true;
  return !!a.stat && !!b.stat && a.stat.dev === b.stat.dev && a.stat.ino === b.stat.ino;
}
function checkOutputTargets(options, files, roots, cwd) {
  const outputs = [];
  if (options.output !== void 0) outputs.push({ option: "-o", given: options.output });
  if (options.writeBaseline !== void 0) outputs.push({ option: "--write-baseline", given: options.writeBaseline });
  if (options.pruneBaseline && options.baseline !== void 0) outputs.push({ option: "--baseline", given: options.baseline });
  if (!outputs.length) return;
  const others = [];
  if (options.baseline !== void 0) others.push({ what: `the baseline (--baseline ${toSlashes(options.baseline)})`, identity: identify(path7.resolve(cwd, options.baseline)) });
  if (options.config !== void 0) others.push({ what: `the settings file (--config ${toSlashes(options.config)})`, identity: identify(path7.resolve(cwd, options.config)) });
  if (options.output !== void 0) others.push({ what: `the report (-o ${toSlashes(options.output)})`, identity: identify(path7.resolve(cwd, options.output)) });
  if (options.writeBaseline !== void 0) others.push({ what: `the baseline written (--write-baseline ${toSlashes(options.writeBaseline)})`, identity: identify(path7.resolve(cwd, options.writeBaseline)) });
  for (const { option, given } of outputs) {
    const where = `${option} ${toSlashes(given)}`;
    const target = identify(path7.resolve(cwd, given));
    const refuse = (what) => {
      throw new UsageError(`${where}: it is ${what}; writing there would replace it, so nothing was linted or written (choose another path)`);
    };
    for (const other of others) {
      if (option === "--baseline" && other.what.startsWith("the baseline (")) continue;
      if (other.what.endsWith(`(${where})`)) continue;
      if (sameFile(target, other.identity)) refuse(other.what);
    }
    const linted = files.find((file) => file.realPath === target.realPath) ?? (target.stat && target.stat.nlink > 1 ? files.find((file) => sameFile(target, identify(file.realPath))) : void 0);
    if (linted) refuse(`a file being linted (${linted.file})`);
    if (isPrivacyConfigName(path7.basename(target.realPath)) && isInsideRoots(target.realPath, roots)) {
      refuse(`a file the search of ${roots.length === 1 ? "the folder given" : "the folders given"} would lint (${displayPath(target.realPath, cwd)})`);
    }
  }
}
var fs6, path7;
var init_outputTargets = __esm({
  "server/src/cli/outputTargets.ts"() {
    "use strict";
    fs6 = __toESM(require("node:fs"));
    path7 = __toESM(require("node:path"));
    init_args();
    init_discover();
    init_paths();
  }
});

// server/src/shared/settingsChain.ts
function* settingsChain(file) {
  const layers = [];
  const files = [];
  const extra = [];
  let current2 = file;
  let from;
  let unreadable;
  for (; ; ) {
    if (from && files.includes(current2)) {
      const cycle = [...files.slice(files.indexOf(current2)), current2].map((f) => path8.basename(f)).join(" -> ");
      extra.push(fileProblem(`"extends" makes a cycle (${cycle}); a settings file cannot extend itself, directly or not.`, void 0, { layer: from, ...from.extends }));
      break;
    }
    if (files.length > MAX_EXTENDS_DEPTH) {
      extra.push(fileProblem(`"extends" goes more than ${MAX_EXTENDS_DEPTH} files deep.`, void 0, { layer: from, ...from.extends }));
      break;
    }
    files.push(current2);
    const read = yield current2;
    if ("problem" in read) {
      if (!from) unreadable = read.problem;
      extra.push(from ? fileProblem(`"extends" names ${JSON.stringify(from.extends.path)}, which ${read.missing ? "does not exist" : `cannot be read: ${read.problem}`}.`, void 0, { layer: from, ...from.extends }) : fileProblem(`The settings file cannot be read: ${read.problem}.`, current2));
      break;
    }
    const layer = readSettingsLayer(read.text, current2);
    layers.unshift(layer);
    if (!layer.extends) break;
    from = layer;
    current2 = path8.resolve(path8.dirname(current2), layer.extends.path);
  }
  const merged = mergeSettingsLayers(layers);
  const problems = [...merged.problems, ...extra].sort((a, b) => fileOrder(files, a) - fileOrder(files, b) || a.offset - b.offset);
  return { path: file, files, settings: problems.length ? {} : merged.settings, problems, ...unreadable === void 0 ? {} : { unreadable } };
}
function loadSettingsSync(file, read) {
  const steps = settingsChain(file);
  for (let step = steps.next(); ; ) {
    if (step.done) return step.value;
    step = steps.next(read(step.value));
  }
}
function fileOrder(files, problem) {
  const index = problem.file === void 0 ? -1 : files.indexOf(problem.file);
  return index < 0 ? files.length : index;
}
var path8;
var init_settingsChain = __esm({
  "server/src/shared/settingsChain.ts"() {
    "use strict";
    path8 = __toESM(require("node:path"));
    init_settings();
  }
});

// server/src/shared/regularFile.ts
function readSettingsFileSync(file) {
  try {
    const refused = refusal(fs7.statSync(file));
    if (refused) return { problem: refused };
    const fd = fs7.openSync(file, OPEN_FLAGS);
    try {
      const stat = fs7.fstatSync(fd);
      const again = refusal(stat);
      if (again) return { problem: again };
      const bytes = Buffer.alloc(stat.size);
      let read = 0;
      while (read < bytes.length) {
        const n = fs7.readSync(fd, bytes, read, bytes.length - read, read);
        if (n === 0) break;
        read += n;
      }
      return decode(bytes.subarray(0, read));
    } finally {
      fs7.closeSync(fd);
    }
  } catch (error) {
    return fsProblem(error);
  }
}
function settingsFileExistsSync(file) {
  try {
    fs7.statSync(file);
    return true;
  } catch (error) {
    return !isAbsent(error);
  }
}
function isAbsent(error) {
  const code = error.code;
  return code === "ENOENT" || code === "ENOTDIR";
}
function refusal(stat) {
  if (!stat.isFile()) return `not a regular file (${kindOf(stat)}); only regular files are read as settings`;
  if (stat.size > MAX_SETTINGS_FILE_BYTES) return `too big (${stat.size} bytes; at most ${MAX_SETTINGS_FILE_BYTES})`;
  return void 0;
}
function kindOf(stat) {
  if (stat.isDirectory()) return "a folder";
  if (stat.isFIFO()) return "a FIFO";
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return "a device";
  if (stat.isSocket()) return "a socket";
  return "not a file";
}
function decode(bytes) {
  try {
    const text2 = UTF8.decode(bytes);
    return { text: text2.charCodeAt(0) === 65279 ? text2.slice(1) : text2 };
  } catch {
    return { problem: "not valid UTF-8" };
  }
}
function fsProblem(error) {
  const code = error.code;
  if (code === "ENOENT" || code === "ENOTDIR") return { problem: "no such file or directory", missing: true };
  if (code === "ELOOP") return { problem: "a symbolic link that loops" };
  if (code === "EACCES" || code === "EPERM") return { problem: "permission denied" };
  return { problem: code ?? (error instanceof Error ? error.message : String(error)) };
}
var fs7, OPEN_FLAGS, UTF8;
var init_regularFile2 = __esm({
  "server/src/shared/regularFile.ts"() {
    "use strict";
    fs7 = __toESM(require("node:fs"));
    init_settings();
    OPEN_FLAGS = fs7.constants.O_RDONLY | (fs7.constants.O_NONBLOCK ?? 0);
    UTF8 = new TextDecoder("utf-8", { fatal: true });
  }
});

// server/src/cli/settingsDiscovery.ts
var fs8, path9, GIT_MARKER, SettingsFinder;
var init_settingsDiscovery = __esm({
  "server/src/cli/settingsDiscovery.ts"() {
    "use strict";
    fs8 = __toESM(require("node:fs"));
    path9 = __toESM(require("node:path"));
    init_engine();
    init_args();
    init_paths();
    init_settingsChain();
    init_regularFile2();
    GIT_MARKER = ".git";
    SettingsFinder = class {
      constructor(options) {
        this.options = options;
        if (options.configFile !== void 0) this.fixed = this.loadConfigOption(options.configFile);
      }
      options;
      byFolder = /* @__PURE__ */ new Map();
      byFile = /* @__PURE__ */ new Map();
      fixed;
      found = [];
      /** Every problem of the settings files read so far, each as `FILE:LINE:COLUMN: message`. */
      get problems() {
        return [...new Set(this.found.map((problem) => {
          const where = problem.file === void 0 ? "" : `${this.displayPath(problem.file)}:`;
          return `${where}${problem.range.start.line + 1}:${problem.range.start.character + 1}: ${problem.message}`;
        }))];
      }
      /** The settings for a file, by its absolute path (symlinks not resolved). */
      settingsFor(absolutePath) {
        return this.fixed ?? this.settingsOfFolder(path9.dirname(absolutePath));
      }
      settingsOfFolder(folder) {
        const chain = [];
        let settings;
        for (let current2 = folder; ; ) {
          const cached = this.byFolder.get(current2);
          if (cached) {
            settings = cached;
            break;
          }
          chain.push(current2);
          const candidate = path9.join(current2, SETTINGS_FILE_NAME);
          if (settingsFileExistsSync(candidate)) {
            settings = this.loadFound(candidate);
            break;
          }
          const parent = path9.dirname(current2);
          if (fs8.existsSync(path9.join(current2, GIT_MARKER)) || parent === current2) break;
          current2 = parent;
        }
        settings ??= {};
        for (const visited of chain) this.byFolder.set(visited, settings);
        return settings;
      }
      loadFound(file) {
        const cached = this.byFile.get(file);
        if (cached) return cached;
        const loaded = this.load(file);
        this.byFile.set(file, loaded.settings);
        return loaded.settings;
      }
      loadConfigOption(given) {
        const file = path9.resolve(this.options.cwd, given);
        const loaded = this.load(file, false);
        if (loaded.unreadable !== void 0) throw new UsageError(`--config ${toSlashes(given)}: ${loaded.unreadable}`);
        this.found.push(...loaded.problems);
        return loaded.settings;
      }
      load(file, record = true) {
        const loaded = loadSettingsSync(file, readSettingsFileSync);
        if (record) this.found.push(...loaded.problems);
        return loaded;
      }
      displayPath(file) {
        return displayPath(file, this.options.cwd);
      }
    };
  }
});

// server/src/cli/stdin.ts
var stdin_exports = {};
__export(stdin_exports, {
  readAllStdin: () => readAllStdin,
  readStdinSource: () => readStdinSource,
  stdinFile: () => stdinFile
});
function stdinFile(filename, cwd) {
  const name = filename ?? STDIN_NAME;
  const absolutePath = path10.resolve(cwd, name);
  return { file: toSlashes(name), absolutePath, realPath: absolutePath, insideGiven: false };
}
function readStdinSource(read, name) {
  let bytes;
  try {
    bytes = read();
  } catch (error) {
    throw new UsageError(`cannot read standard input: ${describeFsError(error)}`);
  }
  try {
    return decodeSource(bytes);
  } catch (error) {
    if (error instanceof NotUtf8Error) throw new UsageError(`${name}: standard input is not valid UTF-8; nothing was linted`);
    throw error;
  }
}
function readAllStdin() {
  const chunks = [];
  const chunk = Buffer.alloc(1 << 16);
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (; ; ) {
    let count;
    try {
      count = fs9.readSync(0, chunk, 0, chunk.length, null);
    } catch (error) {
      const code = error.code;
      if (code === "EAGAIN") {
        Atomics.wait(pause, 0, 0, 10);
        continue;
      }
      if (code === "EOF") break;
      throw error;
    }
    if (count === 0) break;
    chunks.push(Buffer.from(chunk.subarray(0, count)));
  }
  return Buffer.concat(chunks);
}
var fs9, path10;
var init_stdin = __esm({
  "server/src/cli/stdin.ts"() {
    "use strict";
    fs9 = __toESM(require("node:fs"));
    path10 = __toESM(require("node:path"));
    init_args();
    init_fsErrors();
    init_paths();
    init_readFile();
  }
});

// server/src/cli/run.ts
var run_exports = {};
__export(run_exports, {
  run: () => run
});
function run(options, env) {
  let failed = false;
  const fail2 = (line) => {
    failed = true;
    env.stderr(line);
  };
  const baseline = options.baseline !== void 0 ? loadBaseline(options.baseline, env.cwd) : void 0;
  const finder = new SettingsFinder({ cwd: env.cwd, configFile: options.config });
  const { inputs, roots } = collectInputs(options, env, fail2);
  checkOutputTargets(options, inputs.map((input) => input.found), roots, env.cwd);
  const settingsOf = inputs.map(({ found }) => finder.settingsFor(found.absolutePath));
  if (finder.problems.length) {
    for (const line of finder.problems) env.stderr(line);
    env.stderr(`nothing was linted: fix the settings ${finder.problems.length === 1 ? "problem" : "problems"} above (a broken settings file is never replaced by the defaults)`);
    return 2;
  }
  const today = options.today ?? localDate();
  const linted = [];
  const compared = [];
  let fixedStdin;
  const byFile = filesOneByOne(options);
  const known = baseline && new Set(baseline.entries.map((entry) => entry.fingerprint));
  const parts = [];
  const counts = { errors: 0, warnings: 0, infos: 0 };
  const formatOptions = { color: options.output === void 0 && env.color, cwd: env.cwd, version: env.version };
  for (let index = 0; index < inputs.length; index++) {
    const { found, read } = inputs[index];
    let readSource2;
    try {
      readSource2 = read();
    } catch (error) {
      fail2(`${found.file}: ${describeFsError(error)}`);
      continue;
    }
    const source = readSource2.source;
    const settings = settingsOf[index];
    const lintOptions = {
      defaultEdition: options.edition ?? settings.edition,
      rules: settings.rules,
      ruleOptions: settings.ruleOptions,
      policies: settings.policies,
      today
    };
    const policies = settings.policies?.map((policy) => policy.meta);
    const relativePath = relativeToCwd(found.absolutePath, env.cwd);
    try {
      if (options.compareEditions) {
        compared.push({ ...compareFile(found, relativePath, source, lintOptions), ...policies ? { policies } : {} });
        continue;
      }
      let result;
      if (options.fix && options.stdin) {
        const fixed = fixAll(source.text, lintOptions);
        fixedStdin = encodeSource({ text: fixed.text, bom: source.bom });
        result = fixed.result;
      } else if (options.fix && readSource2.onDisk) {
        const outcome = fixFile(found, readSource2.onDisk, lintOptions, env.cwd);
        if (outcome.notWritten) fail2(`${found.file}: ${outcome.notWritten}`);
        result = outcome.result;
      } else {
        result = lint(source.text, lintOptions);
      }
      const file = { file: found.file, absolutePath: found.absolutePath, edition: result.edition, diagnostics: withFingerprints(relativePath, result.diagnostics), ...policies ? { policies } : {} };
      if (byFile) {
        const marked = known ? markBaseline([file], known)[0] : file;
        countProblems(marked.diagnostics, counts);
        parts.push(byFile.file(marked, formatOptions));
      } else {
        linted.push(file);
      }
    } catch (error) {
      fail2(`internal error while linting ${found.file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (byFile) {
    deliver(byFile.finish(parts, formatOptions), options.output, env.stdout, env, fail2);
    return exitCode({ counts, maxWarnings: options.maxWarnings, failed });
  }
  let files = linted;
  if (options.writeBaseline !== void 0) {
    const written = writeBaseline(options.writeBaseline, files, env.cwd, failed, fail2);
    if (written) files = markBaseline(files, written);
  } else if (known) {
    files = markBaseline(files, known);
  }
  if (options.pruneBaseline && baseline) {
    const pruned = pruneBaseline(options.baseline, baseline, files, env.cwd, failed, fail2);
    deliver(pruned, options.output, env.stdout, env, fail2);
    return exitCode({ counts: { errors: 0, warnings: 0, infos: 0 }, failed });
  }
  const report = options.compareEditions ? { kind: "compare", files: compared } : { kind: "lint", files };
  const toStderr = fixedStdin !== void 0 && options.output === void 0;
  const color = options.output !== void 0 ? false : toStderr ? env.stderrColor : env.color;
  const text2 = formatterFor(options.format)(report, { color, cwd: env.cwd, version: env.version });
  if (fixedStdin !== void 0) env.stdout(fixedStdin);
  deliver(text2, options.output, toStderr ? env.stderrReport : env.stdout, env, fail2);
  if (report.kind === "lint") for (const file of report.files) countProblems(file.diagnostics, counts);
  else for (const file of report.files) countProblems(file.targetDiagnostics, counts);
  return exitCode({ counts, maxWarnings: options.maxWarnings, failed });
}
function filesOneByOne(options) {
  if (options.stdin || options.compareEditions || options.writeBaseline !== void 0 || options.pruneBaseline) return void 0;
  return fileByFileFormatterFor(options.format);
}
function collectInputs(options, env, fail2) {
  if (options.stdin) {
    const found = stdinFile(options.stdinFilename, env.cwd);
    const source = readStdinSource(env.readStdin, found.file);
    return { inputs: [{ found, read: () => ({ source }) }], roots: [] };
  }
  const { files, errors: errors2, roots } = discoverFiles(options.paths, env.cwd);
  for (const error of errors2) fail2(`${error.file}: ${error.message}`);
  return {
    inputs: files.map((found) => ({
      found,
      read: () => {
        const onDisk = readSourceFile(found.absolutePath);
        return { source: onDisk.source, onDisk };
      }
    })),
    roots
  };
}
function deliver(text2, output, stream, env, fail2) {
  if (output === void 0) {
    stream(text2);
    return;
  }
  try {
    writeFileAtomic(path11.resolve(env.cwd, output), text2);
  } catch (error) {
    fail2(`cannot write the report to ${output}: ${describeFsError(error)}`);
  }
}
var path11;
var init_run = __esm({
  "server/src/cli/run.ts"() {
    "use strict";
    path11 = __toESM(require("node:path"));
    init_engine();
    init_applyBaseline();
    init_compare2();
    init_discover();
    init_exitCode();
    init_fingerprint();
    init_fix2();
    init_formatters();
    init_fsErrors();
    init_paths();
    init_outputTargets();
    init_readFile();
    init_settingsDiscovery();
    init_stdin();
    init_writeAtomic();
  }
});

// package.json
var version = "0.1.0";

// server/src/cli/main.ts
init_args();

// server/src/cli/color.ts
function useColor(env, isTTY) {
  const force = env.FORCE_COLOR;
  if (force !== void 0) return force !== "0" && force.toLowerCase() !== "false";
  return isTTY && !env.NO_COLOR;
}

// server/src/cli/main.ts
init_exitCode();
function main(argv) {
  const stderr = (line) => process.stderr.write(`privacy-lint: ${escapeLine(line)}
`);
  try {
    const options = parseArgs(argv);
    if (options.help) {
      writeStdout((init_help(), __toCommonJS(help_exports)).HELP_TEXT);
      finish(0);
      return;
    }
    if (options.version) {
      writeStdout(`${version}
`);
      finish(0);
      return;
    }
    const tuning = (init_v8Tuning(), __toCommonJS(v8Tuning_exports));
    tuning.keepTreesYoung();
    tuning.compileForShortRuns();
    const { run: run2 } = (init_run(), __toCommonJS(run_exports));
    const { readAllStdin: readAllStdin2 } = (init_stdin(), __toCommonJS(stdin_exports));
    const code = run2(options, {
      cwd: process.cwd(),
      version,
      color: useColor(process.env, process.stdout.isTTY === true),
      stdout: writeStdout,
      stderr,
      readStdin: readAllStdin2,
      stderrReport: (text2) => process.stderr.write(text2),
      stderrColor: useColor(process.env, process.stderr.isTTY === true)
    });
    finish(code);
  } catch (error) {
    stderr(error instanceof UsageError ? error.message : `internal error: ${error instanceof Error ? error.message : String(error)}`);
    finish(EXIT_FAILURE);
  }
}
function escapeLine(line) {
  return (init_escape(), __toCommonJS(escape_exports)).escapeControlCharacters(line);
}
var pendingWrites = 0;
var writeError;
var exitWith;
var finished = false;
function writeStdout(text2) {
  pendingWrites++;
  process.stdout.write(text2, (error) => {
    pendingWrites--;
    if (error && !writeError) writeError = error;
    if (exitWith !== void 0) finish(exitWith);
  });
}
function finish(code) {
  exitWith = code;
  if (finished || pendingWrites > 0 && !writeError) return;
  finished = true;
  if (writeError && writeError.code !== "EPIPE") {
    const reason = (init_fsErrors(), __toCommonJS(fsErrors_exports)).describeFsError(writeError);
    process.stderr.write(`privacy-lint: cannot write the report to standard output: ${reason}
`);
    code = EXIT_FAILURE;
  }
  process.exitCode = code;
  if (process.stderr.writableLength === 0) process.exit(code);
}
process.stdout.on("error", (error) => {
  if (!writeError) writeError = error;
  if (exitWith !== void 0) finish(exitWith);
});
process.on("uncaughtException", (error) => {
  process.stderr.write(`privacy-lint: internal error: ${error instanceof Error ? error.message : String(error)}
`);
  process.exit(EXIT_FAILURE);
});
main(process.argv.slice(2));
