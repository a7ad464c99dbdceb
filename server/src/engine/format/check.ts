import type { Node } from 'jsonc-parser';
import type { Edition, JSONPath } from '../types';
import { durationDays } from '../policy/durations';
import { parseDate } from '../policy/dates';
import { countryByCode } from '../geo/countries';
import { isGeography } from '../geo/geographies';
import { EDITIONS } from '../types';
import { CONFIG, isRequired, type PropertySpec, type ValueSpec } from './spec';
import {
  belowMinimum,
  emptyValue,
  notADate,
  notADuration,
  notAWholeNumber,
  repeatedElement,
  valueNotAllowed,
  wrongType,
  type TypeFinding,
} from '../rules/schema/type';
import { UnknownProperty } from '../rules/schema/unknownProperty';
import { DuplicateKey } from '../rules/schema/duplicateKey';
import { missingProperty, type MissingProperty } from '../rules/schema/required';
import { unknownEdition, type UnknownEdition } from '../rules/edition/unknown';
import { unknownCountry, type UnknownCountry } from '../rules/tenant/countryCode';
import { unknownGeography, type UnknownGeography } from '../rules/geography/unknown';

/**
 * One walk of the parse tree against the format. It yields the checked tree the policy
 * rules read (only valid values count) and the findings the structure rules report: the walk
 * finds where a value or key is wrong, and the structure rule's own file builds the finding.
 */

/** A node of the document as the format sees it. */
export class Checked {
  constructor(
    /** The value node (the property node, when a property has no value). */
    readonly node: Node,
    /** False when the value has the wrong type or is not allowed (a finding says why), or is not checked. */
    readonly valid: boolean,
    /** The object or array holding this value, and the key or index it has there. */
    readonly parent: Checked | undefined,
    /** Mutable: an element's index changes when elements before it come or go (an incremental check). */
    public segment: string | number | undefined,
  ) {}

  // The three fields below are own fields of a valid object or array only (`CheckedContainer`):
  // on anything else they read undefined. The walk makes a checked node for every value of a
  // document, and most are leaves: three fields fewer on each is 24 bytes a value (6 MB of a
  // 7.9 MB document's 26 MB of checked nodes).

  /** The format of a valid object's properties; undefined for anything else. */
  declare shape: ObjectShape | undefined;
  /** The format a valid object or array was checked against (to check one of its values again). */
  declare spec: ValueSpec | undefined;
  /**
   * A valid object's known properties (the last occurrence of each), in the order of
   * `shape.names`; a valid array's elements (each with its own `valid`). One field for both
   * keeps the node small.
   */
  declare children: (Checked | undefined)[] | undefined;

  /** The JSON value of a valid leaf. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the type is the spec's (a string for enum, date, country...), known to the rule that gave the spec
  get value(): any {
    return this.valid ? (this.node.value as unknown) : undefined;
  }

  /** The key of the property holding the value; undefined for the root and array elements. */
  get keyNode(): Node | undefined {
    const node = this.node;
    // Stryker disable next-line ConditionalExpression,StringLiteral,OptionalChaining: a checked value is a property node only for a key without a value (a syntax error), whose key no rule reads; the parser gives every property its key
    if (node.type === 'property') return node.children?.[0];
    const parent = node.parent;
    // Stryker disable next-line OptionalChaining: the parser gives every property node its children (the key first)
    return parent?.type === 'property' ? parent.children?.[0] : undefined;
  }

  /** Known properties of a valid object, in the order of `shape.names`. */
  get props(): (Checked | undefined)[] | undefined {
    return this.shape ? this.children : undefined;
  }

  /** Elements of a valid array. */
  get items(): Checked[] | undefined {
    return this.shape ? undefined : (this.children as Checked[] | undefined);
  }

  /** A known property of a valid object, by key. */
  prop(key: string): Checked | undefined {
    const index = this.shape?.index.get(key);
    // Stryker disable next-line ConditionalExpression: `children[undefined]` is undefined too
    return index === undefined ? undefined : this.children![index];
  }

