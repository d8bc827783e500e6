/**
 * Hides the parts of a draft that are not the writer's own words, by overwriting them with
 * spaces (line breaks kept), so that offsets in the masked text equal offsets in the original:
 * quoted client text (lines starting with `>` and text in quotation marks), HTML comments,
 * fenced code blocks and suppression directives on lines of their own.
 */

const QUOTE_PAIRS: Record<string, string> = { '«': '»', '“': '”', '„': '“', '"': '"' };
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
  // Whole lines: quotes, fenced code (from an opening fence line to the closing one), directives.
  let fence = -1;
  for (const [start, end, marker] of specialLines(text)) {
    const isFence = marker === '`' || marker === '~';
    if (fence >= 0) {
      if (isFence) {
        ranges.push([fence, end]);
        fence = -1;
      }
    } else if (isFence) {
      fence = start;
    } else {
      ranges.push([start, end]);
    }
  }
  if (fence >= 0) ranges.push([fence, text.length]);
  quotedSpans(text, ranges);
  return ranges.length === 0 ? text : blank(text, ranges);
}

/** Lines to hide whole: `> quotes`, code fences and suppression directives on their own line. */
const SPECIAL_LINE = /^[ \t]*(>|```|~~~|sincerely-(?:disable|enable|ignore-next-line)\b)/;
const TRIGGERS = ['>', '```', '~~~', 'sincerely-'];

/**
 * The special lines, in order, as [start, end, first character of the marker]. Instead of
 * testing every line, it looks up each trigger with indexOf and checks that only spaces or tabs
 * stand between it and the start of its line: on a long draft that is many times faster.
 */
function specialLines(text: string): Array<[number, number, string]> {
  const found = new Map<number, [number, number, string]>();
  for (const trigger of TRIGGERS) {
    for (let at = text.indexOf(trigger); at >= 0; at = text.indexOf(trigger, at + 1)) {
      let start = at;
      while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
      if (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') continue;
      if (found.has(start)) continue;
      LINE_END.lastIndex = at;
      const end = LINE_END.exec(text)?.index ?? text.length;
      const m = SPECIAL_LINE.exec(text.slice(start, end));
      if (m) found.set(start, [start, end, m[1]![0]!]);
    }
  }
  return [...found.values()].sort((a, b) => a[0] - b[0]);
}
const LINE_END = /[\r\n]/g;

const QUOTE_OPENERS = /[«“„"]/g;
const LINE_BREAK = /[\r\n]/g;

/** Ranges inside quotation marks, each within one line; an unclosed quote leaves its line alone. */
function quotedSpans(text: string, ranges: Array<[number, number]>): void {
  QUOTE_OPENERS.lastIndex = 0;
  let lineEnd = -1;
  for (let m = QUOTE_OPENERS.exec(text); m; m = QUOTE_OPENERS.exec(text)) {
    const open = m.index;
    if (open >= lineEnd) {
      LINE_BREAK.lastIndex = open;
      lineEnd = LINE_BREAK.exec(text)?.index ?? text.length;
    }
    const closer = QUOTE_PAIRS[m[0]]!;
    let close = text.indexOf(closer, open + 1);
    if (closer === '»') close = closingGuillemet(text, open, lineEnd);
    if (close < 0 || close >= lineEnd) {
      QUOTE_OPENERS.lastIndex = lineEnd; // unclosed: nothing more on this line is quoted
      continue;
    }
    ranges.push([open + 1, close]);
    QUOTE_OPENERS.lastIndex = close + 1;
  }
}

/** The » that closes the « at `open`, counting nested «…» pairs; -1 when the line has none. */
function closingGuillemet(text: string, open: number, lineEnd: number): number {
  let depth = 0;
  for (let i = open; i < lineEnd; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xab) depth++;
    else if (c === 0xbb && --depth === 0) return i;
  }
  return -1;
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
