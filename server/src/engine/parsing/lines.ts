import type { Position, Range } from '../types';

/**
 * Maps offsets to LSP positions. Lines end at `\n`, `\r\n` or `\r`, as in LSP;
 * characters are UTF-16 code units, which is what JavaScript strings index.
 */
export class LineIndex {
  private starts: Uint32Array | undefined;

  constructor(private readonly text: string) {}

  /**
   * Where each line starts. In a typed array (4 bytes a line, outside V8's heap), not an array of
   * numbers (8 bytes a line in the heap, and up to half as much again of room to grow): a 300,000
   * line document's index is 1.2 MB rather than 2.4 to 3.6 MB, kept for as long as its parse.
   */
  private lineStarts(): Uint32Array {
    if (this.starts) return this.starts;
    const text = this.text;
    // Room for a line every 32 characters to start with; doubled when full.
    let starts = new Uint32Array(Math.min((text.length >> 5) + 16, text.length + 1));
    let count = 1;
    const add = (start: number) => {
      if (count === starts.length) {
        const grown = new Uint32Array(starts.length * 2);
        grown.set(starts);
        starts = grown;
      }
      starts[count++] = start;
    };
    if (text.indexOf('\r') < 0) {
      // Only \n line ends (the common case): let indexOf find them.
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) add(i + 1);
    } else {
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 13 /* \r */) {
          if (text.charCodeAt(i + 1) === 10) i++;
          add(i + 1);
        } else if (c === 10 /* \n */) {
          add(i + 1);
        }
      }
    }
    // Its exact size (a copy): the room left over would live as long as the index.
    return (this.starts = count === starts.length ? starts : starts.slice(0, count));
  }

  get lineCount(): number {
    return this.lineStarts().length;
  }

  positionAt(offset: number): Position {
    const starts = this.lineStarts();
    offset = Math.max(0, Math.min(offset, this.text.length));
    // An offset between \r and \n is the end of that line: LSP positions cannot split a line break.
    if (offset > 0 && this.text.charCodeAt(offset - 1) === 13 && this.text.charCodeAt(offset) === 10) offset--;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: offset - starts[low] };
  }

  offsetAt(position: Position): number {
    const starts = this.lineStarts();
    if (position.line < 0) return 0;
    if (position.line >= starts.length) return this.text.length;
    const lineStart = starts[position.line];
    const nextStart = position.line + 1 < starts.length ? starts[position.line + 1] : this.text.length;
    return Math.max(lineStart, Math.min(lineStart + Math.max(0, position.character), nextStart));
  }

  rangeOf(offset: number, length: number): Range {
    return { start: this.positionAt(offset), end: this.positionAt(offset + length) };
  }
}
