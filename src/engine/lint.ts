/** The lint pipeline: mask → paragraphs → language → per-paragraph analysis → findings → structure. `analyse()` (analysis.ts) runs it. */
import { writerEvidence, writerOfParts, type Writer, type WriterEvidence } from './agreement.js';
import { detectLanguage } from './language.js';
import { withFixes } from './fixes.js';
import { mask } from './mask.js';
import { languageDataGeneration } from './language-data.js';
import { normalizeWord } from './morphology.js';
import { splitParagraphs, type Paragraph } from './paragraphs.js';
import { LineIndex } from './position.js';
import { analyseParagraph, type ParagraphAnalysis, type ParagraphMatch } from './processor.js';
import { isScorerRule } from './scorer/messages.js';
import { analyseStructure, textFrame, type ReplyStructure, type StructureHint, type StructureMatch, type TextFrame } from './structure/analyse.js';
import type { ParagraphStructure } from './structure/plugin.js';
import { Suppressions } from './suppression.js';
import { DEFAULT_SEVERITY, type Category, type Finding, type Language, type LintOptions, type Severity } from './types.js';
import { offsetAfterWords } from './word-count.js';

/** A paragraph's language and its raw matches, before options are applied. */
export interface ParagraphResult {
  start: number;
  language: Language;
  matches: ParagraphMatch[];
  /** The cues of the reply's parts in the paragraph (absent with `structure: false`). */
  structure?: ParagraphStructure;
}

/**
 * Where per-paragraph analyses can be kept between runs (see incremental.ts). A paragraph's
 * analysis depends only on its text, the language option and whether structure cues are wanted;
 * the detected language is kept with it (undefined for a paragraph without letters).
 */
export interface CachedParagraph {
  language: Language | undefined;
  analysis: ParagraphAnalysis | undefined;
}
export interface ParagraphCache {
  get(key: string): CachedParagraph | undefined;
  set(key: string, value: CachedParagraph): void;
}

/**
 * Raw per-paragraph results of a whole text, one paragraph per step: the generator yields after
 * each paragraph it had to analyse (not after cached ones), so that a caller can pause between
 * steps (see `runInSlices`). Its return value is the list of results.
 */
export function* analyseSteps(
  text: string,
  options: LintOptions = {},
  cache?: ParagraphCache,
  masked = mask(text),
  spans = splitParagraphs(masked),
): Generator<void, ParagraphResult[]> {
  const results: ParagraphResult[] = [];
  const withStructure = options.structure !== false;
  const forced = options.language && options.language !== 'auto' ? options.language : undefined;
  // Analyses change when a language's dictionaries or weights load: results from before are not reused.
  const prefix = `${forced ?? 'auto'}${withStructure ? '+' : '-'}${languageDataGeneration()}:`;
  for (const paragraph of spans) {
    const key = prefix + paragraph.text;
    let entry = cache?.get(key);
    if (!entry) {
      const language = forced ?? detectLanguage(paragraph.text);
      entry = { language, analysis: language ? analyseParagraph(paragraph.text, language, withStructure) : undefined };
      cache?.set(key, entry);
      if (entry.analysis) yield;
    }
    const { language, analysis } = entry;
    if (!language || !analysis) continue;
    const { matches, structure } = analysis;
    results.push(structure ? { start: paragraph.start, language, matches, structure } : { start: paragraph.start, language, matches });
  }
  return results;
}

/** Raw per-paragraph results of a whole text. */
export function analyseParagraphs(text: string, options: LintOptions = {}, cache?: ParagraphCache, masked = mask(text)): ParagraphResult[] {
  return runSync(analyseSteps(text, options, cache, masked));
}

/** Runs a stepwise computation to its end at once. */
export function runSync<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

function normalizePhrase(phrase: string): string {
  return phrase.trim().split(/\s+/).map(normalizeWord).join(' ');
}

/** What positions and suppressions need of the whole text; built once per run. */
export interface TextContext {
  lines: LineIndex;
  suppressions: Suppressions;
}

export const textContext = (text: string): TextContext => ({ lines: new LineIndex(text), suppressions: new Suppressions(text) });

