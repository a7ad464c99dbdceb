/**
 * What the VS Code client and the language server share: the settings type (the second of
 * the four steps package.json schema -> this type -> client -> server), command ids and the
 * one custom notification. Types and constants only, so the client bundle stays small.
 */
import type { Edition, SeveritySetting } from '../../engine';

/** The language id of tenant privacy configuration files. */
export const LANGUAGE_ID = 'tenant-privacy';

/** The settings section, also the language client's id (so `tenantPrivacy.trace.server` traces it). */
export const SETTINGS_SECTION = 'tenantPrivacy';

/** `tenantPrivacy.edition`: an edition, or `auto` for privacy-lint.config.json's `edition`, else 2020-09. */
export type EditionSetting = 'auto' | Edition;

/** The `tenantPrivacy` settings, as package.json `contributes.configuration` declares them. */
export interface TenantPrivacySettings {
  /** Lint tenant privacy files (diagnostics, quick fixes, fix all). Default: true. */
  enable: boolean;
  /** Default edition for files without `policyEdition`; overrides privacy-lint.config.json's. Default: `auto`. */
  edition: EditionSetting;
  /** Severity per rule id; overrides privacy-lint.config.json rule by rule. Default: `{}`. */
  rules: Record<string, SeveritySetting>;
  /** Lint every config under the workspace folder, open or not (read per folder by workspace diagnostics). Default: true. */
  workspaceDiagnostics?: boolean;
  /** Traces the communication between VS Code and the server (read by the client only). Default: `off`. */
  trace: { server: 'off' | 'messages' | 'verbose' };
}

export const DEFAULT_SETTINGS: TenantPrivacySettings = { enable: true, edition: 'auto', rules: {}, trace: { server: 'off' } };

/** Commands the extension contributes (package.json `contributes.commands`). */
export const ClientCommands = {
  fixAll: 'tenantPrivacy.fixAll',
  restartServer: 'tenantPrivacy.restartServer',
  showOutput: 'tenantPrivacy.showOutput',
  showDataMap: 'tenantPrivacy.showDataMap',
} as const;

/** Commands the server executes (`workspace/executeCommand`). */
export const ServerCommands = {
  /** Arguments: `{ uri, version }`. Applies "fix all" to that version with `workspace/applyEdit`. */
  applyFixAll: 'tenantPrivacy.server.applyFixAll',
  /** Arguments: a rule id. Opens the rule's documentation with `window/showDocument`. */
  showRuleDocumentation: 'tenantPrivacy.server.showRuleDocumentation',
} as const;

export interface FixAllArguments {
  uri: string;
  version: number;
}

/** What the VS Code client sends in `initialize`; other clients may leave it out. */
export interface InitializationOptions {
  /** Send a `tenantPrivacy/documentStatus` notification after each lint. Default: false. */
  documentStatus?: boolean;
  /**
   * The client runs REASON_PLACEHOLDER_COMMAND (arguments: uri, range): a "Disable" quick fix then
   * carries it, so that the `<reason>` it inserts becomes a snippet placeholder to type over. Default: false.
   */
  reasonPlaceholderCommand?: boolean;
}

/** The client command that turns a new disable comment's `<reason>` into a snippet placeholder (not contributed: code actions run it). */
export const REASON_PLACEHOLDER_COMMAND = 'tenantPrivacy.editReasonPlaceholder';

/** Where a document's edition comes from. */
export type EditionSource = 'policyEdition' | 'setting' | 'settingsFile' | 'default';

/** Sent after each lint of a document, when the client asked for it: what the status bar shows. */
export const DocumentStatusNotification = 'tenantPrivacy/documentStatus';

export interface DocumentStatus {
  uri: string;
  /** The edition the document was checked under; undefined when linting is disabled for it. */
  edition?: Edition;
  editionSource?: EditionSource;
  enabled: boolean;
}

/**
 * Sent by the server in VS Code for the web (a worker has no disk): the text of a file of the
 * workspace, read by the client with `vscode.workspace.fs.readFile`; null when it cannot be read.
 * Used for privacy-lint.config.json.
 */
export const ReadFileRequest = 'tenantPrivacy/readFile';

export interface ReadFileParams {
  uri: string;
}

export type ReadFileResult = { text: string } | null;

/**
 * `tenantPrivacy/dataMap` (SPEC section 7, "data map"): the data map of an open document, drawn
 * by the server as an HTML fragment (the drawing of `--format html`), with its findings as
 * buttons that carry their range (`data-range="line:character:line:character"`, zero-based).
 * Answers null for a document that is not an open tenant-privacy document.
 */
export const DataMapRequest = 'tenantPrivacy/dataMap';

export interface DataMapParams {
  uri: string;
}

export interface DataMapResult {
  uri: string;
  /** The document version drawn. */
  version: number;
  edition: Edition;
  /** The fragment: every value from the file escaped, no script, no style attribute. */
  html: string;
}
