import type { Node } from 'jsonc-parser';
import type { Edition, JSONPath } from '../types';
import { closeMatches } from '../distance';
import { durationDays } from '../policy/durations';
import { parseDate } from '../policy/dates';
import { countryByCode } from '../geo/countries';
import { geographyIds, isGeography, localGeography } from '../geo/geographies';
import { EDITIONS } from '../types';
import { CONFIG, isRequired, type PropertySpec, type ValueSpec } from './spec';
import { quoteValue } from '../escape';

/**
 * One walk of the parse tree against the format. It yields the checked tree the policy
 * rules read (only valid values count) and the findings the structure rules report.
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

  /** The format of a valid object's properties; undefined for anything else. */
  shape: ObjectShape | undefined = undefined;
  /** The format a valid object or array was checked against (to check one of its values again). */
  spec: ValueSpec | undefined = undefined;
  /**
   * A valid object's known properties (the last occurrence of each), in the order of
   * `shape.names`; a valid array's elements (each with its own `valid`). One field for both
   * keeps the node small: the walk makes one for every value of every document.
   */
  children: (Checked | undefined)[] | undefined = undefined;

  /** The JSON value of a valid leaf. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the type is the spec's (a string for enum, date, country...), known to the rule that gave the spec
  get value(): any {
    return this.valid ? (this.node.value as unknown) : undefined;
  }

  /** The key of the property holding the value; undefined for the root and array elements. */
  get keyNode(): Node | undefined {
    const node = this.node;
    if (node.type === 'property') return node.children?.[0];
    const parent = node.parent;
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
    return index === undefined ? undefined : this.children![index];
  }

  /** The JSON path from the root, computed on demand: most nodes are never reported. */
  get path(): JSONPath {
    // Counted first, so that the array has its exact size (a push-grown array keeps room for 17): a file may have thousands of findings.
    let depth = 0;
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- a cursor up the parent chain, from this node
    for (let at: Checked | undefined = this; at && at.segment !== undefined; at = at.parent) depth++;
    const path: JSONPath = new Array<string | number>(depth);
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the same cursor
    for (let at: Checked | undefined = this; depth > 0; at = at!.parent) path[--depth] = at!.segment!;
    return path;
  }
}

/**
 * What the walk finds. Paths and messages are computed when read, from the checked tree: an
 * element's index may change after an incremental check (elements inserted before it).
 */
export type Finding =
  | { kind: 'unknown-property'; path: JSONPath; keyNode: Node; candidates: string[]; allowed: readonly string[] }
  | { kind: 'duplicate-key'; path: JSONPath; keyNode: Node; property: Node }
  | { kind: 'missing'; parent: Checked; key: string; property: PropertySpec }
  | { kind: 'type'; target: Checked; message: string; suggestions?: string[]; repeated?: boolean }
  | { kind: 'edition'; target: Checked; suggestions: string[] }
  | { kind: 'country'; target: Checked }
  | { kind: 'geography'; target: Checked; suggestions: string[]; arrivedIn2020?: string };

/*
 * The findings whose path or message is computed when read are classes, with getters on the
 * prototype. An object literal with a getter of its own would get a hidden class of its own in
 * V8 (a map in the old generation holding the getter), which keeps the getter's closure, and
 * with it the document's whole tree, alive through young-generation collections: in a run over
 * thousands of files, 13% of everything allocated survived each scavenge instead of 0.5%.
 */

/** A value of the wrong type, or not allowed. */
class TypeFinding {
  readonly kind = 'type';
  constructor(
    readonly target: Checked,
    private readonly describe: (path: JSONPath) => string,
    public suggestions: string[] | undefined,
    readonly repeated: boolean | undefined,
  ) {}

  get message(): string {
    return this.describe(this.target.path);
  }
}

/** A finding about a key of an object: its path is the object's and the key's. */
abstract class KeyFinding {
  constructor(private readonly object: Checked, private readonly name: string, readonly keyNode: Node) {}

  get path(): JSONPath {
    return [...this.object.path, this.name];
  }
}

/** An occurrence of a key after its first in one object (the property holding it). */
class DuplicateKey extends KeyFinding {
  readonly kind = 'duplicate-key';
  constructor(object: Checked, name: string, keyNode: Node, readonly property: Node) {
    super(object, name, keyNode);
  }
}

/** A key the format does not know there. */
class UnknownProperty extends KeyFinding {
  readonly kind = 'unknown-property';
  constructor(object: Checked, name: string, keyNode: Node, readonly candidates: string[], readonly allowed: readonly string[]) {
    super(object, name, keyNode);
  }
}

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
    if (!children) continue;
    const key = children[0];
    const propertyValue = children[1];
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

function jsonType(node: Node): string {
  switch (node.type) {
    case 'object': return 'an object';
    case 'array': return 'an array';
    case 'string': return 'a string';
    case 'number': return Number.isInteger(node.value) ? 'an integer' : 'a number';
    case 'boolean': return node.value ? '`true`' : '`false`';
    case 'null': return '`null`';
    default: return 'a value';
  }
}

