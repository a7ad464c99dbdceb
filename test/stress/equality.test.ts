/**
 * "The CLI (`--format json`) and the language server give the same diagnostics for
 * the same text and settings" (SPEC section 7). The samples and generated configurations
 * (the engine fuzzer's generators in test/fuzz/arbitraries.ts: valid configurations of both
 * editions, mutated in structure and text), each in a folder of its own with a
 * privacy-lint.config.json made from the generated lint options (edition, rule severities),
 * some with an organization policy. The server runs over stdio with the folders as its workspace; the
 * CLI lints the same files in one run. Compared: rule (the server's `code`), range,
 * severity and message, in position order.
 *
 * Then again with the edition given by the editor setting `tenantPrivacy.edition` and by
 * the CLI's `--edition`.
 *
 * 200 generated files in `npm test`, 2,000 in `npm run stress -- --full`.
 */
import * as assert from 'assert';
import fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import { anyCaseArb, parseableCaseArb, type FuzzCase } from '../fuzz/arbitraries';
import { BROKEN, NO_EDITION } from '../server/fixtures';
import { TestClient, uriOf } from '../server/lspClient';
import {
  CliEntry,
  firstDifference,
  FULL,
  fromCli,
  fromServer,
  guard,
  parseJsonReport,
  record,
  removeFolders,
  ROOT,
  runCli,
  SEED,
  since,
  size,
  tempFolder,
} from './harness';

const GENERATED = size('generated', 200, 2_000);

interface Case {
  /** Relative to the workspace root. */
  file: string;
  /** The text both tools see: the file's bytes as UTF-8, without a byte order mark (an editor does not show one). */
  text: string;
  /** The settings file beside it is broken: the CLI fails closed on it, the editor lints with the defaults. */
  brokenSettings?: boolean;
}

/** The variants of settingsFile that are broken. */
function isBroken(variant: number): boolean {
  return variant % 11 === 5 || variant % 13 === 7;
}

/**
 * A privacy-lint.config.json for generated options: what the CLI and the server both read. Some
 * hold an organization policy and rule options (SPEC section 10); some are broken (isBroken): on
 * those the CLI fails closed and the editor lints with the defaults (SPEC section 6), so the
 * server is compared with the CLI run with the defaults (`--config` of an empty file).
 */
function settingsFile(options: FuzzCase['options'], variant: number): string | undefined {
  if (variant % 11 === 5) return '{ "edition": "2018-05", "rules": { "retention/telemetry": "warning", } '; // broken: see isBroken
  if (variant % 13 === 7) return '{ "edition": "1999-01", "rules": { "no/such-rule": "error", "retention/audit-logs": "loud" } }';
  if (variant % 7 === 3) {
    return JSON.stringify(
      {
        ...(options.defaultEdition ? { edition: options.defaultEdition } : {}),
        rules: {
          ...options.rules,
          'retention/audit-logs': ['warning', { maxDays: 90 }],
          'processing/purpose': ['error', { forbidden: ['support'] }],
          'acme/eu-stores': 'warning',
        },
        policies: [
          {
            id: 'acme/eu-stores',
            message: 'Acme keeps stores in the EU.',
            given: '$.stores[*]',
            schema: { properties: { geography: { enum: ['europe', 'germany', 'france'] } } },
          },
          {
            id: 'acme/id-form',
            message: 'Ids are lower-case.',
            given: '$.stores.*.id',
            schema: { type: 'string', pattern: '^[a-z0-9-]+$' },
            docs: 'https://acme.example/ids',
          },
        ],
      },
      null,
      2,
    );
  }
  if (!options.defaultEdition && !options.rules && variant % 3 === 0) return undefined;
  return JSON.stringify(
    { ...(options.defaultEdition ? { edition: options.defaultEdition } : {}), ...(options.rules ? { rules: options.rules } : {}) },
    null,
    2,
  );
}

