import type { Node } from 'jsonc-parser';
import { InlayHintKind, MarkupKind, type InlayHint, type Range as LspRange } from 'vscode-languageserver-types';
import type { ParsedDocument } from '../parse';
import type { Edition, JSONPath } from '../types';
import { specAt } from '../format/spec';
import { valueFacts } from './facts';
import { properties } from './tree';

/**
 * Inlay hints: after a duration string its days, after `requestPeriodEnds` the latest
 * allowed deadline, after `signupCountry` its home geography in the file's edition.
 */
export function inlayHints(doc: ParsedDocument, edition: Edition, range?: LspRange): InlayHint[] {
  const hints: InlayHint[] = [];
  const start = range ? doc.lines.offsetAt(range.start) : 0;
  const end = range ? doc.lines.offsetAt(range.end) : doc.text.length;
  const visit = (node: Node, path: JSONPath): void => {
    if (node.offset > end || node.offset + node.length < start) return;
    if (node.type === 'object') {
      for (const { key, value } of properties(node)) {
        const childPath = [...path, key.value as string];
        if (value && specAt(childPath)) visit(value, childPath);
      }
      return;
    }
    if (node.type === 'array') {
      node.children?.forEach((child, index) => visit(child, [...path, index]));
      return;
    }
    for (const fact of valueFacts(node, path, edition)) {
      if (!fact.hint) continue;
      hints.push({
        position: doc.lines.positionAt(node.offset + node.length),
        label: fact.hint,
        kind: InlayHintKind.Type,
        paddingLeft: true,
        tooltip: { kind: MarkupKind.Markdown, value: fact.detail },
      });
    }
  };
  if (doc.root) visit(doc.root, []);
  return hints;
}
