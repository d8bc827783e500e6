/**
 * The phrase-pattern language of the rule files (documented in rules/README.md):
 *
 *   word       any inflected form of the word (compared by stem)
 *   =word      exactly this form (after lower-casing and ё → е)
 *   a|b|c      one of several words; brackets are optional: (a|b|c)
 *   word?      an optional word (also (a|b)?)
 *   @name      one word of the class `name` from classes.yaml
 *   #          a number written in digits (24, 1.5, 24-48, 25th); #time: 17:00, 5pm; #date: 25.11, 25.11.2026
 *   *          any one word
 *   ...        zero to four words
 */
import { expandContraction, normalizeWord, stem } from '../morphology.js';
import type { CompiledPattern, RuleSet } from '../ruleset.js';
import type { Language, WordClasses } from '../types.js';

export interface Slot {
  /** `gap` skips 0..GAP_MAX words; `any` takes exactly one word; `word` takes one matching word. */
  kind: 'word' | 'any' | 'gap';
  optional: boolean;
  stems: Set<string>;
  exact: Set<string>;
  /** Kinds of numeric tokens the slot takes (`#`, `#time`, `#date`). */
  numeric: Set<NumericKind>;
}

export type NumericKind = 'number' | 'time' | 'date';
const NUMERIC_ATOMS: Record<string, NumericKind> = { '#': 'number', '#time': 'time', '#date': 'date' };

const numericCache = new Map<string, readonly NumericKind[]>();
const NONE: readonly NumericKind[] = [];

/**
 * The numeric kinds of a normalised word: `number` (24, 1.5, 24-48, 1–3, 25th, 5-го), `time`
 * (17:00, 5pm, 5:30pm) and `date` (25.11, 25.11.2026, 2026-11-25). Words that do not start with
 * a digit have none.
 */
export function numericKinds(norm: string): readonly NumericKind[] {
  const c = norm.charCodeAt(0);
  if (!(c >= 48 && c <= 57)) return NONE;
  let kinds = numericCache.get(norm);
  if (kinds) return kinds;
  const found: NumericKind[] = [];
  if (/^\d+(?:[.,]\d+)?$|^\d+[-–—]\d+$|^\d+(?:st|nd|rd|th)$|^\d+-[a-zа-я]{1,3}$/.test(norm)) found.push('number');
  const time = /^(\d{1,2})(?::(\d{2}))?(am|pm|a\.m\.|p\.m\.)?$/.exec(norm);
  if (time && (time[2] !== undefined || time[3] !== undefined) && Number(time[1]) <= 24 && Number(time[2] ?? 0) < 60) found.push('time');
  const date = /^(\d{1,2})\.(\d{1,2})(?:\.(?:\d{2}|\d{4}))?$/.exec(norm);
  if (date && Number(date[1]) >= 1 && Number(date[1]) <= 31 && Number(date[2]) >= 1 && Number(date[2]) <= 12) found.push('date');
  else if (/^\d{4}-\d{2}-\d{2}$/.test(norm)) found.push('date');
  kinds = found.length > 0 ? found : NONE;
  if (numericCache.size >= 10_000) numericCache.clear();
  numericCache.set(norm, kinds);
  return kinds;
}

export const GAP_MAX = 4;

export class PatternError extends Error {}

/** A word of a pattern compiled to the keys that match it: stems and exact forms. */
function addAlternative(slot: Slot, alt: string, language: Language, classes: WordClasses, source: string): void {
  if (alt.startsWith('@')) {
    const members = classes[alt.slice(1)];
    if (!members) throw new PatternError(`unknown word class ${alt} in "${source}"`);
    for (const member of members) addAlternative(slot, member, language, classes, source);
    return;
  }
  const numeric = NUMERIC_ATOMS[alt];
  if (numeric) {
    slot.numeric.add(numeric);
    return;
  }
  if (alt.startsWith('#')) throw new PatternError(`unknown numeric atom ${alt} in "${source}" (use #, #time or #date)`);
  if (alt.startsWith('=')) {
    const word = normalizeWord(alt.slice(1));
    if (!word) throw new PatternError(`empty exact word in "${source}"`);
    slot.exact.add(word);
    return;
  }
  const word = normalizeWord(alt);
  if (!word || /[\s()|?*]/.test(word)) throw new PatternError(`bad word "${alt}" in "${source}"`);
  slot.stems.add(stem(word, language));
}

