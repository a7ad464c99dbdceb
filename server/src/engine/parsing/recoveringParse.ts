import type { NodeType, ParseError } from 'jsonc-parser';
import { makeNode, type FastComment, type FastNode, type NodeValue } from './fastParse';

/**
 * jsonc-parser's `parseTree(text, errors, { allowTrailingComma: true, disallowComments: false,
 * allowEmptyContent: false })` for a text with syntax errors: the same tree (node for node), the
 * same errors (code, offset, length, in order) and the same recovery, without jsonc-parser's
 * visitor callbacks, scanner closures and token strings. Together with fastParse (texts without
 * errors) it is the engine's whole parser; tests compare both with jsonc-parser on generated and
 * mutated documents.
 *
 * It follows jsonc-parser 3.3.1 step by step (impl/scanner.js, impl/parser.js): a scanner
 * (`scan`) that yields every token, trivia included, with its scan error; a `next` that skips
 * trivia and comments and reports scan errors and unknown symbols; recursive descent with
 * jsonc-parser's error recovery (`fail`: report, then skip tokens until one of a set). Like
 * jsonc-parser it recurses: a document nested some ten thousand levels deep overflows the stack
 * (RangeError), which the caller reports.
 */

export interface RecoveredParse {
  root: FastNode | undefined;
  errors: ParseError[];
  /** Every comment of the text (the rest of the text is scanned for them after the parse stops). */
  comments: FastComment[];
}

const enum T {
  OpenBrace = 1,
  CloseBrace = 2,
  OpenBracket = 3,
  CloseBracket = 4,
  Comma = 5,
  Colon = 6,
  Null = 7,
  True = 8,
  False = 9,
  String = 10,
  Number = 11,
  LineComment = 12,
  BlockComment = 13,
  LineBreak = 14,
  Trivia = 15,
  Unknown = 16,
  EOF = 17,
}

const enum ScanError {
  None = 0,
  UnexpectedEndOfComment = 1,
  UnexpectedEndOfString = 2,
  UnexpectedEndOfNumber = 3,
  InvalidUnicode = 4,
  InvalidEscapeCharacter = 5,
  InvalidCharacter = 6,
}

const enum E {
  InvalidSymbol = 1,
  InvalidNumberFormat = 2,
  PropertyNameExpected = 3,
  ValueExpected = 4,
  ColonExpected = 5,
  CommaExpected = 6,
  CloseBraceExpected = 7,
  CloseBracketExpected = 8,
  EndOfFileExpected = 9,
  UnexpectedEndOfComment = 11,
  UnexpectedEndOfString = 12,
  UnexpectedEndOfNumber = 13,
  InvalidUnicode = 14,
  InvalidEscapeCharacter = 15,
  InvalidCharacter = 16,
}

/** The parser's state: one parse at a time (the engine is synchronous). */
let text = '';
let len = 0;
let pos = 0;
let token: T = T.Unknown;
let tokenOffset = 0;
let scanError: ScanError = ScanError.None;
/** The value of the last string token (only string tokens need theirs). */
let stringValue = '';
let errors: ParseError[] = [];
let comments: FastComment[] = [];
/** The node values go into (jsonc-parser's `currentParent`); the artificial root is an array. */
let current: FastNode;
/** The current token, unnarrowed: every call may move on. */
const tok = (): T => token;

export function recoveringParse(source: string): RecoveredParse {
  text = source;
  len = source.length;
  pos = 0;
  token = T.Unknown;
  tokenOffset = 0;
  scanError = ScanError.None;
  errors = [];
  comments = [];
  const artificial = makeNode('array', -1, -1, undefined, [], undefined);
  current = artificial;
  try {
    parseTopLevel();
    // Comments after where the parse stopped (trailing content) still count.
    while (tok() !== T.EOF) {
      const kind = scan();
      if (kind === T.LineComment || kind === T.BlockComment) addComment(kind);
    }
    const root = artificial.children![0];
    if (root) root.parent = undefined;
    return { root, errors, comments };
  } finally {
    text = '';
    current = undefined!;
  }
}

/** The whole text: one value, then the end of the file (jsonc-parser's visit of a document). */
function parseTopLevel(): void {
  next();
  if (tok() === T.EOF) {
    fail(E.ValueExpected, 0, 0, 0, 0);
    return;
  }
  if (!parseValue()) {
    fail(E.ValueExpected, 0, 0, 0, 0);
    return;
  }
  if (tok() !== T.EOF) fail(E.EndOfFileExpected, 0, 0, 0, 0);
}

