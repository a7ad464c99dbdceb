import { parseDocument, type ParsedDocument } from '../parse';
import { forgetAnalysis } from './analysisCache';
import { changeBetween, reparse } from './incremental';

/**
 * The parses of the documents an editor has open, one per document, keyed by the caller (the
 * language server: a uri). A new text of a document is parsed from its last parse when it can
 * be (incremental.ts: a keystroke in a large document parses again only the object or array it
 * is in), and its format analysis is carried over (analysisCache.ts). Both are speed only: the
 * parse is the one `parseDocument` gives for the text.
 *
 * The cache keeps the rules of that machinery so that no caller has to know them: a reparse
 * uses up the last parse's tree (the last parse is replaced at once and never handed out
 * again), and the analysis kept for a parse is let go when the parse is replaced or forgotten.
 */
export class DocumentCache<K> {
  private readonly parses = new Map<K, ParsedDocument>();
  /** The parses a new text may be parsed from: the ones this cache made of a text as given. */
  private readonly reparsable = new WeakSet<ParsedDocument>();

  /** The last parse of a document; undefined when there is none. */
  get(key: K): ParsedDocument | undefined {
    return this.parses.get(key);
  }

  /**
   * The parse of `text`, the new version of the document `key`. `edited` false: the text is
   * not an edit of the last one (a document closed and opened again), so it is parsed whole.
   */
  update(key: K, text: string, edited = true): ParsedDocument {
    const last = this.parses.get(key);
    const reparsed = edited && last && this.reparsable.has(last) ? reparseFrom(last, text) : undefined;
    // Parsed whole: the last parse's analysis is of no use any more (a reparse carries it over).
    if (last && !reparsed) forgetAnalysis(last);
    const parsed = reparsed ?? parseDocument(text);
    this.reparsable.add(parsed);
    this.parses.set(key, parsed);
    return parsed;
  }

  /**
   * Puts a parse the caller made itself (of a text it had to adapt: the language server strips
   * a byte order mark and shifts positions back) as the document's; a later text is parsed
   * whole rather than from it.
   */
  set(key: K, parsed: ParsedDocument): void {
    const last = this.parses.get(key);
    if (last && last !== parsed) forgetAnalysis(last);
    this.parses.set(key, parsed);
  }

  /** Lets go of a document (closed): its parse and its analysis. */
  forget(key: K): void {
    const last = this.parses.get(key);
    if (last) forgetAnalysis(last);
    this.parses.delete(key);
  }
}

/** The new text's parse from the last one's (the last one itself when the text is the same), or undefined. */
function reparseFrom(last: ParsedDocument, text: string): ParsedDocument | undefined {
  const change = changeBetween(last.text, text);
  if (!change) return last;
  return reparse(last, text, change);
}
