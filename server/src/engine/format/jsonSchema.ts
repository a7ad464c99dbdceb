import { EDITIONS, type Edition } from '../types';
import { allCountries } from '../geo/countries';
import { geographyIds, localGeography, MACRO_DESCRIPTIONS, macroOf } from '../geo/geographies';
import { REPOSITORY_URL } from '../docs';
import { CONFIG, isRequired, type PropertySpec, type ValueSpec } from './spec';

/**
 * The format (SPEC section 2) as a JSON Schema (draft-07), generated from format/spec.ts,
 * the same metadata the checker reads. Each edition gets its own tree (what is required,
 * which geographies exist, whether a migration may be configured), chosen by
 * `policyEdition`; a file without one is described as 2020-09, the default.
 * `npm run schema` writes it to schemas/; a unit test fails when that file is stale.
 */

export type JsonSchema = { [keyword: string]: unknown };

export const FORMAT_SCHEMA_FILE = 'schemas/tenant-privacy.schema.json';
export const SETTINGS_SCHEMA_FILE = 'schemas/privacy-lint.config.schema.json';

const DRAFT = 'http://json-schema.org/draft-07/schema#';
const RAW_URL = `${REPOSITORY_URL}/raw/main/`;

const DURATION_PATTERN = '^P(?:\\d+W|(?=\\d)(?:\\d+Y)?(?:\\d+M)?(?:\\d+D)?)$';
const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';

function editionKey(edition: Edition): string {
  return `edition-${edition}`;
}

function geographyKey(edition: Edition): string {
  return `geography-${edition}`;
}

function geographyDescription(id: string): string {
  const local = localGeography(id);
  if (local) return `Local datacenter geography for ${allCountries().find((c) => c.code === local.country)?.name ?? local.country}, inside ${local.inside}.`;
  const macro = macroOf(id);
  return macro ? `Macro geography: ${MACRO_DESCRIPTIONS[macro]}.` : id;
}

function valueSchema(spec: ValueSpec, edition: Edition): JsonSchema {
  switch (spec.type) {
    case 'object': {
      const properties: Record<string, JsonSchema> = {};
      const required: string[] = [];
      for (const [key, property] of Object.entries(spec.properties)) {
        properties[key] = propertySchema(property, edition);
        if (isRequired(property, edition) && (!property.onlyIn || property.onlyIn.includes(edition))) required.push(key);
      }
      return { type: 'object', properties, ...(required.length ? { required } : {}), additionalProperties: false };
    }
    case 'array':
      return {
        type: 'array',
        items: valueSchema(spec.items, edition),
        ...(spec.nonEmpty ? { minItems: 1 } : {}),
        ...(spec.distinct ? { uniqueItems: true } : {}),
      };
    case 'string':
      return spec.nonEmpty ? { type: 'string', minLength: 1 } : { type: 'string' };
    case 'enum':
      return { type: 'string', enum: [...spec.values] };
    case 'edition':
      return { type: 'string', enum: [...EDITIONS] };
    case 'country':
      return { $ref: '#/definitions/country' };
    case 'geography':
      return { $ref: `#/definitions/${geographyKey(edition)}` };
    case 'date':
      return { type: 'string', format: 'date', pattern: DATE_PATTERN, errorMessage: 'A date "YYYY-MM-DD".' };
    case 'boolean':
      return { type: 'boolean' };
    case 'integer':
      return { type: 'integer', minimum: spec.minimum };
    case 'number':
      return { type: 'number', minimum: spec.minimum };
    case 'duration':
      return { $ref: '#/definitions/duration' };
  }
}

function propertySchema(property: PropertySpec, edition: Edition): JsonSchema {
  const documentation = { description: property.description.replace(/`/g, ''), markdownDescription: property.description };
  if (property.onlyIn && !property.onlyIn.includes(edition)) {
    const only = property.onlyIn.join(', ');
    return {
      ...documentation,
      not: {},
      errorMessage: `Only in edition ${only}: set "policyEdition" to "${property.onlyIn[property.onlyIn.length - 1]}" or remove it.`,
    };
  }
  const schema = { ...documentation, ...valueSchema(property.value, edition) };
  return property.default === undefined ? schema : { ...schema, default: property.default };
}

/** The JSON Schema of `*.privacy.json(c)` files. */
export function formatJsonSchema(): JsonSchema {
  const definitions: Record<string, JsonSchema> = {};
  for (const edition of EDITIONS) {
    definitions[editionKey(edition)] = { ...valueSchema(CONFIG, edition), description: `A tenant privacy configuration checked under edition ${edition}.` };
    const ids = geographyIds(edition);
    definitions[geographyKey(edition)] = {
      type: 'string',
      enum: [...ids],
      enumDescriptions: ids.map(geographyDescription),
      description: `A geography id of edition ${edition}.`,
    };
  }
  const countries = allCountries();
  definitions.country = {
    type: 'string',
    enum: countries.map((c) => c.code),
    enumDescriptions: countries.map((c) => c.name),
    description: 'An ISO 3166-1 alpha-2 country code, upper case.',
  };
  definitions.duration = {
    description: 'A whole number of days, or an ISO 8601 date duration such as "P30D", "P4W", "P12M", "P1Y" or "P1Y6M".',
    anyOf: [
      { type: 'integer', minimum: 0 },
      { type: 'string', pattern: DURATION_PATTERN },
    ],
    errorMessage: 'A duration: whole days (integer >= 0) or an ISO 8601 duration such as "P30D", "P4W", "P12M", "P1Y".',
  };
  const older = EDITIONS.filter((e) => e !== EDITIONS[EDITIONS.length - 1]);
  return {
    $schema: DRAFT,
    $id: `${RAW_URL}${FORMAT_SCHEMA_FILE}`,
    title: 'Tenant privacy configuration',
    description:
      'A tenant privacy configuration (*.privacy.json, *.privacy.jsonc), checked by privacy-lint. "policyEdition" chooses the edition whose rules apply; without it the file is described as edition 2020-09.',
    allowComments: true,
    allowTrailingCommas: true,
    type: 'object',
    definitions,
    if: { properties: { policyEdition: { enum: older } }, required: ['policyEdition'] },
    then: { $ref: `#/definitions/${editionKey(older[0])}` },
    else: { $ref: `#/definitions/${editionKey(EDITIONS[EDITIONS.length - 1])}` },
  };
}

/** The JSON Schema of `privacy-lint.config.json` (SPEC sections 6 and 10) lives with the organization policy. */
export { settingsJsonSchema } from '../organization/settingsSchema';

/** A schema as the file holds it. */
export function renderSchema(schema: JsonSchema): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
