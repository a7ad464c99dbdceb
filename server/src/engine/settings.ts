import { parseTree, type Node, type ParseError } from 'jsonc-parser';
import { describeParseError, PARSE_OPTIONS } from './parse';
import { LineIndex } from './lines';
import { RULES } from './rules';
import { EDITIONS, SEVERITIES, type Range, type Settings, type SeveritySetting } from './types';
import { closeMatches } from './distance';

/** The name of the linter settings file (SPEC section 6). */
export const SETTINGS_FILE_NAME = 'privacy-lint.config.json';

export interface SettingsProblem {
  message: string;
  offset: number;
  length: number;
  range: Range;
}

export interface SettingsParse {
  /** The settings; empty (the defaults) when there is any problem. */
  settings: Settings;
  problems: SettingsProblem[];
}

const SEVERITY_SETTINGS: readonly string[] = [...SEVERITIES, 'off'];

/**
 * Reads a settings file. A file with any problem is reported and ignored as a whole,
 * so that linting goes on with the defaults rather than with half a configuration.
 */
export function parseSettings(text: string): SettingsParse {
  const lines = new LineIndex(text);
  const problems: SettingsProblem[] = [];
  const problem = (message: string, offset: number, length: number) =>
    problems.push({ message, offset, length, range: lines.rangeOf(offset, length) });
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, PARSE_OPTIONS);
  for (const error of errors) problem(`${describeParseError(error)}.`, error.offset, error.length);
  if (errors.length) return { settings: {}, problems };
  if (root?.type !== 'object') {
    problem('The settings file must hold an object such as { "edition": "2020-09", "rules": { "retention/telemetry": "warning" } }.', root?.offset ?? 0, root?.length ?? 0);
    return { settings: {}, problems };
  }
  const settings: Settings = {};
  for (const property of root.children ?? []) {
    const [key, value] = property.children ?? [];
    if (!key || !value) continue;
    switch (key.value) {
      case '$schema':
        break;
      case 'edition':
        if (value.type === 'string' && (EDITIONS as readonly string[]).includes(value.value)) settings.edition = value.value;
        else problem(`"edition" must be "2018-05" or "2020-09", not ${text.substr(value.offset, value.length)}.`, value.offset, value.length);
        break;
      case 'rules':
        settings.rules = readRules(value, text, problem);
        break;
      default:
        problem(`Unknown setting ${JSON.stringify(key.value)}; allowed: "edition", "rules".`, key.offset, key.length);
    }
  }
  return problems.length ? { settings: {}, problems } : { settings, problems };
}

function readRules(node: Node, text: string, problem: (m: string, o: number, l: number) => void): Record<string, SeveritySetting> {
  const rules: Record<string, SeveritySetting> = {};
  if (node.type !== 'object') {
    problem('"rules" must be an object of rule id to severity, e.g. { "retention/telemetry": "warning" }.', node.offset, node.length);
    return rules;
  }
  const ids = RULES.map((r) => r.meta.id);
  for (const property of node.children ?? []) {
    const [key, value] = property.children ?? [];
    if (!key || !value) continue;
    if (!ids.includes(key.value)) {
      const near = closeMatches(key.value, ids, 3);
      problem(`Unknown rule ${JSON.stringify(key.value)}${near.length ? `; did you mean ${JSON.stringify(near[0])}?` : '.'}`, key.offset, key.length);
    } else if (value.type !== 'string' || !SEVERITY_SETTINGS.includes(value.value)) {
      problem(`The severity of ${JSON.stringify(key.value)} must be one of ${SEVERITY_SETTINGS.map((s) => `"${s}"`).join(', ')}, not ${text.substr(value.offset, value.length)}.`, value.offset, value.length);
    } else {
      rules[key.value] = value.value as SeveritySetting;
    }
  }
  return rules;
}
