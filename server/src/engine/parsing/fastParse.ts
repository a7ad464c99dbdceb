import type { Node, NodeType } from 'jsonc-parser';

/**
 * A fast path for jsonc-parser's `parseTree(text, errors, { allowTrailingComma: true,
 * disallowComments: false, allowEmptyContent: false })`.
 *
 * One pass over the string (charCodeAt, no regular expressions, no token objects) that builds
 * the very tree jsonc-parser builds, node for node (types, offsets, lengths, values, children,
 * parent links, colonOffset), and collects the comments on the way, for every text jsonc-parser
 * parses without an error. It does no error recovery: as soon as it meets anything jsonc-parser
 * would report (an invalid symbol or number, an unterminated string or comment, a bad escape, a
 * control character in a string, a missing comma or colon, trailing content, empty content, a
 * byte order mark...) it returns undefined, and the caller runs jsonc-parser itself, so that
 * every error and the tree it recovers stay jsonc-parser's own.
 *
 * What jsonc-parser 3.3.1 accepts, and so what this accepts (see its scanner.js and parser.js):
 * - trivia: space, tab, `\n`, `\r` only (form feed, vertical tab, NBSP, a BOM are invalid
 *   symbols); `//` comments end before `\n` or `\r`; `/* *\/` comments must be closed.
 * - strings: any UTF-16 code unit from U+0020 up (lone surrogates included); escapes
 *   `\" \\ \/ \b \f \n \r \t \uXXXX` (exactly four hex digits, either case; `\u` escapes are
 *   decoded one code unit at a time with String.fromCharCode, so escaped surrogate pairs join
 *   and lone escaped surrogates stay); U+0000..U+001F raw is an error.
 * - numbers: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`, converted with Number() of that
 *   text: `1e400` is Infinity and `-0` is -0, without an error. `01` is two tokens (an error).
 * - `true`, `false`, `null` only as whole words.
 * - a comma may follow the last element or property; a comma with nothing before it may not.
 */

/** A node's value: a string, number, boolean or null leaf's; undefined on objects, arrays and properties. */
export type NodeValue = string | number | boolean | null | undefined;

/**
 * A node of the tree: the fields of jsonc-parser's `Node`. A leaf (a string, number, boolean or
 * null) has no `children` or `colonOffset` of its own, and an object, array or property no
 * `value`: reading them gives undefined, as on jsonc-parser's nodes.
 */
export interface FastNode extends Node {
  type: NodeType;
  offset: number;
  length: number;
  parent: FastNode | undefined;
  children: FastNode[] | undefined;
  value: NodeValue;
  /** Set on property nodes once their colon is read; undefined elsewhere. */
  colonOffset: number | undefined;
}

/**
 * Every node comes from one of two object literals: two allocation sites, two shapes (the
 * recovering parser makes its nodes here too), so that code reading nodes sees two hidden
 * classes at most. A leaf carries only the fields a leaf has: a large document is mostly
 * leaves, and two fields fewer on each (16 bytes) is 7 MB of the 78 MB tree of a 7.9 MB file
 * with 437,000 strings. The front ends turn V8's pretenuring of allocation sites off
 * (server/src/v8Tuning.ts): trees die young, lint after lint.
 */
export function makeNode(
  type: NodeType,
  offset: number,
  length: number,
  parent: FastNode | undefined,
  children: FastNode[] | undefined,
  value: NodeValue,
): FastNode {
  if (type === 'object' || type === 'array' || type === 'property') return { type, offset, length, parent, children, colonOffset: undefined } as FastNode;
  return { type, offset, length, parent, value } as FastNode;
}

/** A comment: its offset and length, delimiters included, and whether it is a block comment. */
export interface FastComment {
  offset: number;
  length: number;
  block: boolean;
}

export interface FastParseResult {
  readonly root: FastNode;
  /** Every comment, in order. */
  readonly comments: FastComment[];
}

/* eslint-disable @typescript-eslint/no-unsafe-enum-comparison -- C holds character codes, compared with
   charCodeAt()'s numbers throughout this file: a const enum so that esbuild inlines them as literals. */
const enum C {
  tab = 9,
  lf = 10,
  cr = 13,
  space = 32,
  quote = 34,
  star = 42,
  plus = 43,
  comma = 44,
  minus = 45,
  dot = 46,
  slash = 47,
  _0 = 48,
  _1 = 49,
  _9 = 57,
  colon = 58,
  E = 69,
  openBracket = 91,
  backslash = 92,
  closeBracket = 93,
  a = 97,
  b = 98,
  e = 101,
  f = 102,
  l = 108,
  n = 110,
  r = 114,
  s = 115,
  t = 116,
  u = 117,
  openBrace = 123,
  closeBrace = 125,
}

