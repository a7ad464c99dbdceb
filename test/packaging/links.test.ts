import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

/**
 * No link of the user documentation leaves the repository: every relative link (and image) of
 * README.md, CHANGELOG.md, CONTRIBUTING.md and docs/*.md names a file inside it that exists. vsce rewrites these
 * relative links to the repository's URLs for the Marketplace page, and npm shows the README.
 */
const ROOT = path.resolve(__dirname, '../../..');

describe('documentation links stay in the repository', () => {
  const pages = [
    'README.md',
    'CHANGELOG.md',
    'CONTRIBUTING.md',
    ...fs
      .readdirSync(path.join(ROOT, 'docs'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => `docs/${f}`),
  ];
  for (const page of pages) {
    it(page, () => {
      const text = fs.readFileSync(path.join(ROOT, page), 'utf8').replace(/```[\s\S]*?```/g, '');
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^(https?:|mailto:|#)/.test(target)) continue;
        const file = path.resolve(ROOT, path.dirname(page), decodeURIComponent(target.split('#')[0]));
        const relative = path.relative(ROOT, file);
        assert.ok(!relative.startsWith('..') && !path.isAbsolute(relative), `${page}: ${target} leaves the repository`);
        assert.ok(fs.existsSync(file), `${page}: ${target} does not exist`);
      }
    });
  }
});
