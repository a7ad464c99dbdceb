import { getNodePath, type Node } from 'jsonc-parser';
import type { JSONPath } from '../types';

/** The value of a property of an object node; the last occurrence counts, as in JSON.parse. */
export function propertyValue(object: Node | undefined, key: string): Node | undefined {
  let found: Node | undefined;
  if (object?.type !== 'object') return undefined;
  for (const property of object.children ?? []) {
    const [keyNode, value] = property.children ?? [];
    if (keyNode?.value === key) found = value;
  }
  return found;
}

/** Whether a string node is the key of a property. */
export function isKey(node: Node): boolean {
  return node.type === 'string' && node.parent?.type === 'property' && node.parent.children?.[0] === node;
}

/** The JSON path of a value node, or of the property a key node names. */
export function pathOf(node: Node): JSONPath {
  if (isKey(node)) {
    const object = node.parent!.parent;
    return [...(object ? getNodePath(object) : []), node.value as string];
  }
  return getNodePath(node);
}

/** The keys an object node holds. */
export function keysOf(object: Node | undefined): Set<string> {
  const keys = new Set<string>();
  for (const property of object?.type === 'object' ? (object.children ?? []) : []) {
    const key = property.children?.[0];
    if (key?.type === 'string') keys.add(key.value as string);
  }
  return keys;
}

/** The last occurrence of each property of an object node, in document order. */
export function properties(object: Node): { key: Node; value: Node | undefined; property: Node }[] {
  const last = new Map<string, Node>();
  for (const property of object.children ?? []) {
    const key = property.children?.[0];
    if (key) last.set(key.value as string, property);
  }
  return [...last.values()].sort((a, b) => a.offset - b.offset).map((property) => ({ key: property.children![0], value: property.children![1], property }));
}
