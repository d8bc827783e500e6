/** Offsets to 1-based lines and columns (UTF-16 code units); line breaks are \r\n, \n and \r. */

/** Start offsets of every line, found with indexOf (much faster than a character loop on big texts). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  if (!text.includes('\r')) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

export class LineIndex {
  private starts: number[] | undefined;
  constructor(
    private readonly text: string,
    starts?: number[],
  ) {
    this.starts = starts;
  }

  /**
   * The index of `text`, made from `previous` (the index of the text before an edit that added or
   * removed no line break, and whose changed characters lie after `at`): the lines after `at`
   * moved by `delta`. Cheaper than finding every line break of a long text again.
   */
  static edited(previous: LineIndex, text: string, at: number, delta: number): LineIndex {
    const starts = previous.starts;
    if (!starts) return new LineIndex(text);
    return new LineIndex(text, delta === 0 ? starts : starts.map((s) => (s > at ? s + delta : s)));
  }

  /** 1-based line and column of a 0-based offset. */
  at(offset: number): { line: number; column: number } {
    const starts = (this.starts ??= lineStarts(this.text));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  }
}
