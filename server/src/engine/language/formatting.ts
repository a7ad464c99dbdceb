import { format, type EditResult } from 'jsonc-parser';
import type { FormattingOptions, Range as LspRange, TextEdit as LspTextEdit } from 'vscode-languageserver-types';
import { parseDocument, type ParsedDocument } from '../parse';
import { detectFormatting } from '../fixBuilder';
import { applyEdits } from '../applyFixes';
import { lintDocument } from '../lint';
import { isSuppressible, parseDirectives, type Directive } from '../suppressions';
import type { Diagnostic, LintOptions } from '../types';

/**
 * Formatting is offered up to this many UTF-16 code units (1 MiB of ASCII): a document this
 * size formats (and is checked, below) in well under a second, while 20 MB took the server
 * 20 seconds, during which it answered nothing else. The editor says why it did not format.
 */
export const MAX_FORMAT_LENGTH = 1024 * 1024;

/** Whether a document is too large to format (see MAX_FORMAT_LENGTH). */
export function tooLargeToFormat(doc: ParsedDocument): boolean {
  return doc.text.length > MAX_FORMAT_LENGTH;
}

/**
 * Document (or range) formatting with jsonc-parser's `format`: comments stay, only
 * whitespace changes, and the document's own line ends are kept.
 *
 * Formatting never changes what a disable comment covers: a `privacy-lint-disable-next-line`
 * comment covers the line after it, and formatting may split that line (a one-line store
 * spread over several) or join another line into it. The text is linted before and after
 * (with `lintOptions`, the document's settings): see keepingSuppressions.
 */
export function formatDocument(
  doc: ParsedDocument,
  options: FormattingOptions,
  range?: LspRange,
  lintOptions: LintOptions = {},
  /** The document's lint with `lintOptions`, when the caller has it (else it is linted here). */
  lintBefore?: readonly Diagnostic[],
): LspTextEdit[] {
  if (tooLargeToFormat(doc)) return [];
  // Indentation grows with depth, so formatting a pathological document would take memory
  // quadratic in its depth: such a document is left as it is.
  if (nestingDepth(doc.text) > MAX_FORMAT_DEPTH) return [];
  const span = range && { offset: doc.lines.offsetAt(range.start), length: doc.lines.offsetAt(range.end) - doc.lines.offsetAt(range.start) };
  const edits = format(doc.text, span, {
    tabSize: options.tabSize,
    insertSpaces: options.insertSpaces,
    eol: detectFormatting(doc.text).eol,
    insertFinalNewline: options.insertFinalNewline ?? false,
  });
  const kept = keepingSuppressions(doc, edits, lintOptions, lintBefore);
  return kept.map((edit) => ({ range: doc.lines.rangeOf(edit.offset, edit.length), newText: edit.content }));
}

/** Attempts at leaving out edits before formatting gives up (and changes nothing). */
const MAX_ATTEMPTS = 4;

/**
 * `edits` without those that would change what a disable-next-line comment covers. First, on the
 * lines of each comment in force and the line it covers, the edits that add or remove a line
 * break are left out (the others only change spaces within a line, which moves nothing from one
 * line to another). Then the lint before and after tells whether any comment covers other findings
 * still (it should not); if one does, the edits on its lines go as well, and that is checked again.
 */
function keepingSuppressions(doc: ParsedDocument, edits: EditResult, lintOptions: LintOptions, lintBefore?: readonly Diagnostic[]): EditResult {
  if (!edits.length || !doc.directiveComments.length) return edits;
  const options = lintOptions;
  // The request's date (from the front end), as the lint's: which comments are in force.
  const directives = parseDirectives(doc, options.today);
  const inForce = directives.filter((d) => d.kind === 'next-line' && !d.expired);
  if (!inForce.length) return edits;
  let kept = outside(
    edits,
    inForce.map((directive) => protectedRegion(doc, directive)),
    changesLineCount,
    doc.text,
  );
  const before = coverage(directives, lintBefore ?? lintDocument(doc, options, false).diagnostics);
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const formatted = parseDocument(
      applyEdits(
        doc.text,
        kept.map((e) => ({ offset: e.offset, length: e.length, newText: e.content })),
      ),
    );
    const after = coverage(parseDirectives(formatted, options.today), lintDocument(formatted, options, false).diagnostics);
    if (before.length !== after.length) return [];
    const changed: Directive[] = [];
    for (let i = 0; i < directives.length; i++) if (before[i] !== after[i]) changed.push(directives[i]);
    if (!changed.length) return kept;
    const next = outside(
      kept,
      changed.map((directive) => protectedRegion(doc, directive)),
      () => true,
    );
    if (next.length === kept.length) return [];
    kept = next;
  }
  return [];
}

