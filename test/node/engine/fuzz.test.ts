/**
 * Property tests over arbitrary Unicode: the engine never throws, every finding points at
 * exactly its text, positions agree with offsets, and results are sorted and deterministic.
 * Fixed seed, so a failure is reproducible; FUZZ_RUNS raises the number of runs.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyse, applyEdit, createLinter, lint, suggestionEdit, type Finding } from '../../../src/engine/index.js';
import { splitParagraphs } from '../../../src/engine/paragraphs.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 3000);
const SEED = 20261124;

const fragments = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      'we did our best',
      'Мы старались изо всех сил',
      'sorry, but',
      'извините, но',
      'due to',
      'из-за',
      'you misunderstood',
      'вы неправильно поняли',
      'ASAP',
      'в ближайшее время',
      'Hello Anna,',
      'Здравствуйте!',
      'С уважением,',
    ),
  },
  { weight: 4, arbitrary: fc.constantFrom(' ', ' ', '\n', '\r\n', '\r', '\n\n', '\t', '. ', ', ', '!!!', '?') },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '\u0000',
      '\u200b',
      '\u200d',
      '\ufeff',
      '\u00ad',
      'e\u0301',
      '\u05d0\u05d1\u05d2',
      '\u202e',
      '😀',
      '👩‍👩‍👧',
      '\ud800',
      '\udc00',
      'ё',
      'Ё',
      '’',
      '«',
      '»',
      '"',
      '“',
      '”',
      '> ',
      '<!-- ',
      ' -->',
      'sincerely-disable',
      'sincerely-enable',
      'sincerely-ignore-next-line',
      '```',
      '-',
      "'",
    ),
  },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('a', 'б', 'x'), minLength: 50, maxLength: 400 }) },
);
const drafts = fc.array(fragments, { maxLength: 40 }).map((parts) => parts.join(''));
const languages = fc.constantFrom<'auto' | 'ru' | 'en'>('auto', 'ru', 'en');

/** Lines and columns computed independently of the engine: breaks are \r\n, \n and \r. */
function position(text: string, offset: number): [number, number] {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text[i];
    if (c === '\r' && text[i + 1] === '\n') continue;
    if (c === '\n' || c === '\r') {
      line++;
      lineStart = i + 1;
    }
  }
  return [line, offset - lineStart + 1];
}

function checkFindings(text: string, findings: Finding[]): void {
  for (const f of findings) {
    assert.ok(f.offset >= 0 && f.offset < f.endOffset && f.endOffset <= text.length, `range ${f.offset}-${f.endOffset}`);
    assert.equal(text.slice(f.offset, f.endOffset), f.actual);
    assert.deepEqual([f.line, f.column], position(text, f.offset));
    assert.deepEqual([f.endLine, f.endColumn], position(text, f.endOffset));
    assert.ok(f.message.length > 0 && f.ruleId.length > 0);
  }
  for (let i = 1; i < findings.length; i++) {
    const a = findings[i - 1]!;
    const b = findings[i]!;
    assert.ok(a.offset < b.offset || (a.offset === b.offset && a.endOffset <= b.endOffset), 'sorted');
  }
}

