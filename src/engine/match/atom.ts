/**
 * Atoms of the construction language (rules/README.md): one word of the draft, described by its
 * lemma, a named class of lemmas, an exact form, a number, or a part of speech with features,
 * optionally negated or affirmative.
 *
 *   опоздать  lemma (all forms)        =ведь     exact form        @third-party  class of lemmas
 *   [VERB past 3p]  POS + features     [-neg]    feature absent    fail[past]    lemma + features
 *   a|b|(c|d)  alternatives            !atom     negated word      +atom         not negated
 *   a|!b       b only when negated     !(a|b)    either, negated   (!a|b is an error: ambiguous)
 *   #, #time, #date  numbers           *         any word
 */
import { FEATURES, type Feature, type Pos } from '../morph/types.js';
import { normalizeWord, stem } from '../morphology.js';
import { numericKinds, type NumericKind } from './phrase.js';
import type { Word } from './tokens.js';
import type { Language } from '../types.js';

export class ConstructionError extends Error {}

const POS_TAGS: ReadonlySet<string> = new Set<Pos>([
  'NOUN',
  'PROPN',
  'VERB',
  'AUX',
  'ADJ',
  'ADV',
  'PRON',
  'DET',
  'ADP',
  'CCONJ',
  'SCONJ',
  'PART',
  'NUM',
  'INTJ',
  'X',
]);
const FEATURE_SET: ReadonlySet<string> = new Set(FEATURES);
const NUMERIC: Record<string, NumericKind> = { '#': 'number', '#time': 'time', '#date': 'date' };

/** One alternative of an atom: every constraint it has must hold for one reading of the word. */
export interface AtomAlt {
  lemma?: string;
  /** Stem of `lemma`, for words the analyser does not know (and, in English, for all words). */
  stem?: string;
  form?: string;
  numeric?: NumericKind;
  pos?: ReadonlySet<Pos>;
  feats: readonly Feature[];
  notFeats: readonly Feature[];
  any?: boolean;
  /** true: the word must be negated; false: it must not be; undefined: either. */
  negated?: boolean;
}

/** Plain lemma and form alternatives of one polarity, as sets (a class has a hundred of them). */
interface PlainAlts {
  negated: boolean | undefined;
  lemmas: Set<string>;
  stems: Set<string>;
  forms: Set<string>;
}

export interface Atom {
  alts: AtomAlt[];
  /** The alternatives that are a bare lemma or form, grouped by polarity, for a quick test. */
  plain: PlainAlts[];
  /** The other alternatives (parts of speech, features, numbers, `*`), tested one by one. */
  complex: AtomAlt[];
  /** The source text, for messages. */
  source: string;
  /** A number of its own, from 0 (see `atomAccepts`). */
  id: number;
}

/** The next atom's id. */
let atomIds = 0;

export interface AtomContext {
  language: Language;
  classes: Readonly<Record<string, readonly string[]>>;
}

/** Splits `s` on `sep` at bracket depth 0. */
export function splitTop(s: string, sep: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '[' || c === '(') depth++;
    else if (c === ']' || c === ')') depth--;
    else if (depth === 0 && c === sep) {
      out.push(s.slice(from, i));
      from = i + 1;
    }
  }
  out.push(s.slice(from));
  return out;
}

function parseBracket(body: string, source: string): Pick<AtomAlt, 'pos' | 'feats' | 'notFeats'> {
  let pos: Set<Pos> | undefined;
  const feats: Feature[] = [];
  const notFeats: Feature[] = [];
  for (const part of body.trim().split(/\s+/).filter(Boolean)) {
    if (/^[A-Z|]+$/.test(part)) {
      pos = new Set();
      for (const tag of part.split('|')) {
        if (!POS_TAGS.has(tag)) throw new ConstructionError(`unknown part of speech ${tag} in "${source}"`);
        pos.add(tag as Pos);
      }
      continue;
    }
    const negative = part.startsWith('-');
    const name = negative ? part.slice(1) : part;
    if (!FEATURE_SET.has(name)) throw new ConstructionError(`unknown feature ${name} in "${source}" (features: ${FEATURES.join(' ')})`);
    (negative ? notFeats : feats).push(name as Feature);
  }
  return { pos, feats, notFeats };
}

