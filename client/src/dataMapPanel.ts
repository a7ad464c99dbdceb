/**
 * "Tenant Privacy: Show Data Map": a webview beside the editor with the active file's data map,
 * which the language server draws (`tenantPrivacy/dataMap`, the drawing of `--format html`).
 * The panel follows the active tenant-privacy editor and the document's edits (debounced), and
 * a finding (or store) clicked, or chosen with Enter, is selected and revealed in the editor.
 * No logic here: what the map says is the server's; this file shows it and moves the cursor.
 */
import { randomBytes } from 'crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DATA_MAP_CSS } from '../../server/src/engine/dataMap/style';
import { DataMapRequest, LANGUAGE_ID, type DataMapParams, type DataMapResult } from '../../server/src/lsp/shared/protocol';

/** How long the map waits after a keystroke before it asks for a new drawing. */
const DEBOUNCE_MS = 300;

/** What the webview sends. */
type FromWebview = { type: 'ready' } | { type: 'reveal'; range: [number, number, number, number] };
/** What the webview is sent. */
type ToWebview = { type: 'update'; title: string; version: number; html: string } | { type: 'message'; title: string; text: string };

export class DataMapPanel implements vscode.Disposable {
  private static current: DataMapPanel | undefined;

  /** Shows the panel (creating it beside the active editor) for the active tenant-privacy document. */
  static show(client: LanguageClient): void {
    const document = vscode.window.activeTextEditor?.document;
    const target = document?.languageId === LANGUAGE_ID ? document : undefined;
    if (DataMapPanel.current) {
      DataMapPanel.current.panel.reveal(undefined, true);
      if (target) DataMapPanel.current.follow(target);
      return;
    }
    DataMapPanel.current = new DataMapPanel(client, target);
  }

  /** Closes the panel, if open (the extension deactivates). */
  static close(): void {
    DataMapPanel.current?.panel.dispose();
  }

  private readonly panel: vscode.WebviewPanel;
  private readonly subscriptions: vscode.Disposable[] = [];
  private uri: vscode.Uri | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Answers to older requests are dropped. */
  private requests = 0;
  /** The last message, sent again when the webview reloads (it was hidden and shown again). */
  private last: ToWebview | undefined;

  private constructor(
    private readonly client: LanguageClient,
    document: vscode.TextDocument | undefined,
  ) {
    this.panel = vscode.window.createWebviewPanel(
      'tenantPrivacy.dataMap',
      'Data Map',
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, localResourceRoots: [] },
    );
    this.panel.webview.html = page(this.panel.webview, randomBytes(18).toString('base64'));
    this.subscriptions.push(
      this.panel.onDidDispose(() => this.dispose()),
      this.panel.webview.onDidReceiveMessage((message: FromWebview) => this.receive(message)),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor?.document.languageId === LANGUAGE_ID) this.follow(editor.document);
      }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length && this.uri?.toString() === event.document.uri.toString()) this.schedule();
      }),
    );
    if (document) this.follow(document);
    else this.send({ type: 'message', title: 'Data map', text: 'Open a tenant privacy file (*.privacy.json, *.privacy.jsonc) to see its data map.' });
  }

  private follow(document: vscode.TextDocument): void {
    if (this.uri?.toString() === document.uri.toString()) return;
    this.uri = document.uri;
    void this.refresh();
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.refresh();
    }, DEBOUNCE_MS);
  }

  private async refresh(): Promise<void> {
    const uri = this.uri;
    if (!uri) return;
    const request = ++this.requests;
    const title = uri.path.slice(uri.path.lastIndexOf('/') + 1);
    let result: DataMapResult | null;
    try {
      const params: DataMapParams = { uri: this.client.code2ProtocolConverter.asUri(uri) };
      result = await this.client.sendRequest<DataMapResult | null>(DataMapRequest, params);
    } catch (error) {
      if (request === this.requests)
        this.send({ type: 'message', title, text: `The language server could not draw the map: ${error instanceof Error ? error.message : String(error)}` });
      return;
    }
    if (request !== this.requests) return;
    this.panel.title = `Data Map: ${title}`;
    this.send(
      result
        ? { type: 'update', title, version: result.version, html: result.html }
        : { type: 'message', title, text: 'This file is not open as a tenant privacy file.' },
    );
  }

  private send(message: ToWebview): void {
    this.last = message;
    void this.panel.webview.postMessage(message);
  }

  private async receive(message: FromWebview): Promise<void> {
    if (message.type === 'ready') {
      if (this.last) void this.panel.webview.postMessage(this.last);
      return;
    }
    if (message.type !== 'reveal' || !this.uri) return;
    const [startLine, startCharacter, endLine, endCharacter] = message.range;
    const range = new vscode.Range(startLine, startCharacter, endLine, endCharacter);
    const document = await vscode.workspace.openTextDocument(this.uri);
    const visible = vscode.window.visibleTextEditors.find((editor) => editor.document === document);
    const editor = await vscode.window.showTextDocument(document, { viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One, preserveFocus: false });
    // The cursor at the start of what the finding is about, the rest selected.
    editor.selection = new vscode.Selection(range.end, range.start);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  dispose(): void {
    if (DataMapPanel.current === this) DataMapPanel.current = undefined;
    if (this.timer) clearTimeout(this.timer);
    for (const subscription of this.subscriptions) subscription.dispose();
    this.subscriptions.length = 0;
    this.panel.dispose();
  }
}

