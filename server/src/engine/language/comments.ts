import { createScanner, SyntaxKind } from 'jsonc-parser';

/** A comment token of the document. */
export interface CommentToken {
  readonly offset: number;
  readonly length: number;
  readonly block: boolean;
}

/** Every comment of a text, in order (jsonc-parser's scanner, so strings are never mistaken for comments). */
export function scanComments(text: string): CommentToken[] {
  const comments: CommentToken[] = [];
  const scanner = createScanner(text, false);
  for (let kind = scanner.scan(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
    if (kind === SyntaxKind.LineCommentTrivia || kind === SyntaxKind.BlockCommentTrivia) {
      comments.push({ offset: scanner.getTokenOffset(), length: scanner.getTokenLength(), block: kind === SyntaxKind.BlockCommentTrivia });
    }
  }
  return comments;
}

/**
 * The comment the cursor is in: after its opening `//` or `/*`, up to its end (a line
 * comment includes the cursor at its end; a block comment stops before its closing `*\/`).
 */
export function commentAt(text: string, offset: number): CommentToken | undefined {
  for (const comment of scanComments(text)) {
    if (comment.offset > offset) break;
    const closed = comment.block && text.startsWith('*/', comment.offset + comment.length - 2) && comment.length >= 4;
    const end = comment.offset + comment.length - (closed ? 2 : 0);
    if (offset >= comment.offset + 2 && offset <= end) return comment;
  }
  return undefined;
}
