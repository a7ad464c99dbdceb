import type { Node } from 'jsonc-parser';
import type { Rule } from '../rule';
import type { RuleContext } from '../context';
import { EDITIONS, SEVERITIES, type Edition, type Severity } from '../types';
import { matchGivenPath, parseGivenPath, pathOfMatched, type PathSegment } from './givenPath';
import { JsonValues } from './jsonValue';
import { compileSchema, satisfies, Schema, shortJson } from './schema';

/** The prefixes of the built-in rule ids, which no policy may take (SPEC section 10). */
export const BUILT_IN_PREFIXES: readonly string[] = [
  'syntax',
  'schema',
  'edition',
  'tenant',
  'geography',
  'stores',
  'residency',
  'migration',
  'storage',
  'retention',
  'deletion',
  'processing',
  'restrict',
  'suppression',
];

/** A policy id: `PREFIX/NAME`, lower-case letters, digits and `-`. */
export const POLICY_ID = /^[a-z0-9-]+\/[a-z0-9-]+$/;

/** The keys of a policy object. */
export const POLICY_KEYS: readonly string[] = ['id', 'message', 'given', 'schema', 'severity', 'editions', 'docs'];

/** The longest message and docs URL accepted. */
const MAX_MESSAGE_LENGTH = 1000;
const MAX_DOCS_LENGTH = 2000;

export type SettingsProblemAt = (message: string, at: { offset: number; length: number }) => void;

/** A policy read from settings, with the node of its id (for "the same id twice"). */
export interface PolicyEntry {
  rule: Rule;
  idNode: Node;
}

/**
 * Reads one policy object of the settings file. Problems are reported at their place; the
 * result is undefined when there is any.
 */