/** Compiles one pattern string into slots. Throws PatternError on malformed patterns. */
export function compilePattern(source: string, language: Language, classes: WordClasses): Slot[] {
  const slots: Slot[] = [];
  for (const raw of source.trim().split(/\s+/)) {
    if (raw === '...' || raw === '…') {
      slots.push({ kind: 'gap', optional: true, stems: new Set(), exact: new Set(), numeric: new Set() });
      continue;
    }
    if (raw === '*') {
      slots.push({ kind: 'any', optional: false, stems: new Set(), exact: new Set(), numeric: new Set() });
      continue;
    }
    let body = raw;
    const optional = body.endsWith('?');
    if (optional) body = body.slice(0, -1);
    if (body.startsWith('(') && body.endsWith(')')) body = body.slice(1, -1);
    const alts = body.split('|');
    // A contraction written in a pattern ("didn't") becomes the words it stands for.
    if (language === 'en' && alts.length === 1 && !optional && !body.startsWith('=') && !body.startsWith('@') && !body.startsWith('#')) {
      const parts = expandContraction(normalizeWord(body));
      if (parts.length > 1) {
        for (const part of parts) {
          const slot: Slot = { kind: 'word', optional: false, stems: new Set(), exact: new Set(), numeric: new Set() };
          addAlternative(slot, part, language, classes, source);
          slots.push(slot);
        }
        continue;
      }
    }
    const slot: Slot = { kind: 'word', optional, stems: new Set(), exact: new Set(), numeric: new Set() };
    for (const alt of alts) {
      if (!alt) throw new PatternError(`empty alternative in "${source}"`);
      addAlternative(slot, alt, language, classes, source);
    }
    slots.push(slot);
  }
  const first = slots[0];
  const last = slots[slots.length - 1];
  if (!first || first.kind !== 'word' || first.optional || !last || last.kind !== 'word' || last.optional) {
    throw new PatternError(`a pattern must start and end with a required word: "${source}"`);
  }
  return slots;
}

/** A word of the draft, as the matcher sees it. */
export interface Token {
  norm: string;
  stem: string;
  start: number;
  end: number;
  /**
   * The cached form the token was made from, with its index keys (`s:<stem>`, `e:<norm>`, see
   * `wordKeys`); the matcher keeps the candidate patterns of the form there (phrase-match.ts).
   */
  form?: TokenForm;
}

/** What the occurrences of a written word share for the phrase matcher. */
export interface TokenForm {
  readonly keys: readonly string[];
  /** The patterns that can start at the word, per rule set (filled on first use, see phrase-match.ts). */
  candidates: Map<RuleSet, Candidates> | undefined;
}

/** Patterns to try at a word: those indexed by the word alone, and by the word and the next one. */
export interface Candidates {
  singles: CompiledPattern[];
  pairs: Map<string, CompiledPattern[]> | undefined;
}

export function slotAccepts(slot: Slot, token: Token): boolean {
  if (slot.kind === 'any' || slot.stems.has(token.stem) || slot.exact.has(token.norm)) return true;
  if (slot.numeric.size === 0) return false;
  for (const kind of numericKinds(token.norm)) if (slot.numeric.has(kind)) return true;
  return false;
}

/**
 * Matches `slots` against `tokens` from index `at`; returns the index after the last matched
 * token, or -1. Gaps and optional words prefer the shortest match, which keeps ranges tight.
 */
export function matchAt(slots: readonly Slot[], tokens: readonly Token[], at: number, si = 0): number {
  if (si === slots.length) return at;
  const slot = slots[si]!;
  if (slot.kind === 'gap') {
    for (let skip = 0; skip <= GAP_MAX && at + skip <= tokens.length; skip++) {
      const end = matchAt(slots, tokens, at + skip, si + 1);
      if (end >= 0) return end;
    }
    return -1;
  }
  const token = tokens[at];
  if (token && slotAccepts(slot, token)) {
    const end = matchAt(slots, tokens, at + 1, si + 1);
    if (end >= 0) return end;
  }
  return slot.optional ? matchAt(slots, tokens, at, si + 1) : -1;
}

/** The lookup keys of a token: its stem, its exact form and its numeric kinds. */
export function tokenKeys(token: Token): readonly string[] {
  return token.form?.keys ?? wordKeys(token.norm, token.stem);
}

/** The lookup keys of a word: its stem, its exact form and the numeric kinds it is (#, #time, #date). */
export function wordKeys(norm: string, stem: string): string[] {
  const keys = ['s:' + stem, 'e:' + norm];
  for (const kind of numericKinds(norm)) keys.push('n:' + kind);
  return keys;
}

/** The lookup keys under which a pattern is indexed (its first slot's words). */
export function slotKeys(slot: Slot): string[] {
  return [...[...slot.stems].map((s) => 's:' + s), ...[...slot.exact].map((e) => 'e:' + e), ...[...slot.numeric].map((n) => 'n:' + n)];
}
