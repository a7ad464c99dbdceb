import * as assert from 'assert';
import { readdirSync, readFileSync, statSync } from 'fs';
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

/**
 * Documents speak to a reader of this repository: what a feature is, not which issue asked for
 * it, and no path outside the repository (the folders it was developed beside).
 */
export function outsideReferences(markdown: string): string[] {
  const found: string[] = [];
  markdown.split('\n').forEach((line, i) => {
    // `#2` inside code is data (a JUnit test case's suffix), not an issue.
    const prose = line.replace(/`[^`]*`/g, '``').replace(/\bissues? #?\d+/gi, '');
    const hits = [
      ...(line.match(/\bissues? #?\d+/gi) ?? []),
      ...(prose.match(/(?:^|[\s(,;])#\d+\b/g) ?? []).map((hit) => hit.trim()),
      ...(line.match(/(?:^|[\s("'`])(?:\.\.\/shared|\/work)\/[^\s)"'`]*/g) ?? []).map((hit) => hit.replace(/^[\s("'`]/, '')),
    ];
    for (const hit of hits) found.push(`${i + 1}: ${hit}`);
  });
  return found;
}

function markdownFiles(dir = ''): string[] {
  const skip = new Set(['node_modules', 'out', 'dist', '.git', '.work', '.cache', 'reports', '.stryker-tmp', '.vscode-test']);
  const found: string[] = [];
  for (const name of readdirSync(join(root, dir))) {
    const rel = dir ? `${dir}/${name}` : name;
    if (skip.has(name)) continue;
    if (statSync(join(root, rel)).isDirectory()) found.push(...markdownFiles(rel));
    else if (name.endsWith('.md')) found.push(rel);
  }
  return found;
}

describe('documents name no issue and no path outside the repository', () => {
  it('finds issue numbers and outside paths, and leaves code data alone', () => {
    assert.deepStrictEqual(outsideReferences('Targets (issue 6)\nsee #12, and Issue #3\nsuffix ` #2` in code'), ['1: issue 6', '2: Issue #3', '2: #12']);
    assert.deepStrictEqual(outsideReferences('read ../shared/SPEC.md or `/work/main/x`\nan anchor [a](#rules) and x#1'), [
      '1: ../shared/SPEC.md',
      '1: /work/main/x',
    ]);
  });

  it('every Markdown file of the repository (README, docs, CONTRIBUTING, test and bench READMEs, CHANGELOG)', () => {
    const files = markdownFiles();
    assert.ok(files.includes('README.md') && files.includes('docs/architecture.md'), files.join(', '));
    const found = files.flatMap((file) => outsideReferences(readFileSync(join(root, file), 'utf8')).map((hit) => `${file}:${hit}`));
    assert.deepStrictEqual(found, []);
  });
});
