/**
 * The tenant-privacy language server in a web worker (VS Code for the web): the same server
 * as main.ts, over postMessage. scripts/build.mjs bundles it for the browser with the
 * browser stand-ins of the Node-only modules (this folder): settings files are read through
 * the client (`tenantPrivacy/readFile`, answered with the workspace file system), and
 * workspace diagnostics cover open files only (a worker cannot list the workspace).
 */
import { BrowserMessageReader, BrowserMessageWriter, createConnection, TextDocuments } from 'vscode-languageserver/browser';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Server } from '../server';
import { useClientFiles } from './settingsFile';
import { registerFeatures } from '../handlers';

// The worker's global scope (the DOM typings are not in this project's lib).
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
const documents = new TextDocuments(TextDocument);
const server = new Server(connection, documents);
useClientFiles(connection);

registerFeatures(server);

documents.listen(connection);
connection.listen();
