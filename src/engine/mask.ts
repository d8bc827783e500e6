/**
 * Hides the parts of a draft that are not the writer's own words, by overwriting them with
 * spaces (line breaks kept), so that offsets in the masked text equal offsets in the original:
 * quoted client text (lines starting with `>` and text in quotation marks), HTML comments,
 * fenced code blocks and suppression directives on lines of their own.
 */

const QUOTE_PAIRS: Record<string, string> = { '«': '»', '“': '”', '„': '“' };
const DIRECTIVE_LINE = /^[ \t]*sincerely-(?:disable|enable|ignore-next-line)\b[^\r\n]*$/;

function blank(chars: string[], from: number, to: number): void {
  for (let i = from; i < to; i++) {
    const c = chars[i];
    if (c !== '\n' && c !== '\r') chars[i] = ' ';
  }
}

/** Start offsets and ends (before the line break) of every line; breaks are \r\n, \n or \r. */
export function lineRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      ranges.push([start, i]);
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  ranges.push([start, text.length]);
  return ranges;
}

export function mask(text: string): string {
  const chars = [...text.split('')];
  // HTML comments, possibly over several lines.
  for (const m of text.matchAll(/<!--[\s\S]*?(?:-->|$)/g)) blank(chars, m.index, m.index + m[0].length);

  let inFence = false;
  for (const [start, end] of lineRanges(text)) {
    const line = text.slice(start, end);
    if (/^[ \t]*(```|~~~)/.test(line)) {
      inFence = !inFence;
      blank(chars, start, end);
    } else if (inFence || /^[ \t]*>/.test(line) || DIRECTIVE_LINE.test(line)) {
      blank(chars, start, end);
    } else {
      maskQuotedSpans(line, start, chars);
    }
  }
  return chars.join('');
}

/** Blanks the inside of quotation marks on one line; an unclosed quote leaves the text alone. */
function maskQuotedSpans(line: string, lineStart: number, chars: string[]): void {
  let open = -1;
  let closer = '';
  let depth = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (open < 0) {
      if (QUOTE_PAIRS[c]) {
        open = i;
        closer = QUOTE_PAIRS[c]!;
        depth = 1;
      } else if (c === '"') {
        open = i;
        closer = '"';
        depth = 1;
      }
    } else if (c === closer) {
      depth--;
      if (depth === 0) {
        blank(chars, lineStart + open + 1, lineStart + i);
        open = -1;
      }
    } else if (closer === '»' && c === '«') {
      depth++;
    }
  }
}
