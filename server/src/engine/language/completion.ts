import { createScanner, findNodeAtLocation, getLocation, getNodePath, ScanError, SyntaxKind, type Location, type Node } from 'jsonc-parser';
import {
  CompletionItemKind,
  InsertTextFormat,
  MarkupKind,
  type CompletionItem,
  type CompletionList,
  type Range as LspRange,
} from 'vscode-languageserver-types';
import type { ParsedDocument } from '../parse';
import { EDITIONS, type Edition, type JSONPath, type Position } from '../types';
import { CONFIG, FORBIDDEN_PURPOSES, isRequired, KNOWN_PURPOSES, specAt, type PropertySpec, type ValueSpec } from '../format/spec';
import { endingBy } from '../parsing/children';
import { allCountries } from '../geo/countries';
import { geographyIds } from '../geo/geographies';
import { RULES, ruleById } from '../rules';
import { durationDays } from '../policy/durations';
import { retentionLimit } from '../policy/retention';
import type { Rule } from '../rule';
import { isSuppressible } from '../suppressions';
import { commentAt, type CommentToken } from './comments';
import { allowedValues, propertyEditions, propertyMarkdown, typeLabel } from './describe';
import { valueFacts } from './facts';
import { keysOf } from './tree';

const DIRECTIVES = ['privacy-lint-disable-next-line', 'privacy-lint-disable-file'] as const;
const TRIGGER_SUGGEST = { title: 'Suggest', command: 'editor.action.triggerSuggest' };

/**
 * Completion at a position: keys allowed at the cursor and not yet present (with a snippet
 * of the value), enum values, geography ids of the file's edition, country codes with
 * names, and rule ids inside a disable comment (the organization's `policies` too, SPEC section 10).
 */
export function doComplete(doc: ParsedDocument, position: Position, edition: Edition, policies: readonly Rule[] = []): CompletionList {
  const offset = doc.lines.offsetAt(position);
  const comment = commentAt(doc, offset);
  if (comment) return list(commentCompletions(doc, comment, offset, policies));
  if (!doc.root) return list([skeleton(doc, offset, edition)]);
  // Scanning starts at the innermost object or array around the cursor, not at the top of a large document.
  const container = innermostContainer(doc.root, offset);
  const token = tokenAt(doc.text, container?.offset ?? 0, offset);
  const location = locationAt(doc, container, offset);
  if (location.isAtPropertyKey) {
    const parentPath = location.path.slice(0, -1);
    const parent = parentPath.length ? findNodeAtLocation(doc.root, parentPath) : doc.root;
    return list(keyCompletions(doc, parentPath, parent, token, offset, edition));
  }
  const finished = findNodeAtLocation(doc.root, location.path);
  if (finished && !token && finished.parent?.type === 'property' && /[\r\n]/.test(doc.text.slice(finished.offset + finished.length, offset))) {
    // After a complete value with no comma yet (a new line after the last property): a key goes here.
    const parentPath = location.path.slice(0, -1);
    const comma = { range: doc.lines.rangeOf(finished.offset + finished.length, 0), newText: ',' };
    return list(keyCompletions(doc, parentPath, finished.parent.parent, token, offset, edition).map((item) => ({ ...item, additionalTextEdits: [comma] })));
  }
  return list(valueCompletions(doc, location.path, token, offset, edition));
}

function list(items: CompletionItem[]): CompletionList {
  return { isIncomplete: false, items };
}

interface Token {
  kind: SyntaxKind;
  offset: number;
  length: number;
}

/** The innermost object or array whose brackets enclose the offset. */
export function innermostContainer(root: Node | undefined, offset: number): Node | undefined {
  let found: Node | undefined;
  for (let node = root; node;) {
    if ((node.type === 'object' || node.type === 'array') && node.offset < offset && offset < node.offset + node.length) found = node;
    const children = node.children;
    if (!children) break;
    // The child whose span, its end included, holds the offset.
    const next: Node | undefined = children[endingBy(children, offset - 1)];
    node = next && next.offset <= offset ? next : undefined;
  }
  return found;
}

/**
 * jsonc-parser's getLocation, without reading a large document from the top when it has no
 * syntax error (its tree then is exactly what a scan from the top goes through). The scan
 * starts at the innermost object around the cursor, whose opening brace resets the state
 * getLocation keeps; inside an array, at the last object before the cursor, read as the first
 * element of an array of its own (the index is added back). Anything else: from the top.
 */
