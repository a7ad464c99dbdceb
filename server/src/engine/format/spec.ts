import type { RuleId } from '../rules';
import type { Edition } from '../types';

/**
 * The file format (SPEC section 2) as data. The checker, the JSON Schema, hovers and
 * completion are all generated from this one description.
 */

export type ValueSpec =
  | { readonly type: 'object'; readonly properties: Readonly<Record<string, PropertySpec>> }
  | { readonly type: 'array'; readonly items: ValueSpec; readonly nonEmpty?: boolean; readonly distinct?: boolean }
  | { readonly type: 'string'; readonly nonEmpty?: boolean }
  | { readonly type: 'enum'; readonly values: readonly string[] }
  /** `policyEdition`: a bad string is `edition/unknown`'s. */
  | { readonly type: 'edition' }
  /** ISO 3166-1 alpha-2 code: a bad string is `tenant/country-code`'s. */
  | { readonly type: 'country' }
  /** A geography id of the file's edition: a bad string is `geography/unknown`'s. */
  | { readonly type: 'geography' }
  | { readonly type: 'date' }
  | { readonly type: 'boolean' }
  | { readonly type: 'integer'; readonly minimum: number }
  | { readonly type: 'number'; readonly minimum: number }
  | { readonly type: 'duration' };

export interface PropertySpec {
  readonly value: ValueSpec;
  /** Required in every edition (true), in none (false), or in the editions listed. */
  readonly required: boolean | readonly Edition[];
  /** The rule that reports this property's absence, instead of `schema/required`. */
  readonly absenceRule?: RuleId;
  /** Editions in which the property is checked; elsewhere its presence is another rule's (migration/edition). */
  readonly onlyIn?: readonly Edition[];
  /** What it is, for hovers, docs and the JSON Schema. */
  readonly description: string;
  /** The default this page gives, when it gives one. */
  readonly default?: unknown;
}

export const CUSTOMER_DATA = ['personal', 'service', 'auditLogs'] as const;
export const DATA_CATEGORIES = ['personal', 'service', 'auditLogs', 'telemetry'] as const;
export const STORE_KINDS = ['sqlAzure', 'reliableCollections', 'azureStorage', 'telemetry', 'other'] as const;
export const KNOWN_PURPOSES = ['serviceDelivery', 'support', 'security', 'legalCompliance', 'profiling', 'marketing'] as const;
/** Purposes the policy forbids ("Profiling and marketing"), compared ignoring case. */
export const FORBIDDEN_PURPOSES: readonly string[] = ['profiling', 'marketing'];
export const RESTRICT_STEPS = ['export', 'delete'] as const;
export const EXPORT_SCOPE = ['accounts', 'serviceData', 'associatedLogs'] as const;

const scenario = (description: string, required: PropertySpec['required'], absenceRule?: RuleId): PropertySpec => ({
  description,
  required,
  absenceRule,
  value: {
    type: 'object',
    properties: {
      enabled: { value: { type: 'boolean' }, required: true, description: 'Whether this deletion scenario is in force.' },
      purgeWithinDays: {
        value: { type: 'integer', minimum: 0 },
        required: true,
        description: 'Days from deletion until personal data is removed (at most 30).',
      },
    },
  },
});

export const STORE: ValueSpec = {
  type: 'object',
  properties: {
    id: { value: { type: 'string', nonEmpty: true }, required: true, description: 'A name for the store, unique in the file.' },
    kind: { value: { type: 'enum', values: STORE_KINDS }, required: true, description: 'The kind of storage.' },
    geography: { value: { type: 'geography' }, required: true, description: 'Where the store keeps its data at rest.' },
    data: {
      value: { type: 'array', items: { type: 'enum', values: DATA_CATEGORIES }, nonEmpty: true, distinct: true },
      required: true,
      description: 'The data categories the store holds. `personal`, `service` and `auditLogs` are Customer Data.',
    },
  },
};

