/**
 * The tenant-privacy engine: text in, findings out. Pure: no vscode, no connection, no fs.
 * The language server, the CLI and the tests are three ways to call it.
 */
export * from './types';
export { lint, lintDocument } from './lint';
export { parseDocument, type ParsedDocument } from './parse';
export { applyEdits, fixAll, fixAllOfRule, preferredFixes, MAX_FIX_PASSES, type FixResult } from './fix';
export { parseSettings, SETTINGS_FILE_NAME, type SettingsParse, type SettingsProblem } from './settings';
export { compareEditions, type EditionComparison, type EditionDifference } from './compare';
export { RULES, ruleById } from './rules';
export type { Rule, RuleMeta } from './rule';
export { ruleDocsUrl, ruleAnchor, REPOSITORY_URL } from './docs';
export { LineIndex } from './lines';
export { localDate } from './suppressions';
