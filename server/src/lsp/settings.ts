import type { Connection } from 'vscode-languageserver';
import { defaultEditionOf, type DefaultEditionSource, type LintOptions } from '../engine';
import { readEditorSettings } from './editorSettings';
import { findSettingsFile } from './settingsFile';
import type { SettingsFileReports } from './settingsFileReports';
import { SETTINGS_SECTION } from './shared/protocol';
import { URI } from './uri';
import type { WorkspaceFolders } from './workspaceFolders';

/** A document's settings, resolved afresh for each lint. */
export interface DocumentSettings {
  enable: boolean;
  options: LintOptions;
  /** Where the default edition (for a file without `policyEdition`) comes from. */
  defaultEditionSource: DefaultEditionSource;
}

/**
 * Resolves the settings of a document (SPEC section 6): the `tenantPrivacy` section pulled
 * with `workspace/configuration` for the document's scope, over the privacy-lint.config.json
 * that governs it (`tenantPrivacy.rules` overrides the file rule by rule). Resolved settings
 * are kept per document until a change of settings, of a settings file or of the folders
 * (`invalidate`), so a keystroke costs no round trip to the client.
 */
export class SettingsResolver {
  private readonly logged = new Set<string>();
  private readonly resolved = new Map<string, Promise<DocumentSettings>>();

  constructor(
    private readonly connection: Connection,
    private readonly folders: WorkspaceFolders,
    private readonly reports: SettingsFileReports,
    private readonly canPullConfiguration: () => boolean,
  ) {}

  forDocument(uri: string): Promise<DocumentSettings> {
    let settings = this.resolved.get(uri);
    if (!settings) {
      settings = this.resolve(uri);
      this.resolved.set(uri, settings);
      // A failed request is not kept: the next lint asks again.
      settings.catch(() => this.resolved.delete(uri));
    }
    return settings;
  }

  /** Forget resolved settings: of one document (closed), or of all (settings changed). */
  invalidate(uri?: string): void {
    if (uri === undefined) this.resolved.clear();
    else this.resolved.delete(uri);
  }

  private async resolve(uri: string): Promise<DocumentSettings> {
    const [raw, file] = await Promise.all([
      // What the client sends is checked by readEditorSettings.
      this.canPullConfiguration() ? (this.connection.workspace.getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION }) as Promise<unknown>) : undefined,
      this.settingsFileOf(uri),
    ]);
    const { settings, problems } = readEditorSettings(
      raw,
      file?.settings.policies?.map((policy) => policy.meta.id),
    );
    for (const problem of problems) this.logOnce(problem);
    const edition = defaultEditionOf(settings.edition !== 'auto' ? settings.edition : undefined, file?.settings.edition);
    return {
      enable: settings.enable,
      options: {
        defaultEdition: edition.edition,
        rules: { ...file?.settings.rules, ...settings.rules },
        ruleOptions: file?.settings.ruleOptions,
        policies: file?.settings.policies,
      },
      defaultEditionSource: edition.source,
    };
  }

  private async settingsFileOf(uri: string) {
    const filePath = URI.toPath(uri);
    if (filePath === undefined) return undefined;
    const file = await findSettingsFile(filePath, this.folders.folderOf(filePath));
    if (file) this.reports.report(file);
    return file;
  }

  private logOnce(message: string): void {
    if (this.logged.has(message)) return;
    this.logged.add(message);
    this.connection.console.warn(message);
  }
}
