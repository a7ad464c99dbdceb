import * as assert from 'assert';
import type { Node } from 'jsonc-parser';

/** Every node of `actual` equal to its counterpart in `expected`, parents included; the nodes in document order. */
export function assertSameTree(
  actual: Node,
  expected: Node,
  actualParent: Node | undefined,
  expectedParent: Node | undefined,
  nodes: [Node, Node][],
  where = '$',
): void {
  const fields = (n: Node) => ({ type: n.type, offset: n.offset, length: n.length, colonOffset: n.colonOffset, hasChildren: Array.isArray(n.children) });
  assert.deepStrictEqual(fields(actual), fields(expected), `node at ${where}`);
  // Object.is: -0 is not 0.
  assert.ok(Object.is(actual.value, expected.value), `value at ${where}: ${String(actual.value)} vs ${String(expected.value)}`);
  assert.strictEqual(actual.parent, actualParent, `parent of ${where}`);
  assert.strictEqual(expected.parent, expectedParent, `parent of ${where} (jsonc-parser)`);
  nodes.push([actual, expected]);
  if (expected.children) {
    assert.strictEqual(actual.children!.length, expected.children.length, `children of ${where}`);
    for (let i = 0; i < expected.children.length; i++) assertSameTree(actual.children![i], expected.children[i], actual, expected, nodes, `${where}/${i}`);
  }
}