function expected(spec: ValueSpec): string {
  switch (spec.type) {
    case 'object': return 'an object';
    case 'array': return 'an array';
    case 'string': return spec.nonEmpty ? 'a non-empty string' : 'a string';
    case 'enum': return `one of ${spec.values.map((v) => `"${v}"`).join(', ')}`;
    case 'edition': return '"2018-05" or "2020-09"';
    case 'country': return 'an ISO 3166-1 alpha-2 country code such as "DE"';
    case 'geography': return 'a geography id such as "europe"';
    case 'date': return 'a date "YYYY-MM-DD"';
    case 'boolean': return '`true` or `false`';
    case 'integer': return `a whole number >= ${spec.minimum}`;
    case 'number': return `a number >= ${spec.minimum}`;
    case 'duration': return 'a duration: a whole number of days >= 0, or an ISO 8601 duration such as "P30D", "P4W", "P12M" or "P1Y"';
  }
}

/** `"a", "b", "c"`: an enum's allowed values as its findings list them, made once per enum. */
const ALLOWED_LISTS = new WeakMap<readonly string[], string>();
function allowedList(values: readonly string[]): string {
  let list = ALLOWED_LISTS.get(values);
  if (list === undefined) ALLOWED_LISTS.set(values, (list = values.map((v) => `"${v}"`).join(', ')));
  return list;
}

/**
 * The allowed values close to a value outside an enum (closeMatches, case ignored), remembered per
 * enum: messy files repeat the same wrong values (a store kind, a data category) hundreds of times.
 */
const SUGGESTIONS = new WeakMap<readonly string[], Map<string, readonly string[]>>();
const MAX_REMEMBERED = 1024;
function enumSuggestions(value: string, values: readonly string[]): string[] {
  let known = SUGGESTIONS.get(values);
  if (known === undefined) SUGGESTIONS.set(values, (known = new Map<string, readonly string[]>()));
  let suggestions = known.get(value);
  if (suggestions === undefined) {
    suggestions = closeMatches(value, values, 2, true);
    if (known.size < MAX_REMEMBERED) known.set(value, suggestions);
  }
  // A copy: a finding's suggestions are its own.
  return suggestions.slice();
}

function label(path: JSONPath): string {
  if (!path.length) return 'The document';
  return '`' + path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i ? `.${s}` : s)).join('') + '`';
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
  if (!shape) {
    const names = Object.keys(properties);
    shape = { names, index: new Map(names.map((name, i) => [name, i])), specs: names.map((name) => properties[name]), required: new Map() };
    SHAPES.set(properties, shape);
  }
  return shape;
}

