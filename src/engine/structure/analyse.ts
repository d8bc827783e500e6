/**
 * The structure of a whole reply, from the per-paragraph cues of the structure plugin and the
 * tone findings: is this a reply, which parts it has and where, which required parts are missing,
 * and the ordering checks (an excuse before the apology, "sorry, but", grovelling, "!!!").
 * docs/structure.md describes every decision made here.
 */
import { mask } from '../mask.js';
import { countWhile } from '../sorted.js';
import type { ParagraphMatch } from '../processor.js';
import { greetingScan, signOffScan } from '../reply-detect.js';
import { PARTS, type Finding, type Language, type LintOptions, type Part, type ToneCategory } from '../types.js';
import { isScorerRule } from '../scorer/messages.js';
import {
  matchReplyChecks,
  missingParts,
  type CheckCue,
  type CheckRun,
  type CheckWord,
  type CueIndex,
  type ReplyCheckInput,
  type SentenceIndex,
} from '../checks/reply.js';
import { STRUCTURE_CHECK_IDS } from '../rules/data.generated.js';
import { loadedStructureData } from '../rule-data.js';
import { cueSetFor } from './cues.js';
import {
  cueReason,
  defends,
  documentCounts,
  DOCUMENT_SHARE,
  shareOf,
  evidenceReason,
  lineAt,
  weighEvidence,
  type EvidenceReason,
  type LineCounts,
  type ReplyEvidence,
} from './evidence.js';
import { emptyStructure, type ParagraphStructure } from './plugin.js';
import { offsetAfterWords } from '../word-count.js';

/** Parts a good reply must have; `clarify` is optional (only when the problem is unclear). */
export const REQUIRED_PARTS: readonly Part[] = PARTS.filter((p) => p !== 'clarify');
export const OPTIONAL_PARTS: readonly Part[] = ['clarify'];

/** The rule id of the finding for a missing part: `missing-apology`, … */
export const missingRuleId = (part: Part): string => `missing-${part}`;

/** Every rule id of category `structure`: the ids of the reply checks (`checks:` of rules/<lang>/structure.yaml). */
export const STRUCTURE_RULE_IDS: readonly string[] = STRUCTURE_CHECK_IDS;

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

const overlaps = (a: Range, b: Range) => a.offset < b.endOffset && b.offset < a.endOffset;

/**
 * Whether `range` overlaps one of `sorted` (ordered by offset): a binary search for the first
 * range starting at or after its end, then a look back no further than the longest range.
 */
function overlapsAny(sorted: readonly Range[], longest: number, range: Range): boolean {
  const lo = countWhile(sorted, (r) => r.offset < range.endOffset);
  for (let i = lo - 1; i >= 0 && sorted[i]!.offset > range.offset - longest; i--) if (overlaps(sorted[i]!, range)) return true;
  return false;
}

