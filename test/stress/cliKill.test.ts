/**
 * The CLI under hostile conditions: `--fix` killed with SIGKILL at random moments
 * while it fixes many files. Afterwards every file is byte for byte either the original or
 * the fixed text (computed by a separate, uninterrupted `--fix` on a copy): never a mix,
 * never empty. A temporary file the kill leaves behind must not be something a later run
 * lints; how many are left is recorded (and printed by `npm run stress`).
 *
 * The moment of each kill is drawn from the run's own file system events: the k-th event
 * of the folder (k random, up to about four per file: the temporary file created, written,
 * renamed over the target), or right after the spawn. 40 files x 6 kills in `npm test`,
 * 200 files x 25 kills in `npm run stress -- --full`.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { BROKEN } from '../server/fixtures';
import { FULL, parseJsonReport, Random, record, removeFolders, ROOT, runCli, SEED, size, tempFolder } from './harness';

const FILES = size('kill_files', 40, 200);
const KILLS = size('kills', 6, 25);

/** Files that `--fix` changes, of varied sizes (the write of a large one takes longer), line ends and byte order marks. */
function originals(random: Random): Map<string, Buffer> {
  const samples = ['contoso.privacy.jsonc', 'northwind.privacy.jsonc'].map((f) => fs.readFileSync(path.join(ROOT, 'samples', f), 'utf8'));
  const files = new Map<string, Buffer>();
  for (let i = 0; i < FILES; i++) {
    let text = random.chance(0.6) ? BROKEN : random.pick(samples);
    const padding = random.chance(0.3) ? random.between(10_000, 400_000) : random.between(0, 2_000);
    text = `// Padding so that writes take a while: ${'x'.repeat(padding)}\n${text}`;
    if (random.chance(0.3)) text = text.replace(/\n/g, '\r\n');
    const bytes = Buffer.from(text, 'utf8');
    const name = `f${String(i).padStart(4, '0')}.${random.chance(0.5) ? 'privacy.jsonc' : 'privacy.json'}`;
    files.set(name, random.chance(0.15) ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]) : bytes);
  }
  return files;
}

function writeAll(folder: string, files: Map<string, Buffer>): void {
  for (const [name, bytes] of files) fs.writeFileSync(path.join(folder, name), bytes);
}

describe(`stress: privacy-lint --fix killed with SIGKILL (${FILES} files, ${KILLS} kills, seed ${SEED})`, function () {
  this.timeout(FULL ? 900_000 : 60_000);
  after(removeFolders);

  it('leaves every file either original or fixed, never a mix, never empty; no leftover is linted', async () => {
    const random = new Random(SEED).fork(2);
    const files = originals(random);

    // The expected fixed text of each file: an uninterrupted --fix on a copy.
    const reference = tempFolder();
    writeAll(reference, files);
    const fixRun = await runCli(['--fix', '--format', 'json', '.'], { cwd: reference });
    assert.ok(fixRun.status === 0 || fixRun.status === 1, `the reference --fix failed (exit ${fixRun.status}): ${fixRun.stderr}`);
    const fixed = new Map([...files.keys()].map((name) => [name, fs.readFileSync(path.join(reference, name))]));
    const changed = [...files.keys()].filter((name) => !fixed.get(name)!.equals(files.get(name)!));
    assert.ok(changed.length >= FILES * 0.9, `most files need a fix (${changed.length} of ${FILES})`);

    const rounds: { killedAfterEvents: number; fixedFiles: number; leftovers: number; ms: number; exit: string }[] = [];
    for (let round = 0; round < KILLS; round++) {
      const folder = tempFolder();
      writeAll(folder, files);
      const events = 2 + random.int(FILES * 4);
      const immediately = random.chance(0.1);
      let seen = 0;
      let watcher: fs.FSWatcher | undefined;
      const result = await runCli(['--fix', '--format', 'json', '.'], {
        cwd: folder,
        onSpawn: (child) => {
          if (immediately) {
            child.kill('SIGKILL');
            return;
          }
          watcher = fs.watch(folder, () => {
            if (++seen === events) child.kill('SIGKILL');
          });
        },
      }).finally(() => watcher?.close());

      // Every file: the original or the fixed text, byte for byte.
      let fixedFiles = 0;
      for (const [name, original] of files) {
        const now = fs.readFileSync(path.join(folder, name));
        assert.ok(now.length > 0, `round ${round}: ${name} is empty`);
        const isOriginal = now.equals(original);
        const isFixed = now.equals(fixed.get(name)!);
        assert.ok(
          isOriginal || isFixed,
          `round ${round} (killed after ${seen} events): ${name} is neither the original nor the fixed text (${now.length} bytes; original ${original.length}, fixed ${fixed.get(name)!.length})`,
        );
        if (isFixed && !isOriginal) fixedFiles++;
      }

      // Leftovers: anything that was not there before.
      const leftovers = fs.readdirSync(folder).filter((name) => !files.has(name));
      const lint = await runCli(['--format', 'json', '.'], { cwd: folder });
      const entries = parseJsonReport(lint);
      assert.deepStrictEqual(
        entries.map((e) => e.file).sort(),
        [...files.keys()].sort(),
        `round ${round}: a later run lints exactly the files, not the leftovers ${leftovers.join(', ')}`,
      );
      assert.strictEqual(lint.stderr, '', `round ${round}: a later run has nothing to complain about`);
      rounds.push({
        killedAfterEvents: immediately ? 0 : seen,
        fixedFiles,
        leftovers: leftovers.length,
        ms: result.ms,
        exit: result.signal ?? String(result.status),
      });
      if (leftovers.length) {
        for (const name of leftovers) assert.match(name, /^\..+\.tmp$/, `round ${round}: a leftover that is not a hidden .tmp file: ${name}`);
      }

      // A run that is not interrupted finishes the job.
      if (round === KILLS - 1) {
        const again = await runCli(['--fix', '--format', 'json', '.'], { cwd: folder });
        assert.ok(again.status === 0 || again.status === 1, `--fix after a kill: exit ${again.status}: ${again.stderr}`);
        for (const [name] of files) assert.ok(fs.readFileSync(path.join(folder, name)).equals(fixed.get(name)!), `${name} fixed by the next run`);
      }
      fs.rmSync(folder, { recursive: true, force: true });
    }

    const killed = rounds.filter((r) => r.exit === 'SIGKILL');
    assert.ok(killed.length >= Math.ceil(KILLS / 2), `most runs were really killed mid-way (${killed.length} of ${KILLS}: ${JSON.stringify(rounds)})`);
    const midway = killed.filter((r) => r.fixedFiles > 0 && r.fixedFiles < changed.length).length;
    record({
      suite: 'cli',
      case: '--fix killed with SIGKILL',
      counts: {
        files: FILES,
        kills: KILLS,
        reallyKilled: killed.length,
        killedMidway: midway,
        reference: changed.length,
        leftoverTmpFiles: rounds.reduce((n, r) => n + r.leftovers, 0),
        roundsWithLeftovers: rounds.filter((r) => r.leftovers > 0).length,
      },
      ms: { referenceFix: fixRun.ms, slowestKilledRun: Math.max(...rounds.map((r) => r.ms)) },
      notes: { fixedWhenKilled: rounds.map((r) => r.fixedFiles).join(' '), seed: SEED },
    });
  });
});
