import * as assert from 'assert';
import { existsSync, readdirSync, statSync } from 'fs';
import { join, posix } from 'path';

/**
 * A source file's unit test is found at the mirrored path (CONTRIBUTING.md, "How tests are
 * organized"): `test/unit/X/name[.topic].test.ts` tests `server/src/engine/X/name.ts`, and
 * `test/unit/{cli,lsp,shared,action}/...` tests `server/src/{cli,lsp,shared,action}/...`.
 * Tests of a concern that spans many sources keep a descriptive name and are listed here.
 */
const root = join(__dirname, '..', '..', '..');
const UNIT = 'test/unit';

/** Front ends and shared code have their own folder under server/src; the rest is the engine. */
const OUTSIDE_ENGINE = new Set(['cli', 'lsp', 'shared', 'action']);

/** Cross-cutting tests: what each is about, as it names no single source. */
const CROSS_CUTTING: Record<string, string> = {
  'architecture.test.ts': 'the import rules between engine, front ends and shared code',
  'testLayout.test.ts': 'this layout itself',
  'rules/baseline.test.ts': 'the clean configs every rule table starts from',
  'rules/hostile.test.ts': 'the findings of every rule on hostile shapes',
  'rules/messageCoverage.test.ts': 'that every rule message and fix title is asserted somewhere',
  'language/editorActions.test.ts': 'code actions, document links and completion together',
  'language/features.test.ts': 'inlay hints, symbols, folding and formatting together',
  'organization/examples.test.ts': 'the worked examples of docs/organization-policy.md',
};
/** One messages table per rule area: every message and fix title of that area's rules. */
const MESSAGES_TABLE = /^rules\/[a-z]+\/messages\.test\.ts$/;

function unitTests(dir = ''): string[] {
  const found: string[] = [];
  for (const name of readdirSync(join(root, UNIT, dir))) {
    const rel = dir ? `${dir}/${name}` : name;
    if (statSync(join(root, UNIT, rel)).isDirectory()) found.push(...unitTests(rel));
    else if (name.endsWith('.test.ts')) found.push(rel);
  }
  return found;
}

/** The source a unit test at `rel` (relative to test/unit) mirrors, as candidate paths. */
export function mirroredSources(rel: string): string[] {
  const dir = posix.dirname(rel);
  const base = posix.basename(rel).split('.')[0];
  const first = rel.split('/')[0];
  const sourceDir = OUTSIDE_ENGINE.has(first) ? posix.join('server/src', dir) : posix.join('server/src/engine', dir);
  return [posix.join(sourceDir, `${base}.ts`), posix.join(sourceDir, base, 'index.ts')];
}

describe('test layout: unit tests mirror source paths', () => {
  it('maps a test path to its source path', () => {
    assert.deepStrictEqual(mirroredSources('rules/tenant/countryCode.test.ts'), [
      'server/src/engine/rules/tenant/countryCode.ts',
      'server/src/engine/rules/tenant/countryCode/index.ts',
    ]);
    assert.deepStrictEqual(mirroredSources('format/check.survivors.test.ts')[0], 'server/src/engine/format/check.ts');
    assert.deepStrictEqual(mirroredSources('cli/options.test.ts')[0], 'server/src/cli/options.ts');
    assert.deepStrictEqual(mirroredSources('bom.test.ts')[0], 'server/src/engine/bom.ts');
  });

  it('every test/unit/**/X.test.ts names a source that exists at the mirrored path', () => {
    const tests = unitTests();
    assert.ok(tests.length > 50, `found only ${tests.length} unit tests`);
    const stray = tests
      .filter((rel) => !(rel in CROSS_CUTTING) && !MESSAGES_TABLE.test(rel))
      .filter((rel) => !mirroredSources(rel).some((source) => existsSync(join(root, source))))
      .map((rel) => `${UNIT}/${rel}: no ${mirroredSources(rel)[0]}`);
    assert.deepStrictEqual(stray, [], 'rename the test after its source, or list it in CROSS_CUTTING with why');
  });

  it('the cross-cutting list names only tests that exist and mirror no source', () => {
    const stale = Object.keys(CROSS_CUTTING).filter(
      (rel) => !existsSync(join(root, UNIT, rel)) || mirroredSources(rel).some((source) => existsSync(join(root, source))),
    );
    assert.deepStrictEqual(stale, []);
  });
});