export function locationAt(doc: ParsedDocument, container: Node | undefined, offset: number): Location {
  const { text, root } = doc;
  if (doc.errors.length) return getLocation(text, offset);
  for (let node = container; node && node !== root; node = enclosingContainer(node)) {
    const end = node.offset + node.length;
    if (node.type === 'object') {
      const inner = getLocation(text.slice(node.offset, end), offset - node.offset);
      return { ...inner, path: [...getNodePath(node), ...inner.path] };
    }
    const elements = node.children ?? [];
    // The last element that ends before the cursor.
    const index = endingBy(elements, offset) - 1;
    const before = elements[index];
    if (before?.type === 'object') {
      const inner = getLocation(`[${text.slice(before.offset, end)}`, offset - before.offset + 1);
      if (typeof inner.path[0] === 'number') return { ...inner, path: [...getNodePath(node), inner.path[0] + index, ...inner.path.slice(1)] };
    }
  }
  return getLocation(text, offset);
}

/** The object or array holding a node (past the property that holds it). */
function enclosingContainer(node: Node): Node | undefined {
  const parent = node.parent;
  return parent?.type === 'property' ? parent.parent : parent;
}

/** The value-like token the cursor is in or at the end of (a string, number, keyword or bare word); `from` is a token start before it. */
export function tokenAt(text: string, from: number, offset: number): Token | undefined {
  const scanner = createScanner(text, false);
  scanner.setPosition(from);
  for (let kind = scanner.scan(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
    const start = scanner.getTokenOffset();
    if (start >= offset) return undefined;
    const end = start + scanner.getTokenLength();
    if (
      offset <= end &&
      [
        SyntaxKind.StringLiteral,
        SyntaxKind.NumericLiteral,
        SyntaxKind.TrueKeyword,
        SyntaxKind.FalseKeyword,
        SyntaxKind.NullKeyword,
        SyntaxKind.Unknown,
      ].includes(kind)
    ) {
      // A string left open runs to the end of the line: replace only what is typed before the cursor.
      const open = kind === SyntaxKind.StringLiteral && scanner.getTokenError() === ScanError.UnexpectedEndOfString;
      return { kind, offset: start, length: (open ? offset : end) - start };
    }
  }
  return undefined;
}

function replaceRange(doc: ParsedDocument, token: Token | undefined, offset: number): LspRange {
  return token ? doc.lines.rangeOf(token.offset, token.length) : doc.lines.rangeOf(offset, 0);
}

/** The next significant token after an offset. */
function nextToken(text: string, offset: number): SyntaxKind {
  const scanner = createScanner(text, true);
  scanner.setPosition(offset);
  return scanner.scan();
}

function keyCompletions(
  doc: ParsedDocument,
  parentPath: JSONPath,
  parent: Node | undefined,
  token: Token | undefined,
  offset: number,
  edition: Edition,
): CompletionItem[] {
  const spec = specAt(parentPath)?.value;
  if (spec?.type !== 'object') return [];
  const present = keysOf(parent);
  const typing = token?.kind === SyntaxKind.StringLiteral ? doc.text.substr(token.offset + 1, token.length - 2).replace(/"$/, '') : undefined;
  if (typing !== undefined) present.delete(typing);
  const range = replaceRange(doc, token, offset);
  const after = token ? token.offset + token.length : offset;
  const next = nextToken(doc.text, after);
  const withValue = next !== SyntaxKind.ColonToken;
  const comma = withValue && (next === SyntaxKind.StringLiteral || next === SyntaxKind.OpenBraceToken) ? ',' : '';
  return Object.entries(spec.properties)
    .filter(([key]) => !present.has(key) && propertyEditions([...parentPath, key]).includes(edition))
    .map(([key, property], index) => ({
      label: key,
      kind: CompletionItemKind.Property,
      detail: typeLabel(property.value),
      documentation: { kind: MarkupKind.Markdown, value: propertyMarkdown([...parentPath, key], property, edition) },
      filterText: `"${key}"`,
      sortText: `${isRequired(property, edition) ? 0 : 1}${String(index).padStart(3, '0')}`,
      insertTextFormat: InsertTextFormat.Snippet,
      textEdit: { range, newText: withValue ? `"${key}": ${valueSnippet(property.value, edition)}${comma}` : `"${key}"` },
      command: withValue && needsSuggest(property.value) ? TRIGGER_SUGGEST : undefined,
    }));
}

function needsSuggest(spec: ValueSpec): boolean {
  return spec.type === 'country';
}

function choice(values: readonly string[], quoted: boolean): string {
  const escaped = values.map((v) => v.replace(/[\\$}|,]/g, (c) => `\\${c}`)).join(',');
  return quoted ? `"\${1|${escaped}|}"` : `\${1|${escaped}|}`;
}

/** A snippet for a value of the given type. */
export function valueSnippet(spec: ValueSpec, edition: Edition): string {
  switch (spec.type) {
    case 'object':
      return '{\n\t$1\n}';
    case 'array':
      return '[$1]';
    case 'enum':
      return choice(spec.values, true);
    case 'edition':
      return choice(EDITIONS, true);
    case 'geography':
      return choice(geographyIds(edition), true);
    case 'boolean':
      return choice(['true', 'false'], false);
    case 'integer':
    case 'number':
      return `\${1:${spec.minimum}}`;
    case 'date':
      return '"${1:YYYY-MM-DD}"';
    case 'duration':
      return '"${1:P30D}"';
    case 'string':
    case 'country':
      return '"$1"';
  }
}

function valueCompletions(doc: ParsedDocument, path: JSONPath, token: Token | undefined, offset: number, edition: Edition): CompletionItem[] {
  const spec = specAt(path)?.value;
  if (!spec) return [];
  const range = replaceRange(doc, token, offset);
  const siblings = typeof path[path.length - 1] === 'number' ? siblingValues(doc, path) : new Set<unknown>();
  const item = (value: string | boolean, extra: Partial<CompletionItem>): CompletionItem => ({
    label: String(value),
    kind: CompletionItemKind.Value,
    filterText: JSON.stringify(value),
    textEdit: { range, newText: JSON.stringify(value) },
    ...extra,
  });
  switch (spec.type) {
    case 'boolean':
      return [true, false].map((v) => item(v, { kind: CompletionItemKind.Keyword }));
    case 'country':
      return allCountries().map((country, index) =>
        item(country.code, {
          detail: country.name,
          filterText: `"${country.code} ${country.name}"`,
          sortText: String(index).padStart(3, '0'),
          documentation: documentationOf(valueFacts({ type: 'string', value: country.code, offset: 0, length: 0 }, path, edition)),
        }),
      );
    case 'geography':
      return geographyIds(edition).map((id, index) =>
        item(id, {
          kind: CompletionItemKind.EnumMember,
          sortText: String(index).padStart(2, '0'),
          documentation: documentationOf(valueFacts({ type: 'string', value: id, offset: 0, length: 0 }, path, edition)),
        }),
      );
    case 'string':
      // processing.purposes: the format's known purposes (other strings are allowed).
      if (path.length === 3 && path[0] === 'processing' && path[1] === 'purposes') {
        return KNOWN_PURPOSES.filter((p) => !siblings.has(p) && !FORBIDDEN_PURPOSES.includes(p)).map((p) => item(p, { kind: CompletionItemKind.EnumMember }));
      }
      return [];
    case 'duration':
      return durationCompletions(path, edition, range);
    default: {
      const values = allowedValues(spec, edition);
      if (!values) return [];
      return values.filter((v) => !siblings.has(v)).map((v) => item(v, { kind: CompletionItemKind.EnumMember }));
    }
  }
}

/** Durations offered for a duration property, in both forms (days, ISO 8601). */
const DURATIONS: readonly (number | string)[] = ['P7D', 7, 'P30D', 30, 'P90D', 90, 'P6M', 180, 'P1Y', 365, 'P2Y', 730];

/**
 * Durations, each with its days and, in the detail, the limit of the file's edition (from
 * the rule that enforces it: RETENTION_LIMITS); within the limit first.
 */
function durationCompletions(path: JSONPath, edition: Edition, range: LspRange): CompletionItem[] {
  const limit = path.length === 2 && path[0] === 'retention' ? retentionLimit(String(path[1])) : undefined;
  const applies = limit !== undefined && !!ruleById(limit.rule)?.meta.editions.includes(edition);
  return DURATIONS.map((value, index) => {
    const days = durationDays(value)!;
    const within = !applies || days <= limit.maxDays;
    const verdict = !limit
      ? ''
      : !applies
        ? `: no limit in edition ${edition}`
        : within
          ? `: within the limit of ${limit.maxDays} days (${limit.rule}, edition ${edition})`
          : `: over the limit of ${limit.maxDays} days (${limit.rule}, edition ${edition})`;
    return {
      label: JSON.stringify(value),
      kind: CompletionItemKind.Value,
      detail: `${days} days${verdict}`,
      filterText: JSON.stringify(value),
      sortText: `${within ? 0 : 1}${String(index).padStart(2, '0')}`,
      textEdit: { range, newText: JSON.stringify(value) },
    };
  });
}

function documentationOf(facts: { detail: string }[]): CompletionItem['documentation'] {
  return facts.length ? { kind: MarkupKind.Markdown, value: facts.map((f) => f.detail).join('\n\n') } : undefined;
}

/** Values already in the array that holds the element at `path`, so a distinct array is not offered them again. */
function siblingValues(doc: ParsedDocument, path: JSONPath): Set<unknown> {
  const array = doc.root && findNodeAtLocation(doc.root, path.slice(0, -1));
  return new Set((array?.type === 'array' ? (array.children ?? []) : []).filter((n) => n.type === 'string').map((n) => n.value as string));
}

/** Inside a comment: the directive names after `//`, rule ids in a disable comment's list. */
function commentCompletions(doc: ParsedDocument, comment: CommentToken, offset: number, policies: readonly Rule[]): CompletionItem[] {
  const text = doc.text;
  const body = text.slice(comment.offset + 2, offset);
  const word = /[^\s,]*$/.exec(body)![0];
  const range = doc.lines.rangeOf(offset - word.length, word.length);
  const directive = /^\s*(privacy-lint-disable-(?:next-line|file))\s([^]*)$/.exec(body);
  if (!directive) {
    // Only once a word is typed: a space after `//` starts prose as often as a directive.
    if (!/^\s*[\w-]+$/.test(body)) return [];
    return DIRECTIVES.map((name) => ({
      label: name,
      kind: CompletionItemKind.Keyword,
      detail: name.endsWith('file') ? 'Disable rules in this file' : 'Disable rules on the next line',
      insertTextFormat: InsertTextFormat.Snippet,
      textEdit: { range, newText: `${name} \${1:rule} -- \${2:reason}` },
      command: TRIGGER_SUGGEST,
    }));
  }
  if (directive[2].includes('--')) return [];
  const listed = new Set(directive[2].split(/[\s,]+/).filter(Boolean));
  return [...RULES, ...policies]
    .map((r) => r.meta)
    .filter((meta) => isSuppressible(meta.id) && !listed.has(meta.id))
    .map((meta, index) => ({
      label: meta.id,
      kind: CompletionItemKind.Reference,
      detail: meta.summary,
      sortText: String(index).padStart(3, '0'),
      textEdit: { range, newText: meta.id },
    }));
}

/** For an empty document: a new configuration with every property the edition requires. */
function skeleton(doc: ParsedDocument, offset: number, edition: Edition): CompletionItem {
  let stop = 0;
  const render = (spec: ValueSpec, indent: string): string => {
    if (spec.type === 'array') return '[]';
    if (spec.type !== 'object') {
      const stopNumber = ++stop;
      return valueSnippet(spec, edition).replace(/\$(\{?)1/g, (_, brace: string) => `$${brace}${stopNumber}`);
    }
    const entries = Object.entries(spec.properties as Record<string, PropertySpec>)
      .filter(([, property]) => isRequired(property, edition) && !property.onlyIn)
      .map(([key, property]) => `${indent}\t"${key}": ${render(property.value, `${indent}\t`)}`);
    return entries.length ? `{\n${entries.join(',\n')}\n${indent}}` : '{}';
  };
  const body = render(CONFIG, '');
  return {
    label: 'New tenant privacy configuration',
    kind: CompletionItemKind.Snippet,
    detail: `Every property edition ${edition} requires`,
    insertTextFormat: InsertTextFormat.Snippet,
    textEdit: { range: doc.lines.rangeOf(offset, 0), newText: body.replace('{\n', `{\n\t"policyEdition": "${edition}",\n`) },
  };
}
