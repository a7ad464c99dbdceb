/**
 * A JSONC document as the fuzzer builds it: a tree of values whose object members and
 * array elements carry comments, serialised with a chosen layout. Mutations work on this
 * tree (structure) or on the serialised text (characters).
 *
 * Everything here is pure and never mutates its input: fast-check shares generated values
 * between runs and shrinking steps, so every mutation works on a clone.
 */

export interface JComment {
  block: boolean;
  /** The body, without `//` or `/* ... *\/`. A line body has no line break; a block body has no `*\/`. */
  body: string;
}

export type JValue =
  | { k: 'obj'; members: JSlot[]; inline: boolean; inside?: JComment[] }
  | { k: 'arr'; items: JSlot[]; inline: boolean; inside?: JComment[] }
  | { k: 'str'; v: string; raw?: string }
  | { k: 'num'; raw: string }
  | { k: 'bool'; v: boolean }
  | { k: 'null' };

/** An object member (with `key`) or an array element (without). */
export interface JSlot {
  key?: string;
  /** The key as written, when it is not `JSON.stringify(key)` (escapes). */
  keyRaw?: string;
  value: JValue;
  before?: JComment[];
  /** Block comments between the key and the colon, and between the colon and the value. */
  afterKey?: JComment[];
  afterColon?: JComment[];
  /** A comment after the member (and its comma) on the same line. */
  after?: JComment;
}

export interface Style {
  /** One indentation unit: '' puts everything that is not inline on lines without indentation. */
  indent: string;
  eol: '\n' | '\r\n' | '\r';
  colon: ':' | ': ' | ' : ' | ' :';
  trailingComma: boolean;
  /** Comments before and after the root value. */
  header?: JComment[];
  footer?: JComment[];
  finalEol: boolean;
}

export const DEFAULT_STYLE: Style = { indent: '  ', eol: '\n', colon: ': ', trailingComma: false, finalEol: true };

// ---------------------------------------------------------------------------------------------
// Construction helpers

export const str = (v: string): JValue => ({ k: 'str', v });
export const num = (n: number): JValue => ({ k: 'num', raw: Object.is(n, -0) ? '-0' : JSON.stringify(n) });
export const bool = (v: boolean): JValue => ({ k: 'bool', v });
export const obj = (members: [string, JValue][], inline = false): JValue => ({
  k: 'obj',
  inline,
  members: members.map(([key, value]) => ({ key, value })),
});
export const arr = (items: JValue[], inline = true): JValue => ({ k: 'arr', inline, items: items.map((value) => ({ value })) });

/** A plain JS value (JSON) as a tree. */
export function fromJson(value: unknown, inline = true): JValue {
  if (value === null) return { k: 'null' };
  if (typeof value === 'string') return str(value);
  if (typeof value === 'number') return num(value);
  if (typeof value === 'boolean') return bool(value);
  if (Array.isArray(value))
    return arr(
      value.map((v) => fromJson(v, inline)),
      inline,
    );
  if (typeof value === 'object')
    return obj(
      Object.entries(value).map(([k, v]) => [k, fromJson(v, inline)]),
      inline,
    );
  return { k: 'null' };
}

export function clone<T>(value: T): T {
  return structuredClone(value);
}

// ---------------------------------------------------------------------------------------------
// Serialisation

class Writer {
  private readonly parts: string[] = [];
  /** A line comment was written: the next token must start on a new line. */
  private pendingBreak = false;
  private pendingIndent = '';

  constructor(readonly style: Style) {}

  token(text: string): void {
    if (this.pendingBreak) {
      this.parts.push(this.style.eol, this.pendingIndent);
      this.pendingBreak = false;
    }
    this.parts.push(text);
  }

  newline(indent: string): void {
    this.pendingBreak = false;
    this.parts.push(this.style.eol, indent);
  }

  comment(c: JComment, indentAfter: string): void {
    if (c.block) {
      this.token(`/*${c.body}*/`);
    } else {
      this.token(`//${c.body}`);
      this.pendingBreak = true;
      this.pendingIndent = indentAfter;
    }
  }

  /** Ends with a line break when a line comment is pending. */
  flush(): string {
    if (this.pendingBreak) this.parts.push(this.style.eol);
    this.pendingBreak = false;
    return this.parts.join('');
  }
}

export function encodeKey(slot: JSlot): string {
  return slot.keyRaw ?? JSON.stringify(slot.key);
}

export function encodeString(value: Extract<JValue, { k: 'str' }>): string {
  return value.raw ?? JSON.stringify(value.v);
}

export function serialize(root: JValue, style: Style): string {
  const w = new Writer(style);
  for (const c of style.header ?? []) {
    w.comment(c, '');
    if (c.block) w.newline('');
  }
  writeValue(w, root, 0);
  for (const c of style.footer ?? []) {
    w.newline('');
    w.comment(c, '');
  }
  let text = w.flush();
  if (style.finalEol && !text.endsWith(style.eol)) text += style.eol;
  return text;
}

