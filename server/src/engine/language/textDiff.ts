/** Minimal edits between two texts, so that applying a whole-file result keeps cursors, folds and undo steps. */

export interface OffsetEdit {
  offset: number;
  length: number;
  newText: string;
}

/** Above this many line pairs the diff falls back to one edit of the changed middle. */
const MAX_DIFF_CELLS = 4_000_000;

function splitLines(text: string): string[] {
  return text.match(/[^\r\n]*(\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
}

/**
 * Line-based LCS diff of `before` and `after`, each changed block then trimmed to the
 * characters that differ. Edits are offsets into `before`, in order, not overlapping.
 */
export function textEdits(before: string, after: string): OffsetEdit[] {
  if (before === after) return [];
  const a = splitLines(before);
  const b = splitLines(after);
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  const am = a.slice(prefix, a.length - suffix);
  const bm = b.slice(prefix, b.length - suffix);
  const starts: number[] = [0];
  for (const line of a) starts.push(starts[starts.length - 1] + line.length);
  const blocks: { a0: number; a1: number; b0: number; b1: number }[] = [];
  if ((am.length + 1) * (bm.length + 1) > MAX_DIFF_CELLS) {
    blocks.push({ a0: 0, a1: am.length, b0: 0, b1: bm.length });
  } else {
    // lcs[i][j]: the longest common subsequence of am[i..] and bm[j..].
    const lcs = Array.from({ length: am.length + 1 }, () => new Uint32Array(bm.length + 1));
    for (let i = am.length - 1; i >= 0; i--) {
      for (let j = bm.length - 1; j >= 0; j--) {
        lcs[i][j] = am[i] === bm[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    let i = 0;
    let j = 0;
    let open: { a0: number; b0: number } | undefined;
    while (i < am.length || j < bm.length) {
      if (i < am.length && j < bm.length && am[i] === bm[j]) {
        if (open) blocks.push({ ...open, a1: i, b1: j });
        open = undefined;
        i++;
        j++;
        continue;
      }
      open ??= { a0: i, b0: j };
      if (j < bm.length && (i === am.length || lcs[i][j + 1] >= lcs[i + 1][j])) j++;
      else i++;
    }
    if (open) blocks.push({ ...open, a1: am.length, b1: bm.length });
  }
  return blocks.map(({ a0, a1, b0, b1 }) => {
    const offset = starts[prefix + a0];
    const oldText = am.slice(a0, a1).join('');
    const newText = bm.slice(b0, b1).join('');
    return trim(offset, oldText, newText);
  });
}

/** Narrows a replacement to the characters that differ. */
function trim(offset: number, oldText: string, newText: string): OffsetEdit {
  let start = 0;
  while (start < oldText.length && start < newText.length && oldText[start] === newText[start]) start++;
  let end = 0;
  while (end < oldText.length - start && end < newText.length - start && oldText[oldText.length - 1 - end] === newText[newText.length - 1 - end]) end++;
  // Never split a CRLF line end or a surrogate pair.
  if (start > 0 && (isSplit(oldText, start) || isSplit(newText, start))) start--;
  if (end > 0 && (isSplit(oldText, oldText.length - end) || isSplit(newText, newText.length - end))) end--;
  return { offset: offset + start, length: oldText.length - start - end, newText: newText.slice(start, newText.length - end) };
}

/** Whether a cut at `index` falls inside a `\r\n` pair or a surrogate pair. */
function isSplit(text: string, index: number): boolean {
  if (index <= 0 || index >= text.length) return false;
  const before = text.charCodeAt(index - 1);
  const after = text.charCodeAt(index);
  return (before === 13 && after === 10) || (before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff);
}
