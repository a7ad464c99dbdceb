/**
 * The tenant-privacy engine: text in, findings out. Pure: no vscode, no connection, no fs.
 * The language server, the CLI and the tests are three ways to call it.
 */
export * from './types';
export { lint, lintDocument } from './lint';
export { parseDocument, type ParsedDocument } from './parse';
export { applyEdits, fixAll, fixAllOfRule, preferredFixes, MAX_FIX_PASSES, type FixResult } from './fix';
export {
  parseSettings, readSettingsLayer, mergeSettingsLayers, SETTINGS_FILE_NAME, MAX_SETTINGS_FILE_BYTES,
  type SettingsParse, type SettingsProblem, type SettingsLayer,
} from './settings';
export { compareEditions, type EditionComparison, type EditionDifference } from './compare';
export { RULES, ruleById } from './rules';
export type { Rule, RuleMeta, RuleOptionSpec } from './rule';
export { ruleDocsUrlOf } from './docs';
export { ruleDocsUrl, ruleAnchor, REPOSITORY_URL } from './docs';
export { LineIndex } from './lines';
export { localDate } from './suppressions';
export { escapeControlCharacters, escapeJsonText, neverACommand, quoteValue, QUOTED_VALUE_LIMIT } from './escape';
export { BOM, withoutBom, type TextWithoutBom } from './bom';
export { defaultEditionOf, type DefaultEditionSource } from './edition';
