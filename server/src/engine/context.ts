import { flat } from './flatString';
import type { Node } from 'jsonc-parser';
import type { Diagnostic, Edition, Fix, JSONPath, RelatedLocation, RuleOptions, Severity, TextEdit } from './types';
import type { Checked, FormatAnalysis } from './format/check';
import type { ParsedDocument } from './parse';
import { FixBuilder } from './fixBuilder';
import { pendingKeys, preferredRenames } from './format/renames';
import type { Directive } from './suppressions';
import { BUILT_IN_RULE_IDS, type KnownRuleIds } from './ruleIds';

const NO_ITEMS: readonly Checked[] = [];
const NO_IDS: readonly string[] = [];

/**
 * What a rule sees: the parse, the edition and the checked tree. Accessors return only
 * valid values, so a rule never reports on a value another rule already reported.
 */
export class RuleContext {
  readonly fixes: FixBuilder;
  /** Misspelt keys whose rename is safe to apply without asking, with the key they become. */
  readonly renames: ReadonlyMap<Node, string>;
  /** The document's disable comments, with what each suppressed (complete for the suppression rules). */
  directives: Directive[] = [];
  /** The rule ids a disable comment may name (set by the engine: the built-in rules and the lint's extra ids). */
  ruleIds: KnownRuleIds = BUILT_IN_RULE_IDS;
  /** Values several rules read, computed once per lint (see `memo`). */
  private memos: Map<unknown, unknown> | undefined;
  /** Where reports go, and as which rule and severity (set by the engine before each rule runs). */
  private sink: Diagnostic[] = [];
  private rule = '';
  private severity: Severity = 'error';
  /** The settings' options of the rule now running (SPEC section 10); undefined when it has none. */
  options: RuleOptions | undefined;
  /**
   * The ids of the organization's policies in force for this lint (SPEC section 10), so that
   * what judges disable comments can tell a policy id from an unknown one. Empty without policies.
   */
  policyIds: readonly string[] = NO_IDS;

  constructor(
    readonly doc: ParsedDocument,
    readonly edition: Edition,
    readonly analysis: FormatAnalysis,
  ) {
    this.renames = preferredRenames(analysis);
    this.fixes = new FixBuilder(doc.text, pendingKeys(this.renames));
  }

  /**
   * A value computed once per lint and shared by the rules that read it (the stores, say),
   * by `key`. Kept on the context, not in a WeakMap keyed by it: V8's young-generation
   * collector keeps a weak map's entries alive, and with them every document's tree.
   */
  memo<T>(key: object, compute: (ctx: RuleContext) => T): T {
    const memos = (this.memos ??= new Map());
    if (memos.has(key)) return memos.get(key) as T;
    const value = compute(this);
    memos.set(key, value);
    return value;
  }

  get text(): string {
    return this.doc.text;
  }

  /** The root object, when the document is a valid object. */
  get root(): Checked | undefined {
    const root = this.analysis.root;
    return root?.valid && root.props ? root : undefined;
  }

  // The accessors below are what every rule calls for every value it reads (some sixty times a
  // file): each is one function with the lookup written out, not a chain of calls, because most
  // of a short run's files are linted before V8 has optimized (and inlined) anything.

  /** A property of a valid object, valid or not; undefined when absent or when the parent is not valid. */
  present(parent: Checked | undefined, key: string): Checked | undefined {
    if (parent === undefined || !parent.valid) return undefined;
    const shape = parent.shape;
    if (shape === undefined) return undefined;
    const index = shape.index.get(key);
    return index === undefined ? undefined : parent.children![index];
  }

  /** A property of a valid object, only when it is present and valid. */
  valid(parent: Checked | undefined, key: string): Checked | undefined {
    if (parent === undefined || !parent.valid) return undefined;
    const shape = parent.shape;
    if (shape === undefined) return undefined;
    const index = shape.index.get(key);
    if (index === undefined) return undefined;
    const child = parent.children![index];
    return child !== undefined && child.valid ? child : undefined;
  }

  /** Whether a valid object lacks a key (false when the object itself is missing or invalid). */
  absent(parent: Checked | undefined, key: string): parent is Checked {
    if (parent === undefined || !parent.valid) return false;
    const shape = parent.shape;
    if (shape === undefined || parent.children === undefined) return false;
    const index = shape.index.get(key);
    return index === undefined || parent.children[index] === undefined;
  }

  /** The valid value at a path of one or two keys from the root. */
  at(key: string, then?: string): Checked | undefined {
    const first = this.valid(this.root, key);
    return then === undefined ? first : this.valid(first, then);
  }

