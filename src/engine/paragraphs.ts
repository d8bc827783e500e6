/** Splits a (masked) draft into paragraphs: runs of lines separated by blank lines. */
import { lineRanges } from './mask.js';

export interface Paragraph {
  start: number;
  end: number;
  text: string;
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0xa0 && c !== 0x0b && c !== 0x0c && c !== 0xfeff && !(c >= 0x2000 && c <= 0x200b) && c !== 0x3000) return false;
  }
  return true;
}

export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let start = -1;
  let end = -1;
  for (const [lineStart, lineEnd] of lineRanges(text)) {
    if (isBlank(text, lineStart, lineEnd)) {
      if (start >= 0) paragraphs.push({ start, end, text: text.slice(start, end) });
      start = -1;
    } else {
      if (start < 0) start = lineStart;
      end = lineEnd;
    }
  }
  if (start >= 0) paragraphs.push({ start, end, text: text.slice(start, end) });
  return paragraphs;
}