const enum State {
  /** A value is expected; it goes into `parent`. */
  Value,
  /** A property name is expected, in the object `parent`. */
  Key,
  /** `node` was just completed, and `pos` is right after it. */
  After,
  /** The open container `parent` closes at `pos`. */
  Close,
}

/** Where the last string read ended (after its closing quote). */
let stringEnd = 0;

/**
 * Strings seen before, for reuse: a direct-mapped cache of short strings, by a hash of their
 * characters. Property names repeat from object to object and from file to file; reusing one
 * string saves an allocation (and the tree's memory), and hashes and internalizes once for
 * every Map or property lookup by that key. Only strings shorter than 13 characters are kept:
 * V8 copies those out of the text, where a longer substring is a slice that would hold the
 * whole text alive in this cache.
 */
const INTERN_MAX = 12;
const INTERN_SIZE = 4096;
const internTable: string[] = new Array<string>(INTERN_SIZE).fill('');

function intern(text: string, start: number, end: number): string {
  const length = end - start;
  // A cheap hash, of the length and three characters: the comparison settles it.
  let hash = length;
  if (length > 0) {
    hash = (Math.imul(hash, 31) + text.charCodeAt(start)) | 0;
    hash = (Math.imul(hash, 31) + text.charCodeAt(start + (length >> 1))) | 0;
    hash = (Math.imul(hash, 31) + text.charCodeAt(end - 1)) | 0;
  }
  const slot = (hash ^ (hash >>> 11)) & (INTERN_SIZE - 1);
  const cached = internTable[slot];
  if (cached.length === length && text.startsWith(cached, start)) return cached;
  return (internTable[slot] = text.slice(start, end));
}

/**
 * The children of the open objects and arrays, one after the other: each becomes an array of its
 * exact size when its container closes (an open container keeps the index of its first child in
 * `length` until then). Shared by every parse, and emptied after each.
 */
const stack: FastNode[] = [];

/** The tree jsonc-parser's parseTree builds for `text`, and its comments; undefined when jsonc-parser would report any error. */
export function fastParse(text: string): FastParseResult | undefined {
  const result = parse(text);
  // Let go of this document's nodes (and of a large document's stack).
  if (stack.length > 1024) stack.length = 0;
  else stack.fill(undefined!);
  return result;
}

