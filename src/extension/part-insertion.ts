/**
 * The quick fix for a missing part of a reply: which snippets supply the part, and where in the
 * draft its snippet goes. Pure (the glue inserts the result with `editor.insertSnippet`).
 *
 * - The opening parts (acknowledge, empathy, apology, responsibility) go right after the greeting
 *   line, or at the top of the reply when it has none; after the opening paragraphs that come
 *   before them in a reply (an apology goes after the acknowledgement that follows the greeting).
 * - The middle parts (clarify, remedy, deadline, compensation) go after the last paragraph with
 *   an apology, an ownership statement or a remedy; without one, like the closing parts.
 * - The closing parts (follow-up, thanks) go before the sign-off line ("Best regards,"
 *   «С уважением,»), or at the end without one; before the closing paragraphs that come after
 *   them in a reply (a follow-up goes above the thanks). When the draft has a sign-off, the
 *   closing snippet's own sign-off and signature are left out.
 */
import { cueSetFor, greetingLine, PARTS, signOffLine, type Language, type Part } from '../engine/index.js';
import { lineRanges, mask } from '../engine/mask.js';

export const OPENING_PARTS: readonly Part[] = ['acknowledge', 'empathy', 'apology', 'responsibility'];
export const MIDDLE_PARTS: readonly Part[] = ['clarify', 'remedy', 'deadline', 'compensation'];
export const CLOSING_PARTS: readonly Part[] = ['follow-up', 'thanks'];
/** The paragraphs after which a middle part goes. */
const MIDDLE_ANCHORS: readonly Part[] = ['apology', 'responsibility', 'remedy'];

/** Without a sign-off formula, a last block of up to 3 short lines without final punctuation is a signature. */
const SIGNATURE_MAX_LENGTH = 40;

const MISSING = /^missing-(.+)$/;

/** The part a `missing-<part>` rule id is about, or undefined for any other rule. */
export function partOfRuleId(ruleId: string): Part | undefined {
  const part = MISSING.exec(ruleId)?.[1];
  return part && (PARTS as readonly string[]).includes(part) ? (part as Part) : undefined;
}

/**
 * The prefixes of the snippets (snippets/<language>.code-snippets) that insert a part, from the
 * structure data: one for most parts, three for compensation (redo, refund, discount).
 */
export function snippetPrefixes(language: Language, part: Part): readonly string[] {
  return cueSetFor(language)?.data.parts[part].snippets ?? [];
}

/** Every part → its snippet prefixes, for one language. */
export function partSnippetMap(language: Language): Record<Part, readonly string[]> {
  return Object.fromEntries(PARTS.map((part) => [part, snippetPrefixes(language, part)])) as Record<Part, readonly string[]>;
}

/** The language whose snippets have this prefix. */
export function languageOfPrefix(prefix: string): Language | undefined {
  return (['en', 'ru'] as const).find((language) => PARTS.some((part) => snippetPrefixes(language, part).includes(prefix)));
}

export interface OffsetRange {
  offset: number;
  endOffset: number;
}

export interface PartInsertionInput {
  /** The document's text. */
  text: string;
  part: Part;
  /** The snippet body (`${1:…}` fields and all), lines joined with \n. */
  body: string;
  /** Where the parts present are (`ReplyStructure.ranges` / `analyse(...).ranges`). */
  ranges?: Partial<Record<Part, readonly OffsetRange[]>>;
  /** The document's line break; the snippet's line breaks are converted to it. */
  eol?: '\n' | '\r\n';
}

export type Placement = 'afterGreeting' | 'top' | 'afterPart' | 'beforeSignOff' | 'end';

export interface PartInsertion {
  /** Where to insert, as an offset in the text (a line's start or end). */
  offset: number;
  /** What to insert there: the snippet body with the blank lines that make it a paragraph. */
  snippet: string;
  placement: Placement;
}

interface Segment {
  firstLine: number;
  lastLine: number;
}

