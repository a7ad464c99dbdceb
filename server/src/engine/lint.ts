import { RuleContext } from './context';
import { checkFormat, editionOf } from './format/check';
import { parseDocument, type ParsedDocument } from './parse';
import { RULES, SUPPRESSION_RULES } from './rules';
import type { Rule } from './rule';
import { applySuppressions, localDate, parseDirectives } from './suppressions';
import { DEFAULT_EDITION, type Diagnostic, type LintOptions, type LintResult, type SeveritySetting, type TextEdit } from './types';

/** Lints a document's text. The text must not start with a byte order mark (front ends strip it). */
export function lint(text: string, options: LintOptions = {}): LintResult {
  return lintDocument(parseDocument(text), options);
}

/** Lints a parsed document; callers that cache parses (the language server) use this. */
export function lintDocument(doc: ParsedDocument, options: LintOptions = {}): LintResult {
  const edition = options.forceEdition ?? editionOf(doc.root, options.defaultEdition ?? DEFAULT_EDITION);
  const ctx = new RuleContext(doc, edition, checkFormat(doc.root, edition));
  const diagnostics: Diagnostic[] = [];
  const run = (rule: Rule) => {
    const severity = severityOf(rule, options.rules);
    if (severity === 'off' || !rule.meta.editions.includes(edition)) return;
    rule.check(ctx);
    for (const report of ctx.drain()) {
      normalizeSpan(doc.text, report);
      if (report.fixes.length) report.fixes = report.fixes.filter((fix) => fix.edits.every((edit) => fitEdit(doc.text, edit)));
      diagnostics.push({
        rule: rule.meta.id,
        severity,
        message: report.message,
        path: report.path,
        range: doc.lines.rangeOf(report.offset, report.length),
        offset: report.offset,
        length: report.length,
        fixes: report.fixes,
      });
    }
  };
  for (const rule of RULES) if (!SUPPRESSION_RULES.has(rule)) run(rule);
  ctx.directives = parseDirectives(doc, options.today ?? localDate());
  applySuppressions(ctx.directives, diagnostics);
  for (const rule of SUPPRESSION_RULES) run(rule);
  diagnostics.sort(byPosition);
  return { edition, diagnostics };
}

function severityOf(rule: Rule, overrides: Record<string, SeveritySetting> | undefined): SeveritySetting {
  return overrides?.[rule.meta.id] ?? rule.meta.severity;
}

export function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.offset - b.offset || a.length - b.length || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

/**
 * Keeps a span inside the text (the parser can report past the end of an unterminated
 * comment) and off the middle of a CRLF, which no LSP position can name.
 */
function normalizeSpan(text: string, span: { offset: number; length: number }): void {
  let start = Math.min(Math.max(0, span.offset), text.length);
  let end = Math.min(Math.max(start, span.offset + span.length), text.length);
  const splitsLineBreak = (at: number) => at > 0 && at < text.length && text.charCodeAt(at - 1) === 13 && text.charCodeAt(at) === 10;
  if (splitsLineBreak(start)) start--;
  if (splitsLineBreak(end)) end = end - 1 > start ? end - 1 : end + 1;
  span.offset = start;
  span.length = end - start;
}

/**
 * Keeps an edit inside the text: a node of a tree recovered from an unterminated comment
 * may reach past the end. An edit that cannot be made sense of (a negative length, from an
 * object that never closes) rejects its fix.
 */
function fitEdit(text: string, edit: TextEdit): boolean {
  if (edit.length < 0 || edit.offset < 0 || edit.offset > text.length) return false;
  if (edit.offset + edit.length > text.length) edit.length = text.length - edit.offset;
  return true;
}
