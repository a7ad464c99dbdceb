import * as assert from 'assert';
import { areaOf, RULES } from '../../../server/src/engine/rules';

describe('rule registry', () => {
  it("a rule id's area is what comes before its slash; a one-word id has none", () => {
    assert.strictEqual(areaOf('suppression/unused'), 'suppression');
    assert.strictEqual(areaOf('contoso/eu-only'), 'contoso');
    assert.strictEqual(areaOf('syntax'), undefined);
    assert.strictEqual(areaOf('suppressions'), undefined);
    // Every built-in id but `syntax` has an area, the part of its id before the slash.
    for (const rule of RULES) assert.strictEqual(areaOf(rule.meta.id), rule.meta.id === 'syntax' ? undefined : rule.meta.id.split('/')[0], rule.meta.id);
  });
});