  /** The JSON path from the root, computed on demand: most nodes are never reported. */
  get path(): JSONPath {
    // Counted first, so that the array has its exact size (a push-grown array keeps room for 17): a file may have thousands of findings.
    let depth = 0;
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- a cursor up the parent chain, from this node
    for (let at: Checked | undefined = this; at && at.segment !== undefined; at = at.parent) depth++;
    // Stryker disable next-line ArrayDeclaration: the array is filled by index, and a JavaScript array grows to fit; the size only saves memory
    const path: JSONPath = new Array<string | number>(depth);
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the same cursor
    for (let at: Checked | undefined = this; depth > 0; at = at!.parent) path[--depth] = at!.segment!;
    return path;
  }
}

/** A valid object or array: a checked node with the fields only they have. */
class CheckedContainer extends Checked {
  override shape: ObjectShape | undefined = undefined;
  override spec: ValueSpec | undefined = undefined;
  override children: (Checked | undefined)[] | undefined = undefined;
}

/**
 * What the walk finds, each kind built by the structure rule that reports it
 * (`engine/rules/<area>/`): the walk decides where, the rule what (message, fixes).
 */
export type Finding = UnknownProperty | DuplicateKey | MissingProperty | TypeFinding | UnknownEdition | UnknownCountry | UnknownGeography;

export interface FormatAnalysis {
  /** The checked root; undefined when the document holds no value. */
  readonly root: Checked | undefined;
  readonly findings: readonly Finding[];
}

/** The edition a file is checked under (SPEC section 2, `policyEdition`). */
export function editionOf(root: Node | undefined, defaultEdition: Edition): Edition {
  if (root?.type !== 'object' || !root.children) return defaultEdition;
  let value: Node | undefined;
  const properties = root.children;
  for (let i = 0; i < properties.length; i++) {
    const children = properties[i].children;
    // Stryker disable next-line ConditionalExpression: the parser gives every property node its children (the key first)
    if (!children) continue;
    const key = children[0];
    const propertyValue = children[1];
    // Stryker disable next-line OptionalChaining: the parser gives every property node its key
    if (key?.value === 'policyEdition' && propertyValue) value = propertyValue;
  }
  if (value?.type !== 'string') return defaultEdition;
  // A string that names no edition is reported by edition/unknown, and the file is checked as 2020-09.
  return (EDITIONS as readonly string[]).includes(value.value as string) ? (value.value as Edition) : '2020-09';
}

export function checkFormat(root: Node | undefined, edition: Edition): FormatAnalysis {
  const findings: Finding[] = [];
  if (!root) return { root: undefined, findings };
  return { root: new Walker(edition, findings).value(CONFIG, root, undefined, undefined), findings };
}

/** What the walk needs of an object's properties, computed once per format object. */
export interface ObjectShape {
  /** The known keys, in order. */
  readonly names: readonly string[];
  /** Each known key's place in `names` (own keys only: "constructor" or "__proto__" are unknown keys). */
  readonly index: ReadonlyMap<string, number>;
  /** Each known key's spec, in the order of `names`. */
  readonly specs: readonly PropertySpec[];
  /** Per edition, the places of the keys that are required there and whose absence no other rule reports, in order. */
  readonly required: Map<Edition, readonly number[]>;
}

const SHAPES = new WeakMap<Readonly<Record<string, PropertySpec>>, ObjectShape>();

function shapeOf(properties: Readonly<Record<string, PropertySpec>>): ObjectShape {
  let shape = SHAPES.get(properties);
  // Stryker disable next-line ConditionalExpression: a cache: a shape made again is the same shape
  if (!shape) {
    const names = Object.keys(properties);
    shape = { names, index: new Map(names.map((name, i) => [name, i])), specs: names.map((name) => properties[name]), required: new Map() };
    SHAPES.set(properties, shape);
  }
  return shape;
}

