/**
 * Expected positions, computed independently of the engine: our own offset -> LSP
 * position conversion (zero-based lines, UTF-16 characters, lines ending at \n, \r\n
 * or \r), nodes found with jsonc-parser's `findNodeAtLocation`, and markers in text.
 */
import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';
import type { JSONPath, Position, Range } from '../../../server/src/engine';

const PARSE = { allowTrailingComma: true, disallowComments: false } as const;

/** The LSP position of an offset (JavaScript strings index UTF-16 code units). */
export function positionAt(text: string, offset: number): Position {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text[i];
    if (c === '\r') {
      if (text[i + 1] === '\n') {
        if (i + 1 >= offset) break; // offset between \r and \n: still on this line
        i++;
      }
      line++;
      lineStart = i + 1;
    } else if (c === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}

export function rangeAt(text: string, offset: number, length: number): Range {
  return { start: positionAt(text, offset), end: positionAt(text, offset + length) };
}

export interface Span {
  offset: number;
  length: number;
}

function rootOf(text: string): Node {
  const root = parseTree(text, [], PARSE);
  if (!root) throw new Error('test setup: text has no JSON value');
  return root;
}

/** The value node at a path (the last occurrence of a duplicated key wins, as in JSON.parse). */
export function nodeAt(text: string, path: JSONPath): Node {
  const root = rootOf(text);
  let node: Node | undefined = root;
  for (const segment of path) {
    if (!node) break;
    if (typeof segment === 'number') {
      node = node.type === 'array' ? node.children?.[segment] : undefined;
    } else {
      const props: Node[] = (node.type === 'object' ? (node.children ?? []) : []).filter((p: Node) => p.children?.[0]?.value === segment);
      node = props.length ? props[props.length - 1].children?.[1] : undefined;
    }
  }
  if (!node) throw new Error(`test setup: no node at ${JSON.stringify(path)}`);
  // Cross-check with jsonc-parser's own lookup when keys are not duplicated.
  const viaLibrary = findNodeAtLocation(root, path);
  if (viaLibrary && viaLibrary.offset !== node.offset && !hasDuplicates(root)) {
    throw new Error(`test setup: findNodeAtLocation disagrees at ${JSON.stringify(path)}`);
  }
  return node;
}

function hasDuplicates(node: Node): boolean {
  if (node.type === 'object') {
    const keys = (node.children ?? []).map((p) => p.children?.[0]?.value);
    if (new Set(keys).size !== keys.length) return true;
  }
  return (node.children ?? []).some(hasDuplicates);
}

/** Span of the value at a path. */
export function valueSpan(text: string, path: JSONPath): Span {
  const node = nodeAt(text, path);
  return { offset: node.offset, length: node.length };
}

/** Span of the key (incl. quotes) of the property at a path. */
export function keySpan(text: string, path: JSONPath): Span {
  const value = nodeAt(text, path);
  const key = value.parent?.type === 'property' ? value.parent.children?.[0] : undefined;
  if (!key) throw new Error(`test setup: no key at ${JSON.stringify(path)}`);
  return { offset: key.offset, length: key.length };
}

/**
 * Span for a missing property of the object at `parentPath`: that object's key, or its
 * opening brace when it has no key (the root, or an array element).
 */
export function missingSpan(text: string, parentPath: JSONPath): Span {
  const value = nodeAt(text, parentPath);
  if (value.type !== 'object') throw new Error(`test setup: ${JSON.stringify(parentPath)} is not an object`);
  const key = value.parent?.type === 'property' ? value.parent.children?.[0] : undefined;
  return key ? { offset: key.offset, length: key.length } : { offset: value.offset, length: 1 };
}

/** Span of the n-th (0-based) occurrence of a literal substring. */
export function substringSpan(text: string, needle: string, occurrence = 0): Span {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`test setup: ${JSON.stringify(needle)} occurs fewer than ${occurrence + 1} times`);
  }
  return { offset: at, length: needle.length };
}

export const MARK_OPEN = '«';
export const MARK_CLOSE = '»';

/**
 * Strips range markers `«...»` from a text. Returns the clean text and the marked spans
 * in order of their opening marker. Markers do not nest.
 */
export function unmark(marked: string): { text: string; spans: Span[] } {
  let text = '';
  const spans: Span[] = [];
  let open = -1;
  for (const ch of marked) {
    if (ch === MARK_OPEN) {
      if (open >= 0) throw new Error('test setup: nested marker');
      open = text.length;
    } else if (ch === MARK_CLOSE) {
      if (open < 0) throw new Error('test setup: unbalanced marker');
      spans.push({ offset: open, length: text.length - open });
      open = -1;
    } else {
      text += ch;
    }
  }
  if (open >= 0) throw new Error('test setup: unclosed marker');
  return { text, spans };
}