/** Whether `range` lies inside one of `sorted` (ordered by offset); see overlapsAny. */
function containedInAny(sorted: readonly Range[], longest: number, range: Range): boolean {
  const lo = countWhile(sorted, (r) => r.offset <= range.offset);
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

/** The first non-blank line of the (masked) text, without its surrounding blanks, and the end of what was read. */
function firstLineScan(masked: string): { range: Range | undefined; readTo: number } {
  let start = 0;
  while (start < masked.length) {
    let end = start;
    while (end < masked.length && masked[end] !== '\n' && masked[end] !== '\r') end++;
    const raw = masked.slice(start, end);
    if (raw.trim() !== '') {
      const lead = raw.length - raw.trimStart().length;
      return { range: { offset: start + lead, endOffset: start + raw.trimEnd().length }, readTo: end + 1 };
    }
    start = end + 1;
  }
  return { range: undefined, readTo: Infinity };
}

/** A tone finding as the structure analysis reads it, offsets relative to its paragraph. */
interface LocalTone extends Range {
  category: Finding['category'];
  ruleId: string;
}

/** A counted cue, offsets relative to its paragraph. */
interface LocalCue extends Range {
  part: Part;
  sentence: number;
  language: Language;
}

/** What a reply's paragraph contributes when the text is a reply; offsets relative to the paragraph. */
interface ReplyContribution {
  /** Where each part is in the paragraph (counted cues, overlapping ones merged), and the parts found. */
  ranges: Record<Part, Range[]>;
  parts: Part[];
  /** The counted cues (the reply checks' `{part}` items). */
  cues: LocalCue[];
  /** The parts with a cue of a fix still to come (a remedy or a compensation not yet done: it needs a deadline). */
  pending: Part[];
}

/**
 * What one paragraph contributes to the whole-reply decisions. It depends only on the paragraph
 * (its cues, its text, its tone findings), so it is kept with the paragraph's cues and computed
 * again only when one of them changes: after an edit, only the edited paragraph is read again.
 */
interface ParagraphSummary {
  /** What the summary was computed from besides the cues: the language, the text before masking, the tone findings. */
  language: Language;
  original: string;
  toneKey: string;
  cueReasons: Array<EvidenceReason | undefined>;
  evidenceReasons: EvidenceReason[];
  /** Whether a defensive tone finding is there, and one outside list-item and heading lines. */
  defends: boolean;
  defendsOutsideLists: boolean;
  /** Per cue, whether it lies inside a tone finding (such a cue is not the part it looks like). */
  inTone: boolean[];
  /** The part computed when the text is a reply (lazily: most texts are decided as they are). */
  reply?: ReplyContribution;
}

const summaries = new WeakMap<ParagraphStructure, ParagraphSummary>();

/** The paragraph's summary, from the cache when nothing it depends on changed. */
function summaryOf(p: StructureParagraph, structure: ParagraphStructure, original: string, tone: LocalTone[], masked: () => string): ParagraphSummary {
  let toneKey = '';
  for (const f of tone) toneKey += `${f.offset},${f.endOffset},${f.category},${f.ruleId};`;
  const known = summaries.get(structure);
  if (known && known.language === p.language && known.toneKey === toneKey && known.original === original) return known;
  // `original` is a slice: a copy of it must not keep the whole text it was sliced from alive.
  const summary = summarize(structure, p.language, flat(original), toneKey, tone, masked);
  summaries.set(structure, summary);
  return summary;
}

/** A copy of `s` that does not share the memory of a longer string it was sliced from. */
const flat = (s: string): string => (' ' + s).slice(1);

function summarize(
  structure: ParagraphStructure,
  language: Language,
  original: string,
  toneKey: string,
  tone: LocalTone[],
  masked: () => string,
): ParagraphSummary {
  const sorted = [...tone].sort((a, b) => a.offset - b.offset);
  const longest = sorted.reduce((n, f) => Math.max(n, f.endOffset - f.offset), 0);
  const minimizing = sorted.filter((f) => f.category === 'minimizing');
  const longestMinimizing = minimizing.reduce((n, f) => Math.max(n, f.endOffset - f.offset), 0);
  const minimizingSentences = new Set<number>();
  structure.sentences.forEach((span, sentence) => {
    if (overlapsAny(minimizing, longestMinimizing, { offset: span.start, endOffset: span.end })) minimizingSentences.add(sentence);
  });
  // A cue inside a tone finding ("we apologize for any inconvenience") is not the part it looks like;
  // one that only overlaps a finding's edge still counts.
  const inTone = structure.cues.map((c) => containedInAny(sorted, longest, { offset: c.start, endOffset: c.end }));
  const cueReasons = structure.cues.map((c, i) => cueReason(c.part, inTone[i]!, minimizingSentences.has(c.sentence)));
  const addressed = new Set(structure.addressedSentences);
  for (const e of structure.evidence) if (e.kind === 'wronged') addressed.add(e.sentence);
  const evidenceReasons = structure.evidence.map((e) => evidenceReason(e.kind, addressed.has(e.sentence)));
  let defendsAny = false;
  let defendsOutsideLists = false;
  for (const f of tone) {
    // The trained scorer's findings are not evidence: the scorer is only trusted once the text is a reply.
    if (isScorerRule(f.ruleId) || !defends(f.category, () => '', false)) continue;
    defendsAny = true;
    if (defends(f.category, () => lineAt(masked(), f.offset), true)) defendsOutsideLists = true;
  }
  return { language, original, toneKey, cueReasons, evidenceReasons, defends: defendsAny, defendsOutsideLists, inTone };
}

/** The paragraph's contribution to a reply (see ReplyContribution). `original` is its text before masking. */
function replyContribution(p: StructureParagraph, structure: ParagraphStructure, summary: ParagraphSummary, original: string): ReplyContribution {
  if (summary.reply) return summary.reply;
  // A cue inside a tone finding is not the part it looks like.
  const clean: LocalCue[] = [];
  structure.cues.forEach((c, i) => {
    if (!summary.inTone[i]) clean.push({ part: c.part, offset: c.start, endOffset: c.end, sentence: c.sentence, language: p.language });
  });
  // A cue yields to an overlapping cue of a stronger part ("sorry to hear" is empathy, not an apology).
  // Cues overlap only within their sentence, so only those are compared.
  const bySentence = new Map<number, LocalCue[]>();
  for (const c of clean) {
    let list = bySentence.get(c.sentence);
    if (!list) bySentence.set(c.sentence, (list = []));
    list.push(c);
  }
  const yieldsOf = (c: LocalCue) => cueSetFor(c.language)?.data.parts[c.part].yieldTo;
  const kept = clean.filter((c) => {
    const stronger = yieldsOf(c);
    return !stronger || !bySentence.get(c.sentence)!.some((o) => o !== c && stronger.includes(o.part) && overlaps(o, c));
  });
  // A deadline counts only in a sentence with a remedy or a compensation still to come: it dates the
  // fix ("we will resend it by Friday"), not the story ("the parcel left on Monday") nor the call back.
  // A fix already done ("we have refunded", «сотрудник уволен») has nothing left to date.
  const sentenceText = (c: LocalCue) => {
    const span = structure.sentences[c.sentence];
    return span ? original.slice(span.start, span.end) : '';
  };
  const pending = kept.filter((c) => {
    if (c.part !== 'remedy' && c.part !== 'compensation') return false;
    const cue = original.slice(c.offset, c.endOffset);
    // The cue's own verb decides; a cue without one ("a refund") takes the tense of its sentence.
    return !isDone(cue, c.language) && (FUTURE.test(cue) || !isDone(sentenceText(c), c.language, 'sentence'));
  });
  const fixSentences = new Set(pending.map((c) => c.sentence));
  const counted = kept.filter((c) => c.part !== 'deadline' || fixSentences.has(c.sentence));
  // Naming what went wrong, or the reader's own message or order, acknowledges the complaint
  // ("the parcel arrived damaged", «вы получили не тот размер», "regarding your order").
  // Owning a failure ("my mistake") is not naming the problem: a failure word inside an ownership cue does not count.
  const owned = new Map<number, LocalCue[]>();
  for (const c of kept) {
    if (c.part !== 'responsibility') continue;
    let list = owned.get(c.sentence);
    if (!list) owned.set(c.sentence, (list = []));
    list.push(c);
  }
  for (const e of structure.evidence) {
    if (e.kind === 'wronged') continue;
    if (owned.get(e.sentence)?.some((o) => o.offset <= e.start && e.end <= o.endOffset)) continue;
    counted.push({ part: 'acknowledge', offset: e.start, endOffset: e.end, sentence: e.sentence, language: p.language });
  }
  const ranges = emptyRanges();
  for (const part of PARTS) ranges[part] = merge(counted.filter((c) => c.part === part));
  const parts = PARTS.filter((part) => ranges[part].length > 0);
  return (summary.reply = { ranges, parts, cues: counted, pending: [...new Set(pending.map((c) => c.part))] });
}

type Line = { start: number; end: number } | undefined;

/**
 * What the structure analysis reads of the whole masked text besides its paragraphs: the
 * greeting and sign-off lines (and how far their search read), the shape of its lines, the
 * first line, and a paragraph's masked text. `textFrame` reads them from the text; an
 * incremental run builds them from the previous run's without reading the whole text again.
 */
export interface TextFrame {
  greeting: { line: Line; readTo: number };
  signOff: { line: Line; readFrom: number };
  counts: LineCounts;
  /** Where the opening ends (see EVIDENCE_WINDOW_WORDS, openingEnd). */
  opening: number;
  /** The first non-blank line and the end of what its search read, once asked for. */
  firstLine(): { range: Range | undefined; readTo: number };
  /**
   * The masked text of the paragraph that starts at `start` (a text offset; `end`: where the next
   * one starts). The blank lines after the paragraph may be left out: only its lines are read.
   */
  paragraph(start: number, end: number): string;
}

export function textFrame(masked: string): TextFrame {
  let first: { range: Range | undefined; readTo: number } | undefined;
  return {
    greeting: greetingScan(masked),
    signOff: signOffScan(masked),
    counts: documentCounts(masked),
    opening: openingEnd(masked),
    firstLine: () => (first ??= firstLineScan(masked)),
    paragraph: (start, end) => masked.slice(start, end),
  };
}

/**
 * Words of a text's opening where the evidence that it is a reply must be: a reply says what it
 * answers in its first lines (real replies run to about 300 words; a long statement opens with its
 * apology), while a long document would collect a cue of every kind somewhere by chance.
 */
export const EVIDENCE_WINDOW_WORDS = 300;

/** The offset where the opening of `masked` ends (its length when the text is shorter). */
export function openingEnd(masked: string): number {
  return offsetAfterWords([{ text: masked, start: 0 }], EVIDENCE_WINDOW_WORDS) ?? masked.length;
}

/**
 * What an incremental run tells the structure analysis: the text changed inside one paragraph
 * only (the one that starts at `changed`; the paragraphs after it moved, their text and findings
 * the same), and the analysis of the text before the edit. The other paragraphs' summaries are
 * then taken from it without checking them again.
 */
export interface StructureHint {
  previous: ReplyStructure;
  changed: number;
  /** How far the paragraphs after the changed one moved. */
  delta: number;
}

/** The paragraph summaries of an analysis, by paragraph index, for the next one (see StructureHint). */
const summariesOf = new WeakMap<ReplyStructure, ParagraphSummary[]>();

/** The summaries of `hint.previous` when they are valid for `paragraphs`, and the index of the changed paragraph. */
function knownSummaries(
  hint: StructureHint | undefined,
  paragraphs: readonly StructureParagraph[],
): { summaries: ParagraphSummary[]; changed: number; previous: ReplyStructure; delta: number } | undefined {
  const summaries = hint && summariesOf.get(hint.previous);
  if (!summaries || summaries.length !== paragraphs.length) return undefined;
  // The changed paragraph must be there before and after the edit (same count, found by its start).
  const changed = countWhile(paragraphs, (p) => p.start < hint!.changed);
  if (paragraphs[changed]?.start !== hint!.changed) return undefined;
  return { summaries, changed, previous: hint!.previous, delta: hint!.delta };
}

/** The first index of `sorted` (ordered by offset) whose offset is at least `offset`. */
function firstFrom(sorted: readonly Range[], offset: number): number {
  return countWhile(sorted, (r) => r.offset < offset);
}

/**
 * The ranges of a part after an edit inside one paragraph, from those of the previous analysis
 * (ordered by offset): the ones before the paragraph as they were (the same objects), the
 * paragraph's own, and the ones after it (from `after` in the previous text) moved by `delta`.
 */
function splicedRanges(previous: readonly Range[], from: number, after: number, delta: number, own: readonly Range[], start: number): Range[] {
  const head = firstFrom(previous, from);
  const tail = firstFrom(previous, after);
  const out = previous.slice(0, head);
  for (const r of own) out.push({ offset: r.offset + start, endOffset: r.endOffset + start });
  if (delta === 0) {
    for (let i = tail; i < previous.length; i++) out.push(previous[i]!);
  } else {
    for (let i = tail; i < previous.length; i++) out.push({ offset: previous[i]!.offset + delta, endOffset: previous[i]!.endOffset + delta });
  }
  return out;
}

/**
 * The counted cues of the whole reply, for the reply checks: a part has a cue where it has a
 * range; the cues of a part, absolute, are built when a check asks for them.
 */
function replyCues(
  paragraphs: readonly StructureParagraph[],
  contributions: readonly ReplyContribution[],
  bases: readonly number[],
  ranges: Record<Part, Range[]>,
): CueIndex {
  const built = new Map<Part, CheckCue[]>();
  /** The cues of `part` in paragraph `i`, absolute, appended to `cues`. */
  const add = (cues: CheckCue[], part: Part, i: number) => {
    const start = paragraphs[i]!.start;
    for (const c of contributions[i]!.cues) {
      if (c.part === part)
        cues.push({ part, offset: c.offset + start, endOffset: c.endOffset + start, sentence: bases[i]! + c.sentence, language: c.language });
    }
  };
  return {
    has: (part) => ranges[part].length > 0,
    of(part) {
      let cues = built.get(part);
      if (cues) return cues;
      built.set(part, (cues = []));
      contributions.forEach((reply, i) => {
        if (reply.parts.includes(part)) add(cues, part, i);
      });
      return cues;
    },
    // A long reply has a cue of a part in many paragraphs; the first place needs the first one only.
    firstOf(part) {
      const known = built.get(part);
      if (known) return known;
      const cues: CheckCue[] = [];
      const i = contributions.findIndex((reply) => reply.parts.includes(part));
      if (i >= 0) add(cues, part, i);
      return cues;
    },
  };
}

/**
 * The sentences of the whole reply as the reply checks see them: sentence keys are numbers,
 * counted over the paragraphs in order; the sentence at an offset is found by binary search over
 * the paragraphs, then over the paragraph's own sentences.
 */
function replySentences(paragraphs: readonly StructureParagraph[], bases: readonly number[]): SentenceIndex {
  return {
    count: bases[paragraphs.length] ?? 0,
    at(offset) {
      const lo = countWhile(paragraphs, (p) => p.start <= offset);
      const p = paragraphs[lo - 1];
      const spans = p?.structure?.sentences;
      if (!p || !spans) return undefined;
      const local = offset - p.start;
      const a = countWhile(spans, (s) => s.start <= local);
      const span = spans[a - 1];
      if (!span || local >= span.end) return undefined;
      return { offset: p.start + span.start, endOffset: p.start + span.end, sentence: bases[lo - 1]! + a - 1, language: p.language };
    },
  };
}

/**
 * Analyses the structure of a reply. `toneFindings` are the tone findings after options: a cue
 * inside a flagged phrase ("sorry if you feel…", "we apologize for any inconvenience") does not
 * count as the part it looks like. `masked` is the masked text, or what is needed of it (TextFrame).
 * `hint`: see StructureHint.
 */
export function analyseStructure(
  text: string,
  paragraphs: readonly StructureParagraph[],
  toneFindings: readonly Finding[],
  options: LintOptions = {},
  masked: string | TextFrame = mask(text),
  hint?: StructureHint,
): ReplyStructure {
  const frame = typeof masked === 'string' ? textFrame(masked) : masked;
  const ranges = emptyRanges();
  const result: ReplyStructure = { reply: false, language: undefined, anchor: undefined, ranges, present: [], missing: [], matches: [] };
  const language = replyLanguage(paragraphs, text, options);
  const data = language ? cueSetFor(language)?.data : undefined;
  if (!language || !data) return result;
  result.language = language;

  // Each paragraph's tone findings (they lie inside it), relative to it.
  const tone = toneFindings.filter((f) => f.category !== 'structure');
  const known = knownSummaries(hint, paragraphs);
  // A long text has thousands of paragraphs and few findings: most paragraphs share the empty list.
  const toneOf = new Map<number, LocalTone[]>();
  const sortedTone = [...tone].sort((a, b) => a.offset - b.offset);
  let at = 0;
  for (const f of sortedTone) {
    while (at + 1 < paragraphs.length && paragraphs[at + 1]!.start <= f.offset) at++;
    // With known summaries, only the changed paragraph's findings are read.
    if (known && at !== known.changed) continue;
    const start = paragraphs[at]?.start ?? 0;
    let list = toneOf.get(at);
    if (!list) toneOf.set(at, (list = []));
    list.push({ offset: f.offset - start, endOffset: f.endOffset - start, category: f.category, ruleId: f.ruleId });
  }
  const empty = emptyStructure();
  const noTone: LocalTone[] = [];
  const endOf = (i: number) => paragraphs[i + 1]?.start ?? text.length;
  const summaries: ParagraphSummary[] = new Array<ParagraphSummary>(paragraphs.length);
  for (let i = 0; i < paragraphs.length; i++) {
    if (known && i !== known.changed) {
      summaries[i] = known.summaries[i]!;
      continue;
    }
    const p = paragraphs[i]!;
    const end = endOf(i);
    summaries[i] = summaryOf(p, p.structure ?? empty, text.slice(p.start, end), toneOf.get(i) ?? noTone, () => frame.paragraph(p.start, end));
  }
  summariesOf.set(result, summaries);

  // Evidence that the text is a reply is read in its opening: a long document collects some cue of
  // every kind somewhere by chance.
  const cueReasons: Array<EvidenceReason | undefined> = [];
  const evidenceReasons: EvidenceReason[] = [];
  const opening = frame.opening;
  let openingDefends = false;
  let openingDefendsOutsideLists = false;
  for (let i = 0; i < paragraphs.length && paragraphs[i]!.start < opening; i++) {
    const p = paragraphs[i]!;
    const end = endOf(i);
    const structure = p.structure ?? empty;
    const summary = summaries[i]!;
    const inOpening = (sentence: number) => end <= opening || p.start + (structure.sentences[sentence]?.start ?? 0) < opening;
    summary.cueReasons.forEach((r, k) => {
      if (r && inOpening(structure.cues[k]!.sentence)) cueReasons.push(r);
    });
    summary.evidenceReasons.forEach((r, k) => {
      if (inOpening(structure.evidence[k]!.sentence)) evidenceReasons.push(r);
    });
    openingDefends ||= summary.defends;
    openingDefendsOutsideLists ||= summary.defendsOutsideLists;
  }

  // Is it a reply? Evidence that a complaint is being answered, not a greeting alone.
  const greeting = frame.greeting.line;
  const document = shareOf(frame.counts) >= DOCUMENT_SHARE;
  result.evidence = weighEvidence({
    cueReasons,
    evidenceReasons,
    defends: document ? openingDefendsOutsideLists : openingDefends,
    framed: greeting !== undefined || frame.signOff.line !== undefined,
    document,
  });
  result.reply = result.evidence.reply;
  if (!result.reply) return result;
  result.anchor = greeting ? { offset: greeting.start, endOffset: greeting.end } : frame.firstLine().range;

  // The reply checks (kinds part, occurrence, sequence: src/engine/checks/), from the language's data.
  // Sentence keys are numbers counted over the paragraphs (bases[i]: the first of paragraph i).
  // Paragraphs are apart (a blank line between them): their ranges never merge.
  const pending = new Set<Part>();
  const words: CheckWord[] = [];
  const runs: CheckRun[] = [];
  const bases: number[] = new Array<number>(paragraphs.length + 1);
  const contributions: ReplyContribution[] = new Array<ReplyContribution>(paragraphs.length);
  // After an edit inside one paragraph of a reply, the ranges of the others are the previous ones, moved.
  const splice = known?.previous.reply ? known : undefined;
  let base = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    const start = p.start;
    const structure = p.structure ?? empty;
    const summary = summaries[i]!;
    const reply = (contributions[i] = summary.reply ?? replyContribution(p, structure, summary, text.slice(start, endOf(i))));
    bases[i] = base;
    if (!splice)
      for (const part of reply.parts) for (const r of reply.ranges[part]) ranges[part].push({ offset: r.offset + start, endOffset: r.endOffset + start });
    for (const part of reply.pending) pending.add(part);
    const buts = structure.buts;
    for (let k = 0; k < buts.length; k++) {
      const b = buts[k]!;
      words.push({ list: 'but', offset: start + b.start, endOffset: start + b.end, sentence: base + b.sentence, language: p.language });
    }
    const found = structure.runs;
    for (let k = 0; k < found.length; k++) {
      const r = found[k]!;
      runs.push({ check: r.check, offset: start + r.start, endOffset: start + r.end, language: p.language });
    }
    base += structure.sentences.length;
  }
  if (splice) {
    const c = splice.changed;
    const from = paragraphs[c]!.start;
    // Where the next paragraph started in the previous text.
    const after = c + 1 < paragraphs.length ? paragraphs[c + 1]!.start - splice.delta : Infinity;
    const own = contributions[c]!;
    for (const part of PARTS) ranges[part] = splicedRanges(splice.previous.ranges[part], from, after, splice.delta, own.ranges[part], from);
  }
  bases[paragraphs.length] = base;
  result.present = PARTS.filter((p) => ranges[p].length > 0);
  const input: ReplyCheckInput = {
    language,
    data: loadedStructureData(),
    ...(result.anchor ? { anchor: result.anchor } : {}),
    cues: replyCues(paragraphs, contributions, bases, ranges),
    pending,
    tone: tone.map((f) => ({ category: f.category as ToneCategory, scorer: isScorerRule(f.ruleId), offset: f.offset, endOffset: f.endOffset })),
    words,
    runs,
    sentences: replySentences(paragraphs, bases),
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
