/** Durations: whole days, or ISO 8601 date durations, compared in days. */
import * as assert from 'assert';
import { durationDays, durationLike, durationStringDays } from '../../../server/src/engine/policy/durations';

describe('policy/durations', () => {
  const days: [string, number | undefined][] = [
    ['P30D', 30],
    ['P1Y', 365],
    ['P12M', 360],
    ['P1Y6M', 545],
    ['P1Y2M3D', 428],
    ['P4W', 28],
    ['P0D', 0],
    ['P', undefined],
    ['P1W2D', undefined],
    ['P1D1Y', undefined],
    ['30', undefined],
    ['p30d', undefined],
    ['xP4W', undefined],
    ['P4Wx', undefined],
    ['xP30D', undefined],
    ['P30Dx', undefined],
    [' P30D', undefined],
    ['PT1H', undefined],
  ];
  for (const [text, expected] of days) {
    it(`${JSON.stringify(text)} is ${expected === undefined ? 'not a duration' : `${expected} days`}`, () => {
      assert.strictEqual(durationStringDays(text), expected);
      assert.strictEqual(durationDays(text), expected);
    });
  }

  it('a number of days: whole and not negative', () => {
    assert.strictEqual(durationDays(30), 30);
    assert.strictEqual(durationDays(0), 0);
    assert.strictEqual(durationDays(-1), undefined);
    assert.strictEqual(durationDays(1.5), undefined);
  });

  it('other JSON values are not durations (not even an array whose text would be one)', () => {
    for (const value of [['P30D'], [30], true, null, { P: 1 }, undefined]) {
      assert.strictEqual(durationDays(value), undefined, JSON.stringify(value));
    }
  });

  it('durationLike keeps the form of the value it replaces', () => {
    assert.strictEqual(durationLike(400, 365, 'P1Y'), 365);
    assert.strictEqual(durationLike('P2Y', 365, 'P1Y'), 'P1Y');
  });
});
