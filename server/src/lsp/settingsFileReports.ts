import { DiagnosticSeverity, MessageType, ShowMessageNotification, type Connection, type Diagnostic } from 'vscode-languageserver';
import { DIAGNOSTIC_SOURCE } from '../engine';
import type { SettingsFile } from './settingsFile';
import { URI } from './uri';
import { inBackground } from './background';

/**
 * Problems of privacy-lint.config.json files, and of the files they extend: published as
 * diagnostics on each file at its place (so they show when it is open, and in the Problems
 * panel), and told once in a window message, since linting then goes on with the default
 * settings (the editor does not fail closed as the CLI does: SPEC section 6).
 */
export class SettingsFileReports {
  /** What was last published per settings file uri. */
  private readonly published = new Map<string, string>();
  private readonly told = new Set<string>();

  constructor(private readonly connection: Connection) {}

  report(file: SettingsFile): void {
    const byFile = new Map<string, Diagnostic[]>(file.files.map((each) => [each, []]));
    for (const problem of file.problems) {
      const where = problem.file ?? file.path;
      if (!byFile.has(where)) byFile.set(where, []);
      byFile.get(where)!.push({ range: problem.range, severity: DiagnosticSeverity.Error, source: DIAGNOSTIC_SOURCE, message: problem.message });
    }
    for (const [filePath, diagnostics] of byFile) {
      const uri = URI.fromPath(filePath);
      const key = JSON.stringify(diagnostics);
      if ((this.published.get(uri) ?? '[]') === key) continue;
      this.published.set(uri, key);
      inBackground(this.connection, 'Publishing settings file problems', this.connection.sendDiagnostics({ uri, diagnostics }));
    }
    if (!file.problems.length) return;
    const [first] = file.problems;
    const more = file.problems.length > 1 ? ` (and ${file.problems.length - 1} more)` : '';
    const message = `${first.file ?? file.path}:${first.range.start.line + 1}:${first.range.start.character + 1}: ${first.message.replace(/\.$/, '')}${more}. Linting uses the default settings until it is fixed.`;
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
