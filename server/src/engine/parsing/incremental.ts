import type { ParseError } from 'jsonc-parser';
import { fastParse, type FastComment, type FastNode } from './fastParse';
import { endingBy, startingBefore } from './children';
import { LineIndex } from './lines';
import { directivesOf, NESTED_TOO_DEEPLY, type ParsedDocument } from '../parse';
import { recoveringParse } from './recoveringParse';
import { noteReparse } from './analysisCache';

/**
 * Incremental parsing, for an editor: after an edit, only the innermost object or array that
 * holds the edit is parsed again, and its new subtree replaces the old one in the previous
 * tree; the nodes after it move by the edit's length. The result is the very tree, errors and
 * comments a whole parse of the new text gives (tests compare the two on generated edits).
 *
 * Why that holds: the text before the container is unchanged, so a whole parse reaches the
 * container's opening bracket in the same state as before; when the container's new text,
 * parsed alone, is one value that ends with its own closing bracket at the end of the span,
 * a whole parse reads the same tokens and makes the same decisions inside it, and leaves it
 * in the same state as before, so everything after it is parsed as before too. Otherwise (an
 * edit that reaches a bracket, a string or comment left open to the end of the span, a
 * container closed early or not at all...) it gives up, and the caller parses the whole text.
 *
 * The previous document's tree is reused: it must not be used after this call.
 */

