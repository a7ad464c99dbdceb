import type { FormattingOptions, Node } from 'jsonc-parser';
import type { TextEdit } from './types';

/**
 * Minimal edits for fixes: replacements touch only the value, insertions add one line
 * (or one inline member) in the layout the document already has; comments stay put.
 */
export class FixBuilder {
  private formatting: FormattingOptions | undefined;

  /**
   * @param pendingRenames keys an unknown property of the object will be renamed to by a
   * preferred fix; inserting the same key as well would give it twice.
   */
  constructor(
    private readonly text: string,
    private readonly pendingRenames: ReadonlyMap<Node, ReadonlySet<string>> = new Map(),
  ) {}

  /** Replace a value with another JSON value. */
  setValue(node: Node, value: unknown): TextEdit[] {
    return [{ offset: node.offset, length: node.length, newText: renderInline(value) }];
  }

  /**
   * Insert `"key": value` as the last property of an object, on one line with the value
   * inline, in the object's own layout: on a new line after the last property (after any
   * comment that ends that line) when the object spans lines, else inline.
   */
  insertProperty(object: Node, key: string, value: unknown): TextEdit[] {
    if (this.pendingRenames.get(object)?.has(key)) return [];
    const text = this.text;
    const member = `${JSON.stringify(key)}: ${renderInline(value)}`;
    const { eol, unit } = this.layout();
    const last = object.children?.[object.children.length - 1];
    const open = object.offset;
    const close = object.offset + object.length - 1;
    const multiline = hasLineBreak(text, open, close);
    if (!last) {
      if (!multiline && !hasComment(text.slice(open + 1, close))) return [{ offset: open + 1, length: close - open - 1, newText: ` ${member} ` }];
      if (!multiline) return [{ offset: open + 1, length: 0, newText: ` ${member}` }];
      return [{ offset: open + 1, length: 0, newText: `${eol}${lineIndent(text, open)}${unit}${member}` }];
    }
    const lastEnd = last.offset + last.length;
    const lineEnd = endOfLine(text, lastEnd, close);
    const rest = text.slice(lastEnd, Math.min(lineEnd, close));
    const ownsLine = multiline && lineEnd < close && /^\s*(,\s*)?(\/\/.*)?$/.test(rest) && isFirstOnLine(text, last.offset);
    if (!ownsLine) return [{ offset: lastEnd, length: 0, newText: `, ${member}` }];
    const insertion = { offset: lineEnd, length: 0, newText: `${eol}${lineIndent(text, last.offset)}${member}` };
    return /^\s*,/.test(rest) ? [insertion] : [{ offset: lastEnd, length: 0, newText: ',' }, insertion];
  }

  /** Set a property's value: replace it when present, insert it when absent. */
  setOrInsert(object: Node, key: string, current: Node | undefined, value: unknown): TextEdit[] {
    return current ? this.setValue(current, value) : this.insertProperty(object, key, value);
  }

  /**
   * Remove a property or an array element together with one separating comma. Comments
   * around it stay: where a comment stands next to the member, only the member and its own
   * comma go (and the member's line, when nothing else is left on it).
   */
  remove(member: Node): TextEdit[] {
    const text = this.text;
    const container = member.parent;
    const siblings = container?.children ?? [];
    const index = indexOfMember(siblings, member);
    const memberEnd = member.offset + member.length;
    if (!container || index < 0) return [{ offset: member.offset, length: member.length, newText: '' }];
    const previous = index > 0 ? siblings[index - 1] : undefined;
    const next = siblings[index + 1];
    const previousEnd = previous ? previous.offset + previous.length : container.offset + 1;
    const nextStart = next ? next.offset : container.offset + container.length - 1;
    // No comment on the side removed with it: one contiguous edit, as a person would delete it.
    if (previous && !hasComment(text.slice(previousEnd, member.offset))) {
      return [{ offset: previousEnd, length: memberEnd - previousEnd, newText: '' }];
    }
    if (next && !hasComment(text.slice(memberEnd, next.offset))) {
      return [{ offset: member.offset, length: next.offset - member.offset, newText: '' }];
    }
    // The member's own comma when another member follows, else the one before it (or a trailing one).
    const comma = next || !previous ? commaAt(text, memberEnd, nextStart) : commaAt(text, previousEnd, member.offset);
    const removal = this.removeMemberText(member, comma);
    return comma === undefined || (comma >= removal.offset && comma < removal.offset + removal.length)
      ? [removal]
      : [removal, { offset: comma, length: 1, newText: '' }].sort((a, b) => a.offset - b.offset);
  }

  /**
   * The member's text, or its whole line when only whitespace (and the comma going with it) would
   * be left. Scans only the blanks around the member: a line may be the whole document.
   */
  private removeMemberText(member: Node, comma: number | undefined): TextEdit {
    const text = this.text;
    const end = member.offset + member.length;
    let start = member.offset;
    while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
    const blankBefore = start === 0 || text[start - 1] === '\n' || text[start - 1] === '\r';
    let lineEndAt = end;
    while (lineEndAt < text.length && (text[lineEndAt] === ' ' || text[lineEndAt] === '\t' || lineEndAt === comma)) lineEndAt++;
    const blankAfter = lineEndAt < text.length && (text[lineEndAt] === '\n' || text[lineEndAt] === '\r');
    if (blankBefore && blankAfter) {
      const eolLength = text.startsWith('\r\n', lineEndAt) ? 2 : 1;
      return { offset: start, length: lineEndAt + eolLength - start, newText: '' };
    }
    return { offset: member.offset, length: member.length, newText: '' };
  }

