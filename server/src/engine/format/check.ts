import type { Node } from 'jsonc-parser';
import type { Edition, JSONPath } from '../types';
import { closeMatches } from '../distance';
import { durationDays } from '../policy/durations';
import { parseDate } from '../policy/dates';
import { countryByCode } from '../geo/countries';
import { geographyIds, isGeography, localGeography } from '../geo/geographies';
import { EDITIONS } from '../types';
import { CONFIG, isRequired, type PropertySpec, type ValueSpec } from './spec';

/**
 * One walk of the parse tree against the format. It yields the checked tree the policy
 * rules read (only valid values count) and the findings the structure rules report.
 */

/** A node of the document as the format sees it. */
export interface Checked {
  readonly path: JSONPath;
  /** The value node. */
  readonly node: Node;
  /** The key of the property holding the value; undefined for the root and array elements. */
  readonly keyNode?: Node;
  /** False when the value has the wrong type or is not allowed (a finding says why), or is not checked. */
  readonly valid: boolean;
  /** The JSON value of a valid leaf. */
  readonly value?: unknown;
  /** Known properties of a valid object, by key (the last occurrence of each). */
  readonly props?: ReadonlyMap<string, Checked>;
  /** Elements of a valid array (each with its own `valid`). */
  readonly items?: readonly Checked[];
}

export type Finding =
  | { kind: 'unknown-property'; path: JSONPath; keyNode: Node; candidates: string[]; allowed: string[] }
  | { kind: 'duplicate-key'; path: JSONPath; keyNode: Node; property: Node }
  | { kind: 'missing'; parent: Checked; key: string; property: PropertySpec }
  | { kind: 'type'; target: Checked; message: string; suggestions?: string[]; repeated?: boolean }
  | { kind: 'edition'; target: Checked; suggestions: string[] }
  | { kind: 'country'; target: Checked }
  | { kind: 'geography'; target: Checked; suggestions: string[]; arrivedIn2020?: string };

export interface FormatAnalysis {
  /** The checked root; undefined when the document holds no value. */
  readonly root: Checked | undefined;
  readonly findings: readonly Finding[];
}

/** The edition a file is checked under (SPEC section 2, `policyEdition`). */
export function editionOf(root: Node | undefined, defaultEdition: Edition): Edition {
  if (root?.type !== 'object' || !root.children) return defaultEdition;
  let value: Node | undefined;
  for (const property of root.children) {
    const [key, propertyValue] = property.children ?? [];
    if (key?.value === 'policyEdition' && propertyValue) value = propertyValue;
  }
  if (value?.type !== 'string') return defaultEdition;
  // A string that names no edition is reported by edition/unknown, and the file is checked as 2020-09.
  return (EDITIONS as readonly string[]).includes(value.value) ? (value.value as Edition) : '2020-09';
}

