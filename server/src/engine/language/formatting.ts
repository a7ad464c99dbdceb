import { format } from 'jsonc-parser';
import type { FormattingOptions, Range as LspRange, TextEdit as LspTextEdit } from 'vscode-languageserver-types';
import type { ParsedDocument } from '../parse';
import { detectFormatting } from '../fixes';

/**
 * Document (or range) formatting with jsonc-parser's `format`: comments stay, only
 * whitespace changes, and the document's own line ends are kept.
 */
export function formatDocument(doc: ParsedDocument, options: FormattingOptions, range?: LspRange): LspTextEdit[] {
  // Indentation grows with depth, so formatting a pathological document would take memory
  // quadratic in its depth: such a document is left as it is.
  if (nestingDepth(doc.text) > MAX_FORMAT_DEPTH) return [];
  const span = range && { offset: doc.lines.offsetAt(range.start), length: doc.lines.offsetAt(range.end) - doc.lines.offsetAt(range.start) };
  const edits = format(doc.text, span, {
    tabSize: options.tabSize,
    insertSpaces: options.insertSpaces,
    eol: detectFormatting(doc.text).eol,
    insertFinalNewline: options.insertFinalNewline ?? false,
  });
  return edits.map((edit) => ({ range: doc.lines.rangeOf(edit.offset, edit.length), newText: edit.content }));
}

/** Deeper than any configuration: the format has six levels. */
const MAX_FORMAT_DEPTH = 256;

/** The deepest nesting of brackets outside strings and comments. */
export function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 123 /* { */ || c === 91 /* [ */) {
      if (++depth > deepest) deepest = depth;
    } else if (c === 125 /* } */ || c === 93 /* ] */) {
      if (depth > 0) depth--;
    } else if (c === 34 /* " */) {
      for (i++; i < text.length && text.charCodeAt(i) !== 34 && text.charCodeAt(i) !== 10; i++) if (text.charCodeAt(i) === 92) i++;
    } else if (c === 47 /* / */ && text.charCodeAt(i + 1) === 47) {
      while (i < text.length && text.charCodeAt(i) !== 10) i++;
    } else if (c === 47 && text.charCodeAt(i + 1) === 42 /* * */) {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
    }
  }
  return deepest;
}
