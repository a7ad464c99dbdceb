import * as fs from 'node:fs';
import * as path from 'node:path';
import { escapeControlCharacters } from '../engine';
import { UsageError } from './args';
import { BaselineError, formatBaseline, parseBaseline, withoutLines, type Baseline, type BaselineEntry, type BaselineFinding } from './baselineFile';
import { describeFsError } from './fsErrors';
import { relativeToCwd, toSlashes } from './paths';
import { encodeSource, readSource } from './sourceFile';
import { MAX_BASELINE_BYTES, NotRegularFileError } from '../shared/regularFile';
import { writeFileAtomic } from './writeAtomic';
import type { FileReport } from './report';

/** A baseline as read: its entries and lines, and whether it starts with a byte order mark (kept when pruned). */
export type LoadedBaseline = Baseline & { bom: boolean };

/**
 * Reads `--baseline FILE`; a file that is missing, unreadable, not a regular file (a FIFO, a
 * device, a link to one), larger than 64 MiB or not a baseline is bad usage (exit 2).
 */
export function loadBaseline(given: string, cwd: string): LoadedBaseline {
  const display = toSlashes(given);
  let text: string;
  let bom: boolean;
  try {
    ({ text, bom } = readSource(path.resolve(cwd, given), MAX_BASELINE_BYTES));
  } catch (error) {
    const hint =
      (error as NodeJS.ErrnoException).code === 'ENOENT'
        ? ` (create it with --write-baseline ${display})`
        : error instanceof NotRegularFileError
          ? '; a baseline must be a regular file'
          : '';
    throw new UsageError(`--baseline ${display}: ${describeFsError(error)}${hint}`);
  }
  try {
    return { ...parseBaseline(text, `--baseline ${display}`), bom };
  } catch (error) {
    if (error instanceof BaselineError) throw new UsageError(error.message);
    throw error;
  }
}

/** The findings a baseline records: every unsuppressed diagnostic of the linted files. */
export function baselineFindings(files: readonly FileReport[], cwd: string): BaselineFinding[] {
  return files.flatMap((file) => {
    const relative = relativeToCwd(file.absolutePath, cwd);
    return file.diagnostics.filter((d) => !d.suppression).map((d) => ({ fingerprint: d.fingerprint, rule: d.rule, file: relative, path: d.path }));
  });
}

/**
 * Marks each unsuppressed diagnostic `unchanged` when the baseline holds its fingerprint,
 * else `new`. Suppressed diagnostics are never written to a baseline and get no state: a
 * suppression that expires brings its finding back as new, whatever the baseline says.
 */
export function markBaseline(files: readonly FileReport[], fingerprints: ReadonlySet<string>): FileReport[] {
  return files.map((file) => ({
    ...file,
    diagnostics: file.diagnostics.map((d) =>
      d.suppression ? d : { ...d, baselineState: fingerprints.has(d.fingerprint) ? ('unchanged' as const) : ('new' as const) },
    ),
  }));
}

/**
 * The baseline entries that match nothing: entries of a file linted in this run that no
 * unsuppressed finding has, and entries of a file that no longer exists. Entries of other
 * files are kept, so that pruning with some paths never drops the rest of the baseline.
 */
export function staleEntries(baseline: Baseline, files: readonly FileReport[], cwd: string): BaselineEntry[] {
  const linted = new Set(files.map((file) => relativeToCwd(file.absolutePath, cwd)));
  const current = new Set(files.flatMap((file) => file.diagnostics.filter((d) => !d.suppression).map((d) => d.fingerprint)));
  return baseline.entries.filter((entry) => {
    if (current.has(entry.fingerprint)) return false;
    return linted.has(entry.file) || !fs.existsSync(path.resolve(cwd, entry.file));
  });
}

/**
 * `--write-baseline FILE`: the fingerprints of the current findings, written atomically.
 * Not written when a file could not be linted: its findings would be missing. Returns the
 * fingerprints written, or undefined.
 */
export function writeBaseline(
  given: string,
  files: readonly FileReport[],
  cwd: string,
  failed: boolean,
  fail: (line: string) => void,
): Set<string> | undefined {
  const display = toSlashes(given);
  if (failed) {
    fail(`--write-baseline ${display}: not written, because some files could not be linted`);
    return undefined;
  }
  const findings = baselineFindings(files, cwd);
  try {
    writeFileAtomic(path.resolve(cwd, given), formatBaseline(findings));
  } catch (error) {
    fail(`--write-baseline ${display}: cannot write it (${describeFsError(error)})`);
    return undefined;
  }
  return new Set(findings.map((finding) => finding.fingerprint));
}

/**
 * `--baseline FILE --prune-baseline`: lists the entries that match nothing (as they are
 * written in FILE, one a line) and rewrites FILE without them. FILE is left alone when a
 * file could not be linted.
 */
export function pruneBaseline(
  given: string,
  baseline: LoadedBaseline,
  files: readonly FileReport[],
  cwd: string,
  failed: boolean,
  fail: (line: string) => void,
): string {
  const stale = staleEntries(baseline, files, cwd);
  if (stale.length && !failed) {
    try {
      const text = withoutLines(baseline, new Set(stale.map((entry) => entry.line)));
      writeFileAtomic(path.resolve(cwd, given), encodeSource({ text, bom: baseline.bom }));
    } catch (error) {
      fail(`--baseline ${toSlashes(given)}: cannot rewrite it without the stale entries (${describeFsError(error)})`);
    }
  } else if (stale.length) {
    fail(`--baseline ${toSlashes(given)}: not pruned, because some files could not be linted`);
  }
  // The lines come from a file of the repository: shown escaped, like any text from it.
  return stale.map((entry) => `${escapeControlCharacters(entry.text)}\n`).join('');
}
