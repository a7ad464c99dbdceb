import type { Rule } from '../rule';
import { syntax } from './syntax';
import { schemaUnknownProperty } from './schema/unknownProperty';
import { schemaType } from './schema/type';
import { schemaRequired } from './schema/required';
import { schemaDuplicateKey } from './schema/duplicateKey';
import { editionUnknown } from './edition/unknown';
import { tenantCountryCode } from './tenant/countryCode';
import { geographyUnknown } from './geography/unknown';
import { storesDuplicateId } from './stores/duplicateId';
import { residencyStoreGeography } from './residency/storeGeography';
import { residencyInRegion } from './residency/inRegion';
import { migrationEdition } from './migration/edition';
import { migrationNoLocalGeography } from './migration/noLocalGeography';
import { migrationTarget } from './migration/target';
import { migrationNotNeeded } from './migration/notNeeded';
import { migrationEligibility } from './migration/eligibility';
import { migrationDeadline } from './migration/deadline';
import { migrationCost } from './migration/cost';
import { migrationFeatureAvailability } from './migration/featureAvailability';
import { storageApprovedKind } from './storage/approvedKind';
import { storageTelemetrySeparation } from './storage/telemetrySeparation';
import { retentionTelemetry } from './retention/telemetry';
import { retentionAuditLogs } from './retention/auditLogs';
import { deletionScenario } from './deletion/scenario';
import { deletionPurgeWindow } from './deletion/purgeWindow';
import { processingIso } from './processing/iso';
import { processingPurpose } from './processing/purpose';
import { restrictSteps } from './restrict/steps';
import { restrictExportScope } from './restrict/exportScope';
import { suppressionReason } from './suppression/reason';
import { suppressionUnused } from './suppression/unused';
import { suppressionExpired } from './suppression/expired';

/** Every rule, in the order of SPEC section 4. A new rule is one file and one line here. */
const REGISTRY = [
  syntax,
  schemaUnknownProperty,
  schemaType,
  schemaRequired,
  schemaDuplicateKey,
  editionUnknown,
  tenantCountryCode,
  geographyUnknown,
  storesDuplicateId,
  residencyStoreGeography,
  residencyInRegion,
  migrationEdition,
  migrationNoLocalGeography,
  migrationTarget,
  migrationNotNeeded,
  migrationEligibility,
  migrationDeadline,
  migrationCost,
  migrationFeatureAvailability,
  storageApprovedKind,
  storageTelemetrySeparation,
  retentionTelemetry,
  retentionAuditLogs,
  deletionScenario,
  deletionPurgeWindow,
  processingIso,
  processingPurpose,
  restrictSteps,
  restrictExportScope,
  suppressionReason,
  suppressionUnused,
  suppressionExpired,
] as const satisfies readonly Rule[];

/** The id of a built-in rule (an organization's policy ids are plain strings: they come from settings). */
export type RuleId = (typeof REGISTRY)[number]['meta']['id'];

export const RULES: readonly Rule[] = REGISTRY;

/** Rules that judge disable comments (their metadata says so): they run after suppressions are applied and cannot be suppressed. */
export const SUPPRESSION_RULES: ReadonlySet<Rule> = new Set(RULES.filter((rule: Rule) => rule.meta.judgesDisableComments));

/** The area of a rule id: `suppression` for `suppression/unused`; undefined for a one-word id (`syntax`). */
export function areaOf(id: string): string | undefined {
  const slash = id.indexOf('/');
  return slash < 0 ? undefined : id.slice(0, slash);
}

/**
 * What disable comments cannot silence, from the rules' metadata: the rules marked
 * `suppressible: false` (`syntax`), and every id of the area of the rules that judge disable
 * comments (`suppression/*`, as SPEC section 4 says). Made here, once the registry is complete
 * (suppressions.ts is imported by the suppression rules, so it cannot make them while it loads).
 */
export const UNSUPPRESSIBLE_IDS: ReadonlySet<string> = new Set(RULES.filter((rule: Rule) => rule.meta.suppressible === false).map((rule) => rule.meta.id));
export const UNSUPPRESSIBLE_AREAS: ReadonlySet<string | undefined> = new Set([...SUPPRESSION_RULES].map((rule) => areaOf(rule.meta.id)));

const BY_ID = new Map<string, Rule>(RULES.map((rule) => [rule.meta.id, rule]));

export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id);
}