export const CONFIG: ValueSpec = {
  type: 'object',
  properties: {
    $schema: { value: { type: 'string' }, required: false, description: 'The JSON Schema of the file; ignored by the rules.' },
    policyEdition: {
      value: { type: 'edition' },
      required: false,
      description: 'The policy edition whose rules apply. Default: the settings file\'s `edition`, else `"2020-09"`.',
    },
    tenant: {
      required: true,
      description: 'The tenant: who signed up, where, and on what terms.',
      value: {
        type: 'object',
        properties: {
          id: { value: { type: 'string', nonEmpty: true }, required: true, description: 'The tenant id.' },
          signupCountry: {
            value: { type: 'country' },
            required: true,
            description: 'The country or region given at sign-up: an ISO 3166-1 alpha-2 code, upper case.',
          },
          subscription: {
            value: { type: 'enum', values: ['active', 'ended'] },
            required: false,
            default: 'active',
            description: "Whether the tenant's subscription is active or has ended.",
          },
          dataResidencyRequired: {
            value: { type: 'boolean' },
            required: false,
            default: false,
            description: 'Whether the tenant requires its Customer Data at rest in its home geography.',
          },
        },
      },
    },
    residency: {
      required: true,
      description: 'Where Customer Data is kept at rest.',
      value: {
        type: 'object',
        properties: {
          geography: {
            value: { type: 'geography' },
            required: true,
            description: "The administrator's elected location for Customer Data at rest.",
          },
          migration: {
            required: false,
            onlyIn: ['2020-09'],
            description: 'A requested move of Customer Data at rest to a new local datacenter geography (edition 2020-09 only).',
            value: {
              type: 'object',
              properties: {
                targetGeography: { value: { type: 'geography' }, required: true, description: 'The geography the data moves to.' },
                requestPeriodEnds: { value: { type: 'date' }, required: true, description: 'When the request period ends (`YYYY-MM-DD`).' },
                deadline: {
                  value: { type: 'date' },
                  required: true,
                  absenceRule: 'migration/deadline',
                  description: 'The committed deadline (`YYYY-MM-DD`): at most 24 months after the request period ends.',
                },
                acceptsMinimalDataLoss: {
                  value: { type: 'boolean' },
                  required: true,
                  absenceRule: 'migration/eligibility',
                  description: 'Whether the tenant accepts minimal data loss during the move.',
                },
                acceptsReconfiguration: {
                  value: { type: 'boolean' },
                  required: true,
                  absenceRule: 'migration/eligibility',
                  description: 'Whether the tenant accepts reconfiguration during the move.',
                },
                additionalCost: {
                  value: { type: 'number', minimum: 0 },
                  required: false,
                  default: 0,
                  description: 'What the move costs the customer (moves are at no additional cost).',
                },
              },
            },
          },
        },
      },
    },
    stores: {
      required: true,
      description: 'Where data is kept. May be empty.',
      value: { type: 'array', items: STORE },
    },
    retention: {
      required: true,
      description: 'How long data is kept.',
      value: {
        type: 'object',
        properties: {
          telemetry: {
            value: { type: 'duration' },
            required: ['2018-05'],
            absenceRule: 'retention/telemetry',
            description: 'How long telemetry is kept: days, or an ISO 8601 duration such as `"P30D"`.',
          },
          auditLogs: {
            value: { type: 'duration' },
            required: true,
            absenceRule: 'retention/audit-logs',
            description: 'How long audit logs are kept: days, or an ISO 8601 duration such as `"P1Y"`.',
          },
        },
      },
    },
    deletion: {
      required: true,
      description: 'What happens when data is deleted.',
      value: {
        type: 'object',
        properties: {
          active: scenario('Active deletion: a user or administrator deletes data or a user while the subscription is active.', true, 'deletion/scenario'),
          passive: scenario("Passive deletion: the tenant's subscription ends.", ['2020-09'], 'deletion/scenario'),
        },
      },
    },
    processing: {
      required: true,
      description: 'How personal data is processed.',
      value: {
        type: 'object',
        properties: {
          isoCertified: {
            value: { type: 'boolean' },
            required: true,
            absenceRule: 'processing/iso',
            description: 'Whether personal data is processed with ISO certified systems.',
          },
          purposes: {
            value: { type: 'array', items: { type: 'string' } },
            required: true,
            description: `What personal data is used for. Known values: ${KNOWN_PURPOSES.map((p) => `\`${p}\``).join(', ')}; other strings are allowed.`,
          },
        },
      },
    },
    restrictProcessing: {
      required: ['2018-05'],
      description: "How a user's processing is restricted: export their data, then delete their account.",
      value: {
        type: 'object',
        properties: {
          steps: {
            value: { type: 'array', items: { type: 'enum', values: RESTRICT_STEPS } },
            required: true,
            description: 'The steps, in order: `["export", "delete"]`.',
          },
          exportIncludes: {
            value: { type: 'array', items: { type: 'enum', values: EXPORT_SCOPE } },
            required: true,
            description: 'What the export includes: accounts, service data and associated logs.',
          },
        },
      },
    },
  },
};

export function isRequired(property: PropertySpec, edition: Edition): boolean {
  return property.required === true || (Array.isArray(property.required) && property.required.includes(edition));
}

/** The spec of the value at a JSON path, or undefined when the format does not define it. */
export function specAt(path: readonly (string | number)[]): { value: ValueSpec; property?: PropertySpec } | undefined {
  let value: ValueSpec = CONFIG;
  let property: PropertySpec | undefined;
  for (const segment of path) {
    if (value.type === 'object' && typeof segment === 'string') {
      property = value.properties[segment];
      if (!property) return undefined;
      value = property.value;
    } else if (value.type === 'array' && typeof segment === 'number') {
      value = value.items;
      property = undefined;
    } else {
      return undefined;
    }
  }
  return { value, property };
}