/** Applies options (disabled rules, allowed phrases, severities, suppressions) and positions. */
export function toFindings(text: string, paragraphs: readonly ParagraphResult[], options: LintOptions = {}, context = textContext(text)): Finding[] {
  const disabled = new Set(options.disabledRules ?? []);
  const allowed = (options.allowedPhrases ?? []).map(normalizePhrase).filter(Boolean);
  const { suppressions, lines } = context;
  const findings: Finding[] = [];
  for (const paragraph of paragraphs) {
    for (const m of paragraph.matches) {
      if (disabled.has(m.ruleId)) continue;
      const severity = severityOf(m.category, options);
      if (!severity) continue;
      const offset = paragraph.start + m.start;
      const endOffset = paragraph.start + m.end;
      const actual = text.slice(offset, endOffset);
      if (allowed.length > 0) {
        const phrase = normalizePhrase(actual);
        if (allowed.some((a) => phrase.includes(a))) continue;
      }
      const start = lines.at(offset);
      if (!suppressions.empty && suppressions.suppresses(m.ruleId, offset, start.line)) continue;
      const end = lines.at(endOffset);
      findings.push({
        ruleId: m.ruleId,
        category: m.category,
        severity,
        message: m.message,
        note: m.note,
        actual,
        expected: [...m.expected],
        offset,
        endOffset,
        line: start.line,
        column: start.column,
        endLine: end.line,
        endColumn: end.column,
        language: paragraph.language,
        ...(m.reach ? { reach: [...m.reach] } : {}),
        ...(m.sentence ? { sentenceOffset: paragraph.start + m.sentence[0], sentenceEndOffset: paragraph.start + m.sentence[1] } : {}),
      });
    }
  }
  return findings.sort(compareFindings);
}

export function compareFindings(a: Finding, b: Finding): number {
  return a.offset - b.offset || a.endOffset - b.endOffset || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

export function severityOf(category: Category, options: LintOptions): Severity | undefined {
  const level = options.severity?.[category] ?? DEFAULT_SEVERITY[category];
  return level === 'off' ? undefined : level;
}

/** Structure findings (absolute offsets) as findings, through the same options as tone findings. */
function structureFindings(text: string, matches: readonly StructureMatch[], options: LintOptions, context: TextContext): Finding[] {
  const byLanguage = new Map<Language, ParagraphMatch[]>();
  for (const m of matches) {
    let list = byLanguage.get(m.language);
    if (!list) byLanguage.set(m.language, (list = []));
    list.push(m);
  }
  return toFindings(
    text,
    [...byLanguage].map(([language, list]) => ({ start: 0, language, matches: list })),
    options,
    context,
  );
}

export interface LintResult {
  findings: Finding[];
  structure?: ReplyStructure;
  /** False when the text is long and not a reply, so its tone was not checked (see `LintOptions.anyText`). */
  toneChecked?: boolean;
}

/** Everything a run computed, kept by the incremental linter to update the next run cheaply. */
export interface RunState {
  text: string;
  masked: MaskedText;
  /** What the structure analysis read of the whole masked text (see TextFrame); absent without structure checks. */
  frame?: TextFrame;
  spans: Paragraph[];
  results: ParagraphResult[];
  tone: Finding[];
  /** `tone` with their suggestions agreed and their fixes (withFixes), in the same order. */
  fixed: Finding[];
  writers: TextWriters;
  /** Line positions and suppressions of `text`. */
  context: TextContext;
  result: LintResult;
}

/**
 * The writer of a text (agreement.ts), read in parts cut at paragraph starts so that an edit
 * reads only its paragraph again; read only when a suggestion needs it.
 */
export class TextWriters {
  /** The Russian writer, once asked for. */
  ru: Writer | undefined;

  constructor(
    private readonly text: string,
    private readonly spans: readonly Paragraph[],
    /** The evidence of each part (part i starts at paragraph i; the first at 0), once read. */
    public parts?: WriterEvidence[],
  ) {}

  get(language: Language): Writer {
    if (language !== 'ru') return {};
    this.ru ??= writerOfParts((this.parts ??= writerParts(this.text, this.spans)));
    return this.ru;
  }
}

/** The text of part `i` of `writerParts`. */
export function writerPart(text: string, spans: readonly Paragraph[], i: number): string {
  return text.slice(i === 0 ? 0 : spans[i]!.start, i + 1 < spans.length ? spans[i + 1]!.start : text.length);
}

function writerParts(text: string, spans: readonly Paragraph[]): WriterEvidence[] {
  if (spans.length === 0) return [writerEvidence(text)];
  return spans.map((_, i) => writerEvidence(writerPart(text, spans, i)));
}

/** A stretch where the masked text differs from the text (a quote, code, a comment…), with its masked content. */
export interface MaskedSegment {
  start: number;
  end: number;
  masked: string;
}

/**
 * The masked text of a run. An incremental run does not build a new copy of the whole masked
 * text for each edit (on a long draft, copying it costs more than the rest of the run): it keeps
 * where the masked text differs from the text, and writes the copy only if something asks for it.
 */
export class MaskedText {
  private text: string;
  private copy: string | undefined;
  private diff: MaskedSegment[] | undefined;

  constructor(text: string, masked: string | undefined, segments?: MaskedSegment[]) {
    this.text = text;
    this.copy = masked;
    this.diff = segments;
  }

  get value(): string {
    if (this.copy === undefined) {
      const pieces: string[] = [];
      let at = 0;
      for (const s of this.diff!) {
        pieces.push(this.text.slice(at, s.start), s.masked);
        at = s.end;
      }
      pieces.push(this.text.slice(at));
      this.copy = pieces.join('');
    }
    return this.copy;
  }

  /** Where the masked text differs from the text, in text order. */
  segments(): MaskedSegment[] {
    if (this.diff) return this.diff;
    const masked = this.value;
    const text = this.text;
    const diff: MaskedSegment[] = [];
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) === masked.charCodeAt(i)) continue;
      let end = i + 1;
      while (end < text.length && text.charCodeAt(end) !== masked.charCodeAt(end)) end++;
      diff.push({ start: i, end, masked: masked.slice(i, end) });
      i = end;
    }
    return (this.diff = diff);
  }
}

