/** Calendar dates `YYYY-MM-DD`, as the format uses them. */

export interface CalendarDate {
  year: number;
  month: number; // 1-12
  day: number; // 1-31
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1];
}

/** The date a string names, or undefined when it is not a real calendar date `YYYY-MM-DD`. */
export function parseDate(value: string): CalendarDate | undefined {
  const match = DATE.exec(value);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/** Whether the date can be written as `YYYY-MM-DD` (years 0000 to 9999). */
export function isWritable(date: CalendarDate): boolean {
  return date.year >= 0 && date.year <= 9999;
}

export function formatDate(date: CalendarDate): string {
  return `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

/** Adds calendar months; where the day does not exist, takes the last day of the month. */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** Migration: data moves can take up to 24 months after the request period ends. */
export const MIGRATION_MONTHS = 24;

/** The latest deadline the 2020-09 policy allows for a migration: the request period's end plus 24 months. */
export function latestAllowedDeadline(requestPeriodEnds: CalendarDate): CalendarDate {
  return addMonths(requestPeriodEnds, MIGRATION_MONTHS);
}
