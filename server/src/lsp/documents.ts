import type { TextDocument } from 'vscode-languageserver-textdocument';
import { BOM, LineIndex, parseDocument, withoutBom, type ParsedDocument, type Position } from '../engine';
import { forgetAnalysis } from '../engine/analysisCache';
import { changeBetween, reparse } from '../engine/incremental';
import { LANGUAGE_ID } from './shared/protocol';

const SETTINGS_FILE = /(^|[\\/])privacy-lint\.config\.json$/i;

/**
 * Whether the server lints a document. A client sends the server only the documents it
 * means for it (the VS Code client: the tenant-privacy language), and another LSP client may
 * know no such language and say "json" or "jsonc": so every document is linted as a tenant
 * privacy configuration, except a `privacy-lint.config.json` settings file.
 */
export function isPrivacyDocument(document: Pick<TextDocument, 'languageId' | 'uri'>): boolean {
  return document.languageId === LANGUAGE_ID || !SETTINGS_FILE.test(document.uri.replace(/[?#].*$/, ''));
}

/**
 * Positions in the client's text when the engine was given that text without its leading
 * byte order mark: the mark is one UTF-16 unit of line 0 for the client.
 */
class ClientLines extends LineIndex {
  constructor(text: string, private readonly shift: number) {
    super(text);
  }

  override positionAt(offset: number): Position {
    const position = super.positionAt(offset);
    return position.line === 0 ? { line: 0, character: position.character + this.shift } : position;
  }

  override offsetAt(position: Position): number {
    return super.offsetAt(position.line === 0 ? { line: 0, character: Math.max(0, position.character - this.shift) } : position);
  }
}

/**
 * One parse per document version, shared by diagnostics and every feature. A new version of
 * a document is parsed incrementally from the last one when it can be (engine/incremental.ts):
 * a keystroke in a large document parses again only the object or array it is in.
 */
export class ParsedDocuments {
  private readonly cache = new Map<string, { document: TextDocument; version: number; parsed: ParsedDocument }>();

  get(document: TextDocument): ParsedDocument {
    const cached = this.cache.get(document.uri);
    // The same object at the same version: a document reopened is a new object, even at version 1.
    if (cached?.document === document && cached.version === document.version) return cached.parsed;
    const text = document.getText();
    // The last parse of this very document is spent by reparse (its tree is reused): it is replaced at once.
    const reparsed = cached?.document === document ? reparseFrom(cached.parsed, text) : undefined;
    // Parsed whole: the last parse's analysis is of no use any more (a reparse carries it over).
    if (cached && !reparsed) forgetAnalysis(cached.parsed);
    const parsed = reparsed ?? parse(text);
    this.cache.set(document.uri, { document, version: document.version, parsed });
    return parsed;
  }

  delete(uri: string): void {
    const cached = this.cache.get(uri);
    if (cached) forgetAnalysis(cached.parsed);
    this.cache.delete(uri);
  }
}

/** The new text's parse from the last one's, or undefined (then it is parsed whole). */
function reparseFrom(previous: ParsedDocument, text: string): ParsedDocument | undefined {
  if (text.startsWith(BOM) || previous.lines instanceof ClientLines) return undefined;
  const change = changeBetween(previous.text, text);
  return change ? reparse(previous, text, change) : previous;
}

/** The engine's parse of a client's text; a leading byte order mark is stripped, as the CLI does. */
export function parse(text: string): ParsedDocument {
  const stripped = withoutBom(text);
  if (!stripped.bom) return parseDocument(text);
  return { ...parseDocument(stripped.text), lines: new ClientLines(stripped.text, BOM.length) };
}