// ---------------------------------------------------------------------------------------------
// Tree building (jsonc-parser's parseTree visitor)

function onValue(node: FastNode): FastNode {
  const children = current.children!;
  // A property's value: an array of the exact size (a push would grow it to seventeen slots).
  if (current.type === 'property' && children.length === 1) current.children = [children[0], node];
  else children.push(node);
  return node;
}

function ensurePropertyComplete(endOffset: number): void {
  if (current.type === 'property') {
    current.length = endOffset - current.offset;
    current = current.parent!;
  }
}

function endContainer(): void {
  const end = pos; // offset + length of the current token
  ensurePropertyComplete(end);
  current.length = end - current.offset;
  current = current.parent!;
  ensurePropertyComplete(end);
}

function literal(type: NodeType, value: NodeValue): void {
  onValue(makeNode(type, tokenOffset, pos - tokenOffset, current, undefined, value));
  ensurePropertyComplete(pos);
}

// ---------------------------------------------------------------------------------------------
// Recursive descent with jsonc-parser's recovery

/**
 * Reports `error` at the current token, then skips tokens until one of `after1`/`after2`
 * (consumed too) or `until1`/`until2` (not consumed); 0 stands for none.
 */
function fail(error: E, after1: T | 0, after2: T | 0, until1: T | 0, until2: T | 0): void {
  errors.push({ error: error as number, offset: tokenOffset, length: pos - tokenOffset });
  if (after1 === 0 && after2 === 0 && until1 === 0 && until2 === 0) return;
  let kind = token;
  while (kind !== T.EOF) {
    if (kind === after1 || kind === after2) {
      next();
      break;
    }
    if (kind === until1 || kind === until2) break;
    kind = next();
  }
}

function parseValue(): boolean {
  switch (tok()) {
    case T.OpenBracket:
      return parseArray();
    case T.OpenBrace:
      return parseObject();
    case T.String:
      literal('string', stringValue);
      next();
      return true;
    case T.Number: {
      let value = Number(text.substring(tokenOffset, numberEnd));
      if (Number.isNaN(value)) {
        fail(E.InvalidNumberFormat, 0, 0, 0, 0);
        value = 0;
      }
      literal('number', value);
      next();
      return true;
    }
    case T.Null:
      literal('null', null);
      next();
      return true;
    case T.True:
      literal('boolean', true);
      next();
      return true;
    case T.False:
      literal('boolean', false);
      next();
      return true;
    default:
      return false;
  }
}

function parseProperty(): boolean {
  if (tok() !== T.String) {
    fail(E.PropertyNameExpected, 0, 0, T.CloseBrace, T.Comma);
    return false;
  }
  const property = onValue(makeNode('property', tokenOffset, -1, current, undefined, undefined));
  current = property;
  property.children = [makeNode('string', tokenOffset, pos - tokenOffset, property, undefined, stringValue)];
  next();
  if (tok() === T.Colon) {
    if (current.type === 'property') current.colonOffset = tokenOffset;
    next();
    if (!parseValue()) fail(E.ValueExpected, 0, 0, T.CloseBrace, T.Comma);
  } else {
    fail(E.ColonExpected, 0, 0, T.CloseBrace, T.Comma);
  }
  return true;
}

function separatorComma(): void {
  if (current.type === 'property') ensurePropertyComplete(tokenOffset);
}

function parseObject(): boolean {
  return parseContainer('object', T.CloseBrace, parseProperty, E.CloseBraceExpected);
}

function parseArray(): boolean {
  return parseContainer('array', T.CloseBracket, parseValue, E.CloseBracketExpected);
}

/** An object or an array: its elements (properties or values) separated by commas, a trailing comma allowed. */
function parseContainer(type: 'object' | 'array', close: T, parseElement: () => boolean, closeExpected: E): boolean {
  current = onValue(makeNode(type, tokenOffset, -1, current, [], undefined));
  next();
  let needsComma = false;
  while (tok() !== close && tok() !== T.EOF) {
    if (tok() === T.Comma) {
      if (!needsComma) fail(E.ValueExpected, 0, 0, 0, 0);
      separatorComma();
      next();
      if (tok() === close) break;
    } else if (needsComma) {
      fail(E.CommaExpected, 0, 0, 0, 0);
    }
    if (!parseElement()) fail(E.ValueExpected, 0, 0, close, T.Comma);
    needsComma = true;
  }
  endContainer();
  if (tok() !== close) fail(closeExpected, close, 0, 0, 0);
  else next();
  return true;
}

