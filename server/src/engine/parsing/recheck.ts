import type { Node } from 'jsonc-parser';
import { Checked, Walker, type Finding, type FormatAnalysis } from '../format/check';
import type { Edition } from '../types';

/**
 * The format analysis of a new version of a document, from the last version's: after an
 * incremental parse (incremental.ts) replaced a value, or a run of an array's elements, only
 * what is inside the new nodes is checked again (format/check.ts `Walker`); the rest of the
 * checked tree and its findings are kept. Speed only: the result is the analysis a whole
 * `checkFormat` of the new tree gives (test/unit/parsing/incremental.test.ts compares them on
 * generated edits), and every function here gives up (undefined: the caller checks the whole
 * tree) when it cannot be sure of that.
 */

/**
 * The analysis after the value node `replaced` was replaced by `by` in the tree (an edit inside
 * it, incremental.ts): the values checked inside it are checked again, the rest is kept. The
 * same analysis a whole walk of the new tree gives; `analysis` is spent. Undefined when it
 * cannot be done (the caller walks the whole tree).
 */
export function recheck(analysis: FormatAnalysis, replaced: Node, by: Node, edition: Edition): FormatAnalysis | undefined {
  const root = analysis.root;
  const property = by.parent;
  // Stryker disable next-line ConditionalExpression,StringLiteral: taking the property node itself as the container finds the same object: `checkedOf` passes over property nodes
  const container = property?.type === 'property' ? property.parent : property;
  if (!root || !property || !container) return undefined;
  if (container.type === 'array') return recheckElements(analysis, container, [replaced], [by], edition);
  const holder = checkedOf(root, container);
  if (holder === undefined) return undefined;
  // Not checked, or not a valid object (only a valid object has a shape, and its children with it): no finding refers to what it holds.
  if (holder === null || !holder.shape) return analysis;
  const shape = holder.shape;
  // Stryker disable next-line UnaryOperator: the parser gives every property its key, a known key has an index; an unknown key's index -1 or +1 finds another property's checked value (or none), whose node is never `replaced`: the same "not checked" below
  const index = shape.index.get(property.children?.[0]?.value as string) ?? -1;
  // Stryker disable next-line ConditionalExpression: `children[-1]` is undefined too
  const target = index < 0 ? undefined : holder.children![index];
  // Not checked (the value of an unknown property, or of an earlier duplicate of a key): no finding refers to it.
  if (!target || target.node !== replaced) return analysis;
  const spec = shape.specs[index];
  return replaceChecked(
    analysis,
    [replaced],
    by,
    (walker) => {
      holder.children![index] =
        spec.onlyIn && !spec.onlyIn.includes(edition) ? new Checked(by, false, holder, target.segment) : walker.value(spec.value, by, holder, target.segment);
    },
    edition,
  );
}

/**
 * The analysis after the elements `replaced` of an array (consecutive) were replaced by `by`,
 * maybe more or fewer (an edit between two stores, incremental.ts): the new elements are
 * checked, the elements after them keep their checked values and take their new indices (paths
 * and messages are computed when read). `analysis` is spent; undefined when it cannot be done.
 */
export function recheckElements(
  analysis: FormatAnalysis,
  array: Node,
  replaced: readonly Node[],
  by: readonly Node[],
  edition: Edition,
): FormatAnalysis | undefined {
  const root = analysis.root;
  if (!root || !replaced.length || !by.length) return undefined;
  const holder = checkedOf(root, array);
  if (holder === undefined) return undefined;
  // Not checked, or not valid (then it has no children: nothing inside it was checked): no finding refers to its elements.
  if (holder === null || !holder.children) return analysis;
  const spec = holder.spec;
  // Stryker disable next-line OptionalChaining: every valid object and array has its spec (Walker.value sets it)
  if (spec?.type !== 'array' || spec.distinct) return undefined;
  const items = holder.children as Checked[];
  // Stryker disable next-line UnaryOperator: with no element found, the check below compares `items[first]` with `replaced[0]` and gives up either way
  let first = -1;
  for (let i = 0; i < items.length; i++) if (items[i].node === replaced[0]) first = i;
  // Stryker disable next-line ConditionalExpression: the same: `items[-1]` is undefined, never `replaced[0]`
  if (first < 0) return undefined;
  for (let t = 0; t < replaced.length; t++) if (items[first + t]?.node !== replaced[t]) return undefined;
  return replaceChecked(
    analysis,
    replaced,
    by[by.length - 1],
    (walker) => {
      items.splice(first, replaced.length, ...by.map((node, t) => walker.value(spec.items, node, holder, first + t)));
      const shift = by.length - replaced.length;
      // Stryker disable next-line ConditionalExpression: a shift of 0 adds 0 to each index
      if (shift) for (let i = first + by.length; i < items.length; i++) items[i].segment = (items[i].segment as number) + shift;
    },
    edition,
  );
}

