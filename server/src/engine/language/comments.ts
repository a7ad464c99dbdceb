import { createScanner, SyntaxKind } from 'jsonc-parser';
import type { ParsedDocument } from '../parse';
import { parseDate } from '../policy/dates';

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
export function commentAt(doc: ParsedDocument, offset: number): CommentToken | undefined {
  const { text } = doc;
  // The parse's comments (a scan only for a text too deeply nested to parse); the last one starting before the cursor.
  const comments = doc.comments ?? scanComments(text);
  let lo = 0;
  let hi = comments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (comments[mid].offset <= offset) lo = mid + 1;
    else hi = mid;
  }
  const comment = comments[lo - 1];
  if (!comment) return undefined;
  const closed = comment.block && text.startsWith('*/', comment.offset + comment.length - 2) && comment.length >= 4;
  const end = comment.offset + comment.length - (closed ? 2 : 0);
  return offset >= comment.offset + 2 && offset <= end ? comment : undefined;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Days from one `YYYY-MM-DD` date to another; undefined when either is not a real date. */
function daysBetween(from: string, to: string): number | undefined {
  const a = parseDate(from);
  const b = parseDate(to);
  if (!a || !b) return undefined;
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / DAY_MS);
}

const days = (n: number) => `${n} day${n === 1 ? '' : 's'}`;

/**
 * What a disable comment's `; expires YYYY-MM-DD` means on `today` (YYYY-MM-DD), for its
 * hover: the date, and whether the exception still holds. From the date on, the comment
 * suppresses nothing and `suppression/expired` reports it, as in the CLI.
 */
export function expiryMarkdown(expires: string, expired: boolean, today: string | undefined): string {
  const left = today === undefined ? undefined : daysBetween(today, expires);
  const notADate = parseDate(expires) ? '' : ` (${expires} is not a real calendar date)`;
  if (!expired) {
    const when = left === undefined ? '' : left === 1 ? ', tomorrow' : `, in ${days(left)}`;
    return `**Expires on ${expires}**${when}${notADate}: until then it suppresses the rules it names. From that date on it suppresses nothing and \`suppression/expired\` reports it.`;
  }
  const since = left === undefined ? '' : left === 0 ? ', today' : `, ${days(-left)} ago`;
  return `**Expired on ${expires}**${since}${notADate}: it suppresses nothing, and \`suppression/expired\` reports it. Renew it with a new date and reason, or fix the findings.`;
}
