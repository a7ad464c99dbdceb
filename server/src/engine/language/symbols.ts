import type { Node } from 'jsonc-parser';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import type { ParsedDocument } from '../parse';
import { properties, propertyValue } from './tree';

/**
 * The outline: every property as a symbol under its parent (tenant, residency and its
 * migration, retention, deletion scenarios, processing, ...), and each store named by its id.
 */
export function documentSymbols(doc: ParsedDocument): DocumentSymbol[] {
  return doc.root?.type === 'object' ? members(doc, doc.root, true) : [];
}

function members(doc: ParsedDocument, object: Node, top: boolean): DocumentSymbol[] {
  return properties(object).map(({ key, value, property }) => ({
    name: String(key.value) || '""',
    detail: value ? detailOf(value) : undefined,
    kind: value ? kindOf(value, top) : SymbolKind.Property,
    range: doc.lines.rangeOf(property.offset, property.length),
    selectionRange: doc.lines.rangeOf(key.offset, key.length),
    children: value ? childrenOf(doc, value) : undefined,
  }));
}

function childrenOf(doc: ParsedDocument, value: Node): DocumentSymbol[] | undefined {
  if (value.type === 'object') return members(doc, value, false);
  if (value.type !== 'array' || !value.children?.some((c) => c.type === 'object')) return undefined;
  return value.children.map((element, index) => {
    const id = propertyValue(element, 'id');
    const named = id?.type === 'string' && id.value !== '';
    return {
      // A store is named by its id.
      name: named ? (id.value as string) : `[${index}]`,
      detail:
        element.type === 'object'
          ? [propertyValue(element, 'kind'), propertyValue(element, 'geography')]
              .filter((n) => n?.type === 'string')
              .map((n) => n!.value as string)
              .join(' · ')
          : detailOf(element),
      kind: element.type === 'object' ? SymbolKind.Struct : kindOf(element, false),
      range: doc.lines.rangeOf(element.offset, element.length),
      selectionRange: named ? doc.lines.rangeOf(id.offset, id.length) : doc.lines.rangeOf(element.offset, element.type === 'object' ? 1 : element.length),
      children: childrenOf(doc, element),
    };
  });
}

function kindOf(node: Node, top: boolean): SymbolKind {
  switch (node.type) {
    case 'object':
      return top ? SymbolKind.Module : SymbolKind.Object;
    case 'array':
      return SymbolKind.Array;
    case 'string':
      return SymbolKind.String;
    case 'number':
      return SymbolKind.Number;
    case 'boolean':
      return SymbolKind.Boolean;
    default:
      return SymbolKind.Null;
  }
}

function detailOf(node: Node): string | undefined {
  switch (node.type) {
    case 'string':
    case 'number':
    case 'boolean':
      return JSON.stringify(node.value);
    case 'null':
      return 'null';
    case 'array':
      return `${node.children?.length ?? 0} item${node.children?.length === 1 ? '' : 's'}`;
    default:
      return undefined;
  }
}
