import * as fs from 'node:fs';
import * as path from 'node:path';
import { UsageError } from './args';
import { BaselineError, formatBaseline, parseBaseline, withoutLines, type Baseline, type BaselineEntry, type BaselineFinding } from './baseline';
import { describeFsError } from './fsErrors';
import { relativeToCwd, toSlashes } from './paths';
import { readSource } from './readFile';
import { writeFileAtomic } from './writeAtomic';
import type { FileReport } from './report';

/** Reads `--baseline FILE`; a file that is missing, unreadable or not a baseline is bad usage (exit 2). */
export function loadBaseline(given: string, cwd: string): Baseline {
  const display = toSlashes(given);
  let text: string;
  try {
    text = readSource(path.resolve(cwd, given)).text;
  } catch (error) {
    const hint = (error as NodeJS.ErrnoException).code === 'ENOENT' ? ` (create it with --write-baseline ${display})` : '';
    throw new UsageError(`--baseline ${display}: ${describeFsError(error)}${hint}`);
  }
  try {
    return parseBaseline(text, `--baseline ${display}`);
  } catch (error) {
    if (error instanceof BaselineError) throw new UsageError(error.message);
    throw error;
  }
}

/** The findings a baseline records: every unsuppressed diagnostic of the linted files. */
export function baselineFindings(files: readonly FileReport[], cwd: string): BaselineFinding[] {
  return files.flatMap((file) => {
    const relative = relativeToCwd(file.absolutePath, cwd);
    return file.diagnostics
      .filter((d) => !d.suppression)
      .map((d) => ({ fingerprint: d.fingerprint, rule: d.rule, file: relative, path: d.path }));
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
      d.suppression ? d : { ...d, baselineState: fingerprints.has(d.fingerprint) ? 'unchanged' as const : 'new' as const }),
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
  given: string, files: readonly FileReport[], cwd: string, failed: boolean, fail: (line: string) => void,
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
  given: string, baseline: Baseline, files: readonly FileReport[], cwd: string, failed: boolean, fail: (line: string) => void,
): string {
  const stale = staleEntries(baseline, files, cwd);
  if (stale.length && !failed) {
    try {
      writeFileAtomic(path.resolve(cwd, given), withoutLines(baseline, new Set(stale.map((entry) => entry.line))));
    } catch (error) {
      fail(`--baseline ${toSlashes(given)}: cannot rewrite it without the stale entries (${describeFsError(error)})`);
    }
  } else if (stale.length) {
    fail(`--baseline ${toSlashes(given)}: not pruned, because some files could not be linted`);
  }
  return stale.map((entry) => `${entry.text}\n`).join('');
}
