/**
 * The structure of a whole reply, from the per-paragraph cues of the structure plugin and the
 * tone findings: is this a reply, which parts it has and where, which required parts are missing,
 * and the ordering checks (an excuse before the apology, "sorry, but", grovelling, "!!!").
 * docs/structure.md describes every decision made here.
 */
import { mask } from '../mask.js';
import type { ParagraphMatch } from '../processor.js';
import { greetingLine, signOffLine } from '../reply-detect.js';
import { PARTS, type EvidenceKind, type Finding, type Language, type LintOptions, type Part, type ToneCategory } from '../types.js';
import { SCORER_RULE_IDS } from '../scorer/messages.js';
import { matchReplyChecks, missingParts, type CheckRun, type CheckWord, type Located, type ReplyCheckInput } from '../checks/reply.js';
import { STRUCTURE } from '../rules/data.generated.js';
import { cueSetFor } from './cues.js';
import { replyEvidence, type ReplyEvidence } from './evidence.js';
import type { ParagraphStructure } from './plugin.js';

/** Parts a good reply must have; `clarify` is optional (only when the problem is unclear). */
export const REQUIRED_PARTS: readonly Part[] = PARTS.filter((p) => p !== 'clarify');
export const OPTIONAL_PARTS: readonly Part[] = ['clarify'];

/** The rule id of the finding for a missing part: `missing-apology`, … */
export const missingRuleId = (part: Part): string => `missing-${part}`;

/** Every rule id of category `structure`: the ids of the reply checks (`checks:` of rules/<lang>/structure.yaml). */
export const STRUCTURE_RULE_IDS: readonly string[] = [...new Set(Object.values(STRUCTURE).flatMap((data) => Object.keys(data?.checks ?? {})))];

/** A paragraph as the structure analysis needs it (a subset of lint.ts's ParagraphResult). */
export interface StructureParagraph {
  start: number;
  language: Language;
  structure?: ParagraphStructure;
}

export interface Range {
  offset: number;
  endOffset: number;
}

/** A structure finding before options and positions: the same shape as a tone match, absolute offsets. */
export interface StructureMatch extends ParagraphMatch {
  language: Language;
}

export interface ReplyStructure {
  /** Whether the text reads as a reply (see "Is it a reply?" in docs/structure.md). */
  reply: boolean;
  /** The evidence that decided `reply` (undefined when the language has no structure data). */
  evidence?: ReplyEvidence;
  /** The reply's language: the forced one, or the one of most of its paragraphs' text. */
  language: Language | undefined;
  /** Where missing-part findings go: the greeting line, or the first line of the reply. */
  anchor: Range | undefined;
  /** Where each part is (the counted cues, overlapping ones merged), in text order. */
  ranges: Record<Part, Range[]>;
  /** Parts found, in PARTS order (clarify included when found). */
  present: Part[];
  /** Required parts not found, in PARTS order. */
  missing: Part[];
  /** Structure findings to report (missing parts and ordering checks). */
  matches: StructureMatch[];
}

interface Cue extends Range {
  part: Part;
  paragraph: number;
  sentence: number;
  language: Language;
}

const overlaps = (a: Range, b: Range) => a.offset < b.endOffset && b.offset < a.endOffset;

/**
 * Whether `range` overlaps one of `sorted` (ordered by offset): a binary search for the first
 * range starting at or after its end, then a look back no further than the longest range.
 */
function overlapsAny(sorted: readonly Range[], longest: number, range: Range): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.offset < range.endOffset) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0 && sorted[i]!.offset > range.offset - longest; i--) if (overlaps(sorted[i]!, range)) return true;
  return false;
}

/** Whether `range` lies inside one of `sorted` (ordered by offset); see overlapsAny. */
function containedInAny(sorted: readonly Range[], longest: number, range: Range): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.offset <= range.offset) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0 && sorted[i]!.offset > range.offset - longest; i--) {
    if (sorted[i]!.offset <= range.offset && range.endOffset <= sorted[i]!.endOffset) return true;
  }
  return false;
}

function emptyRanges(): Record<Part, Range[]> {
  return Object.fromEntries(PARTS.map((p) => [p, [] as Range[]])) as unknown as Record<Part, Range[]>;
}