describe(`stress: the CLI and the language server give the same diagnostics (samples + ${GENERATED} generated, seed ${SEED})`, function () {
  this.timeout(FULL ? 900_000 : 60_000);
  let root: string;
  const cases: Case[] = [];

  before(() => {
    root = tempFolder('privacy-equal-');
    const write = (relative: string, content: string) => {
      const target = path.join(root, relative);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, content);
    };
    const add = (relative: string, content: string, brokenSettings = false) => {
      write(relative, content);
      const text = fs.readFileSync(path.join(root, relative), 'utf8').replace(/^\uFEFF/, '');
      cases.push({ file: relative, text, brokenSettings });
    };
    // The defaults, for the CLI's side of files whose settings file is broken (SPEC section 6:
    // the editor then lints with the defaults, where the CLI fails closed).
    write('defaults.config.json', '{}');
    // The samples, as they are and under a settings file.
    for (const name of fs.readdirSync(path.join(ROOT, 'samples')).filter((f) => /\.privacy\.jsonc?$/.test(f))) {
      const text = fs.readFileSync(path.join(ROOT, 'samples', name), 'utf8');
      add(`samples/${name}`, text);
      add(`samples-2018/${name}`, text);
    }
    write(
      'samples-2018/privacy-lint.config.json',
      '{ "edition": "2018-05", "rules": { "migration/feature-availability": "off", "processing/purpose": "hint", "schema/unknown-property": "information" } }',
    );
    add('fixtures/broken.privacy.jsonc', BROKEN);
    add('fixtures/no-edition.privacy.json', NO_EDITION);
    add('fixtures/bom-crlf.privacy.json', `\uFEFF${NO_EDITION.replace(/\n/g, '\r\n')}`);

    // Generated: mostly parseable (the rules have something to say), some with broken text.
    const generated = [
      ...fc.sample(parseableCaseArb, { seed: SEED, numRuns: Math.ceil(GENERATED * 0.7) }),
      ...fc.sample(anyCaseArb, { seed: SEED + 1, numRuns: Math.floor(GENERATED * 0.3) }),
    ];
    generated.forEach((c, i) => {
      const folder = `gen/${String(i).padStart(4, '0')}`;
      const settings = settingsFile(c.options, i);
      if (settings !== undefined) write(`${folder}/privacy-lint.config.json`, settings);
      add(`${folder}/case-${i}.${i % 2 ? 'privacy.json' : 'privacy.jsonc'}`, c.text, settings !== undefined && isBroken(i));
    });
  });
  after(removeFolders);

  async function compare(label: string, options: { cliArgs: string[]; settings?: Record<string, unknown> }): Promise<void> {
    const cliStart = performance.now();
    const timeout = FULL ? 600_000 : 50_000;
    const sound = cases.filter((c) => !c.brokenSettings);
    const broken = cases.filter((c) => c.brokenSettings);
    const cli = await runCli(['--format', 'json', ...options.cliArgs, ...sound.map((c) => c.file)], { cwd: root, timeout });
    const entries = parseJsonReport(cli);
    if (broken.length) {
      // The CLI fails closed on these folders' settings (exit 2, nothing linted); the editor lints them with the defaults.
      const refused = await runCli(['--format', 'json', ...options.cliArgs, broken[0].file], { cwd: root, timeout });
      assert.strictEqual(refused.status, 2, `a broken settings file fails the CLI closed; stderr:\n${refused.stderr}`);
      entries.push(
        ...parseJsonReport(
          await runCli(['--format', 'json', '--config', 'defaults.config.json', ...options.cliArgs, ...broken.map((c) => c.file)], { cwd: root, timeout }),
        ),
      );
    }
    const cliMs = since(cliStart);
    assert.strictEqual(entries.length, cases.length, `one entry per file; stderr:\n${cli.stderr}`);
    const byFile = new Map<string, CliEntry>(entries.map((e) => [e.file, e]));

    const client = await TestClient.start({ folders: [root], settings: () => options.settings ?? {} });
    const mismatches: string[] = [];
    let diagnostics = 0;
    let slowest = { ms: 0, file: '' };
    const serverStart = performance.now();
    try {
      for (const c of cases) {
        const uri = uriOf(path.join(root, c.file));
        const opened = performance.now();
        const published = await guard(client.open(uri, c.text), 30_000, `diagnostics of ${c.file}`);
        const ms = since(opened);
        if (ms > slowest.ms) slowest = { ms, file: c.file };
        const server = fromServer(published.diagnostics);
        const expected = fromCli(byFile.get(c.file)!);
        diagnostics += expected.length;
        if (JSON.stringify(server) !== JSON.stringify(expected)) {
          const settings = path.join(root, path.dirname(c.file), 'privacy-lint.config.json');
          mismatches.push(
            `${c.file}: ${firstDifference(server, expected)}${mismatches.length < 3 ? `\n      text: ${JSON.stringify(c.text)}\n      settings file: ${fs.existsSync(settings) ? fs.readFileSync(settings, 'utf8') : '(none)'}` : ''}`,
          );
        }
        await client.close(uri);
      }
    } finally {
      await client.stop();
    }
    record({
      suite: 'equality',
      case: label,
      counts: { files: cases.length, diagnostics, mismatches: mismatches.length },
      ms: { cli: cliMs, server: since(serverStart), slowestOpen: slowest.ms },
      notes: { slowestOpen: slowest.file, seed: SEED },
    });
    assert.deepStrictEqual(mismatches, [], `${mismatches.length} of ${cases.length} files differ (seed ${SEED}):\n${mismatches.join('\n')}`);
  }

  it('with privacy-lint.config.json files (some with organization policies): rule, range, severity and message agree for every file', async () => {
    await compare('settings files', { cliArgs: [] });
  });

  it('with the edition from the editor setting and from --edition', async () => {
    await compare('tenantPrivacy.edition = --edition 2018-05', { cliArgs: ['--edition', '2018-05'], settings: { edition: '2018-05' } });
  });
});