function requiredIndices(shape: ObjectShape, edition: Edition): readonly number[] {
  let indices = shape.required.get(edition);
  // Stryker disable next-line ConditionalExpression: a cache: the required keys listed again are the same
  if (!indices) {
    const found: number[] = [];
    shape.specs.forEach((spec, i) => {
      if (isRequired(spec, edition) && !spec.absenceRule) found.push(i);
    });
    shape.required.set(edition, (indices = found));
  }
  return indices;
}

/**
 * Walks the tree once; allocation-light, since it runs on every node of every file. Exported
 * for the incremental check (parsing/recheck.ts), which walks only the values that changed.
 */
export class Walker {
  constructor(
    private readonly edition: Edition,
    private readonly findings: Finding[],
  ) {}

  value(spec: ValueSpec, node: Node, parent: Checked | undefined, segment: string | number | undefined): Checked {
    switch (spec.type) {
      case 'object': {
        if (node.type !== 'object') return this.report(wrongType(rejected(node, parent, segment), spec));
        const checked = this.object(spec.properties, node, parent, segment);
        checked.spec = spec;
        return checked;
      }
      case 'array': {
        if (node.type !== 'array') return this.report(wrongType(rejected(node, parent, segment), spec));
        const checked = this.array(spec, node, parent, segment);
        // Stryker disable next-line ConditionalExpression: the spec of an array is read only for a valid array (`recheckElements` returns first for an invalid one)
        if (checked.valid) checked.spec = spec;
        return checked;
      }
      case 'string':
        if (node.type !== 'string') return this.report(wrongType(rejected(node, parent, segment), spec));
        if (spec.nonEmpty && node.value === '') return this.report(emptyValue(rejected(node, parent, segment)));
        return new Checked(node, true, parent, segment);
      case 'enum': {
        if (node.type !== 'string') return this.report(wrongType(rejected(node, parent, segment), spec));
        if (spec.values.includes(node.value as string)) return new Checked(node, true, parent, segment);
        return this.report(valueNotAllowed(rejected(node, parent, segment), spec.values));
      }
      case 'edition': {
        if (node.type !== 'string') return this.report(wrongType(rejected(node, parent, segment), spec));
        // Stryker disable next-line BooleanLiteral: no rule reads the validity of `policyEdition` (`editionOf` reads the node, `migration/edition` asks only whether it is present)
        if ((EDITIONS as readonly string[]).includes(node.value as string)) return new Checked(node, true, parent, segment);
        return this.report(unknownEdition(rejected(node, parent, segment)));
      }
      case 'country': {
        if (node.type !== 'string') return this.report(wrongType(rejected(node, parent, segment), spec));
        if (countryByCode(node.value as string)) return new Checked(node, true, parent, segment);
        return this.report(unknownCountry(rejected(node, parent, segment)));
      }
      case 'geography': {
        if (node.type !== 'string') return this.report(wrongType(rejected(node, parent, segment), spec));
        if (isGeography(node.value as string, this.edition)) return new Checked(node, true, parent, segment);
        return this.report(unknownGeography(rejected(node, parent, segment), this.edition));
      }
      case 'date':
        if (node.type !== 'string') return this.report(wrongType(rejected(node, parent, segment), spec));
        if (!parseDate(node.value as string)) return this.report(notADate(rejected(node, parent, segment)));
        return new Checked(node, true, parent, segment);
      case 'boolean':
        return node.type === 'boolean' ? new Checked(node, true, parent, segment) : this.report(wrongType(rejected(node, parent, segment), spec));
      case 'integer':
      case 'number':
        if (node.type !== 'number') return this.report(wrongType(rejected(node, parent, segment), spec));
        if (spec.type === 'integer' && !Number.isInteger(node.value)) return this.report(notAWholeNumber(rejected(node, parent, segment)));
        if (node.value < spec.minimum) return this.report(belowMinimum(rejected(node, parent, segment), spec.minimum));
        return new Checked(node, true, parent, segment);
      case 'duration':
        if (node.type !== 'number' && node.type !== 'string') return this.report(wrongType(rejected(node, parent, segment), spec));
        if (durationDays(node.value) === undefined) return this.report(notADuration(rejected(node, parent, segment), spec));
        return new Checked(node, true, parent, segment);
    }
  }