/** Merges overlapping or touching ranges; input in any order, output sorted. */
function merge(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.offset - b.offset || a.endOffset - b.endOffset);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.offset <= last.endOffset) last.endOffset = Math.max(last.endOffset, r.endOffset);
    else out.push({ ...r });
  }
  return out;
}

function replyLanguage(paragraphs: readonly StructureParagraph[], text: string, options: LintOptions): Language | undefined {
  if (options.language && options.language !== 'auto') return options.language;
  const size: Partial<Record<Language, number>> = {};
  paragraphs.forEach((p, i) => {
    const end = paragraphs[i + 1]?.start ?? text.length;
    size[p.language] = (size[p.language] ?? 0) + (end - p.start);
  });
  let best: Language | undefined;
  for (const [language, n] of Object.entries(size) as Array<[Language, number]>) if (!best || n > size[best]!) best = language;
  return best;
}

/** Markers of a future or ongoing action, which keep a fix pending even when it has a past-looking word. */
const FUTURE = /(?<![\p{L}])(?:will|shall|going|буд\p{L}*)(?![\p{L}])|['’]ll(?![\p{L}])/iu;
/**
 * A finished action, in a cue's own words: a perfect or past auxiliary in English; a past verb or
 * a short passive participle in Russian («отправил», «уволен», «возвращены»).
 */
const DONE_CUE: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:have|has|had|was|were|enclosed|attached|included)(?![\p{L}])|['’]ve(?![\p{L}])/iu,
  ru: /\p{L}(?:[аеиоуыя]л[аио]?|[аеиоуыя]л(?:ся|ась|ись|ось)|[еа]н[аоы]?|ован[аоы]?)(?![\p{L}])/iu,
};
/** The same in a whole sentence, where Russian word endings are too ambiguous («недели»): auxiliaries only. */
const DONE_SENTENCE: Record<Language, RegExp> = {
  en: DONE_CUE.en,
  ru: /(?<![\p{L}])(?:уже|был|была|было|были)(?![\p{L}])|\p{L}(?:ен|ены|ена|ено|ован[аоы]?)(?![\p{L}])/iu,
};

/** Whether a fix cue's text tells of an action already done ("we've arranged", «деньги возвращены»). */
export function isDone(text: string, language: Language, scope: 'cue' | 'sentence' = 'cue'): boolean {
  if (FUTURE.test(text)) return false;
  return (scope === 'cue' ? DONE_CUE : DONE_SENTENCE)[language]?.test(text) ?? false;
}

/** The first non-blank line of the (masked) text, without its surrounding blanks. */
function firstLine(masked: string): Range | undefined {
  let start = 0;
  while (start < masked.length) {
    let end = start;
    while (end < masked.length && masked[end] !== '\n' && masked[end] !== '\r') end++;
    const raw = masked.slice(start, end);
    if (raw.trim() !== '') {
      const lead = raw.length - raw.trimStart().length;
      return { offset: start + lead, endOffset: start + raw.trimEnd().length };
    }
    start = end + 1;
  }
  return undefined;
}

/**
 * Words of a text's opening where the evidence that it is a reply must be: a reply says what it
 * answers in its first lines (real replies run to about 300 words; a long statement opens with its
 * apology), while a long document would collect a cue of every kind somewhere by chance.
 */
export const EVIDENCE_WINDOW_WORDS = 300;

const SCORER_IDS: ReadonlySet<string> = new Set(Object.values(SCORER_RULE_IDS));

/** The offset where the opening of `masked` ends (its length when the text is shorter). */
function openingEnd(masked: string): number {
  let words = 0;
  for (const m of masked.matchAll(/\p{L}+/gu)) if (++words > EVIDENCE_WINDOW_WORDS) return m.index;
  return masked.length;
}

/**
 * Analyses the structure of a reply. `toneFindings` are the tone findings after options: a cue
 * inside a flagged phrase ("sorry if you feel…", "we apologize for any inconvenience") does not
 * count as the part it looks like.
 */
