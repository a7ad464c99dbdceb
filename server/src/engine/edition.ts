import { DEFAULT_EDITION, type Edition } from './types';

/** Where the edition of a file without `policyEdition` comes from. */
export type DefaultEditionSource = 'setting' | 'settingsFile' | 'default';

/**
 * The edition for a file that states none (SPEC section 6 and the settings precedence of
 * docs/development.md): the front end's own choice (`--edition`, or `tenantPrivacy.edition`
 * when not `auto`), then the settings file's `edition`, then 2020-09. A file's `policyEdition`
 * wins over all of them; the engine applies it while linting (LintOptions.defaultEdition is
 * what this returns).
 */
export function defaultEditionOf(setting: Edition | undefined, settingsFile: Edition | undefined): { edition: Edition; source: DefaultEditionSource } {
  if (setting !== undefined) return { edition: setting, source: 'setting' };
  if (settingsFile !== undefined) return { edition: settingsFile, source: 'settingsFile' };
  return { edition: DEFAULT_EDITION, source: 'default' };
}
