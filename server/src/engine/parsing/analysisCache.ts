import type { Node } from 'jsonc-parser';
import { checkFormat, type FormatAnalysis } from '../format/check';
import { recheck, recheckElements } from './recheck';
import type { ParsedDocument } from '../parse';
import type { Edition } from '../types';

/**
 * The format analysis of each document, kept while the document lives, so that linting a new
 * version made by an incremental parse checks again only the value that changed
 * (format/check.ts `recheck`). One analysis per document: the edition it was made for.
 */

const ANALYSES = new WeakMap<ParsedDocument, { edition: Edition; analysis: FormatAnalysis }>();
/** What an incremental parse replaced: one value by another, or a run of an array's elements by another run. */
export type Replacement = readonly [Node, Node] | { readonly array: Node; readonly replaced: readonly Node[]; readonly by: readonly Node[] };

const ORIGINS = new WeakMap<ParsedDocument, { previous: ParsedDocument; replacements: readonly Replacement[] }>();

/** `doc` is `previous` with values parsed again (incremental.ts). */
export function noteReparse(doc: ParsedDocument, previous: ParsedDocument, replacements: readonly Replacement[]): void {
  // Only a previous version that was analysed is worth remembering (and versions never chain up).
  if (ANALYSES.has(previous)) ORIGINS.set(doc, { previous, replacements });
}

/**
 * The analysis of a document under an edition: kept, brought up to date from the previous
 * version, or made. `keep` false: made and not kept (a one-shot lint, as the CLI's).
 */
export function analysisOf(doc: ParsedDocument, edition: Edition, keep = true): FormatAnalysis {
  if (!keep) return checkFormat(doc.root, edition);
  const kept = ANALYSES.get(doc);
  if (kept?.edition === edition) return kept.analysis;
  let analysis: FormatAnalysis | undefined;
  const origin = ORIGINS.get(doc);
  if (origin) {
    ORIGINS.delete(doc);
    // The previous version's analysis is spent either way: its tree is this document's now.
    const previous = ANALYSES.get(origin.previous);
    ANALYSES.delete(origin.previous);
    if (previous?.edition === edition) {
      analysis = previous.analysis;
      for (const r of origin.replacements) {
        if (!analysis) break;
        analysis = 'array' in r ? recheckElements(analysis, r.array, r.replaced, r.by, edition) : recheck(analysis, r[0], r[1], edition);
      }
    }
  }
  analysis ??= checkFormat(doc.root, edition);
  ANALYSES.set(doc, { edition, analysis });
  return analysis;
}

/** Lets go of a document's analysis (a document replaced or closed: the analysis would otherwise live until a full collection). */
export function forgetAnalysis(doc: ParsedDocument): void {
  ANALYSES.delete(doc);
  ORIGINS.delete(doc);
}
