import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { escapeJsonText, REPOSITORY_URL, RULES, ruleDocsUrl, type Diagnostic, type RuleMeta, type Severity } from '../../engine';
import { FINGERPRINT_VERSION } from '../fingerprint';
import type { BaselineState, FileReport, Report } from '../report';
import { isOutside } from '../paths';
import { jsonPathExpression } from './jsonPath';
import type { FileByFileFormatter, FormatOptions, Formatter } from './types';
import { Utf8Blocks } from './utf8Blocks';

/**
 * `--format sarif`: SARIF 2.1.0, one run. Artifact URIs are relative to `%SRCROOT%`, the
 * working directory (a file outside it gets an absolute `file:` URI). Regions are
 * one-based, columns in UTF-16 code units (`columnKind`). Suppressed diagnostics are
 * listed with an in-source suppression and its justification. Every result carries its
 * fingerprint in `partialFingerprints` (`privacyLint/v1`); with a baseline, unsuppressed
 * results carry `baselineState` (`new`, or `unchanged` for those the baseline holds, which
 * only SARIF lists).
 */
export const sarif: Formatter = (report, options) => `${escapeJsonText(JSON.stringify(sarifLog(report, options), null, 2))}\n`;

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SRCROOT = '%SRCROOT%';

const LEVELS: Readonly<Record<Severity, 'error' | 'warning' | 'note'>> = {
  error: 'error',
  warning: 'warning',
  information: 'note',
  hint: 'note',
};

/**
 * The rules of a run: the built-in ones, then the organization's policies of the files linted
 * (SPEC section 10), added as the files come, each once (by id, the first file's wins), with
 * their indexes.
 */
class RunRules {
  readonly metas: RuleMeta[] = RULES.map((rule) => rule.meta);
  readonly index = new Map(this.metas.map((meta, i) => [meta.id, i]));

  add(policies: readonly RuleMeta[] | undefined): void {
    for (const meta of policies ?? []) {
      if (this.index.has(meta.id)) continue;
      this.index.set(meta.id, this.metas.length);
      this.metas.push(meta);
    }
  }
}

function rulesOf(report: Report): RunRules {
  const rules = new RunRules();
  for (const file of report.files) rules.add(file.policies);
  return rules;
}

