/** Two rows of the distance table, reused by every call (a lint may compare thousands of names). */
let previousRow = new Int32Array(64);
let currentRow = new Int32Array(64);

/** Levenshtein edit distance, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (b.length + 1 > previousRow.length) {
    previousRow = new Int32Array(b.length + 1);
    currentRow = new Int32Array(b.length + 1);
  }
  let previous = previousRow;
  let current = currentRow;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    const swap = previous;
    previous = current;
    current = swap;
  }
  return previous[b.length];
}

/** The candidates within `max` edits of `value` (optionally ignoring case), closest first. */
export function closeMatches(value: string, candidates: Iterable<string>, max = 2, ignoreCase = false): string[] {
  const probe = ignoreCase ? value.toLowerCase() : value;
  const found: { candidate: string; distance: number }[] = [];
  for (const candidate of candidates) {
    if (candidate === value) continue;
    const distance = editDistance(probe, ignoreCase ? candidate.toLowerCase() : candidate, max);
    if (distance <= max) found.push({ candidate, distance });
  }
  return found.sort((x, y) => x.distance - y.distance).map((f) => f.candidate);
}
