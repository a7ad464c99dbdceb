import type { ClientCapabilities, Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_EDITION, type Edition, type ParsedDocument } from '../engine';
import { editionOf } from '../engine';
import { isPrivacyDocument, ParsedDocuments } from './documents';
import { LintCache, type LintEntry } from './lintCache';
import { SettingsResolver } from './settings';
import { SettingsFileReports } from './settingsFileReports';
import type { InitializationOptions } from './shared/protocol';
import { WorkspaceFolders } from './workspaceFolders';
import type { WorkspaceDiagnostics } from './workspace/workspaceDiagnostics';

/** What the client can do, read once from `initialize`. */
export interface ClientFeatures {
  configuration: boolean;
  documentChanges: boolean;
  showDocument: boolean;
  configurationRegistration: boolean;
  watchedFilesRegistration: boolean;
  inlayHintRefresh: boolean;
  workspaceFolders: boolean;
  /** The client asked for `tenantPrivacy/documentStatus` notifications (initializationOptions.documentStatus). */
  documentStatus: boolean;
  /** The client pulls diagnostics (LSP 3.17 `textDocument/diagnostic`): then nothing is pushed. */
  pullDiagnostics: boolean;
  /** The client re-pulls on `workspace/diagnostic/refresh`. */
  diagnosticRefresh: boolean;
  /** The client resolves a code action's `edit` lazily (`codeAction/resolve`). */
  codeActionResolve: boolean;
  /** The client runs REASON_PLACEHOLDER_COMMAND (initializationOptions.reasonPlaceholderCommand). */
  reasonPlaceholderCommand: boolean;
}

export function clientFeatures(capabilities: ClientCapabilities, initializationOptions?: unknown): ClientFeatures {
  const workspace = capabilities.workspace;
  return {
    configuration: !!workspace?.configuration,
    documentChanges: !!workspace?.workspaceEdit?.documentChanges,
    showDocument: !!capabilities.window?.showDocument?.support,
    configurationRegistration: !!workspace?.didChangeConfiguration?.dynamicRegistration,
    watchedFilesRegistration: !!workspace?.didChangeWatchedFiles?.dynamicRegistration,
    inlayHintRefresh: !!workspace?.inlayHint?.refreshSupport,
    workspaceFolders: !!workspace?.workspaceFolders,
    documentStatus: (initializationOptions as InitializationOptions | undefined)?.documentStatus === true,
    pullDiagnostics: !!capabilities.textDocument?.diagnostic,
    diagnosticRefresh: !!workspace?.diagnostics?.refreshSupport,
    codeActionResolve:
      !!capabilities.textDocument?.codeAction?.codeActionLiteralSupport && !!capabilities.textDocument.codeAction.resolveSupport?.properties.includes('edit'),
    reasonPlaceholderCommand: (initializationOptions as InitializationOptions | undefined)?.reasonPlaceholderCommand === true,
  };
}

/** A tenant-privacy document as the features see it: its current version, one parse, its edition, its lint when current. */
export interface DocumentView {
  document: TextDocument;
  doc: ParsedDocument;
  edition: Edition;
  /** The lint of this very version; undefined while the document's latest change is not linted yet. */
  lint: LintEntry | undefined;
}

/** The server's state: open documents, their parses and lints. Settings are never kept here. */
export class Server {
  readonly parses = new ParsedDocuments();
  readonly lints = new LintCache();
  readonly folders = new WorkspaceFolders();
  readonly settingsFiles: SettingsFileReports;
  readonly settings: SettingsResolver;
  features: ClientFeatures = clientFeatures({});
  /** Diagnostics of the configs on disk that are not open; undefined where the server cannot read files. */
  workspace: WorkspaceDiagnostics | undefined;

  constructor(
    readonly connection: Connection,
    readonly documents: TextDocuments<TextDocument>,
  ) {
    this.settingsFiles = new SettingsFileReports(connection);
    this.settings = new SettingsResolver(connection, this.folders, this.settingsFiles, () => this.features.configuration);
  }

  /** The view of an open tenant-privacy document; undefined for any other document. */
  view(uri: string): DocumentView | undefined {
    const document = this.documents.get(uri);
    if (!document || !isPrivacyDocument(document)) return undefined;
    const doc = this.parses.get(document);
    const last = this.lints.last(uri);
    return {
      document,
      doc,
      edition: editionOf(doc.root, last?.options.defaultEdition ?? DEFAULT_EDITION),
      lint: this.lints.of(document),
    };
  }
}
