import * as assert from 'assert';
import { applyEdits } from '../../server/src/engine';
import { clean, lintWith, settingsOf } from './helpers/organization';

describe('organization policy: rule options [SEVERITY, OPTIONS] (SPEC section 10)', () => {
  it("retention/audit-logs maxDays: reported and fixed with N, in the value's own form", () => {
    const settings = settingsOf({ rules: { 'retention/audit-logs': ['error', { maxDays: 180 }] } });
    const config = clean();
    config.retention.auditLogs = 'P1Y';
    const text = JSON.stringify(config, null, 2);
    const [found] = lintWith(text, settings, 'retention/audit-logs');
    assert.deepStrictEqual(found.path, ['retention', 'auditLogs']);
    assert.match(found.message, /kept 365 days; the policy allows at most 180 days/);
    assert.strictEqual(found.fixes[0].edits[0].newText, '"P180D"');
    config.retention.auditLogs = 365;
    const [numeric] = lintWith(config, settings, 'retention/audit-logs');
    assert.strictEqual(numeric.fixes[0].edits[0].newText, '180');
    config.retention.auditLogs = 180;
    assert.deepStrictEqual(lintWith(config, settings, 'retention/audit-logs'), [], 'N itself is allowed');
  });

  it('retention/telemetry maxDays (2018-05), and a missing value is inserted as N', () => {
    const settings = settingsOf({ rules: { 'retention/telemetry': ['warning', { maxDays: 7 }] } });
    const config = clean();
    config.policyEdition = '2018-05';
    config.residency.geography = 'europe';
    for (const store of config.stores) store.geography = 'europe';
    delete config.retention.telemetry;
    const text = JSON.stringify(config, null, 2);
    const [missing] = lintWith(text, settings, 'retention/telemetry');
    assert.strictEqual(missing.severity, 'warning');
    assert.match(applyEdits(text, missing.fixes[0].edits), /"telemetry": 7/);
    config.retention.telemetry = 'P8D';
    assert.match(lintWith(config, settings, 'retention/telemetry')[0].message, /kept 8 days; the policy allows at most 7 days/);
  });

  it('deletion/purge-window maxDays', () => {
    const settings = settingsOf({ rules: { 'deletion/purge-window': ['error', { maxDays: 14 }] } });
    const found = lintWith(clean(), settings, 'deletion/purge-window');
    assert.deepStrictEqual(
      found.map((d) => d.path),
      [
        ['deletion', 'active', 'purgeWithinDays'],
        ['deletion', 'passive', 'purgeWithinDays'],
      ],
    );
    assert.match(found[0].message, /within 14 days/);
    assert.strictEqual(found[0].fixes[0].edits[0].newText, '14');
  });

  it('processing/purpose forbidden: added to profiling and marketing, case ignored', () => {
    const settings = settingsOf({ rules: { 'processing/purpose': ['error', { forbidden: ['Analytics'] }] } });
    const config = clean();
    config.processing.purposes.push('ANALYTICS', 'marketing');
    const found = lintWith(config, settings, 'processing/purpose');
    assert.deepStrictEqual(
      found.map((d) => d.path),
      [
        ['processing', 'purposes', 3],
        ['processing', 'purposes', 4],
      ],
    );
    assert.match(found[0].message, /must not be used for analytics/);
  });

  it('without options the published limits hold (the same messages as before)', () => {
    const config = clean();
    config.retention.auditLogs = 400;
    assert.match(lintWith(config, {}, 'retention/audit-logs')[0].message, /at most one year \(365 days\)/);
  });
});
