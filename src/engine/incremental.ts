/**
 * An incremental linter for editors. Two levels of reuse:
 *  1. every paragraph's analysis is kept, keyed by the paragraph's text (with the language
 *     option and the structure flag), so after an edit only changed paragraphs are parsed;
 *  2. for the common edit — typing inside one plain paragraph — the previous run is patched
 *     instead of re-reading the whole text: the paragraph is analysed again, the findings after
 *     it are shifted, and the whole-reply structure pass runs again, told which paragraph changed
 *     (StructureHint: the other paragraphs' summaries and part ranges are taken from the previous run).
 * Results always equal `analyse()` of the same text exactly (a property test checks it).
 */
import { writerEvidence } from './agreement.js';
import { toAnalysis, type Analysis } from './analysis.js';
import { withFixes } from './fixes.js';
import {
  finishState,
  lintSteps,
  MaskedText,
  TextWriters,
  writerPart,
  runInSlices,
  runSync,
  toFindings,
  analyseSteps,
  type CachedParagraph,
  type MaskedSegment,
  type ParagraphCache,
  type ParagraphResult,
  type RunState,
  type SliceOptions,
  type TextContext,
} from './lint.js';
import { LineIndex } from './position.js';
import { Suppressions } from './suppression.js';
import type { Paragraph } from './paragraphs.js';
import { countWhile } from './sorted.js';
import { documentCounts, type LineCounts } from './structure/evidence.js';
import { EVIDENCE_WINDOW_WORDS, textFrame, type TextFrame } from './structure/analyse.js';
import type { Finding, LintOptions } from './types.js';
import { offsetAfterWords } from './word-count.js';

/** A cache that keeps what the last run used and forgets the rest, so it never grows stale. */
class GenerationalCache implements ParagraphCache {
  private previous = new Map<string, CachedParagraph>();
  private current = new Map<string, CachedParagraph>();
  hits = 0;
  misses = 0;

  get(key: string): CachedParagraph | undefined {
    const value = this.current.get(key) ?? this.previous.get(key);
    if (value) {
      this.hits++;
      this.current.set(key, value);
    } else {
      this.misses++;
    }
    return value;
  }

  set(key: string, value: CachedParagraph): void {
    this.current.set(key, value);
  }

  /** Ends a run: entries not used by it are dropped. */
  rotate(): void {
    this.previous = this.current;
    this.current = new Map();
  }

  /** Ends a patched run: it used one new entry and every entry of the previous full run. */
  keepAll(): void {
    for (const [key, value] of this.current) this.previous.set(key, value);
    this.current = new Map();
  }
}

export interface Linter {
  /** `analyse(text, options)`, reusing what the previous run of this linter computed. */
  analyse(text: string, options?: LintOptions): Analysis;
  /** The same, in slices that yield to the event loop; rejects with `LintAborted` when aborted. */
  analyseInSlices(text: string, options?: LintOptions, slices?: SliceOptions): Promise<Analysis>;
  /** Paragraphs reused from and analysed since the last run, and whether it was a patch; for tests and the bench. */
  readonly stats: { reused: number; analysed: number; patched: boolean };
}

/**
 * Characters after which masking or the paragraph split may change beyond one paragraph
 * (line breaks, quotes, `>` lines, fences, HTML comments); an edit or a paragraph with any of
 * them takes the full path.
 */
