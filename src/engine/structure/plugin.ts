/**
 * retext plugin: finds the cues of the reply's parts in one paragraph (one concern: where each
 * part is), with the same tokens and matcher as the tone plugin. Its result is per paragraph and
 * depends on nothing else, so an incremental linter can keep it for unchanged paragraphs; the
 * whole-reply decisions (what counts, what is missing, the score) are made in analyse.ts.
 */
import type { Root, Sentence } from 'nlcst';
import type { VFile } from 'vfile';
import { slotAccepts } from '../pattern.js';
import { matchConstructions } from '../checks/construction.js';
import { sentenceWords } from '../match/tokens.js';
import { sentenceMatches, sentencesOf, sentenceTokens } from '../plugins/tone.js';
import type { EvidenceKind, Part } from '../types.js';
import { evidenceKindOf, type CueSet } from './cues.js';

export interface Span {
  start: number;
  end: number;
}

/** A cue of a part, with the index of its sentence in the paragraph. */
export interface PartCue extends Span {
  part: Part;
  sentence: number;
}

/** What the structure plugin finds in one paragraph; offsets are relative to the paragraph. */
export interface ParagraphStructure {
  /** Every cue match, before the whole-reply filtering (overlaps, yields, tone findings). */
  cues: PartCue[];
  /** The range of each sentence's words. */
  sentences: Span[];
  /** Words that can take an apology back (but, но), with their sentence. */
  buts: Array<Span & { sentence: number }>;
  /** Runs of characters that a `sequence` check with `run:` describes ("!!"), with the check's id. */
  runs: Array<Span & { check: string }>;
  /** Whether a word addresses the reader (you, вы). */
  addressed: boolean;
  /** The sentences (indices) that address the reader. */
  addressedSentences: number[];
  /** Cues that a complaint is being answered (a failure word, a customer, the reader's order…). */
  evidence: Array<Span & { kind: EvidenceKind; sentence: number }>;
}

export interface StructureOptions {
  cueSet: CueSet;
}

/** A sentence is a question when the punctuation after its last word has a question mark. */
function isQuestion(sentence: Sentence): boolean {
  for (let i = sentence.children.length - 1; i >= 0; i--) {
    const child = sentence.children[i]!;
    if (child.type === 'WordNode') return false;
    if (child.type === 'PunctuationNode' && (child.value.includes('?') || child.value.includes('？'))) return true;
  }
  return false;
}

/** The runs of the language's run checks in the paragraph ("!!" and longer), in text order. */
function characterRuns(text: string, checks: CueSet['runs']): ParagraphStructure['runs'] {
  const runs: ParagraphStructure['runs'] = [];
  for (const { check, chars, min } of checks) {
    // Most paragraphs have none of the characters: a native search says so without a loop.
    let any = false;
    for (const c of chars) any ||= text.includes(c);
    if (!any) continue;
    for (let i = 0; i < text.length; i++) {
      if (!chars.has(text[i]!)) continue;
      let end = i + 1;
      while (end < text.length && chars.has(text[end]!)) end++;
      if (end - i >= min) runs.push({ start: i, end, check });
      i = end - 1;
    }
  }
  return checks.length > 1 ? runs.sort((a, b) => a.start - b.start) : runs;
}

export function emptyStructure(): ParagraphStructure {
  return { cues: [], sentences: [], buts: [], runs: [], addressed: false, addressedSentences: [], evidence: [] };
}

/** The unified attacher: stores a ParagraphStructure in `file.data.structure`. */
export default function retextSincerelyStructure(options: StructureOptions) {
  const { cueSet } = options;
  return (tree: Root, file: VFile): void => {
    const text = String(file.value);
    const result = emptyStructure();
    for (const sentence of sentencesOf(tree)) {
      const tokens = sentenceTokens(sentence, cueSet.ruleSet, text);
      if (tokens.length === 0) continue;
      const index = result.sentences.length;
      const span = { start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end };
      result.sentences.push(span);
      for (const m of sentenceMatches(sentence, cueSet.ruleSet, text)) {
        const kind = evidenceKindOf(m.rule.data.id);
        if (kind) result.evidence.push({ kind, start: m.start, end: m.end, sentence: index });
        else result.cues.push({ part: m.rule.data.id as Part, start: m.start, end: m.end, sentence: index });
      }
      if (cueSet.ruleSet.constructions.rules.length > 0) {
        const rs = cueSet.ruleSet;
        const words = sentenceWords(sentence, text, { language: rs.language, syntax: rs.syntax, analyse: rs.analyse });
        for (const h of matchConstructions(words, rs.constructions)) {
          result.cues.push({ part: h.rule.data.id as Part, start: words[h.from]!.start, end: words[h.to - 1]!.end, sentence: index });
        }
      }
      let addressed = false;
      for (const token of tokens) {
        if (slotAccepts(cueSet.but, token)) result.buts.push({ start: token.start, end: token.end, sentence: index });
        if (!addressed && slotAccepts(cueSet.addressee, token)) addressed = true;
      }
      if (addressed) {
        result.addressed = true;
        result.addressedSentences.push(index);
        // A question to the reader asks the client something: the clarify part.
        if (isQuestion(sentence)) result.cues.push({ part: 'clarify', ...span, sentence: index });
      }
    }
    result.runs = characterRuns(text, cueSet.runs);
    (file.data as { structure?: ParagraphStructure }).structure = result;
  };
}
