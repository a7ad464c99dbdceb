import * as vscode from 'vscode';
import type { DocumentStatus, EditionSource } from '../../server/src/lsp/shared/protocol';
import { LANGUAGE_ID } from '../../server/src/lsp/shared/protocol';

const SOURCES: Readonly<Record<EditionSource, string>> = {
  policyEdition: 'from the file\'s "policyEdition"',
  setting: 'from the tenantPrivacy.edition setting',
  settingsFile: 'from privacy-lint.config.json',
  default: 'the default edition',
};

/** The status bar item with the edition the server checked the active file under. */
export class EditionStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('tenantPrivacy.edition', vscode.StatusBarAlignment.Right, 100);
  private readonly byUri = new Map<string, DocumentStatus>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(command: string) {
    this.item.name = 'Tenant Privacy edition';
    this.item.command = command;
    this.subscriptions = [
      vscode.window.onDidChangeActiveTextEditor(() => this.render()),
      vscode.workspace.onDidCloseTextDocument((document) => this.byUri.delete(document.uri.toString())),
    ];
  }

  update(status: DocumentStatus): void {
    this.byUri.set(vscode.Uri.parse(status.uri).toString(), status);
    this.render();
  }

  private render(): void {
    const document = vscode.window.activeTextEditor?.document;
    const status = document?.languageId === LANGUAGE_ID ? this.byUri.get(document.uri.toString()) : undefined;
    if (!status) {
      this.item.hide();
      return;
    }
    if (!status.enabled || !status.edition) {
      this.item.text = '$(shield) Privacy: off';
      this.item.tooltip = 'privacy-lint is disabled for this file (tenantPrivacy.enable)';
    } else {
      this.item.text = `$(shield) Privacy ${status.edition}`;
      this.item.tooltip = `Checked under policy edition ${status.edition}, ${SOURCES[status.editionSource ?? 'default']}. Click to show the output.`;
    }
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
