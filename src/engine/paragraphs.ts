/** Splits a (masked) draft into paragraphs: runs of lines separated by blank lines. */
import { lineRanges } from './mask.js';

export interface Paragraph {
  start: number;
  end: number;
  text: string;
}

export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let start = -1;
  let end = -1;
  const close = () => {
    if (start >= 0) paragraphs.push({ start, end, text: text.slice(start, end) });
    start = -1;
  };
  for (const [lineStart, lineEnd] of lineRanges(text)) {
    if (/^\s*$/.test(text.slice(lineStart, lineEnd))) {
      close();
    } else {
      if (start < 0) start = lineStart;
      end = lineEnd;
    }
  }
  close();
  return paragraphs;
}
