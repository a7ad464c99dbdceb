import { CodeActionKind, type CodeAction } from 'vscode-languageserver';
import { diagnosticActions, resolveDiagnosticAction, FIX_ALL_KIND, type ActionData } from '../../engine';
import { editTarget, fixAllFor } from '../fixAll';
import type { Server } from '../server';
import { cancellable } from '../cancellation';
import { today } from '../clock';
import { REASON_PLACEHOLDER_COMMAND, ServerCommands } from '../shared/protocol';

/**
 * Quick fixes, disable comments and docs for the diagnostics of the last lint (found by
 * key; none when that lint is of an older version), and `source.fixAll.privacyLint`. Where
 * the client resolves actions, their edits are computed only when one is chosen.
 */
export function registerCodeActions(server: Server): void {
  server.connection.onCodeAction(
    cancellable(async ({ textDocument, context }) => {
      const view = server.view(textDocument.uri);
      if (!view) return [];
      const actions: CodeAction[] = [];
      if (view.lint && wants(context.only, CodeActionKind.QuickFix)) {
        actions.push(
          ...diagnosticActions(view.doc, editTarget(server, view.document), view.lint.result.diagnostics, context.diagnostics, {
            showDocumentationCommand: ServerCommands.showRuleDocumentation,
            version: view.lint.version,
            lazy: server.features.codeActionResolve,
            lintOptions: { ...view.lint.options, today: today() },
            policies: view.lint.options.policies,
            reasonCommand: server.features.reasonPlaceholderCommand ? REASON_PLACEHOLDER_COMMAND : undefined,
          }),
        );
      }
      if (context.only && wants(context.only, FIX_ALL_KIND)) {
        const fixAll = await fixAllFor(server, view);
        if (fixAll) actions.push(fixAll);
      }
      return actions;
    }),
  );
  // A lazy action's edit, computed when it is chosen, from the lint of the version it was planned on.
  server.connection.onCodeActionResolve((action) => {
    const data = action.data as ActionData | undefined;
    const view = data && server.view(data.uri);
    if (!data || !view?.lint || view.lint.version !== data.version) return action;
    const edit = resolveDiagnosticAction(view.doc, editTarget(server, view.document), view.lint.result.diagnostics, data.plan, {
      ...view.lint.options,
      today: today(),
    });
    return edit ? { ...action, edit } : action;
  });
}

/** Whether a request restricted to `only` kinds (none: every kind) wants actions of `kind`. */
function wants(only: string[] | undefined, kind: string): boolean {
  return !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
}