  /** Valid elements of a valid array. */
  validItems(array: Checked | undefined): readonly Checked[] {
    const items = array?.valid ? array.items : undefined;
    if (!items) return NO_ITEMS;
    // Most arrays are valid throughout: then the array itself, without a copy.
    for (let i = 0; i < items.length; i++) if (!items[i].valid) return items.filter((each) => each.valid);
    return items;
  }

  /** Report about a value: the path and range are the value's (SPEC section 4). */
  reportValue(target: Checked, message: string, fixes: Fix[] = [], related?: RelatedLocation[]): void {
    this.push(target.path, target.node.offset, target.node.length, message, fixes, related);
  }

  /** A second place that explains a finding: where a value is (the whole value, as in `reportValue`). */
  relatedValue(target: Checked, message: string): RelatedLocation {
    return this.relatedRange(target.path, target.node, message);
  }

  /** A second place that explains a finding, by a node of the text (a key, say). */
  relatedRange(path: JSONPath, span: { offset: number; length: number }, message: string): RelatedLocation {
    const fitted = fitSpan(this.doc.text, span.offset, span.length);
    return { path, range: this.doc.lines.rangeOf(fitted.offset, fitted.length), offset: fitted.offset, length: fitted.length, message: flat(message) };
  }

  /** Report a missing property on the object that should hold it: its key, or its opening brace. */
  reportMissing(parent: Checked, message: string, fixes: Fix[] = []): void {
    const anchor = parent.keyNode ?? { offset: parent.node.offset, length: 1 };
    this.push(parent.path, anchor.offset, anchor.length, message, fixes);
  }

  /** Report about a key: the range is the key. */
  reportKey(path: JSONPath, keyNode: Node, message: string, fixes: Fix[] = [], related?: RelatedLocation[]): void {
    this.push(path, keyNode.offset, keyNode.length, message, fixes, related);
  }

  /** Report on a raw range (syntax errors, comments). */
  reportRange(path: JSONPath, offset: number, length: number, message: string, fixes: Fix[] = []): void {
    this.push(path, offset, length, message, fixes);
  }

  /** A fix, or none when its edits could not be computed safely. */
  fix(title: string, preferred: boolean, edits: TextEdit[] | undefined): Fix[] {
    return edits && edits.length ? [{ title, preferred, edits }] : [];
  }

  /** Reports from now on are `rule`'s, with `severity`, and go to `into`; `options` are the rule's from settings. */
  reportAs(rule: string, severity: Severity, into: Diagnostic[], options?: RuleOptions): void {
    this.rule = rule;
    this.severity = severity;
    this.sink = into;
    this.options = options;
  }

  private push(path: JSONPath, offset: number, length: number, message: string, fixes: Fix[], related?: RelatedLocation[]): void {
    const text = this.doc.text;
    const span = fitSpan(text, offset, length);
    const diagnostic: Diagnostic = {
      rule: this.rule,
      severity: this.severity,
      message: flat(message),
      path,
      range: this.doc.lines.rangeOf(span.offset, span.length),
      offset: span.offset,
      length: span.length,
      fixes: fixes.length ? fixes.filter((fix) => fix.edits.every((edit) => fitEdit(text, edit))) : fixes,
    };
    if (related?.length) diagnostic.related = related;
    this.sink.push(diagnostic);
  }
}

/**
 * Keeps a span inside the text (a tree recovered from an unterminated comment may reach past
 * its end) and off the middle of a CRLF, which no LSP position can name.
 */
function fitSpan(text: string, offset: number, length: number): { offset: number; length: number } {
  let start = Math.min(Math.max(0, offset), text.length);
  let end = Math.min(Math.max(start, offset + length), text.length);
  const splitsLineBreak = (at: number) => at > 0 && at < text.length && text.charCodeAt(at - 1) === 13 && text.charCodeAt(at) === 10;
  if (splitsLineBreak(start)) start--;
  if (splitsLineBreak(end)) end = end - 1 > start ? end - 1 : end + 1;
  return { offset: start, length: end - start };
}

/**
 * Keeps an edit inside the text. An edit that cannot be made sense of (a negative length,
 * from an object that never closes) rejects its fix.
 */
function fitEdit(text: string, edit: TextEdit): boolean {
  if (edit.length < 0 || edit.offset < 0 || edit.offset > text.length) return false;
  if (edit.offset + edit.length > text.length) edit.length = text.length - edit.offset;
  return true;
}