/** Whether an edit adds or removes a line break. */
function changesLineCount(edit: EditResult[number], text: string): boolean {
  return lineBreaks(text, edit.offset, edit.offset + edit.length) !== lineBreaks(edit.content, 0, edit.content.length);
}

function lineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) count++;
  }
  return count;
}

/**
 * What each disable comment covers, as one string per comment (in order): for a next-line
 * comment, the rules and JSON paths of the findings it names on its next line; for a file
 * comment, nothing (formatting cannot change what a whole file holds).
 */
function coverage(directives: readonly Directive[], diagnostics: readonly Diagnostic[]): string[] {
  const byLine = new Map<number, Diagnostic[]>();
  for (const diagnostic of diagnostics) {
    if (!isSuppressible(diagnostic.rule)) continue;
    const line = diagnostic.range.start.line;
    let list = byLine.get(line);
    if (!list) byLine.set(line, (list = []));
    list.push(diagnostic);
  }
  return directives.map((directive) => {
    if (directive.kind !== 'next-line' || directive.expired) return '';
    const names = new Set(directive.rules.map((r) => r.id));
    const covered = (byLine.get(directive.targetLine) ?? []).filter((d) => names.has(d.rule)).map((d) => `${d.rule}\u0000${JSON.stringify(d.path)}`);
    return covered.sort().join('\u0001');
  });
}

/** The edits, less those that touch one of the regions and `drop` says go: one sweep over both, in text order. */
function outside(edits: EditResult, regions: [number, number][], drop: (edit: EditResult[number], text: string) => boolean, text = ''): EditResult {
  regions.sort((a, b) => a[0] - b[0]);
  const sorted = [...edits].sort((a, b) => a.offset - b.offset);
  const kept: EditResult = [];
  let r = 0;
  for (const edit of sorted) {
    while (r < regions.length && regions[r][1] < edit.offset) r++;
    // Regions ending before this edit are behind; any other that starts at or before its end touches it.
    let touches = false;
    for (let k = r; k < regions.length && regions[k][0] <= edit.offset + edit.length; k++) {
      if (regions[k][1] >= edit.offset) {
        touches = true;
        break;
      }
    }
    if (!touches || !drop(edit, text)) kept.push(edit);
  }
  return kept;
}

/** From the start of the comment's first line to the end of the line it covers (its line break included). */
function protectedRegion(doc: ParsedDocument, directive: Directive): [number, number] {
  const first = doc.lines.positionAt(directive.comment.offset).line;
  return [doc.lines.offsetAt({ line: first, character: 0 }), doc.lines.offsetAt({ line: directive.targetLine + 1, character: 0 })];
}

/** Deeper than any configuration: the format has six levels. */
const MAX_FORMAT_DEPTH = 256;

/** The deepest nesting of brackets outside strings and comments. */
export function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 123 /* { */ || c === 91 /* [ */) {
      if (++depth > deepest) deepest = depth;
    } else if (c === 125 /* } */ || c === 93 /* ] */) {
      if (depth > 0) depth--;
    } else if (c === 34 /* " */) {
      for (i++; i < text.length && text.charCodeAt(i) !== 34 && text.charCodeAt(i) !== 10; i++) if (text.charCodeAt(i) === 92) i++;
    } else if (c === 47 /* / */ && text.charCodeAt(i + 1) === 47) {
      while (i < text.length && text.charCodeAt(i) !== 10) i++;
    } else if (c === 47 && text.charCodeAt(i + 1) === 42 /* * */) {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
    }
  }
  return deepest;
}
