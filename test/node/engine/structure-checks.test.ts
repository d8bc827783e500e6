/**
 * The reply checks as data (rule kinds part, occurrence, sequence; src/engine/checks/): each
 * module on a hand-made neutral input, and every check's YAML examples through the whole linter.
 */
import assert from 'node:assert/strict';
import { matchOccurrence } from '../../../src/engine/checks/occurrence.js';
import { matchPart, missingParts } from '../../../src/engine/checks/part.js';
import { matchReplyChecks } from '../../../src/engine/checks/reply.js';
import {
  cueIndex,
  sentenceIndex,
  type CheckCue,
  type CheckTone,
  type CheckWord,
  type ReplyCheckInput,
  type SentenceIndex,
} from '../../../src/engine/checks/reply-input.js';
import { matchSequence } from '../../../src/engine/checks/sequence.js';
import { analyseReply, lint } from '../../../src/engine/index.js';
import { STRUCTURE } from '../../../src/engine/rules/data.generated.js';
import type { OccurrenceCheckData, OrderCheckData, Part, PartCheckData, RunCheckData, StructureData } from '../../../src/engine/types.js';
import { LANGUAGES } from '../../../src/engine/types.js';
import { loadRules } from '../../../scripts/build-rules.js';

const TEXT = { message: 'M', note: 'N' };
const before: OrderCheckData = { kind: 'sequence', order: [{ tone: ['excuse', 'blame-shift'] }, { part: 'apology' }], scope: 'reply', mark: 'second', ...TEXT };
const but: OrderCheckData = { kind: 'sequence', order: [{ part: 'apology' }, { words: 'but' }], scope: 'sentence', mark: 'span', unlessFlagged: true, ...TEXT };
const many: OccurrenceCheckData = { kind: 'occurrence', of: { part: 'apology' }, max: 2, share: 0.5, ...TEXT };
const bang: RunCheckData = { kind: 'sequence', run: '!', min: 2, ...TEXT };
const deadline: PartCheckData = { kind: 'part', part: 'deadline', requiredWhen: { pending: ['remedy', 'compensation'] } };
const thanks: PartCheckData = { kind: 'part', part: 'thanks' };

/** Structure data with only the checks given, on the English parts (for their messages). */
function dataWith(checks: StructureData['checks']): ReplyCheckInput['data'] {
  return { en: { ...STRUCTURE.en!, checks }, ru: { ...STRUCTURE.ru!, checks } };
}

/** Sentences `s0…s{n-1}`, ten characters each, in English. */
const sentences = (n: number): SentenceIndex =>
  sentenceIndex(Array.from({ length: n }, (_, i) => ({ offset: i * 10, endOffset: i * 10 + 9, sentence: `s${i}`, language: 'en' as const })));
const cue = (part: Part, offset: number, endOffset: number, sentence: string, language: 'en' | 'ru' = 'en'): CheckCue => ({
  part,
  offset,
  endOffset,
  sentence,
  language,
});
const tone = (category: CheckTone['category'], offset: number, endOffset: number, scorer = false): CheckTone => ({ category, offset, endOffset, scorer });
const word = (offset: number, sentence: string): CheckWord => ({ list: 'but', offset, endOffset: offset + 3, sentence, language: 'en' });

/** An input with the cues given as a list. */
function input({ cues = [], ...over }: Partial<Omit<ReplyCheckInput, 'cues'>> & { cues?: CheckCue[] }): ReplyCheckInput {
  return {
    language: 'en',
    data: dataWith({}),
    anchor: { offset: 0, endOffset: 5 },
    cues: cueIndex(cues),
    pending: new Set(),
    tone: [],
    words: [],
    runs: [],
    sentences: sentences(10),
    ...over,
  };
}

describe('rule kind part', () => {
  it('reports a missing part on the anchor, with the part’s own message', () => {
    const [m, ...rest] = matchPart('missing-thanks', thanks, input({}));
    assert.equal(rest.length, 0);
    assert.deepEqual(
      { ...m, message: undefined, note: undefined },
      { ruleId: 'missing-thanks', offset: 0, endOffset: 5, language: 'en', message: undefined, note: undefined },
    );
    assert.equal(m!.message, STRUCTURE.en!.parts.thanks.message);
    assert.deepEqual(matchPart('missing-thanks', thanks, input({ cues: [cue('thanks', 20, 25, 's2')] })), []);
  });

  it('without an anchor, the part is missing but not reported', () => {
    const i = input({ anchor: undefined, data: dataWith({ 'missing-thanks': thanks }) });
    assert.deepEqual(matchPart('missing-thanks', thanks, i), []);
    assert.deepEqual(missingParts(i), ['thanks']);
  });

  it('requiredWhen: a deadline is missing only when a fix is still to come', () => {
    const data = dataWith({ 'missing-deadline': deadline, 'missing-thanks': thanks });
    assert.deepEqual(missingParts(input({ data })), ['thanks']);
    assert.deepEqual(missingParts(input({ data, pending: new Set<Part>(['compensation']) })), ['deadline', 'thanks']);
    assert.deepEqual(missingParts(input({ data, pending: new Set<Part>(['remedy']), cues: [cue('deadline', 30, 35, 's3')] })), ['thanks']);
  });

  it('a part without a part check is optional', () => {
    assert.deepEqual(missingParts(input({ data: dataWith({}) })), []);
  });
});