function compileAlt(text: string, ctx: AtomContext, source: string, seen: ReadonlySet<string>): AtomAlt[] {
  const bracket = /^([^[]*)\[([^\]]*)\]$/.exec(text);
  const head = bracket ? bracket[1]! : text;
  const constraint = bracket ? parseBracket(bracket[2]!, source) : { pos: undefined, feats: [], notFeats: [] };
  const withConstraint = (alt: AtomAlt): AtomAlt => ({
    ...alt,
    pos: constraint.pos ?? alt.pos,
    feats: [...alt.feats, ...constraint.feats],
    notFeats: [...alt.notFeats, ...constraint.notFeats],
  });
  if (head === '') {
    if (!bracket) throw new ConstructionError(`empty atom in "${source}"`);
    return [withConstraint({ feats: [], notFeats: [] })];
  }
  if (head.startsWith('@')) {
    const name = head.slice(1);
    const alts = classAlts(name, ctx, source, seen);
    return bracket ? alts.map(withConstraint) : alts;
  }
  if (head === '*') return [withConstraint({ any: true, feats: [], notFeats: [] })];
  if (head.startsWith('#')) {
    const numeric = NUMERIC[head];
    if (!numeric) throw new ConstructionError(`unknown number atom ${head} in "${source}" (use #, #time or #date)`);
    return [withConstraint({ numeric, feats: [], notFeats: [] })];
  }
  if (head.startsWith('=')) {
    const form = normalizeWord(head.slice(1));
    if (!form) throw new ConstructionError(`empty exact form in "${source}"`);
    return [withConstraint({ form, feats: [], notFeats: [] })];
  }
  const lemma = normalizeWord(head);
  if (!/^[\p{L}\p{N}][\p{L}\p{N}'.&-]*$/u.test(lemma)) throw new ConstructionError(`bad word "${head}" in "${source}"`);
  return [withConstraint({ lemma, stem: stem(lemma, ctx.language), feats: [], notFeats: [] })];
}

/** Compiled members of each class per compile context: rules name the same classes hundreds of times. */
const classCache = new WeakMap<AtomContext, Map<string, AtomAlt[]>>();

/** Compiled alternatives of a class's member list with no `@` member, per language. */
const sharedClassAlts = new WeakMap<readonly string[], Map<Language, AtomAlt[]>>();

/** The alternatives of a class's members, without any constraint (never changed after compilation). */
function classAlts(name: string, ctx: AtomContext, source: string, seen: ReadonlySet<string>): AtomAlt[] {
  let cache = classCache.get(ctx);
  if (!cache) classCache.set(ctx, (cache = new Map()));
  const known = cache.get(name);
  if (known) return known;
  const members = ctx.classes[name];
  if (!members) throw new ConstructionError(`unknown class @${name} in "${source}"`);
  if (seen.has(name)) throw new ConstructionError(`class @${name} contains itself`);
  // A class of plain members compiles the same in every context of the language (the tone rules
  // and the structure cues share the lists): compiled once per list.
  const plainMembers = !members.some((m) => m.includes('@'));
  const shared = plainMembers ? sharedClassAlts.get(members)?.get(ctx.language) : undefined;
  if (shared) {
    cache.set(name, shared);
    return shared;
  }
  const inner = new Set(seen).add(name);
  const alts = members.flatMap((member) => compileAlt(member, ctx, source, inner));
  cache.set(name, alts);
  if (plainMembers) {
    let byLanguage = sharedClassAlts.get(members);
    if (!byLanguage) sharedClassAlts.set(members, (byLanguage = new Map()));
    byLanguage.set(ctx.language, alts);
  }
  return alts;
}

/** Compiled alternatives per compile context and text: `@failure-verb[past]` recurs in many atoms. */
const altCache = new WeakMap<AtomContext, Map<string, AtomAlt[]>>();

/** The alternatives of one `|`-part of an atom, without polarity (never changed after compilation). */
function altsOf(part: string, ctx: AtomContext, source: string): AtomAlt[] {
  let cache = altCache.get(ctx);
  if (!cache) altCache.set(ctx, (cache = new Map()));
  let alts = cache.get(part);
  if (!alts) cache.set(part, (alts = compileAlt(part, ctx, source, new Set())));
  return alts;
}

/** Strips a leading `!` (negated) or `+` (not negated). */
function polarity(text: string): [string, boolean | undefined] {
  if (text.startsWith('!') || text.startsWith('+')) return [text.slice(1), text[0] === '!'];
  return [text, undefined];
}

/**
 * Compiles one atom (no spaces outside brackets): `!@failure-verb[past]`, `due|owing`,
 * `[PRON 1p]`, `@failure|!@duty-verb`. A `!` or `+` before brackets applies to every
 * alternative; before one alternative, to that one.
 */
export function compileAtom(text: string, ctx: AtomContext, source = text): Atom {
  // Rules repeat the same atoms (`@failure-verb[past]`) many times; a class expands to a hundred alternatives.
  let cache = atomCache.get(ctx);
  if (!cache) atomCache.set(ctx, (cache = new Map()));
  let atom = cache.get(text);
  if (!atom) cache.set(text, (atom = compileAtomUncached(text, ctx, source)));
  return atom;
}

/** Compiled atoms per compile context (atoms are never changed after compilation). */
const atomCache = new WeakMap<AtomContext, Map<string, Atom>>();

function compileAtomUncached(text: string, ctx: AtomContext, source: string): Atom {
  let [body, negated] = polarity(text);
  if (body.startsWith('(') && body.endsWith(')')) body = body.slice(1, -1);
  else if (negated !== undefined) {
    // "!a|b" reads as "neither a nor b" but would negate a alone: write "!(a|b)", or mark each
    // alternative ("!a|!b|c") when they differ.
    const others = splitTop(body, '|').slice(1);
    if (others.length > 0 && !others.some((alt) => polarity(alt)[1] !== undefined)) {
      throw new ConstructionError(`"${text}" in "${source}": write ${text[0]}(${body}) for every alternative, or mark each one`);
    }
    [body, negated] = [text, undefined];
  }
  const alts: AtomAlt[] = [];
  for (const raw of splitTop(body, '|')) {
    const [part, own] = polarity(raw);
    if (part === '') throw new ConstructionError(`empty alternative in "${source}"`);
    const polar = own ?? negated;
    // Compiled alternatives carry no polarity: shared as they are when the atom adds none.
    for (const alt of altsOf(part, ctx, source)) alts.push(polar === undefined ? alt : { ...alt, negated: polar });
  }
  const plain: PlainAlts[] = [];
  const complex: AtomAlt[] = [];
  for (const alt of alts) {
    const isPlain = !alt.pos && alt.feats.length === 0 && alt.notFeats.length === 0 && alt.numeric === undefined && !alt.any;
    if (!isPlain) {
      complex.push(alt);
      continue;
    }
    let group = plain.find((g) => g.negated === alt.negated);
    if (!group) plain.push((group = { negated: alt.negated, lemmas: new Set(), stems: new Set(), forms: new Set() }));
    if (alt.form !== undefined) group.forms.add(alt.form);
    else if (alt.lemma !== undefined) {
      group.lemmas.add(alt.lemma);
      group.stems.add(alt.stem!);
    }
  }
  return { alts, plain, complex, source: text, id: atomIds++ };
}

function readingMatches(alt: AtomAlt, token: Word, stemAlways: boolean): boolean {
  const readings = token.readings;
  if (!readings) {
    // No morphology: lemmas by stem, nothing known about parts of speech or features.
    if (alt.pos || alt.feats.length > 0) return false;
    return alt.lemma === undefined || alt.stem === token.stem || alt.lemma === token.norm;
  }
  // A lemma atom also takes the form it is written as ("ourselves", whose lemma is "we").
  const sameForm = alt.lemma !== undefined && alt.lemma === token.norm;
  for (const r of readings) {
    if (alt.lemma !== undefined && !sameForm && r.lemma !== alt.lemma && !((stemAlways || r.pos === 'X') && alt.stem === token.stem)) continue;
    if (alt.pos && !alt.pos.has(r.pos)) continue;
    if (alt.feats.length > 0 && !alt.feats.every((f) => r.features.includes(f))) continue;
    if (alt.notFeats.length > 0 && alt.notFeats.some((f) => r.features.includes(f))) continue;
    return true;
  }
  return false;
}

export function altAccepts(alt: AtomAlt, token: Word, stemAlways: boolean): boolean {
  if (alt.form !== undefined && alt.form !== token.norm) return false;
  if (alt.numeric !== undefined && !numericKinds(token.norm).includes(alt.numeric)) return false;
  if (alt.any || alt.form !== undefined || alt.numeric !== undefined) {
    return (!alt.pos && alt.feats.length === 0 && alt.notFeats.length === 0) || readingMatches({ ...alt, lemma: undefined }, token, stemAlways);
  }
  return readingMatches(alt, token, stemAlways);
}

function plainAccepts(group: PlainAlts, token: Word, stemAlways: boolean): boolean {
  if (group.forms.has(token.norm) || group.lemmas.has(token.norm)) return true;
  const readings = token.readings;
  if (!readings) return group.stems.has(token.stem);
  for (const r of readings) {
    if (group.lemmas.has(r.lemma)) return true;
    if ((stemAlways || r.pos === 'X') && group.stems.has(token.stem)) return true;
  }
  return false;
}

/**
 * Whether the atom accepts the word. The answer depends only on the word's shape (form,
 * readings, negation), so it is remembered in the shape, two bits per atom: every pattern tests
 * its first atom at every word of a clause, and drafts repeat their words.
 */
export function atomAccepts(atom: Atom, token: Word, stemAlways: boolean): boolean {
  const shape = token.shape;
  if (!shape) return atomAcceptsUncached(atom, token, stemAlways);
  const at = atom.id >>> 4;
  const bit = (atom.id & 15) << 1;
  const which = stemAlways ? 1 : 0;
  let memo = shape.memo[which];
  if (!memo || at >= memo.length) {
    // Sized for every atom compiled so far (more are compiled only when a rule set is).
    const grown = new Uint32Array(Math.max(at + 1, (atomIds + 15) >>> 4));
    if (memo) grown.set(memo);
    memo = shape.memo[which] = grown;
  }
  const known = (memo[at]! >>> bit) & 3;
  if (known !== 0) return known === 3;
  const accepts = atomAcceptsUncached(atom, token, stemAlways);
  memo[at]! |= (accepts ? 3 : 1) << bit;
  return accepts;
}

function atomAcceptsUncached(atom: Atom, token: Word, stemAlways: boolean): boolean {
  for (const group of atom.plain) {
    if (group.negated !== undefined && group.negated !== token.negated) continue;
    if (plainAccepts(group, token, stemAlways)) return true;
  }
  for (const alt of atom.complex) {
    if (alt.negated !== undefined && alt.negated !== token.negated) continue;
    if (altAccepts(alt, token, stemAlways)) return true;
  }
  return false;
}

/** The index keys a token would need for the atom to match it (see Token.keys); undefined: no key narrows it. */
export function atomKeys(atom: Atom): string[] | undefined {
  if (keysCache.has(atom)) return keysCache.get(atom);
  const keys = atomKeysUncached(atom);
  keysCache.set(atom, keys);
  return keys;
}

/** Index keys per compiled atom (shared by every pattern that uses the atom; never changed). */
const keysCache = new WeakMap<Atom, string[] | undefined>();

function atomKeysUncached(atom: Atom): string[] | undefined {
  const keys: string[] = [];
  for (const alt of atom.alts) {
    if (alt.lemma !== undefined) keys.push('l:' + alt.lemma, 's:' + alt.stem);
    else if (alt.form !== undefined) keys.push('f:' + alt.form);
    else if (alt.numeric !== undefined) keys.push('n:' + alt.numeric);
    else if (alt.pos) for (const p of alt.pos) keys.push('p:' + p);
    else return undefined;
  }
  return keys;
}

/** How costly an atom is as an index key: lower means fewer sentences will try the rule. */
export function atomCost(atom: Atom, common: ReadonlySet<string>): number {
  let cost = 0;
  for (const alt of atom.alts) {
    if (alt.lemma !== undefined) cost += common.has(alt.lemma) ? 100 : 1;
    else if (alt.form !== undefined) cost += common.has(alt.form) ? 100 : 1;
    else if (alt.numeric !== undefined) cost += 30;
    else if (alt.pos) cost += 1000 * alt.pos.size;
    else return Infinity;
  }
  return cost;
}