// ---------------------------------------------------------------------------------------------
// Tokens

/** The next token that is not trivia nor a comment; scan errors and unknown symbols are reported on the way. */
function next(): T {
  for (;;) {
    const kind = scan();
    switch (scanError) {
      case ScanError.InvalidUnicode:
        fail(E.InvalidUnicode, 0, 0, 0, 0);
        break;
      case ScanError.InvalidEscapeCharacter:
        fail(E.InvalidEscapeCharacter, 0, 0, 0, 0);
        break;
      case ScanError.UnexpectedEndOfNumber:
        fail(E.UnexpectedEndOfNumber, 0, 0, 0, 0);
        break;
      case ScanError.UnexpectedEndOfComment:
        fail(E.UnexpectedEndOfComment, 0, 0, 0, 0);
        break;
      case ScanError.UnexpectedEndOfString:
        fail(E.UnexpectedEndOfString, 0, 0, 0, 0);
        break;
      case ScanError.InvalidCharacter:
        fail(E.InvalidCharacter, 0, 0, 0, 0);
        break;
    }
    switch (kind) {
      case T.LineComment:
      case T.BlockComment:
        addComment(kind);
        break;
      case T.Unknown:
        fail(E.InvalidSymbol, 0, 0, 0, 0);
        break;
      case T.Trivia:
      case T.LineBreak:
        break;
      default:
        return kind;
    }
  }
}

function addComment(kind: T): void {
  comments.push({ offset: tokenOffset, length: pos - tokenOffset, block: kind === T.BlockComment });
}

/** Where the number token's text ends (jsonc-parser drops an exponent without digits from it). */
let numberEnd = 0;

const isDigit = (ch: number) => ch >= 48 && ch <= 57;
const isLineBreak = (ch: number) => ch === 10 || ch === 13;
const isWhiteSpace = (ch: number) => ch === 32 || ch === 9;

function scan(): T {
  scanError = ScanError.None;
  tokenOffset = pos;
  if (pos >= len) {
    tokenOffset = len;
    return (token = T.EOF);
  }
  let code = text.charCodeAt(pos);
  if (isWhiteSpace(code)) {
    do code = text.charCodeAt(++pos);
    while (isWhiteSpace(code));
    return (token = T.Trivia);
  }
  if (isLineBreak(code)) {
    pos++;
    if (code === 13 && text.charCodeAt(pos) === 10) pos++;
    return (token = T.LineBreak);
  }
  switch (code) {
    case 123:
      pos++;
      return (token = T.OpenBrace);
    case 125:
      pos++;
      return (token = T.CloseBrace);
    case 91:
      pos++;
      return (token = T.OpenBracket);
    case 93:
      pos++;
      return (token = T.CloseBracket);
    case 58:
      pos++;
      return (token = T.Colon);
    case 44:
      pos++;
      return (token = T.Comma);
    case 34:
      pos++;
      stringValue = scanString();
      return (token = T.String);
    case 47: {
      const next = text.charCodeAt(pos + 1);
      if (next === 47) {
        pos += 2;
        while (pos < len && !isLineBreak(text.charCodeAt(pos))) pos++;
        return (token = T.LineComment);
      }
      if (next === 42) {
        pos += 2;
        const safeLength = len - 1;
        let closed = false;
        while (pos < safeLength) {
          const ch = text.charCodeAt(pos);
          if (ch === 42 && text.charCodeAt(pos + 1) === 47) {
            pos += 2;
            closed = true;
            break;
          }
          pos++;
          if (ch === 13 && text.charCodeAt(pos) === 10) pos++;
        }
        if (!closed) {
          pos++;
          scanError = ScanError.UnexpectedEndOfComment;
        }
        return (token = T.BlockComment);
      }
      pos++;
      return (token = T.Unknown);
    }
    case 45:
      pos++;
      if (pos === len || !isDigit(text.charCodeAt(pos))) return (token = T.Unknown);
      scanNumber();
      return (token = T.Number);
    case 48:
    case 49:
    case 50:
    case 51:
    case 52:
    case 53:
    case 54:
    case 55:
    case 56:
    case 57:
      scanNumber();
      return (token = T.Number);
    default: {
      while (pos < len && isUnknownContent(code)) code = text.charCodeAt(++pos);
      if (tokenOffset !== pos) {
        const length = pos - tokenOffset;
        if (length === 4 && text.startsWith('true', tokenOffset)) return (token = T.True);
        if (length === 5 && text.startsWith('false', tokenOffset)) return (token = T.False);
        if (length === 4 && text.startsWith('null', tokenOffset)) return (token = T.Null);
        return (token = T.Unknown);
      }
      pos++;
      return (token = T.Unknown);
    }
  }
}

