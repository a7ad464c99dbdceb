/**
 * A report written in pieces as it is made (`FileByFileFormatter.writer`): to a stream in chunks
 * of about 64 KiB (few writes, and a run keeps only the chunk being filled, not the whole report),
 * or kept until the end, for `-o FILE`, which is written at once (atomically).
 */
export class ReportOutput {
  private pending: string[] = [];
  private size = 0;
  private readonly kept: string[] = [];

  /** `stream` undefined: keep everything for `text()`. */
  constructor(private readonly stream: ((text: string | Uint8Array) => void) | undefined, private readonly chunk = 1 << 16) {}

  /** Text, or UTF-8 bytes of whole characters (written as they are: a stream gets what is pending, then them). */
  readonly write = (text: string | Uint8Array): void => {
    if (typeof text !== 'string') {
      if (!this.stream) {
        this.kept.push(Buffer.from(text.buffer, text.byteOffset, text.byteLength).toString('utf8'));
        return;
      }
      this.flush();
      this.stream(text);
      return;
    }
    if (!this.stream) {
      this.kept.push(text);
      return;
    }
    this.pending.push(text);
    this.size += text.length;
    if (this.size >= this.chunk) this.flush();
  };

  /** Writes what is pending to the stream. */
  flush(): void {
    if (!this.stream || !this.pending.length) return;
    const text = this.pending.length === 1 ? this.pending[0] : this.pending.join('');
    this.pending = [];
    this.size = 0;
    this.stream(text);
  }

  /** Everything written, when kept. */
  text(): string {
    return this.kept.join('');
  }
}
