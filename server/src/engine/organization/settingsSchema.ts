import { EDITIONS, SEVERITIES } from '../types';
import { RULES } from '../rules';
import type { RuleMeta } from '../rule';
import { REPOSITORY_URL } from '../docs';
import { BUILT_IN_PREFIXES, POLICY_KEYS } from './policy';
import { SCHEMA_ANNOTATIONS, SCHEMA_KEYWORDS } from './schema';

/**
 * The JSON Schema (draft-07, as VS Code's JSON support reads it) of `privacy-lint.config.json`
 * (SPEC sections 6 and 10), generated from the rule metadata and the policy keywords the engine
 * reads, so that the editor completes and explains rule ids, options and policy keys.
 * `npm run schema` writes it to schemas/; a unit test fails when that file is stale.
 */
export type JsonSchema = { [keyword: string]: unknown };

export const SETTINGS_SCHEMA_FILE = 'schemas/privacy-lint.config.schema.json';

const DRAFT = 'http://json-schema.org/draft-07/schema#';
const RAW_URL = `${REPOSITORY_URL}/raw/main/`;
const DOCS = `${REPOSITORY_URL}/blob/main/docs/organization-policy.md`;

/** A policy id whose prefix is not a built-in one. */
export const POLICY_ID_PATTERN = `^(?!(?:${BUILT_IN_PREFIXES.join('|')})/)[a-z0-9-]+/[a-z0-9-]+$`;

export function settingsJsonSchema(): JsonSchema {
  const severity = { enum: [...SEVERITIES, 'off'] };
  const rules: Record<string, JsonSchema> = {};
  for (const { meta } of RULES) rules[meta.id] = ruleEntrySchema(meta, severity);
  return {
    $schema: DRAFT,
    $id: `${RAW_URL}${SETTINGS_SCHEMA_FILE}`,
    title: 'privacy-lint settings',
    description: `Settings of privacy-lint for the files in this folder and below, with the organization's own policy (${DOCS}).`,
    allowComments: true,
    allowTrailingCommas: true,
    type: 'object',
    definitions: { policySchema: policySchemaSchema() },
    properties: {
      $schema: { type: 'string' },
      extends: {
        description:
          'Another settings file to load first, by a path relative to this one (never a package or a URL). This file\'s "edition" and "rules" win rule by rule; an entry giving only a severity keeps the options of the file it extends; "policies" are added.',
        type: 'string',
        pattern: '^(?![a-zA-Z][a-zA-Z0-9+.-]*:)(?![/\\\\]).+',
      },
      edition: { description: 'The edition for files without "policyEdition".', enum: [...EDITIONS] },
      rules: {
        description: 'Severity per rule id ("off" turns a rule off), or [SEVERITY, OPTIONS] for a rule that takes options; policy ids take a severity too.',
        type: 'object',
        properties: rules,
        patternProperties: {
          [POLICY_ID_PATTERN]: {
            description: 'An organization policy of "policies" (here or in a file this one extends).',
            anyOf: [severity, { type: 'array', items: [severity], minItems: 1, maxItems: 1 }],
          },
        },
        additionalProperties: false,
      },
      policies: {
        description: `The organization's own rules: each reports every value "given" matches that fails "schema". ${DOCS}`,
        type: 'array',
        items: {
          type: 'object',
          required: ['id', 'message', 'given', 'schema'],
          properties: {
            id: {
              description: 'PREFIX/NAME in lower-case letters, digits and "-"; PREFIX is none of the built-in ones. Unique.',
              type: 'string',
              pattern: POLICY_ID_PATTERN,
            },
            message: { description: 'The message of each finding.', type: 'string', minLength: 1 },
            given: {
              description:
                'The values to check: "$" (the document) followed by any of .NAME, ["NAME"], [N], and [*] or .* (every element of an array, every property value of an object). Example: "$.stores[*]".',
              type: 'string',
              pattern: '^\\$(?:\\.[A-Za-z0-9_$-]+|\\.\\*|\\[\\*\\]|\\[(?:0|[1-9][0-9]*)\\]|\\["(?:[^"\\\\]|\\\\.)*"\\])*$',
            },
            schema: {
              $ref: '#/definitions/policySchema',
              description: 'The JSON Schema (2020-12 keywords, a subset) every value "given" matches must satisfy.',
            },
            severity: { description: 'Default: error.', enum: [...SEVERITIES] },
            editions: {
              description: 'The editions it applies in. Default: both.',
              type: 'array',
              items: { enum: [...EDITIONS] },
              minItems: 1,
              uniqueItems: true,
            },
            docs: { description: "A http(s) URL shown in hover, the diagnostic's link and SARIF (helpUri).", type: 'string', pattern: '^https?://' },
          },
          additionalProperties: false,
          propertyNames: { enum: [...POLICY_KEYS] },
        },
      },
    },
    additionalProperties: false,
  };
}

function ruleEntrySchema(meta: RuleMeta, severity: JsonSchema): JsonSchema {
  const description = `${meta.summary.replace(/`/g, '')} Default: ${meta.severity}.`;
  if (!meta.options?.length) return { description, ...severity };
  const options: Record<string, JsonSchema> = {};
  for (const option of meta.options) {
    options[option.name] =
      option.kind === 'maxDays'
        ? { description: option.description, type: 'integer', minimum: 1, maximum: option.limit }
        : { description: option.description, type: 'array', items: { type: 'string', minLength: 1 } };
  }
  return {
    description: `${description} Options: ${meta.options.map((o) => `"${o.name}" (${o.description})`).join('; ')}`,
    anyOf: [severity, { type: 'array', items: [severity, { type: 'object', properties: options, additionalProperties: false }], minItems: 1, maxItems: 2 }],
  };
}

function policySchemaSchema(): JsonSchema {
  const schema = { $ref: '#/definitions/policySchema' };
  const schemas = { type: 'array', items: schema, minItems: 1 };
  const count = { type: 'integer', minimum: 0 };
  const properties: Record<string, JsonSchema> = {
    type: {
      anyOf: [
        { enum: ['null', 'boolean', 'object', 'array', 'number', 'string', 'integer'] },
        { type: 'array', items: { enum: ['null', 'boolean', 'object', 'array', 'number', 'string', 'integer'] }, minItems: 1 },
      ],
    },
    enum: { type: 'array' },
    const: {},
    pattern: { type: 'string', description: 'An ECMAScript regular expression that RE2 can run in linear time: no backreferences, no lookarounds.' },
    minimum: { type: 'number' },
    maximum: { type: 'number' },
    exclusiveMinimum: { type: 'number' },
    exclusiveMaximum: { type: 'number' },
    minLength: count,
    maxLength: count,
    minItems: count,
    maxItems: count,
    uniqueItems: { type: 'boolean' },
    items: schema,
    contains: schema,
    properties: { type: 'object', additionalProperties: schema },
    required: { type: 'array', items: { type: 'string' } },
    additionalProperties: { type: 'boolean' },
    not: schema,
    allOf: schemas,
    anyOf: schemas,
    oneOf: schemas,
    if: schema,
    then: schema,
    else: schema,
  };
  for (const annotation of SCHEMA_ANNOTATIONS) properties[annotation] = {};
  if (Object.keys(properties).length !== SCHEMA_KEYWORDS.length + SCHEMA_ANNOTATIONS.length) throw new Error('settingsSchema.ts: a schema keyword is missing');
  return {
    description: 'A JSON Schema of the keywords privacy-lint interprets (any other is a settings error).',
    anyOf: [{ type: 'boolean' }, { type: 'object', properties, additionalProperties: false }],
  };
}
