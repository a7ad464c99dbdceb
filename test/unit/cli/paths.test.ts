import * as assert from 'assert';
import * as path from 'path';
import { childPrefix } from '../../../server/src/cli/discover';
import { relativeToCwd, toSlashes } from '../../../server/src/cli/paths';

describe('relativeToCwd', () => {
  const cases: [string, string][] = [
    ['/work/repo/a.privacy.json', '/work/repo'],
    ['/work/repo/dir/b.privacy.jsonc', '/work/repo'],
    ['/work/repo2/x.privacy.json', '/work/repo'],
    ['/work/rep/x.privacy.json', '/work/repo'],
    ['/work/repo', '/work/repo'],
    ['/work/x.privacy.json', '/work/repo'],
    ['/other/x.privacy.json', '/work/repo'],
    ['/work/repo/./a.json', '/work/repo'],
    ['/work/repo/../a.json', '/work/repo'],
    ['/work/repo//a.json', '/work/repo'],
    ['/work/repo/.hidden/a.json', '/work/repo'],
    ['/work/repo/..a/b.json', '/work/repo'],
    ['/a.json', '/'],
    ['/work/repo/a.json', '/work/repo/'],
  ];
  for (const [file, cwd] of cases) {
    it(`${file} from ${cwd}: as path.relative says`, () => {
      assert.strictEqual(relativeToCwd(file, cwd), toSlashes(path.relative(cwd, file)));
    });
  }
});

describe('childPrefix', () => {
  const dirs = ['.', './', '', 'x', 'x/', './x', './x/', 'x/y', 'x//y/', 'x/../y', 'x/..', '..', '../', '../..', '/', '/a', '/a/', '/a/./b/..'];
  const names = ['a.privacy.json', '...', '.hidden', 'a b', 'ü.privacy.jsonc'];
  for (const dir of dirs) {
    it(`"${dir}": its prefix plus a name is path.join of the two`, () => {
      for (const name of names) assert.strictEqual(childPrefix(dir) + name, path.join(dir, name));
    });
  }
});