function writeValue(w: Writer, value: JValue, depth: number): void {
  switch (value.k) {
    case 'str':
      return w.token(encodeString(value));
    case 'num':
      return w.token(value.raw);
    case 'bool':
      return w.token(value.v ? 'true' : 'false');
    case 'null':
      return w.token('null');
    case 'obj':
      return writeContainer(w, value.members, value.inline, value.inside, depth, '{', '}');
    case 'arr':
      return writeContainer(w, value.items, value.inline, value.inside, depth, '[', ']');
  }
}

function writeContainer(
  w: Writer,
  slots: readonly JSlot[],
  inline: boolean,
  inside: readonly JComment[] | undefined,
  depth: number,
  open: string,
  close: string,
): void {
  const unit = w.style.indent;
  const outer = unit.repeat(depth);
  const inner = unit.repeat(depth + 1);
  w.token(open);
  if (!slots.length) {
    for (const c of inside ?? []) {
      if (inline) {
        w.token(' ');
        w.comment(c, outer);
      } else {
        w.newline(inner);
        w.comment(c, inner);
      }
    }
    if (inside?.length) {
      if (inline) w.token(' ');
      else w.newline(outer);
    }
    w.token(close);
    return;
  }
  slots.forEach((slot, index) => {
    const last = index === slots.length - 1;
    if (inline) w.token(index === 0 ? (open === '{' ? ' ' : '') : ' ');
    else w.newline(inner);
    for (const c of slot.before ?? []) {
      w.comment(c, inner);
      if (c.block) {
        if (inline) w.token(' ');
        else w.newline(inner);
      }
    }
    if (slot.key !== undefined) {
      w.token(encodeKey(slot));
      for (const c of slot.afterKey ?? []) {
        w.token(' ');
        w.comment(c, inner);
      }
      w.token(w.style.colon);
      for (const c of slot.afterColon ?? []) {
        w.comment(c, inner);
        w.token(' ');
      }
    }
    writeValue(w, slot.value, depth + 1);
    if (!last || w.style.trailingComma) w.token(',');
    if (slot.after) {
      w.token(' ');
      w.comment(slot.after, inner);
    }
  });
  if (inline) w.token(open === '{' ? ' ' : '');
  else w.newline(outer);
  w.token(close);
}

// ---------------------------------------------------------------------------------------------
// Walking the tree: mutations address nodes by their index in these enumerations.

export interface SlotRef {
  container: Extract<JValue, { k: 'obj' | 'arr' }>;
  slots: JSlot[];
  index: number;
  slot: JSlot;
  path: (string | number)[];
}

export function walk(root: JValue, visit: (value: JValue, path: (string | number)[], slot?: SlotRef) => void): void {
  const go = (value: JValue, path: (string | number)[], ref?: SlotRef) => {
    visit(value, path, ref);
    if (value.k === 'obj' || value.k === 'arr') {
      const slots = value.k === 'obj' ? value.members : value.items;
      slots.forEach((slot, index) => {
        const childPath = [...path, value.k === 'obj' ? (slot.key ?? '') : index];
        go(slot.value, childPath, { container: value, slots, index, slot, path: childPath });
      });
    }
  };
  go(root, []);
}

export function allSlots(root: JValue): SlotRef[] {
  const refs: SlotRef[] = [];
  walk(root, (_v, _p, ref) => ref && refs.push(ref));
  return refs;
}

export function allContainers(root: JValue, kind?: 'obj' | 'arr'): Extract<JValue, { k: 'obj' | 'arr' }>[] {
  const found: Extract<JValue, { k: 'obj' | 'arr' }>[] = [];
  walk(root, (v) => {
    if ((v.k === 'obj' || v.k === 'arr') && (!kind || v.k === kind)) found.push(v);
  });
  return found;
}

export function allStrings(root: JValue): Extract<JValue, { k: 'str' }>[] {
  const found: Extract<JValue, { k: 'str' }>[] = [];
  walk(root, (v) => v.k === 'str' && found.push(v));
  return found;
}

/** Every comment in the tree and the style (for reporting and for the order property). */
export function hasDirective(root: JValue, style: Style): boolean {
  let found = false;
  const check = (c: JComment | undefined) => {
    if (c && c.body.includes('privacy-lint-')) found = true;
  };
  (style.header ?? []).forEach(check);
  (style.footer ?? []).forEach(check);
  walk(root, (v, _p, ref) => {
    if (ref) {
      ref.slot.before?.forEach(check);
      ref.slot.afterKey?.forEach(check);
      ref.slot.afterColon?.forEach(check);
      check(ref.slot.after);
    }
    if (v.k === 'obj' || v.k === 'arr') v.inside?.forEach(check);
  });
  return found;
}

/** Whether some object of the tree has a key twice. */
export function hasRepeatedKey(root: JValue): boolean {
  let repeated = false;
  walk(root, (v) => {
    if (v.k !== 'obj') return;
    const keys = new Set<string>();
    for (const m of v.members) {
      if (keys.has(m.key!)) repeated = true;
      keys.add(m.key!);
    }
  });
  return repeated;
}
