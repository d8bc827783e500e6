/** Offsets to 1-based lines and columns (UTF-16 code units); line breaks are \r\n, \n and \r. */
import { lineRanges } from './mask.js';

export class LineIndex {
  private readonly starts: number[];
  constructor(text: string) {
    this.starts = lineRanges(text).map(([start]) => start);
  }

  /** 1-based line and column of a 0-based offset. */
  at(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }
}
