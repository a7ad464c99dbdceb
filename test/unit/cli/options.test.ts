import * as assert from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { withOptionsTable } from '../../../scripts/optionDocs';
import { parseArgs, UsageError } from '../../../server/src/cli/args';
import { HELP_TEXT } from '../../../server/src/cli/help';
import { OPTIONS, optionSynopsis, takesValue } from '../../../server/src/cli/options';

const root = join(__dirname, '..', '..', '..', '..');

/** The option table (server/src/cli/options.ts) is the one list: the parser, --help and the docs agree with it. */
describe('privacy-lint options: one table', () => {
  it('the README options table is up to date with the table (run `npm run docs`)', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    assert.strictEqual(readme, withOptionsTable(readme));
    for (const option of OPTIONS) assert.ok(readme.includes(`| \`${optionSynopsis(option).replace(/\|/g, '\\|')}\` | `), option.name);
  });

  it('--help lists every option with its description, at the column', () => {
    for (const option of OPTIONS) {
      const first = `  ${optionSynopsis(option).padEnd(28)} ${option.help[0]}\n`;
      assert.ok(HELP_TEXT.includes(first), `--help lacks ${JSON.stringify(first)}`);
      for (const line of option.help.slice(1)) assert.ok(HELP_TEXT.includes(`\n${' '.repeat(31)}${line}\n`), `--help lacks ${JSON.stringify(line)}`);
    }
  });

  it('the parser knows every option by each name, and no other', () => {
    const valueOf = { format: 'json', count: '3', edition: '2018-05', date: '2026-01-31', file: 'x.json' } as const;
    for (const option of OPTIONS) {
      if (option.key === 'help' || option.key === 'version') {
        for (const name of [option.name, option.alias!]) assert.strictEqual(parseArgs([name])[option.key], true, name);
        continue;
      }
      const extra = option.key === 'stdinFilename' ? ['--stdin'] : option.key === 'pruneBaseline' ? ['--baseline', 'b'] : [];
      for (const name of [option.name, ...(option.alias ? [option.alias] : [])]) {
        const args = takesValue(option) ? [name, valueOf[option.kind]] : [name];
        const parsed = parseArgs([...extra, ...args]);
        const expected = takesValue(option) ? (option.kind === 'count' ? 3 : valueOf[option.kind]) : true;
        assert.strictEqual(parsed[option.key], expected, args.join(' '));
      }
    }
    assert.throws(
      () => parseArgs(['--formats', 'json']),
      (error: Error) => error instanceof UsageError && /^unknown option "--formats"; allowed: --format, --fix,/.test(error.message),
    );
  });

  it('the docs name no option the table lacks', () => {
    const known = new Set(OPTIONS.flatMap((option) => [option.name, ...(option.alias ? [option.alias] : [])]));
    for (const page of ['README.md', 'docs/ci.md', 'docs/organization-policy.md']) {
      const text = readFileSync(join(root, page), 'utf8');
      // Options in a `privacy-lint ...` command, and code spans that are an option (`--name`, `--name VALUE`).
      const commands = [...text.matchAll(/`(?:npx )?privacy-lint [^`\n]*`/g)].flatMap(([span]) =>
        [...span.matchAll(/(?<=\s)--?[a-z][a-z-]*/g)].map(([name]) => name),
      );
      const spans = [...text.matchAll(/`(--[a-z][a-z-]*)(?:[ =][^`\n]*)?`/g)].map(([, name]) => name);
      for (const name of [...commands, ...spans]) {
        assert.ok(known.has(name), `${page} names ${name}, which privacy-lint does not have`);
      }
    }
  });
});
