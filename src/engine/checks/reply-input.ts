/**
 * The neutral input of the reply checks (kinds `part`, `occurrence`, `sequence`), and how a
 * check's item (`{part}`, `{tone}`, `{words}`) is found in it. The structure analysis
 * (structure/analyse.ts) builds the input; the checks know nothing of paragraphs or plugins.
 * Offsets may be absolute (a whole reply) or relative to one paragraph: the checks only compare them.
 */
import { countWhile } from '../sorted.js';
import type { CheckItem, Language, Part, StructureData, ToneCategory } from '../types.js';

export interface Range {
  offset: number;
  endOffset: number;
}

/** A key unique to a sentence of the reply (a string or a number: the checks only compare keys). */
export type SentenceKey = string | number;

/** Something found in the reply, with the key of its sentence. */
export interface Located extends Range {
  sentence: SentenceKey;
  language: Language;
}

/**
 * The counted cues of the reply, by part: an index rather than a list, so that the structure
 * analysis builds the cues of only the parts that a check asks for.
 */
export interface CueIndex {
  /** Whether the reply has a cue of `part`. */
  has(part: Part): boolean;
  /** The cues of `part`, in the reply's order (by paragraph, then as the paragraph lists them). */
  of(part: Part): readonly CheckCue[];
  /**
   * The cues of `part` in the first paragraph that has one (cues of different paragraphs never
   * touch, so the first place of a part is among them); absent: `of` is read instead.
   */
  firstOf?(part: Part): readonly CheckCue[];
}

/** The index of a list of cues. */
export function cueIndex(cues: readonly CheckCue[]): CueIndex {
  return { has: (part) => cues.some((c) => c.part === part), of: (part) => cues.filter((c) => c.part === part) };
}

/**
 * The sentences of the reply: how many, and the one at an offset. An index rather than a list, so
 * that the structure analysis does not build an entry for each of a long text's sentences.
 */
export interface SentenceIndex {
  readonly count: number;
  /** The sentence that contains `offset`, if any. */
  at(offset: number): Located | undefined;
}

/** A counted cue of a part (after the tone, yield and deadline filters of the analysis). */
export interface CheckCue extends Located {
  part: Part;
}

/** A tone finding; `scorer` when the trained scorer made it (not a rule). */
export interface CheckTone extends Range {
  category: ToneCategory;
  scorer: boolean;
}

/** A word of one of the structure file's word lists (`but`). */
export interface CheckWord extends Located {
  list: 'but';
}

/** A run of characters that a `sequence` check with `run:` describes, found by the structure plugin. */
export interface CheckRun extends Range {
  check: string;
  language: Language;
}

export interface ReplyCheckInput {
  /** The reply's language: its checks run, and the missing-part messages are in it. */
  language: Language;
  /** The structure data by language (messages are in the language of what a finding marks). */
  data: Partial<Record<Language, StructureData>>;
  /** Where missing-part findings go (the greeting line, or the first line); none: no missing-part finding. */
  anchor?: Range;
  cues: CueIndex;
  /** Parts with a cue of something still to come (a remedy or a compensation not yet done). */
  pending: ReadonlySet<Part>;
  /** Tone findings of the reply (no structure findings). */
  tone: readonly CheckTone[];
  words: readonly CheckWord[];
  runs: readonly CheckRun[];
  /** The sentences of the reply (their count is the reply's length in sentences). */
  sentences: SentenceIndex;
}

/** A check's finding: the check's id as the rule id, its range, and the language of its message. */
export interface CheckMatch extends Range {
  ruleId: string;
  language: Language;
  message: string;
  note: string;
}

/** An occurrence of an item; the sentence and language are unknown for a tone finding outside every sentence. */
export interface Occurrence extends Range {
  sentence?: SentenceKey;
  language?: Language;
}

const byOffset = (a: Range, b: Range) => a.offset - b.offset;

