/**
 * The tenant-privacy engine: text in, findings out. Pure: no vscode, no connection, no fs, no
 * clock. This file is its one public entry: the language server, the CLI, the GitHub Action,
 * the VS Code client, the scripts and the bench import nothing else from the engine (a unit
 * test, test/unit/architecture.test.ts, fails on a deep import). docs/architecture.md maps
 * what is behind it.
 */

// Linting: a text or a parsed document in, diagnostics out.
export * from './types';
export { lint, lintDocument } from './lint';
export { parseDocument, type ParsedDocument } from './parse';
export { DocumentCache } from './parsing/documentCache';
export { LineIndex } from './parsing/lines';
export { editionOf } from './format/check';
export { compareEditions, type EditionComparison, type EditionDifference } from './compare';
export { localDate } from './suppressions';

// Fixes: applying the edits the rules recorded.
export { applyEdits, fixAll, fixAllOfRule, preferredFixes, MAX_FIX_PASSES, type FixResult } from './applyFixes';

// Settings files (privacy-lint.config.json): parsed here, read from disk by the front ends.
export {
  parseSettings,
  readSettingsLayer,
  mergeSettingsLayers,
  fileProblem,
  SETTINGS_FILE_NAME,
  MAX_SETTINGS_FILE_BYTES,
  MAX_EXTENDS_DEPTH,
  type SettingsParse,
  type SettingsProblem,
  type SettingsLayer,
} from './settings';

// Rules and their metadata (hover, docs, SARIF `rules[]`).
export { RULES, ruleById, type RuleId } from './rules';
export type { Rule, RuleMeta, RuleOptionSpec } from './rule';
export { ruleDocsUrl, ruleDocsUrlOf, ruleAnchor, REPOSITORY_URL } from './docs';

// Values as every output shows them: quoted, escaped, never a workflow command.
export { escapeControlCharacters, escapeJsonText, neverACommand, quoteValue, QUOTED_VALUE_LIMIT } from './escape';
export { parseDate } from './policy/dates';

// The format and the geographies as data: docs, JSON Schemas and the bench's generator read them.
export { CONFIG, CUSTOMER_DATA, STORE_KINDS, isRequired, type PropertySpec, type ValueSpec } from './format/spec';
export { formatJsonSchema, settingsJsonSchema, renderSchema, FORMAT_SCHEMA_FILE, SETTINGS_SCHEMA_FILE, type JsonSchema } from './format/jsonSchema';
export { LOCAL_GEOGRAPHIES, MACRO_DESCRIPTIONS, MACRO_GEOGRAPHIES, geographyIds, homeGeography } from './geo/geographies';
export { allCountries } from './geo/countries';

// The data map (`--format html`, the editor's data map view).
export { documentDataMap, renderDataMap, renderFindings, withFindings, escapeHtml, DATA_MAP_CSS, type DataMap } from './dataMap';

/*
 * Language features of the tenant-privacy language: pure functions of a parsed document (and
 * position, edition, lint result) returning LSP values. The language server caches the parse
 * by uri and version (DocumentCache) and calls these.
 */
export { doHover } from './language/hover';
export { doComplete } from './language/completion';
export { inlayHints } from './language/inlayHints';
export { documentSymbols } from './language/symbols';
export { foldingRanges } from './language/folding';
export { formatDocument, tooLargeToFormat, MAX_FORMAT_LENGTH } from './language/formatting';
export { documentLinks } from './language/links';
export {
  diagnosticActions,
  disableAllOnLine,
  disableForFile,
  disableForLine,
  fixAllAction,
  resolveDiagnosticAction,
  toLspEdits,
  workspaceEdit,
  FIX_ALL_KIND,
  REASON_PLACEHOLDER,
  type ActionData,
  type ActionPlan,
  type DiagnosticActionOptions,
  type EditTarget,
} from './language/codeActions';
export { diagnosticKey, diagnosticsByKey, keyOfLspDiagnostic, toLspDiagnostics, DIAGNOSTIC_SOURCE, type DiagnosticData } from './language/diagnostics';
export { textEdits, type OffsetEdit } from './language/textDiff';
export { valueFacts, type ValueFact } from './language/facts';

// Text as the front ends read it: a byte order mark stripped, the default edition chosen.
export { BOM, withoutBom, type TextWithoutBom } from './bom';
export { defaultEditionOf, type DefaultEditionSource } from './edition';
export { flat } from './flatString';
