/**
 * Applying a finding's suggestion. Each suggestion has a reach (types.ts): a `phrase` replaces the
 * matched words, a `clause` the clause around them, a `sentence` the whole sentence. The edit is
 * computed here once, so the CLI's JSON (`fixes`) and the editor's quick fix apply the same text.
 */
import { agree, writerOf, type Writer } from './agreement.js';
import type { Finding, Language, Reach } from './types.js';

const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const isUpper = (c: string) => c !== c.toLowerCase() && c === c.toUpperCase();
const isLower = (c: string) => c !== c.toUpperCase() && c === c.toLowerCase();

/**
 * A capitalised phrase gets a capitalised replacement; a phrase in mid-sentence gets a
 * lower-case one, unless the replacement starts with "I" or an acronym (two capitals).
 */
export function matchCase(original: string, replacement: string): string {
  const first = [...original].find((c) => isUpper(c) || isLower(c));
  if (!first || replacement === '') return replacement;
  if (isUpper(first)) return upperFirst(replacement);
  return midSentence(replacement);
}

/** A text placed in mid-sentence: lower-case first letter, unless it starts with "I" or an acronym. */
export function midSentence(text: string): string {
  const keepsCapital = /^I\b/.test(text) || /^\p{Lu}\p{Lu}/u.test(text);
  return keepsCapital ? text : lowerFirst(text);
}

export interface TextEdit {
  offset: number;
  endOffset: number;
  newText: string;
}

/** The edit that replaces a finding's range with a suggestion, case matched. */
export function suggestionEdit(finding: Pick<Finding, 'offset' | 'endOffset' | 'actual'>, suggestion: string): TextEdit {
  return { offset: finding.offset, endOffset: finding.endOffset, newText: matchCase(finding.actual, suggestion) };
}

export function applyEdit(text: string, edit: TextEdit): string {
  return text.slice(0, edit.offset) + edit.newText + text.slice(edit.endOffset);
}

/** An exact edit of the text: replace `[start, end)` (UTF-16 offsets) with `text` (ESLint's `fix`). */
export interface Fix {
  range: [number, number];
  text: string;
}

export function applyFix(text: string, fix: Fix): string {
  return text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]);
}

/** What a fix needs to know of a finding. */
export interface FixTarget {
  offset: number;
  endOffset: number;
  /** The sentence of the match (from the tokenizer); the match's own range when unknown. */
  sentenceOffset?: number;
  sentenceEndOffset?: number;
  language: Language;
}

/** Prepositions that belong to a time or manner adverbial they introduce («в ближайшее время», "in a timely manner"). */
const PREPOSITIONS: Record<Language, Set<string>> = {
  ru: new Set(['в', 'во', 'на', 'к', 'ко', 'до', 'за', 'через', 'с', 'со', 'по', 'при', 'из-за']),
  en: new Set(['in', 'by', 'within', 'at', 'on', 'for', 'until', 'before']),
};

const TERMINAL = /[.!?…]+$/u;
const CLAUSE_DELIMITER = /[,;:()]|\s[—–-]\s/gu;

/** The sentence around a target, not crossing a line break (a greeting on its own line stays). */
function sentenceRange(text: string, target: FixTarget): [number, number] {
  let start = Math.min(target.sentenceOffset ?? target.offset, target.offset);
  let end = Math.max(target.sentenceEndOffset ?? target.endOffset, target.endOffset);
  const lineStart = text.lastIndexOf('\n', target.offset - 1);
  if (lineStart >= start) start = lineStart + 1;
  const lineEnd = text.indexOf('\n', target.endOffset);
  if (lineEnd >= 0 && lineEnd < end) end = lineEnd;
  while (start < target.offset && /\s/.test(text[start]!)) start++;
  while (end > target.endOffset && /\s/.test(text[end - 1]!)) end--;
  return [start, end];
}

/** The closing punctuation of a sentence («.», «?!», «…»), or ''. */
function terminalOf(sentence: string): string {
  return TERMINAL.exec(sentence.trimEnd())?.[0] ?? '';
}

/** A replacement sentence: capitalised, ending with its own punctuation or the original sentence's. */
function asSentence(replacement: string, originalTerminal: string): string {
  const text = upperFirst(replacement.trim());
  if (/[.!?…:]$/u.test(text)) return text;
  return text + (originalTerminal || '');
}

// Dates the writer already gave, to fill a `[date]` placeholder instead of asking again.
const EN_DAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|tonight)';
const EN_MONTH = '(?:january|february|march|april|may|june|july|august|september|october|november|december)';
const EN_DATE = new RegExp(
  `\\b(?:(?:${EN_DAY})(?:\\s+(?:morning|afternoon|evening|night))?|${EN_MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${EN_MONTH}|the\\s+end\\s+of\\s+(?:the\\s+)?(?:day|week|month)|\\d{1,2}[./]\\d{1,2}(?:[./]\\d{2,4})?|\\d{4}-\\d{2}-\\d{2})(?:\\s+at\\s+\\d{1,2}(?::\\d{2})?\\s*(?:am|pm)?)?`,
  'giu',
);
const DIGIT_DATE = /(?<![\d.])\d{1,2}\.\d{1,2}(?:\.\d{2,4})?(?![\d.]\d)/gu;
const DATE_PLACEHOLDER: Record<Language, RegExp> = {
  en: /\[date(?: and time)?\]/,
  ru: /\[дата(?:, время)?\]/,
};

