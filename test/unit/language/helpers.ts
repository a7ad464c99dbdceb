import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit as LspTextEdit } from 'vscode-languageserver-types';
import { parseDocument, type ParsedDocument, type Position } from '../../../server/src/engine';

/**
 * A document with a cursor: `|` marks the position (and is removed from the text).
 */
export function withCursor(marked: string): { doc: ParsedDocument; position: Position; text: string } {
  const offset = marked.indexOf('|');
  assert.ok(offset >= 0, 'a | marks the cursor');
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  const doc = parseDocument(text);
  return { doc, position: doc.lines.positionAt(offset), text };
}

/** The position of `needle` (its `nth` occurrence) in a text, plus `delta` characters. */
export function positionOf(doc: ParsedDocument, needle: string, delta = 1, nth = 0): Position {
  let offset = -1;
  for (let i = 0; i <= nth; i++) offset = doc.text.indexOf(needle, offset + 1);
  assert.ok(offset >= 0, `"${needle}" in the text`);
  return doc.lines.positionAt(offset + delta);
}

export function applyLspEdits(text: string, edits: LspTextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'tenant-privacy', 1, text), edits);
}
