/**
 * What a fix must leave: a correct sentence. Shared by the fix check over every rule's examples
 * (fix-check.test.ts) and the measurement on defensive drafts (scripts/measure-fixes.ts).
 */
import { applyFix, lint, type Finding, type Fix, type Language } from '../../../src/engine/index.js';

const PREPOSITIONS: Record<Language, Set<string>> = {
  ru: new Set(['в', 'во', 'на', 'к', 'ко', 'до', 'за', 'через', 'с', 'со', 'по', 'из-за', 'о', 'об', 'от', 'для', 'при', 'без']),
  en: new Set(['in', 'by', 'within', 'at', 'on', 'for', 'until', 'before', 'to', 'of', 'with', 'from']),
};
/** Words a date placeholder may stand after without a preposition. */
const BARE_TIME = /^(?:today|tomorrow|tonight|сегодня|завтра|\[)/iu;
const WORD = /[\p{L}\d]+(?:[-'’][\p{L}\d]+)*/gu;

function words(text: string): string[] {
  return (text.match(WORD) ?? []).map((w) => w.toLowerCase());
}

/** The sentence of the result that holds `[start, end)`: from the previous terminal or line break to the next. */
function sentenceAt(text: string, start: number, end: number): [number, number] {
  let s = start;
  while (s > 0 && !/[.!?…\n]/u.test(text[s - 1]!)) s--;
  let e = end;
  if (e > start && /[.!?…]/u.test(text[e - 1]!)) return [s, e];
  while (e < text.length && !/[.!?…\n]/u.test(text[e]!)) e++;
  while (e < text.length && /[.!?…]/u.test(text[e]!)) e++;
  return [s, e];
}

/** The result with its date and time placeholders filled as a writer would . */
function fillDates(text: string, language: Language): string {
  return language === 'ru'
    ? text
        .replace(/\[дата, время\]/gu, '25.11 17:00')
        .replace(/\[дата\]/gu, '25.11')
        .replace(/\[время\]/gu, '17:00')
    : text
        .replace(/\[date and time\]/g, 'Friday 5pm')
        .replace(/\[date\]/g, 'Friday')
        .replace(/\[time\]/g, '5pm');
}

export interface FixProblem {
  kind: 'repeated word' | 'preposition' | 'capitalisation' | 'stray full stop' | 'placeholder' | 'same rule again' | 'other rule' | 'leftover' | 'spacing';
  detail: string;
}

/**
 * The problems applying `fix` (suggestion `suggestion` of `finding`) to `text` leaves. Empty
 * when the result is a correct sentence as far as these checks see.
 */
export function fixProblems(text: string, finding: Finding, fix: Fix, suggestion: string): { result: string; problems: FixProblem[] } {
  const language = finding.language;
  const result = applyFix(text, fix);
  const start = fix.range[0];
  const end = start + fix.text.length;
  const problems: FixProblem[] = [];
  const before = words(text.slice(0, fix.range[0])).at(-1);
  const after = words(text.slice(fix.range[1]).split(/[.!?…\n]/u)[0] ?? '')[0];
  const newWords = words(fix.text.replace(/\[[^\]]*\]/g, ' '));
  const first = newWords[0];
  const last = newWords.at(-1);
  const sameSentenceBefore = !/[.!?…\n]\s*$/u.test(text.slice(0, fix.range[0]));
  const sameSentenceAfter = !/^\s*[.!?…\n]/u.test(text.slice(fix.range[1])) && !/[.!?…]$/u.test(fix.text);

  // A repeated word at either seam ("I I understand", "в в").
  if (sameSentenceBefore && before && first && before === first && !fix.text.startsWith('['))
    problems.push({ kind: 'repeated word', detail: `«${before} ${first}»` });
  if (sameSentenceAfter && after && last && after === last && !/\]\s*$/.test(fix.text)) problems.push({ kind: 'repeated word', detail: `«${last} ${after}»` });

  // Prepositions: none doubled at the seam, none lost with the replaced words.
  const prepositions = PREPOSITIONS[language];
  const firstRaw = (/^[\p{L}-]+/u.exec(fix.text.trim())?.[0] ?? '').toLowerCase();
  if (sameSentenceBefore && before && prepositions.has(before) && prepositions.has(firstRaw))
    problems.push({ kind: 'preposition', detail: `doubled «${before} ${firstRaw}»` });
  const replaced = text.slice(fix.range[0], fix.range[1]);
  const replacedFirst = (/^[\p{L}-]+/u.exec(replaced)?.[0] ?? '').toLowerCase();
  const phraseLike = fix.range[1] - fix.range[0] <= finding.endOffset - finding.offset + 12;
  if (phraseLike && prepositions.has(replacedFirst) && !prepositions.has(firstRaw) && !BARE_TIME.test(fix.text.trim()) && !/^\p{Lu}/u.test(fix.text)) {
    problems.push({ kind: 'preposition', detail: `«${replacedFirst}» dropped before «${fix.text}»` });
  }

  // Capitalisation follows the position in the sentence; no full stop in mid-sentence.
  const firstLetter = /\p{L}/u.exec(fix.text)?.[0];
  const atSentenceStart = !sameSentenceBefore || fix.range[0] === 0 || /^\s*$/.test(text.slice(0, fix.range[0]));
  if (firstLetter && !fix.text.startsWith('[')) {
    const upper = firstLetter !== firstLetter.toLowerCase();
    const mayStayUpper = /^(?:I\b|\p{Lu}\p{Lu})/u.test(fix.text);
    if (atSentenceStart && !upper) problems.push({ kind: 'capitalisation', detail: `«${fix.text}» starts a sentence in lower case` });
    if (!atSentenceStart && upper && !mayStayUpper) problems.push({ kind: 'capitalisation', detail: `«${fix.text}» is capitalised in mid-sentence` });
  }
  if (/[.!?…]$/u.test(fix.text) && /^\s*[\p{Ll},;]/u.test(result.slice(end)))
    problems.push({ kind: 'stray full stop', detail: `«${fix.text}» ends the sentence before «${result.slice(end, end + 20)}»` });
  if (/^\s*[.!?…]/u.test(result.slice(end)) && /[.!?…:]$/u.test(fix.text)) problems.push({ kind: 'stray full stop', detail: 'double closing punctuation' });
  const seam = result.slice(Math.max(0, start - 1), Math.min(result.length, end + 2));
  if (/ {2}| [,.;:!?]|,[,.]|:[,.]/u.test(seam)) problems.push({ kind: 'spacing', detail: `«${seam}»` });

  // Placeholders: every one of the suggestion kept (a date one may be filled in), none broken.
  const placeholders = suggestion.match(/\[[^[\]]*\]/g) ?? [];
  for (const p of placeholders) {
    const isDate = /^\[(?:date|дата)/u.test(p);
    if (!fix.text.includes(p) && !isDate) problems.push({ kind: 'placeholder', detail: `${p} lost` });
  }
  if (/[{}|]/.test(fix.text) || (fix.text.match(/\[/g) ?? []).length !== (fix.text.match(/\]/g) ?? []).length)
    problems.push({ kind: 'placeholder', detail: `unbalanced or unresolved in «${fix.text}»` });

  // Nothing left of the replaced construction: the flagged words are gone from the sentence, and
  // a whole-sentence rewrite has no piece of the old sentence around it.
  const [ss, se] = sentenceAt(result, start, end);
  const sentence = result.slice(ss, se);
  const reach = finding.reach?.[finding.expected.indexOf(suggestion)] ?? 'phrase';
  // A phrase swap of words ending in a preposition ("due to", «из-за») leaves its object behind.
  const replacedLast = words(replaced).at(-1);
  if (reach !== 'sentence' && replacedLast && prepositions.has(replacedLast) && after) {
    problems.push({ kind: 'leftover', detail: `the object of «${replaced}» is left after «${fix.text}»` });
  }
  if (reach === 'sentence') {
    const head = result.slice(ss, start).trim();
    const tail = result
      .slice(end, se)
      .replace(/^[\s.!?…]+/u, '')
      .trim();
    if (/\p{L}/u.test(head) || /\p{L}/u.test(tail)) problems.push({ kind: 'leftover', detail: `«${head}» … «${tail}» around a sentence rewrite` });
  }
  const flagged = finding.actual.toLowerCase().replace(/\s+/g, ' ').trim();
  if (flagged.length > 3 && sentence.toLowerCase().replace(/\s+/g, ' ').includes(flagged) && !suggestion.toLowerCase().includes(flagged)) {
    problems.push({ kind: 'leftover', detail: `«${finding.actual}» still in «${sentence}»` });
  }

  // Re-linting raises no finding of the same rule on the edited text, once the writer has filled
  // in the date and time the suggestion asks for (a rule may accept a vague word next to a date).
  const filled = fillDates(result, language);
  const filledStart = fillDates(result.slice(0, start), language).length;
  const filledEnd = filledStart + fillDates(fix.text, language).length;
  const onEdit = lint(filled, { language, structure: false }).filter((f) => f.offset < filledEnd && filledStart < f.endOffset);
  const again = onEdit.filter((f) => f.ruleId === finding.ruleId);
  if (again.length > 0) problems.push({ kind: 'same rule again', detail: `«${again[0]!.actual}» in «${sentence}»` });
  // Stricter than asked: the rewrite must not trip any other rule either (words the writer's
  // sentence kept may still be flagged as they were before).
  const known = new Set(lint(fillDates(text, language), { language, structure: false }).map((f) => `${f.ruleId}|${f.actual}`));
  const other = onEdit.filter((f) => f.ruleId !== finding.ruleId && !known.has(`${f.ruleId}|${f.actual}`));
  if (other.length > 0) problems.push({ kind: 'other rule', detail: `${other[0]!.ruleId} on «${other[0]!.actual}» in «${sentence}»` });
  return { result, problems };
}
