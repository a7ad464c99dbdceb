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
  const end = argv.indexOf("--");
  const beforeEnd = end < 0 ? argv : argv.slice(0, end);
  if (beforeEnd.some((arg) => FLAG_OPTIONS[arg] === "help")) return { ...options, help: true, paths: ["."] };
  if (beforeEnd.some((arg) => FLAG_OPTIONS[arg] === "version")) return { ...options, version: true, paths: ["."] };
  let formatGiven = false;
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
    else if (i + 1 < argv.length && !argv[i + 1].startsWith("--")) value = argv[++i];
    if (option === "format") formatGiven = true;
    setValue(options, name, option, value);
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
function setValue(options, name, option, value) {
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
                                 junit    JUnit XML, a test case per file, a failure per error
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
function endOfLine(text2, offset) {
  let end = offset;
  while (end < text2.length && text2[end] !== "\n" && text2[end] !== "\r") end++;
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
  return /^[ \t]*$/.test(text2.slice(lineStart(text2, offset), offset));
}
function hasLineBreak(text2, from, to) {
  const lf = text2.indexOf("\n", from);
  if (lf >= 0 && lf < to) return true;
  const cr = text2.indexOf("\r", from);
  return cr >= 0 && cr < to;
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
        const lineEnd = endOfLine(text2, lastEnd);
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
        const index = siblings.indexOf(member);
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
      /** The member's text, or its whole line when only whitespace (and the comma going with it) would be left. */
      removeMemberText(member, comma) {
        const text2 = this.text;
        const end = member.offset + member.length;
        const start = lineStart(text2, member.offset);
        const lineEndAt = endOfLine(text2, end);
        const after = text2.slice(end, lineEndAt);
        const afterIsBlank = /^[ \t]*$/.test(comma !== void 0 && comma >= end && comma < lineEndAt ? after.replace(",", "") : after);
        if (/^[ \t]*$/.test(text2.slice(start, member.offset)) && afterIsBlank && lineEndAt < text2.length) {
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
var NO_ITEMS, RuleContext;
var init_context = __esm({
  "server/src/engine/context.ts"() {
    "use strict";
    init_fixes();
    init_renames();
    NO_ITEMS = [];
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
      /** Values several rules read, computed once per lint (see `memo`). */
      memos;
      /** Where reports go, and as which rule and severity (set by the engine before each rule runs). */
      sink = [];
      rule = "";
      severity = "error";
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
      reportKey(path9, keyNode, message, fixes = []) {
        this.push(path9, keyNode.offset, keyNode.length, message, fixes);
      }
      /** Report on a raw range (syntax errors, comments). */
      reportRange(path9, offset, length, message, fixes = []) {
        this.push(path9, offset, length, message, fixes);
      }
      /** A fix, or none when its edits could not be computed safely. */
      fix(title, preferred, edits) {
        return edits && edits.length ? [{ title, preferred, edits }] : [];
      }
      /** Reports from now on are `rule`'s, with `severity`, and go to `into`. */
      reportAs(rule, severity, into) {
        this.rule = rule;
        this.severity = severity;
        this.sink = into;
      }
      push(path9, offset, length, message, fixes) {
        const text2 = this.doc.text;
        const span = fitSpan(text2, offset, length);
        this.sink.push({
          rule: this.rule,
          severity: this.severity,
          message,
          path: path9,
          range: this.doc.lines.rangeOf(span.offset, span.length),
          offset: span.offset,
          length: span.length,
          fixes: fixes.length ? fixes.filter((fix) => fix.edits.every((edit) => fitEdit(text2, edit))) : fixes
        });
      }
    };
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
function label(path9) {
  if (!path9.length) return "The document";
  return "`" + path9.map((s, i) => typeof s === "number" ? `[${s}]` : i ? `.${s}` : s).join("") + "`";
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
function lastOccurrences(children) {
  const last = /* @__PURE__ */ new Map();
  for (const property of children) {
    const key = property.children?.[0];
    if (key) last.set(key.value, property);
  }
  return last;
}
var Checked, TypeFinding, KeyFinding, DuplicateKey, UnknownProperty, UNCHECKED, SHAPES, Walker;
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
        const path9 = [];
        for (let at = this; at && at.segment !== void 0; at = at.parent) path9.push(at.segment);
        return path9.reverse();
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
              const shown = node.type === "string" ? `"${node.value}"` : String(node.value);
              return this.invalid(node, parent, segment, (p) => `${label(p)} is ${shown}, which is not ${expected(spec)}.`);
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
        for (let i = 0; i < children.length; i++) {
          const property = children[i];
          const key = property.children?.[0];
          if (!key) continue;
          const name = key.value;
          if (seen?.has(name)) this.findings.push(new DuplicateKey(self, name, key, property));
          const index = shape.index.get(name);
          if (index === void 0) {
            const allowed = Object.keys(properties);
            const candidates = closeMatches(name, allowed.filter((k) => !(last ? last.has(k) : hasKey(children, k))), 2);
            this.findings.push(new UnknownProperty(self, name, key, candidates, allowed));
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
    let result2 = "", start = pos2;
    while (true) {
      if (pos2 >= len2) {
        result2 += text2.substring(start, pos2);
        scanError2 = 2;
        break;
      }
      const ch = text2.charCodeAt(pos2);
      if (ch === 34) {
        result2 += text2.substring(start, pos2);
        pos2++;
        break;
      }
      if (ch === 92) {
        result2 += text2.substring(start, pos2);
        pos2++;
        if (pos2 >= len2) {
          scanError2 = 2;
          break;
        }
        const ch2 = text2.charCodeAt(pos2++);
        switch (ch2) {
          case 34:
            result2 += '"';
            break;
          case 92:
            result2 += "\\";
            break;
          case 47:
            result2 += "/";
            break;
          case 98:
            result2 += "\b";
            break;
          case 102:
            result2 += "\f";
            break;
          case 110:
            result2 += "\n";
            break;
          case 114:
            result2 += "\r";
            break;
          case 116:
            result2 += "	";
            break;
          case 117:
            const ch3 = scanHexDigits(4, true);
            if (ch3 >= 0) {
              result2 += String.fromCharCode(ch3);
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
          result2 += text2.substring(start, pos2);
          scanError2 = 2;
          break;
        } else {
          scanError2 = 6;
        }
      }
      pos2++;
    }
    return result2;
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
    let result2;
    do {
      result2 = scanNext();
    } while (result2 >= 12 && result2 <= 15);
    return result2;
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
    onSeparator: (sep3, offset, length) => {
      if (currentParent.type === "property") {
        if (sep3 === ":") {
          currentParent.colonOffset = offset;
        } else if (sep3 === ",") {
          ensurePropertyComplete2(offset);
        }
      }
    },
    onError: (error, offset, length) => {
      errors2.push({ error, offset, length });
    }
  };
  visit(text2, visitor, options);
  const result2 = currentParent.children[0];
  if (result2) {
    delete result2.parent;
  }
  return result2;
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
  const result2 = parse2(text2);
  if (stack.length > 1024) stack.length = 0;
  else stack.fill(void 0);
  return result2;
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
  let result2 = text2.slice(start, at);
  let pos2 = at;
  let runStart = at;
  while (pos2 < len2) {
    const ch = text2.charCodeAt(pos2);
    if (ch === 34 /* quote */) {
      result2 += text2.slice(runStart, pos2);
      stringEnd = pos2 + 1;
      return result2;
    }
    if (ch === 92 /* backslash */) {
      result2 += text2.slice(runStart, pos2);
      if (++pos2 >= len2) return void 0;
      switch (text2.charCodeAt(pos2++)) {
        case 34 /* quote */:
          result2 += '"';
          break;
        case 92 /* backslash */:
          result2 += "\\";
          break;
        case 47 /* slash */:
          result2 += "/";
          break;
        case 98 /* b */:
          result2 += "\b";
          break;
        case 102 /* f */:
          result2 += "\f";
          break;
        case 110 /* n */:
          result2 += "\n";
          break;
        case 114 /* r */:
          result2 += "\r";
          break;
        case 116 /* t */:
          result2 += "	";
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
          result2 += String.fromCharCode(code);
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
  let result2 = "";
  let start = pos;
  for (; ; ) {
    if (pos >= len) {
      result2 += text.substring(start, pos);
      scanError = 2 /* UnexpectedEndOfString */;
      break;
    }
    const ch = text.charCodeAt(pos);
    if (ch === 34) {
      result2 += text.substring(start, pos);
      pos++;
      break;
    }
    if (ch === 92) {
      result2 += text.substring(start, pos);
      pos++;
      if (pos >= len) {
        scanError = 2 /* UnexpectedEndOfString */;
        break;
      }
      switch (text.charCodeAt(pos++)) {
        case 34:
          result2 += '"';
          break;
        case 92:
          result2 += "\\";
          break;
        case 47:
          result2 += "/";
          break;
        case 98:
          result2 += "\b";
          break;
        case 102:
          result2 += "\f";
          break;
        case 110:
          result2 += "\n";
          break;
        case 114:
          result2 += "\r";
          break;
        case 116:
          result2 += "	";
          break;
        case 117: {
          const code = scanHex4();
          if (code >= 0) result2 += String.fromCharCode(code);
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
        result2 += text.substring(start, pos);
        scanError = 2 /* UnexpectedEndOfString */;
        break;
      }
      scanError = 6 /* InvalidCharacter */;
    }
    pos++;
  }
  return result2;
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

// server/src/engine/rule.ts
var ALL_EDITIONS;
var init_rule = __esm({
  "server/src/engine/rule.ts"() {
    "use strict";
    ALL_EDITIONS = ["2018-05", "2020-09"];
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
  return JSON.stringify(value);
}
var init_model = __esm({
  "server/src/engine/policy/model.ts"() {
    "use strict";
    init_spec();
  }
});

// server/src/engine/rules/structure/unknownProperty.ts
var unknownProperty;
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
              { offset: finding.keyNode.offset, length: finding.keyNode.length, newText: quote(candidate) }
            ])
          );
          const hint = finding.candidates.length ? ` Did you mean ${finding.candidates.map(quote).join(" or ")}?` : "";
          ctx.reportKey(
            finding.path,
            finding.keyNode,
            `Unknown property ${quote(key)}.${hint} Allowed here: ${finding.allowed.map(quote).join(", ")}.`,
            fixes
          );
        }
      }
    };
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

// server/src/engine/policy/retention.ts
function checkRetention(ctx, { key, maxDays, isoForm, what, limit }) {
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
        fixPreferred: true
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
        fixPreferred: true
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
        fixPreferred: true
      },
      check(ctx) {
        const deletion = ctx.at("deletion");
        for (let i = 0; i < SCENARIOS2.length; i++) {
          const name = SCENARIOS2[i];
          const days = ctx.valid(ctx.valid(deletion, name), "purgeWithinDays");
          if (!days || days.value <= MAX_DAYS) continue;
          ctx.reportValue(
            days,
            `Personal data must be removed within 30 days after deletion, not ${days.value}.`,
            ctx.fix("Set to 30", true, ctx.fixes.setValue(days.node, MAX_DAYS))
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
        fixPreferred: true
      },
      check(ctx) {
        const purposes = ctx.validItems(ctx.at("processing", "purposes"));
        for (let i = 0; i < purposes.length; i++) {
          const element = purposes[i];
          const value = element.value;
          if (!FORBIDDEN_PURPOSES.includes(value.toLowerCase())) continue;
          ctx.reportValue(
            element,
            `Personal data must not be used for ${value.toLowerCase()}.`,
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

// server/src/engine/rules/suppression/reason.ts
var suppressionReason;
var init_reason = __esm({
  "server/src/engine/rules/suppression/reason.ts"() {
    "use strict";
    init_rule();
    suppressionReason = {
      meta: {
        id: "suppression/reason",
        editions: ALL_EDITIONS,
        severity: "warning",
        policySection: "SPEC section 4, Suppressions",
        summary: "A disable comment with no `-- REASON` (it still suppresses).",
        rationale: "An exception to a privacy policy needs a reason a reviewer can read: write it after `--`.",
        example: "// privacy-lint-disable-next-line retention/audit-logs"
      },
      check(ctx) {
        const directives = ctx.directives;
        for (let i = 0; i < directives.length; i++) {
          const directive = directives[i];
          if (directive.reason !== void 0) continue;
          ctx.reportRange(
            [],
            directive.comment.offset,
            directive.comment.length,
            'This disable comment gives no reason; add one after "--", e.g. "-- approved by the privacy board, ticket 123".'
          );
        }
      }
    };
  }
});

// server/src/engine/rules/suppression/unused.ts
function removeRuleName(directive, rule) {
  const index = directive.rules.indexOf(rule);
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
    init_rule();
    suppressionUnused = {
      meta: {
        id: "suppression/unused",
        editions: ALL_EDITIONS,
        severity: "warning",
        policySection: "SPEC section 4, Suppressions",
        summary: "One for each rule of a disable comment that suppressed nothing.",
        rationale: "A stale exception hides the next real problem on that line or file. Remove what no longer applies.",
        fix: "Remove that rule from the comment, or the whole comment when no rule is left.",
        fixPreferred: true
      },
      check(ctx) {
        const directives = ctx.directives;
        for (let i = 0; i < directives.length; i++) {
          const directive = directives[i];
          if (directive.expired) continue;
          const unused = directive.rules.filter((r) => r.used === 0);
          const removeComment = unused.length === directive.rules.length;
          for (let j = 0; j < unused.length; j++) {
            const rule = unused[j];
            const edits = removeComment ? removeWholeComment(ctx.text, directive) : removeRuleName(directive, rule);
            const where = directive.kind === "file" ? "in this file" : "on the next line";
            ctx.reportRange(
              [],
              rule.offset,
              rule.length,
              `"${rule.id}" is disabled here but reports nothing ${where}.`,
              ctx.fix(removeComment ? "Remove the disable comment" : `Remove "${rule.id}" from the comment`, true, edits)
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
    const expires = reason === void 0 ? void 0 : EXPIRES.exec(reason)?.[1];
    directives.push({
      kind: match[2] === "disable-file" ? "file" : "next-line",
      comment,
      rules,
      reason,
      targetLine: doc.lines.positionAt(comment.offset + comment.length).line + 1,
      expires,
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
  for (let i = 0; i < diagnostics.length; i++) {
    const diagnostic = diagnostics[i];
    if (!isSuppressible(diagnostic.rule)) continue;
    for (let j = 0; j < directives.length; j++) {
      const directive = directives[j];
      if (directive.expired) continue;
      if (directive.kind === "next-line" && directive.targetLine !== diagnostic.range.start.line) continue;
      const rule = directive.rules.find((r) => r.id === diagnostic.rule);
      if (!rule) continue;
      rule.used++;
      diagnostic.suppression ??= { kind: "inSource", justification: directive.reason ?? "" };
    }
  }
}
function localDate(at = /* @__PURE__ */ new Date()) {
  const pad = (n) => String(n).padStart(2, "0");
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}
var EXPIRES, DIRECTIVE, RULE_NAME;
var init_suppressions = __esm({
  "server/src/engine/suppressions.ts"() {
    "use strict";
    EXPIRES = /;\s*expires\s+(\d{4}-\d{2}-\d{2})\s*$/;
    DIRECTIVE = /^(\s*)privacy-lint-(disable-next-line|disable-file)(?=\s|$)/;
    RULE_NAME = /[^\s,]+/g;
  }
});

// server/src/engine/lint.ts
function lint(text2, options = {}) {
  return lintDocument(parseDocument2(text2), options, false);
}
function planOf(edition, overrides) {
  let plans = PLANS.get(edition);
  if (!plans) PLANS.set(edition, plans = { defaults: makePlan(edition, void 0), byOverrides: /* @__PURE__ */ new WeakMap() });
  if (!overrides) return plans.defaults;
  let plan = plans.byOverrides.get(overrides);
  if (!plan) plans.byOverrides.set(overrides, plan = makePlan(edition, overrides));
  return plan;
}
function makePlan(edition, overrides) {
  const { main: main2, suppression } = RULES_OF.get(edition);
  const steps = (rules) => rules.map((rule) => ({ rule, severity: overrides && overrides[rule.meta.id] || rule.meta.severity })).filter((step) => step.severity !== "off");
  return { main: steps(main2), suppression: steps(suppression) };
}
function lintDocument(doc, options = {}, keep = true) {
  const edition = options.forceEdition ?? editionOf(doc.root, options.defaultEdition ?? DEFAULT_EDITION);
  const ctx = new RuleContext(doc, edition, analysisOf(doc, edition, keep));
  const diagnostics = [];
  const { main: main2, suppression } = planOf(edition, options.rules);
  for (let i = 0; i < main2.length; i++) {
    const { rule, severity } = main2[i];
    ctx.reportAs(rule.meta.id, severity, diagnostics);
    rule.check(ctx);
  }
  ctx.directives = parseDirectives(doc, options.today ?? localDate());
  applySuppressions(ctx.directives, diagnostics);
  for (let i = 0; i < suppression.length; i++) {
    const { rule, severity } = suppression[i];
    ctx.reportAs(rule.meta.id, severity, diagnostics);
    rule.check(ctx);
  }
  diagnostics.sort(byPosition);
  return { edition, diagnostics };
}
function byPosition(a, b) {
  return a.offset - b.offset || a.length - b.length || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}
var RULES_OF, PLANS;
var init_lint = __esm({
  "server/src/engine/lint.ts"() {
    "use strict";
    init_context();
    init_analysisCache();
    init_check();
    init_parse();
    init_rules();
    init_suppressions();
    init_types();
    RULES_OF = new Map(
      EDITIONS.map((edition) => {
        const rules = RULES.filter((rule) => rule.meta.editions.includes(edition));
        return [edition, { main: rules.filter((r) => !SUPPRESSION_RULES.has(r)), suppression: rules.filter((r) => SUPPRESSION_RULES.has(r)) }];
      })
    );
    PLANS = /* @__PURE__ */ new Map();
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
  let result2 = lintDocument(doc, options);
  let passes = 0;
  let applied = 0;
  if (doc.errors.length) return { text: text2, passes, applied, result: result2 };
  while (passes < maxPasses) {
    const fixes = preferredFixes(result2.diagnostics);
    if (!fixes.length) break;
    const next2 = applyEdits(doc.text, fixes.flatMap((f) => f.edits));
    if (next2 === doc.text) break;
    const nextDoc = parseDocument2(next2);
    if (nextDoc.errors.length) break;
    doc = nextDoc;
    result2 = lintDocument(doc, options);
    passes++;
    applied += fixes.length;
  }
  return { text: doc.text, passes, applied, result: result2 };
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

// server/src/engine/settings.ts
function parseSettings(text2) {
  const lines = new LineIndex(text2);
  const problems = [];
  const problem = (message, offset, length) => problems.push({ message, offset, length, range: lines.rangeOf(offset, length) });
  const errors2 = [];
  const root = parseTree2(text2, errors2, PARSE_OPTIONS);
  for (const error of errors2) problem(`${describeParseError(error)}.`, error.offset, error.length);
  if (errors2.length) return { settings: {}, problems };
  if (root?.type !== "object") {
    problem('The settings file must hold an object such as { "edition": "2020-09", "rules": { "retention/telemetry": "warning" } }.', root?.offset ?? 0, root?.length ?? 0);
    return { settings: {}, problems };
  }
  const settings = {};
  for (const property of root.children ?? []) {
    const [key, value] = property.children ?? [];
    if (!key || !value) continue;
    switch (key.value) {
      case "$schema":
        break;
      case "edition":
        if (value.type === "string" && EDITIONS.includes(value.value)) settings.edition = value.value;
        else problem(`"edition" must be "2018-05" or "2020-09", not ${text2.substr(value.offset, value.length)}.`, value.offset, value.length);
        break;
      case "rules":
        settings.rules = readRules(value, text2, problem);
        break;
      default:
        problem(`Unknown setting ${JSON.stringify(key.value)}; allowed: "edition", "rules".`, key.offset, key.length);
    }
  }
  return problems.length ? { settings: {}, problems } : { settings, problems };
}
function readRules(node, text2, problem) {
  const rules = {};
  if (node.type !== "object") {
    problem('"rules" must be an object of rule id to severity, e.g. { "retention/telemetry": "warning" }.', node.offset, node.length);
    return rules;
  }
  const ids = RULES.map((r) => r.meta.id);
  for (const property of node.children ?? []) {
    const [key, value] = property.children ?? [];
    if (!key || !value) continue;
    if (!ids.includes(key.value)) {
      const near = closeMatches(key.value, ids, 3);
      problem(`Unknown rule ${JSON.stringify(key.value)}${near.length ? `; did you mean ${JSON.stringify(near[0])}?` : "."}`, key.offset, key.length);
    } else if (value.type !== "string" || !SEVERITY_SETTINGS.includes(value.value)) {
      problem(`The severity of ${JSON.stringify(key.value)} must be one of ${SEVERITY_SETTINGS.map((s) => `"${s}"`).join(", ")}, not ${text2.substr(value.offset, value.length)}.`, value.offset, value.length);
    } else {
      rules[key.value] = value.value;
    }
  }
  return rules;
}
var SETTINGS_FILE_NAME, SEVERITY_SETTINGS;
var init_settings = __esm({
  "server/src/engine/settings.ts"() {
    "use strict";
    init_main();
    init_parse();
    init_lines();
    init_rules();
    init_types();
    init_distance();
    SETTINGS_FILE_NAME = "privacy-lint.config.json";
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
    init_lines();
    init_suppressions();
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
function jsonPathExpression(path9) {
  let expression = "$";
  for (const segment of path9) {
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
  const lines = text2.split(/\r?\n/);
  if (lines.length && lines[lines.length - 1] === "") lines.pop();
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
  return { entries, lines };
}
function fileColumn(line, fingerprintLength, rule) {
  if (!rule) return void 0;
  const rest = line.slice(line.indexOf(rule, fingerprintLength) + rule.length).trimStart();
  if (!rest) return void 0;
  if (rest.startsWith('"')) {
    const end = closingQuote(rest);
    if (end < 0) return void 0;
    try {
      return JSON.parse(rest.slice(0, end + 1));
    } catch {
      return void 0;
    }
  }
  return rest.split(/\s/, 1)[0];
}
function closingQuote(text2) {
  for (let i = 1; i < text2.length; i++) {
    if (text2[i] === "\\") i++;
    else if (text2[i] === '"') return i;
  }
  return -1;
}
function withoutLines(baseline, remove) {
  const kept = baseline.lines.filter((_, index) => !remove.has(index + 1));
  return kept.length ? `${kept.join("\n")}
` : "";
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
function isOutside(relative3) {
  return relative3 === ".." || relative3.startsWith(`..${path.sep}`) || path.isAbsolute(relative3);
}
function displayPath(absolutePath, cwd) {
  const relative3 = path.relative(cwd, absolutePath);
  return toSlashes(relative3 && !isOutside(relative3) ? relative3 : absolutePath);
}
function relativeToCwd(absolutePath, cwd) {
  if (path.sep === "/" && cwd.length > 1 && !cwd.endsWith("/") && absolutePath.startsWith(cwd) && absolutePath.charCodeAt(cwd.length) === 47) {
    const relative3 = absolutePath.slice(cwd.length + 1);
    if (relative3 && !/(^|\/)\.{0,2}(\/|$)|\/\//.test(relative3)) return relative3;
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

// server/src/cli/readFile.ts
function decodeSource(bytes) {
  const bom = bytes.length >= 3 && UTF8_BOM.every((b, i) => bytes[i] === b);
  const body = bom ? bytes.subarray(3) : bytes;
  if (!(0, import_node_buffer.isUtf8)(body)) throw new NotUtf8Error();
  return { text: Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString("utf8"), bom };
}
function readSource(file) {
  const text2 = fs.readFileSync(file, "utf8");
  if (text2.includes("\uFFFD")) return decodeSource(fs.readFileSync(file));
  return text2.charCodeAt(0) === 65279 ? { text: text2.slice(1), bom: true } : { text: text2, bom: false };
}
function encodeSource(source) {
  const body = Buffer.from(source.text, "utf8");
  return source.bom ? Buffer.concat([Buffer.from(UTF8_BOM), body]) : body;
}
var fs, import_node_buffer, NotUtf8Error, UTF8_BOM;
var init_readFile = __esm({
  "server/src/cli/readFile.ts"() {
    "use strict";
    fs = __toESM(require("node:fs"));
    import_node_buffer = require("node:buffer");
    NotUtf8Error = class extends Error {
      constructor() {
        super("not valid UTF-8");
      }
    };
    UTF8_BOM = [239, 187, 191];
  }
});

// server/src/cli/writeAtomic.ts
function writeFileAtomic(target, data) {
  let destination = path2.resolve(target);
  let mode;
  try {
    destination = fs2.realpathSync(destination);
    const stat = fs2.statSync(destination);
    if (stat.isDirectory()) throw Object.assign(new Error(`${target} is a directory`), { code: "EISDIR" });
    if (!stat.isFile()) {
      fs2.writeFileSync(destination, data);
      return;
    }
    mode = stat.mode & 4095;
  } catch (error) {
    if (error.code !== "ENOENT") throw error;
  }
  const temporary = path2.join(
    path2.dirname(destination),
    `.${path2.basename(destination)}.${process.pid}.${(0, import_node_crypto.randomBytes)(6).toString("hex")}.tmp`
  );
  let created = false;
  try {
    const fd = fs2.openSync(temporary, "wx", mode ?? 438);
    created = true;
    try {
      fs2.writeFileSync(fd, data);
      fs2.fsyncSync(fd);
    } finally {
      fs2.closeSync(fd);
    }
    if (mode !== void 0) fs2.chmodSync(temporary, mode);
    fs2.renameSync(temporary, destination);
    created = false;
  } finally {
    if (created) {
      try {
        fs2.unlinkSync(temporary);
      } catch {
      }
    }
  }
}
var fs2, path2, import_node_crypto;
var init_writeAtomic = __esm({
  "server/src/cli/writeAtomic.ts"() {
    "use strict";
    fs2 = __toESM(require("node:fs"));
    path2 = __toESM(require("node:path"));
    import_node_crypto = require("node:crypto");
  }
});

// server/src/cli/applyBaseline.ts
function loadBaseline(given, cwd) {
  const display = toSlashes(given);
  let text2;
  try {
    text2 = readSource(path3.resolve(cwd, given)).text;
  } catch (error) {
    const hint = error.code === "ENOENT" ? ` (create it with --write-baseline ${display})` : "";
    throw new UsageError(`--baseline ${display}: ${describeFsError(error)}${hint}`);
  }
  try {
    return parseBaseline(text2, `--baseline ${display}`);
  } catch (error) {
    if (error instanceof BaselineError) throw new UsageError(error.message);
    throw error;
  }
}
function baselineFindings(files, cwd) {
  return files.flatMap((file) => {
    const relative3 = relativeToCwd(file.absolutePath, cwd);
    return file.diagnostics.filter((d) => !d.suppression).map((d) => ({ fingerprint: d.fingerprint, rule: d.rule, file: relative3, path: d.path }));
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
      writeFileAtomic(path3.resolve(cwd, given), withoutLines(baseline, new Set(stale.map((entry) => entry.line))));
    } catch (error) {
      fail2(`--baseline ${toSlashes(given)}: cannot rewrite it without the stale entries (${describeFsError(error)})`);
    }
  } else if (stale.length) {
    fail2(`--baseline ${toSlashes(given)}: not pruned, because some files could not be linted`);
  }
  return stale.map((entry) => `${entry.text}
`).join("");
}
var fs3, path3;
var init_applyBaseline = __esm({
  "server/src/cli/applyBaseline.ts"() {
    "use strict";
    fs3 = __toESM(require("node:fs"));
    path3 = __toESM(require("node:path"));
    init_args();
    init_baseline();
    init_fsErrors();
    init_paths();
    init_readFile();
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
  for (const given of paths) {
    const file = toSlashes(given);
    const absolutePath = path4.resolve(cwd, given);
    let stat;
    try {
      stat = fs4.statSync(absolutePath);
    } catch (error) {
      errors2.push({ file, message: describeFsError(error) });
      continue;
    }
    if (stat.isFile()) {
      add({ file, absolutePath, realPath: fs4.realpathSync(absolutePath) });
    } else if (stat.isDirectory()) {
      const found = [];
      searchDirectory(absolutePath, given, found, errors2, visitedDirectories);
      found.sort(byPath).forEach(add);
    } else {
      errors2.push({ file, message: "not a regular file or directory" });
    }
  }
  return { files, errors: errors2 };
}
function searchDirectory(absoluteDir, displayDir, found, errors2, visited) {
  let entries;
  let realDir;
  try {
    realDir = fs4.realpathSync(absoluteDir);
    if (visited.has(realDir)) return;
    visited.add(realDir);
    entries = fs4.readdirSync(absoluteDir, { withFileTypes: true }).sort(byName);
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
        const target = fs4.statSync(absolutePrefix + name);
        isDirectory = target.isDirectory();
        isFile = target.isFile();
      } catch (error) {
        if (isPrivacyConfigName(name)) errors2.push({ file: slashedPrefix + toSlashes(name), message: describeFsError(error) });
        continue;
      }
    }
    if (isDirectory) {
      if (!isSkippedFolder(name)) searchDirectory(absolutePrefix + name, displayPrefix + name, found, errors2, visited);
    } else if (isFile && isPrivacyConfigName(name)) {
      try {
        const realPath = isLink ? fs4.realpathSync(absolutePrefix + name) : realPrefix + name;
        found.push({ file: slashedPrefix + toSlashes(name), absolutePath: absolutePrefix + name, realPath });
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
function fixFile(realPath, source, options) {
  const fixed = fixAll(source.text, options);
  if (fixed.text === source.text) return { result: fixed.result, written: false };
  try {
    writeFileAtomic(realPath, encodeSource({ text: fixed.text, bom: source.bom }));
  } catch (error) {
    return { result: lint(source.text, options), written: false, writeError: describeFsError(error) };
  }
  return { result: fixed.result, written: true };
}
var init_fix2 = __esm({
  "server/src/cli/fix.ts"() {
    "use strict";
    init_engine();
    init_fsErrors();
    init_readFile();
    init_writeAtomic();
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
    const shown = file.diagnostics.filter(isReported);
    if (!shown.length) continue;
    countProblems(shown, counts);
    fixable += shown.filter((d) => d.fixes.some((f) => f.preferred)).length;
    lines.push("", c.underline(file.file));
    lines.push(...table(shown.map((d) => ({ severity: d.severity, cells: [position(d), LABELS[d.severity], d.message, d.rule] })), c));
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
    lines.push("", `${c.underline(file.file)}  ${c.gray(`(own edition ${file.edition})`)}`);
    if (countProblems(file.targetDiagnostics).errors) failing++;
    if (!file.differences.length) {
      lines.push(`  no differences between ${older} and ${newer}`);
      continue;
    }
    for (const { edition } of file.differences) only.set(edition, only.get(edition) + 1);
    lines.push(...table(file.differences.map(({ edition, diagnostic: d }) => ({
      severity: d.severity,
      cells: [position(d), LABELS[d.severity], `only in ${edition}: ${d.message}`, d.rule]
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
var stylish, LABELS, plural, position;
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
    init_report();
    json = (report) => `${JSON.stringify(report.kind === "lint" ? lintEntries(report) : comparisonEntries(report), null, 2)}
`;
    jsonFileByFile = {
      file: (file) => JSON.stringify([lintEntry(file)], null, 2).slice(2, -2),
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
function sarifLog(report, options) {
  const results = [];
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
            rules: RULES.map((rule) => reportingDescriptor(rule.meta))
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
    helpUri: ruleDocsUrl(meta.id),
    help: { text: meta.fix ? `${meta.rationale} Fix: ${meta.fix}` : meta.rationale },
    defaultConfiguration: { level: LEVELS[meta.severity] },
    properties: { editions: [...meta.editions], policySection: meta.policySection }
  };
}
function result(d, text2, artifact, fingerprint, baselineState) {
  return {
    ruleId: d.rule,
    ruleIndex: RULE_INDEX.get(d.rule),
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
  const relative3 = path5.relative(cwd, absolutePath);
  if (!relative3 || isOutside(relative3)) return { uri: (0, import_node_url.pathToFileURL)(absolutePath).href };
  return { uri: relative3.split(path5.sep).map(encodeURIComponent).join("/"), uriBaseId: SRCROOT };
}
function directoryUri(directory) {
  const href = (0, import_node_url.pathToFileURL)(directory).href;
  return href.endsWith("/") ? href : `${href}/`;
}
function pascalCase(id) {
  return id.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join("");
}
var path5, import_node_url, sarif, SARIF_SCHEMA, SRCROOT, LEVELS, RULE_INDEX;
var init_sarif = __esm({
  "server/src/cli/formatters/sarif.ts"() {
    "use strict";
    path5 = __toESM(require("node:path"));
    import_node_url = require("node:url");
    init_engine();
    init_fingerprint();
    init_paths();
    init_jsonPath();
    sarif = (report, options) => `${JSON.stringify(sarifLog(report, options), null, 2)}
`;
    SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    SRCROOT = "%SRCROOT%";
    LEVELS = {
      error: "error",
      warning: "warning",
      information: "note",
      hint: "note"
    };
    RULE_INDEX = new Map(RULES.map((rule, index) => [rule.meta.id, index]));
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
  return text2.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text2) {
  return escapeData(text2).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
var github, COMMANDS;
var init_github = __esm({
  "server/src/cli/formatters/github.ts"() {
    "use strict";
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
  return text2.replace(
    /[\u0000-\u001f\u007f-\u009f\u2028\u2029\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
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

// server/src/cli/settingsDiscovery.ts
var fs5, path6, GIT_MARKER, SettingsFinder;
var init_settingsDiscovery = __esm({
  "server/src/cli/settingsDiscovery.ts"() {
    "use strict";
    fs5 = __toESM(require("node:fs"));
    path6 = __toESM(require("node:path"));
    init_engine();
    init_args();
    init_fsErrors();
    init_readFile();
    init_paths();
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
      /** The settings for a file, by its absolute path (symlinks not resolved). */
      settingsFor(absolutePath) {
        return this.fixed ?? this.settingsOfFolder(path6.dirname(absolutePath));
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
          const candidate = path6.join(current2, SETTINGS_FILE_NAME);
          if (fs5.existsSync(candidate)) {
            settings = this.loadFound(candidate);
            break;
          }
          const parent = path6.dirname(current2);
          if (fs5.existsSync(path6.join(current2, GIT_MARKER)) || parent === current2) break;
          current2 = parent;
        }
        settings ??= {};
        for (const visited of chain) this.byFolder.set(visited, settings);
        return settings;
      }
      loadFound(file) {
        const cached = this.byFile.get(file);
        if (cached) return cached;
        let settings = {};
        try {
          settings = this.parse(readSource(file).text, this.displayPath(file));
        } catch (error) {
          this.options.warn(`${this.displayPath(file)}: cannot be read (${describeFsError(error)}); using the default settings`);
        }
        this.byFile.set(file, settings);
        return settings;
      }
      loadConfigOption(given) {
        let text2;
        try {
          text2 = readSource(path6.resolve(this.options.cwd, given)).text;
        } catch (error) {
          throw new UsageError(`--config ${toSlashes(given)}: ${describeFsError(error)}`);
        }
        return this.parse(text2, toSlashes(given));
      }
      parse(text2, display) {
        const { settings, problems } = parseSettings(text2);
        if (problems.length) {
          const [first] = problems;
          const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : "";
          const where = `${display}:${first.range.start.line + 1}:${first.range.start.character + 1}`;
          this.options.warn(`${where}: ${first.message.replace(/\.$/, "")}${more}; using the default settings`);
        }
        return settings;
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
  const absolutePath = path7.resolve(cwd, name);
  return { file: toSlashes(name), absolutePath, realPath: absolutePath };
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
      count = fs6.readSync(0, chunk, 0, chunk.length, null);
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
var fs6, path7;
var init_stdin = __esm({
  "server/src/cli/stdin.ts"() {
    "use strict";
    fs6 = __toESM(require("node:fs"));
    path7 = __toESM(require("node:path"));
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
  const finder = new SettingsFinder({ cwd: env.cwd, configFile: options.config, warn: env.stderr });
  const inputs = collectInputs(options, env, fail2);
  const today = options.today ?? localDate();
  const linted = [];
  const compared = [];
  let fixedStdin;
  const byFile = filesOneByOne(options);
  const known = baseline && new Set(baseline.entries.map((entry) => entry.fingerprint));
  const parts = [];
  const counts = { errors: 0, warnings: 0, infos: 0 };
  const formatOptions = { color: options.output === void 0 && env.color, cwd: env.cwd, version: env.version };
  for (const { found, read } of inputs) {
    let source;
    try {
      source = read();
    } catch (error) {
      fail2(`${found.file}: ${describeFsError(error)}`);
      continue;
    }
    const settings = finder.settingsFor(found.absolutePath);
    const lintOptions = { defaultEdition: options.edition ?? settings.edition, rules: settings.rules, today };
    const relativePath = relativeToCwd(found.absolutePath, env.cwd);
    try {
      if (options.compareEditions) {
        compared.push(compareFile(found, relativePath, source, lintOptions));
        continue;
      }
      let result2;
      if (options.fix && options.stdin) {
        const fixed = fixAll(source.text, lintOptions);
        fixedStdin = encodeSource({ text: fixed.text, bom: source.bom });
        result2 = fixed.result;
      } else if (options.fix) {
        const outcome = fixFile(found.realPath, source, lintOptions);
        if (outcome.writeError) fail2(`${found.file}: cannot write the fixed file (${outcome.writeError}); left unchanged`);
        result2 = outcome.result;
      } else {
        result2 = lint(source.text, lintOptions);
      }
      const file = { file: found.file, absolutePath: found.absolutePath, edition: result2.edition, diagnostics: withFingerprints(relativePath, result2.diagnostics) };
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
    return [{ found, read: () => source }];
  }
  const { files, errors: errors2 } = discoverFiles(options.paths, env.cwd);
  for (const error of errors2) fail2(`${error.file}: ${error.message}`);
  return files.map((found) => ({ found, read: () => readSource(found.absolutePath) }));
}
function deliver(text2, output, stream, env, fail2) {
  if (output === void 0) {
    stream(text2);
    return;
  }
  try {
    writeFileAtomic(path8.resolve(env.cwd, output), text2);
  } catch (error) {
    fail2(`cannot write the report to ${output}: ${describeFsError(error)}`);
  }
}
var path8;
var init_run = __esm({
  "server/src/cli/run.ts"() {
    "use strict";
    path8 = __toESM(require("node:path"));
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
  const stderr = (line) => process.stderr.write(`privacy-lint: ${line}
`);
  try {
    const options = parseArgs(argv);
    if (options.help) {
      process.stdout.write((init_help(), __toCommonJS(help_exports)).HELP_TEXT);
      return;
    }
    if (options.version) {
      process.stdout.write(`${version}
`);
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
      stdout: (text2) => process.stdout.write(text2),
      stderr,
      readStdin: readAllStdin2,
      stderrReport: (text2) => process.stderr.write(text2),
      stderrColor: useColor(process.env, process.stderr.isTTY === true)
    });
    process.exitCode = code;
    if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit(code);
  } catch (error) {
    stderr(error instanceof UsageError ? error.message : `internal error: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = EXIT_FAILURE;
  }
}
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});
process.on("uncaughtException", (error) => {
  process.stderr.write(`privacy-lint: internal error: ${error instanceof Error ? error.message : String(error)}
`);
  process.exit(EXIT_FAILURE);
});
main(process.argv.slice(2));