  /** Lists a finding about a value the walk rejected; the value's checked node. */
  private report(finding: TypeFinding | UnknownEdition | UnknownCountry | UnknownGeography): Checked {
    this.findings.push(finding);
    return finding.target;
  }

  private object(properties: Readonly<Record<string, PropertySpec>>, node: Node, parent: Checked | undefined, segment: string | number | undefined): Checked {
    const self = new CheckedContainer(node, true, parent, segment);
    const shape = shapeOf(properties);
    self.shape = shape;
    // Stryker disable next-line ArrayDeclaration: the array is filled by index, and a JavaScript array grows to fit; the size only saves memory
    const props: (Checked | undefined)[] = (self.children = new Array<Checked | undefined>(shape.names.length).fill(undefined));
    // Stryker disable next-line ArrayDeclaration: the parser gives every object node its children array
    const children = node.children ?? [];
    // The last occurrence of a key counts, as in JSON.parse. Keys are rarely repeated: only
    // then is each key's last property worth a map.
    const last = hasRepeatedKey(children) ? lastOccurrences(children) : undefined;
    const seen = last ? new Set<string>() : undefined;
    // The known keys the object lacks: what an unknown key may be a misspelling of. The same for
    // every unknown key of the object, so computed once, at the first (20,000 unknown keys must
    // not each scan the object again).
    let absent: readonly string[] | undefined;
    // Indexed loops on the hot paths: cold code (the first files of a run) would allocate an iterator result per step.
    for (let i = 0; i < children.length; i++) {
      const property = children[i];
      // Stryker disable next-line OptionalChaining: the parser gives every property node its key
      const key = property.children?.[0];
      // Stryker disable next-line ConditionalExpression: the parser gives every property node its key
      if (!key) continue;
      const name = key.value as string;
      if (seen?.has(name)) this.findings.push(new DuplicateKey(self, name, key, property));
      const index = shape.index.get(name);
      if (index === undefined) {
        // Nothing inside an unknown property is checked.
        absent ??= absentKeys(shape.names, children, last);
        this.findings.push(new UnknownProperty(self, name, key, absent, shape.names));
        seen?.add(name);
        continue;
      }
      seen?.add(name);
      if (last && last.get(name) !== property) continue;
      const spec = shape.specs[index];
      // Stryker disable next-line OptionalChaining: the parser gives every property node its children
      const valueNode = property.children?.[1];
      if (!valueNode || (spec.onlyIn && !spec.onlyIn.includes(this.edition))) {
        // A key with no value is a syntax error; a property of another edition is that edition rule's.
        props[index] = new Checked(valueNode ?? property, false, self, name);
        continue;
      }
      props[index] = this.value(spec.value, valueNode, self, name);
    }
    // Every known key present in the object is in `props` now (its last occurrence).
    const required = requiredIndices(shape, this.edition);
    for (let i = 0; i < required.length; i++) {
      const index = required[i];
      if (props[index] === undefined) this.findings.push(missingProperty(self, shape.names[index], shape.specs[index]));
    }
    return self;
  }