/** The index of a list of sentences in text order (the one at an offset by binary search). */
export function sentenceIndex(sentences: readonly Located[]): SentenceIndex {
  return {
    count: sentences.length,
    at(offset) {
      const s = sentences[countWhile(sentences, (x) => x.offset <= offset) - 1];
      return s && offset < s.endOffset ? s : undefined;
    },
  };
}

const categoriesOf = (item: { tone: ToneCategory[] }): ReadonlySet<string> => new Set(item.tone);

/**
 * The occurrences of `item` in text order, not yet located: a tone finding's sentence is looked
 * up by `locate`, only for the occurrences a check reads (a long reply has thousands of findings,
 * and a check often needs the first one).
 */
function itemsOf(item: CheckItem, input: ReplyCheckInput): { items: readonly Range[]; locate: (r: Range) => Occurrence } {
  if ('part' in item) return { items: [...input.cues.of(item.part)].sort(byOffset), locate: (r) => r };
  if ('words' in item) return { items: input.words.filter((w) => w.list === item.words).sort(byOffset), locate: (r) => r };
  const categories = categoriesOf(item);
  return {
    items: input.tone.filter((f) => categories.has(f.category)).sort(byOffset),
    locate: (f) => {
      const s = input.sentences.at(f.offset);
      return s ? { offset: f.offset, endOffset: f.endOffset, sentence: s.sentence, language: s.language } : { offset: f.offset, endOffset: f.endOffset };
    },
  };
}

/** Every occurrence of `item`, in text order; each cue, tone finding or word is one. */
export function occurrencesOf(item: CheckItem, input: ReplyCheckInput): Occurrence[] {
  const { items, locate } = itemsOf(item, input);
  return items.map(locate);
}

/** The first occurrence of `item` (in text order) that `test` accepts. */
export function firstOccurrence(item: CheckItem, input: ReplyCheckInput, test: (o: Range) => boolean): Occurrence | undefined {
  const { items, locate } = itemsOf(item, input);
  const found = items.find(test);
  return found && locate(found);
}

const byRange = (a: Range, b: Range) => a.offset - b.offset || a.endOffset - b.endOffset;

/**
 * The places of `item`: its occurrences with overlapping or touching ones merged (two cues of an
 * apology in "I am truly sorry" are one apology), each with the sentence and language of its first.
 */
export function placesOf(item: CheckItem, input: ReplyCheckInput): Occurrence[] {
  const places: Occurrence[] = [];
  const sorted = occurrencesOf(item, input).sort(byRange);
  for (const o of sorted) {
    const last = places[places.length - 1];
    if (last && o.offset <= last.endOffset) last.endOffset = Math.max(last.endOffset, o.endOffset);
    else places.push({ ...o });
  }
  return places;
}

/** `placesOf(item, input)[0]`, locating only the occurrence it starts with. */
export function firstPlaceOf(item: CheckItem, input: ReplyCheckInput): Occurrence | undefined {
  const firstCues = 'part' in item ? input.cues.firstOf?.(item.part) : undefined;
  const { items, locate } = firstCues ? { items: firstCues, locate: (r: Range): Occurrence => r } : itemsOf(item, input);
  const sorted = [...items].sort(byRange);
  if (sorted.length === 0) return undefined;
  const place = { ...locate(sorted[0]!) };
  for (let i = 1; i < sorted.length && sorted[i]!.offset <= place.endOffset; i++) place.endOffset = Math.max(place.endOffset, sorted[i]!.endOffset);
  return place;
}

export const overlaps = (a: Range, b: Range): boolean => a.offset < b.endOffset && b.offset < a.endOffset;

/** The message and note of check `id` in `language`; the check's own (the reply language's) when that language lacks it. */
export function checkText(input: ReplyCheckInput, id: string, check: { message: string; note: string }, language: Language): { message: string; note: string } {
  const own = input.data[language]?.checks[id];
  return own && own.kind !== 'part' ? { message: own.message, note: own.note } : { message: check.message, note: check.note };
}
