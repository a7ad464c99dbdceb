import * as assert from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { renderRulesPage, withRulesTable } from '../../scripts/docs';
import { RULES, ruleAnchor } from '../../server/src/engine';

const root = join(__dirname, '..', '..', '..');

describe('generated docs', () => {
  it('docs/rules.md is up to date with the rule metadata (run `npm run docs`)', () => {
    assert.strictEqual(readFileSync(join(root, 'docs', 'rules.md'), 'utf8'), renderRulesPage());
  });

  it('the README rules table is up to date with the rule metadata (run `npm run docs`)', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    assert.strictEqual(readme, withRulesTable(readme));
  });

  it('every rule has an anchor on the rules page', () => {
    const page = renderRulesPage();
    for (const { meta } of RULES) assert.ok(page.includes(`<a id="${ruleAnchor(meta.id)}"></a>`), meta.id);
  });
});