function requiredIndices(shape: ObjectShape, edition: Edition): readonly number[] {
  let indices = shape.required.get(edition);
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
  constructor(private readonly edition: Edition, private readonly findings: Finding[]) {}

  value(spec: ValueSpec, node: Node, parent: Checked | undefined, segment: string | number | undefined): Checked {
    switch (spec.type) {
      case 'object': {
        if (node.type !== 'object') return this.wrongType(spec, node, parent, segment);
        const checked = this.object(spec.properties, node, parent, segment);
        checked.spec = spec;
        return checked;
      }
      case 'array': {
        if (node.type !== 'array') return this.wrongType(spec, node, parent, segment);
        const checked = this.array(spec, node, parent, segment);
        if (checked.valid) checked.spec = spec;
        return checked;
      }
      case 'string':
        if (node.type !== 'string') return this.wrongType(spec, node, parent, segment);
        if (spec.nonEmpty && node.value === '') return this.invalid(node, parent, segment, (p) => `${label(p)} must not be empty.`);
        return new Checked(node, true, parent, segment);
      case 'enum': {
        if (node.type !== 'string') return this.wrongType(spec, node, parent, segment);
        if (spec.values.includes(node.value as string)) return new Checked(node, true, parent, segment);
        const allowed = allowedList(spec.values);
        return this.invalid(node, parent, segment, (p) => `${label(p)} is ${quoteValue(node.value as string)}; allowed: ${allowed}.`, enumSuggestions(node.value as string, spec.values));
      }
      case 'edition': {
        if (node.type !== 'string') return this.wrongType(spec, node, parent, segment);
        if ((EDITIONS as readonly string[]).includes(node.value as string)) return new Checked(node, true, parent, segment);
        const target = new Checked(node, false, parent, segment);
        this.findings.push({ kind: 'edition', target, suggestions: closeMatches(node.value as string, EDITIONS, 2, true) });
        return target;
      }
      case 'country': {
        if (node.type !== 'string') return this.wrongType(spec, node, parent, segment);
        if (countryByCode(node.value as string)) return new Checked(node, true, parent, segment);
        const target = new Checked(node, false, parent, segment);
        this.findings.push({ kind: 'country', target });
        return target;
      }
      case 'geography': {
        if (node.type !== 'string') return this.wrongType(spec, node, parent, segment);
        if (isGeography(node.value as string, this.edition)) return new Checked(node, true, parent, segment);
        const target = new Checked(node, false, parent, segment);
        const local = this.edition === '2018-05' ? localGeography(node.value as string) : undefined;
        this.findings.push({
          kind: 'geography',
          target,
          suggestions: closeMatches(node.value as string, geographyIds(this.edition), 2, true),
          arrivedIn2020: local?.inside,
        });
        return target;
      }
      case 'date':
        if (node.type !== 'string') return this.wrongType(spec, node, parent, segment);
        if (!parseDate(node.value as string)) {
          return this.invalid(node, parent, segment, (p) => `${label(p)} is ${quoteValue(node.value as string)}, which is not a real calendar date "YYYY-MM-DD".`);
        }
        return new Checked(node, true, parent, segment);
      case 'boolean':
        return node.type === 'boolean' ? new Checked(node, true, parent, segment) : this.wrongType(spec, node, parent, segment);
      case 'integer':
      case 'number':
        if (node.type !== 'number') return this.wrongType(spec, node, parent, segment);
        if (spec.type === 'integer' && !Number.isInteger(node.value)) {
          return this.invalid(node, parent, segment, (p) => `${label(p)} must be a whole number, not ${node.value}.`);
        }
        if (node.value < spec.minimum) return this.invalid(node, parent, segment, (p) => `${label(p)} must be >= ${spec.minimum}, not ${node.value}.`);
        return new Checked(node, true, parent, segment);
      case 'duration':
        if (node.type !== 'number' && node.type !== 'string') return this.wrongType(spec, node, parent, segment);
        if (durationDays(node.value) === undefined) {
          const shown = node.type === 'string' ? quoteValue(node.value) : String(node.value);
          return this.invalid(node, parent, segment, (p) => `${label(p)} is ${shown}, which is not ${expected(spec)}.`);
        }
        return new Checked(node, true, parent, segment);
    }
  }

  private invalid(
    node: Node,
    parent: Checked | undefined,
    segment: string | number | undefined,
    message: (path: JSONPath) => string,
    suggestions?: string[],
    repeated?: boolean,
  ): Checked {
    const target = new Checked(node, false, parent, segment);
    this.findings.push(new TypeFinding(target, message, suggestions, repeated));
    return target;
  }

  private wrongType(spec: ValueSpec, node: Node, parent: Checked | undefined, segment: string | number | undefined): Checked {
    return this.invalid(node, parent, segment, (p) => `${label(p)} must be ${expected(spec)}, not ${jsonType(node)}.`);
  }

  private object(
    properties: Readonly<Record<string, PropertySpec>>,
    node: Node,
    parent: Checked | undefined,
    segment: string | number | undefined,
  ): Checked {
    const self = new Checked(node, true, parent, segment);
    const shape = shapeOf(properties);
    self.shape = shape;
    const props: (Checked | undefined)[] = (self.children = new Array<Checked | undefined>(shape.names.length).fill(undefined));
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
      const key = property.children?.[0];
      if (!key) continue;
      const name = key.value as string;
      if (seen?.has(name)) this.findings.push(new DuplicateKey(self, name, key, property));
      const index = shape.index.get(name);
      if (index === undefined) {
        // Nothing inside an unknown property is checked.
        absent ??= absentKeys(shape.names, children, last);
        const candidates = absent.length ? closeMatches(name, absent, 2) : NO_CANDIDATES;
        this.findings.push(new UnknownProperty(self, name, key, candidates, shape.names));
        seen?.add(name);
        continue;
      }
      seen?.add(name);
      if (last && last.get(name) !== property) continue;
      const spec = shape.specs[index];
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
      if (props[index] === undefined) this.findings.push({ kind: 'missing', parent: self, key: shape.names[index], property: shape.specs[index] });
    }
    return self;
  }

  private array(
    spec: Extract<ValueSpec, { type: 'array' }>,
    node: Node,
    parent: Checked | undefined,
    segment: string | number | undefined,
  ): Checked {
    const elements = node.children ?? [];
    if (spec.nonEmpty && elements.length === 0) return this.invalid(node, parent, segment, (p) => `${label(p)} must not be empty.`);
    const self = new Checked(node, true, parent, segment);
    const items: Checked[] = (self.children = new Array<Checked>(elements.length));
    const firstFinding = this.findings.length;
    // Values already listed, for a `distinct` array: a scan of the elements before for a short
    // array (no allocation), a set for a long one.
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
      items[index] = this.invalid(element, self, index,
        (p) => `${label(p.slice(0, -1))} lists ${quoteValue(String(item.value))} more than once; each category may appear once.`, undefined, true);
    }
    if (distinctValues) {
      // A suggestion must not repeat a value the array already holds.
      for (let i = firstFinding; i < this.findings.length; i++) {
        const finding = this.findings[i];
        if (finding.kind === 'type' && finding.target.parent === self && finding.suggestions) {
          finding.suggestions = finding.suggestions.filter((value) => !holds(value, items.length));
        }
      }
    }
    return self;
  }
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

const NO_CANDIDATES: string[] = [];

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
