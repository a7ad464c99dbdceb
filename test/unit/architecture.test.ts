import * as assert from 'assert';
import { existsSync, readdirSync, readFileSync, statSync } from 'fs';
import { dirname, join, relative, resolve, sep } from 'path';

/*
 * The design rules of docs/architecture.md that a compiler does not check, checked on the
 * sources: the front ends reach the engine through its one entry, and the engine reads no clock.
 */

const root = join(__dirname, '..', '..', '..');
const ENGINE = join(root, 'server', 'src', 'engine');
const ENTRY = join(ENGINE, 'index.ts');

/** Everything outside the engine that runs the product or builds from it (tests may open the engine's parts). */
const FRONT_ENDS = ['server/src/lsp', 'server/src/cli', 'server/src/action', 'server/src/shared', 'server/src/v8Tuning.ts', 'client/src', 'scripts', 'bench'];

/**
 * Two exceptions, each a leaf module with no engine logic, each measured:
 * - the CLI's argument parser runs before anything is linted, and `privacy-lint --version` must
 *   stay within 1.5x a bare `node -e 0` (bench, "start"): through the entry it would initialize
 *   the whole engine first (+25 ms of CPU per start, measured A/B), so it and its option table
 *   read two leaves;
 * - the VS Code client holds no logic and only shares the data map's stylesheet: through the
 *   entry its bundle would carry the engine (+71 KB minified, measured).
 */
const LEAF_IMPORTS: Readonly<Record<string, readonly string[]>> = {
  'server/src/cli/args.ts': ['server/src/engine/types.ts', 'server/src/engine/policy/dates.ts'],
  'server/src/cli/options.ts': ['server/src/engine/types.ts'],
  // A lazy require of the entry would keep every export of the engine in the CLI's bundle (the
  // language server's features too: 45 KB); the escaping of stderr lines is a leaf module.
  'server/src/cli/main.ts': ['server/src/engine/escape.ts'],
  'client/src/dataMapPanel.ts': ['server/src/engine/dataMap/style.ts'],
};

function sourceFiles(path: string): string[] {
  const full = join(root, path);
  if (!existsSync(full)) return [];
  if (statSync(full).isFile()) return [full];
  return readdirSync(full, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === 'node_modules' || entry.name.startsWith('.') || entry.name === 'out') return [];
    const child = join(path, entry.name);
    if (entry.isDirectory()) return sourceFiles(child);
    return /\.(ts|mts|cts|mjs|cjs|js)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [join(root, child)] : [];
  });
}

/** Module specifiers of imports, exports, require() and import(), also inside template strings (the bench bundles from strings). */
function specifiers(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/(?:\bfrom\s*|\brequire\s*\(\s*|\bimport\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm)) found.push(match[1]);
  return found;
}

/** The file a relative specifier names: `x.ts`, `x/index.ts`, or the path itself; undefined for a package. */
function resolveSpecifier(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  // The bench bundles strings relative to the repository's root.
  const base = from.startsWith(join(root, 'bench')) && specifier.startsWith('./server/') ? root : dirname(from);
  const target = resolve(base, specifier);
  for (const candidate of [`${target}.ts`, join(target, 'index.ts'), target]) if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return target;
}

const rel = (file: string) => relative(root, file).split(sep).join('/');

describe('architecture', () => {
  it('the front ends import nothing from the engine but its entry (server/src/engine/index.ts)', () => {
    const deep: string[] = [];
    for (const file of FRONT_ENDS.flatMap(sourceFiles)) {
      for (const specifier of specifiers(readFileSync(file, 'utf8'))) {
        const target = resolveSpecifier(file, specifier);
        if (!target || !target.startsWith(ENGINE + sep) || target === ENTRY) continue;
        if (LEAF_IMPORTS[rel(file)]?.includes(rel(target))) continue;
        deep.push(`${rel(file)} imports ${specifier}`);
      }
    }
    assert.deepStrictEqual(deep, []);
  });

  it('the check finds a deep import (it can fail)', () => {
    const file = join(root, 'server', 'src', 'lsp', 'example.ts');
    assert.deepStrictEqual(specifiers(`import { reparse } from '../engine/parsing/incremental';\nconst x = require('../engine');`), [
      '../engine/parsing/incremental',
      '../engine',
    ]);
    assert.strictEqual(rel(resolveSpecifier(file, '../engine/parsing/incremental')!), 'server/src/engine/parsing/incremental.ts');
    assert.strictEqual(resolveSpecifier(file, '../engine'), ENTRY);
  });

  it('the engine never reads the clock: the front ends pass the date (`today`)', () => {
    const reads: string[] = [];
    for (const file of sourceFiles('server/src/engine')) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          const code = line.replace(/\/\/.*$/, '');
          if (/\bnew Date\s*\(|\bDate\.now\s*\(|\bperformance\.now\s*\(/.test(code)) reads.push(`${rel(file)}:${i + 1}: ${line.trim()}`);
        });
    }
    assert.deepStrictEqual(reads, []);
  });
});