function sarifLog(report: Report, options: FormatOptions) {
  const results: object[] = [];
  const rules = rulesOf(report);
  const result = (d: Diagnostic, text: string, artifact: ArtifactLocation, fingerprint: string, baselineState?: BaselineState) =>
    resultOf(d, text, artifact, fingerprint, rules.index, baselineState);
  if (report.kind === 'lint') {
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
  return logOf(rules.metas, options, results);
}

function logOf(rules: readonly RuleMeta[], options: FormatOptions, results: object[]) {
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'privacy-lint',
            version: options.version,
            semanticVersion: options.version,
            informationUri: REPOSITORY_URL,
            rules: rules.map(reportingDescriptor),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(options.cwd) } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

/**
 * `--format sarif` a file at a time, the very text `sarif` prints for a lint report. The log's
 * `tool.driver.rules`, which comes before the results, lists the policies of every file, so the
 * results cannot be written before the last file: each file's results are made into their text
 * as the file is linted (then the file's diagnostics, and through them its parse tree, can go)
 * and kept, by the writer as UTF-8 outside V8's heap, until the end.
 *
 * A part (`file`) is a line of JSON, the file's policies, then its results' text, in which a
 * policy's `ruleIndex` counts from the built-in rules as if the file's policies were the run's
 * only ones; `finish` renumbers those that another file's policies moved.
 */
export const sarifFileByFile: FileByFileFormatter = {
  file: (file, options) => {
    const rules = new RunRules();
    rules.add(file.policies);
    let text = '';
    writeResults(file, options.cwd, rules.index, (batch) => {
      text += text ? `,\n${batch}` : batch;
    });
    return `${JSON.stringify(file.policies ?? [])}\n${text}`;
  },
  finish: (parts, options) => {
    const rules = new RunRules();
    const builtIn = rules.metas.length;
    const bodies: string[] = [];
    for (const part of parts) {
      const newline = part.indexOf('\n');
      const policies = JSON.parse(part.slice(0, newline)) as RuleMeta[];
      rules.add(policies);
      let body = part.slice(newline + 1);
      if (policies.some((meta, i) => rules.index.get(meta.id) !== builtIn + i)) {
        body = body.replace(RESULT_RULE_INDEX, (line, start: string, local: string) => {
          const n = Number(local);
          return n < builtIn ? line : `${start}${rules.index.get(policies[n - builtIn].id)},`;
        });
      }
      if (body) bodies.push(body);
    }
    const { head, empty, end } = logText(rules.metas, options);
    return bodies.length ? `${head}[\n${bodies.join(',\n')}${end}` : empty;
  },
  writer: (write, options) => {
    const rules = new RunRules();
    const kept = new Utf8Blocks();
    return {
      file: (file) => {
        rules.add(file.policies);
        writeResults(file, options.cwd, rules.index, (batch) => kept.add(kept.empty ? batch : `,\n${batch}`));
      },
      finish: () => {
        const { head, empty, end } = logText(rules.metas, options);
        if (kept.empty) {
          write(empty);
          return;
        }
        write(`${head}[\n`);
        for (const chunk of kept.chunks()) write(chunk);
        write(end);
      },
    };
  },
};

/** A result's own `ruleIndex` line in a part (a result's properties are ten spaces in; no string holds a line break). */
const RESULT_RULE_INDEX = /^( {10}"ruleIndex": )(\d+),$/gm;

/** How the log ends when it has no results, from `"results": ` on. */
const NO_RESULTS_END = '[]\n    }\n  ]\n}';

/**
 * The log's text around its results: `head` up to `"results": `, `empty` the whole log with no
 * result, `end` what follows the last result.
 */
function logText(rules: readonly RuleMeta[], options: FormatOptions): { head: string; empty: string; end: string } {
  const whole = escapeJsonText(JSON.stringify(logOf(rules, options, []), null, 2));
  return { head: whole.slice(0, -NO_RESULTS_END.length), empty: `${whole}\n`, end: '\n      ]\n    }\n  ]\n}\n' };
}

/** Results stringified at once: a file with thousands of findings is made into text a batch at a time. */
const BATCH = 256;

/**
 * A file's results as the text `sarif` gives them at their depth in the log (elements of
 * `runs[0].results`, eight spaces in, escaped as the whole log is), handed to `emit` a batch at a
 * time: each batch is stringified as the only element of three nested arrays, which indents it
 * as deep, and taken out of those brackets.
 */
function writeResults(file: FileReport, cwd: string, ruleIndex: Map<string, number>, emit: (text: string) => void): void {
  const diagnostics = file.diagnostics;
  if (!diagnostics.length) return;
  const uri = artifactLocation(file.absolutePath, cwd);
  for (let start = 0; start < diagnostics.length; start += BATCH) {
    const batch: object[] = [];
    for (let i = start; i < Math.min(diagnostics.length, start + BATCH); i++) {
      const d = diagnostics[i];
      batch.push(resultOf(d, d.message, uri, d.fingerprint, ruleIndex, d.baselineState));
    }
    emit(escapeJsonText(JSON.stringify([[[batch]]], null, 2).slice(NESTING.length, -NESTING.length)));
  }
}

/** `[\n  [\n    [\n      [\n`: what three nested arrays put before their innermost elements (and as many characters after). */
const NESTING = '[\n  [\n    [\n      [\n';

function reportingDescriptor(meta: RuleMeta) {
  const name = pascalCase(meta.id);
  return {
    id: meta.id,
    // SARIF wants the readable name to differ from the id, and no name rather than a copy.
    ...(name.toLowerCase() === meta.id.toLowerCase() ? {} : { name }),
    shortDescription: { text: meta.summary },
    fullDescription: { text: meta.rationale },
    // A policy links to its own docs, or to nothing when it has none.
    ...(meta.organization ? (meta.docs ? { helpUri: meta.docs } : {}) : { helpUri: ruleDocsUrl(meta.id) }),
    help: { text: meta.fix ? `${meta.rationale} Fix: ${meta.fix}` : meta.rationale },
    defaultConfiguration: { level: LEVELS[meta.severity] },
    properties: { editions: [...meta.editions], policySection: meta.policySection },
  };
}

function resultOf(d: Diagnostic, text: string, artifact: ArtifactLocation, fingerprint: string, ruleIndex: Map<string, number>, baselineState?: BaselineState) {
  return {
    ruleId: d.rule,
    ruleIndex: ruleIndex.get(d.rule),
    level: LEVELS[d.severity],
    message: { text },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifact,
          region: {
            startLine: d.range.start.line + 1,
            startColumn: d.range.start.character + 1,
            endLine: d.range.end.line + 1,
            endColumn: d.range.end.character + 1,
          },
        },
        logicalLocations: [{ fullyQualifiedName: jsonPathExpression(d.path) }],
      },
    ],
    partialFingerprints: { [FINGERPRINT_VERSION]: fingerprint },
    ...(baselineState ? { baselineState } : {}),
    ...(d.suppression ? { suppressions: [{ kind: d.suppression.kind, justification: d.suppression.justification }] } : {}),
  };
}

interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
}

function artifactLocation(absolutePath: string, cwd: string): ArtifactLocation {
  const relative = path.relative(cwd, absolutePath);
  if (!relative || isOutside(relative)) return { uri: pathToFileURL(absolutePath).href };
  return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

function directoryUri(directory: string): string {
  const href = pathToFileURL(directory).href;
  return href.endsWith('/') ? href : `${href}/`;
}

/** `retention/audit-logs` → `RetentionAuditLogs`: SARIF's readable rule name, distinct from the id. */
function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
}
