import { URI } from './uri';

/** The client's workspace folders (multi-root): where the search for a settings file stops. */
export class WorkspaceFolders {
  private folders: string[] = [];

  /** Replaces the folders (from `initialize`). */
  reset(uris: readonly string[]): void {
    this.folders = uris.map(URI.toPath).filter((p): p is string => p !== undefined);
  }

  change(added: readonly string[], removed: readonly string[]): void {
    const gone = new Set(removed.map(URI.toPath));
    this.folders = [...this.folders.filter((f) => !gone.has(f)), ...added.map(URI.toPath).filter((p): p is string => p !== undefined)];
  }

  /** Every folder (paths), in the client's order. */
  all(): readonly string[] {
    return this.folders;
  }

  /** The innermost workspace folder holding a file path, if any. */
  folderOf(filePath: string): string | undefined {
    return this.folders.filter((folder) => URI.isInside(filePath, folder)).sort((a, b) => b.length - a.length)[0];
  }
}