/** The data map's colours from the VS Code theme (light, dark and high contrast). */
const THEME_CSS = `
body{color:var(--vscode-editor-foreground);background:var(--vscode-editor-background);font-family:var(--vscode-font-family);font-size:var(--vscode-font-size);padding:0 16px 24px;
--dm-fg:var(--vscode-editor-foreground);--dm-bg:var(--vscode-editor-background);--dm-muted:var(--vscode-descriptionForeground);
--dm-border:var(--vscode-editorWidget-border,var(--vscode-panel-border,#888));--dm-panel:var(--vscode-editorWidget-background);
--dm-local:var(--vscode-editor-inactiveSelectionBackground,var(--vscode-editorWidget-background));--dm-store:var(--vscode-editor-background);
--dm-accent:var(--vscode-focusBorder);--dm-error:var(--vscode-errorForeground);--dm-warning:var(--vscode-editorWarning-foreground);
--dm-info:var(--vscode-editorInfo-foreground);--dm-ok:var(--vscode-charts-green,var(--vscode-testing-iconPassed));
--dm-link:var(--vscode-textLink-foreground);--dm-focus:var(--vscode-focusBorder);}
h1{font-size:1.4em;font-weight:600;}
body.vscode-high-contrast .dm .dm-macro,body.vscode-high-contrast .dm .dm-local,body.vscode-high-contrast .dm .dm-store{stroke:var(--vscode-contrastBorder);stroke-width:2;}
body.vscode-high-contrast .dm .dm-reveal:focus-visible{outline-color:var(--vscode-contrastActiveBorder);}
`;

/**
 * The webview's page: a strict Content Security Policy (nothing but its own nonce'd style sheet
 * and script; no network), and a script that only shows what it is sent and reports clicks.
 */
function page(webview: vscode.Webview, nonce: string): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${webview.cspSource} 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src ${webview.cspSource} data:;">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Data Map</title><style nonce="${nonce}">${THEME_CSS}${DATA_MAP_CSS}</style></head>
<body><main><h1 id="title">Data map</h1><div id="root"><p>Loading…</p></div></main>
<script nonce="${nonce}">
(function () {
  const vscode = acquireVsCodeApi();
  const root = document.getElementById('root');
  const title = document.getElementById('title');
  window.addEventListener('message', (event) => {
    const message = event.data;
    // Keep the keyboard where it was across a redraw: the same finding, found by its range.
    const focused = document.activeElement && document.activeElement.getAttribute('data-range');
    title.textContent = 'Data map: ' + message.title;
    if (message.type === 'update') {
      root.innerHTML = message.html;
      document.body.setAttribute('data-version', String(message.version));
    } else {
      const p = document.createElement('p');
      p.textContent = message.text;
      root.replaceChildren(p);
    }
    if (focused) {
      const again = root.querySelector('[data-range="' + CSS.escape(focused) + '"]');
      if (again) again.focus();
    }
  });
  root.addEventListener('click', (event) => {
    const button = event.target.closest('button[data-range]');
    if (button) vscode.postMessage({ type: 'reveal', range: button.getAttribute('data-range').split(':').map(Number) });
  });
  vscode.postMessage({ type: 'ready' });
}());
</script></body></html>`;
}
