import type { Node } from 'jsonc-parser';
import type { Edition, Fix, JSONPath, TextEdit } from './types';
import type { Checked, FormatAnalysis } from './format/check';
import type { ParsedDocument } from './parse';
import type { Report } from './rule';
import { FixBuilder } from './fixes';
import { pendingKeys, preferredRenames } from './format/renames';
import type { Directive } from './suppressions';

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
  private readonly sink: Report[] = [];

  constructor(
    readonly doc: ParsedDocument,
    readonly edition: Edition,
    readonly analysis: FormatAnalysis,
  ) {
    this.renames = preferredRenames(analysis);
    this.fixes = new FixBuilder(doc.text, pendingKeys(this.renames));
  }

  get text(): string {
    return this.doc.text;
  }

  /** The root object, when the document is a valid object. */
  get root(): Checked | undefined {
    const root = this.analysis.root;
    return root?.valid && root.props ? root : undefined;
  }

  /** A property of a valid object, valid or not; undefined when absent or when the parent is not valid. */
  present(parent: Checked | undefined, key: string): Checked | undefined {
    return parent?.valid ? parent.props?.get(key) : undefined;
  }

  /** A property of a valid object, only when it is present and valid. */
  valid(parent: Checked | undefined, key: string): Checked | undefined {
    const child = this.present(parent, key);
    return child?.valid ? child : undefined;
  }

  /** Whether a valid object lacks a key (false when the object itself is missing or invalid). */
  absent(parent: Checked | undefined, key: string): parent is Checked {
    return !!parent?.valid && !!parent.props && !parent.props.has(key);
  }

  /** The valid value at a path of keys from the root. */
  at(...keys: string[]): Checked | undefined {
    let node = this.root;
    for (const key of keys) node = this.valid(node, key);
    return node;
  }

  /** Valid elements of a valid array. */
  validItems(array: Checked | undefined): Checked[] {
    return array?.valid && array.items ? array.items.filter((item) => item.valid) : [];
  }

  /** Report about a value: the path and range are the value's. */
  reportValue(target: Checked, message: string, fixes: Fix[] = []): void {
    this.sink.push({ path: target.path, offset: target.node.offset, length: target.node.length, message, fixes });
  }

  /** Report a missing property on the object that should hold it: its key, or its opening brace. */
  reportMissing(parent: Checked, message: string, fixes: Fix[] = []): void {
    const anchor = parent.keyNode ?? { offset: parent.node.offset, length: 1 };
    this.sink.push({ path: parent.path, offset: anchor.offset, length: anchor.length, message, fixes });
  }

  /** Report about a key: the range is the key. */
  reportKey(path: JSONPath, keyNode: Node, message: string, fixes: Fix[] = []): void {
    this.sink.push({ path, offset: keyNode.offset, length: keyNode.length, message, fixes });
  }

  /** Report on a raw range (syntax errors, comments). */
  reportRange(path: JSONPath, offset: number, length: number, message: string, fixes: Fix[] = []): void {
    this.sink.push({ path, offset, length, message, fixes });
  }

  /** A fix, or none when its edits could not be computed safely. */
  fix(title: string, preferred: boolean, edits: TextEdit[] | undefined): Fix[] {
    return edits && edits.length ? [{ title, preferred, edits }] : [];
  }

  /** Hands over what was reported since the last call. */
  drain(): Report[] {
    return this.sink.splice(0, this.sink.length);
  }
}
