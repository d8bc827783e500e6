/**
 * Hides the parts of a draft that are not the writer's own words, by overwriting them with
 * spaces (line breaks kept), so that offsets in the masked text equal offsets in the original:
 * quoted client text (lines starting with `>` and text in quotation marks), HTML comments,
 * fenced code blocks and suppression directives on lines of their own.
 */

const QUOTE_PAIRS: Record<string, string> = { '«': '»', '“': '”', '„': '“', '"': '"' };
const DIRECTIVE_LINE = /^[ \t]*sincerely-(?:disable|enable|ignore-next-line)\b/;
/** Characters that can start something to mask; text without any of them is returned as is. */
const MAYBE_MASKED = /[<>`~«“„"]|sincerely-/;

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
  if (!MAYBE_MASKED.test(text)) return text;
  const ranges: Array<[number, number]> = [];
  // HTML comments, possibly over several lines.
  if (text.includes('<!--')) for (const m of text.matchAll(/<!--[\s\S]*?(?:-->|$)/g)) ranges.push([m.index, m.index + m[0].length]);

  let inFence = false;
  for (const [start, end] of lineRanges(text)) {
    const first = text.slice(start, start + 4).trimStart()[0];
    const line = first === '`' || first === '~' || first === '>' || first === 's' || inFence ? text.slice(start, end) : '';
    if (line && /^[ \t]*(```|~~~)/.test(line)) {
      inFence = !inFence;
      ranges.push([start, end]);
    } else if (inFence || (line && (/^[ \t]*>/.test(line) || DIRECTIVE_LINE.test(line)))) {
      ranges.push([start, end]);
    } else {
      quotedSpans(text, start, end, ranges);
    }
  }
  return ranges.length === 0 ? text : blank(text, ranges);
}

/** The text with every range overwritten by spaces, line breaks kept. */
function blank(text: string, ranges: Array<[number, number]>): string {
  ranges.sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [from, to] of ranges) {
    if (to <= at) continue;
    const start = Math.max(from, at);
    out += text.slice(at, start) + text.slice(start, to).replace(/[^\r\n]/g, ' ');
    at = to;
  }
  return out + text.slice(at);
}

/** Ranges inside quotation marks on one line; an unclosed quote leaves the text alone. */
function quotedSpans(text: string, start: number, end: number, ranges: Array<[number, number]>): void {
  let open = -1;
  let closer = '';
  let depth = 0;
  for (let i = start; i < end; i++) {
    const c = text[i]!;
    if (open < 0) {
      const close = QUOTE_PAIRS[c];
      if (close) {
        open = i;
        closer = close;
        depth = 1;
      }
    } else if (c === closer) {
      if (--depth === 0) {
        ranges.push([open + 1, i]);
        open = -1;
      }
    } else if (closer === '»' && c === '«') {
      depth++;
    }
  }
}
