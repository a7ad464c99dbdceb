import type { Rule } from '../rule';
import { syntax } from './structure/syntax';
import { unknownProperty } from './structure/unknownProperty';
import { schemaType } from './structure/type';
import { required } from './structure/required';
import { duplicateKey } from './structure/duplicateKey';
import { editionUnknown } from './structure/editionUnknown';
import { countryCode } from './structure/countryCode';
import { geographyUnknown } from './structure/geographyUnknown';
import { duplicateStoreId } from './structure/duplicateStoreId';
import { storeGeography } from './residency/storeGeography';
import { inRegion } from './residency/inRegion';
import { migrationEdition } from './migration/edition';
import { noLocalGeography } from './migration/noLocalGeography';
import { migrationTargetRule } from './migration/target';
import { notNeeded } from './migration/notNeeded';
import { eligibility } from './migration/eligibility';
import { deadline } from './migration/deadline';
import { cost } from './migration/cost';
import { featureAvailability } from './migration/featureAvailability';
import { approvedKind } from './storage/approvedKind';
import { telemetrySeparation } from './storage/telemetrySeparation';
import { retentionTelemetry } from './retention/telemetry';
import { retentionAuditLogs } from './retention/auditLogs';
import { scenario } from './deletion/scenario';
import { purgeWindow } from './deletion/purgeWindow';
import { iso } from './processing/iso';
import { purpose } from './processing/purpose';
import { restrictSteps } from './processing/restrictSteps';
import { exportScope } from './processing/exportScope';
import { suppressionReason } from './suppression/reason';
import { suppressionUnused } from './suppression/unused';
import { suppressionExpired } from './suppression/expired';

/** Every rule, in the order of SPEC section 4. A new rule is one file and one line here. */
export const RULES: readonly Rule[] = [
  syntax,
  unknownProperty,
  schemaType,
  required,
  duplicateKey,
  editionUnknown,
  countryCode,
  geographyUnknown,
  duplicateStoreId,
  storeGeography,
  inRegion,
  migrationEdition,
  noLocalGeography,
  migrationTargetRule,
  notNeeded,
  eligibility,
  deadline,
  cost,
  featureAvailability,
  approvedKind,
  telemetrySeparation,
  retentionTelemetry,
  retentionAuditLogs,
  scenario,
  purgeWindow,
  iso,
  purpose,
  restrictSteps,
  exportScope,
  suppressionReason,
  suppressionUnused,
  suppressionExpired,
];

/** Rules that judge disable comments: they run after suppressions are applied and cannot be suppressed. */
export const SUPPRESSION_RULES: ReadonlySet<Rule> = new Set([suppressionReason, suppressionUnused, suppressionExpired]);

const BY_ID = new Map(RULES.map((rule) => [rule.meta.id, rule]));

export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id);
}