function isUnknownContent(code: number): boolean {
  switch (code) {
    case 32:
    case 9:
    case 10:
    case 13:
    case 125:
    case 93:
    case 123:
    case 91:
    case 34:
    case 58:
    case 44:
    case 47:
      return false;
  }
  return true;
}

/** From the first digit; sets `numberEnd` (the text jsonc-parser converts: tokenOffset..numberEnd). */
function scanNumber(): void {
  if (text.charCodeAt(pos) === 48) {
    pos++;
  } else {
    pos++;
    while (pos < len && isDigit(text.charCodeAt(pos))) pos++;
  }
  if (pos < len && text.charCodeAt(pos) === 46) {
    pos++;
    if (pos < len && isDigit(text.charCodeAt(pos))) {
      pos++;
      while (pos < len && isDigit(text.charCodeAt(pos))) pos++;
    } else {
      scanError = ScanError.UnexpectedEndOfNumber;
      numberEnd = pos;
      return;
    }
  }
  let end = pos;
  const e = text.charCodeAt(pos);
  if (pos < len && (e === 69 || e === 101)) {
    pos++;
    const sign = text.charCodeAt(pos);
    if ((pos < len && sign === 43) || sign === 45) pos++;
    if (pos < len && isDigit(text.charCodeAt(pos))) {
      pos++;
      while (pos < len && isDigit(text.charCodeAt(pos))) pos++;
      end = pos;
    } else {
      scanError = ScanError.UnexpectedEndOfNumber;
    }
  }
  numberEnd = end;
}

/** From after the opening quote; the string's value (jsonc-parser's scanString). */
function scanString(): string {
  let result = '';
  let start = pos;
  for (;;) {
    if (pos >= len) {
      result += text.substring(start, pos);
      scanError = ScanError.UnexpectedEndOfString;
      break;
    }
    const ch = text.charCodeAt(pos);
    if (ch === 34) {
      result += text.substring(start, pos);
      pos++;
      break;
    }
    if (ch === 92) {
      result += text.substring(start, pos);
      pos++;
      if (pos >= len) {
        scanError = ScanError.UnexpectedEndOfString;
        break;
      }
      switch (text.charCodeAt(pos++)) {
        case 34:
          result += '"';
          break;
        case 92:
          result += '\\';
          break;
        case 47:
          result += '/';
          break;
        case 98:
          result += '\b';
          break;
        case 102:
          result += '\f';
          break;
        case 110:
          result += '\n';
          break;
        case 114:
          result += '\r';
          break;
        case 116:
          result += '\t';
          break;
        case 117: {
          const code = scanHex4();
          if (code >= 0) result += String.fromCharCode(code);
          else scanError = ScanError.InvalidUnicode;
          break;
        }
        default:
          scanError = ScanError.InvalidEscapeCharacter;
      }
      start = pos;
      continue;
    }
    if (ch >= 0 && ch <= 0x1f) {
      if (isLineBreak(ch)) {
        result += text.substring(start, pos);
        scanError = ScanError.UnexpectedEndOfString;
        break;
      }
      scanError = ScanError.InvalidCharacter;
    }
    pos++;
  }
  return result;
}

/** Four hex digits, or -1 (the digits read are consumed either way). */
function scanHex4(): number {
  let digits = 0;
  let value = 0;
  while (digits < 4) {
    const ch = text.charCodeAt(pos);
    if (ch >= 48 && ch <= 57) value = value * 16 + ch - 48;
    else if (ch >= 65 && ch <= 70) value = value * 16 + ch - 55;
    else if (ch >= 97 && ch <= 102) value = value * 16 + ch - 87;
    else break;
    pos++;
    digits++;
  }
  return digits < 4 ? -1 : value;
}