describe(`engine properties (${RUNS} runs each, seed ${SEED})`, () => {
  it('never throws; findings point at exactly their text; positions agree; sorted', () => {
    fc.assert(
      fc.property(drafts, languages, (text, language) => {
        checkFindings(text, lint(text, { language }));
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(drafts, (text) => {
        assert.deepEqual(lint(text), lint(text));
      }),
      { numRuns: Math.ceil(RUNS / 3), seed: SEED },
    );
  });

  it('applying a suggestion changes only the flagged range', () => {
    fc.assert(
      fc.property(drafts, fc.nat(), (text, pick) => {
        const findings = lint(text).filter((f) => f.expected.length > 0);
        fc.pre(findings.length > 0);
        const f = findings[pick % findings.length]!;
        const suggestion = f.expected[pick % f.expected.length]!;
        const edit = suggestionEdit(f, suggestion);
        const fixed = applyEdit(text, edit);
        assert.equal(fixed.slice(0, f.offset), text.slice(0, f.offset));
        assert.equal(fixed.slice(f.offset + edit.newText.length), text.slice(f.endOffset));
        assert.equal(edit.newText.slice(1), suggestion.slice(1), 'only the first letter may change case');
        const first = f.actual.match(/\p{L}/u)?.[0];
        if (first && first === first.toUpperCase() && first !== first.toLowerCase()) assert.equal(edit.newText[0], edit.newText[0]!.toUpperCase());
      }),
      { numRuns: Math.ceil(RUNS / 3), seed: SEED },
    );
  });
});

describe(`incremental linter and paragraph split (${RUNS} runs, seed ${SEED})`, () => {
  /** The plain definition: runs of non-blank lines, lines split at \r\n, \n and \r. */
  function referenceParagraphs(text: string): Array<[number, number]> {
    const out: Array<[number, number]> = [];
    let start = -1;
    let end = -1;
    const lines = [...text.matchAll(/[^\r\n]*(\r\n|\n|\r|$)/g)].filter((m, i, all) => m[0] !== '' || i === all.length - 1 || m.index < text.length);
    for (const m of lines) {
      const body = m[0].replace(/(\r\n|\n|\r)$/, '');
      if (/^[ \t\u00a0\v\f\ufeff\u2000-\u200b\u3000]*$/.test(body)) {
        if (start >= 0) out.push([start, end]);
        start = -1;
      } else {
        if (start < 0) start = m.index;
        end = m.index + body.length;
      }
      if (m.index >= text.length) break;
    }
    if (start >= 0) out.push([start, end]);
    return out;
  }

  it('splits paragraphs exactly like the line-by-line definition', () => {
    fc.assert(
      fc.property(drafts, (text) => {
        assert.deepEqual(
          splitParagraphs(text).map((p) => [p.start, p.end]),
          referenceParagraphs(text),
        );
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 12 }), insert: fragments });
  it('gives exactly the results of a full lint after every edit of a random sequence', () => {
    let patched = 0;
    let full = 0;
    fc.assert(
      fc.property(drafts, fc.array(edit, { minLength: 1, maxLength: 8 }), languages, (start, edits, language) => {
        const linter = createLinter();
        let text = start;
        assert.deepEqual(linter.analyse(text, { language }), analyse(text, { language }));
        for (const e of edits) {
          const at = text.length === 0 ? 0 : e.at % (text.length + 1);
          text = text.slice(0, at) + e.insert + text.slice(at + e.remove);
          assert.deepEqual(linter.analyse(text, { language }), analyse(text, { language }));
          if (linter.stats.patched) patched++;
          else full++;
        }
      }),
      { numRuns: Math.ceil(RUNS / 6), seed: SEED },
    );
    // Both paths must have been exercised for the comparison to mean something.
    assert.ok(patched > RUNS / 30 && full > RUNS / 30, `patched ${patched}, full ${full}`);
    if (process.env.FUZZ_VERBOSE) console.log(`patched ${patched}, full ${full}`);
  });

  it('re-analyses only the changed paragraph after a one-character edit, patching the previous run', () => {
    const linter = createLinter();
    const paragraphs = Array.from({ length: 30 }, (_, i) => `Paragraph ${i}: we did our best, honestly.`);
    linter.analyse(paragraphs.join('\n\n'));
    assert.equal(linter.stats.patched, false);
    paragraphs[15] = paragraphs[15]!.replace('honestly', 'honestlyx');
    linter.analyse(paragraphs.join('\n\n'));
    assert.deepEqual(linter.stats, { reused: 29, analysed: 1, patched: true });
  });

  it('takes the full path, still reusing paragraphs, when an edit adds a line break', () => {
    const linter = createLinter();
    const paragraphs = Array.from({ length: 30 }, (_, i) => `Paragraph ${i}: we did our best, honestly.`);
    linter.analyse(paragraphs.join('\n\n'));
    paragraphs[15] = paragraphs[15]!.replace(', honestly', ',\n\nhonestly');
    linter.analyse(paragraphs.join('\n\n'));
    assert.deepEqual(linter.stats, { reused: 29, analysed: 2, patched: false });
  });
});
