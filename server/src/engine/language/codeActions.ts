import type { RuleMeta } from '../rule';
import {
  CodeActionKind, type CodeAction, type Diagnostic as LspDiagnostic, type TextEdit as LspTextEdit, type WorkspaceEdit,
} from 'vscode-languageserver-types';
import type { ParsedDocument } from '../parse';
import type { Diagnostic, TextEdit } from '../types';
import { detectFormatting } from '../fixes';
import { isSuppressible, localDate, parseDirectives, type Directive } from '../suppressions';
import { diagnosticsByKey, isOfOtherVersion, keyOfLspDiagnostic } from './diagnostics';
import { textEdits } from './textDiff';

/** The code action kind of "fix all": usable in `editor.codeActionsOnSave`. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.privacyLint`;

/** The reason a new disable comment carries until a person writes the real one. */
export const REASON_PLACEHOLDER = '<reason>';

/** The document an action edits: its uri and the version the edits were computed on. */
export interface EditTarget {
  uri: string;
  version: number;
  /** Send versioned `documentChanges` (the client then refuses edits for another version). Default: true. */
  versioned?: boolean;
}

export interface DiagnosticActionOptions {
  /** The command that opens a rule's documentation; it gets the rule id as its argument. */
  showDocumentationCommand: string;
  /** The version `diagnostics` were computed for: a requested diagnostic of another version gets nothing. */
  version?: number;
  /**
   * The organization's policies the diagnostics were linted with: a policy's documentation is its
   * `docs` URL, passed to the command as its second argument (none: no action). Default: none.
   */
  policies?: readonly { meta: RuleMeta }[];
  /**
   * A client command that turns the reason placeholder of a new disable comment into a snippet
   * placeholder the user types over (the VS Code client's; LSP 3.17 has no snippet edits). Its
   * arguments: the document's uri and the placeholder's range once the edit is applied. Default: none.
   */
  reasonCommand?: string;
}

/** Offset edits in the document as LSP edits. */
export function toLspEdits(doc: ParsedDocument, edits: readonly TextEdit[]): LspTextEdit[] {
  return edits.map((edit) => ({ range: doc.lines.rangeOf(edit.offset, edit.length), newText: edit.newText }));
}

export function workspaceEdit(target: EditTarget, edits: LspTextEdit[]): WorkspaceEdit {
  if (target.versioned === false) return { changes: { [target.uri]: edits } };
  return { documentChanges: [{ textDocument: { uri: target.uri, version: target.version }, edits }] };
}

/**
 * The actions for the diagnostics a client asks about, found again in the lint result by
 * their key (rule id + range): each fix as a quick fix (`isPreferred` as the engine says),
 * "Disable RULE for this line", "Disable RULE for this file", "Show documentation for RULE".
 * `diagnostics` must be the lint result of `doc`'s text; a diagnostic not in it gets nothing.
 */
export function diagnosticActions(
  doc: ParsedDocument,
  target: EditTarget,
  diagnostics: readonly Diagnostic[],
  requested: readonly LspDiagnostic[],
  options: DiagnosticActionOptions,
): CodeAction[] {
  const byKey = diagnosticsByKey(diagnostics);
  let directives: DirectiveIndex | undefined;
  let eol: string | undefined;
  const fixes: CodeAction[] = [];
  const others: CodeAction[] = [];
  const seen = new Set<string>();
  const add = (into: CodeAction[], action: CodeAction) => {
    const key = `${action.title}\u0000${JSON.stringify(action.edit ?? action.command)}`;
    if (seen.has(key)) return;
    seen.add(key);
    into.push(action);
  };
  for (const lspDiagnostic of requested) {
    if (isOfOtherVersion(lspDiagnostic, options.version)) continue;
    const key = keyOfLspDiagnostic(lspDiagnostic);
    const diagnostic = key === undefined ? undefined : byKey.get(key);
    if (!diagnostic) continue;
    for (const fix of diagnostic.fixes) {
      add(fixes, {
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [lspDiagnostic],
        isPreferred: fix.preferred,
        edit: workspaceEdit(target, toLspEdits(doc, fix.edits)),
      });
    }
    const rule = diagnostic.rule;
    if (isSuppressible(rule)) {
      directives ??= indexDirectives(parseDirectives(doc, localDate()));
      eol ??= eolOf(doc);
      const lineNumber = diagnostic.range.start.line;
      const line = disableForLineWith(doc, directives.byLine.get(lineNumber), rule, lineNumber, eol);
      if (line) add(others, disableAction(doc, target, `Disable ${rule} for this line`, lspDiagnostic, line, options.reasonCommand));
      const file = disableForFileWith(doc, directives.file, rule, eol);
      if (file) add(others, disableAction(doc, target, `Disable ${rule} for this file`, lspDiagnostic, file, options.reasonCommand));
    }
    const policy = options.policies?.find((each) => each.meta.id === rule)?.meta;
    if (policy && !policy.docs) continue;
    add(others, {
      title: `Show documentation for ${rule}`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [lspDiagnostic],
      command: { title: `Show documentation for ${rule}`, command: options.showDocumentationCommand, arguments: policy ? [rule, policy.docs] : [rule] },
    });
  }
  return [...fixes, ...others];
}

