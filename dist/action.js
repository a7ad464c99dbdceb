"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
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

// server/src/action/main.ts
var main_exports = {};
__export(main_exports, {
  getBooleanInput: () => getBooleanInput,
  getInput: () => getInput,
  getListInput: () => getListInput,
  outputRecord: () => outputRecord,
  runAction: () => runAction
});
module.exports = __toCommonJS(main_exports);
var import_child_process = require("child_process");
var import_crypto = require("crypto");
var fs = __toESM(require("fs"));
var os = __toESM(require("os"));
var path = __toESM(require("path"));

// server/src/action/summary.ts
var LEVELS = ["error", "warning", "note"];
var HEADINGS = { error: "errors", warning: "warnings", note: "notes" };
var zero = () => ({ error: 0, warning: 0, note: 0 });
var total = (c) => c.error + c.warning + c.note;
var worstFirst = ([a, ca], [b, cb]) => cb.error - ca.error || cb.warning - ca.warning || cb.note - ca.note || (a < b ? -1 : a > b ? 1 : 0);
function markdownText(text) {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).replace(/[\\`*_{}[\]()|~]/g, (c) => `\\${c}`).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
var MAX_ROWS = 100;
var plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
function summaryMarkdown(log, exitCode) {
  const byRule = /* @__PURE__ */ new Map();
  const byFile = /* @__PURE__ */ new Map();
  const docs = /* @__PURE__ */ new Map();
  const all = zero();
  for (const run of log.runs) {
    for (const rule of [...run.tool.driver.rules ?? [], ...(run.tool.extensions ?? []).flatMap((e) => e.rules ?? [])]) {
      if (rule.helpUri && /^https:\/\//.test(rule.helpUri)) docs.set(rule.id, rule.helpUri);
    }
    for (const result of run.results) {
      if (result.suppressions?.length || result.baselineState === "unchanged") continue;
      const level = result.level === "error" || result.level === "warning" ? result.level : "note";
      const file = result.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? "(no file)";
      for (const [map, key] of [
        [byRule, result.ruleId],
        [byFile, decodeUri(file)]
      ]) {
        const counts = map.get(key) ?? zero();
        counts[level]++;
        map.set(key, counts);
      }
      all[level]++;
    }
  }
  const lines = ["## privacy-lint", ""];
  if (!total(all)) {
    lines.push(exitCode === 0 ? "No findings. :white_check_mark:" : "No findings reported, but privacy-lint exited with code 1.", "");
    return `${lines.join("\n")}
`;
  }
  const verdict = exitCode === 0 ? "passed" : "failed";
  lines.push(`privacy-lint **${verdict}**: ${LEVELS.map((l) => plural(all[l], HEADINGS[l].slice(0, -1))).join(", ")} in ${plural(byFile.size, "file")}.`, "");
  const table = (heading, rows, cell) => {
    lines.push(`| ${heading} | errors | warnings | notes |`, "|---|---:|---:|---:|");
    const sorted = [...rows].sort(worstFirst);
    for (const [key, counts] of sorted.slice(0, MAX_ROWS)) lines.push(`| ${cell(key)} | ${counts.error} | ${counts.warning} | ${counts.note} |`);
    lines.push("");
    if (sorted.length > MAX_ROWS) lines.push(`${sorted.length - MAX_ROWS} more ${heading}s with fewer findings are not listed.`, "");
  };
  table("rule", [...byRule], (rule) => {
    const url = docs.get(rule);
    return url ? `[${markdownText(rule)}](${url.replace(/[()\s]/g, encodeURIComponent)})` : markdownText(rule);
  });
  table("file", [...byFile], markdownText);
  lines.push("Notes are information and hints. Suppressed findings and those in the baseline are not counted.", "");
  return `${lines.join("\n")}
`;
}
function decodeUri(uri) {
  try {
    return uri.split("/").map(decodeURIComponent).join("/");
  } catch {
    return uri;
  }
}

// server/src/action/main.ts
function getInput(env, name) {
  return (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
}
function getBooleanInput(env, name, fallback) {
  const value = getInput(env, name);
  if (value === "") return fallback;
  if (["true", "True", "TRUE"].includes(value)) return true;
  if (["false", "False", "FALSE"].includes(value)) return false;
  throw new InputError(`input "${name}" must be true or false, not ${JSON.stringify(value)}`);
}
function getListInput(env, name) {
  return getInput(env, name).split(/\s+/).filter(Boolean);
}
var InputError = class extends Error {
};
function escapeData(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function outputRecord(name, value) {
  if (!/[\r\n]/.test(value)) return `${name}=${value}
`;
  const delimiter = `ghadelimiter_${(0, import_crypto.randomUUID)()}`;
  return `${name}<<${delimiter}
${value}
${delimiter}
`;
}
function runAction(env, write = (t) => process.stdout.write(t)) {
  const cli = path.join(__dirname, "cli.js");
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const setOutput = (name, value) => {
    if (env.GITHUB_OUTPUT) fs.appendFileSync(env.GITHUB_OUTPUT, outputRecord(name, value));
    else write(`${name}=${value}
`);
  };
  const fail = (message) => {
    write(`::error title=privacy-lint::${escapeData(message)}
`);
    return 1;
  };
  let paths, args, annotations, failOnFindings;
  try {
    paths = getListInput(env, "paths");
    args = getListInput(env, "args");
    annotations = getBooleanInput(env, "annotations", true);
    failOnFindings = getBooleanInput(env, "fail-on-findings", true);
  } catch (error) {
    if (error instanceof InputError) return fail(error.message);
    throw error;
  }
  if (!paths.length) paths = ["."];
  const sarifInput = getInput(env, "sarif-file");
  const sarifFile = sarifInput || path.join(env.RUNNER_TEMP || os.tmpdir(), `privacy-lint-${process.pid}.sarif`);
  const childEnv = { ...env };
  for (const name of Object.keys(childEnv)) if (name.startsWith("INPUT_")) delete childEnv[name];
  const lint = (format) => (0, import_child_process.spawnSync)(process.execPath, [cli, ...args, ...format, "--", ...paths], {
    cwd: workspace,
    env: childEnv,
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 1024 * 1024 * 1024,
    encoding: "utf8"
  });
  fs.mkdirSync(path.dirname(path.resolve(workspace, sarifFile)), { recursive: true });
  const run = lint(["--format", "sarif", "--output", sarifFile]);
  const code = run.status ?? 2;
  setOutput("exit-code", String(code));
  const sarifPath = path.resolve(workspace, sarifFile);
  const wroteSarif = code !== 2 && fs.existsSync(sarifPath);
  setOutput("sarif-file", wroteSarif && sarifInput ? sarifInput : "");
  if (code === 2 || !wroteSarif) {
    if (env.GITHUB_STEP_SUMMARY) {
      fs.appendFileSync(
        env.GITHUB_STEP_SUMMARY,
        "## privacy-lint\n\nprivacy-lint could not lint (exit code 2: bad usage or an unreadable file); the reason is in the log.\n"
      );
    }
    return fail(`privacy-lint exited with code ${code} (bad usage or an unreadable file; see the line above)`);
  }
  if (annotations) {
    const github = lint(["--format", "github"]);
    if (github.stdout) write(github.stdout);
  }
  const log = JSON.parse(fs.readFileSync(sarifPath, "utf8"));
  if (!sarifInput) fs.rmSync(sarifPath, { force: true });
  if (env.GITHUB_STEP_SUMMARY) fs.appendFileSync(env.GITHUB_STEP_SUMMARY, summaryMarkdown(log, code));
  if (code === 1 && failOnFindings) {
    return fail(`privacy-lint found errors (or more warnings than --max-warnings)${sarifInput ? `; the report is in ${sarifInput}` : ""}`);
  }
  return 0;
}
if (require.main === module) {
  try {
    process.exitCode = runAction(process.env);
  } catch (error) {
    process.stdout.write(`::error title=privacy-lint::${escapeData(`internal error: ${error instanceof Error ? error.message : String(error)}`)}
`);
    process.exitCode = 1;
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  getBooleanInput,
  getInput,
  getListInput,
  outputRecord,
  runAction
});
