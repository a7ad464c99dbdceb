import type { CodeAction } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fixAll } from '../engine';
import { fixAllAction, type EditTarget } from '../engine';
import type { DocumentView, Server } from './server';
import { today } from './clock';

/** The versioned target of an edit to a document. */
export function editTarget(server: Server, document: TextDocument): EditTarget {
  return { uri: document.uri, version: document.version, versioned: server.features.documentChanges };
}

/**
 * "Fix all" for the document's current version: the engine's `fixAll` (preferred fixes to
 * a fixpoint, like `--fix`) with the settings of its last lint, or pulled afresh when the
 * latest change is not linted yet (a save right after typing). None for a stale version.
 */
export async function fixAllFor(server: Server, view: DocumentView): Promise<CodeAction | undefined> {
  const { document } = view;
  // The document object changes in place: keep the version this view was made for.
  const version = document.version;
  let options = view.lint?.options;
  if (!options) {
    const settings = await server.settings.forDocument(document.uri);
    if (!settings.enable) return undefined;
    options = settings.options;
  }
  const current = server.documents.get(document.uri);
  if (current !== document || current.version !== version) return undefined;
  return fixAllAction(view.doc, editTarget(server, document), fixAll(view.doc.text, { ...options, today: today() }).text);
}
