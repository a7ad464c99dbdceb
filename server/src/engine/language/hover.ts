import { findNodeAtOffset, type Node } from 'jsonc-parser';
import { MarkupKind, type Hover } from 'vscode-languageserver-types';
import type { ParsedDocument } from '../parse';
import type { Diagnostic, Edition, Position } from '../types';
import { specAt } from '../format/spec';
import { ruleById } from '../rules';
import type { Rule } from '../rule';
import { parseDirectives } from '../suppressions';
import { expiryMarkdown } from './comments';
import { propertyMarkdown, ruleMarkdown } from './describe';
import { valueFacts } from './facts';
import { isKey, pathOf } from './tree';

const SEPARATOR = '\n\n---\n\n';

/**
 * The hover at a position: on a key, the property (what it is, type, default, allowed
 * values, editions); on a value, what it means (country, days, latest deadline) and the
 * rule of each diagnostic on it; on a disable comment, the rules it names and, when its
 * reason ends with `; expires YYYY-MM-DD`, that date and whether it has passed.
 * `diagnostics` is the lint result of the same text (the language server's cache);
 * `today` (YYYY-MM-DD) is the request's date, from the front end (undefined: no comment has expired);
 * `policies` are the organization's policies it used (SPEC section 10), described like rules.
 */
export function doHover(
  doc: ParsedDocument,
  position: Position,
  edition: Edition,
  diagnostics: readonly Diagnostic[] = [],
  today: string | undefined = undefined,
  policies: readonly Rule[] = [],
): Hover | null {
  const metaOf = (id: string) => ruleById(id)?.meta ?? policies.find((policy) => policy.meta.id === id)?.meta;
  const offset = doc.lines.offsetAt(position);
  const directive = parseDirectives(doc, today).find((d) => offset >= d.comment.offset && offset < d.comment.offset + d.comment.length);
  if (directive) {
    const sections = directive.rules.map((rule) => {
      const meta = metaOf(rule.id);
      return meta ? ruleMarkdown(meta) : `**${rule.id}**: not a rule id.`;
    });
    const what = directive.kind === 'file' ? 'in this file' : 'on the next line';
    const until = directive.expires ? ` until ${directive.expires}` : '';
    const verb = directive.expired ? 'Disabled' : 'Disables';
    const head = `${verb} ${directive.rules.length ? directive.rules.map((r) => `\`${r.id}\``).join(', ') : 'no rule'} ${what}${until}.`;
    const expiry = directive.expires ? [expiryMarkdown(directive.expires, directive.expired, today)] : [];
    return markdown(doc, [[head, ...expiry].join('\n\n'), ...sections], directive.comment);
  }
  const node = doc.root && findNodeAtOffset(doc.root, offset, false);
  // Inside an object or array but on no value of it: only its opening bracket speaks for it.
  if (!node || ((node.type === 'object' || node.type === 'array') && offset !== node.offset)) return null;
  const sections: string[] = [];
  const path = pathOf(node);
  const spec = specAt(path);
  if (isKey(node)) {
    if (spec?.property) sections.push(propertyMarkdown(path, spec.property, edition));
  } else if (node.type !== 'object' && node.type !== 'array' && node.type !== 'property') {
    sections.push(...valueFacts(node, path, edition).map((f) => f.detail));
    if (spec?.property && !sections.length) sections.push(spec.property.description);
  }
  const seen = new Set<string>();
  for (const diagnostic of diagnostics) {
    if (diagnostic.suppression || !isOn(diagnostic, node) || seen.has(diagnostic.rule)) continue;
    const meta = metaOf(diagnostic.rule);
    if (!meta) continue;
    seen.add(diagnostic.rule);
    sections.push(ruleMarkdown(meta, diagnostic.severity));
  }
  return sections.length ? markdown(doc, sections, node) : null;
}

/** A diagnostic is on a node when it points at that node (or, for a missing property of the root, at its brace). */
function isOn(diagnostic: Diagnostic, node: Node): boolean {
  if (diagnostic.offset === node.offset && diagnostic.length === node.length) return true;
  return node.type === 'object' && !node.parent && diagnostic.offset === node.offset && diagnostic.length === 1;
}

function markdown(doc: ParsedDocument, sections: string[], at: { offset: number; length: number }): Hover {
  return {
    contents: { kind: MarkupKind.Markdown, value: sections.join(SEPARATOR) },
    range: doc.lines.rangeOf(at.offset, at.length),
  };
}