  private array(spec: Extract<ValueSpec, { type: 'array' }>, node: Node, parent: Checked | undefined, segment: string | number | undefined): Checked {
    // Stryker disable next-line ArrayDeclaration: the parser gives every array node its children array
    const elements = node.children ?? [];
    if (spec.nonEmpty && elements.length === 0) return this.report(emptyValue(rejected(node, parent, segment)));
    const self = new CheckedContainer(node, true, parent, segment);
    // Stryker disable next-line ArrayDeclaration: the array is filled by index, and a JavaScript array grows to fit; the size only saves memory
    const items: Checked[] = (self.children = new Array<Checked>(elements.length));
    const firstFinding = this.findings.length;
    // Values already listed, for a `distinct` array: a scan of the elements before for a short
    // array (no allocation), a set for a long one.
    // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: a set of the values seen, or a scan of the elements before: the same answer, the set faster for long arrays
    const seen = spec.distinct && elements.length > 16 ? new Set<unknown>() : undefined;
    const holds = (value: unknown, before: number) => (seen ? seen.has(value) : holdsValid(items, value, before));
    let distinctValues = false;
    for (let index = 0; index < elements.length; index++) {
      const element = elements[index];
      const item = this.value(spec.items, element, self, index);
      items[index] = item;
      if (!spec.distinct || !item.valid) continue;
      distinctValues = true;
      if (!holds(item.value, index)) {
        seen?.add(item.value);
        continue;
      }
      items[index] = this.report(repeatedElement(rejected(element, self, index)));
    }
    if (distinctValues) {
      // A suggestion must not repeat a value the array already holds.
      for (let i = firstFinding; i < this.findings.length; i++) {
        const finding = this.findings[i];
        // Stryker disable next-line ConditionalExpression,LogicalOperator: the findings made while checking a `distinct` array's elements are all type findings about its elements (its items are strings of an enum)
        if (finding.kind === 'type' && finding.target.parent === self && finding.suggestions) {
          finding.suggestions = finding.suggestions.filter((value) => !holds(value, items.length));
        }
      }
    }
    return self;
  }
}

/** The checked node of a value the walk rejects (a finding says why). */
function rejected(node: Node, parent: Checked | undefined, segment: string | number | undefined): Checked {
  return new Checked(node, false, parent, segment);
}

/** Whether one of the first `before` elements is valid and has the value `value`. */
function holdsValid(items: readonly Checked[], value: unknown, before: number): boolean {
  for (let i = 0; i < before; i++) {
    const item = items[i];
    if (item.valid && item.node.value === value) return true;
  }
  return false;
}

/** Whether two properties of an object have the same key (without allocating for small objects). */
function hasRepeatedKey(children: Node[]): boolean {
  const count = children.length;
  if (count < 2) return false;
  if (count > 16) {
    const keys = new Set<unknown>();
    for (let i = 0; i < count; i++) {
      const key = children[i].children?.[0];
      if (!key) continue;
      if (keys.has(key.value)) return true;
      keys.add(key.value);
    }
    return false;
  }
  for (let i = 1; i < count; i++) {
    const key = children[i].children?.[0];
    if (!key) continue;
    const name = key.value as string;
    for (let j = 0; j < i; j++) {
      const other = children[j].children?.[0];
      if (other && other.value === name) return true;
    }
  }
  return false;
}

/** Whether one of the properties has the key `name`. */
function hasKey(children: Node[], name: string): boolean {
  for (let i = 0; i < children.length; i++) {
    const key = children[i].children?.[0];
    if (key && key.value === name) return true;
  }
  return false;
}

/**
 * The names no property of the object has. One scan of the object per known name while the
 * object is small; a set of its keys, made once, when it is large (time linear in its size).
 */
function absentKeys(names: readonly string[], children: Node[], last: Map<string, Node> | undefined): readonly string[] {
  if (last) return names.filter((name) => !last.has(name));
  if (children.length <= 16) return names.filter((name) => !hasKey(children, name));
  const present = new Set<unknown>();
  for (let i = 0; i < children.length; i++) {
    const key = children[i].children?.[0];
    if (key) present.add(key.value);
  }
  return names.filter((name) => !present.has(name));
}

/** Each key's last property node. */
function lastOccurrences(children: Node[]): Map<string, Node> {
  const last = new Map<string, Node>();
  for (const property of children) {
    const key = property.children?.[0];
    if (key) last.set(key.value as string, property);
  }
  return last;
}
