import type { Node } from 'jsonc-parser';

/**
 * A document's values as JSON.parse reads them, straight from the parse tree: an object's
 * properties with the last of duplicate keys counting, and a canonical form for equality.
 * Each is computed once per node; one instance serves one lint (every policy shares it), and
 * is dropped with it.
 */
export class JsonValues {
  private entriesOf: Map<Node, Map<string, Node>> | undefined;
  private canonicalForms: Map<Node, string> | undefined;

  /** An object's properties by key, the last of duplicate keys counting, in the order keys first appear. */
  entries(node: Node): Map<string, Node> {
    this.entriesOf ??= new Map();
    let entries = this.entriesOf.get(node);
    if (entries) return entries;
    entries = new Map();
    const properties = node.children ?? [];
    for (let i = 0; i < properties.length; i++) {
      const [key, value] = properties[i].children ?? [];
      if (key && value) entries.set(key.value as string, value);
    }
    this.entriesOf.set(node, entries);
    return entries;
  }

  /**
   * A string equal for two nodes exactly when their values are equal as JSON Schema compares
   * them (`const`, `enum`, `uniqueItems`): numbers by value (1 and 1.0 alike), objects whatever
   * the order of their keys.
   */
  canonical(node: Node): string {
    this.canonicalForms ??= new Map();
    let canonical = this.canonicalForms.get(node);
    if (canonical !== undefined) return canonical;
    switch (node.type) {
      case 'object': {
        const entries = [...this.entries(node)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        canonical = `{${entries.map(([key, value]) => `${JSON.stringify(key)}:${this.canonical(value)}`).join(',')}}`;
        break;
      }
      case 'array':
        canonical = `[${(node.children ?? []).map((child) => this.canonical(child)).join(',')}]`;
        break;
      case 'number': {
        const value = node.value as number;
        // JSON.stringify writes Infinity (from 1e400) as null; numbers stay apart from null.
        canonical = Number.isFinite(value) ? `#${value}` : `#${value > 0 ? 'inf' : '-inf'}`;
        break;
      }
      default:
        canonical = JSON.stringify(node.value ?? null);
    }
    this.canonicalForms.set(node, canonical);
    return canonical;
  }
}

/** The value of the last property named `key` of an object node (as JSON.parse keeps it), without building a map. */
export function lastValueOf(object: Node, key: string): Node | undefined {
  const properties = object.children;
  if (properties === undefined) return undefined;
  for (let i = properties.length - 1; i >= 0; i--) {
    const children = properties[i].children;
    if (children !== undefined && children.length > 1 && children[0].value === key) return children[1];
  }
  return undefined;
}
