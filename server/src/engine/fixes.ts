import type { FormattingOptions, Node } from 'jsonc-parser';
import type { TextEdit } from './types';

/**
 * Minimal edits for fixes: replacements touch only the value, insertions add one line
 * (or one inline member) in the layout the document already has; comments stay put.
 */
export class FixBuilder {
  private formatting: FormattingOptions | undefined;

  constructor(private readonly text: string) {}

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
    const text = this.text;
    const member = `${JSON.stringify(key)}: ${renderInline(value)}`;
    const { eol, unit } = this.layout();
    const last = object.children?.[object.children.length - 1];
    const open = object.offset;
    const close = object.offset + object.length - 1;
    const multiline = /[\r\n]/.test(text.slice(open, close));
    if (!last) {
      if (!multiline) return [{ offset: open + 1, length: close - open - 1, newText: ` ${member} ` }];
      return [{ offset: open + 1, length: 0, newText: `${eol}${lineIndent(text, open)}${unit}${member}` }];
    }
    const lastEnd = last.offset + last.length;
    const lineEnd = endOfLine(text, lastEnd);
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
   * Remove a property or an array element together with the comma that separates it.
   * Comments around it stay: where a comment stands between the member and its neighbour,
   * only the comma and the member go (and the member's line, when it stands alone there).
   */
  remove(member: Node): TextEdit[] {
    const text = this.text;
    const container = member.parent;
    const siblings = container?.children ?? [];
    const index = siblings.indexOf(member);
    const memberEnd = member.offset + member.length;
    if (!container || index < 0) return [{ offset: member.offset, length: member.length, newText: '' }];
    const previous = index > 0 ? siblings[index - 1] : undefined;
    const next = siblings[index + 1];
    if (previous) {
      const start = previous.offset + previous.length;
      if (!hasComment(text.slice(start, member.offset))) return [{ offset: start, length: memberEnd - start, newText: '' }];
      return [commaEdit(text, start, member.offset), this.removeAlone(member)].filter(isEdit);
    }
    if (next) {
      if (!hasComment(text.slice(memberEnd, next.offset))) return [{ offset: member.offset, length: next.offset - member.offset, newText: '' }];
      return [this.removeAlone(member), commaEdit(text, memberEnd, next.offset)].filter(isEdit);
    }
    // The only member: remove it and any trailing comma before the closing bracket.
    const close = container.offset + container.length - 1;
    return [this.removeAlone(member), commaEdit(text, memberEnd, close)].filter(isEdit);
  }

  /** Removes a member's text, and its whole line when nothing else (but a comma) is on it. */
  private removeAlone(member: Node): TextEdit {
    const text = this.text;
    const end = member.offset + member.length;
    const start = lineStart(text, member.offset);
    const lineEndAt = endOfLine(text, end);
    if (/^[ \t]*$/.test(text.slice(start, member.offset)) && /^[ \t]*,?[ \t]*$/.test(text.slice(end, lineEndAt)) && start > 0) {
      // Take the line break before the line, so the line disappears whole.
      const breakStart = text[start - 1] === '\n' && text[start - 2] === '\r' ? start - 2 : start - 1;
      const comma = text.slice(end, lineEndAt).indexOf(',');
      const stop = comma >= 0 ? end + comma : end;
      return { offset: breakStart, length: stop - breakStart, newText: '' };
    }
    return { offset: member.offset, length: member.length, newText: '' };
  }

  /** Append values to an array, after its last element (or inside it when empty). */
  appendToArray(array: Node, values: unknown[]): TextEdit[] {
    const items = values.map(renderInline).join(', ');
    const last = array.children?.[array.children.length - 1];
    if (last) return [{ offset: last.offset + last.length, length: 0, newText: `, ${items}` }];
    return [{ offset: array.offset + 1, length: array.length - 2, newText: items }];
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

function endOfLine(text: string, offset: number): number {
  let end = offset;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
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
  return /^[ \t]*$/.test(text.slice(lineStart(text, offset), offset));
}

function hasComment(between: string): boolean {
  return between.includes('//') || between.includes('/*');
}

function isEdit(edit: TextEdit | undefined): edit is TextEdit {
  return edit !== undefined;
}

/** Deletes the first comma between two offsets that is not inside a comment. */
function commaEdit(text: string, from: number, to: number): TextEdit | undefined {
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === ',') return { offset: i, length: 1, newText: '' };
    if (c === '/' && text[i + 1] === '/') i = endOfLine(text, i);
    else if (c === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      i = close < 0 ? to : close + 1;
    }
  }
  return undefined;
}
