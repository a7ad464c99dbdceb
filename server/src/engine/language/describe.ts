import type { RuleMeta } from '../rule';
import { ruleDocsUrl } from '../docs';
import { EDITIONS, type Edition, type JSONPath, type Severity } from '../types';
import { geographyIds } from '../geo/geographies';
import { CONFIG, type PropertySpec, type ValueSpec } from '../format/spec';

/**
 * Words for people about the format and the rules, for hovers and completion. Everything
 * here is read from format/spec.ts and the rule metadata; nothing is written twice.
 */

/** The type of a value, in a few words. */
export function typeLabel(spec: ValueSpec): string {
  switch (spec.type) {
    case 'object':
      return 'object';
    case 'array':
      return `${spec.nonEmpty ? 'non-empty ' : ''}array of ${spec.distinct ? 'distinct ' : ''}${typeLabel(spec.items)}${spec.items.type === 'object' ? 's' : ' values'}`;
    case 'string':
      return spec.nonEmpty ? 'non-empty string' : 'string';
    case 'enum':
      return 'string (enumeration)';
    case 'edition':
      return 'string: a policy edition';
    case 'country':
      return 'string: an ISO 3166-1 alpha-2 code, upper case';
    case 'geography':
      return 'string: a geography id';
    case 'date':
      return 'string: a date `YYYY-MM-DD`';
    case 'boolean':
      return 'boolean';
    case 'integer':
      return `integer >= ${spec.minimum}`;
    case 'number':
      return `number >= ${spec.minimum}`;
    case 'duration':
      return 'duration: whole days (integer >= 0) or an ISO 8601 duration such as `"P30D"`, `"P4W"`, `"P12M"`, `"P1Y"`';
  }
}

/** The values a value may take, when the format lists them (for the file's edition). */
export function allowedValues(spec: ValueSpec, edition: Edition): readonly string[] | undefined {
  switch (spec.type) {
    case 'enum':
      return spec.values;
    case 'edition':
      return EDITIONS;
    case 'geography':
      return geographyIds(edition);
    case 'array':
      return allowedValues(spec.items, edition);
    default:
      return undefined;
  }
}

/** The editions in which a property exists: those every property on its path allows. */
export function propertyEditions(path: JSONPath): readonly Edition[] {
  let editions: readonly Edition[] = EDITIONS;
  let value: ValueSpec = CONFIG;
  for (const segment of path) {
    if (value.type === 'object' && typeof segment === 'string') {
      const property: PropertySpec | undefined = value.properties[segment];
      if (!property) break;
      if (property.onlyIn) editions = editions.filter((e) => property.onlyIn!.includes(e));
      value = property.value;
    } else if (value.type === 'array' && typeof segment === 'number') {
      value = value.items;
    } else {
      break;
    }
  }
  return editions;
}

function editionsText(editions: readonly Edition[]): string {
  return editions.length === EDITIONS.length ? 'all' : editions.join(', ');
}

function requiredText(property: PropertySpec): string {
  const absence = property.absenceRule ? ` (its absence is reported by \`${property.absenceRule}\`)` : '';
  if (property.required === true) return `yes${absence}`;
  if (property.required === false) return 'no';
  const others = EDITIONS.filter((e) => !(property.required as readonly Edition[]).includes(e));
  return `in ${property.required.join(', ')}${others.length ? `; optional in ${others.join(', ')}` : ''}${absence}`;
}

function code(value: unknown): string {
  return '`' + JSON.stringify(value) + '`';
}

/** A JSON path as people write it: `stores[0].geography`. */
export function pathLabel(path: JSONPath): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i ? `.${s}` : s)).join('');
}

/** Markdown for a property of the format: what it is, type, required, default, allowed values, editions. */
export function propertyMarkdown(path: JSONPath, property: PropertySpec, edition: Edition): string {
  const lines = [`**${pathLabel(path)}**`, '', property.description, ''];
  lines.push(`- Type: ${typeLabel(property.value)}`);
  lines.push(`- Required: ${requiredText(property)}`);
  if (property.default !== undefined) lines.push(`- Default: ${code(property.default)}`);
  const allowed = allowedValues(property.value, edition);
  if (allowed)
    lines.push(
      `- Allowed values${property.value.type === 'geography' || (property.value.type === 'array' && property.value.items.type === 'geography') ? ` in ${edition}` : ''}: ${allowed.map(code).join(', ')}`,
    );
  lines.push(`- Editions: ${editionsText(propertyEditions(path))}`);
  return lines.join('\n');
}

/** Markdown for a rule: what it reports, why (the policy section it enforces), the fix, the docs link. */
export function ruleMarkdown(meta: RuleMeta, severity: Severity = meta.severity): string {
  if (meta.organization) return policyMarkdown(meta, severity);
  const fix = meta.fix ? `${meta.fix.replace(/\.$/, '')}${meta.fixPreferred ? ' (preferred: applied by fix all)' : ''}.` : 'none.';
  return [
    `**${meta.id}** (${severity}; editions: ${editionsText(meta.editions)})`,
    '',
    meta.summary,
    '',
    `**Why** (${meta.policySection}): ${meta.rationale}`,
    '',
    `**Fix:** ${fix}`,
    '',
    `[Documentation](${ruleDocsUrl(meta.id)})`,
  ].join('\n');
}

/**
 * Markdown for an organization's policy (SPEC section 10): its message, id and docs link. The
 * message is the workspace's text, so it is escaped (no markup, no links of its own), and the
 * link is the policy's http(s) `docs` URL, percent-encoded.
 */
function policyMarkdown(meta: RuleMeta, severity: Severity): string {
  const lines = [
    `**${meta.id}** (${severity}; editions: ${editionsText(meta.editions)}; organization policy)`,
    '',
    escapeMarkdown(meta.summary),
    '',
    `**Why** (${meta.policySection}): ${meta.rationale}`,
  ];
  if (meta.docs) lines.push('', `[Documentation](${new URL(meta.docs).href.replace(/[()\s]/g, (c) => encodeURIComponent(c))})`);
  return lines.join('\n');
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}
