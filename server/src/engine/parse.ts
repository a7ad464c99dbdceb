import { printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { fastParse, type FastComment } from './parsing/fastParse';
import { recoveringParse } from './parsing/recoveringParse';
import { LineIndex } from './parsing/lines';

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
  /** Every comment, in order; undefined when the text could not be parsed at all (nested too deeply). */
  readonly comments?: readonly FastComment[];
}

export const PARSE_OPTIONS = { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false } as const;

const DIRECTIVE_MARK = 'privacy-lint-';

const NO_ERRORS: readonly ParseError[] = Object.freeze([]);
const NO_COMMENTS: readonly Comment[] = Object.freeze([]);

export function parseDocument(text: string): ParsedDocument {
  // The fast path builds jsonc-parser's very tree for any text jsonc-parser parses without an
  // error, and gives up on anything else; the recovering parser then does what jsonc-parser
  // does with errors: the same errors, the same recovered tree.
  const fast = fastParse(text);
  if (fast)
    return {
      text,
      root: fast.root,
      errors: NO_ERRORS,
      lines: new LineIndex(text),
      directiveComments: directivesOf(text, fast.comments),
      comments: fast.comments,
    };
  try {
    const recovered = recoveringParse(text);
    return {
      text,
      root: recovered.root,
      errors: recovered.errors,
      lines: new LineIndex(text),
      directiveComments: directivesOf(text, recovered.comments),
      comments: recovered.comments,
    };
  } catch (error) {
    // Recursive descent, as jsonc-parser: a broken document nested some ten thousand levels deep overflows the stack.
    if (!(error instanceof RangeError)) throw error;
    return { text, root: undefined, errors: [{ error: NESTED_TOO_DEEPLY, offset: 0, length: 0 }], lines: new LineIndex(text), directiveComments: NO_COMMENTS };
  }
}

/** The comments that mention a directive. */
export function directivesOf(text: string, comments: readonly FastComment[]): readonly Comment[] {
  if (!comments.length || !text.includes(DIRECTIVE_MARK)) return NO_COMMENTS;
  const found: Comment[] = [];
  for (let i = 0; i < comments.length; i++) {
    const { offset, length, block } = comments[i];
    const commentText = text.substr(offset, length);
    if (commentText.includes(DIRECTIVE_MARK)) found.push({ offset, length, text: commentText, block });
  }
  return found;
}

/** Not a jsonc-parser code: the document is nested too deeply for its parser. */
export const NESTED_TOO_DEEPLY = -1 as ParseError['error'];

/** A short, human name for a parser error code. */
export function describeParseError(error: ParseError): string {
  if (error.error === NESTED_TOO_DEEPLY) return 'The document is nested too deeply to parse';
  switch (printParseErrorCode(error.error)) {
    case 'InvalidSymbol':
      return 'Invalid symbol';
    case 'InvalidNumberFormat':
      return 'Invalid number format';
    case 'PropertyNameExpected':
      return 'Property name expected';
    case 'ValueExpected':
      return 'Value expected';
    case 'ColonExpected':
      return 'Colon expected';
    case 'CommaExpected':
      return 'Comma expected';
    case 'CloseBraceExpected':
      return 'Closing brace `}` expected';
    case 'CloseBracketExpected':
      return 'Closing bracket `]` expected';
    case 'EndOfFileExpected':
      return 'End of file expected';
    case 'InvalidCommentToken':
      return 'Invalid comment token';
    case 'UnexpectedEndOfComment':
      return 'Unexpected end of comment';
    case 'UnexpectedEndOfString':
      return 'Unexpected end of string';
    case 'UnexpectedEndOfNumber':
      return 'Unexpected end of number';
    case 'InvalidUnicode':
      return 'Invalid unicode escape';
    case 'InvalidEscapeCharacter':
      return 'Invalid escape character';
    case 'InvalidCharacter':
      return 'Invalid character';
    default:
      return 'Syntax error';
  }
}
