import { format } from 'jsonc-parser';
import type { FormattingOptions, Range as LspRange, TextEdit as LspTextEdit } from 'vscode-languageserver-types';
import type { ParsedDocument } from '../parse';
import { detectFormatting } from '../fixes';

/**
 * Document (or range) formatting with jsonc-parser's `format`: comments stay, only
 * whitespace changes, and the document's own line ends are kept.
 */
export function formatDocument(doc: ParsedDocument, options: FormattingOptions, range?: LspRange): LspTextEdit[] {
  const span = range && { offset: doc.lines.offsetAt(range.start), length: doc.lines.offsetAt(range.end) - doc.lines.offsetAt(range.start) };
  const edits = format(doc.text, span, {
    tabSize: options.tabSize,
    insertSpaces: options.insertSpaces,
    eol: detectFormatting(doc.text).eol,
    insertFinalNewline: options.insertFinalNewline ?? false,
  });
  return edits.map((edit) => ({ range: doc.lines.rangeOf(edit.offset, edit.length), newText: edit.content }));
}