describe('rule kind occurrence', () => {
  const apologies = (n: number) => Array.from({ length: n }, (_, i) => cue('apology', i * 10, i * 10 + 5, `s${i}`));

  it('reports the place past max, in the language of its first cue', () => {
    const cues = [...apologies(2), cue('apology', 20, 25, 's2', 'ru')];
    const [m, ...rest] = matchOccurrence('many', many, input({ cues, sentences: sentences(4) }));
    assert.equal(rest.length, 0);
    assert.deepEqual([m!.offset, m!.endOffset, m!.language], [20, 25, 'ru']);
    assert.deepEqual(matchOccurrence('many', many, input({ cues: apologies(2), sentences: sentences(3) })), []);
  });

  it('share: only when the sentences with it are more than the share of all sentences', () => {
    assert.equal(matchOccurrence('many', many, input({ cues: apologies(3), sentences: sentences(5) })).length, 1); // 3 of 5
    assert.equal(matchOccurrence('many', many, input({ cues: apologies(3), sentences: sentences(6) })).length, 0); // 3 of 6: not more than half
    const { share: _, ...always } = many;
    assert.equal(matchOccurrence('many', always, input({ cues: apologies(3), sentences: sentences(60) })).length, 1);
  });

  it('overlapping cues are one place, and sentences count once', () => {
    const cues = [cue('apology', 0, 6, 's0'), cue('apology', 3, 9, 's0'), cue('apology', 10, 15, 's1'), cue('apology', 20, 25, 's2')];
    assert.equal(matchOccurrence('many', many, input({ cues, sentences: sentences(4) })).length, 1);
    assert.equal(matchOccurrence('many', many, input({ cues: cues.slice(0, 3), sentences: sentences(2) })).length, 0);
  });

  it('counts tone findings too, in the sentences they fall in', () => {
    const excuses: OccurrenceCheckData = { kind: 'occurrence', of: { tone: ['excuse'] }, max: 1, share: 0.5, ...TEXT };
    const two = [tone('excuse', 1, 4), tone('excuse', 12, 14)];
    assert.deepEqual(
      matchOccurrence('excuses', excuses, input({ tone: two, sentences: sentences(3) })).map((m) => m.offset),
      [12],
    );
    assert.equal(matchOccurrence('excuses', excuses, input({ tone: two, sentences: sentences(4) })).length, 0);
  });
});