function parse(text: string): FastParseResult | undefined {
  const len = text.length;
  const comments: FastComment[] = [];
  let top = 0;
  let pos = 0;
  /** The character at `pos`, or -1 past the end (reads never go out of bounds: V8 deoptimizes on those). */
  // eslint-disable-next-line no-useless-assignment -- a number from the start: the loop's phi for `c` stays an integer in V8
  let c = 0;
  let root: FastNode | undefined;
  /** Where the next value goes: an array, a property, or undefined for the root. For Key: the object. */
  let parent: FastNode | undefined;
  /** The key of the property `parent`, until its value is read. */
  let key: FastNode | undefined;
  /** The node just completed (state After). */
  let node: FastNode | undefined;
  let state = State.Value;

  for (;;) {
    // Trivia: whitespace inline, comments out of line.
    c = pos < len ? text.charCodeAt(pos) : -1;
    while (c === C.space || c === C.lf || c === C.cr || c === C.tab) c = ++pos < len ? text.charCodeAt(pos) : -1;
    if (c === C.slash) {
      pos = skipComments(text, pos, comments);
      if (pos < 0) return undefined;
      c = pos < len ? text.charCodeAt(pos) : -1;
    }

    if (state === State.After) {
      const completed = node!;
      let container = completed.parent;
      if (container !== undefined && container.type === 'property') {
        // `pos` may be past trivia now: the property ends where its value ends.
        container.length = completed.offset + completed.length - container.offset;
        container = container.parent;
      }
      if (container === undefined) {
        // The root is complete: only trivia may follow.
        if (pos >= len) break;
        return undefined;
      }
      const close = container.type === 'object' ? C.closeBrace : C.closeBracket;
      if (c === C.comma) {
        c = ++pos < len ? text.charCodeAt(pos) : -1;
        while (c === C.space || c === C.lf || c === C.cr || c === C.tab) c = ++pos < len ? text.charCodeAt(pos) : -1;
        if (c === C.slash) {
          pos = skipComments(text, pos, comments);
          if (pos < 0) return undefined;
          c = pos < len ? text.charCodeAt(pos) : -1;
        }
        if (c !== close) {
          // Another element or property (the trivia before it is already skipped).
          parent = container;
          state = close === C.closeBrace ? State.Key : State.Value;
          continue;
        }
        // A trailing comma: fall through to the close.
      } else if (c !== close) {
        return undefined;
      }
      parent = container;
      state = State.Close;
      continue;
    }

    if (state === State.Close) {
      // Every container closes here, an empty one too: one code path, which V8 has seen run
      // before it optimizes (a branch never taken until then costs a deoptimization when taken).
      const container = parent!;
      pos++;
      const base = container.length;
      container.children = stack.slice(base, top);
      top = base;
      container.length = pos - container.offset;
      node = container;
      state = State.After;
      continue;
    }

    if (state === State.Key) {
      if (c !== C.quote) return undefined;
      const keyOffset = pos;
      const name = readString(text, pos);
      if (name === undefined) return undefined;
      pos = stringEnd;
      const property = makeNode('property', keyOffset, -1, parent, undefined, undefined);
      stack[top++] = property;
      key = makeNode('string', keyOffset, pos - keyOffset, property, undefined, name);
      c = pos < len ? text.charCodeAt(pos) : -1;
      while (c === C.space || c === C.lf || c === C.cr || c === C.tab) c = ++pos < len ? text.charCodeAt(pos) : -1;
      if (c === C.slash) {
        pos = skipComments(text, pos, comments);
        if (pos < 0) return undefined;
        c = pos < len ? text.charCodeAt(pos) : -1;
      }
      if (c !== C.colon) return undefined;
      property.colonOffset = pos;
      pos++;
      parent = property;
      state = State.Value;
      continue;
    }

    // State.Value
    const start = pos;
    let value: FastNode;
    switch (c) {
      case C.openBrace:
      case C.openBracket: {
        const isObject = c === C.openBrace;
        value = makeNode(isObject ? 'object' : 'array', start, -1, parent, undefined, undefined);
        if (parent === undefined) root = value;
        else if (parent.type === 'property') parent.children = [key!, value];
        else stack[top++] = value;
        c = ++pos < len ? text.charCodeAt(pos) : -1;
        while (c === C.space || c === C.lf || c === C.cr || c === C.tab) c = ++pos < len ? text.charCodeAt(pos) : -1;
        if (c === C.slash) {
          pos = skipComments(text, pos, comments);
          if (pos < 0) return undefined;
          c = pos < len ? text.charCodeAt(pos) : -1;
        }
        // Until the container closes, its `length` holds where its children start on the stack.
        value.length = top;
        parent = value;
        state = c === (isObject ? C.closeBrace : C.closeBracket) ? State.Close : isObject ? State.Key : State.Value;
        continue;
      }
      case C.quote: {
        const str = readString(text, pos);
        if (str === undefined) return undefined;
        pos = stringEnd;
        value = makeNode('string', start, pos - start, parent, undefined, str);
        break;
      }
      case C.t:
      case C.f:
      case C.n: {
        const word = c === C.t ? 'true' : c === C.f ? 'false' : 'null';
        if (!text.startsWith(word, pos)) return undefined;
        pos += word.length;
        value = makeNode(c === C.n ? 'null' : 'boolean', start, word.length, parent, undefined, c === C.n ? null : c === C.t);
        break;
      }
      default: {
        // A number: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
        let negative = false;
        if (c === C.minus) {
          negative = true;
          c = ++pos < len ? text.charCodeAt(pos) : -1;
        }
        if (c < C._0 || c > C._9) return undefined;
        let int = c - C._0;
        let digits = 1;
        c = ++pos < len ? text.charCodeAt(pos) : -1;
        if (int !== 0) {
          while (c >= C._0 && c <= C._9) {
            int = int * 10 + (c - C._0);
            digits++;
            c = ++pos < len ? text.charCodeAt(pos) : -1;
          }
        }
        let simple = digits <= 15;
        if (c === C.dot) {
          c = ++pos < len ? text.charCodeAt(pos) : -1;
          if (c < C._0 || c > C._9) return undefined;
          do c = ++pos < len ? text.charCodeAt(pos) : -1;
          while (c >= C._0 && c <= C._9);
          simple = false;
        }
        if (c === C.e || c === C.E) {
          c = ++pos < len ? text.charCodeAt(pos) : -1;
          if (c === C.plus || c === C.minus) c = ++pos < len ? text.charCodeAt(pos) : -1;
          if (c < C._0 || c > C._9) return undefined;
          do c = ++pos < len ? text.charCodeAt(pos) : -1;
          while (c >= C._0 && c <= C._9);
          simple = false;
        }
        // Number() of the token's text, as jsonc-parser does; integers of up to 15 digits are exact without it.
        const number = simple ? (negative ? -int : int) : Number(text.slice(start, pos));
        value = makeNode('number', start, pos - start, parent, undefined, number);
        break;
      }
    }
    // A literal value.
    if (parent === undefined) root = value;
    else if (parent.type === 'property') parent.children = [key!, value];
    else stack[top++] = value;
    node = value;
    state = State.After;
  }
  return { root: root!, comments };
}