export function analyseStructure(
  text: string,
  paragraphs: readonly StructureParagraph[],
  toneFindings: readonly Finding[],
  options: LintOptions = {},
  masked = mask(text),
): ReplyStructure {
  const ranges = emptyRanges();
  const result: ReplyStructure = { reply: false, language: undefined, anchor: undefined, ranges, present: [], missing: [], matches: [] };
  const language = replyLanguage(paragraphs, text, options);
  const data = language ? cueSetFor(language)?.data : undefined;
  if (!language || !data) return result;
  result.language = language;

  // Every cue, in absolute offsets.
  const all: Cue[] = [];
  paragraphs.forEach((p, paragraph) => {
    for (const c of p.structure?.cues ?? []) {
      all.push({ part: c.part, offset: p.start + c.start, endOffset: p.start + c.end, paragraph, sentence: c.sentence, language: p.language });
    }
  });

  // Is it a reply? Evidence that a complaint is being answered, not a greeting alone, found in the
  // text's opening: a long document collects some cue of every kind somewhere by chance.
  const greeting = greetingLine(masked);
  const opening = openingEnd(masked);
  const inOpening = (paragraph: number, sentence: number) => {
    const p = paragraphs[paragraph]!;
    return p.start + (p.structure?.sentences[sentence]?.start ?? 0) < opening;
  };
  const evidence: Array<{ kind: EvidenceKind; sentence: string }> = [];
  const addressedSentences = new Set<string>();
  paragraphs.forEach((p, paragraph) => {
    for (const e of p.structure?.evidence ?? []) if (inOpening(paragraph, e.sentence)) evidence.push({ kind: e.kind, sentence: `${paragraph}:${e.sentence}` });
    for (const s of p.structure?.addressedSentences ?? []) addressedSentences.add(`${paragraph}:${s}`);
  });
  const tone = toneFindings.filter((f) => f.category !== 'structure');
  // The trained scorer's findings are not evidence: the scorer is only trusted once the text is a reply.
  const openingTone = tone.filter((f) => f.offset < opening && !SCORER_IDS.has(f.ruleId));
  const sortedTone = [...tone].sort((a, b) => a.offset - b.offset);
  const longestTone = sortedTone.reduce((n, f) => Math.max(n, f.endOffset - f.offset), 0);
  const minimizing = sortedTone.filter((f) => f.category === 'minimizing');
  const longestMinimizing = minimizing.reduce((n, f) => Math.max(n, f.endOffset - f.offset), 0);
  const minimizingSentences = new Set<string>();
  paragraphs.forEach((p, paragraph) => {
    p.structure?.sentences.forEach((span, sentence) => {
      const range = { offset: p.start + span.start, endOffset: p.start + span.end };
      if (overlapsAny(minimizing, longestMinimizing, range)) minimizingSentences.add(`${paragraph}:${sentence}`);
    });
  });
  // A cue inside a tone finding ("we apologize for any inconvenience") is not the part it looks like;
  // one that only overlaps a finding's edge still counts.
  const inTone = all.map((c) => containedInAny(sortedTone, longestTone, c));
  const keyed = all.map((c, i) => ({ part: c.part, offset: c.offset, endOffset: c.endOffset, sentence: `${c.paragraph}:${c.sentence}`, inTone: inTone[i]! }));
  result.evidence = replyEvidence({
    cues: opening >= masked.length ? keyed : keyed.filter((c) => c.offset < opening),
    minimizingSentences,
    evidence,
    addressedSentences,
    tone: openingTone,
    framed: greeting !== undefined || signOffLine(masked) !== undefined,
    masked,
  });
  result.reply = result.evidence.reply;
  if (!result.reply) return result;
  result.anchor = greeting ? { offset: greeting.start, endOffset: greeting.end } : firstLine(masked);

  // A cue inside a tone finding is not the part it looks like.
  const clean = all.filter((_, i) => !inTone[i]);
  // A cue yields to an overlapping cue of a stronger part ("sorry to hear" is empathy, not an apology).
  // Cues overlap only within their sentence, so only those are compared (long texts have thousands).
  const sentenceKey = (c: Cue) => `${c.paragraph}:${c.sentence}`;
  const bySentence = new Map<string, Cue[]>();
  for (const c of clean) {
    let list = bySentence.get(sentenceKey(c));
    if (!list) bySentence.set(sentenceKey(c), (list = []));
    list.push(c);
  }
  const yieldsOf = (c: Cue) => cueSetFor(c.language)?.data.parts[c.part].yieldTo;
  const kept = clean.filter((c) => {
    const stronger = yieldsOf(c);
    return !stronger || !bySentence.get(sentenceKey(c))!.some((o) => o !== c && stronger.includes(o.part) && overlaps(o, c));
  });
  // A deadline counts only in a sentence with a remedy or a compensation still to come: it dates the
  // fix ("we will resend it by Friday"), not the story ("the parcel left on Monday") nor the call back.
  // A fix already done ("we have refunded", «сотрудник уволен») has nothing left to date.
  const sentenceText = (c: Cue) => {
    const p = paragraphs[c.paragraph]!;
    const span = p.structure?.sentences[c.sentence];
    return span ? text.slice(p.start + span.start, p.start + span.end) : '';
  };
  const pending = kept.filter((c) => {
    if (c.part !== 'remedy' && c.part !== 'compensation') return false;
    const cue = text.slice(c.offset, c.endOffset);
    // The cue's own verb decides; a cue without one ("a refund") takes the tense of its sentence.
    return !isDone(cue, c.language) && (FUTURE.test(cue) || !isDone(sentenceText(c), c.language, 'sentence'));
  });
  const fixSentences = new Set(pending.map(sentenceKey));
  const counted = kept.filter((c) => c.part !== 'deadline' || fixSentences.has(sentenceKey(c)));
  // Naming what went wrong, or the reader's own message or order, acknowledges the complaint
  // ("the parcel arrived damaged", «вы получили не тот размер», "regarding your order").
  // Owning a failure ("my mistake") is not naming the problem: a failure word inside an ownership cue does not count.
  const owned = new Map<string, Cue[]>();
  for (const c of kept) {
    if (c.part !== 'responsibility') continue;
    let list = owned.get(sentenceKey(c));
    if (!list) owned.set(sentenceKey(c), (list = []));
    list.push(c);
  }
  paragraphs.forEach((p, paragraph) => {
    for (const e of p.structure?.evidence ?? []) {
      if (e.kind === 'wronged') continue;
      if (owned.get(`${paragraph}:${e.sentence}`)?.some((o) => o.offset <= p.start + e.start && p.start + e.end <= o.endOffset)) continue;
      counted.push({ part: 'acknowledge', offset: p.start + e.start, endOffset: p.start + e.end, paragraph, sentence: e.sentence, language: p.language });
    }
  });

  for (const part of PARTS) ranges[part] = merge(counted.filter((c) => c.part === part));
  result.present = PARTS.filter((p) => ranges[p].length > 0);
  // The reply checks (kinds part, occurrence, sequence: src/engine/checks/), from the language's data.
  const sentences: Located[] = [];
  const words: CheckWord[] = [];
  const runs: CheckRun[] = [];
  paragraphs.forEach((p, paragraph) => {
    p.structure?.sentences.forEach((span, i) =>
      sentences.push({ offset: p.start + span.start, endOffset: p.start + span.end, sentence: `${paragraph}:${i}`, language: p.language }),
    );
    for (const b of p.structure?.buts ?? []) {
      words.push({ list: 'but', offset: p.start + b.start, endOffset: p.start + b.end, sentence: `${paragraph}:${b.sentence}`, language: p.language });
    }
    for (const r of p.structure?.runs ?? []) runs.push({ check: r.check, offset: p.start + r.start, endOffset: p.start + r.end, language: p.language });
  });
  const input: ReplyCheckInput = {
    language,
    data: STRUCTURE,
    ...(result.anchor ? { anchor: result.anchor } : {}),
    cues: counted.map((c) => ({ part: c.part, offset: c.offset, endOffset: c.endOffset, sentence: sentenceKey(c), language: c.language })),
    pending: new Set(pending.map((c) => c.part)),
    tone: tone.map((f) => ({ category: f.category as ToneCategory, scorer: SCORER_IDS.has(f.ruleId), offset: f.offset, endOffset: f.endOffset })),
    words,
    runs,
    sentences,
  };
  result.missing = missingParts(input);
  for (const m of matchReplyChecks(input)) {
    if (m.endOffset <= m.offset) continue;
    result.matches.push({
      ruleId: m.ruleId,
      category: 'structure',
      message: m.message,
      note: m.note,
      expected: [],
      start: m.offset,
      end: m.endOffset,
      language: m.language,
    });
  }
  return result;
}
