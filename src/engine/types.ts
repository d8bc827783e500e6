/** Shared vocabulary of the engine: languages, categories, findings, options. */

export type Language = 'ru' | 'en';
export const LANGUAGES: readonly Language[] = ['ru', 'en'];

export const TONE_CATEGORIES = ['excuse', 'blame-shift', 'defensive', 'minimizing', 'vague-promise'] as const;
export type ToneCategory = (typeof TONE_CATEGORIES)[number];
export type Category = ToneCategory | 'structure';
export const CATEGORIES: readonly Category[] = [...TONE_CATEGORIES, 'structure'];

export const SEVERITIES = ['error', 'warning', 'information', 'hint'] as const;
export type Severity = (typeof SEVERITIES)[number];
/** A category's configured level: a severity, or `off` to drop it. */
export type SeverityLevel = Severity | 'off';

export const DEFAULT_SEVERITY: Readonly<Record<Category, Severity>> = {
  excuse: 'warning',
  'blame-shift': 'warning',
  defensive: 'warning',
  minimizing: 'warning',
  'vague-promise': 'information',
  structure: 'information',
};

/** One problem found in a draft. Offsets are 0-based UTF-16; lines and columns are 1-based. */
export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  /** One short sentence: why this hurts the reply. */
  message: string;
  /** The principle behind the rule. */
  note: string;
  /** The exact text of the flagged range. */
  actual: string;
  /** 0–3 replacements, in the draft's language, worded as acceptance of responsibility. */
  expected: string[];
  offset: number;
  endOffset: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  language: Language;
  /** What each entry of `expected` replaces (same order); absent means `phrase`. */
  reach?: Reach[];
  /** The sentence of the match (0-based UTF-16 offsets), which sentence-level suggestions replace. */
  sentenceOffset?: number;
  sentenceEndOffset?: number;
  /** One exact edit per entry of `expected`: what applying that suggestion changes (fixes.ts). */
  fixes?: Array<{ range: [number, number]; text: string }>;
  /** Set by `mergeFindings` (editors): the rule ids of the findings merged into this one. */
  also?: string[];
}

export interface LintOptions {
  /** `auto` (default) detects the language per paragraph. */
  language?: 'auto' | Language;
  /** Rule ids that never report. */
  disabledRules?: readonly string[];
  /** Phrases the writer accepts: a finding whose text contains one of them is dropped. */
  allowedPhrases?: readonly string[];
  /** Per-category severity; `off` drops the category. */
  severity?: Partial<Record<Category, SeverityLevel>>;
  /** Structure checks (missing parts, ordering) on texts that look like a reply; default true. */
  structure?: boolean;
  /**
   * Tone findings on any text. By default (false) a text of REPLY_GATE_WORDS words or more that does
   * not read as a reply (a manual, a FAQ, a program's messages) gets none: the rules and the scorer
   * are written for replies. The trained scorer stays silent there either way.
   */
  anyText?: boolean;
}

/**
 * What a suggestion replaces: the matched words (`phrase`, a swap that fits the grammar around
 * them), the clause around them, or the whole sentence.
 */
export const REACHES = ['phrase', 'clause', 'sentence'] as const;
export type Reach = (typeof REACHES)[number];
export interface Suggestion {
  text: string;
  reach: Reach;
}

/** Where a construction's parts (and its antipatterns) must all be found. */
export type MatchScope = 'clause' | 'sentence';

/** An antipattern of a construction: a pattern that cancels the match when found in `scope`. */
export interface Antipattern {
  pattern: string;
  /** Default: the rule's own scope (`clause`). */
  scope?: MatchScope;
}

/**
 * A tone rule as written in `rules/<lang>/<category>.yaml` (rules/README.md). Kind `phrase`:
 * `patterns` in the word-template language (src/engine/match/phrase.ts); kind `construction`:
 * `match` in the construction language (src/engine/match/compile.ts).
 */
export interface RuleData {
  id: string;
  category: ToneCategory;
  language: Language;
  /** Default `phrase`. */
  kind?: 'phrase' | 'construction';
  /** Kind `phrase`: word templates, any one flags. Empty for constructions. */
  patterns: string[];
  /** Kind `construction`: construction patterns, any one flags. */
  match?: string[];
  /** Kind `construction`: where all parts of a pattern must be found (default `clause`). */
  scope?: MatchScope;
  /** Kind `construction`: antipatterns. */
  antipatterns?: Antipattern[];
  message: string;
  note: string;
  suggestions: Suggestion[];
  /** The match is dropped when the word just before it is one of these (compared by stem). */
  notBefore?: string[];
  /** The match is dropped when the word just after it is one of these (compared by stem). */
  notAfter?: string[];
  /** The match is dropped when one of these patterns also matches in the same sentence. */
  unless?: string[];
}

/** Word classes (`@name` in patterns), per language, from `rules/<lang>/classes.yaml`. */
export type WordClasses = Record<string, string[]>;

