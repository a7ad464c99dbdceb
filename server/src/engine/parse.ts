import { createScanner, parseTree, printParseErrorCode, SyntaxKind, type Node, type ParseError } from 'jsonc-parser';
import { fastParse } from './fastParse';
import { LineIndex } from './lines';

/** A comment in the document, with its text (delimiters included). */
export interface Comment {
  offset: number;
  length: number;
  text: string;
  block: boolean;
}

/** One parse of a document, shared by every rule and feature. */
export interface ParsedDocument {
  readonly text: string;
  /** The tree jsonc-parser recovers; undefined when the text holds no value at all. */
  readonly root: Node | undefined;
  readonly errors: readonly ParseError[];
  readonly lines: LineIndex;
  /** Comments that may hold disable directives (only scanned when the text mentions one). */
  readonly directiveComments: readonly Comment[];
}

export const PARSE_OPTIONS = { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false } as const;

const DIRECTIVE_MARK = 'privacy-lint-';

const NO_ERRORS: readonly ParseError[] = Object.freeze([]);
const NO_COMMENTS: readonly Comment[] = Object.freeze([]);

export function parseDocument(text: string): ParsedDocument {
  // The fast path builds jsonc-parser's very tree for any text jsonc-parser parses without an
  // error, and gives up on anything else: errors and recovery stay jsonc-parser's own.
  const fast = fastParse(text);
  if (fast) {
    let directiveComments = NO_COMMENTS;
    if (fast.comments.length && text.includes(DIRECTIVE_MARK)) {
      const found: Comment[] = [];
      for (const { offset, length, block } of fast.comments) {
        const commentText = text.substr(offset, length);
        if (commentText.includes(DIRECTIVE_MARK)) found.push({ offset, length, text: commentText, block });
      }
      directiveComments = found;
    }
    return { text, root: fast.root, errors: NO_ERRORS, lines: new LineIndex(text), directiveComments };
  }
  let errors: ParseError[] = [];
  let root: Node | undefined;
  try {
    root = parseTree(text, errors, PARSE_OPTIONS);
  } catch (error) {
    // jsonc-parser recurses: a broken document nested some ten thousand levels deep overflows the stack.
    if (!(error instanceof RangeError)) throw error;
    root = undefined;
    errors = [{ error: NESTED_TOO_DEEPLY, offset: 0, length: 0 }];
  }
  return {
    text,
    root,
    errors,
    lines: new LineIndex(text),
    directiveComments: text.includes(DIRECTIVE_MARK) ? scanComments(text) : NO_COMMENTS,
  };
}

function scanComments(text: string): Comment[] {
  const comments: Comment[] = [];
  const scanner = createScanner(text, false);
  for (let kind = scanner.scan(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
    if (kind === SyntaxKind.LineCommentTrivia || kind === SyntaxKind.BlockCommentTrivia) {
      const offset = scanner.getTokenOffset();
      const length = scanner.getTokenLength();
      const commentText = text.substr(offset, length);
      if (commentText.includes(DIRECTIVE_MARK)) {
        comments.push({ offset, length, text: commentText, block: kind === SyntaxKind.BlockCommentTrivia });
      }
    }
  }
  return comments;
}

/** Not a jsonc-parser code: the document is nested too deeply for its parser. */
export const NESTED_TOO_DEEPLY = -1 as ParseError['error'];

/** A short, human name for a parser error code. */
export function describeParseError(error: ParseError): string {
  if (error.error === NESTED_TOO_DEEPLY) return 'The document is nested too deeply to parse';
  switch (printParseErrorCode(error.error)) {
    case 'InvalidSymbol': return 'Invalid symbol';
    case 'InvalidNumberFormat': return 'Invalid number format';
    case 'PropertyNameExpected': return 'Property name expected';
    case 'ValueExpected': return 'Value expected';
    case 'ColonExpected': return 'Colon expected';
    case 'CommaExpected': return 'Comma expected';
    case 'CloseBraceExpected': return 'Closing brace `}` expected';
    case 'CloseBracketExpected': return 'Closing bracket `]` expected';
    case 'EndOfFileExpected': return 'End of file expected';
    case 'InvalidCommentToken': return 'Invalid comment token';
    case 'UnexpectedEndOfComment': return 'Unexpected end of comment';
    case 'UnexpectedEndOfString': return 'Unexpected end of string';
    case 'UnexpectedEndOfNumber': return 'Unexpected end of number';
    case 'InvalidUnicode': return 'Invalid unicode escape';
    case 'InvalidEscapeCharacter': return 'Invalid escape character';
    case 'InvalidCharacter': return 'Invalid character';
    default: return 'Syntax error';
  }
}
