/**
 * Language features of the tenant-privacy language: pure functions of a parsed document
 * (and position, edition, lint result) returning LSP values. No connection, no fs: the
 * language server caches the parse by uri and version and calls these.
 */
export { doHover } from './hover';
export { doComplete } from './completion';
export { inlayHints } from './inlayHints';
export { documentSymbols } from './symbols';
export { foldingRanges } from './folding';
export { formatDocument } from './formatting';
export { documentLinks } from './links';
export {
  diagnosticActions, disableAllOnLine, disableForFile, disableForLine, fixAllAction, resolveDiagnosticAction, toLspEdits, workspaceEdit,
  FIX_ALL_KIND, REASON_PLACEHOLDER, type ActionData, type ActionPlan, type DiagnosticActionOptions, type EditTarget,
} from './codeActions';
export { diagnosticKey, diagnosticsByKey, keyOfLspDiagnostic, toLspDiagnostics, DIAGNOSTIC_SOURCE, type DiagnosticData } from './diagnostics';
export { textEdits, type OffsetEdit } from './textDiff';
export { valueFacts, type ValueFact } from './facts';
export { editionOf as documentEdition } from '../format/check';
