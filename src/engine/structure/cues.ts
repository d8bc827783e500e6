/**
 * The structure cues of one language, compiled for the tone matcher: every part becomes one
 * compiled "rule" whose patterns are the part's cues, so that cue matching reuses the phrase
 * language, the first-word index and the notBefore/notAfter guards of the tone rules.
 */
import { compilePattern, type Slot } from '../pattern.js';
import { compileRuleSet, type RuleSet } from '../ruleset.js';
import { ruleDataFor, type LanguageRuleData } from '../rule-data.js';
import { preloadStems } from '../morphology.js';
import { EVIDENCE_KINDS, PARTS, type EvidenceKind, type Language, type Part, type RuleData, type StructureData, type ToneCategory } from '../types.js';

export interface CueSet {
  language: Language;
  data: StructureData;
  /** One compiled rule per part; a match's `rule.data.id` is the part. */
  ruleSet: RuleSet;
  /** Words that take an apology back (but, но). */
  but: Slot;
  /** Words that address the reader (you, вы). */
  addressee: Slot;
  /** The `sequence` checks with `run:`: which characters, how many in a row. */
  runs: Array<{ check: string; chars: ReadonlySet<string>; min: number }>;
}

const EVIDENCE_PREFIX = 'evidence:';

/** The evidence kind of a compiled rule id, or undefined for a part. */
export const evidenceKindOf = (id: string): EvidenceKind | undefined =>
  id.startsWith(EVIDENCE_PREFIX) ? (id.slice(EVIDENCE_PREFIX.length) as EvidenceKind) : undefined;

/** Compiled per loaded rule data object (a language's data is empty until it is loaded). */
const cache = new WeakMap<LanguageRuleData, CueSet | null>();

/** Compiles a language's structure data with the classes and named patterns of its rule data. */
export function compileCueSet(data: StructureData, ruleData: Pick<LanguageRuleData, 'classes' | 'patterns' | 'keyAtoms'>): CueSet {
  const language = data.language;
  const classes = { ...ruleData.classes, ...data.classes };
  const rules: RuleData[] = PARTS.map((part) => ({
    id: part,
    // The tone matcher never reads the category; the rules of this set are parts, not tone rules.
    category: 'structure' as unknown as ToneCategory,
    language,
    patterns: data.parts[part].cues,
    message: data.parts[part].message,
    note: data.parts[part].note,
    suggestions: [],
    ...(data.parts[part].notBefore ? { notBefore: data.parts[part].notBefore } : {}),
    ...(data.parts[part].notAfter ? { notAfter: data.parts[part].notAfter } : {}),
    ...(data.parts[part].unless ? { unless: data.parts[part].unless } : {}),
  }));
  // A part's constructions (`match:`) are one more rule with the part's id, of kind `construction`.
  for (const part of PARTS) {
    const match = data.parts[part].match;
    if (!match?.length) continue;
    const antipatterns = (data.parts[part].matchUnless ?? []).map((pattern) => ({ pattern }));
    rules.push({
      id: part,
      kind: 'construction',
      category: 'structure' as unknown as ToneCategory,
      language,
      patterns: [],
      match,
      antipatterns,
      message: data.parts[part].message,
      note: data.parts[part].note,
      suggestions: [],
    });
  }
  // Reply evidence rides in the same rule set, as rules with the id `evidence:<kind>`.
  for (const kind of EVIDENCE_KINDS) {
    rules.push({
      id: `${EVIDENCE_PREFIX}${kind}`,
      category: 'structure' as unknown as ToneCategory,
      language,
      patterns: data.evidence[kind],
      message: kind,
      note: kind,
      suggestions: [],
    });
  }
  return {
    language,
    data,
    ruleSet: compileRuleSet(language, rules, classes, ruleData.patterns, { keyAtoms: ruleData.keyAtoms }),
    but: compilePattern(`(${data.but.join('|')})`, language, classes)[0]!,
    addressee: compilePattern(`(${data.addressee.join('|')})`, language, classes)[0]!,
    runs: Object.entries(data.checks).flatMap(([check, c]) => (c.kind === 'sequence' && 'run' in c ? [{ check, chars: new Set(c.run), min: c.min }] : [])),
  };
}

/** The compiled cues of a language, or undefined when the language has no structure data. */
export function cueSetFor(language: Language): CueSet | undefined {
  const ruleData = ruleDataFor(language);
  let set = cache.get(ruleData);
  if (set === undefined) {
    if (ruleData.stems) preloadStems(language, ruleData.stems);
    set = ruleData.structure ? compileCueSet(ruleData.structure, ruleData) : null;
    cache.set(ruleData, set);
  }
  return set ?? undefined;
}

export const isPart = (id: string): id is Part => (PARTS as readonly string[]).includes(id);
