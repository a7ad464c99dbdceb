import { DiagnosticSeverity, MessageType, ShowMessageNotification, type Connection, type Diagnostic } from 'vscode-languageserver';
import { DIAGNOSTIC_SOURCE } from '../engine/language';
import type { SettingsFile } from './settingsFile';
import { URI } from './uri';
import { inBackground } from './background';

/**
 * Problems of privacy-lint.config.json files: published as diagnostics on the file itself
 * (so they show when it is open, and in the Problems panel), and told once in a window
 * message, since linting then goes on with the default settings.
 */
export class SettingsFileReports {
  /** What was last published per settings file uri. */
  private readonly published = new Map<string, string>();
  private readonly told = new Set<string>();

  constructor(private readonly connection: Connection) {}

  report(file: SettingsFile): void {
    const uri = URI.fromPath(file.path);
    const diagnostics: Diagnostic[] = file.problems.map((problem) => ({
      range: problem.range,
      severity: DiagnosticSeverity.Error,
      source: DIAGNOSTIC_SOURCE,
      message: problem.message,
    }));
    const key = JSON.stringify(diagnostics);
    if ((this.published.get(uri) ?? '[]') !== key) {
      this.published.set(uri, key);
      inBackground(this.connection, 'Publishing settings file problems', this.connection.sendDiagnostics({ uri, diagnostics }));
    }
    if (!file.problems.length) return;
    const message = `${file.path}: ${file.problems[0].message.replace(/\.$/, '')}${file.problems.length > 1 ? ` (and ${file.problems.length - 1} more)` : ''}. Linting uses the default settings until it is fixed.`;
    if (this.told.has(message)) return;
    this.told.add(message);
    inBackground(this.connection, 'Showing a message', this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message }));
  }

  /** A settings file was deleted: its problems go with it. */
  forget(uri: string): void {
    const filePath = URI.toPath(uri);
    const normalized = filePath === undefined ? uri : URI.fromPath(filePath);
    if (!this.published.has(normalized)) return;
    this.published.delete(normalized);
    inBackground(this.connection, 'Clearing settings file problems', this.connection.sendDiagnostics({ uri: normalized, diagnostics: [] }));
  }
}
