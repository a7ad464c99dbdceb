/**
 * A report written in pieces as it is made (`FileByFileFormatter.writer`): to a stream in chunks
 * of about 64 KiB (few writes, and a run keeps only the chunk being filled, not the whole report),
 * or kept until the end, for `-o FILE`, which is written at once (atomically): kept as UTF-8, the
 * bytes given as they are, so that a large report (the HTML one's 16 MB) is never turned back
 * into text, joined into one string and encoded again.
 */
export class ReportOutput {
  private pending: string[] = [];
  private size = 0;
  /** What is kept for `-o`: bytes, and text not yet encoded (`pending`). */
  private readonly kept: Uint8Array[] = [];

  /** `stream` undefined: keep everything for `bytes()`. */
  constructor(
    private readonly stream: ((text: string | Uint8Array) => void) | undefined,
    private readonly chunk = 1 << 16,
  ) {}

  /** Text, or UTF-8 bytes of whole characters (written as they are: a stream gets what is pending, then them). */
  readonly write = (text: string | Uint8Array): void => {
    if (typeof text !== 'string') {
      this.flush();
      if (this.stream) this.stream(text);
      else this.kept.push(text);
      return;
    }
    this.pending.push(text);
    this.size += text.length;
    if (this.size >= this.chunk) this.flush();
  };

  /** Writes what is pending to the stream (or, when kept, encodes it). */
  flush(): void {
    if (!this.pending.length) return;
    const text = this.pending.length === 1 ? this.pending[0] : this.pending.join('');
    this.pending = [];
    this.size = 0;
    if (this.stream) this.stream(text);
    else this.kept.push(Buffer.from(text, 'utf8'));
  }

  /** Everything written, as UTF-8, when kept. */
  bytes(): Uint8Array {
    this.flush();
    return this.kept.length === 1 ? this.kept[0] : Buffer.concat(this.kept);
  }
}
