import type { Node } from 'jsonc-parser';

/**
 * Binary searches among a node's children, which are in document order and do not overlap
 * (so their starts and their ends both grow): the incremental parser and completion find
 * their place in a list of thousands of stores without a scan.
 */

/** How many of the children end at or before `offset`. */
export function endingBy(children: readonly Node[], offset: number): number {
  let lo = 0;
  let hi = children.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (children[mid].offset + children[mid].length <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many of the children start before `offset`. */
export function startingBefore(children: readonly Node[], offset: number): number {
  let lo = 0;
  let hi = children.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (children[mid].offset < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