/** What an incremental run keeps from the previous one: the fixed tone findings (parallel to `tone`) and the writer. */
export interface Reuse {
  fixed?: Finding[];
  writers: TextWriters;
}

/** A whole run, one analysed paragraph per step (see `analyseSteps`). */
export function* lintSteps(text: string, options: LintOptions = {}, cache?: ParagraphCache): Generator<void, RunState> {
  const masked = mask(text);
  const spans = splitParagraphs(masked);
  const results = yield* analyseSteps(text, options, cache, masked, spans);
  return finishState(text, masked, spans, results, options);
}

/**
 * Words from which a text that the structure check does not take for a reply is read as other
 * prose (documentation, notes, messages of a program): the tone rules and the scorer are written
 * for replies, and a cause clause in a manual («не удалось…, так как…») is not an excuse. Its tone
 * is checked only with `anyText`, and then by the rules alone (the scorer learned the register of
 * replies). A shorter text cannot show what it is (a one-line draft has no reply evidence yet).
 */
export const REPLY_GATE_WORDS = 120;

/** Whether the masked text has REPLY_GATE_WORDS words; read from its paragraphs, which hold every line with a letter. */
function outOfReplyRegister(spans: readonly Paragraph[]): boolean {
  return offsetAfterWords(spans, REPLY_GATE_WORDS - 1) !== undefined;
}

/** Findings and structure from the per-paragraph results (`tone` when the caller already has them). */
export function finishState(
  text: string,
  masked: string | MaskedText,
  spans: Paragraph[],
  results: ParagraphResult[],
  options: LintOptions,
  tone?: Finding[],
  reuse?: Reuse & { frame?: TextFrame; hint?: StructureHint; context?: TextContext },
): RunState {
  const context = reuse?.context ?? textContext(text);
  tone ??= toFindings(text, results, options, context);
  const writers = reuse?.writers ?? new TextWriters(text, spans);
  const writerFor = (language: Language) => writers.get(language);
  const fixed = reuse?.fixed ?? withFixes(text, tone, writerFor);
  const maskedText = typeof masked === 'string' ? new MaskedText(text, masked) : masked;
  if (options.structure === false) return { text, masked: maskedText, spans, results, tone, fixed, writers, context, result: { findings: fixed } };
  const frame = reuse?.frame ?? textFrame(maskedText.value);
  const state = { text, masked: maskedText, frame, spans, results, tone, fixed, writers, context };
  const structure = analyseStructure(text, results, tone, options, frame, reuse?.hint);
  // Out of the reply register the tone checks are not run, unless asked for; the trained scorer
  // is silent there either way (see REPLY_GATE_WORDS).
  if (!structure.reply && outOfReplyRegister(spans)) {
    const findings = options.anyText ? fixed.filter((f) => !isScorerRule(f.ruleId)) : [];
    return { ...state, result: { findings, structure, toneChecked: options.anyText === true } };
  }
  if (structure.matches.length === 0) return { ...state, result: { findings: fixed, structure } };
  // Sorted as the findings before their fixes would be (fixes change no offset and no rule id).
  const findings = [...fixed, ...withFixes(text, structureFindings(text, structure.matches, options, context), writerFor)].sort(compareFindings);
  return { ...state, result: { findings, structure } };
}

export interface SliceOptions {
  /** Work at most this long (ms) before giving the event loop a turn. Default 30. */
  sliceMs?: number;
  /** Stops the work (the promise rejects with an AbortError) when a newer edit makes it useless. */
  signal?: AbortSignal;
  /** How to give the event loop a turn; default `setTimeout(resolve, 0)`. */
  pause?: () => Promise<void>;
}

export class LintAborted extends Error {
  override name = 'AbortError';
}

/** Runs a stepwise computation in slices of about `sliceMs`, giving the event loop a turn between them. */
export async function runInSlices<T>(steps: Generator<void, T>, slices: SliceOptions = {}): Promise<T> {
  const { sliceMs = 30, signal, pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0)) } = slices;
  const check = () => {
    if (signal?.aborted) throw new LintAborted('lint aborted');
  };
  check();
  let sliceStart = Date.now();
  for (;;) {
    const step = steps.next();
    if (step.done) {
      check();
      return step.value;
    }
    if (Date.now() - sliceStart >= sliceMs) {
      await pause();
      check();
      sliceStart = Date.now();
    }
  }
}
