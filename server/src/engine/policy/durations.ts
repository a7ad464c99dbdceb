/**
 * Durations: a whole number of days, or an ISO 8601 date duration such as "P30D",
 * "P4W", "P12M", "P1Y6M" (Y, M, D in that order, at least one; or W alone; no time part).
 * Compared in days: a year is 365 days, a month 30, a week 7.
 */

const DATE_DURATION = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?$/;
const WEEK_DURATION = /^P(\d+)W$/;

export const DAYS_PER_YEAR = 365;
export const DAYS_PER_MONTH = 30;
export const DAYS_PER_WEEK = 7;

/** The length in days of a duration string, or undefined when it is not one. */
export function durationStringDays(value: string): number | undefined {
  const week = WEEK_DURATION.exec(value);
  if (week) return Number(week[1]) * DAYS_PER_WEEK;
  const parts = DATE_DURATION.exec(value);
  if (!parts || (parts[1] === undefined && parts[2] === undefined && parts[3] === undefined)) return undefined;
  return Number(parts[1] ?? 0) * DAYS_PER_YEAR + Number(parts[2] ?? 0) * DAYS_PER_MONTH + Number(parts[3] ?? 0);
}

/** The length in days of a duration value (number or string), or undefined when it is not a duration. */
export function durationDays(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 ? value : undefined;
  if (typeof value === 'string') return durationStringDays(value);
  return undefined;
}

/** A duration of `days` days in the same form as `like`: a number stays a number, a string becomes ISO. */
export function durationLike(like: unknown, days: number, isoForm: string): number | string {
  return typeof like === 'string' ? isoForm : days;
}