/** The one date the sentence gives, in a form that fits after the placeholder's own preposition. */
function dateOf(sentence: string, language: Language): string | undefined {
  const found = [...sentence.matchAll(language === 'en' ? EN_DATE : DIGIT_DATE)].map((m) => m[0]);
  return found.length === 1 ? found[0] : undefined;
}

/** Fills a date placeholder from what the writer wrote in the replaced sentence. */
export function keepDate(replacement: string, sentence: string, language: Language): string {
  const placeholder = DATE_PLACEHOLDER[language];
  if (!placeholder.test(replacement)) return replacement;
  const date = dateOf(sentence, language);
  return date ? replacement.replace(placeholder, date) : replacement;
}

/** The word just before `offset` in the same sentence, with its start. */
function wordBefore(text: string, offset: number, floor: number): { word: string; start: number } | undefined {
  const before = text.slice(floor, offset);
  const m = /([\p{L}-]+)\s+$/u.exec(before);
  return m ? { word: m[1]!, start: floor + m.index } : undefined;
}

function firstWord(text: string): string {
  return (/^[\p{L}-]+/u.exec(text)?.[0] ?? '').toLowerCase();
}

function phraseFix(text: string, target: FixTarget, replacement: string, sentence: [number, number]): Fix {
  let start = target.offset;
  const end = target.endOffset;
  const prepositions = PREPOSITIONS[target.language];
  // «в ближайшее время» → «до [дата]»: the preposition belongs to the replaced adverbial.
  const before = wordBefore(text, start, sentence[0]);
  if (before && prepositions.has(before.word.toLowerCase()) && !prepositions.has(firstWord(text.slice(start, end)))) start = before.start;
  let newText = replacement.trim();
  const atStart = start === sentence[0];
  newText = atStart ? upperFirst(newText) : midSentence(newText);
  const rest = text.slice(end, sentence[1]);
  // The sentence goes on after the phrase: the replacement's own closing punctuation would end it early.
  if (/\S/.test(rest.replace(TERMINAL, '')) || TERMINAL.test(rest.trim())) newText = newText.replace(TERMINAL, '');
  return { range: [start, end], text: newText };
}

/** Whole clauses between delimiters: `[start, end)` of the one around the target, and the delimiters. */
function clauseAround(text: string, target: FixTarget, sentence: [number, number]) {
  const body = text.slice(sentence[0], sentence[1]);
  const bodyEnd = sentence[0] + body.trimEnd().replace(TERMINAL, '').length;
  let start = sentence[0];
  let end = bodyEnd;
  for (const m of body.matchAll(CLAUSE_DELIMITER)) {
    const at = sentence[0] + m.index!;
    if (at + m[0].length <= target.offset) start = at + m[0].length;
    else if (at >= target.endOffset && at < end) end = at;
  }
  while (start < target.offset && /\s/.test(text[start]!)) start++;
  return { start, end, bodyEnd };
}

function clauseFix(text: string, target: FixTarget, replacement: string, sentence: [number, number]): Fix {
  const { start, end, bodyEnd } = clauseAround(text, target, sentence);
  const terminal = terminalOf(text.slice(sentence[0], sentence[1]));
  const opener = replacement.trim();
  if (/:$/.test(opener)) {
    // An opener ("To make this clearer:") takes the place of the clause at the head of the sentence.
    const before = text.slice(sentence[0], start).replace(/[\s,;:—–-]+$/u, '');
    const after = text.slice(end, bodyEnd).replace(/^[\s,;:—–-]+/u, '');
    const rest = [before, after].filter(Boolean).join(', ');
    const body = rest ? `${upperFirst(opener)} ${midSentence(rest)}${terminal}` : `${upperFirst(opener.replace(/:$/, ''))}${terminal || '.'}`;
    return { range: [sentence[0], sentence[1]], text: body };
  }
  let newText = start === sentence[0] ? upperFirst(opener) : midSentence(opener);
  if (end < bodyEnd || terminal) newText = newText.replace(TERMINAL, '');
  return { range: [start, end], text: newText };
}

/** The exact edit that applies one suggestion (already agreed with the writer) to a finding. */
export function fixFor(text: string, target: FixTarget, suggestion: string, reach: Reach = 'phrase'): Fix {
  const sentence = sentenceRange(text, target);
  if (reach === 'sentence') {
    const original = text.slice(sentence[0], sentence[1]);
    return { range: sentence, text: asSentence(keepDate(suggestion, original, target.language), terminalOf(original)) };
  }
  if (reach === 'clause') return clauseFix(text, target, suggestion, sentence);
  return phraseFix(text, target, suggestion, sentence);
}

/**
 * The findings with their suggestions agreed with the writer (Russian `{m|f|plural}` groups) and
 * one exact `fixes` edit per suggestion. Findings without suggestions get `fixes: []`.
 */
export function withFixes(text: string, findings: readonly Finding[], writerFor?: (language: Language) => Writer): Finding[] {
  const writers = new Map<Language, Writer>();
  const writer =
    writerFor ??
    ((language: Language) => {
      let w = writers.get(language);
      if (!w) writers.set(language, (w = writerOf(text, language)));
      return w;
    });
  return findings.map((finding) => {
    if (finding.expected.length === 0) return { ...finding, fixes: [] };
    // Only agreement groups depend on the writer, whom reading costs a pass over the whole text.
    const expected = finding.expected.map((s) => (s.includes('{') ? agree(s, writer(finding.language)) : s));
    const fixes = expected.map((s, i) => fixFor(text, finding, s, finding.reach?.[i] ?? 'phrase'));
    return { ...finding, expected, fixes };
  });
}