export function checkFormat(root: Node | undefined, edition: Edition): FormatAnalysis {
  const findings: Finding[] = [];
  if (!root) return { root: undefined, findings };
  return { root: checkValue(CONFIG, root, [], undefined, edition, findings), findings };
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

function label(path: JSONPath): string {
  return path.length ? '`' + path.map((s) => (typeof s === 'number' ? `[${s}]` : s)).join('.').replace(/\.\[/g, '[') + '`' : 'The document';
}

function checkValue(
  spec: ValueSpec,
  node: Node,
  path: JSONPath,
  keyNode: Node | undefined,
  edition: Edition,
  findings: Finding[],
): Checked {
  const invalid = (message: string, extra?: { suggestions?: string[]; repeated?: boolean }): Checked => {
    const target: Checked = { path, node, keyNode, valid: false };
    findings.push({ kind: 'type', target, message, ...extra });
    return target;
  };
  const wrongType = () => invalid(`${label(path)} must be ${expected(spec)}, not ${jsonType(node)}.`);
  const leaf = (value: unknown): Checked => ({ path, node, keyNode, valid: true, value });

  switch (spec.type) {
    case 'object':
      return node.type === 'object' ? checkObject(spec.properties, node, path, keyNode, edition, findings) : wrongType();
    case 'array':
      return node.type === 'array' ? checkArray(spec, node, path, keyNode, edition, findings) : wrongType();
    case 'string':
      if (node.type !== 'string') return wrongType();
      if (spec.nonEmpty && node.value === '') return invalid(`${label(path)} must not be empty.`);
      return leaf(node.value);
    case 'enum': {
      if (node.type !== 'string') return wrongType();
      if (spec.values.includes(node.value)) return leaf(node.value);
      return invalid(`${label(path)} is "${node.value}"; allowed: ${spec.values.map((v) => `"${v}"`).join(', ')}.`, {
        suggestions: closeMatches(node.value, spec.values, 2, true),
      });
    }
    case 'edition': {
      if (node.type !== 'string') return wrongType();
      if ((EDITIONS as readonly string[]).includes(node.value)) return leaf(node.value);
      const target: Checked = { path, node, keyNode, valid: false };
      findings.push({ kind: 'edition', target, suggestions: closeMatches(node.value, EDITIONS, 2, true) });
      return target;
    }
    case 'country': {
      if (node.type !== 'string') return wrongType();
      if (countryByCode(node.value)) return leaf(node.value);
      const target: Checked = { path, node, keyNode, valid: false };
      findings.push({ kind: 'country', target });
      return target;
    }
    case 'geography': {
      if (node.type !== 'string') return wrongType();
      if (isGeography(node.value, edition)) return leaf(node.value);
      const target: Checked = { path, node, keyNode, valid: false };
      const local = edition === '2018-05' ? localGeography(node.value) : undefined;
      findings.push({
        kind: 'geography',
        target,
        suggestions: closeMatches(node.value, geographyIds(edition), 2, true),
        arrivedIn2020: local?.inside,
      });
      return target;
    }
    case 'date':
      if (node.type !== 'string') return wrongType();
      if (!parseDate(node.value)) return invalid(`${label(path)} is "${node.value}", which is not a real calendar date "YYYY-MM-DD".`);
      return leaf(node.value);
    case 'boolean':
      return node.type === 'boolean' ? leaf(node.value) : wrongType();
    case 'integer':
    case 'number':
      if (node.type !== 'number') return wrongType();
      if (spec.type === 'integer' && !Number.isInteger(node.value)) return invalid(`${label(path)} must be a whole number, not ${node.value}.`);
      if (node.value < spec.minimum) return invalid(`${label(path)} must be >= ${spec.minimum}, not ${node.value}.`);
      return leaf(node.value);
    case 'duration':
      if (node.type !== 'number' && node.type !== 'string') return wrongType();
      if (durationDays(node.value) === undefined) {
        const shown = node.type === 'string' ? `"${node.value}"` : String(node.value);
        return invalid(`${label(path)} is ${shown}, which is not ${expected(spec)}.`);
      }
      return leaf(node.value);
  }
}

function checkObject(
  properties: Readonly<Record<string, PropertySpec>>,
  node: Node,
  path: JSONPath,
  keyNode: Node | undefined,
  edition: Edition,
  findings: Finding[],
): Checked {
  // The last occurrence of a key counts, as in JSON.parse.
  const last = new Map<string, Node>();
  for (const property of node.children ?? []) {
    const key = property.children?.[0];
    if (!key) continue;
    if (last.has(key.value)) findings.push({ kind: 'duplicate-key', path: [...path, key.value], keyNode: key, property });
    last.set(key.value, property);
  }
  const props = new Map<string, Checked>();
  const self: Checked = { path, node, keyNode, valid: true, props };
  for (const property of node.children ?? []) {
    const key = property.children?.[0];
    if (!key) continue;
    const spec = Object.prototype.hasOwnProperty.call(properties, key.value) ? properties[key.value] : undefined;
    if (!spec) {
      // Nothing inside an unknown property is checked.
      const allowed = Object.keys(properties);
      const candidates = closeMatches(key.value, allowed.filter((k) => !last.has(k)), 2);
      findings.push({ kind: 'unknown-property', path: [...path, key.value], keyNode: key, candidates, allowed });
      continue;
    }
    if (last.get(key.value) !== property) continue;
    const valueNode = property.children?.[1];
    const childPath = [...path, key.value];
    if (!valueNode || (spec.onlyIn && !spec.onlyIn.includes(edition))) {
      // A key with no value is a syntax error; a property of another edition is that edition rule's.
      props.set(key.value, { path: childPath, node: valueNode ?? property, keyNode: key, valid: false });
      continue;
    }
    props.set(key.value, checkValue(spec.value, valueNode, childPath, key, edition, findings));
  }
  for (const [key, spec] of Object.entries(properties)) {
    if (!last.has(key) && isRequired(spec, edition) && !spec.absenceRule) {
      findings.push({ kind: 'missing', parent: self, key, property: spec });
    }
  }
  return self;
}

function checkArray(
  spec: Extract<ValueSpec, { type: 'array' }>,
  node: Node,
  path: JSONPath,
  keyNode: Node | undefined,
  edition: Edition,
  findings: Finding[],
): Checked {
  const elements = node.children ?? [];
  if (spec.nonEmpty && elements.length === 0) {
    const target: Checked = { path, node, keyNode, valid: false };
    findings.push({ kind: 'type', target, message: `${label(path)} must not be empty.` });
    return target;
  }
  const seen = new Set<unknown>();
  const items = elements.map((element, index) => {
    const itemPath = [...path, index];
    const item = checkValue(spec.items, element, itemPath, undefined, edition, findings);
    if (!spec.distinct || !item.valid) return item;
    if (seen.has(item.value)) {
      const repeated: Checked = { path: itemPath, node: element, valid: false };
      findings.push({ kind: 'type', target: repeated, repeated: true, message: `${label(path)} lists "${String(item.value)}" more than once; each category may appear once.` });
      return repeated;
    }
    seen.add(item.value);
    return item;
  });
  return { path, node, keyNode, valid: true, items };
}
