import type { Node } from 'jsonc-parser';
import { compilePattern, type Pattern } from './pattern';
import { lastValueOf, type JsonValues } from './jsonValue';

/**
 * A policy's `schema` (SPEC section 10): the JSON Schema 2020-12 keywords the SPEC lists,
 * checked when the settings are read and then interpreted over the document's tree. Nothing is
 * generated or executed from the workspace: a schema is data, and `satisfies` walks it.
 * Each (schema, value) pair is visited at most once (there is no `$ref`), so a policy costs time
 * linear in the document for a given schema.
 */
export class Schema {
  // Every field is set in the constructor, in one order, so that all schemas share one hidden
  // class and `satisfies` reads them monomorphically (it runs for every value a policy matches).
  /** `true` or `false` as a whole schema; undefined for an object schema. */
  always: boolean | undefined = undefined;
  /** `type`, as a bit set of TYPE_BITS; 0 when absent. */
  typeBits = 0;
  /** `enum` and `const`: canonical forms of objects and arrays (see JsonValues.canonical), and primitives as they are. */
  enum: ReadonlySet<string> | undefined = undefined;
  enumPrimitives: ReadonlySet<unknown> | undefined = undefined;
  const: string | undefined = undefined;
  /** True when `const` is a primitive: then `constValue` is compared with `===` (numbers by value). */
  constIsPrimitive = false;
  constValue: unknown = undefined;
  pattern: Pattern | undefined = undefined;
  minimum: number | undefined = undefined;
  maximum: number | undefined = undefined;
  exclusiveMinimum: number | undefined = undefined;
  exclusiveMaximum: number | undefined = undefined;
  minLength: number | undefined = undefined;
  maxLength: number | undefined = undefined;
  minItems: number | undefined = undefined;
  maxItems: number | undefined = undefined;
  uniqueItems: boolean | undefined = undefined;
  items: Schema | undefined = undefined;
  contains: Schema | undefined = undefined;
  properties: ReadonlyMap<string, Schema> | undefined = undefined;
  required: readonly string[] | undefined = undefined;
  additionalProperties: boolean | undefined = undefined;
  not: Schema | undefined = undefined;
  allOf: readonly Schema[] | undefined = undefined;
  anyOf: readonly Schema[] | undefined = undefined;
  oneOf: readonly Schema[] | undefined = undefined;
  if: Schema | undefined = undefined;
  then: Schema | undefined = undefined;
  else: Schema | undefined = undefined;

  static always(value: boolean): Schema {
    const schema = new Schema();
    schema.always = value;
    return schema;
  }
}

const TYPE_BITS: Readonly<Record<string, number>> = { null: 1, boolean: 2, object: 4, array: 8, number: 16, string: 32, integer: 64 };

export type JsonType = 'null' | 'boolean' | 'object' | 'array' | 'number' | 'string' | 'integer';
const JSON_TYPES: readonly string[] = ['null', 'boolean', 'object', 'array', 'number', 'string', 'integer'];

/** The keywords a schema may use (SPEC section 10); any other is a settings error. */
export const SCHEMA_KEYWORDS: readonly string[] = [
  'type',
  'enum',
  'const',
  'pattern',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'uniqueItems',
  'items',
  'contains',
  'properties',
  'required',
  'additionalProperties',
  'not',
  'allOf',
  'anyOf',
  'oneOf',
  'if',
  'then',
  'else',
];
/** Annotations: allowed, and ignored. */
export const SCHEMA_ANNOTATIONS: readonly string[] = ['title', 'description', '$comment', 'examples', 'default'];

/** How deeply schemas may nest inside one another; deeper is a settings error, never a stack overflow. */
export const MAX_SCHEMA_DEPTH = 32;

/** Reports a problem of the schema at a node of the settings file. */
export type SchemaProblem = (message: string, at: Node) => void;

