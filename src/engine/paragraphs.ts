/** Splits a (masked) draft into paragraphs: runs of lines separated by blank lines. */
import { lineRanges } from './mask.js';

export interface Paragraph {
  start: number;
  end: number;
  text: string;
}

/** Blank: only spaces of any kind (the same set as a blank line in the separator below). */
const BLANK = /^[ \t\u00a0\v\f\ufeff\u2000-\u200b\u3000]*$/;
/** A line break followed by one or more blank lines and their breaks (a \r\n is one break, never two). */
const SEPARATOR = /(?:\r\n|\n|\r(?!\n))(?:[ \t\u00a0\v\f\ufeff\u2000-\u200b\u3000]*(?:\r\n|\n|\r(?!\n)))+/g;

/** The non-blank lines of one segment, trimmed of blank lines at both ends (only the text's first and last segments have them). */
function trimBlankLines(text: string, from: number, to: number, out: Paragraph[]): void {
  let start = -1;
  let end = -1;
  for (const [lineStart, lineEnd] of lineRanges(text.slice(from, to))) {
    if (BLANK.test(text.slice(from + lineStart, from + lineEnd))) continue;
    if (start < 0) start = from + lineStart;
    end = from + lineEnd;
  }
  if (start >= 0) out.push({ start, end, text: text.slice(start, end) });
}

/** Paragraphs found with one regular-expression pass: the separators are the blank-line runs. */
export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let from = 0;
  let first = true;
  for (const m of text.matchAll(SEPARATOR)) {
    if (first) trimBlankLines(text, from, m.index, paragraphs);
    else if (m.index > from) paragraphs.push({ start: from, end: m.index, text: text.slice(from, m.index) });
    first = false;
    from = m.index + m[0].length;
  }
  trimBlankLines(text, from, text.length, paragraphs);
  return paragraphs;
}