/**
 * A "Disable" action. When it writes a new comment and the client has a reason command, the
 * action runs it after the edit, on the placeholder's range (the edit inserts no line break
 * before the placeholder, so it sits on the edit's first line).
 */
function disableAction(doc: ParsedDocument, target: EditTarget, title: string, diagnostic: LspDiagnostic, edit: TextEdit, reasonCommand: string | undefined): CodeAction {
  const edits = toLspEdits(doc, [edit]);
  const action: CodeAction = { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: workspaceEdit(target, edits) };
  const at = edit.newText.indexOf(REASON_PLACEHOLDER);
  if (reasonCommand && at >= 0) {
    const start = edits[0].range.start;
    const range = { start: { line: start.line, character: start.character + at }, end: { line: start.line, character: start.character + at + REASON_PLACEHOLDER.length } };
    action.command = { title: 'Write the reason', command: reasonCommand, arguments: [target.uri, range] };
  }
  return action;
}

/**
 * "Fix all" as one code action of kind `source.fixAll.privacyLint`: the minimal edits that
 * turn `doc`'s text into `fixedText` (the engine's `fixAll`); undefined when nothing changes.
 */
export function fixAllAction(doc: ParsedDocument, target: EditTarget, fixedText: string): CodeAction | undefined {
  const edits = textEdits(doc.text, fixedText);
  if (!edits.length) return undefined;
  return { title: 'Fix all privacy-lint problems', kind: FIX_ALL_KIND, edit: workspaceEdit(target, toLspEdits(doc, edits)) };
}

/**
 * The edit that disables a rule on a line: the rule added to the disable comment that
 * already governs that line, else a new `// privacy-lint-disable-next-line RULE -- <reason>`
 * above it with the line's indentation. Undefined when the comment already names the rule.
 */
export function disableForLine(doc: ParsedDocument, directives: readonly Directive[], rule: string, line: number): TextEdit | undefined {
  return disableForLineWith(doc, directives.find((d) => d.kind === 'next-line' && !d.expired && d.targetLine === line), rule, line);
}

/** The comments in force, found by line (a request may ask about thousands of diagnostics, in a file of thousands of comments). */
interface DirectiveIndex {
  byLine: Map<number, Directive>;
  file: Directive | undefined;
}

function indexDirectives(directives: readonly Directive[]): DirectiveIndex {
  const byLine = new Map<number, Directive>();
  let file: Directive | undefined;
  for (const directive of directives) {
    if (directive.expired) continue;
    if (directive.kind === 'file') file ??= directive;
    else if (!byLine.has(directive.targetLine)) byLine.set(directive.targetLine, directive);
  }
  return { byLine, file };
}

function disableForLineWith(doc: ParsedDocument, existing: Directive | undefined, rule: string, line: number, eol = eolOf(doc)): TextEdit | undefined {
  if (existing) return addRule(doc, existing, rule);
  const lineStart = doc.lines.offsetAt({ line, character: 0 });
  const indent = /^[ \t]*/.exec(doc.text.slice(lineStart))![0];
  return { offset: lineStart, length: 0, newText: `${indent}// privacy-lint-disable-next-line ${rule} -- ${REASON_PLACEHOLDER}${eol}` };
}

/**
 * The edit that disables a rule in the whole file: the rule added to the file's disable
 * comment, else a new `// privacy-lint-disable-file RULE -- <reason>` at the top.
 */
export function disableForFile(doc: ParsedDocument, directives: readonly Directive[], rule: string): TextEdit | undefined {
  return disableForFileWith(doc, directives.find((d) => d.kind === 'file' && !d.expired), rule);
}

function disableForFileWith(doc: ParsedDocument, existing: Directive | undefined, rule: string, eol = eolOf(doc)): TextEdit | undefined {
  if (existing) return addRule(doc, existing, rule);
  return { offset: 0, length: 0, newText: `// privacy-lint-disable-file ${rule} -- ${REASON_PLACEHOLDER}${eol}` };
}

function eolOf(doc: ParsedDocument): string {
  return detectFormatting(doc.text).eol ?? '\n';
}

function addRule(doc: ParsedDocument, directive: Directive, rule: string): TextEdit | undefined {
  if (directive.rules.some((r) => r.id === rule)) return undefined;
  const last = directive.rules[directive.rules.length - 1];
  if (last) return { offset: last.offset + last.length, length: 0, newText: `, ${rule}` };
  const name = /privacy-lint-disable-(?:next-line|file)/.exec(directive.comment.text)!;
  return { offset: directive.comment.offset + name.index + name[0].length, length: 0, newText: ` ${rule}` };
}