const UNSAFE = /[\r\n<>`~"«»“”„]|sincerely-/;
const BLANK_LINE = /^[ \t\u00a0\v\f\ufeff\u2000-\u200b\u3000]*$/;

const BLOCK = 4096;

/**
 * Length of the common prefix. Blocks are compared as substrings first (a native memory
 * comparison, far faster than a JavaScript loop over a long text), then the differing block
 * character by character.
 */
function commonPrefix(a: string, b: string): number {
  const shortest = Math.min(a.length, b.length);
  let i = 0;
  while (i + BLOCK <= shortest && a.slice(i, i + BLOCK) === b.slice(i, i + BLOCK)) i += BLOCK;
  while (i < shortest && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Length of the common suffix, at most `limit` (so that it never overlaps the common prefix). */
function commonSuffix(a: string, b: string, limit: number): number {
  let n = 0;
  while (n + BLOCK <= limit && a.slice(a.length - n - BLOCK, a.length - n) === b.slice(b.length - n - BLOCK, b.length - n)) n += BLOCK;
  while (n < limit && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}

/** The index of the span containing [from, to], or -1. */
function spanAround(spans: readonly Paragraph[], from: number, to: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const span = spans[mid]!;
    if (to < span.start) hi = mid - 1;
    else if (from > span.end) lo = mid + 1;
    else return from >= span.start && to <= span.end ? mid : -1;
  }
  return -1;
}

/**
 * The next run's state by patching `prev`, when the edit stays inside one paragraph that no
 * masking touches; undefined when the full path is needed.
 */
function patch(prev: RunState, text: string, options: LintOptions, cache: ParagraphCache): RunState | undefined {
  const old = prev.text;
  const head = commonPrefix(old, text);
  const tail = commonSuffix(old, text, Math.min(old.length, text.length) - head);
  const oldEnd = old.length - tail;
  const newEnd = text.length - tail;
  if (UNSAFE.test(old.slice(head, oldEnd)) || UNSAFE.test(text.slice(head, newEnd))) return undefined;

  const index = spanAround(prev.spans, head, oldEnd);
  if (index < 0) return undefined;
  const span = prev.spans[index]!;
  const delta = text.length - old.length;
  const raw = text.slice(span.start, span.end + delta);
  // The paragraph must be plain before and after (its masked text is itself) and keep its lines non-blank.
  if (span.text !== old.slice(span.start, span.end) || UNSAFE.test(raw)) return undefined;
  const lineStart = raw.lastIndexOf('\n', head - span.start - 1) + 1;
  const lineEnd = raw.indexOf('\n', newEnd - span.start);
  if (BLANK_LINE.test(raw.slice(lineStart, lineEnd < 0 ? raw.length : lineEnd))) return undefined;

  // The paragraph again, through the same per-paragraph step as a full run.
  const changed: Paragraph = { start: span.start, end: span.end + delta, text: raw };
  const [result] = runSync(analyseSteps(text, options, cache, raw, [{ ...changed, start: 0, end: raw.length }]));
  // With the length unchanged (a character replaced), what follows the paragraph is kept as it was.
  const shifted = (r: ParagraphResult): ParagraphResult => (delta === 0 ? r : { ...r, start: r.start + delta });
  const results: ParagraphResult[] = [];
  for (const r of prev.results) {
    if (r.start < span.start) results.push(r);
    else if (r.start > span.start) results.push(shifted(r));
  }
  if (result) {
    const at = results.findIndex((r) => r.start > span.start);
    results.splice(at < 0 ? results.length : at, 0, { ...result, start: span.start });
  }
  const spans = prev.spans.map((s, i) =>
    i < index || (i > index && delta === 0) ? s : i === index ? changed : { ...s, start: s.start + delta, end: s.end + delta },
  );

  // The writer: only the edited paragraph's part is read again.
  const parts = prev.writers.parts?.slice();
  if (parts) parts[index] = writerEvidence(writerPart(text, spans, index));
  const writers = new TextWriters(text, spans, parts);
  // Fixes of the other paragraphs stay valid (they read their own sentence) unless the writer changed.
  const sameWriter = prev.writers.ru === undefined || prev.writers.ru.gender === writers.get('ru').gender;

  // Tone findings: those before the paragraph stay, the paragraph's are new, those after move by
  // `delta` (the edit has no line break, and they are on later lines: only offsets change).
  // Line positions: those after the edit moved (it has no line break). Suppressions: none before
  // means none now (the edited paragraph has no directive, or the patch was refused above).
  const context: TextContext = {
    lines: LineIndex.edited(prev.context.lines, text, head, delta),
    suppressions: prev.context.suppressions.empty ? prev.context.suppressions : new Suppressions(text),
  };
  const own = result ? toFindings(text, [{ ...result, start: span.start }], options, context) : [];
  const tone: Finding[] = [];
  const fixed: Finding[] = [];
  prev.tone.forEach((f, i) => {
    if (f.offset < span.start) {
      tone.push(f);
      fixed.push(prev.fixed[i]!);
    }
  });
  tone.push(...own);
  fixed.push(...withFixes(text, own, (language) => writers.get(language)));
  prev.tone.forEach((f, i) => {
    if (f.offset > span.end) {
      tone.push(shiftFinding(f, delta));
      fixed.push(shiftFixed(prev.fixed[i]!, delta));
    }
  });
  // The paragraph is plain: the masked text differs from the text where it did, moved by `delta`.
  const segments: MaskedSegment[] = [];
  for (const s of prev.masked.segments()) {
    if (s.end <= head) segments.push(s);
    else if (s.start >= oldEnd) segments.push(delta === 0 ? s : { start: s.start + delta, end: s.end + delta, masked: s.masked });
    else return undefined;
  }
  const masked = new MaskedText(text, undefined, segments);
  const frame = prev.frame && patchFrame(prev.frame, prev.spans, spans, index, changed, head, oldEnd, delta, masked, text.length);
  // The structure pass reads again only the paragraph that changed (see StructureHint).
  const hint = prev.result.structure && { previous: prev.result.structure, changed: span.start, delta };
  return finishState(text, masked, spans, results, options, tone, { fixed: sameWriter ? fixed : undefined, writers, frame, hint, context });
}

/**
 * `openingEnd` of the masked text, read from its paragraphs: every line with a letter is in one,
 * and no word runs across two.
 */
function openingOf(spans: readonly Paragraph[], length: number): number {
  return offsetAfterWords(spans, EVIDENCE_WINDOW_WORDS) ?? length;
}

/** The paragraph that starts at `start`, if any. */
function spanStartingAt(spans: readonly Paragraph[], start: number): Paragraph | undefined {
  const span = spans[countWhile(spans, (s) => s.start < start)];
  return span?.start === start ? span : undefined;
}

/** Line counts of each paragraph of the previous runs (see documentCounts), kept with their frame. */
const spanCounts = new WeakMap<TextFrame, LineCounts[]>();

/**
 * The whole-text reads of the structure analysis after an edit inside paragraph `index`: the
 * greeting and sign-off searches are kept when the edit is outside what they read, the line
 * counts change by the paragraph's own; anything else is read from the masked text.
 */
function patchFrame(
  prev: TextFrame,
  prevSpans: readonly Paragraph[],
  spans: readonly Paragraph[],
  index: number,
  changed: Paragraph,
  head: number,
  oldEnd: number,
  delta: number,
  masked: MaskedText,
  length: number,
): TextFrame {
  const whole = () => textFrame(masked.value);
  let full: TextFrame | undefined;
  const greeting = head >= prev.greeting.readTo ? prev.greeting : (full ??= whole()).greeting;
  const moved = (line: { start: number; end: number } | undefined) => line && { start: line.start + delta, end: line.end + delta };
  const signOff = oldEnd <= prev.signOff.readFrom ? { line: moved(prev.signOff.line), readFrom: prev.signOff.readFrom + delta } : (full ??= whole()).signOff;
  let perSpan = spanCounts.get(prev);
  if (!perSpan) perSpan = prevSpans.map((s) => documentCounts(s.text));
  const own = documentCounts(changed.text);
  const before = perSpan[index]!;
  const counts = { lines: prev.counts.lines - before.lines + own.lines, structural: prev.counts.structural - before.structural + own.structural };
  const nextCounts = perSpan.slice();
  nextCounts[index] = own;
  let first: ReturnType<TextFrame['firstLine']> | undefined;
  const frame: TextFrame = {
    greeting,
    signOff,
    counts,
    opening: openingOf(spans, length),
    firstLine: () => {
      if (first) return first;
      const known = prev.firstLine();
      return (first = head >= known.readTo ? known : (full ??= whole()).firstLine());
    },
    // A paragraph's own masked text needs no copy of the whole.
    paragraph: (start, end) => spanStartingAt(spans, start)?.text ?? masked.value.slice(start, end),
  };
  spanCounts.set(frame, nextCounts);
  return frame;
}

export function createLinter(): Linter {
  const cache = new GenerationalCache();
  const stats = { reused: 0, analysed: 0, patched: false };
  let prev: { state: RunState; options: string } | undefined;
  const begin = () => {
    cache.hits = cache.misses = 0;
  };
  // An aborted run keeps what it analysed (still valid for its paragraphs' text) for the next one.
  const end = (patched: boolean) => {
    // A patched run looks up only the changed paragraph; every other one is reused as it was.
    stats.reused = patched && prev ? prev.state.results.length - cache.misses : cache.hits;
    stats.analysed = cache.misses;
    stats.patched = patched;
    if (patched) cache.keepAll();
    else cache.rotate();
  };
  // A run: patch the previous one when the edit allows it, else compute every step (at once or in slices).
  const prepare = (text: string, options: LintOptions) => {
    begin();
    const key = JSON.stringify(options);
    const patched = prev && prev.options === key ? patch(prev.state, text, options, cache) : undefined;
    return { key, patched, steps: () => lintSteps(text, options, cache) };
  };
  const keep = (key: string, state: RunState, options: LintOptions) => {
    prev = { state, options: key };
    return toAnalysis(state.result, options);
  };
  return {
    analyse(text, options = {}) {
      const job = prepare(text, options);
      try {
        return keep(job.key, job.patched ?? runSync(job.steps()), options);
      } finally {
        end(job.patched !== undefined);
      }
    },
    async analyseInSlices(text, options = {}, slices = {}) {
      const job = prepare(text, options);
      try {
        return keep(job.key, job.patched ?? (await runInSlices(job.steps(), slices)), options);
      } finally {
        end(job.patched !== undefined);
      }
    },
    stats,
  };
}

/** A finding with its fixes moved by `delta` characters. */
function shiftFixed(f: Finding, delta: number): Finding {
  if (delta === 0) return f;
  const moved = shiftFinding(f, delta);
  if (f.fixes) moved.fixes = f.fixes.map((fix) => ({ range: [fix.range[0] + delta, fix.range[1] + delta], text: fix.text }));
  return moved;
}

/** A finding moved by `delta` characters, with its sentence. */
function shiftFinding(f: Finding, delta: number): Finding {
  if (delta === 0) return f;
  const moved: Finding = { ...f, offset: f.offset + delta, endOffset: f.endOffset + delta };
  if (f.sentenceOffset !== undefined) moved.sentenceOffset = f.sentenceOffset + delta;
  if (f.sentenceEndOffset !== undefined) moved.sentenceEndOffset = f.sentenceEndOffset + delta;
  return moved;
}
