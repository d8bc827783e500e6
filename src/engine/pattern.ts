/**
 * The phrase-pattern language of the rule files (documented in rules/README.md):
 *
 *   word       any inflected form of the word (compared by stem)
 *   =word      exactly this form (after lower-casing and ё → е)
 *   a|b|c      one of several words; brackets are optional: (a|b|c)
 *   word?      an optional word (also (a|b)?)
 *   @name      one word of the class `name` from classes.yaml
 *   *          any one word
 *   ...        zero to four words
 */
import { expandContraction, normalizeWord, stem } from './morphology.js';
import type { Language, WordClasses } from './types.js';

export interface Slot {
  /** `gap` skips 0..GAP_MAX words; `any` takes exactly one word; `word` takes one matching word. */
  kind: 'word' | 'any' | 'gap';
  optional: boolean;
  stems: Set<string>;
  exact: Set<string>;
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
      slots.push({ kind: 'gap', optional: true, stems: new Set(), exact: new Set() });
      continue;
    }
    if (raw === '*') {
      slots.push({ kind: 'any', optional: false, stems: new Set(), exact: new Set() });
      continue;
    }
    let body = raw;
    const optional = body.endsWith('?');
    if (optional) body = body.slice(0, -1);
    if (body.startsWith('(') && body.endsWith(')')) body = body.slice(1, -1);
    const alts = body.split('|');
    // A contraction written in a pattern ("didn't") becomes the words it stands for.
    if (language === 'en' && alts.length === 1 && !optional && !body.startsWith('=') && !body.startsWith('@')) {
      const parts = expandContraction(normalizeWord(body));
      if (parts.length > 1) {
        for (const part of parts) {
          const slot: Slot = { kind: 'word', optional: false, stems: new Set(), exact: new Set() };
          addAlternative(slot, part, language, classes, source);
          slots.push(slot);
        }
        continue;
      }
    }
    const slot: Slot = { kind: 'word', optional, stems: new Set(), exact: new Set() };
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
}

export function slotAccepts(slot: Slot, token: Token): boolean {
  return slot.kind === 'any' || slot.stems.has(token.stem) || slot.exact.has(token.norm);
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

/** The lookup keys of a token: its stem and its exact form. */
export function tokenKeys(token: Token): [string, string] {
  return ['s:' + token.stem, 'e:' + token.norm];
}

/** The lookup keys under which a pattern is indexed (its first slot's words). */
export function slotKeys(slot: Slot): string[] {
  return [...[...slot.stems].map((s) => 's:' + s), ...[...slot.exact].map((e) => 'e:' + e)];
}
