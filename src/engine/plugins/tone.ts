/**
 * retext plugin: finds the tone rules (excuses, blame, defensiveness, minimizing, vague
 * promises) in each sentence, of both kinds (`phrase` and `construction`), and reports them as
 * vfile messages carrying the rule's data.
 */
import type { Root } from 'nlcst';
import { fileMessage } from './message.js';
import type { VFile } from 'vfile';
import { matchConstructions } from '../checks/construction.js';
import { matchPhrases } from '../checks/phrase.js';
import { resolveOverlaps, sentencesOf, type Span } from '../match/phrase-match.js';
import { sentenceWords } from '../match/tokens.js';
import type { RuleSet } from '../ruleset.js';
import type { RuleData } from '../types.js';

// The phrase matcher's functions, where the structure plugin imports them from.
export { sentenceMatches, resolveOverlaps, sentencesOf, sentenceTokens, type ToneMatch } from '../match/phrase-match.js';

export interface ToneOptions {
  ruleSet: RuleSet;
}

interface Hit extends Span {
  rule: { data: RuleData };
}

/** The unified attacher. Messages carry `ruleId`, `source`, `actual`, `expected`, `note` and `category`. */
export default function retextSincerelyTone(options: ToneOptions) {
  const { ruleSet } = options;
  return (tree: Root, file: VFile): void => {
    const text = String(file.value);
    for (const sentence of sentencesOf(tree)) {
      const hits: Hit[] = matchPhrases(sentence, ruleSet, text);
      if (ruleSet.constructions.rules.length > 0) {
        const words = sentenceWords(sentence, text, { language: ruleSet.language, syntax: ruleSet.syntax, analyse: ruleSet.analyse });
        for (const h of matchConstructions(words, ruleSet.constructions)) hits.push({ rule: h.rule, start: words[h.from]!.start, end: words[h.to - 1]!.end });
      }
      for (const m of resolveOverlaps(hits)) {
        const data = m.rule.data;
        const message = fileMessage(file, data.message, {
          place: { start: offsetPoint(text, m.start), end: offsetPoint(text, m.end) },
          ruleId: data.id,
          source: 'sincerely',
        });
        message.actual = text.slice(m.start, m.end);
        message.expected = data.suggestions.map((s) => s.text);
        message.note = data.note;
        const sentenceStart = sentence.position?.start.offset ?? m.start;
        const sentenceEnd = sentence.position?.end.offset ?? m.end;
        Object.assign(message, {
          category: data.category,
          offset: m.start,
          endOffset: m.end,
          reach: data.suggestions.map((s) => s.reach),
          sentenceStart,
          sentenceEnd,
        });
      }
    }
  };
}

/** A unist point for an offset; lines and columns are recomputed by the caller from offsets. */
function offsetPoint(text: string, offset: number) {
  return { line: 1, column: offset + 1, offset: Math.min(offset, text.length) };
}
