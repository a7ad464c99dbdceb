/** Levenshtein edit distance, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    previous = current;
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
