import type * as fs from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { MAX_SOURCE_BYTES, readRegularFile } from './regularFile';

/** A file's text as the engine sees it, and what is needed to write it back byte for byte. */
export interface SourceText {
  /** The text without a byte order mark; line ends kept as they are. */
  text: string;
  /** Whether the file started with a UTF-8 byte order mark (restored on write). */
  bom: boolean;
}

/** The file is not UTF-8: it is reported, never linted nor rewritten. */
export class NotUtf8Error extends Error {
  constructor() {
    super('not valid UTF-8');
  }
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** Decodes bytes as strict UTF-8, taking a leading byte order mark apart. Throws NotUtf8Error. */
export function decodeSource(bytes: Uint8Array): SourceText {
  const bom = bytes.length >= 3 && UTF8_BOM.every((b, i) => bytes[i] === b);
  const body = bom ? bytes.subarray(3) : bytes;
  // isUtf8 is strict (no overlong forms, no surrogates), and decoding valid UTF-8 loses nothing.
  if (!isUtf8(body)) throw new NotUtf8Error();
  return { text: Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8'), bom };
}

/** A file read for linting: its text, and the bytes and stat `--fix` compares before replacing it. */
export interface ReadSource {
  source: SourceText;
  bytes: Buffer;
  stat: fs.Stats;
}

/**
 * Reads a regular file of at most `limit` bytes as UTF-8 (see regularFile.ts: a FIFO, a device
 * or a link to one is refused, never read). Throws NotRegularFileError, TooLargeError,
 * NotUtf8Error or the system's error.
 */
export function readSourceFile(file: string, limit = MAX_SOURCE_BYTES): ReadSource {
  const { bytes, stat } = readRegularFile(file, limit);
  // Node's own decoding first (the fastest): a text without U+FFFD came from valid UTF-8, since
  // invalid bytes decode to it. Only a text that holds one is decoded again, strictly.
  const text = bytes.toString('utf8');
  if (text.includes('\uFFFD')) return { source: decodeSource(bytes), bytes, stat };
  const source = text.charCodeAt(0) === 0xfeff ? { text: text.slice(1), bom: true } : { text, bom: false };
  return { source, bytes, stat };
}

export function readSource(file: string, limit = MAX_SOURCE_BYTES): SourceText {
  return readSourceFile(file, limit).source;
}

export function encodeSource(source: SourceText): Buffer {
  const body = Buffer.from(source.text, 'utf8');
  return source.bom ? Buffer.concat([Buffer.from(UTF8_BOM), body]) : body;
}
