import { parseTree, type Node, type ParseError } from 'jsonc-parser';
import { describeParseError, PARSE_OPTIONS } from './parse';
import { LineIndex } from './parsing/lines';
import { RULES, ruleById } from './rules';
import type { Rule } from './rule';
import { EDITIONS, SEVERITIES, type Edition, type Range, type RuleOptions, type Settings, type SeveritySetting } from './types';
import { closeMatches } from './distance';
import { readPolicy, type PolicyEntry } from './organization/policy';
import { shortJson } from './organization/schema';
import { JsonValues } from './organization/jsonValue';

/** The name of the linter settings file (SPEC section 6). */
export const SETTINGS_FILE_NAME = 'privacy-lint.config.json';

/** The largest settings file read, in bytes: a settings file is a few kilobytes. */
export const MAX_SETTINGS_FILE_BYTES = 1024 * 1024;

/** The longest chain of `extends` followed. */
export const MAX_EXTENDS_DEPTH = 16;

export interface SettingsProblem {
  message: string;
  offset: number;
  length: number;
  range: Range;
  /**
   * The settings file the problem is in, as the front end named it when it read the file;
   * undefined for the text given to `parseSettings` (or when the front end gave no name).
   */
  file?: string;
}

export interface SettingsParse {
  /** The settings; empty (the defaults) when there is any problem. */
  settings: Settings;
  problems: SettingsProblem[];
}

/** The keys of a settings file. */
export const SETTINGS_KEYS: readonly string[] = ['$schema', 'edition', 'rules', 'policies', 'extends'];

const SEVERITY_SETTINGS: readonly string[] = [...SEVERITIES, 'off'];

interface At {
  offset: number;
  length: number;
}

/** A rule entry of one settings file: `"id": SEVERITY` or `"id": [SEVERITY, OPTIONS]`. */
interface RuleEntry {
  severity: SeveritySetting;
  options?: RuleOptions;
  key: At;
  optionsAt?: At;
}

/** One settings file as read, before its `extends` is followed and before ids are checked across files. */
export interface SettingsLayer {
  /** The file's name for problems (see SettingsProblem.file). */
  file?: string;
  edition?: Edition;
  rules: Map<string, RuleEntry>;
  policies: PolicyEntry[];
  /** The relative path `extends` names, and where it is written. */
  extends?: { path: string } & At;
  problems: SettingsProblem[];
  lines: LineIndex;
}

/**
 * Reads a settings file by itself. `extends` is not followed here (that takes reading another
 * file: the front ends do it, see readSettingsLayer and mergeSettingsLayers), and is a problem.
 * A file with any problem is reported and ignored as a whole.
 */
export function parseSettings(text: string): SettingsParse {
  const layer = readSettingsLayer(text);
  if (layer.extends) addProblem(layer, '"extends" is followed only when the settings are read from a file.', layer.extends);
  return mergeSettingsLayers([layer]);
}

function addProblem(layer: SettingsLayer, message: string, at: At): void {
  layer.problems.push({ message, offset: at.offset, length: at.length, range: layer.lines.rangeOf(at.offset, at.length), file: layer.file });
}

/** Reads one settings file's text: its own keys, checked by themselves (SPEC sections 6 and 10). */
export function readSettingsLayer(text: string, file?: string): SettingsLayer {
  const layer: SettingsLayer = { file, rules: new Map(), policies: [], problems: [], lines: new LineIndex(text) };
  const problem = (message: string, at: At) => addProblem(layer, message, at);
  const errors: ParseError[] = [];
  let root: Node | undefined;
  try {
    root = parseTree(text, errors, PARSE_OPTIONS);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    problem('The settings file is nested too deeply to read.', { offset: 0, length: 0 });
    return layer;
  }
  for (const error of errors) problem(`${describeParseError(error)}.`, error);
  if (errors.length) return layer;
  if (root?.type !== 'object') {
    problem(
      'The settings file must hold an object such as { "edition": "2020-09", "rules": { "retention/telemetry": "warning" } }.',
      root ?? { offset: 0, length: 0 },
    );
    return layer;
  }
  const values = new JsonValues();
  const canonical = (node: Node) => values.canonical(node);
  const seen = new Set<string>();
  for (const property of root.children ?? []) {
    const [key, value] = property.children ?? [];
    if (!key || !value) continue;
    const name = key.value as string;
    if (seen.has(name)) {
      problem(`${shortJson(name)} is given twice.`, key);
      continue;
    }
    seen.add(name);
    switch (name) {
      case '$schema':
        break;
      case 'edition':
        if (value.type === 'string' && (EDITIONS as readonly string[]).includes(value.value as string)) layer.edition = value.value as Edition;
        else problem(`"edition" must be "2018-05" or "2020-09", not ${shortJson(value.value ?? null)}.`, value);
        break;
      case 'rules':
        readRules(value, layer, problem);
        break;
      case 'policies':
        if (value.type !== 'array') {
          problem('"policies" must be an array of policies, each { "id", "message", "given", "schema" }.', value);
          break;
        }
        for (const element of value.children ?? []) {
          const entry = readPolicy(element, problem, canonical);
          if (entry) layer.policies.push(entry);
        }
        break;
      case 'extends':
        if (value.type !== 'string' || !isRelativePath(value.value as string)) {
          problem('"extends" must be the relative path of another settings file, such as "../privacy-lint.base.json" (never a package or a URL).', value);
        } else {
          layer.extends = { path: value.value as string, offset: value.offset, length: value.length };
        }
        break;
      default:
        problem(
          `Unknown setting ${shortJson(name)}; allowed: ${SETTINGS_KEYS.filter((k) => k !== '$schema')
            .map((k) => `"${k}"`)
            .join(', ')}.`,
          key,
        );
    }
  }
  return layer;
}

