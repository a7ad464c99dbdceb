/**
 * The tenant-privacy language server: LSP 3.17 over `--stdio` or node IPC (`--node-ipc`,
 * which is how the VS Code client starts it). Wiring only: each feature is a handler in
 * ./handlers, each handler calls the engine.
 */
import { createConnection, ProposedFeatures, TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Server } from './server';
import { registerInitialize } from './handlers/initialize';
import { registerDocuments } from './handlers/documents';
import { registerConfiguration } from './handlers/configuration';
import { registerCodeActions } from './handlers/codeActions';
import { registerCommands } from './handlers/commands';
import { registerHover } from './handlers/hover';
import { registerCompletion } from './handlers/completion';
import { registerInlayHints } from './handlers/inlayHints';
import { registerDocumentSymbols } from './handlers/symbols';
import { registerFoldingRanges } from './handlers/folding';
import { registerFormatting } from './handlers/formatting';
import { registerDataMap } from './handlers/dataMap';
import { keepTreesYoung } from '../v8Tuning';

keepTreesYoung();

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const server = new Server(connection, documents);

registerInitialize(server);
registerDocuments(server);
registerConfiguration(server);
registerCodeActions(server);
registerCommands(server);
registerHover(server);
registerCompletion(server);
registerInlayHints(server);
registerDocumentSymbols(server);
registerFoldingRanges(server);
registerFormatting(server);
registerDataMap(server);

// A failure nobody awaited is a bug to report, not a reason to stop serving.
process.on('unhandledRejection', (reason) => connection.console.error(`Unhandled: ${reason instanceof Error ? reason.stack ?? reason.message : String(reason)}`));

documents.listen(connection);
connection.listen();
