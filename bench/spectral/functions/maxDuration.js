// A duration (whole days, or an ISO 8601 date duration such as "P1Y6M") at most `max` days.
// A year is 365 days, a month 30, a week 7 (SPEC section 2). Bad values are the schema's.
function days(value) {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const m = /^P(?:(\d+)W|(?=\d)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?)$/.exec(value);
  if (!m) return undefined;
  if (m[1] !== undefined) return 7 * Number(m[1]);
  return 365 * Number(m[2] ?? 0) + 30 * Number(m[3] ?? 0) + Number(m[4] ?? 0);
}

export default function maxDuration(input, options) {
  const d = days(input);
  if (d === undefined || d <= options.max) return [];
  return [{ message: `${JSON.stringify(input)} is ${d} days; at most ${options.max} days are allowed.` }];
}
