import type { Server } from '../server';
import { registerInitialize } from './initialize';
import { registerDocuments } from './documents';
import { registerConfiguration } from './configuration';
import { registerCodeActions } from './codeActions';
import { registerCommands } from './commands';
import { registerHover } from './hover';
import { registerCompletion } from './completion';
import { registerInlayHints } from './inlayHints';
import { registerDocumentSymbols } from './symbols';
import { registerFoldingRanges } from './folding';
import { registerFormatting } from './formatting';
import { registerDataMap } from './dataMap';

/** Every feature of the server, wired to its methods: one list for the Node server and the web worker. */
export function registerFeatures(server: Server): void {
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
}
