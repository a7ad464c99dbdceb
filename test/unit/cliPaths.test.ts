import * as assert from 'assert';
import * as path from 'path';
import { relativeToCwd, toSlashes } from '../../server/src/cli/paths';

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
