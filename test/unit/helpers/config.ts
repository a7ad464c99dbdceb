/**
 * Valid baseline configs (zero diagnostics, see rules/baseline.test.ts) and small helpers
 * to change them and lint them.
 */
import { lint, type Diagnostic, type Edition, type LintOptions, type LintResult } from '../../../server/src/engine';

/** A config as a plain JS object; cases mutate it freely. */
export type Config = any;

/** Which baseline a case starts from. `default` has no `policyEdition` (checked as 2020-09). */
export type Baseline = Edition | 'default' | 'migration';

/**
 * Edition 2020-09: a German tenant with data residency, everything in its local geography
 * "germany", both deletion scenarios, restrictProcessing present (optional in 2020-09).
 */
export function baseline2020(): Config {
  return {
    $schema: './tenant-privacy.schema.json',
    policyEdition: '2020-09',
    tenant: { id: 'contoso', signupCountry: 'DE', subscription: 'active', dataResidencyRequired: true },
    residency: { geography: 'germany' },
    stores: [
      { id: 'main-sql', kind: 'sqlAzure', geography: 'germany', data: ['personal', 'service', 'auditLogs'] },
      { id: 'logs', kind: 'telemetry', geography: 'northAmerica', data: ['telemetry'] },
    ],
    retention: { telemetry: 30, auditLogs: 365 },
    deletion: {
      active: { enabled: true, purgeWithinDays: 30 },
      passive: { enabled: true, purgeWithinDays: 30 },
    },
    processing: { isoCertified: true, purposes: ['serviceDelivery', 'support', 'security'] },
    restrictProcessing: { steps: ['export', 'delete'], exportIncludes: ['accounts', 'serviceData', 'associatedLogs'] },
  };
}

/** Edition 2018-05: macro geographies only, telemetry retention and restrictProcessing required, no passive scenario. */
export function baseline2018(): Config {
  return {
    policyEdition: '2018-05',
    tenant: { id: 'contoso', signupCountry: 'DE', dataResidencyRequired: true },
    residency: { geography: 'europe' },
    stores: [
      { id: 'main-sql', kind: 'sqlAzure', geography: 'europe', data: ['personal', 'service'] },
      { id: 'audit', kind: 'azureStorage', geography: 'europe', data: ['auditLogs'] },
      { id: 'logs', kind: 'telemetry', geography: 'asiaPacific', data: ['telemetry'] },
    ],
    retention: { telemetry: 'P30D', auditLogs: 'P1Y' },
    deletion: { active: { enabled: true, purgeWithinDays: 30 } },
    processing: { isoCertified: true, purposes: ['serviceDelivery'] },
    restrictProcessing: { steps: ['export', 'delete'], exportIncludes: ['accounts', 'serviceData', 'associatedLogs'] },
  };
}

/** No `policyEdition`: the default edition applies (2020-09 unless the options say otherwise). */
export function baselineDefault(): Config {
  const config = baseline2020();
  delete config.policyEdition;
  delete config.$schema;
  return config;
}

/**
 * Edition 2020-09 with a clean migration: data elected to "europe", moving to "germany"
 * (the home geography of DE). Its only diagnostic is migration/feature-availability.
 */
export function baselineMigration(): Config {
  const config = baseline2020();
  config.residency = {
    geography: 'europe',
    migration: {
      targetGeography: 'germany',
      requestPeriodEnds: '2026-06-30',
      deadline: '2028-06-30',
      acceptsMinimalDataLoss: true,
      acceptsReconfiguration: true,
      additionalCost: 0,
    },
  };
  return config;
}

export function baselineOf(which: Baseline): Config {
  switch (which) {
    case '2020-09':
      return baseline2020();
    case '2018-05':
      return baseline2018();
    case 'default':
      return baselineDefault();
    case 'migration':
      return baselineMigration();
  }
}

/** The text of a config, as JSON.stringify with two-space indentation. */
export function render(config: Config): string {
  return JSON.stringify(config, null, 2);
}

/** A baseline, changed by `mutate`, rendered. */
export function configText(which: Baseline, mutate?: (config: Config) => void): string {
  const config = baselineOf(which);
  mutate?.(config);
  return render(config);
}

export function lintText(text: string, options?: LintOptions): LintResult {
  return lint(text, options);
}

export function ofRule(diagnostics: readonly Diagnostic[], rule: string): Diagnostic[] {
  return diagnostics.filter((d) => d.rule === rule);
}

/** The rule ids in a result, each once, sorted. */
export function ruleIds(diagnostics: readonly Diagnostic[]): string[] {
  return [...new Set(diagnostics.map((d) => d.rule))].sort();
}