  /** Append values to an array, after its last element (or inside it when empty). */
  appendToArray(array: Node, values: unknown[]): TextEdit[] {
    const items = values.map(renderInline).join(', ');
    const last = array.children?.[array.children.length - 1];
    if (last) return [{ offset: last.offset + last.length, length: 0, newText: `, ${items}` }];
    const inside = this.text.slice(array.offset + 1, array.offset + array.length - 1);
    if (hasComment(inside)) return [{ offset: array.offset + 1, length: 0, newText: `${items} ` }];
    return [{ offset: array.offset + 1, length: array.length - 2, newText: items }];
  }

  /**
   * Make an array hold exactly `values`: the whole array is rewritten when nothing but
   * elements is inside it; otherwise elements are replaced, removed or appended one by one,
   * so the comments between them stay.
   */
  setArray(array: Node, values: unknown[]): TextEdit[] {
    const inside = this.text.slice(array.offset + 1, array.offset + array.length - 1);
    const elements = array.children ?? [];
    if (!hasComment(inside)) return this.setValue(array, values);
    const edits: TextEdit[] = [];
    elements.forEach((element, i) => {
      if (i < values.length) {
        if (renderInline(element.value) !== renderInline(values[i]) || element.type === 'object' || element.type === 'array') {
          edits.push(...this.setValue(element, values[i]));
        }
      } else {
        const previous = elements[i - 1];
        const comma = commaAt(this.text, previous.offset + previous.length, element.offset);
        if (comma !== undefined) edits.push({ offset: comma, length: 1, newText: '' });
        edits.push({ offset: element.offset, length: element.length, newText: '' });
      }
    });
    if (elements.length < values.length) edits.push(...this.appendToArray(array, values.slice(elements.length)));
    return edits.sort((a, b) => a.offset - b.offset);
  }

  private layout(): { eol: string; unit: string } {
    const options = (this.formatting ??= detectFormatting(this.text));
    return { eol: options.eol ?? '\n', unit: options.insertSpaces ? ' '.repeat(options.tabSize ?? 2) : '\t' };
  }
}

/** JSON for a value on one line: `["export", "delete"]`, `{ "enabled": true }`. */
export function renderInline(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(renderInline).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${renderInline(v)}`);
    return entries.length ? `{ ${entries.join(', ')} }` : '{}';
  }
  return JSON.stringify(value);
}

/** The indentation and line ends the document already uses. */
export function detectFormatting(text: string): FormattingOptions {
  const eol = text.includes('\r\n') ? '\r\n' : text.includes('\r') && !text.includes('\n') ? '\r' : '\n';
  const indent = /^([ \t]+)\S/m.exec(text)?.[1];
  if (indent?.startsWith('\t')) return { insertSpaces: false, tabSize: 4, eol };
  return { insertSpaces: true, tabSize: indent ? Math.min(indent.length, 8) : 2, eol };
}

/**
 * The place of a member among its siblings, found by its offset (they are in text order): a
 * binary search, since a fix is made for each of thousands of duplicate keys of one object.
 */
function indexOfMember(siblings: readonly Node[], member: Node): number {
  let low = 0;
  let high = siblings.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const at = siblings[mid];
    if (at === member) return mid;
    if (at.offset < member.offset) low = mid + 1;
    else high = mid - 1;
  }
  return siblings.indexOf(member);
}

/** The end of the line holding `offset`, or `limit` when the line goes on past it. */
function endOfLine(text: string, offset: number, limit = text.length): number {
  let end = offset;
  while (end < limit && text[end] !== '\n' && text[end] !== '\r') end++;
  return end;
}

function lineStart(text: string, offset: number): number {
  let start = offset;
  while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--;
  return start;
}

/** The whitespace that starts the line holding `offset`. */
function lineIndent(text: string, offset: number): string {
  const start = lineStart(text, offset);
  return /^[ \t]*/.exec(text.slice(start, offset))![0];
}

function isFirstOnLine(text: string, offset: number): boolean {
  let at = offset;
  while (at > 0 && (text[at - 1] === ' ' || text[at - 1] === '\t')) at--;
  return at === 0 || text[at - 1] === '\n' || text[at - 1] === '\r';
}

/** Whether a line break lies in `[from, to)` (without copying the span: an object may be the whole document). */
function hasLineBreak(text: string, from: number, to: number): boolean {
  // A scan of the span only: indexOf would search on to the end of a one-line document.
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
  }
  return false;
}

function hasComment(between: string): boolean {
  return between.includes('//') || between.includes('/*');
}

/** The offset of the first comma between two offsets that is not inside a comment. */
function commaAt(text: string, from: number, to: number): number | undefined {
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === ',') return i;
    if (c === '/' && text[i + 1] === '/') i = endOfLine(text, i);
    else if (c === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      i = close < 0 ? to : close + 1;
    }
  }
  return undefined;
}
