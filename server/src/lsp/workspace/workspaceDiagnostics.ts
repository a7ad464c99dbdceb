import type { CancellationToken, Diagnostic as LspDiagnostic, WorkspaceDocumentDiagnosticReport } from 'vscode-languageserver';
import { lintDocument } from '../../engine';
import { today } from '../clock';
import { toLspDiagnostics } from '../../engine';
import { parse } from '../documents';
import type { Server } from '../server';
import { SETTINGS_SECTION } from '../shared/protocol';
import { URI } from '../uri';
import { inBackground } from '../background';
import { excludeMatcher, isConfigFileName, isSkippedFolder, type ConfigFileSystem } from './configFiles';
import { resultIdOf } from './resultId';

/** What is kept of a config that is not open: its diagnostics and their result id, never its tree. */
interface Report {
  resultId: string;
  diagnostics: LspDiagnostic[];
}

/** How many configs are read and linted at once. */
const IN_FLIGHT = 4;

/**
 * Workspace diagnostics (SPEC section 7): every config under the workspace folders has
 * diagnostics without being opened, kept current when files change on disk. Pushed with
 * `textDocument/publishDiagnostics`, or served to `workspace/diagnostic` where the client
 * pulls (then a pull that would change nothing waits until something changes). Open
 * documents are the validator's: a file is dropped here while it is open, and read again
 * from disk when it is closed. `tenantPrivacy.workspaceDiagnostics: false` (per folder)
 * turns it off.
 */
export class WorkspaceDiagnostics {
  private readonly reports = new Map<string, Report>();
  /** Files whose diagnostics went away (deleted, opened, turned off), until a pull has said so. */
  private readonly cleared = new Set<string>();
  /** Folders (paths) where it is on, with their `files.exclude`, from the last scan. */
  private folders = new Map<string, (relative: string) => boolean>();
  private scanning: Promise<void> = Promise.resolve();
  private scans = 0;
  private waiters: (() => void)[] = [];

  constructor(
    private readonly server: Server,
    private readonly fileSystem: ConfigFileSystem,
  ) {}

  /** Resolves when the scan under way (if any) is complete. */
  get ready(): Promise<void> {
    return this.scanning;
  }

