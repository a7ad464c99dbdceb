import { EDITIONS, SEVERITIES, type SeveritySetting } from '../engine';
import { ruleById } from '../engine';
import { DEFAULT_SETTINGS, type EditionSetting, type TenantPrivacySettings } from './shared/protocol';

/**
 * Reads the `tenantPrivacy` section a client returns for `workspace/configuration`. Any
 * LSP client may answer, so nothing is trusted: a bad value falls back to its default and
 * is reported in `problems`. `policyIds` are the ids of the policies of the document's
 * settings file, known rule ids as much as the built-in ones.
 */
export function readEditorSettings(value: unknown, policyIds: readonly string[] = []): { settings: TenantPrivacySettings; problems: string[] } {
  const problems: string[] = [];
  const raw = isObject(value) ? value : {};
  const settings: TenantPrivacySettings = { ...DEFAULT_SETTINGS, rules: {} };
  if (typeof raw.enable === 'boolean') settings.enable = raw.enable;
  else if (raw.enable !== undefined && raw.enable !== null) problems.push(`tenantPrivacy.enable must be true or false, not ${JSON.stringify(raw.enable)}.`);
  if (raw.edition === 'auto' || (EDITIONS as readonly unknown[]).includes(raw.edition)) settings.edition = raw.edition as EditionSetting;
  else if (raw.edition !== undefined && raw.edition !== null)
    problems.push(`tenantPrivacy.edition must be "auto", ${EDITIONS.map((e) => `"${e}"`).join(' or ')}, not ${JSON.stringify(raw.edition)}.`);
  if (isObject(raw.rules)) {
    const allowed: readonly string[] = [...SEVERITIES, 'off'];
    for (const [id, severity] of Object.entries(raw.rules)) {
      // The organization's policies (SPEC section 10) take severities like any rule.
      if (!ruleById(id) && !policyIds.includes(id)) problems.push(`tenantPrivacy.rules: unknown rule ${JSON.stringify(id).slice(0, 80)}.`);
      else if (!(allowed as readonly unknown[]).includes(severity))
        problems.push(
          `tenantPrivacy.rules: the severity of "${id}" must be one of ${allowed.map((s) => `"${s}"`).join(', ')}, not ${JSON.stringify(severity)}.`,
        );
      else settings.rules[id] = severity as SeveritySetting;
    }
  } else if (raw.rules !== undefined && raw.rules !== null) {
    problems.push('tenantPrivacy.rules must be an object of rule id to severity.');
  }
  return { settings, problems };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
