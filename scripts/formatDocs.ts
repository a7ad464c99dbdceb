/**
 * Generates docs/format.md, the file format's reference for users, from the format metadata
 * (server/src/engine/format/spec.ts) and the geographies (server/src/engine/geo/geographies.ts):
 * the same data the checker, the JSON Schema, hovers and completion use, so the page cannot
 * say something the linter does not do. test/unit/docs.test.ts fails when it is stale;
 * `npm run docs` rewrites it.
 */
import { ruleAnchor } from '../server/src/engine';
import { CONFIG, LOCAL_GEOGRAPHIES, MACRO_DESCRIPTIONS, MACRO_GEOGRAPHIES, type PropertySpec, type ValueSpec } from '../server/src/engine';

const EDITIONS = ['2018-05', '2020-09'] as const;
const quote = (values: readonly string[]) => values.map((v) => `\`"${v}"\``).join(', ');

function typeText(value: ValueSpec): string {
  switch (value.type) {
    case 'object':
      return 'object';
    case 'array': {
      const items =
        value.items.type === 'enum'
          ? `values from ${quote(value.items.values)}`
          : value.items.type === 'object'
            ? 'objects (the rows below)'
            : `${typeText(value.items)}s`;
      return `${value.nonEmpty ? 'non-empty ' : ''}array of ${value.distinct ? 'distinct ' : ''}${items}`;
    }
    case 'string':
      return value.nonEmpty ? 'non-empty string' : 'string';
    case 'enum':
      return `one of ${quote(value.values)}`;
    case 'edition':
      return `one of ${quote(EDITIONS)}`;
    case 'country':
      return 'ISO 3166-1 alpha-2 code, upper case (`"DE"`)';
    case 'geography':
      return '[geography id](#geographies)';
    case 'date':
      return '[date](#dates) `"YYYY-MM-DD"`';
    case 'boolean':
      return 'boolean';
    case 'integer':
      return `integer >= ${value.minimum}`;
    case 'number':
      return `number >= ${value.minimum}`;
    case 'duration':
      return '[duration](#durations)';
  }
}

