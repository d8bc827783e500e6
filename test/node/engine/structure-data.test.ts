/** The structure cue data: its checks in the generator, the generated module, and the numeric atoms of the phrase language. */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dump } from 'js-yaml';
import { loadStructure } from '../../../scripts/structure-data.js';
import { compilePattern, matchAt, numericKinds, PatternError, type Token } from '../../../src/engine/pattern.js';
import { CLASSES, PATTERNS, STRUCTURE } from '../../../src/engine/rules/data.generated.js';
import { REQUIRED_PARTS } from '../../../src/engine/structure/analyse.js';
import { PARTS, type Language } from '../../../src/engine/types.js';
import { FIXTURES } from './fixtures.js';

const ROOT = join(FIXTURES, '..', '..');

function validData(): Record<string, unknown> {
  const parts: Record<string, unknown> = {};
  for (const part of PARTS)
    parts[part] = { snippets: ['reply-apology'], message: `No ${part} (reply-apology).`, note: 'Why.', cues: [`${part.replace('-', '')} cue`] };
  const checks: Record<string, unknown> = {};
  for (const part of REQUIRED_PARTS) checks[`missing-${part}`] = { kind: 'part', part };
  (checks['missing-deadline'] as Record<string, unknown>).requiredWhen = { pending: ['remedy'] };
  checks['before'] = { kind: 'sequence', order: [{ tone: ['excuse'] }, { part: 'apology' }], scope: 'reply', mark: 'second', message: 'M.', note: 'N.' };
  checks['but'] = {
    kind: 'sequence',
    order: [{ part: 'apology' }, { words: 'but' }],
    scope: 'sentence',
    mark: 'span',
    unlessFlagged: true,
    message: 'M.',
    note: 'N.',
  };
  checks['many'] = { kind: 'occurrence', of: { part: 'apology' }, max: 2, share: 0.5, message: 'M.', note: 'N.' };
  checks['bang'] = { kind: 'sequence', run: '!', min: 2, message: 'M.', note: 'N.', examples: { flag: ['Hi!!'], pass: ['Hi!'] } };
  const evidence = { reference: ['your order'], failure: ['delay'], wronged: ['customer'] };
  return { classes: { 'when-day': [monday] }, but: ['but'], addressee: ['you'], parts, checks, evidence };
}
const monday = 'monday';

function load(data: unknown, language: Language = 'en'): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'sincerely-structure-'));
  const file = join(dir, 'structure.yaml');
  writeFileSync(file, typeof data === 'string' ? data : dump(data));
  const errors: string[] = [];
  loadStructure(file, language, { courier: ['courier'] }, join(ROOT, 'snippets', `${language}.code-snippets`), errors);
  return errors;
}