describe('rule kind sequence', () => {
  it('scope reply: an excuse that ends before the first apology, marked on the apology', () => {
    const cues = [cue('apology', 30, 35, 's3'), cue('apology', 50, 55, 's5')];
    const [m, ...rest] = matchSequence('before', before, input({ cues, tone: [tone('excuse', 2, 8, true)] }));
    assert.equal(rest.length, 0);
    assert.deepEqual([m!.offset, m!.endOffset], [30, 35]);
    // After the first apology, even if before a later one: no finding.
    assert.deepEqual(matchSequence('before', before, input({ cues, tone: [tone('blame-shift', 40, 45)] })), []);
    // A category not in the item: no finding.
    assert.deepEqual(matchSequence('before', before, input({ cues, tone: [tone('minimizing', 2, 8)] })), []);
  });

  it('scope reply: mark first and span', () => {
    const cues = [cue('apology', 30, 35, 's3')];
    const tones = [tone('excuse', 2, 8), tone('excuse', 12, 18)];
    assert.deepEqual(
      matchSequence('before', { ...before, mark: 'first' }, input({ cues, tone: tones })).map((m) => [m.offset, m.endOffset]),
      [[2, 8]],
    );
    assert.deepEqual(
      matchSequence('before', { ...before, mark: 'span' }, input({ cues, tone: tones })).map((m) => [m.offset, m.endOffset]),
      [[2, 35]],
    );
  });

  it('scope sentence: an apology, then a "but" after it in the same sentence, once per sentence', () => {
    const cues = [cue('apology', 0, 3, 's0'), cue('apology', 4, 6, 's0'), cue('apology', 10, 13, 's1'), cue('apology', 25, 28, 's2')];
    const words = [word(7, 's0'), word(21, 's2'), word(35, 's3')];
    assert.deepEqual(
      matchSequence('but', but, input({ cues, words })).map((m) => [m.offset, m.endOffset]),
      [[0, 10]],
    );
  });

  it('scope sentence: not when a tone rule flags the "but", but a scorer finding does not count', () => {
    const cues = [cue('apology', 0, 3, 's0')];
    const words = [word(5, 's0')];
    assert.deepEqual(matchSequence('but', but, input({ cues, words, tone: [tone('defensive', 0, 8)] })), []);
    assert.equal(matchSequence('but', but, input({ cues, words, tone: [tone('defensive', 0, 8, true)] })).length, 1);
    assert.equal(matchSequence('but', { ...but, unlessFlagged: false }, input({ cues, words, tone: [tone('defensive', 0, 8)] })).length, 1);
  });

  it('scope sentence: a flagged "but" lets a later apology of the sentence try the next one', () => {
    const cues = [cue('apology', 0, 2, 's0'), cue('apology', 5, 7, 's0')];
    const words = [word(3, 's0'), word(8, 's0')];
    const m = matchSequence('but', but, input({ cues, words, tone: [tone('excuse', 3, 6)] }));
    assert.deepEqual(
      m.map((x) => [x.offset, x.endOffset]),
      [[5, 11]],
    );
  });

  it('run: reports the runs of its own id', () => {
    const runs = [
      { check: 'bang', offset: 3, endOffset: 5, language: 'ru' as const },
      { check: 'other', offset: 9, endOffset: 12, language: 'en' as const },
    ];
    const m = matchSequence('bang', bang, input({ runs }));
    assert.deepEqual(
      m.map((x) => [x.offset, x.endOffset, x.language]),
      [[3, 5, 'ru']],
    );
  });
});

describe('reply checks: matchReplyChecks runs the reply language’s checks by kind', () => {
  it('each kind through one call', () => {
    const data = dataWith({ 'missing-thanks': thanks, before, but, many, bang });
    const cues = [cue('apology', 30, 35, 's3'), cue('apology', 40, 45, 's4'), cue('apology', 50, 55, 's5')];
    const found = matchReplyChecks(
      input({
        data,
        cues,
        sentences: sentences(5),
        tone: [tone('excuse', 2, 8)],
        words: [word(36, 's3')],
        runs: [{ check: 'bang', offset: 60, endOffset: 62, language: 'en' }],
      }),
    );
    assert.deepEqual(
      found.map((m) => `${m.ruleId}@${m.offset}`),
      ['missing-thanks@0', 'before@30', 'but@30', 'many@50', 'bang@60'],
    );
  });
});

for (const language of LANGUAGES) {
  describe(`reply checks (${language}): every check through its YAML examples`, () => {
    const loaded = loadRules();
    const ids = Object.keys(STRUCTURE[language]!.checks);
    const examples = [...loaded.checkExamples].filter(([key]) => key.startsWith(`${language}:`));

    it('every check has an example that flags and one that passes', () => {
      for (const id of ids) {
        const ex = loaded.checkExamples.get(`${language}:${id}`);
        assert.ok(ex && ex.flag.length > 0 && ex.pass.length > 0, `${language} ${id}`);
      }
    });

    for (const [key, { flag, pass }] of examples) {
      const id = key.slice(language.length + 1);
      for (const written of flag) {
        const marked = /\[\[(.+?)\]\]/s.exec(written)?.[1];
        const text = written.replace('[[', '').replace(']]', '');
        it(`flags ${id}: ${JSON.stringify(text)}`, () => {
          assert.ok(analyseReply(text, { language }).reply, 'not taken for a reply');
          const hit = lint(text, { language }).find((f) => f.ruleId === id);
          assert.ok(hit, `expected ${id}`);
          if (marked !== undefined) assert.equal(hit.actual, marked);
        });
      }
      for (const text of pass) {
        it(`passes ${id}: ${JSON.stringify(text)}`, () => {
          // A text that is no reply passes every check: it would prove nothing.
          assert.ok(analyseReply(text, { language }).reply, 'not taken for a reply');
          const findings = lint(text, { language });
          assert.deepEqual(
            findings.filter((f) => f.ruleId === id).map((f) => f.actual),
            [],
          );
        });
      }
    }
  });
}
