import type { Node } from 'jsonc-parser';
import type { JSONPath } from '../types';
import { lastValueOf, type JsonValues } from './jsonValue';

/**
 * A policy's `given` (SPEC section 10): `$` followed by any of `.NAME`, `["NAME"]`, `[N]`,
 * and `[*]` or `.*` (every element of an array, every property value of an object).
 */
export type PathSegment = { kind: 'key'; key: string } | { kind: 'index'; index: number } | { kind: 'any' };

/** The most segments a path may have: a document is not nested deeper than this in practice. */
export const MAX_PATH_SEGMENTS = 64;

const NAME = /[A-Za-z0-9_$-]/;

/** Parses a path; a string is the problem (with its position in the path) when it is not one. */
export function parseGivenPath(path: string): PathSegment[] | { problem: string; at: number } {
  if (path[0] !== '$') return { problem: 'must start with "$" (the document)', at: 0 };
  const segments: PathSegment[] = [];
  let i = 1;
  while (i < path.length) {
    if (segments.length >= MAX_PATH_SEGMENTS) return { problem: `has more than ${MAX_PATH_SEGMENTS} steps`, at: i };
    const c = path[i];
    if (c === '.') {
      if (path[i + 1] === '*') {
        segments.push({ kind: 'any' });
        i += 2;
        continue;
      }
      let end = i + 1;
      while (end < path.length && NAME.test(path[end])) end++;
      if (end === i + 1) return { problem: 'expects a name, or "*", after "."', at: i + 1 };
      segments.push({ kind: 'key', key: path.slice(i + 1, end) });
      i = end;
    } else if (c === '[') {
      if (path.startsWith('[*]', i)) {
        segments.push({ kind: 'any' });
        i += 3;
      } else if (path[i + 1] === '"') {
        const close = closingQuote(path, i + 2);
        if (close < 0 || path[close + 1] !== ']') return { problem: 'has a ["NAME"] that is not closed by "]', at: i };
        let key: string;
        try {
          key = JSON.parse(path.slice(i + 1, close + 1)) as string;
        } catch {
          return { problem: 'has a ["NAME"] whose name is not a valid JSON string', at: i + 1 };
        }
        segments.push({ kind: 'key', key });
        i = close + 2;
      } else {
        const digits = /^\[(0|[1-9][0-9]{0,8})\]/.exec(path.slice(i, i + 12));
        if (!digits) return { problem: 'expects [*], [N] (an index from 0) or ["NAME"] after "["', at: i };
        segments.push({ kind: 'index', index: Number(digits[1]) });
        i += digits[0].length;
      }
    } else {
      return { problem: `has ${JSON.stringify(c)} where ".", "[" or the end was expected`, at: i };
    }
  }
  return segments;
}

function closingQuote(path: string, from: number): number {
  for (let i = from; i < path.length; i++) {
    if (path[i] === '\\') i++;
    else if (path[i] === '"') return i;
  }
  return -1;
}

/** A value a path matched: its node, and how it was reached (its JSON path, made only when reported). */
export interface Matched {
  node: Node;
  parent: Matched | undefined;
  /** The key or index of `node` in its parent; unused for the root. */
  step: string | number;
}

/** The JSON path of a matched value. */
export function pathOfMatched(matched: Matched): JSONPath {
  const path: JSONPath = [];
  for (let at: Matched | undefined = matched; at?.parent !== undefined; at = at.parent) path.push(at.step);
  return path.reverse();
}

/**
 * The values a path matches, read as JSON.parse reads the document (the last of duplicate
 * keys counts). Each step visits each value of the level before it once: linear in the document.
 */
export function matchGivenPath(root: Node, segments: readonly PathSegment[], values: JsonValues): Matched[] {
  let level: Matched[] = [{ node: root, parent: undefined, step: 0 }];
  for (let s = 0; s < segments.length && level.length; s++) {
    const segment = segments[s];
    const next: Matched[] = [];
    for (let m = 0; m < level.length; m++) {
      const at = level[m];
      const node = at.node;
      if (segment.kind === 'index') {
        const element = node.type === 'array' ? node.children?.[segment.index] : undefined;
        if (element) next.push({ node: element, parent: at, step: segment.index });
      } else if (node.type === 'object') {
        if (segment.kind === 'key') {
          const value = lastValueOf(node, segment.key);
          if (value) next.push({ node: value, parent: at, step: segment.key });
        } else {
          for (const [key, value] of values.entries(node)) next.push({ node: value, parent: at, step: key });
        }
      } else if (segment.kind === 'any' && node.type === 'array') {
        const children = node.children ?? [];
        for (let i = 0; i < children.length; i++) next.push({ node: children[i], parent: at, step: i });
      }
    }
    level = next;
  }
  return level;
}