describe('structure data (rules/<lang>/structure.yaml)', () => {
  it('the generated module has both languages, every part with cues, the same checks in both', () => {
    for (const language of ['en', 'ru'] as const) {
      const data = STRUCTURE[language];
      assert.ok(data, language);
      for (const part of PARTS) assert.ok(data.parts[part].cues.length > 0, `${language} ${part}`);
      for (const [id, check] of Object.entries(data.checks)) assert.ok(check.kind === 'part' || check.message, `${language} ${id}`);
    }
    assert.deepEqual(Object.keys(STRUCTURE.en!.checks), Object.keys(STRUCTURE.ru!.checks));
  });

  it('the part checks are the required parts: clarify is optional', () => {
    for (const language of ['en', 'ru'] as const) {
      const parts = Object.values(STRUCTURE[language]!.checks).flatMap((c) => (c.kind === 'part' ? [c.part] : []));
      assert.deepEqual(parts, [...REQUIRED_PARTS], language);
    }
  });

  it('the committed files load without errors', () => {
    for (const language of ['en', 'ru'] as const) {
      const errors: string[] = [];
      // The tone classes and named patterns are there for the part constructions (`match:`);
      // class clashes with the tone authors' classes.yaml are checked by the generator itself.
      loadStructure(
        join(ROOT, 'rules', language, 'structure.yaml'),
        language,
        CLASSES[language],
        join(ROOT, 'snippets', `${language}.code-snippets`),
        errors,
        PATTERNS[language],
      );
      for (const name of Object.keys(CLASSES[language])) {
        const clash = errors.findIndex((e) => e.includes(`class ${name} is already defined`));
        if (clash >= 0) errors.splice(clash, 1);
      }
      assert.deepEqual(errors, []);
    }
  });

  it('a valid file has no errors', () => assert.deepEqual(load(validData()), []));

  const broken: Array<[string, (d: any) => void, RegExp]> = [
    ['an unknown part', (d) => (d.parts.greeting = d.parts.apology), /unknown part "greeting"/],
    ['an unknown evidence kind', (d) => (d.evidence.greeting = ['hello']), /unknown evidence kind "greeting"/],
    ['a missing evidence kind', (d) => delete d.evidence.wronged, /evidence\.wronged: must be a non-empty list/],
    ['an evidence cue that does not compile', (d) => d.evidence.failure.push('late?'), /evidence\.failure "late\?"/],
    ['an unless pattern that does not compile', (d) => (d.parts.thanks.unless = ['for?']), /parts\.thanks\.unless/],
    ['a missing part', (d) => delete d.parts.thanks, /part "thanks" is missing/],
    ['a duplicate cue in one part', (d) => d.parts.apology.cues.push('apology  cue'), /duplicate cue/],
    ['the same cue in two parts', (d) => d.parts.thanks.cues.push('apology cue'), /duplicate cue "apology cue" \(also in apology\)/],
    ['a cue that does not compile', (d) => d.parts.apology.cues.push('sorry?'), /must start and end with a required word/],
    ['an unknown word class', (d) => d.parts.apology.cues.push('@nope sorry'), /unknown word class @nope/],
    ['an unknown numeric atom', (d) => d.parts.deadline.cues.push('#year'), /unknown numeric atom #year/],
    ['a snippet that does not exist', (d) => (d.parts.apology.snippets = ['reply-nope']), /no snippet with the prefix "reply-nope"/],
    ['a message that does not name its snippet', (d) => (d.parts.apology.message = 'No apology.'), /must name the snippet "reply-apology"/],
    ['an unknown key', (d) => (d.parts.apology.weight = 3), /unknown key "weight"/],
    ['a yield to an unknown part', (d) => (d.parts.apology.yieldTo = ['greeting']), /yieldTo names an unknown part "greeting"/],
    ['a check without a kind', (d) => (d.checks['too-polite'] = { message: 'M', note: 'N' }), /checks\.too-polite: unknown kind "undefined"/],
    ['an unknown check kind', (d) => (d.checks.many.kind = 'existence'), /checks\.many: unknown kind "existence"/],
    ['an unknown key of a check', (d) => (d.checks.many.min = 1), /checks\.many: unknown key "min" for kind occurrence/],
    ['a key of another kind', (d) => (d.checks['missing-thanks'].message = 'M'), /checks\.missing-thanks: unknown key "message" for kind part/],
    ['a part check of an unknown part', (d) => (d.checks['missing-thanks'].part = 'greeting'), /unknown part "greeting"/],
    ['a part check with another id', (d) => (d.checks['missing-thanks'].part = 'empathy'), /id must be missing-empathy/],
    ['an unknown part in an item', (d) => (d.checks.before.order[1] = { part: 'greeting' }), /checks\.before\.order\[1\]: unknown part "greeting"/],
    ['an unknown tone category', (d) => (d.checks.before.order[0] = { tone: ['rude'] }), /unknown tone category "rude"/],
    ['an unknown word list', (d) => (d.checks.but.order[1] = { words: 'and' }), /unknown word list "and"/],
    ['an order of one item', (d) => d.checks.but.order.pop(), /order must be a list of two items/],
    ['an unknown scope', (d) => (d.checks.but.scope = 'clause'), /scope must be reply or sentence/],
    ['an unknown mark', (d) => (d.checks.but.mark = 'all'), /mark must be first, second or span/],
    ['a max that is no whole number', (d) => (d.checks.many.max = 1.5), /max must be a whole number/],
    ['a share of 1 or more', (d) => (d.checks.many.share = 1), /share must be a number from 0 to 1/],
    ['a run of letters', (d) => (d.checks.bang.run = 'a!'), /run must be a string of punctuation/],
    ['a run shorter than 2', (d) => (d.checks.bang.min = 1), /min must be a whole number ≥ 2/],
    ['a pending part that cannot be pending', (d) => (d.checks['missing-deadline'].requiredWhen = { pending: ['thanks'] }), /cannot be pending/],
    ['a check without a message', (d) => delete d.checks.many.message, /checks\.many: message is required/],
    ['malformed check examples', (d) => (d.checks.bang.examples = { flag: 'Hi!!' }), /checks\.bang: examples must be/],
    ['a class that redefines a classes.yaml class', (d) => (d.classes.courier = ['x']), /class courier is already defined/],
    ['no message', (d) => delete d.parts.remedy.message, /parts.remedy: message is required/],
  ];
  for (const [name, breakIt, error] of broken) {
    it(`fails on ${name}`, () => {
      const data = validData();
      breakIt(data);
      const errors = load(data);
      assert.ok(
        errors.some((e) => error.test(e)),
        errors.join('\n') || 'no error',
      );
    });
  }

  it('fails on YAML that does not parse, in one line', () => {
    const [error] = load('parts: [unclosed');
    assert.match(error!, /^en\/structure\.yaml: /);
  });
});

describe('numeric atoms of the phrase language: #, #time, #date', () => {
  it('classify words written in digits', () => {
    const cases: Array<[string, string[]]> = [
      ['24', ['number']],
      ['1.5', ['number', 'date']], // ambiguous: 1.5 hours or 1 May
      ['24-48', ['number']],
      ['1–3', ['number']],
      ['25th', ['number']],
      ['5-го', ['number']],
      ['17:00', ['time']],
      ['5pm', ['time']],
      ['5:30pm', ['time']],
      ['25.11', ['number', 'date']],
      ['25.11.2026', ['date']],
      ['2026-11-25', ['date']],
      ['32.13', ['number']],
      ['25:99', []],
      ['friday', []],
    ];
    for (const [word, kinds] of cases) assert.deepEqual([...numericKinds(word)], kinds, word);
  });

  const tokens = (words: string[]): Token[] => words.map((w, i) => ({ norm: w, stem: w, start: i, end: i + 1 }));
  const matches = (pattern: string, words: string[]) => {
    const slots = compilePattern(pattern, 'en', { unit: ['hour', 'day'] });
    const t = tokens(words);
    return t.some((_, i) => matchAt(slots, t, i) >= 0);
  };

  it('match in patterns, alone or among alternatives', () => {
    assert.ok(matches('# @unit', ['within', '24', 'hour']));
    assert.ok(!matches('# @unit', ['within', 'the', 'hour']));
    assert.ok(matches('(by|at) #time', ['by', '17:00']));
    assert.ok(!matches('(by|at) #time', ['by', '17']));
    assert.ok(matches('(#date|tomorrow)', ['by', '25.11']));
    assert.ok(matches('(#date|tomorrow)', ['tomorrow']));
  });

  it('reject unknown atoms', () => {
    assert.throws(() => compilePattern('#year', 'en', {}), PatternError);
  });
});
