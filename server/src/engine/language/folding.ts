import { createScanner, SyntaxKind } from 'jsonc-parser';
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver-types';
import type { ParsedDocument } from '../parse';

/** Folding ranges for objects, arrays and block comments that span lines. */
export function foldingRanges(doc: ParsedDocument): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  const open: number[] = [];
  const line = (offset: number) => doc.lines.positionAt(offset).line;
  const scanner = createScanner(doc.text, false);
  for (let kind = scanner.scan(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
    const offset = scanner.getTokenOffset();
    switch (kind) {
      case SyntaxKind.OpenBraceToken:
      case SyntaxKind.OpenBracketToken:
        open.push(line(offset));
        break;
      case SyntaxKind.CloseBraceToken:
      case SyntaxKind.CloseBracketToken: {
        const startLine = open.pop();
        if (startLine === undefined) break;
        // Keep the closing bracket visible when it starts its line.
        const closeLine = line(offset);
        const endLine = firstOnLine(doc.text, offset) ? closeLine - 1 : closeLine;
        if (endLine > startLine) ranges.push({ startLine, endLine });
        break;
      }
      case SyntaxKind.BlockCommentTrivia: {
        const startLine = line(offset);
        const endLine = line(offset + scanner.getTokenLength());
        if (endLine > startLine) ranges.push({ startLine, endLine, kind: FoldingRangeKind.Comment });
        break;
      }
    }
  }
  return ranges.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}

function firstOnLine(text: string, offset: number): boolean {
  for (let i = offset - 1; i >= 0; i--) {
    const c = text[i];
    if (c === '\n' || c === '\r') return true;
    if (c !== ' ' && c !== '\t') return false;
  }
  return true;
}