/** Reads a schema from the settings file's tree; problems are reported and the result is then unusable. */
export function compileSchema(node: Node, problem: SchemaProblem, canonical: (node: Node) => string, depth = 0): Schema {
  if (node.type === 'boolean') return Schema.always(node.value as boolean);
  if (node.type !== 'object') {
    problem('A schema must be an object (or true or false).', node);
    return Schema.always(true);
  }
  if (depth >= MAX_SCHEMA_DEPTH) {
    problem(`Schemas nest more than ${MAX_SCHEMA_DEPTH} deep here; a policy's schema may nest at most ${MAX_SCHEMA_DEPTH} levels.`, node);
    return Schema.always(true);
  }
  const schema = new Schema();
  const sub = (value: Node) => compileSchema(value, problem, canonical, depth + 1);
  const list = (key: Node, value: Node): Schema[] => {
    if (value.type !== 'array' || !value.children?.length) {
      problem(`"${key.value}" must be a non-empty array of schemas.`, value);
      return [];
    }
    return value.children.map(sub);
  };
  const count = (key: Node, value: Node): number | undefined => {
    if (value.type === 'number' && Number.isInteger(value.value) && value.value >= 0) return value.value as number;
    problem(`"${key.value}" must be a whole number of 0 or more.`, value);
    return undefined;
  };
  const bound = (key: Node, value: Node): number | undefined => {
    if (value.type === 'number' && Number.isFinite(value.value)) return value.value as number;
    problem(`"${key.value}" must be a number.`, value);
    return undefined;
  };
  const seen = new Set<string>();
  for (const property of node.children ?? []) {
    const [key, value] = property.children ?? [];
    if (!key || !value) continue;
    const name = key.value as string;
    if (seen.has(name)) problem(`"${name}" is given twice in this schema.`, key);
    seen.add(name);
    switch (name) {
      case 'type': {
        const names = value.type === 'array' ? (value.children ?? []) : [value];
        if (!names.length || names.some((n) => n.type !== 'string' || !JSON_TYPES.includes(n.value as string))) {
          problem(`"type" must be one of ${JSON_TYPES.map((t) => `"${t}"`).join(', ')}, or an array of them.`, value);
        } else {
          for (const n of names) schema.typeBits |= TYPE_BITS[n.value as string];
        }
        break;
      }
      case 'enum':
        if (value.type !== 'array') {
          problem('"enum" must be an array of the allowed values.', value);
        } else {
          const members = value.children ?? [];
          schema.enum = new Set(members.filter((m) => !isPrimitive(m)).map(canonical));
          schema.enumPrimitives = new Set(members.filter(isPrimitive).map((m) => (m.value as unknown) ?? null));
        }
        break;
      case 'const':
        schema.const = canonical(value);
        schema.constIsPrimitive = isPrimitive(value);
        schema.constValue = schema.constIsPrimitive ? (value.value ?? null) : undefined;
        break;
      case 'pattern': {
        if (value.type !== 'string') {
          problem('"pattern" must be a string: a regular expression.', value);
          break;
        }
        const pattern = compilePattern(value.value as string);
        if (typeof pattern === 'string') problem(`The pattern ${shortJson(value.value)} ${pattern}.`, value);
        else schema.pattern = pattern;
        break;
      }
      case 'minimum':
      case 'maximum':
      case 'exclusiveMinimum':
      case 'exclusiveMaximum':
        schema[name] = bound(key, value);
        break;
      case 'minLength':
      case 'maxLength':
      case 'minItems':
      case 'maxItems':
        schema[name] = count(key, value);
        break;
      case 'uniqueItems':
      case 'additionalProperties':
        if (value.type !== 'boolean') problem(`"${name}" must be true or false.`, value);
        else schema[name] = value.value as boolean;
        break;
      case 'items':
        if (value.type === 'array')
          problem('"items" must be one schema that every element satisfies (2020-12; an array of schemas is "prefixItems", which is not supported).', value);
        else schema.items = sub(value);
        break;
      case 'contains':
      case 'not':
      case 'if':
      case 'then':
      case 'else':
        schema[name] = sub(value);
        break;
      case 'allOf':
      case 'anyOf':
      case 'oneOf':
        schema[name] = list(key, value);
        break;
      case 'properties': {
        if (value.type !== 'object') {
          problem('"properties" must be an object of property name to schema.', value);
          break;
        }
        const properties = new Map<string, Schema>();
        for (const entry of value.children ?? []) {
          const [propertyKey, propertySchema] = entry.children ?? [];
          if (propertyKey && propertySchema) properties.set(propertyKey.value as string, sub(propertySchema));
        }
        schema.properties = properties;
        break;
      }
      case 'required':
        if (value.type !== 'array' || (value.children ?? []).some((n) => n.type !== 'string')) problem('"required" must be an array of property names.', value);
        else schema.required = [...new Set((value.children ?? []).map((n) => n.value as string))];
        break;
      default:
        if (!SCHEMA_ANNOTATIONS.includes(name)) {
          problem(
            `Unknown schema keyword ${shortJson(name)}; allowed: ${SCHEMA_KEYWORDS.join(', ')} (and the annotations ${SCHEMA_ANNOTATIONS.join(', ')}).`,
            key,
          );
        }
    }
  }
  return schema;
}

