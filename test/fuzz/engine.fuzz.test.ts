/**
 * The engine's property tests at a fixed seed, inside `npm test`. The long run
 * with any seed and count is `npm run fuzz -- --count 100000`; see scripts/fuzz.ts.
 * A failure prints the shrunk (and minimised) input with its seed and path; keep it as a
 * regression test in test/regressions/.
 */
import * as assert from 'assert';
import { formatFinding, formatStats, PROPERTIES, runProperty } from './runner';

/** Fixed, so that CI runs are reproducible. */
export const CI_SEED = 20260515;

/** Cases per property: 10,000 in all (at least 5,000 are required); about 20 s on 2 cores. */
export const CI_COUNTS: Readonly<Record<string, number>> = {
  'any-input': 3000,
  'token-soup': 2000,
  'valid-config': 1000,
  'member-order': 1500,
  fixes: 2500,
};

describe(`fuzz: engine properties (seed ${CI_SEED})`, function () {
  this.timeout(180_000);

  it('runs at least 5,000 cases in all', () => {
    const total = PROPERTIES.reduce((n, p) => n + (CI_COUNTS[p.name] ?? 0), 0);
    assert.ok(total >= 5000, `only ${total} cases`);
    for (const p of PROPERTIES) assert.ok(CI_COUNTS[p.name] > 0, `no cases for ${p.name}`);
  });

  for (const def of PROPERTIES) {
    it(`${def.name}: ${def.description} (${CI_COUNTS[def.name]} cases)`, function () {
      const report = runProperty(def, { seed: CI_SEED, numRuns: CI_COUNTS[def.name], maxShrink: 3, minimizeBudget: 600 });
      if (process.env.FUZZ_VERBOSE) console.log(formatStats(report));
      if (report.findings.length) {
        assert.fail(`${formatStats(report)}\n\n${report.findings.map(formatFinding).join('\n\n')}`);
      }
    });
  }
});