/** A relative file path: no scheme, not absolute, no NUL. */
function isRelativePath(text: string): boolean {
  if (!text || text.length > 1000 || text.includes('\0')) return false;
  if (/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(text)) return false; // a URL, or a Windows drive
  if (text.startsWith('/') || text.startsWith('\\')) return false;
  return true;
}

function readRules(node: Node, layer: SettingsLayer, problem: (message: string, at: At) => void): void {
  if (node.type !== 'object') {
    problem('"rules" must be an object of rule id to severity, e.g. { "retention/telemetry": "warning" }.', node);
    return;
  }
  for (const property of node.children ?? []) {
    const [key, value] = property.children ?? [];
    if (!key || !value) continue;
    const id = key.value as string;
    if (layer.rules.has(id)) {
      problem(`The rule ${shortJson(id)} is given twice.`, key);
      continue;
    }
    let severityNode = value;
    let optionsNode: Node | undefined;
    if (value.type === 'array') {
      const items = value.children ?? [];
      if (items.length < 1 || items.length > 2) {
        problem(`The entry of ${shortJson(id)} must be a severity or [SEVERITY, OPTIONS].`, value);
        continue;
      }
      [severityNode, optionsNode] = items;
    }
    if (severityNode.type !== 'string' || !SEVERITY_SETTINGS.includes(severityNode.value as string)) {
      problem(
        `The severity of ${shortJson(id)} must be one of ${SEVERITY_SETTINGS.map((s) => `"${s}"`).join(', ')}, not ${shortJson(severityNode.value ?? null)}.`,
        severityNode,
      );
      continue;
    }
    const entry: RuleEntry = { severity: severityNode.value as SeveritySetting, key: { offset: key.offset, length: key.length } };
    if (optionsNode) {
      entry.optionsAt = { offset: optionsNode.offset, length: optionsNode.length };
      const rule = ruleById(id);
      // Options of a policy or an unknown id are judged once every file of the chain is read.
      if (rule) {
        const options = readRuleOptions(rule, optionsNode, problem);
        if (!options) continue;
        entry.options = options;
      }
    }
    layer.rules.set(id, entry);
  }
}