/**
 * The findings about anything inside the nodes `gone` go; `check` puts the new checked values
 * in place, and its findings come where the old ones were (or before the first finding after
 * `last`, the last new node, when there were none).
 */
function replaceChecked(analysis: FormatAnalysis, gone: readonly Node[], last: Node, check: (walker: Walker) => void, edition: Edition): FormatAnalysis {
  const removed = new Set(gone);
  const inside = (node: Node | undefined) => {
    for (let at = node; at; at = at.parent) if (removed.has(at)) return true;
    return false;
  };
  const findings: Finding[] = [];
  let at = -1;
  for (const finding of analysis.findings) {
    if (!inside(anchorOf(finding))) {
      findings.push(finding);
      continue;
    }
    // Stryker disable next-line ConditionalExpression,EqualityOperator: the findings about the replaced nodes are consecutive (one subtree, or consecutive elements, walked together) and none is kept: `findings.length` is the same at each of them
    if (at < 0) at = findings.length;
  }
  const fresh: Finding[] = [];
  check(new Walker(edition, fresh));
  findings.splice(at < 0 ? insertionPoint(findings, last) : at, 0, ...fresh);
  return { root: analysis.root, findings };
}

/** The checked value of a value node, null when the walk did not check it, undefined when the node is not in the analysed tree. */
function checkedOf(root: Checked, node: Node): Checked | null | undefined {
  const chain: Node[] = [];
  for (let at: Node | undefined = node; at; at = at.parent) chain.push(at);
  chain.reverse();
  if (chain[0] !== root.node) return undefined;
  let current = root;
  for (let i = 1; i < chain.length; i++) {
    const at = chain[i];
    if (at.type === 'property') continue;
    // A value that is not valid has no children: nothing inside it was checked.
    if (!current.children) return null;
    const via = chain[i - 1];
    // Stryker disable next-line OptionalChaining,UnaryOperator: a value with children reached through a property is a valid object, which has its shape, and the parser gives every property its key and every array its children; an index -1 or +1 finds another checked value (or none), whose node is never `at`: the same "not checked" below
    const index = via.type === 'property' ? (current.shape?.index.get(via.children?.[0]?.value as string) ?? -1) : (via.children?.indexOf(at) ?? -1);
    // Stryker disable next-line ConditionalExpression: `children[-1]` is undefined too
    const next = index < 0 ? undefined : current.children[index];
    // Not checked: inside an unknown property, an earlier duplicate of a key, an invalid value.
    if (!next || next.node !== at) return null;
    current = next;
  }
  return current;
}

/** The node a finding is about. */
function anchorOf(finding: Finding): Node {
  switch (finding.kind) {
    case 'unknown-property':
    case 'duplicate-key':
      return finding.keyNode;
    case 'missing':
      return finding.parent.node;
    default:
      return finding.target.node;
  }
}

/** Where the findings of a value checked again go when it had none: before the first finding after it. */
function insertionPoint(findings: readonly Finding[], node: Node): number {
  const end = node.offset + node.length;
  for (let i = 0; i < findings.length; i++) {
    // Stryker disable next-line EqualityOperator: no other finding's node starts exactly where the value checked again ends (a comma, a bracket or a space is there), and lint sorts its diagnostics
    if (anchorOf(findings[i]).offset >= end) return i;
  }
  return findings.length;
}