/**
 * Skips comments and the whitespace between them, from `pos` (a slash); returns the offset of
 * the first character that is neither, or -1 on what jsonc-parser reports (a lone slash, an
 * unterminated block comment).
 */
function skipComments(text: string, pos: number, comments: FastComment[]): number {
  const len = text.length;
  let c: number = C.slash;
  while (c === C.slash) {
    const start = pos;
    const next = pos + 1 < len ? text.charCodeAt(pos + 1) : -1;
    if (next === C.slash) {
      // To the line end, which is not part of the comment.
      pos += 2;
      while (pos < len) {
        c = text.charCodeAt(pos);
        if (c === C.lf || c === C.cr) break;
        pos++;
      }
      comments.push({ offset: start, length: pos - start, block: false });
    } else if (next === C.star) {
      const end = text.indexOf('*/', pos + 2);
      if (end < 0) return -1;
      pos = end + 2;
      comments.push({ offset: start, length: pos - start, block: true });
    } else {
      return -1;
    }
    c = pos < len ? text.charCodeAt(pos) : -1;
    while (c === C.space || c === C.lf || c === C.cr || c === C.tab) c = ++pos < len ? text.charCodeAt(pos) : -1;
  }
  return pos;
}

/**
 * The value of the string whose opening quote is at `quote`; sets `stringEnd` after its closing
 * quote. Undefined on anything jsonc-parser reports: no closing quote, a raw character below
 * U+0020 (line breaks included), a bad escape.
 */
function readString(text: string, quote: number): string | undefined {
  const len = text.length;
  const start = quote + 1;
  for (let i = start; i < len; i++) {
    const ch = text.charCodeAt(i);
    if (ch === C.quote) {
      stringEnd = i + 1;
      return i - start <= INTERN_MAX ? intern(text, start, i) : text.slice(start, i);
    }
    if (ch === C.backslash) return readEscapedString(text, start, i);
    if (ch < C.space) return undefined;
  }
  return undefined;
}

/** The value of a string with escapes: `start` is after the opening quote, `at` at its first backslash. */
function readEscapedString(text: string, start: number, at: number): string | undefined {
  const len = text.length;
  let result = text.slice(start, at);
  let pos = at;
  let runStart = at;
  while (pos < len) {
    const ch = text.charCodeAt(pos);
    if (ch === C.quote) {
      result += text.slice(runStart, pos);
      stringEnd = pos + 1;
      return result;
    }
    if (ch === C.backslash) {
      result += text.slice(runStart, pos);
      if (++pos >= len) return undefined;
      switch (text.charCodeAt(pos++)) {
        case C.quote:
          result += '"';
          break;
        case C.backslash:
          result += '\\';
          break;
        case C.slash:
          result += '/';
          break;
        case C.b:
          result += '\b';
          break;
        case C.f:
          result += '\f';
          break;
        case C.n:
          result += '\n';
          break;
        case C.r:
          result += '\r';
          break;
        case C.t:
          result += '\t';
          break;
        case C.u: {
          // Exactly four hex digits, one UTF-16 code unit (String.fromCharCode, as jsonc-parser).
          if (pos + 4 > len) return undefined;
          let code = 0;
          for (let k = 0; k < 4; k++) {
            const h = text.charCodeAt(pos++);
            if (h >= C._0 && h <= C._9) code = code * 16 + h - C._0;
            else if (h >= 65 && h <= 70) code = code * 16 + h - 55;
            else if (h >= 97 && h <= 102) code = code * 16 + h - 87;
            else return undefined;
          }
          result += String.fromCharCode(code);
          break;
        }
        default:
          return undefined;
      }
      runStart = pos;
      continue;
    }
    if (ch < C.space) return undefined;
    pos++;
  }
  return undefined;
}