/** Checks a built-in rule's options against its metadata (SPEC section 10: stricter only). */
function readRuleOptions(rule: Rule, node: Node, problem: (message: string, at: At) => void): RuleOptions | undefined {
  const specs = rule.meta.options;
  if (!specs?.length) {
    problem(
      `${rule.meta.id} takes no options; rules with options: ${RULES.filter((r) => r.meta.options)
        .map((r) => r.meta.id)
        .join(', ')}.`,
      node,
    );
    return undefined;
  }
  if (node.type !== 'object') {
    problem(`The options of ${rule.meta.id} must be an object such as ${exampleOptions(rule)}.`, node);
    return undefined;
  }
  const options: { maxDays?: number; forbidden?: string[] } = {};
  let ok = true;
  for (const property of node.children ?? []) {
    const [key, value] = property.children ?? [];
    if (!key || !value) continue;
    const spec = specs.find((s) => s.name === key.value);
    if (!spec) {
      problem(`Unknown option ${shortJson(key.value)} of ${rule.meta.id}; it takes ${specs.map((s) => `"${s.name}"`).join(', ')}.`, key);
      ok = false;
    } else if (spec.kind === 'maxDays') {
      const n = value.value as number;
      if (value.type !== 'number' || !Number.isInteger(n) || n < 1) {
        problem(`"${spec.name}" of ${rule.meta.id} must be a whole number of days from 1 to ${spec.limit}, not ${shortJson(n ?? null)}.`, value);
        ok = false;
      } else if (n > spec.limit!) {
        problem(
          `"${spec.name}" of ${rule.meta.id} is ${n}, looser than the published limit of ${spec.limit} days; an organization may only be stricter (a disable comment with a reason is for exceptions).`,
          value,
        );
        ok = false;
      } else {
        options.maxDays = n;
      }
    } else {
      const items = value.type === 'array' ? (value.children ?? []) : undefined;
      if (!items || items.some((item) => item.type !== 'string' || !(item.value as string).trim())) {
        problem(`"${spec.name}" of ${rule.meta.id} must be an array of non-empty strings.`, value);
        ok = false;
      } else {
        options.forbidden = items.map((item) => (item.value as string).toLowerCase());
      }
    }
  }
  return ok ? options : undefined;
}

function exampleOptions(rule: Rule): string {
  const spec = rule.meta.options![0];
  return spec.kind === 'maxDays' ? `{ "${spec.name}": ${Math.min(spec.limit!, 14)} }` : `{ "${spec.name}": ["advertising"] }`;
}

/**
 * The settings of a chain of settings files, the extended one first (SPEC section 10,
 * sharing): `edition` and `rules` of a later file win rule by rule (an entry giving only a
 * severity keeps the options of the file it extends), policies are added in order (the same
 * id twice is a problem). Rule ids are checked here, against the built-in rules and every
 * policy of the chain. Any problem, of any file, leaves the defaults.
 */
export function mergeSettingsLayers(layers: readonly SettingsLayer[]): SettingsParse {
  const problems: SettingsProblem[] = [];
  for (const layer of layers) problems.push(...layer.problems);
  const policies: Rule[] = [];
  const policyIds = new Set<string>();
  for (const layer of layers) {
    for (const { rule, idNode } of layer.policies) {
      if (policyIds.has(rule.meta.id)) {
        addProblem(
          layer,
          `The policy id ${shortJson(rule.meta.id)} is used twice${layers.length > 1 ? ' in this chain of settings files' : ''}; each policy needs its own id.`,
          idNode,
        );
        problems.push(layer.problems[layer.problems.length - 1]);
        continue;
      }
      policyIds.add(rule.meta.id);
      policies.push(rule);
    }
  }
  const settings: Settings = {};
  const rules: Record<string, SeveritySetting> = {};
  const ruleOptions: Record<string, RuleOptions> = {};
  const ids = [...RULES.map((r) => r.meta.id), ...policyIds];
  for (const layer of layers) {
    if (layer.edition) settings.edition = layer.edition;
    for (const [id, entry] of layer.rules) {
      const before = layer.problems.length;
      if (policyIds.has(id)) {
        if (entry.optionsAt) addProblem(layer, `${shortJson(id)} is a policy: a policy takes no options (its schema says what it checks).`, entry.optionsAt);
      } else if (!ruleById(id)) {
        const near = closeMatches(id, ids, 3);
        addProblem(
          layer,
          `Unknown rule ${shortJson(id)}${near.length ? `; did you mean ${JSON.stringify(near[0])}?` : '; a rule id is a built-in rule or the id of a policy.'}`,
          entry.key,
        );
      }
      if (layer.problems.length > before) {
        problems.push(...layer.problems.slice(before));
        continue;
      }
      rules[id] = entry.severity;
      if (entry.options) ruleOptions[id] = entry.options;
    }
  }
  if (problems.length) return { settings: {}, problems };
  if (Object.keys(rules).length) settings.rules = rules;
  if (Object.keys(ruleOptions).length) settings.ruleOptions = ruleOptions;
  if (policies.length) settings.policies = policies;
  return { settings, problems };
}

/** A problem of a settings file that could not be read at all (missing, not a regular file, too big). */
export function fileProblem(message: string, file?: string, at?: { layer: SettingsLayer } & At): SettingsProblem {
  if (at) {
    return { message, offset: at.offset, length: at.length, range: at.layer.lines.rangeOf(at.offset, at.length), file: at.layer.file };
  }
  const start = { line: 0, character: 0 };
  return { message, offset: 0, length: 0, range: { start, end: start }, file };
}