  /** Scans every folder again (start, settings or folders changed); files no longer found are cleared. */
  rescan(): Promise<void> {
    const scan = ++this.scans;
    const previous = this.scanning;
    this.scanning = previous
      .then(() => this.scan(scan))
      .catch((error: unknown) => {
        this.server.connection.console.error(`Workspace diagnostics failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      });
    return this.scanning;
  }

  /** A config changed, was created or deleted on disk (`workspace/didChangeWatchedFiles`). */
  fileChanged(uri: string, deleted: boolean): void {
    const file = this.configPath(uri);
    if (file === undefined) return;
    if (deleted) this.clear(URI.fromPath(file));
    else inBackground(this.server.connection, 'Linting a changed file', this.lintFile(file));
  }

  /** A document was opened: its diagnostics are the validator's now. */
  opened(uri: string): void {
    const file = URI.toPath(uri);
    if (file !== undefined) this.drop(URI.fromPath(file));
  }

  /** A document was closed: what is on disk counts again. */
  closed(uri: string): void {
    const file = this.configPath(uri);
    if (file !== undefined) inBackground(this.server.connection, 'Linting a closed file', this.lintFile(file));
  }

  /** The report of a file that is not open, if any. */
  report(uri: string): Report | undefined {
    return this.reports.get(normalize(uri));
  }

  /**
   * `workspace/diagnostic`: a full report for each file whose result id the client does not
   * have, `unchanged` for the others. When nothing changed since the client's last pull, waits
   * for a change (or the cancellation), as the protocol allows for a long poll.
   */
  async pull(previous: { uri: string; value: string }[], token: CancellationToken): Promise<WorkspaceDocumentDiagnosticReport[]> {
    await this.ready;
    const known = new Map(previous.map((p) => [normalize(p.uri), p.value]));
    for (;;) {
      const items: WorkspaceDocumentDiagnosticReport[] = [];
      let changed = false;
      for (const [uri, report] of this.reports) {
        if (known.get(uri) === report.resultId) items.push({ kind: 'unchanged', uri, version: null, resultId: report.resultId });
        else {
          changed = true;
          items.push({ kind: 'full', uri, version: null, resultId: report.resultId, items: report.diagnostics });
        }
      }
      for (const uri of this.cleared) {
        if (known.has(uri)) {
          changed = true;
          items.push({ kind: 'full', uri, version: null, items: [] });
        }
      }
      this.cleared.clear();
      if (changed || !previous.length || token.isCancellationRequested) return items;
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        token.onCancellationRequested(() => resolve());
      });
      if (token.isCancellationRequested) return [];
    }
  }

  private async scan(scan: number): Promise<void> {
    if (scan !== this.scans) return; // a newer scan is queued behind this one
    const folders = new Map<string, (relative: string) => boolean>();
    for (const folder of this.server.folders.all()) {
      const settings = await this.folderSettings(folder);
      if (settings.enabled) folders.set(folder, settings.excluded);
    }
    this.folders = folders;
    const seen = new Set<string>();
    const queue: Promise<void>[] = [];
    for (const [folder, excluded] of folders) {
      for await (const file of this.fileSystem.configFiles(folder, excluded)) {
        if (scan !== this.scans) return; // a newer scan took over
        seen.add(URI.fromPath(file));
        queue.push(this.lintFile(file));
        if (queue.length >= IN_FLIGHT) await queue.shift();
      }
    }
    await Promise.all(queue);
    for (const uri of [...this.reports.keys()]) if (!seen.has(uri)) this.clear(uri);
  }

  private async folderSettings(folder: string): Promise<{ enabled: boolean; excluded: (relative: string) => boolean }> {
    if (!this.server.features.configuration) return { enabled: true, excluded: () => false };
    const scopeUri = URI.fromPath(folder);
    const [section, exclude] = (await this.server.connection.workspace.getConfiguration([
      { scopeUri, section: SETTINGS_SECTION },
      { scopeUri, section: 'files.exclude' },
    ])) as unknown[];
    return { enabled: (section as { workspaceDiagnostics?: unknown } | null)?.workspaceDiagnostics !== false, excluded: excludeMatcher(exclude) };
  }

  /** The path of a config under a folder where workspace diagnostics are on, not skipped nor excluded. */
  private configPath(uri: string): string | undefined {
    const file = URI.toPath(uri);
    if (file === undefined || !isConfigFileName(file)) return undefined;
    const folder = this.server.folders.folderOf(file);
    const excluded = folder === undefined ? undefined : this.folders.get(folder);
    if (folder === undefined || !excluded) return undefined;
    const relative = URI.relative(folder, file);
    const parts = relative.split('/');
    if (parts.slice(0, -1).some(isSkippedFolder) || excluded(relative)) return undefined;
    return file;
  }

  private async lintFile(file: string): Promise<void> {
    const uri = URI.fromPath(file);
    if (this.isOpen(uri)) return;
    const text = await this.fileSystem.readConfig(file);
    if (text === undefined) return this.clear(uri);
    // The settings of its folder: every config of a directory shares them (one request, not one per file).
    const settings = await this.server.settings.forDocument(URI.fromPath(URI.sibling(file, '.privacy-lint-workspace')));
    if (!settings.enable) return this.clear(uri);
    if (this.isOpen(uri)) return;
    // Linted without keeping the tree (keep = false): only the diagnostics stay.
    const result = lintDocument(parse(text), { ...settings.options, today: today() }, false);
    const diagnostics = toLspDiagnostics(result.diagnostics, undefined, settings.options.policies, uri);
    const resultId = resultIdOf(diagnostics);
    if (this.isOpen(uri) || this.reports.get(uri)?.resultId === resultId) return;
    this.reports.set(uri, { resultId, diagnostics });
    this.cleared.delete(uri);
    if (!this.server.features.pullDiagnostics) await this.server.connection.sendDiagnostics({ uri, diagnostics });
    this.changed();
  }

  private isOpen(uri: string): boolean {
    return this.server.documents.get(uri) !== undefined;
  }

  /** Forget a file that is now open (no message: the validator publishes for it). */
  private drop(uri: string): void {
    if (!this.reports.delete(uri)) return;
    if (this.server.features.pullDiagnostics) {
      this.cleared.add(uri);
      this.changed();
    }
  }

  /** A file gone, turned off or unreadable: its diagnostics are cleared. */
  private clear(uri: string): void {
    if (!this.reports.delete(uri)) return;
    if (this.server.features.pullDiagnostics) this.cleared.add(uri);
    else inBackground(this.server.connection, 'Clearing diagnostics', this.server.connection.sendDiagnostics({ uri, diagnostics: [] }));
    this.changed();
  }

  private changed(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }
}

function normalize(uri: string): string {
  const file = URI.toPath(uri);
  return file === undefined ? uri : URI.fromPath(file);
}
