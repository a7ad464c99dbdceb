import type { Node } from 'jsonc-parser';
import { ALL_EDITIONS, defineRule } from '../../rule';
import { quote } from '../../policy/model';
import type { Checked } from '../../format/check';
import type { ValueSpec } from '../../format/spec';
import type { JSONPath } from '../../types';
import { closeMatches } from '../../distance';
import { quoteValue } from '../../escape';

export const schemaType = defineRule({
  meta: {
    id: 'schema/type',
    editions: ALL_EDITIONS,
    severity: 'error',
    policySection: 'SPEC section 2, Format',
    summary:
      'A value of the wrong JSON type, an enum value that is not allowed, a bad date or duration, a negative number, an empty id, or a repeated data category.',
    rationale:
      'The policy rules can only judge values they understand. A value the format does not allow is reported here alone, and every rule that would need it is skipped.',
    fix: 'For an enum value: the one allowed value within edit distance 2, case ignored.',
    fixPreferred: true,
    example: '"kind": "SqlAzure"',
  },
  check(ctx) {
    const findings = ctx.analysis.findings;
    for (let i = 0; i < findings.length; i++) {
      const finding = findings[i];
      if (finding.kind !== 'type') continue;
      const { target } = finding;
      const suggestions = finding.suggestions ?? [];
      const fixes = suggestions.flatMap((value) => ctx.fix(`Change to ${quote(value)}`, suggestions.length === 1, ctx.fixes.setValue(target.node, value)));
      if (finding.repeated) fixes.push(...ctx.fix('Remove the repeated element', false, ctx.fixes.remove(target.node)));
      ctx.reportValue(target, finding.message, fixes);
    }
  },
});

/*
 * The findings: the format walk (format/check.ts) decides where a value is wrong and calls one of
 * these for what to say. The message is computed when read, from the checked tree: an element's
 * index may change after an incremental check (elements inserted before it).
 */

/**
 * A value of the wrong type, or not allowed. A class, with its getter on the prototype: an object
 * literal with a getter of its own would get a hidden class of its own in V8 (a map in the old
 * generation holding the getter), which keeps the getter's closure, and with it the document's
 * whole tree, alive through young-generation collections: in a run over thousands of files, 13%
 * of everything allocated survived each scavenge instead of 0.5%. What the message says is kept
 * as data (`describe`, a function of the module, and its two arguments), not as a closure: a
 * closure and its context are some 120 bytes a finding, 2.6 MB of a file with 23,000 of them.
 */
export class TypeFinding {
  readonly kind = 'type';
  constructor(
    readonly target: Checked,
    private readonly describe: (path: JSONPath, first: never, second: never) => string,
    private readonly first: unknown,
    private readonly second: unknown,
    /**
     * The allowed values a fix may set (an enum value's); the walk drops those a `distinct` array
     * already holds (in a new array: the one given may be shared by findings of the same value).
     */
    public suggestions: readonly string[] | undefined,
    /** A repeated element of a `distinct` array (its fix removes it). */
    readonly repeated: boolean | undefined,
  ) {}

  get message(): string {
    return this.describe(this.target.path, this.first as never, this.second as never);
  }
}

/** A finding whose message is `describe(path, first, second)`. */
function finding<A, B>(
  target: Checked,
  describe: (path: JSONPath, first: A, second: B) => string,
  first: A,
  second: B,
  suggestions?: readonly string[],
  repeated?: boolean,
): TypeFinding {
  return new TypeFinding(target, describe, first, second, suggestions, repeated);
}

/** A value of another JSON type than the format's. */
export function wrongType(target: Checked, spec: ValueSpec): TypeFinding {
  return finding(target, describeWrongType, spec, target.node);
}
const describeWrongType = (p: JSONPath, spec: ValueSpec, node: Node) => `${label(p)} must be ${expected(spec)}, not ${jsonType(node)}.`;

/** An empty id, or an empty array that must hold something. */
export function emptyValue(target: Checked): TypeFinding {
  return finding(target, describeEmpty, undefined, undefined);
}
const describeEmpty = (p: JSONPath) => `${label(p)} must not be empty.`;

