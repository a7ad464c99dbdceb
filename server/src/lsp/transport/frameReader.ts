import { AbstractMessageReader, type DataCallback, type Disposable, type Message, type MessageReader } from 'vscode-languageserver/node';

/**
 * The base protocol's framing over a byte stream (`Content-Length: N\r\n\r\n` then N bytes of
 * UTF-8 JSON), read strictly. vscode-jsonrpc's stream reader, given `Content-Length: abc`, `-5`
 * or a line that is no header at all, reports an error and then waits forever with the bytes
 * in its buffer: the server looks alive and never answers again. Here a broken frame ends the
 * stream (`onBadFrame`: the server says why on stderr and exits non-zero; there is no telling
 * where the next message would start), and a well-framed body that is not JSON is handed to
 * `onBadJson` (JSON-RPC answers it with -32700, Parse error) and reading goes on.
 */
export interface FrameReaderEvents {
  onBadFrame(reason: string): void;
  onBadJson(reason: string): void;
}

/** Longer than any header a client sends: a "header" this long is not one. */
const MAX_HEADER_BYTES = 8 * 1024;
/** Larger than any document an editor holds (V8 strings end near 512 MiB). */
export const MAX_CONTENT_LENGTH = 256 * 1024 * 1024;

const EMPTY = Buffer.alloc(0);
const CR = 13;
const LF = 10;

export class FrameReader extends AbstractMessageReader implements MessageReader {
  private chunks: Buffer[] = [];
  private buffered = 0;
  /** The body length of the message being read; -1 while reading its header. */
  private bodyLength = -1;
  private failed = false;
  private callback: DataCallback | undefined;

  constructor(
    private readonly input: NodeJS.ReadableStream,
    private readonly events: FrameReaderEvents,
  ) {
    super();
  }

  listen(callback: DataCallback): Disposable {
    this.callback = callback;
    const onData = (chunk: Buffer | string) => this.onData(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
    const onError = (error: Error) => this.fireError(error);
    const onClose = () => this.fireClose();
    this.input.on('data', onData);
    this.input.on('error', onError);
    this.input.on('end', onClose);
    this.input.on('close', onClose);
    return {
      dispose: () => {
        this.input.off('data', onData);
        this.input.off('error', onError);
        this.input.off('end', onClose);
        this.input.off('close', onClose);
      },
    };
  }

  private onData(chunk: Buffer): void {
    if (this.failed) return;
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    while (!this.failed) {
      if (this.bodyLength < 0) {
        const length = this.readHeader();
        if (length === undefined) return;
        this.bodyLength = length;
      }
      if (this.buffered < this.bodyLength) return;
      const body = this.take(this.bodyLength);
      this.bodyLength = -1;
      this.deliver(body);
    }
  }

  /** The Content-Length of a complete header at the front of the buffer (which it consumes); undefined while incomplete or broken. */
  private readHeader(): number | undefined {
    if (this.buffered === 0) return undefined;
    const head = this.peek(Math.min(this.buffered, MAX_HEADER_BYTES + 4));
    // Every line of a header ends with CRLF; a bare LF or CR means these bytes are no header.
    let end = -1;
    for (let i = 0; i < head.length; i++) {
      const c = head[i];
      if (c === LF && (i === 0 || head[i - 1] !== CR)) return this.fail(`a line of the message header ends without "\\r\\n": ${show(head.subarray(0, i))}`);
      if (c === CR && i + 1 < head.length && head[i + 1] !== LF)
        return this.fail(`a "\\r" in the message header is not followed by "\\n": ${show(head.subarray(0, i))}`);
      if (c === LF && i >= 3 && head[i - 2] === LF && head[i - 3] === CR) {
        end = i + 1;
        break;
      }
    }
    if (end < 0) {
      if (head.length > MAX_HEADER_BYTES) return this.fail(`no end of the message header in the first ${MAX_HEADER_BYTES} bytes`);
      // A header's first bytes must already look like one ("Name: value").
      if (!/^[A-Za-z0-9-]*(:[^\r\n]*)?(\r\n?)?$|^[A-Za-z0-9-]+:[^\r\n]*\r\n/.test(head.toString('latin1')))
        return this.fail(`not a message header: ${show(head)}`);
      return undefined;
    }
    const lines = head
      .subarray(0, end - 4)
      .toString('latin1')
      .split('\r\n');
    let contentLength: number | undefined;
    for (const line of lines) {
      const match = /^([A-Za-z0-9-]+):[ \t]*(.*?)[ \t]*$/.exec(line);
      if (!match) return this.fail(`not a header line: ${JSON.stringify(line.slice(0, 80))}`);
      const name = match[1].toLowerCase();
      const value = match[2];
      if (name === 'content-length') {
        if (!/^\d{1,10}$/.test(value)) return this.fail(`Content-Length must be a whole number of bytes, not ${JSON.stringify(value.slice(0, 40))}`);
        contentLength = Number(value);
        if (contentLength > MAX_CONTENT_LENGTH) return this.fail(`Content-Length ${contentLength} is over the limit of ${MAX_CONTENT_LENGTH} bytes`);
      } else if (name === 'content-type') {
        const charset = /charset=([^;\s]+)/i.exec(value)?.[1].replace(/"/g, '').toLowerCase();
        if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8')
          return this.fail(`unsupported charset ${JSON.stringify(charset.slice(0, 40))}; only utf-8 is read`);
      }
    }
    if (contentLength === undefined) return this.fail('the message header has no Content-Length');
    this.take(end);
    return contentLength;
  }

  private deliver(body: Buffer): void {
    let message: unknown;
    try {
      message = JSON.parse(body.toString('utf8'));
    } catch (error) {
      this.events.onBadJson(error instanceof Error ? error.message : String(error));
      return;
    }
    this.callback?.(message as Message);
  }

  private fail(reason: string): undefined {
    this.failed = true;
    this.chunks = [];
    this.buffered = 0;
    this.events.onBadFrame(reason);
    return undefined;
  }

  /** The first `length` buffered bytes, without consuming them. */
  private peek(length: number): Buffer {
    if (length === 0) return EMPTY;
    if (this.chunks.length === 1 || this.chunks[0].length >= length) return this.chunks[0].subarray(0, length);
    const joined = Buffer.concat(this.chunks, this.buffered);
    this.chunks = [joined];
    return joined.subarray(0, length);
  }

  /** The first `length` buffered bytes, consumed. */
  private take(length: number): Buffer {
    if (length === 0) return EMPTY;
    const taken = this.peek(length);
    const first = this.chunks[0];
    if (first.length === length) this.chunks.shift();
    else this.chunks[0] = first.subarray(length);
    this.buffered -= length;
    return taken;
  }
}

function show(bytes: Buffer): string {
  return JSON.stringify(bytes.subarray(0, 60).toString('latin1'));
}
