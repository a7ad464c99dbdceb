import type { TextDocument } from 'vscode-languageserver-textdocument';
import { BOM, DocumentCache, LineIndex, parseDocument, withoutBom, type ParsedDocument, type Position } from '../engine';
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
  constructor(
    text: string,
    private readonly shift: number,
  ) {
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
 * One parse per document version, shared by diagnostics and every feature: the engine's
 * DocumentCache (which parses a new version from the last one) behind the document's uri.
 */
export class ParsedDocuments {
  private readonly parses = new DocumentCache<string>();
  /** The document object and version each cached parse is of. */
  private readonly versions = new Map<string, { document: TextDocument; version: number }>();

  get(document: TextDocument): ParsedDocument {
    const uri = document.uri;
    const cached = this.versions.get(uri);
    const parsed = this.parses.get(uri);
    // The same object at the same version: a document reopened is a new object, even at version 1.
    if (parsed && cached?.document === document && cached.version === document.version) return parsed;
    this.versions.set(uri, { document, version: document.version });
    const text = document.getText();
    if (text.startsWith(BOM)) {
      const adapted = parse(text);
      this.parses.set(uri, adapted);
      return adapted;
    }
    return this.parses.update(uri, text, cached?.document === document);
  }

  delete(uri: string): void {
    this.parses.forget(uri);
    this.versions.delete(uri);
  }
}

/** The engine's parse of a client's text; a leading byte order mark is stripped, as the CLI does. */
export function parse(text: string): ParsedDocument {
  const stripped = withoutBom(text);
  if (!stripped.bom) return parseDocument(text);
  return { ...parseDocument(stripped.text), lines: new ClientLines(stripped.text, BOM.length) };
}
