import type * as fs from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { BOM, withoutBom, type TextWithoutBom } from '../engine';
import { MAX_SOURCE_BYTES, readRegularFile, readRegularFileText } from '../shared/regularFile';

/** A file's text as the engine sees it (line ends kept as they are), and whether it had a byte order mark (restored on write). */
export type SourceText = TextWithoutBom;

/** The file is not UTF-8: it is reported, never linted nor rewritten. */
export class NotUtf8Error extends Error {
  constructor() {
    super('not valid UTF-8');
  }
}

/** Decodes bytes as strict UTF-8, taking a leading byte order mark apart. Throws NotUtf8Error. */
export function decodeSource(bytes: Uint8Array): SourceText {
  // isUtf8 is strict (no overlong forms, no surrogates), and decoding valid UTF-8 loses nothing.
  if (!isUtf8(bytes)) throw new NotUtf8Error();
  return withoutBom(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
}

/** A file read for linting: its text, and the bytes and stat `--fix` compares before replacing it. */
export interface ReadSource {
  source: SourceText;
  bytes: Buffer;
  stat: fs.Stats;
}

/**
 * Reads a regular file of at most `limit` bytes as UTF-8 (see shared/regularFile.ts: a FIFO, a device
 * or a link to one is refused, never read). Throws NotRegularFileError, TooLargeError,
 * NotUtf8Error or the system's error.
 */
export function readSourceFile(file: string, limit = MAX_SOURCE_BYTES): ReadSource {
  const { bytes, stat } = readRegularFile(file, limit);
  // Node's own decoding first (the fastest): a text without U+FFFD came from valid UTF-8, since
  // invalid bytes decode to it. Only a text that holds one is decoded again, strictly.
  const text = bytes.toString('utf8');
  if (text.includes('\uFFFD')) return { source: decodeSource(bytes), bytes, stat };
  return { source: withoutBom(text), bytes, stat };
}

/** The same, but the text only (no bytes kept, nor stat): the fastest read, for a lint without `--fix`. */
export function readSourceText(file: string, limit = MAX_SOURCE_BYTES): SourceText {
  return readRegularFileText(file, limit, (text, bytes) => (text.includes('\uFFFD') ? decodeSource(bytes()) : withoutBom(text)));
}

export function readSource(file: string, limit = MAX_SOURCE_BYTES): SourceText {
  return readSourceFile(file, limit).source;
}

export function encodeSource(source: SourceText): Buffer {
  return Buffer.from(source.bom ? BOM + source.text : source.text, 'utf8');
}