function requiredText(property: PropertySpec): string {
  const only = property.onlyIn ? ` (edition ${property.onlyIn.join(', ')} only)` : '';
  if (property.required === true) return `required${only}`;
  if (property.required === false) return `optional${only}`;
  const others = EDITIONS.filter((e) => !(property.required as readonly string[]).includes(e));
  return `required in ${property.required.join(', ')}, optional in ${others.join(', ')}${only}`;
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function rows(value: ValueSpec, prefix: string, out: string[]): void {
  if (value.type === 'array') {
    rows(value.items, `${prefix}[]`, out);
    return;
  }
  if (value.type !== 'object') return;
  for (const [key, property] of Object.entries(value.properties)) {
    const path = prefix ? `${prefix}.${key}` : key;
    const defaultText = property.default === undefined ? '' : `\`${JSON.stringify(property.default)}\``;
    const absence = property.absenceRule ? ` Missing: reported by [\`${property.absenceRule}\`](rules.md#${ruleAnchor(property.absenceRule)}).` : '';
    out.push(`| \`${path}\` | ${cell(typeText(property.value))} | ${requiredText(property)} | ${defaultText} | ${cell(property.description + absence)} |`);
    rows(property.value, path, out);
  }
}

export function renderFormatPage(): string {
  const table: string[] = [];
  rows(CONFIG, '', table);
  const local = LOCAL_GEOGRAPHIES.map((g) => `| \`${g.id}\` | ${g.country} | \`${g.inside}\` |`);
  const macro = MACRO_GEOGRAPHIES.map((id) => `| \`${id}\` | ${MACRO_DESCRIPTIONS[id]} |`);
  return [
    '# The file format',
    '',
    '<!-- Generated from the format metadata (server/src/engine/format/spec.ts) by `npm run docs`; do not edit by hand. -->',
    '',
    'A tenant privacy configuration is one file named `*.privacy.json` or `*.privacy.jsonc`, in',
    'JSON with comments: `//` and `/* */` comments and trailing commas are allowed. It describes',
    'one tenant: where its Customer Data is stored, how long data is kept, how it is deleted and how',
    'it is processed. `privacy-lint` checks it against the edition of the policy it names.',
    '',
    '```jsonc',
    '{',
    '  "$schema": "https://raw.githubusercontent.com/tenant-privacy/tenant-privacy/main/schemas/tenant-privacy.schema.json",',
    '  "policyEdition": "2020-09",',
    '  "tenant": { "id": "6f1c2a4e-0b7d-4c55-9e0a-3d8f1b2c4a61", "signupCountry": "DE", "dataResidencyRequired": true },',
    '  "residency": { "geography": "germany" },',
    '  "stores": [',
    '    { "id": "tenant-db", "kind": "sqlAzure", "geography": "germany", "data": ["personal", "service"] },',
    '    { "id": "service-telemetry", "kind": "telemetry", "geography": "europe", "data": ["telemetry"] }',
    '  ],',
    '  "retention": { "telemetry": "P30D", "auditLogs": "P1Y" },',
    '  "deletion": {',
    '    "active": { "enabled": true, "purgeWithinDays": 30 },',
    '    "passive": { "enabled": true, "purgeWithinDays": 30 }',
    '  },',
    '  "processing": { "isoCertified": true, "purposes": ["serviceDelivery", "security"] }',
    '}',
    '```',
    '',
    '## Properties',
    '',
    'Every property of the format. A property the format does not define is reported',
    '(`schema/unknown-property`); a missing required property by `schema/required`, or by the rule',
    'named in its row. `stores[]` is each element of `stores`.',
    '',
    '| property | type | required | default | what it is |',
    '|---|---|---|---|---|',
    ...table,
    '',
    '## Durations',
    '',
    'A duration is a whole number of days (an integer >= 0, such as `30`), or an ISO 8601 date',
    'duration string: `"P30D"`, `"P4W"`, `"P12M"`, `"P1Y"`, `"P1Y6M"`. Its parts are years (`Y`),',
    'months (`M`) and days (`D`), in that order, at least one, each a whole number; or weeks (`W`)',
    'alone. There is no time part (`"PT12H"` is not a duration). It is compared in days: a year is',
    '365 days, a month 30, a week 7, so `"P1Y"` is 365 days and `"P1Y6M"` 545. A fix writes the',
    'value in the form the file already uses (`30` or `"P30D"`).',
    '',
    '## Dates',
    '',
    'A date is a string `"YYYY-MM-DD"` naming a real calendar day (`"2026-02-30"` is an error).',
    'The latest allowed migration `deadline` is `requestPeriodEnds` plus 24 calendar months; where',
    'that day does not exist, the last day of the month (2026-06-30 gives 2028-06-30; 2027-02-28',
    'gives 2029-02-28).',
    '',
    '## Geographies',
    '',
    'Macro geographies exist in both editions:',
    '',
    '| id | covers |',
    '|---|---|',
    ...macro,
    '',
    'Local datacenter geographies exist in edition 2020-09 only, each inside one macro geography:',
    '',
    '| id | country | inside |',
    '|---|---|---|',
    ...local,
    '',
    'The **home geography** of a country (`tenant.signupCountry`): in 2020-09 its local geography',
    'where it has one, else its macro geography; in 2018-05 always its macro geography. A geography',
    '**lies within** another when it is the same, or a local geography inside that macro geography',
    '(`germany` lies within `europe`). In the editor, hovers and inlay hints show the home',
    'geography of the sign-up country.',
    '',
    '## Editions',
    '',
    '`policyEdition` chooses the rules: `"2018-05"` or `"2020-09"`. Without it, the edition is the',
    '`edition` of the nearest `privacy-lint.config.json`, else `"2020-09"` (the CLI\'s `--edition`',
    "and the editor's `tenantPrivacy.edition` setting come before the settings file).",
    '`privacy-lint --compare-editions` shows what a move from one edition to the other changes.',
    '',
    '## JSON Schema, for other editors',
    '',
    'The format is also published as a JSON Schema, generated from the same metadata:',
    '[`schemas/tenant-privacy.schema.json`](https://github.com/tenant-privacy/tenant-privacy/blob/main/schemas/tenant-privacy.schema.json) (and',
    '[`schemas/privacy-lint.config.schema.json`](https://github.com/tenant-privacy/tenant-privacy/blob/main/schemas/privacy-lint.config.schema.json) for the',
    'settings file); the npm package ships both (`node_modules/tenant-privacy/schemas/`). Editors that',
    'validate JSON against a schema use it through `"$schema"` in the file (a URL, or a path relative',
    'to the file), or through their own schema settings. A schema cannot say what the rules say (residency,',
    'retention limits, edition differences): only `privacy-lint` and its language server check those.',
    '',
    "The VS Code extension does not contribute this schema to VS Code's JSON language service:",
    '`*.privacy.json(c)` files open as language `tenant-privacy`, which that service does not',
    'validate, and the language server already reports everything the schema would (and more).',
    "It does contribute the settings file's schema for `privacy-lint.config.json`, a plain JSON file.",
    '',
  ].join('\n');
}
