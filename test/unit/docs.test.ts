import * as assert from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { renderRulesPage, withRulesTable } from '../../scripts/docs';
import { renderFormatPage } from '../../scripts/formatDocs';
import { CONFIG } from '../../server/src/engine/format/spec';
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

  it('docs/format.md is up to date with the format metadata (run `npm run docs`)', () => {
    assert.strictEqual(readFileSync(join(root, 'docs', 'format.md'), 'utf8'), renderFormatPage());
  });

  it('docs/format.md lists every property of the format', () => {
    const page = renderFormatPage();
    const walk = (value: typeof CONFIG, prefix: string): void => {
      if (value.type === 'array') return walk(value.items, `${prefix}[]`);
      if (value.type !== 'object') return;
      for (const [key, property] of Object.entries(value.properties)) {
        const path = prefix ? `${prefix}.${key}` : key;
        assert.ok(page.includes(`| \`${path}\` |`), path);
        walk(property.value, path);
      }
    };
    walk(CONFIG, '');
  });

  it('every rule has an anchor on the rules page', () => {
    const page = renderRulesPage();
    for (const { meta } of RULES) assert.ok(page.includes(`<a id="${ruleAnchor(meta.id)}"></a>`), meta.id);
  });
});