/** Whether a value (a node of the document) satisfies a schema. Loops, not closures: it runs for every matched value. */
export function satisfies(schema: Schema, node: Node, values: JsonValues): boolean {
  if (schema.always !== undefined) return schema.always;
  const type = node.type;
  if (schema.typeBits !== 0) {
    let bits = TYPE_BITS[type];
    if (type === 'number' && Number.isInteger(node.value)) bits |= TYPE_BITS.integer;
    if ((schema.typeBits & bits) === 0) return false;
  }
  const primitive = type !== 'object' && type !== 'array';
  if (schema.const !== undefined) {
    // Primitives compare as they are (1 and 1.0 are one number); objects and arrays by canonical form.
    if (schema.constIsPrimitive ? !primitive || (node.value ?? null) !== schema.constValue : primitive || values.canonical(node) !== schema.const) return false;
  }
  if (schema.enum !== undefined && !(primitive ? schema.enumPrimitives!.has(node.value ?? null) : schema.enum.has(values.canonical(node)))) return false;
  if (type === 'number') {
    const n = node.value as number;
    if (schema.minimum !== undefined && !(n >= schema.minimum)) return false;
    if (schema.maximum !== undefined && !(n <= schema.maximum)) return false;
    if (schema.exclusiveMinimum !== undefined && !(n > schema.exclusiveMinimum)) return false;
    if (schema.exclusiveMaximum !== undefined && !(n < schema.exclusiveMaximum)) return false;
  } else if (type === 'string') {
    const s = node.value as string;
    if (schema.minLength !== undefined || schema.maxLength !== undefined) {
      const length = codePoints(s);
      if (schema.minLength !== undefined && length < schema.minLength) return false;
      if (schema.maxLength !== undefined && length > schema.maxLength) return false;
    }
    if (schema.pattern !== undefined && !schema.pattern.test(s)) return false;
  } else if (type === 'array') {
    const items = node.children ?? [];
    if (schema.minItems !== undefined && items.length < schema.minItems) return false;
    if (schema.maxItems !== undefined && items.length > schema.maxItems) return false;
    if (schema.uniqueItems === true && items.length > 1) {
      const seen = new Set<string>();
      for (let i = 0; i < items.length; i++) {
        const canonical = values.canonical(items[i]);
        if (seen.has(canonical)) return false;
        seen.add(canonical);
      }
    }
    const every = schema.items;
    if (every !== undefined) for (let i = 0; i < items.length; i++) if (!satisfies(every, items[i], values)) return false;
    const contains = schema.contains;
    if (contains !== undefined) {
      let found = false;
      for (let i = 0; i < items.length && !found; i++) found = satisfies(contains, items[i], values);
      if (!found) return false;
    }
  } else if (type === 'object') {
    // Read straight from the tree, no map built: `lastValueOf` gives what JSON.parse keeps.
    const required = schema.required;
    if (required !== undefined) for (let i = 0; i < required.length; i++) if (lastValueOf(node, required[i]) === undefined) return false;
    const properties = schema.properties;
    if (properties !== undefined) {
      for (const [key, property] of properties) {
        const value = lastValueOf(node, key);
        if (value !== undefined && !satisfies(property, value, values)) return false;
      }
    }
    if (schema.additionalProperties === false) {
      const children = node.children ?? [];
      for (let i = 0; i < children.length; i++) {
        const key = children[i].children?.[0]?.value as string | undefined;
        if (key !== undefined && !properties?.has(key)) return false;
      }
    }
  }
  if (schema.not !== undefined && satisfies(schema.not, node, values)) return false;
  const allOf = schema.allOf;
  if (allOf !== undefined) for (let i = 0; i < allOf.length; i++) if (!satisfies(allOf[i], node, values)) return false;
  const anyOf = schema.anyOf;
  if (anyOf !== undefined) {
    let passed = false;
    for (let i = 0; i < anyOf.length && !passed; i++) passed = satisfies(anyOf[i], node, values);
    if (!passed) return false;
  }
  const oneOf = schema.oneOf;
  if (oneOf !== undefined) {
    let passed = 0;
    for (let i = 0; i < oneOf.length; i++) if (satisfies(oneOf[i], node, values) && ++passed > 1) return false;
    if (passed !== 1) return false;
  }
  if (schema.if !== undefined) {
    const branch = satisfies(schema.if, node, values) ? schema.then : schema.else;
    if (branch !== undefined && !satisfies(branch, node, values)) return false;
  }
  return true;
}

function isPrimitive(node: Node): boolean {
  return node.type !== 'object' && node.type !== 'array';
}

function codePoints(s: string): number {
  let length = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        length--;
        i++;
      }
    }
  }
  return length;
}

/** A value for a message: JSON, one line, at most about 80 characters. */
export function shortJson(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 80 ? `${json.slice(0, 77)}...` : json;
}
