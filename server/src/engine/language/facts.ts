import type { Node } from 'jsonc-parser';
import type { Edition, JSONPath } from '../types';
import { specAt } from '../format/spec';
import { countryByCode } from '../geo/countries';
import { homeGeography, isGeography, localGeography, MACRO_DESCRIPTIONS, macroOf } from '../geo/geographies';
import { durationDays, DAYS_PER_MONTH, DAYS_PER_WEEK, DAYS_PER_YEAR } from '../policy/durations';
import { formatDate, latestAllowedDeadline, MIGRATION_MONTHS, parseDate } from '../policy/dates';
import { propertyValue } from './tree';

/**
 * What a value means, computed by the engine's policy functions: a country's name and home
 * geography, a duration in days, a migration's latest allowed deadline. Hovers show the
 * `detail`; inlay hints show the short `hint` where the SPEC asks for one.
 */
export interface ValueFact {
  /** Markdown for a hover. */
  readonly detail: string;
  /** A short inlay hint, when this fact is shown inline. */
  readonly hint?: string;
}

const MIGRATION: JSONPath = ['residency', 'migration'];

function isMigrationProperty(path: JSONPath, key: string): boolean {
  return path.length === 3 && path[0] === MIGRATION[0] && path[1] === MIGRATION[1] && path[2] === key;
}

/** The latest deadline a migration allows, from its `requestPeriodEnds` node. */
function latestDeadline(requestPeriodEnds: Node | undefined): { latest: string; periodEnds: string } | undefined {
  if (requestPeriodEnds?.type !== 'string') return undefined;
  const periodEnds = requestPeriodEnds.value as string;
  const date = parseDate(periodEnds);
  return date && { latest: formatDate(latestAllowedDeadline(date)), periodEnds };
}

function geographyDetail(id: string): string {
  const local = localGeography(id);
  if (local) {
    const country = countryByCode(local.country);
    return `\`${id}\`: the local datacenter geography of ${country?.name ?? local.country} (${local.country}), inside \`${local.inside}\` (edition 2020-09).`;
  }
  const macro = macroOf(id);
  return macro ? `\`${id}\`: macro geography ${MACRO_DESCRIPTIONS[macro]}.` : '';
}

/** Facts about a value node at `path` in a file checked under `edition`. */
export function valueFacts(node: Node, path: JSONPath, edition: Edition): ValueFact[] {
  const spec = specAt(path)?.value;
  const facts: ValueFact[] = [];
  if (!spec) return facts;
  if (spec.type === 'country' && node.type === 'string') {
    const country = countryByCode(node.value as string);
    const home = country && homeGeography(country.code, edition);
    if (country && home) {
      facts.push({
        detail: `**${country.name}** (${country.code}): home geography \`${home}\` in edition ${edition} (macro geography \`${country.macro}\`).`,
        hint: `home: ${home}`,
      });
    }
  }
  if (spec.type === 'duration') {
    const days = durationDays(node.value);
    if (days !== undefined && (node.type === 'string' || node.type === 'number')) {
      const unit = node.type === 'string' ? ` (a year is ${DAYS_PER_YEAR} days, a month ${DAYS_PER_MONTH}, a week ${DAYS_PER_WEEK})` : '';
      facts.push({
        detail: `${node.type === 'string' ? `\`${JSON.stringify(node.value)}\` is ` : ''}**${days} day${days === 1 ? '' : 's'}**${unit}.`,
        hint: node.type === 'string' ? `= ${days} day${days === 1 ? '' : 's'}` : undefined,
      });
    }
  }
  if (spec.type === 'geography' && node.type === 'string' && isGeography(node.value as string, edition)) {
    facts.push({ detail: geographyDetail(node.value as string) });
  }
  if (spec.type === 'date' && (isMigrationProperty(path, 'requestPeriodEnds') || isMigrationProperty(path, 'deadline'))) {
    const migration = node.parent?.parent;
    const deadline = latestDeadline(propertyValue(migration, 'requestPeriodEnds'));
    if (deadline) {
      facts.push({
        detail: `Latest allowed deadline: **${deadline.latest}** (${MIGRATION_MONTHS} months after the request period ends, ${deadline.periodEnds}).`,
        hint: path[2] === 'requestPeriodEnds' ? `latest deadline: ${deadline.latest}` : undefined,
      });
    }
  }
  return facts;
}