/** What changed between two texts: `[start, oldEnd)` of the old text became `[start, newEnd)` of the new one. */
export interface TextChange {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/** The one range that differs between two texts (common prefix and suffix); undefined when they are equal. */
export function changeBetween(oldText: string, newText: string): TextChange | undefined {
  if (oldText === newText) return undefined;
  const shorter = Math.min(oldText.length, newText.length);
  // Whole chunks first (V8 compares substrings natively), then character by character.
  let start = 0;
  while (start + CHUNK <= shorter && oldText.substr(start, CHUNK) === newText.substr(start, CHUNK)) start += CHUNK;
  while (start < shorter && oldText.charCodeAt(start) === newText.charCodeAt(start)) start++;
  let oldEnd = oldText.length;
  let newEnd = newText.length;
  while (oldEnd - CHUNK >= start && newEnd - CHUNK >= start && oldText.substr(oldEnd - CHUNK, CHUNK) === newText.substr(newEnd - CHUNK, CHUNK)) {
    oldEnd -= CHUNK;
    newEnd -= CHUNK;
  }
  while (oldEnd > start && newEnd > start && oldText.charCodeAt(oldEnd - 1) === newText.charCodeAt(newEnd - 1)) {
    oldEnd--;
    newEnd--;
  }
  return { start, oldEnd, newEnd };
}

const CHUNK = 1024;

/** The document for `text`, reusing `previous` (the parse of the text before the change); undefined when it cannot. */
export function reparse(previous: ParsedDocument, text: string, change: TextChange): ParsedDocument | undefined {
  const root = previous.root as FastNode | undefined;
  if (!root || !previous.comments || previous.errors.some((e) => e.error === NESTED_TOO_DEEPLY)) return undefined;
  const container = innermostContainer(root, change);
  if (!container) return undefined;
  if (container.type === 'array') {
    const gap = reparseGap(previous, root, container, text, change);
    if (gap !== NOT_A_GAP) return gap;
  }
  const delta = change.newEnd - change.oldEnd;
  const start = container.offset;
  const oldEnd = start + container.length;
  // An object or array ends at its closing bracket or at the end of the text: one that did not
  // close before the end may have left errors there (its closing bracket expected) that are its own.
  if (oldEnd >= previous.text.length) return undefined;
  const newEnd = oldEnd + delta;
  const span = text.slice(start, newEnd);
  const close = container.type === 'object' ? '}' : ']';
  if (!span.endsWith(close)) return undefined;

  const parsed = parseSpan(span);
  if (!parsed) return undefined;
  const subtree = parsed.root;
  if (subtree.type !== container.type || subtree.offset !== 0 || subtree.length !== span.length) return undefined;

  // Move what follows the edit (the old subtree stays put), then splice the new subtree in.
  shiftAfter(root, start, oldEnd, delta);
  moveSubtree(subtree, start);
  const parent = container.parent!;
  subtree.parent = parent;
  const siblings = parent.children!;
  siblings[siblings.indexOf(container)] = subtree;
  const doc = assemble(previous, text, root, start, oldEnd, delta, parsed.errors, parsed.comments, start);
  noteReparse(doc, previous, [[container, subtree]]);
  return doc;
}

const NOT_A_GAP = null;

/**
 * An edit between two objects or arrays of an array (a list of stores): only the two and what
 * lies between them are parsed again, as the elements of an array of their own; a whole parse
 * reads them alike, since it is in the same state before the first (a value is expected) and
 * after the last (a comma is expected), and the two parse as before. What lies between may
 * become more or fewer elements (a value typed between two stores): the elements after them
 * keep their trees and take their new indices. NOT_A_GAP when the edit is not in such a gap;
 * undefined when it is but the text there does not parse that way.
 */
function reparseGap(
  previous: ParsedDocument,
  root: FastNode,
  array: FastNode,
  text: string,
  change: TextChange,
): ParsedDocument | undefined | typeof NOT_A_GAP {
  const children = array.children!;
  // `after`: the first element at or after the change's end; `before`: the last object or array
  // that ends before the change starts. Whatever lies between them is parsed again too.
  const j = startingBefore(children, change.oldEnd);
  if (j <= 0 || j >= children.length || !isContainer(children[j])) return NOT_A_GAP;
  let i = j - 1;
  while (i >= 0 && !(isContainer(children[i]) && children[i].offset + children[i].length <= change.start)) {
    if (j - i > GAP_WINDOW) return NOT_A_GAP;
    i--;
  }
  if (i < 0) return NOT_A_GAP;
  const before = children[i];
  const after = children[j];

  const delta = change.newEnd - change.oldEnd;
  const start = before.offset;
  const oldEnd = after.offset + after.length;
  const wrapped = `[${text.slice(start, oldEnd + delta)}]`;
  const parsed = parseSpan(wrapped);
  if (!parsed) return undefined;
  const list = parsed.root;
  const items = list.children!;
  const first = items[0];
  const last = items[items.length - 1];
  if (list.type !== 'array' || list.length !== wrapped.length || items.length < 2) return undefined;
  if (first.type !== before.type || first.offset !== 1 || first.length !== before.length) return undefined;
  if (last.type !== after.type || last.offset + last.length !== wrapped.length - 1 || last.length !== after.length) return undefined;
  // Nothing reported at the closing bracket added: the last element is followed by nothing else.
  for (const e of parsed.errors) if (e.offset + e.length > wrapped.length - 1) return undefined;

  // Move what follows first (the old elements are still in place and stay put), then splice the new ones in.
  shiftAfter(root, start, oldEnd, delta);
  for (const item of items) {
    moveSubtree(item, start - 1);
    item.parent = array;
  }
  const replaced = children.splice(i, j - i + 1, ...items);

  const doc = assemble(previous, text, root, start, oldEnd, delta, parsed.errors, parsed.comments, start - 1);
  noteReparse(doc, previous, [{ array, replaced, by: items }]);
  return doc;
}

/** At most this many elements between the two objects around a change (else the whole array is parsed again). */
const GAP_WINDOW = 64;

function isContainer(node: FastNode): boolean {
  return node.type === 'object' || node.type === 'array';
}

/** A span parsed alone: the fast parser, or the recovering one; undefined when it nests too deeply or reports past its end. */
function parseSpan(span: string): { root: FastNode; errors: readonly ParseError[]; comments: readonly FastComment[] } | undefined {
  const fast = fastParse(span);
  if (fast) return { root: fast.root, errors: [], comments: fast.comments };
  let recovered;
  try {
    recovered = recoveringParse(span);
  } catch (error) {
    if (error instanceof RangeError) return undefined;
    throw error;
  }
  if (!recovered.root) return undefined;
  // One value closed by its own bracket: no bracket expected, no content after it, nothing past the end.
  for (const e of recovered.errors) {
    const code: number = e.error; // jsonc-parser's ParseErrorCode: CloseBraceExpected, CloseBracketExpected, EndOfFileExpected
    if (code === 7 || code === 8 || code === 9 || e.offset + e.length > span.length) return undefined;
  }
  return { root: recovered.root, errors: recovered.errors, comments: recovered.comments };
}

/**
 * The new document: the previous errors and comments before `start` (and an error at `start`
 * itself, which is the enclosing container's: a comma expected before it) and from `oldEnd` on
 * (moved by `delta`), the span's own in between (its offsets plus `base`).
 */
function assemble(
  previous: ParsedDocument,
  text: string,
  root: FastNode,
  start: number,
  oldEnd: number,
  delta: number,
  spanErrors: readonly ParseError[],
  spanComments: readonly FastComment[],
  base: number,
): ParsedDocument {
  const errors: ParseError[] = [];
  for (const e of previous.errors) if (e.offset <= start) errors.push(e);
  for (const e of spanErrors) errors.push({ error: e.error, offset: e.offset + base, length: e.length });
  for (const e of previous.errors) if (e.offset >= oldEnd) errors.push({ error: e.error, offset: e.offset + delta, length: e.length });
  const comments: FastComment[] = [];
  for (const c of previous.comments!) if (c.offset < start) comments.push(c);
  for (const c of spanComments) comments.push({ offset: c.offset + base, length: c.length, block: c.block });
  for (const c of previous.comments!) if (c.offset >= oldEnd) comments.push({ offset: c.offset + delta, length: c.length, block: c.block });
  return {
    text,
    root,
    errors: errors.length || previous.errors.length ? errors : previous.errors,
    lines: new LineIndex(text),
    directiveComments: directivesOf(text, comments),
    comments,
  };
}

/** The innermost object or array, other than the root, whose brackets enclose the change (without touching them). */
function innermostContainer(root: FastNode, change: TextChange): FastNode | undefined {
  let found: FastNode | undefined;
  for (let node = childAt(root, change.start); node; node = childAt(node, change.start)) {
    if (node.type === 'object' || node.type === 'array') {
      if (!(node.offset < change.start && change.oldEnd < node.offset + node.length)) break;
      found = node;
    }
  }
  return found;
}

/** The child of `node` whose span `[offset, offset + length)` holds `offset`. */
function childAt(node: FastNode, offset: number): FastNode | undefined {
  const children = node.children;
  const child = children?.[endingBy(children, offset)];
  return child && child.offset <= offset ? child : undefined;
}

/** Adds `by` to the offsets of a subtree (without recursion: a tree may be nested very deeply). */
function moveSubtree(top: FastNode, by: number): void {
  const stack: FastNode[] = [top];
  while (stack.length) {
    const node = stack.pop()!;
    node.offset += by;
    if (node.colonOffset !== undefined) node.colonOffset += by;
    const children = node.children;
    if (children) for (let i = 0; i < children.length; i++) stack.push(children[i]);
  }
}

/**
 * After the subtree at `[start, oldEnd)` was replaced: nodes from `oldEnd` on move by `delta`,
 * nodes that enclose the replaced span grow by it.
 */
function shiftAfter(root: FastNode, start: number, oldEnd: number, delta: number): void {
  if (delta === 0) return;
  const stack: FastNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.offset >= oldEnd) {
      moveSubtree(node, delta);
      continue;
    }
    // Before the change, or the new subtree itself: unchanged.
    if (node.offset + node.length < oldEnd || node.offset >= start) continue;
    node.length += delta;
    const children = node.children;
    if (children) for (let i = 0; i < children.length; i++) stack.push(children[i]);
  }
}