/** Named sub-patterns (`$name` in constructions), per language, from `rules/<lang>/patterns.yaml`: alternatives. */
export type NamedPatterns = Record<string, string[]>;

/** The parts of a good reply, in the order a reply usually has them (docs/structure.md). */
export const PARTS = ['acknowledge', 'empathy', 'apology', 'responsibility', 'clarify', 'remedy', 'deadline', 'compensation', 'follow-up', 'thanks'] as const;
export type Part = (typeof PARTS)[number];

/** One part's cue phrases and its "missing" message, from `rules/<lang>/structure.yaml`. */
export interface PartData {
  /** Phrase patterns (same language as the tone rules) that show the part is present. */
  cues: string[];
  /** Snippet prefixes (snippets/<lang>.code-snippets) that insert the part. */
  snippets: string[];
  /** The `missing-<part>` finding's message and note. */
  message: string;
  note: string;
  /** A cue is dropped when the word just before it is one of these (negations: not, не). */
  notBefore?: string[];
  /** A cue is dropped when the word just after it is one of these ("thanks to" is not thanks). */
  notAfter?: string[];
  /** A cue is dropped when it overlaps a cue of one of these parts ("as an apology" is compensation). */
  yieldTo?: Part[];
  /** A cue is dropped when one of these patterns is in the same sentence ("thank you for your understanding"). */
  unless?: string[];
  /** Cues written in the construction language (lemmas, parts of speech, features; rules/README.md), matched in a clause. */
  match?: string[];
  /** A construction cue is dropped when one of these constructions is in its clause («мы разберёмся» is no fix). */
  matchUnless?: string[];
}

/**
 * The kinds of reply check (rules/README.md, docs/structure.md): `part`, a required part is
 * missing; `occurrence`, something occurs more often than it may; `sequence`, things come in an
 * order that hurts (an excuse before the apology, "sorry, but", "!!!").
 */
export const CHECK_KINDS = ['part', 'occurrence', 'sequence'] as const;
export type CheckKind = (typeof CHECK_KINDS)[number];

/**
 * What a check counts or orders: the counted cues of a part, the tone findings of some categories
 * (rules and the trained scorer), or the words of one of the structure file's word lists (`but`).
 */
export type CheckItem = { part: Part } | { tone: ToneCategory[] } | { words: 'but' };

/** Kind `part`: the part must be present; its `missing-<part>` message is the part's own. */
export interface PartCheckData {
  kind: 'part';
  part: Part;
  /** Required only when a cue of one of these parts promises something still to come (a deadline dates a fix). */
  requiredWhen?: { pending: Part[] };
}

/** Kind `occurrence`: `of` may occur at most `max` times; the occurrence past the limit is the finding. */
export interface OccurrenceCheckData {
  kind: 'occurrence';
  of: CheckItem;
  max: number;
  /** Counted only when the sentences that have `of` are more than this share of the reply's sentences. */
  share?: number;
  message: string;
  note: string;
}

/**
 * Kind `sequence`, as an order: the first item of `order` before the second, within the reply
 * (before the first occurrence of the second) or within one sentence.
 */
export interface OrderCheckData {
  kind: 'sequence';
  order: [CheckItem, CheckItem];
  scope: 'reply' | 'sentence';
  /** What the finding underlines: the first item, the second, or the span from the first to the second. */
  mark: 'first' | 'second' | 'span';
  /** Not when a tone rule's finding (not the trained scorer's) overlaps the second item: the rule reports it. */
  unlessFlagged?: boolean;
  message: string;
  note: string;
}

/** Kind `sequence`, as a run: `min` or more of the characters of `run` in a row ("!!"). */
export interface RunCheckData {
  kind: 'sequence';
  run: string;
  min: number;
  message: string;
  note: string;
}

export type SequenceCheckData = OrderCheckData | RunCheckData;
/** A reply check from `checks:` of `rules/<lang>/structure.yaml`; its id is the finding's rule id. */
export type CheckData = PartCheckData | OccurrenceCheckData | SequenceCheckData;

/** The structure data of one language. */
export interface StructureData {
  language: Language;
  /** Word classes usable in cues (`@weekday`), in addition to the language's classes.yaml. */
  classes: WordClasses;
  /** Words that take an apology back when they follow it in the same sentence (but, но). */
  but: string[];
  /** Words that address the reader (you, your; вы, вас, ваш): a question with one of them asks the client. */
  addressee: string[];
  parts: Record<Part, PartData>;
  /** The reply checks by id (= rule id), in the file's order. */
  checks: Record<string, CheckData>;
  /** Cues that a complaint is being answered, besides the parts (docs/structure.md, "Is it a reply?"). */
  evidence: Record<EvidenceKind, string[]>;
}

/**
 * Kinds of reply evidence: `reference` to the reader's own message, order or visit; `failure`,
 * a word for something that went wrong; `wronged`, a customer named in the third person.
 */
export const EVIDENCE_KINDS = ['reference', 'failure', 'wronged'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];
