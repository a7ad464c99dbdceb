import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { escapeJsonText, REPOSITORY_URL, RULES, ruleDocsUrl, type Diagnostic, type RuleMeta, type Severity } from '../../engine';
import { FINGERPRINT_VERSION } from '../fingerprint';
import type { BaselineState, Report } from '../report';
import { isOutside } from '../paths';
import { jsonPathExpression } from './jsonPath';
import type { FormatOptions, Formatter } from './types';

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
 * The rules of the run: the built-in ones, then the organization's policies of the files
 * linted (SPEC section 10), each once (by id, the first file's wins), with their indexes.
 */
function rulesOf(report: Report): { metas: RuleMeta[]; index: Map<string, number> } {
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
            rules: rules.metas.map(reportingDescriptor),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(options.cwd) } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

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
  return id.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join('');
}