/** A string outside an enum: its fixes are the allowed values close to it. */
export function valueNotAllowed(target: Checked, values: readonly string[]): TypeFinding {
  const value = target.node.value as string;
  return finding(target, describeNotAllowed, value, allowedList(values), enumSuggestions(value, values));
}
const describeNotAllowed = (p: JSONPath, value: string, allowed: string) => `${label(p)} is ${quoteValue(value)}; allowed: ${allowed}.`;

/** A string that is no real calendar date. */
export function notADate(target: Checked): TypeFinding {
  return finding(target, describeNotADate, target.node.value as string, undefined);
}
const describeNotADate = (p: JSONPath, value: string) => `${label(p)} is ${quoteValue(value)}, which is not a real calendar date "YYYY-MM-DD".`;

/** A number with a fraction where a whole number is required. */
export function notAWholeNumber(target: Checked): TypeFinding {
  return finding(target, describeNotAWholeNumber, target.node.value as number, undefined);
}
const describeNotAWholeNumber = (p: JSONPath, value: number) => `${label(p)} must be a whole number, not ${value}.`;

/** A number below the format's minimum. */
export function belowMinimum(target: Checked, minimum: number): TypeFinding {
  return finding(target, describeBelowMinimum, minimum, target.node.value as number);
}
const describeBelowMinimum = (p: JSONPath, minimum: number, value: number) => `${label(p)} must be >= ${minimum}, not ${value}.`;

/** A number or string that is no duration. */
export function notADuration(target: Checked, spec: ValueSpec): TypeFinding {
  const node = target.node;
  const shown = node.type === 'string' ? quoteValue(node.value as string) : String(node.value);
  return finding(target, describeNotADuration, shown, spec);
}
const describeNotADuration = (p: JSONPath, shown: string, spec: ValueSpec) => `${label(p)} is ${shown}, which is not ${expected(spec)}.`;

/** An element of a `distinct` array whose value an earlier element has (on the later one). */
export function repeatedElement(target: Checked): TypeFinding {
  return finding(target, describeRepeated, quoteValue(String(target.node.value)), undefined, undefined, true);
}
const describeRepeated = (p: JSONPath, shown: string) => `${label(p.slice(0, -1))} lists ${shown} more than once; each category may appear once.`;

function jsonType(node: Node): string {
  switch (node.type) {
    case 'object':
      return 'an object';
    case 'array':
      return 'an array';
    case 'string':
      return 'a string';
    case 'number':
      return Number.isInteger(node.value) ? 'an integer' : 'a number';
    case 'boolean':
      return node.value ? '`true`' : '`false`';
    case 'null':
      return '`null`';
    default:
      return 'a value';
  }
}

function expected(spec: ValueSpec): string {
  switch (spec.type) {
    case 'object':
      return 'an object';
    case 'array':
      return 'an array';
    case 'string':
      return spec.nonEmpty ? 'a non-empty string' : 'a string';
    case 'enum':
      return `one of ${spec.values.map((v) => `"${v}"`).join(', ')}`;
    case 'edition':
      return '"2018-05" or "2020-09"';
    case 'country':
      return 'an ISO 3166-1 alpha-2 country code such as "DE"';
    case 'geography':
      return 'a geography id such as "europe"';
    case 'date':
      return 'a date "YYYY-MM-DD"';
    case 'boolean':
      return '`true` or `false`';
    case 'integer':
      return `a whole number >= ${spec.minimum}`;
    case 'number':
      return `a number >= ${spec.minimum}`;
    case 'duration':
      return 'a duration: a whole number of days >= 0, or an ISO 8601 duration such as "P30D", "P4W", "P12M" or "P1Y"';
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
function enumSuggestions(value: string, values: readonly string[]): readonly string[] {
  let known = SUGGESTIONS.get(values);
  if (known === undefined) SUGGESTIONS.set(values, (known = new Map<string, readonly string[]>()));
  let suggestions = known.get(value);
  if (suggestions === undefined) {
    suggestions = closeMatches(value, values, 2, true);
    if (known.size < MAX_REMEMBERED) known.set(value, suggestions);
  }
  // Shared by the findings of the same value (never changed in place): a copy each was 1.4 MB
  // of a file with 23,000 findings.
  return suggestions;
}

/** A path as messages show it: `` `stores[0].kind` ``. */
function label(path: JSONPath): string {
  if (!path.length) return 'The document';
  return '`' + path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i ? `.${s}` : s)).join('') + '`';
}
