import type { RuleMeta } from '../rule';
import {
  CodeActionKind,
  type CodeAction,
  type Command,
  type Diagnostic as LspDiagnostic,
  type TextEdit as LspTextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-types';
import type { ParsedDocument } from '../parse';
import type { Diagnostic, LintOptions, TextEdit } from '../types';
import { fixAllOfRule } from '../applyFixes';
import { detectFormatting } from '../fixBuilder';
import { isSuppressible, parseDirectives, type Directive } from '../suppressions';
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
   * Leave every edit out, with `data` (an ActionData) to compute it by when the action is
   * chosen (`codeAction/resolve`, `resolveDiagnosticAction`): a light bulb then costs no edit.
   * Default: false (edits included).
   */
  lazy?: boolean;
  /** The settings the diagnostics were linted with ("Fix all RULE problems" lints again with them). Default: none. */
  lintOptions?: LintOptions;
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

/** What an action does, enough to compute its edit again from the same lint. */
export type ActionPlan =
  | { type: 'fix'; key: string; index: number }
  | { type: 'disableLine'; rule: string; line: number }
  | { type: 'disableFile'; rule: string }
  | { type: 'disableAllOnLine'; line: number }
  | { type: 'fixRule'; rule: string };

/** `CodeAction.data` of a lazy action: the document version it was planned on, and the plan. */
export interface ActionData {
  uri: string;
  version: number;
  plan: ActionPlan;
}

/**
 * The actions for the diagnostics a client asks about, found again in the lint result by
 * their key (rule id + range): each fix as a quick fix (`isPreferred` as the engine says),
 * "Fix all RULE problems in this file" (when the rule has several preferred fixes),
 * "Disable RULE for this line", "Disable all problems on this line" (when the line has
 * findings of several rules), "Disable RULE for this file", "Show documentation for RULE".
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
  const fixes: CodeAction[] = [];
  const others: CodeAction[] = [];
  const seen = new Set<string>();
  const context: PlanContext = { doc, byKey, lintOptions: options.lintOptions };
  const add = (into: CodeAction[], title: string, lspDiagnostic: LspDiagnostic, plan: ActionPlan, isPreferred?: boolean) => {
    const key = `${title}\u0000${JSON.stringify(plan)}`;
    if (seen.has(key)) return;
    let action: CodeAction = { title, kind: CodeActionKind.QuickFix, diagnostics: [lspDiagnostic] };
    if (isPreferred !== undefined) action.isPreferred = isPreferred;
    // A disable comment's edit is cheap: computed even when lazy, for the reason command's range.
    const disables = plan.type === 'disableLine' || plan.type === 'disableAllOnLine' || plan.type === 'disableFile';
    const edits = !options.lazy || (disables && options.reasonCommand) ? planEdits(context, plan) : undefined;
    if (options.lazy) action.data = { uri: target.uri, version: target.version, plan } satisfies ActionData;
    else {
      if (!edits?.length) return;
      action = { ...action, edit: workspaceEdit(target, toLspEdits(doc, edits)) };
    }
    if (disables && options.reasonCommand && edits?.length) {
      const command = reasonCommandOf(doc, target, edits, options.reasonCommand);
      if (command) action.command = command;
    }
    seen.add(key);
    into.push(action);
  };
  for (const lspDiagnostic of requested) {
    if (isOfOtherVersion(lspDiagnostic, options.version)) continue;
    const key = keyOfLspDiagnostic(lspDiagnostic);
    const diagnostic = key === undefined ? undefined : byKey.get(key);
    if (!diagnostic || key === undefined) continue;
    diagnostic.fixes.forEach((fix, index) => add(fixes, fix.title, lspDiagnostic, { type: 'fix', key, index }, fix.preferred));
    const rule = diagnostic.rule;
    let preferred = 0;
    for (const other of byKey.values()) if (other.rule === rule && other.fixes.some((f) => f.preferred)) preferred++;
    if (preferred > 1) add(fixes, `Fix all ${rule} problems in this file`, lspDiagnostic, { type: 'fixRule', rule });
    if (isSuppressible(rule)) {
      const line = diagnostic.range.start.line;
      add(others, `Disable ${rule} for this line`, lspDiagnostic, { type: 'disableLine', rule, line });
      if (rulesOnLine(byKey, line).length > 1) add(others, 'Disable all problems on this line', lspDiagnostic, { type: 'disableAllOnLine', line });
      add(others, `Disable ${rule} for this file`, lspDiagnostic, { type: 'disableFile', rule });
    }
    const policy = options.policies?.find((each) => each.meta.id === rule)?.meta;
    if (policy && !policy.docs) continue;
    const title = `Show documentation for ${rule}`;
    if (!seen.has(title)) {
      seen.add(title);
      others.push({
        title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [lspDiagnostic],
        command: { title, command: options.showDocumentationCommand, arguments: policy ? [rule, policy.docs] : [rule] },
      });
    }
  }
  return [...fixes, ...others];
}

/**
 * The edit of a lazy action (`codeAction/resolve`): `diagnostics` must be the lint result of
 * `doc`'s text, the version the action was planned on. Undefined when it no longer applies.
 */
export function resolveDiagnosticAction(
  doc: ParsedDocument,
  target: EditTarget,
  diagnostics: readonly Diagnostic[],
  plan: ActionPlan,
  lintOptions?: LintOptions,
): WorkspaceEdit | undefined {
  const edits = planEdits({ doc, byKey: diagnosticsByKey(diagnostics), lintOptions }, plan);
  return edits?.length ? workspaceEdit(target, toLspEdits(doc, edits)) : undefined;
}

interface PlanContext {
  doc: ParsedDocument;
  byKey: Map<string, Diagnostic>;
  lintOptions: LintOptions | undefined;
  /** The comments in force, indexed once per request (computed when first needed). */
  directives?: DirectiveIndex;
  eol?: string;
}

function planEdits(context: PlanContext, plan: ActionPlan): TextEdit[] | undefined {
  const { doc } = context;
  const directives = () => (context.directives ??= indexDirectives(parseDirectives(doc, context.lintOptions?.today)));
  const eol = () => (context.eol ??= eolOf(doc));
  const one = (edit: TextEdit | undefined) => (edit ? [edit] : undefined);
  switch (plan.type) {
    case 'fix':
      return context.byKey.get(plan.key)?.fixes[plan.index]?.edits;
    case 'fixRule':
      return textEdits(doc.text, fixAllOfRule(doc.text, plan.rule, context.lintOptions).text);
    case 'disableLine':
      return one(disableForLineWith(doc, directives().byLine.get(plan.line), plan.rule, plan.line, eol()));
    case 'disableAllOnLine':
      return one(disableAllOnLineWith(doc, directives().byLine.get(plan.line), rulesOnLine(context.byKey, plan.line), plan.line, eol()));
    case 'disableFile':
      return one(disableForFileWith(doc, directives().file, plan.rule, eol()));
  }
}

/** The suppressible rules with an (unsuppressed) finding starting on a line, in order of their first finding. */
function rulesOnLine(byKey: Map<string, Diagnostic>, line: number): string[] {
  const rules: string[] = [];
  for (const diagnostic of byKey.values()) {
    if (diagnostic.range.start.line === line && isSuppressible(diagnostic.rule) && !rules.includes(diagnostic.rule)) rules.push(diagnostic.rule);
  }
  return rules;
}

/** One disable-next-line comment naming every rule given (added to the comment already governing the line, if any). */
export function disableAllOnLine(doc: ParsedDocument, directives: readonly Directive[], rules: readonly string[], line: number): TextEdit | undefined {
  return disableAllOnLineWith(
    doc,
    directives.find((d) => d.kind === 'next-line' && !d.expired && d.targetLine === line),
    rules,
    line,
  );
}

function disableAllOnLineWith(
  doc: ParsedDocument,
  existing: Directive | undefined,
  rules: readonly string[],
  line: number,
  eol = eolOf(doc),
): TextEdit | undefined {
  const missing = rules.filter((rule) => !existing?.rules.some((r) => r.id === rule));
  if (!missing.length) return undefined;
  if (existing) {
    const first = addRule(doc, existing, missing[0]);
    return (
      first && {
        ...first,
        newText:
          first.newText +
          missing
            .slice(1)
            .map((rule) => `, ${rule}`)
            .join(''),
      }
    );
  }
  const edit = disableForLineWith(doc, undefined, missing[0], line, eol)!;
  return { ...edit, newText: edit.newText.replace(`${missing[0]} -- `, `${missing.join(', ')} -- `) };
}

/**
 * The command of a "Disable" action whose edit writes a new comment, when the client has a
 * reason command: it runs after the edit, on the placeholder's range (the edit inserts no line
 * break before the placeholder, so it sits on the edit's first line).
 */
function reasonCommandOf(doc: ParsedDocument, target: EditTarget, edits: readonly TextEdit[], reasonCommand: string): Command | undefined {
  const edit = edits[0];
  const at = edit ? edit.newText.indexOf(REASON_PLACEHOLDER) : -1;
  if (at < 0) return undefined;
  const start = doc.lines.rangeOf(edit.offset, edit.length).start;
  const range = {
    start: { line: start.line, character: start.character + at },
    end: { line: start.line, character: start.character + at + REASON_PLACEHOLDER.length },
  };
  return { title: 'Write the reason', command: reasonCommand, arguments: [target.uri, range] };
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
  return disableForLineWith(
    doc,
    directives.find((d) => d.kind === 'next-line' && !d.expired && d.targetLine === line),
    rule,
    line,
  );
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
  return disableForFileWith(
    doc,
    directives.find((d) => d.kind === 'file' && !d.expired),
    rule,
  );
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