export function readPolicy(node: Node, problem: SettingsProblemAt, canonical: (node: Node) => string): PolicyEntry | undefined {
  let problems = 0;
  const report: SettingsProblemAt = (message, at) => {
    problems++;
    problem(message, at);
  };
  if (node.type !== 'object') {
    report('A policy must be an object with "id", "message", "given" and "schema".', node);
    return undefined;
  }
  const fields = new Map<string, { key: Node; value: Node }>();
  for (const property of node.children ?? []) {
    const [key, value] = property.children ?? [];
    if (!key || !value) continue;
    const name = key.value as string;
    if (!POLICY_KEYS.includes(name)) report(`Unknown policy key ${shortJson(name)}; allowed: ${POLICY_KEYS.map((k) => `"${k}"`).join(', ')}.`, key);
    else if (fields.has(name)) report(`"${name}" is given twice in this policy.`, key);
    else fields.set(name, { key, value });
  }
  const missing = ['id', 'message', 'given', 'schema'].filter((k) => !fields.has(k));
  if (missing.length) report(`A policy needs ${missing.map((k) => `"${k}"`).join(', ')}.`, { offset: node.offset, length: 1 });

  const idNode = fields.get('id')?.value;
  let id = '';
  if (idNode) {
    if (idNode.type !== 'string' || !POLICY_ID.test(idNode.value as string)) {
      report(
        `A policy id must be PREFIX/NAME in lower-case letters, digits and "-", such as "contoso/eu-only", not ${shortJson(idNode.value ?? null)}.`,
        idNode,
      );
    } else if (BUILT_IN_PREFIXES.includes((idNode.value as string).split('/')[0])) {
      report(
        `The prefix "${(idNode.value as string).split('/')[0]}/" belongs to the built-in rules; give the policy a prefix of your own, such as your organization's name.`,
        idNode,
      );
    } else {
      id = idNode.value as string;
    }
  }

  const messageNode = fields.get('message')?.value;
  let message = '';
  if (messageNode) {
    if (messageNode.type !== 'string' || !(messageNode.value as string).trim())
      report('"message" must be a non-empty string: what the finding says.', messageNode);
    else if ((messageNode.value as string).length > MAX_MESSAGE_LENGTH) report(`"message" must be at most ${MAX_MESSAGE_LENGTH} characters.`, messageNode);
    else message = (messageNode.value as string).trim();
  }

  const givenNode = fields.get('given')?.value;
  let given: PathSegment[] = [];
  if (givenNode) {
    if (givenNode.type !== 'string') {
      report('"given" must be a path such as "$.stores[*]".', givenNode);
    } else {
      const parsed = parseGivenPath(givenNode.value as string);
      if ('problem' in parsed)
        report(
          `The path ${shortJson(givenNode.value)} ${parsed.problem} (at character ${parsed.at + 1}); a path is "$" followed by .NAME, ["NAME"], [N], [*] or .*.`,
          givenNode,
        );
      else given = parsed;
    }
  }

  const schemaNode = fields.get('schema')?.value;
  const schema: Schema = schemaNode ? compileSchema(schemaNode, report, canonical) : Schema.always(true);

  const severityNode = fields.get('severity')?.value;
  let severity: Severity = 'error';
  if (severityNode) {
    if (severityNode.type !== 'string' || !(SEVERITIES as readonly string[]).includes(severityNode.value as string)) {
      report(`A policy's "severity" must be one of ${SEVERITIES.map((s) => `"${s}"`).join(', ')} (turn it off in "rules").`, severityNode);
    } else {
      severity = severityNode.value as Severity;
    }
  }

  const editionsNode = fields.get('editions')?.value;
  let editions: readonly Edition[] = EDITIONS;
  if (editionsNode) {
    const items = editionsNode.type === 'array' ? (editionsNode.children ?? []) : [];
    if (!items.length || items.some((n) => n.type !== 'string' || !(EDITIONS as readonly string[]).includes(n.value as string))) {
      report(`"editions" must be a non-empty array of ${EDITIONS.map((e) => `"${e}"`).join(', ')}.`, editionsNode);
    } else {
      editions = EDITIONS.filter((edition) => items.some((n) => n.value === edition));
    }
  }

  const docsNode = fields.get('docs')?.value;
  let docs: string | undefined;
  if (docsNode) {
    if (docsNode.type !== 'string' || !isWebUrl(docsNode.value as string)) {
      report('"docs" must be an http or https URL.', docsNode);
    } else {
      docs = docsNode.value as string;
    }
  }

  if (problems || !idNode) return undefined;
  return { rule: policyRule({ id, message, given, schema, severity, editions, docs }), idNode };
}

/** Only web links: a hover's link must never run a command of the editor (`command:` URIs). */
function isWebUrl(text: string): boolean {
  if (text.length > MAX_DOCS_LENGTH) return false;
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

interface PolicyDefinition {
  id: string;
  message: string;
  given: readonly PathSegment[];
  schema: Schema;
  severity: Severity;
  editions: readonly Edition[];
  docs: string | undefined;
}

/** The document's values as JSON.parse reads them, shared by the policies of one lint. */
const VALUES_OF_LINT = {};

/** A policy as a rule: one diagnostic on each value `given` matches that fails `schema`. */
function policyRule(policy: PolicyDefinition): Rule {
  return {
    meta: {
      id: policy.id,
      editions: policy.editions,
      severity: policy.severity,
      policySection: 'Organization policy (privacy-lint.config.json)',
      summary: policy.message,
      rationale: 'A policy of your organization, stricter than the published one, from the settings file.',
      docs: policy.docs,
      organization: true,
    },
    check(ctx: RuleContext) {
      const root = ctx.doc.root;
      // As JSON.parse: a file it would refuse is not judged (the syntax rule reports it).
      if (!root || ctx.doc.errors.length) return;
      const values = ctx.memo(VALUES_OF_LINT, () => new JsonValues());
      const matched = matchGivenPath(root, policy.given, values);
      for (let i = 0; i < matched.length; i++) {
        const node = matched[i].node;
        if (!satisfies(policy.schema, node, values)) ctx.reportRange(pathOfMatched(matched[i]), node.offset, node.length, policy.message);
      }
    },
  };
}
