import { RuleContext } from '../context';
import { analysisOf } from '../parsing/analysisCache';
import type { ParsedDocument } from '../parse';
import type { Diagnostic, Edition, RuleOptions } from '../types';
import { buildDataMap, type DataMap } from './model';

export { buildDataMap, dataMapFacts, withFindings } from './model';
export type { DataMap, LimitSource, MacroArea, MapFinding, MigrationFacts, StoreEntry, TimelineEntry, TimelineKey } from './model';
export { renderDataMap, renderFindings, geographySummary, type RenderOptions } from './render';
export { escapeHtml, escapeText } from './escape';
export { DATA_MAP_CSS } from './style';

/**
 * The data map of a parsed document under `edition`, with `findings` (a lint's diagnostics)
 * placed on it. Reads the document's kept format analysis (the one its lint made), so it checks
 * nothing again: for the language server, which has the document's lint. `ruleOptions` are
 * that lint's (`LintOptions.ruleOptions`): an organization's `maxDays` are the timeline's limits.
 */
export function documentDataMap(
  doc: ParsedDocument,
  edition: Edition,
  findings: readonly Diagnostic[],
  ruleOptions?: Readonly<Record<string, RuleOptions>>,
): DataMap {
  return buildDataMap(new RuleContext(doc, edition, analysisOf(doc, edition, true)), findings, ruleOptions);
}
