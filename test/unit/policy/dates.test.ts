/**
 * Calendar dates (`YYYY-MM-DD`): the edges a migration deadline depends on. Days and months
 * `00`, century years (1900 and 2100 are not leap years, 2000 is), text around the date, the
 * years a date can be written in, and month ends when adding months.
 */
import * as assert from 'assert';
import {
  addMonths,
  compareDates,
  daysInMonth,
  formatDate,
  isLeapYear,
  isWritable,
  latestAllowedDeadline,
  parseDate,
} from '../../../server/src/engine/policy/dates';

describe('policy/dates', () => {
  describe('isLeapYear', () => {
    const cases: [number, boolean][] = [
      [2024, true],
      [2023, false],
      [2026, false],
      [1900, false],
      [2100, false],
      [2000, true],
      [2400, true],
      [1600, true],
    ];
    for (const [year, leap] of cases) {
      it(`${year} is ${leap ? '' : 'not '}a leap year`, () => assert.strictEqual(isLeapYear(year), leap));
    }
  });

  describe('daysInMonth', () => {
    it('February has 29 days in a leap year, 28 in a common and a century year', () => {
      assert.deepStrictEqual(
        [2024, 2023, 1900, 2000, 2100].map((y) => daysInMonth(y, 2)),
        [29, 28, 28, 29, 28],
      );
    });
    it('the other months', () => {
      assert.deepStrictEqual(
        [1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2024, m)),
        [31, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31],
      );
    });
  });

  describe('parseDate', () => {
    const valid: [string, [number, number, number]][] = [
      ['2026-01-01', [2026, 1, 1]],
      ['2026-12-31', [2026, 12, 31]],
      ['2024-02-29', [2024, 2, 29]],
      ['2000-02-29', [2000, 2, 29]],
      ['0000-01-01', [0, 1, 1]],
      ['9999-12-31', [9999, 12, 31]],
    ];
    for (const [text, [year, month, day]] of valid) {
      it(`${text} is a date`, () => assert.deepStrictEqual(parseDate(text), { year, month, day }));
    }
    const invalid: [string, string][] = [
      ['2026-00-10', 'month 00'],
      ['2026-13-01', 'month 13'],
      ['2026-01-00', 'day 00'],
      ['2026-01-32', 'day 32'],
      ['2026-04-31', 'April 31'],
      ['2023-02-29', 'February 29 in a common year'],
      ['1900-02-29', 'February 29 in 1900 (a century year)'],
      ['2100-02-29', 'February 29 in 2100 (a century year)'],
      ['2026-02-30', 'February 30'],
      ['x2026-01-01', 'text before the date'],
      ['2026-01-01x', 'text after the date'],
      [' 2026-01-01', 'a space before the date'],
      ['2026-01-01 ', 'a space after the date'],
      ['2026-1-01', 'a one-digit month'],
      ['26-01-01', 'a two-digit year'],
      ['2026/01/01', 'slashes'],
      ['', 'the empty string'],
    ];
    for (const [text, what] of invalid) {
      it(`${JSON.stringify(text)} is not a date (${what})`, () => assert.strictEqual(parseDate(text), undefined));
    }
  });

  describe('isWritable: years 0000 to 9999', () => {
    const cases: [number, boolean][] = [
      [0, true],
      [-1, false],
      [9999, true],
      [10000, false],
      [2026, true],
    ];
    for (const [year, writable] of cases) {
      it(`year ${year}: ${writable}`, () => assert.strictEqual(isWritable({ year, month: 1, day: 1 }), writable));
    }
  });

  describe('formatDate', () => {
    it('pads year, month and day with zeros', () => {
      assert.strictEqual(formatDate({ year: 5, month: 3, day: 7 }), '0005-03-07');
      assert.strictEqual(formatDate({ year: 2026, month: 12, day: 31 }), '2026-12-31');
    });
  });

  describe('addMonths', () => {
    const cases: [string, number, string][] = [
      ['2026-01-15', 1, '2026-02-15'],
      ['2026-01-31', 1, '2026-02-28'],
      ['2024-01-31', 1, '2024-02-29'],
      ['2026-11-30', 3, '2027-02-28'],
      ['2026-12-31', 12, '2027-12-31'],
      ['2026-03-31', -1, '2026-02-28'],
      ['2026-01-10', -1, '2025-12-10'],
    ];
    for (const [from, months, to] of cases) {
      it(`${from} + ${months} months = ${to}`, () => assert.strictEqual(formatDate(addMonths(parseDate(from)!, months)), to));
    }
  });

  describe('compareDates', () => {
    it('orders by year, then month, then day', () => {
      const d = (s: string) => parseDate(s)!;
      assert.ok(compareDates(d('2025-12-31'), d('2026-01-01')) < 0);
      assert.ok(compareDates(d('2026-02-01'), d('2026-01-31')) > 0);
      assert.ok(compareDates(d('2026-01-02'), d('2026-01-01')) > 0);
      assert.ok(compareDates(d('2026-01-01'), d('2026-01-02')) < 0);
      assert.strictEqual(compareDates(d('2026-01-01'), d('2026-01-01')), 0);
    });
  });

  describe('latestAllowedDeadline: 24 months after the request period ends', () => {
    const cases: [string, string][] = [
      ['2026-06-30', '2028-06-30'],
      ['2024-02-29', '2026-02-28'],
      ['2026-02-28', '2028-02-28'],
      ['2098-02-28', '2100-02-28'],
    ];
    for (const [ends, latest] of cases) {
      it(`${ends} -> ${latest}`, () => assert.strictEqual(formatDate(latestAllowedDeadline(parseDate(ends)!)), latest));
    }
  });
});
