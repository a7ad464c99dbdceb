import * as crypto from 'node:crypto';
import type { Diagnostic, JSONPath } from '../engine';
import type { ReportedDiagnostic } from './report';

/**
 * Fingerprints (SPEC section 9): a finding's identity that survives reformatting, moved
 * lines, reordered keys and added comments, because it is made of what the finding is
 * about, never of where it is printed:
 *
 *   sha256( "privacyLint/v1" NUL file NUL rule NUL JSON.stringify(path) NUL occurrence )
 *
 * as hexadecimal, its first 32 digits (128 bits).
 * - `file` is the file's path relative to the working directory, `/` separators
 *   (`<stdin>`, or the `--stdin-filename`, for standard input).
 * - `path` is the diagnostic's JSON path (`["stores", 3, "geography"]`), not its line.
 * - `occurrence` tells apart diagnostics of one rule on one path of one file (such as two
 *   `migration/eligibility` items on `residency.migration`): 0 for the first in document
 *   order, 1 for the next, and so on. Fixing the first of such a pair gives the second the
 *   first's fingerprint; the count of baselined findings is unchanged, so CI stays stable.
 * A store's index is part of its path: inserting a store before it changes its findings'
 * fingerprints, as it changes their paths.
 */
export const FINGERPRINT_VERSION = 'privacyLint/v1';

/** Hexadecimal digits kept of the sha256. */
export const FINGERPRINT_LENGTH = 32;

/** What a fingerprint is made of. */
export interface FingerprintInput {
  /** Path relative to the working directory, `/` separators. */
  file: string;
  rule: string;
  path: JSONPath;
  /** Index among the file's diagnostics with the same rule and path, in document order. */
  occurrence: number;
  /** For `--compare-editions`: the edition that alone raises the diagnostic. */
  onlyIn?: string;
}

export function fingerprint(input: FingerprintInput): string {
  return hash(input.file, input.rule, JSON.stringify(input.path), input.occurrence, input.onlyIn);
}

function hash(file: string, rule: string, pathJson: string, occurrence: number, onlyIn: string | undefined): string {
  let text = `${FINGERPRINT_VERSION}\u0000${file}\u0000${rule}\u0000${pathJson}\u0000${occurrence}`;
  if (onlyIn !== undefined) text += `\u0000only-in:${onlyIn}`;
  return sha256Hex(text).slice(0, FINGERPRINT_LENGTH);
}

/** `crypto.hash` (Node 20.12 and later) is a one-shot digest, twice as fast as a Hash object. */
const oneShot = (crypto as { hash?: (algorithm: string, data: string) => string }).hash;
const sha256Hex = oneShot ? (text: string) => oneShot('sha256', text) : (text: string) => crypto.createHash('sha256').update(text).digest('hex');

/**
 * The fingerprint of each of a file's diagnostics, in the order given (which must be
 * document order, as the engine sorts them), suppressed ones included.
 */
export function fingerprintDiagnostics(file: string, diagnostics: readonly Diagnostic[], onlyIn?: (index: number) => string | undefined): string[] {
  // Occurrences by rule (and edition), then by path: the path's JSON, which the text hashed holds
  // anyway, is the only string kept per finding. (One map keyed by "rule NUL path" kept a second
  // string per finding, 3.5 MB of a file with 26,000 findings, promoted to V8's old generation.)
  const seen = new Map<string, Map<string, number>>();
  const prints = new Array<string>(diagnostics.length);
  // What every fingerprint of the file starts with, made once (the text hashed is the same as hash() makes).
  const head = `${FINGERPRINT_VERSION}\u0000${file}\u0000`;
  for (let index = 0; index < diagnostics.length; index++) {
    const d = diagnostics[index];
    const edition = onlyIn?.(index);
    const pathJson = JSON.stringify(d.path);
    const group = edition === undefined ? d.rule : `${d.rule}\u0000${edition}`;
    let ofGroup = seen.get(group);
    if (ofGroup === undefined) seen.set(group, (ofGroup = new Map<string, number>()));
    const occurrence = ofGroup.get(pathJson) ?? 0;
    ofGroup.set(pathJson, occurrence + 1);
    const text = `${head}${d.rule}\u0000${pathJson}\u0000${occurrence}${edition === undefined ? '' : `\u0000only-in:${edition}`}`;
    prints[index] = sha256Hex(text).slice(0, FINGERPRINT_LENGTH);
  }
  return prints;
}

/** A fingerprint as a baseline line holds it. */
export const FINGERPRINT_PATTERN = new RegExp(`^[0-9a-f]{${FINGERPRINT_LENGTH}}$`);

/**
 * A file's diagnostics as reported: each with its fingerprint. The engine's diagnostics get
 * the field in place (a copy by object spread gave every diagnostic a hidden class of its own
 * in V8, which made every formatter slow).
 */
export function withFingerprints(file: string, diagnostics: Diagnostic[]): ReportedDiagnostic[] {
  const prints = fingerprintDiagnostics(file, diagnostics);
  const reported = diagnostics as ReportedDiagnostic[];
  for (let index = 0; index < reported.length; index++) reported[index].fingerprint = prints[index];
  return reported;
}

/** A file's diagnostics as reported where no fingerprint is read (`fingerprint` empty, set in place as `withFingerprints` does). */
export function withoutFingerprints(diagnostics: Diagnostic[]): ReportedDiagnostic[] {
  const reported = diagnostics as ReportedDiagnostic[];
  for (let index = 0; index < reported.length; index++) reported[index].fingerprint = '';
  return reported;
}
