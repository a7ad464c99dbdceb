/**
 * Text kept as UTF-8 in blocks of 1 MiB outside V8's heap: a run's results wait there for the
 * last file without being strings that the garbage collector copies, and go to the output as
 * they are (the HTML report's sections until the summary is written, the SARIF results until the
 * run's rules are known). A piece is never split between blocks (a block holds whole characters).
 */
export class Utf8Blocks {
  private static readonly BLOCK = 1 << 20;
  private readonly full: Uint8Array[] = [];
  private block: Buffer | undefined;
  private used = 0;

  get empty(): boolean {
    return !this.full.length && !this.used;
  }

  add(text: string): void {
    // A UTF-16 code unit takes at most 3 bytes in UTF-8: the exact length is counted only near the end of a block.
    if (!this.block || (this.used + 3 * text.length > this.block.length && this.used + Buffer.byteLength(text) > this.block.length)) {
      if (this.block && this.used) this.full.push(this.block.subarray(0, this.used));
      this.block = Buffer.allocUnsafe(Math.max(Utf8Blocks.BLOCK, Buffer.byteLength(text)));
      this.used = 0;
    }
    this.used += this.block.write(text, this.used);
  }

  chunks(): Uint8Array[] {
    return this.block && this.used ? [...this.full, this.block.subarray(0, this.used)] : this.full;
  }
}
