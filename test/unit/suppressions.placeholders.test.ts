import * as assert from 'assert';
import { isPlaceholderReason } from '../../server/src/engine/suppressions';

/** The stand-ins a disable comment's reason may not be (SPEC section 4, suppression/reason). */
const PLACEHOLDERS = ['reason', 'todo', 'tbd', 'fixme', 'xxx', '...', '\u2026', '-', '?', 'n/a', 'none', 'placeholder'];

describe('suppressions: placeholder reasons', () => {
  it('each stand-in is a placeholder, in any case, with spaces around it or an expiry after it', () => {
    for (const reason of PLACEHOLDERS) {
      assert.strictEqual(isPlaceholderReason(reason), true, reason);
      assert.strictEqual(isPlaceholderReason(` ${reason.toUpperCase()} `), true, `${reason} upper case`);
      assert.strictEqual(isPlaceholderReason(`${reason}; expires 2030-01-31`), true, `${reason} with an expiry`);
    }
    assert.strictEqual(isPlaceholderReason(''), true);
    assert.strictEqual(isPlaceholderReason('<reason>'), true);
  });

  it('a reason that only contains a stand-in is a reason', () => {
    for (const reason of ['none of our tenants use it', 'todo: ticket PRIV-12 signed off', 'n/a for the test tenant', 'why? the legal team said so', 'x']) {
      assert.strictEqual(isPlaceholderReason(reason), false, reason);
    }
  });
});