/** Where the snippet of a missing part goes, and the snippet text to insert there. */
export function partInsertion(input: PartInsertionInput): PartInsertion {
  const { text, part, ranges = {} } = input;
  const isSignature = (segment: Segment) => {
    if (segment.lastLine - segment.firstLine >= 3) return false;
    for (let i = segment.firstLine; i <= segment.lastLine; i++) {
      const line = masked.slice(lines[i]![0], lines[i]![1]).trim();
      if (line.length > SIGNATURE_MAX_LENGTH || /[.!?:;,…]$/.test(line)) return false;
    }
    return true;
  };
  const eol = input.eol ?? (text.includes('\r\n') ? '\r\n' : '\n');
  const masked = mask(text);
  const lines = lineRanges(text);
  const blank = (i: number) => masked.slice(lines[i]![0], lines[i]![1]).trim() === '';
  const rawBlank = (i: number) => text.slice(lines[i]![0], lines[i]![1]).trim() === '';
  const lineOf = (offset: number) => {
    let lo = 0;
    let hi = lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lines[mid]![0] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };

  // Paragraphs: runs of non-blank lines of the reply (quoted client text is blank once masked).
  const paragraphs: Segment[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (blank(i)) continue;
    const last = paragraphs[paragraphs.length - 1];
    if (last && last.lastLine === i - 1) last.lastLine = i;
    else paragraphs.push({ firstLine: i, lastLine: i });
  }
  // A blank line around the snippet, unless the draft puts its lines one under the other without any.
  const contentLines = paragraphs.reduce((n, p) => n + p.lastLine - p.firstLine + 1, 0);
  const separator = paragraphs.length > 1 || contentLines < 2 ? eol + eol : eol;
  const double = separator.length > eol.length;

  const greeting = greetingLine(masked);
  const greetingLineIndex = greeting ? lineOf(greeting.start) : undefined;
  const signOff = signOffLine(masked);
  // Without a closing formula, a last short block such as "Max" or "Anna Petrova\nACME" is the signature.
  const lastParagraph = paragraphs[paragraphs.length - 1];
  const signature =
    !signOff &&
    lastParagraph &&
    paragraphs.length > 1 &&
    (greetingLineIndex === undefined || lastParagraph.firstLine > greetingLineIndex) &&
    isSignature(lastParagraph)
      ? lastParagraph.firstLine
      : undefined;
  const signOffLineIndex = signOff ? lineOf(signOff.start) : signature;

  let body = input.body;
  if (signOffLineIndex !== undefined && CLOSING_PARTS.includes(part)) {
    // The draft signs off already: keep the snippet's text, not its own sign-off and signature.
    const own = signOffLine(body);
    if (own) {
      const cut = body.slice(0, own.start).trimEnd();
      if (cut !== '') body = cut;
    }
  }
  body = body.replace(/\r?\n/g, eol);

  if (paragraphs.length === 0) return { offset: text.length, snippet: text.trim() === '' ? body : separator + body, placement: 'top' };

  const before = (line: number, placement: Placement): PartInsertion => {
    const prefix = double && line > 0 && !rawBlank(line - 1) ? eol : '';
    return { offset: lines[line]![0], snippet: prefix + body + separator, placement };
  };
  const after = (line: number, placement: Placement): PartInsertion => {
    const suffix = double && line + 1 < lines.length && !rawBlank(line + 1) ? eol : '';
    return { offset: lines[line]![1], snippet: separator + body + suffix, placement };
  };

  const index = PARTS.indexOf(part);
  const partsIn = (segment: Segment): Part[] => {
    const start = lines[segment.firstLine]![0];
    const end = lines[segment.lastLine]![1];
    return PARTS.filter((p) => (ranges[p] ?? []).some((r) => r.offset < end && r.endOffset > start));
  };
  /** An opening paragraph to keep above the part: an earlier opening part (and maybe thanks: «Спасибо, что написали»). */
  const onlyEarlierOpening = (segment: Segment) => {
    const found = partsIn(segment);
    const earlier = (p: Part) => OPENING_PARTS.includes(p) && PARTS.indexOf(p) < index;
    return found.some(earlier) && found.every((p) => earlier(p) || p === 'thanks');
  };
  const onlyLater = (segment: Segment) => {
    const found = partsIn(segment);
    return found.length > 0 && found.every((p) => PARTS.indexOf(p) > index);
  };

  /** The segments (paragraphs, split at the greeting and the sign-off) in document order. */
  const segments: Segment[] = [];
  for (const p of paragraphs) {
    let first = p.firstLine;
    for (const cut of [greetingLineIndex, signOffLineIndex]) {
      if (cut === undefined || cut < first || cut > p.lastLine) continue;
      if (cut > first) segments.push({ firstLine: first, lastLine: cut - 1 });
      segments.push({ firstLine: cut, lastLine: cut });
      first = cut + 1;
    }
    if (first <= p.lastLine) segments.push({ firstLine: first, lastLine: p.lastLine });
  }
  segments.sort((a, b) => a.firstLine - b.firstLine);
  const bodyStart = greetingLineIndex ?? -1;
  const bodyEnd = signOffLineIndex ?? lines.length;

  /** Before the sign-off (or at the end), above the closing paragraphs that come after the part. */
  const closing = (): PartInsertion => {
    const inBody = segments.filter((s) => s.firstLine > bodyStart && s.lastLine < bodyEnd);
    let k = inBody.length;
    while (k > 0 && onlyLater(inBody[k - 1]!)) k--;
    if (k < inBody.length) return before(inBody[k]!.firstLine, 'beforeSignOff');
    if (signOffLineIndex !== undefined) return before(signOffLineIndex, 'beforeSignOff');
    const last = segments[segments.length - 1]!;
    return after(last.lastLine, 'end');
  };

  if (OPENING_PARTS.includes(part)) {
    const inBody = segments.filter((s) => s.firstLine > bodyStart && s.lastLine < bodyEnd);
    let k = 0;
    while (k < inBody.length && onlyEarlierOpening(inBody[k]!)) k++;
    if (k > 0) return after(inBody[k - 1]!.lastLine, 'afterPart');
    if (greetingLineIndex !== undefined) return after(greetingLineIndex, 'afterGreeting');
    return before(segments[0]!.firstLine, 'top');
  }

  if (MIDDLE_PARTS.includes(part)) {
    const signOffStart = signOffLineIndex === undefined ? Infinity : lines[signOffLineIndex]![0];
    const greetingEnd = greetingLineIndex === undefined ? -1 : lines[greetingLineIndex]![1];
    let anchor: number | undefined;
    for (const p of MIDDLE_ANCHORS) {
      for (const r of ranges[p] ?? []) {
        if (r.offset >= signOffStart || r.offset < greetingEnd) continue;
        if (anchor === undefined || r.offset > anchor) anchor = r.offset;
      }
    }
    if (anchor !== undefined) {
      const line = lineOf(anchor);
      const segment = segments.find((s) => s.firstLine <= line && line <= s.lastLine);
      if (segment) return after(segment.lastLine, 'afterPart');
    }
  }

  return closing();
}
