/** The quick fix for a missing part of a reply: which snippets, and where they go (EN and RU drafts). */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyseReply, PARTS, type Language, type Part } from '../../../src/engine/index.js';
import { buildActions, insertPartActions, type ActionTarget } from '../../../src/extension/actions-model.js';
import { COMMANDS } from '../../../src/extension/constants.js';
import {
  CLOSING_PARTS,
  languageOfPrefix,
  MIDDLE_PARTS,
  OPENING_PARTS,
  partInsertion,
  partOfRuleId,
  partSnippetMap,
  snippetPrefixes,
  type PartInsertion,
} from '../../../src/extension/part-insertion.js';
import { parseSnippetFile, snippetBody } from '../../../src/extension/templates.js';
import { english } from '../../../src/extension/translate.js';

const SNIPPETS: Record<Language, unknown> = {
  en: parseSnippetFile(readFileSync('snippets/en.code-snippets', 'utf8')),
  ru: parseSnippetFile(readFileSync('snippets/ru.code-snippets', 'utf8')),
};

function body(language: Language, part: Part, which = 0): string {
  const prefix = snippetPrefixes(language, part)[which]!;
  const text = snippetBody(SNIPPETS[language], prefix);
  assert.ok(text, `snippet ${prefix}`);
  return text;
}

/** The insertion for a part of a draft, with the ranges the engine finds in it. */
function insertion(text: string, part: Part, language: Language, which = 0): PartInsertion {
  return partInsertion({ text, part, body: body(language, part, which), ranges: analyseReply(text).ranges });
}

/** The draft with the snippet inserted, its body shown as ⟦part⟧. */
function placed(text: string, part: Part, language: Language, which = 0): string {
  const result = insertion(text, part, language, which);
  const shown = result.snippet.replace(body(language, part, which), `⟦${part}⟧`);
  return text.slice(0, result.offset) + shown + text.slice(result.offset);
}

const EN_FULL = [
  'Hi Anna,',
  '',
  'Thank you for writing to me about the late files. I have received your message.',
  '',
  'We did our best, but the server failed.',
  '',
  'I will send you the corrected files by Friday.',
  '',
  'Best regards,',
  'Max',
  '',
].join('\n');

const RU_FULL = [
  'Здравствуйте, Анна!',
  '',
  'Спасибо, что сообщили мне о задержке. Ваше сообщение получено.',
  '',
  'Мы старались изо всех сил.',
  '',
  'Я исправлю макет и пришлю обновлённые файлы в пятницу.',
  '',
  'С уважением,',
  'Иван',
  '',
].join('\n');

describe('missing parts: snippets', () => {
  it('maps every part to the snippets of its language (three for compensation)', () => {
    assert.deepEqual(partSnippetMap('en'), {
      acknowledge: ['reply-acknowledge'],
      empathy: ['reply-empathy'],
      apology: ['reply-apology'],
      responsibility: ['reply-ownership'],
      clarify: ['reply-clarify'],
      remedy: ['reply-fix'],
      deadline: ['reply-fix'],
      compensation: ['reply-redo', 'reply-refund', 'reply-discount'],
      'follow-up': ['reply-feedback'],
      thanks: ['reply-closing'],
    });
    assert.deepEqual(partSnippetMap('ru').apology, ['ответ-извинение']);
    assert.deepEqual(partSnippetMap('ru').compensation, ['ответ-переделка', 'ответ-возврат', 'ответ-скидка']);
    for (const language of ['en', 'ru'] as const) {
      for (const part of PARTS) {
        for (const prefix of snippetPrefixes(language, part)) {
          assert.ok(snippetBody(SNIPPETS[language], prefix), `${prefix} is in snippets/${language}.code-snippets`);
          assert.equal(languageOfPrefix(prefix), language);
        }
      }
    }
    assert.equal(languageOfPrefix('reply-full-late'), undefined);
  });

  it('reads the part from a missing-part rule id only', () => {
    assert.equal(partOfRuleId('missing-apology'), 'apology');
    assert.equal(partOfRuleId('missing-follow-up'), 'follow-up');
    assert.equal(partOfRuleId('missing-nothing'), undefined);
    assert.equal(partOfRuleId('apology-but'), undefined);
    assert.equal(partOfRuleId('did-our-best'), undefined);
  });

  it('every part is in exactly one placement group', () => {
    assert.deepEqual([...OPENING_PARTS, ...MIDDLE_PARTS, ...CLOSING_PARTS].sort(), [...PARTS].sort());
  });

  it('offers "Insert «part» (snippet prefix)" on a missing part, one action per snippet, the first preferred', () => {
    const uri = 'untitled:Untitled-1';
    const apology = insertPartActions({ ruleId: 'missing-apology', language: 'en' }, uri, english);
    assert.deepEqual(apology, [
      {
        title: 'Insert «apology» (snippet reply-apology)',
        isPreferred: true,
        command: { command: COMMANDS.insertPart, title: 'Insert «apology» (snippet reply-apology)', arguments: [uri, 'apology', 'reply-apology'] },
      },
    ]);
    const compensation = insertPartActions({ ruleId: 'missing-compensation', language: 'ru' }, uri, english);
    assert.deepEqual(
      compensation.map((a) => [a.title, a.isPreferred]),
      [
        ['Insert «compensation» (snippet ответ-переделка)', true],
        ['Insert «compensation» (snippet ответ-возврат)', false],
        ['Insert «compensation» (snippet ответ-скидка)', false],
      ],
    );
    assert.deepEqual(insertPartActions({ ruleId: 'did-our-best', language: 'en' }, uri, english), []);
    assert.deepEqual(insertPartActions({ ruleId: 'missing-apology' }, uri, english), [], 'no language, no snippet');
  });

  it('a missing-part diagnostic gets the insert actions, ignore and disable, but not "Allow this phrase" (it is on the greeting)', () => {
    const target: ActionTarget = {
      ruleId: 'missing-thanks',
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 8 } },
      text: 'Hi Anna,',
      expected: [],
      after: '',
      language: 'en',
    };
    const titles = buildActions(
      target,
      { uri: 'untitled:1', languageId: 'markdown', lineText: 'Hi Anna,', previousLineText: '', eol: '\n', sameRule: [target] },
      english,
    ).map((a) => a.title);
    assert.deepEqual(titles, ['Insert «thanks» (snippet reply-closing)', 'Ignore «missing-thanks» here', 'Disable rule «missing-thanks»']);
  });
});

describe('missing parts: where the snippet goes', () => {
  describe('English', () => {
    it('the opening parts go after the greeting, and after the opening paragraphs that come before them', () => {
      const bare = 'Hi Anna,\n\nWe did our best.\n\nBest regards,\nMax\n';
      assert.equal(placed(bare, 'apology', 'en'), 'Hi Anna,\n\n⟦apology⟧\n\nWe did our best.\n\nBest regards,\nMax\n');
      assert.equal(insertion(bare, 'apology', 'en').placement, 'afterGreeting');
      assert.equal(placed(bare, 'acknowledge', 'en'), 'Hi Anna,\n\n⟦acknowledge⟧\n\nWe did our best.\n\nBest regards,\nMax\n');
      // The acknowledgement comes first in a reply: the apology goes after it.
      assert.equal(placed(EN_FULL, 'apology', 'en'), EN_FULL.replace('I have received your message.\n\n', 'I have received your message.\n\n⟦apology⟧\n\n'));
      assert.equal(insertion(EN_FULL, 'apology', 'en').placement, 'afterPart');
    });

    it('without a greeting, the opening parts go at the top of the reply', () => {
      const text = 'I am sorry the files were late, you deserved better.\n\nI will send them by Friday.\n\nThanks,\nMax\n';
      assert.equal(placed(text, 'acknowledge', 'en'), `⟦acknowledge⟧\n\n${text}`);
      assert.equal(insertion(text, 'acknowledge', 'en').placement, 'top');
      // Quoted client text above the reply stays above it.
      const quoted = '> Where are my files?\n\nI am sorry the files were late.\n\nThanks,\nMax\n';
      assert.equal(placed(quoted, 'acknowledge', 'en'), '> Where are my files?\n\n⟦acknowledge⟧\n\nI am sorry the files were late.\n\nThanks,\nMax\n');
    });

    it('the middle parts go after the last paragraph with an apology, ownership or fix', () => {
      const text = 'Hi Anna,\n\nI am sorry the files were late.\n\nWe did our best.\n\nBest regards,\nMax\n';
      assert.equal(placed(text, 'remedy', 'en'), 'Hi Anna,\n\nI am sorry the files were late.\n\n⟦remedy⟧\n\nWe did our best.\n\nBest regards,\nMax\n');
      assert.equal(insertion(text, 'remedy', 'en').placement, 'afterPart');
      assert.equal(
        placed(EN_FULL, 'compensation', 'en', 1),
        EN_FULL.replace('by Friday.\n\n', 'by Friday.\n\n⟦compensation⟧\n\n'),
        'after the fix (the refund snippet)',
      );
    });

    it('without such a paragraph, the middle parts go before the sign-off', () => {
      const text = 'Hi Anna,\n\nWe did our best.\n\nBest regards,\nMax\n';
      assert.equal(placed(text, 'remedy', 'en'), 'Hi Anna,\n\nWe did our best.\n\n⟦remedy⟧\n\nBest regards,\nMax\n');
      assert.equal(insertion(text, 'remedy', 'en').placement, 'beforeSignOff');
    });

    it('the closing parts go before the sign-off line, the follow-up above the thanks', () => {
      assert.equal(placed(EN_FULL, 'follow-up', 'en'), EN_FULL.replace('Best regards,', '⟦follow-up⟧\n\nBest regards,'));
      assert.equal(insertion(EN_FULL, 'follow-up', 'en').placement, 'beforeSignOff');
      const thanked = EN_FULL.replace('Best regards,', 'Thank you for your patience.\n\nBest regards,');
      assert.equal(placed(thanked, 'follow-up', 'en'), thanked.replace('Thank you for your patience.', '⟦follow-up⟧\n\nThank you for your patience.'));
    });

    it("thanks before an existing sign-off leaves out the snippet's own sign-off and signature", () => {
      const result = insertion(EN_FULL, 'thanks', 'en');
      assert.equal(result.snippet, 'Thank you for your patience and for telling me about this directly. I value working with you.\n\n');
      assert.equal(result.offset, EN_FULL.indexOf('Best regards,'));
    });

    it('without a sign-off, the closing parts go at the end, thanks with the whole closing', () => {
      const text = 'Hi Anna,\n\nI am sorry the files were late.\n';
      assert.equal(placed(text, 'follow-up', 'en'), 'Hi Anna,\n\nI am sorry the files were late.\n\n⟦follow-up⟧\n');
      assert.equal(insertion(text, 'follow-up', 'en').placement, 'end');
      assert.equal(placed(text, 'thanks', 'en'), 'Hi Anna,\n\nI am sorry the files were late.\n\n⟦thanks⟧\n');
      assert.match(insertion(text, 'thanks', 'en').snippet, /Best regards,\n\$\{1:your name\}/);
    });

    it('a last short line such as "Max" is the signature: closing parts go above it', () => {
      const text = 'Hi Anna,\n\nWe did our best.\n\nMax\n';
      assert.equal(placed(text, 'follow-up', 'en'), 'Hi Anna,\n\nWe did our best.\n\n⟦follow-up⟧\n\nMax\n');
      assert.equal(
        insertion(text, 'thanks', 'en').snippet,
        'Thank you for your patience and for telling me about this directly. I value working with you.\n\n',
      );
    });

    it('a draft without blank lines gets single line breaks, CRLF drafts get CRLF', () => {
      const text = 'Hi Anna,\nWe did our best.\nBest regards,\nMax';
      assert.equal(placed(text, 'apology', 'en'), 'Hi Anna,\n⟦apology⟧\nWe did our best.\nBest regards,\nMax');
      assert.equal(placed(text, 'follow-up', 'en'), 'Hi Anna,\nWe did our best.\n⟦follow-up⟧\nBest regards,\nMax');
      const crlf = 'Hi Anna,\r\n\r\nWe did our best.\r\n\r\nBest regards,\r\nMax\r\n';
      const result = insertion(crlf, 'apology', 'en');
      assert.equal(result.offset, 'Hi Anna,'.length);
      assert.ok(result.snippet.startsWith('\r\n\r\nI am sincerely sorry'), JSON.stringify(result.snippet));
      assert.ok(!/[^\r]\n/.test(result.snippet), 'only CRLF line breaks');
    });

    it('an empty draft gets the snippet alone', () => {
      assert.deepEqual(partInsertion({ text: '', part: 'apology', body: 'Sorry.' }), { offset: 0, snippet: 'Sorry.', placement: 'top' });
    });
  });

  describe('Russian', () => {
    it('the opening parts go after the greeting, after the acknowledgement', () => {
      assert.equal(insertion(RU_FULL, 'apology', 'ru').placement, 'afterPart');
      assert.equal(placed(RU_FULL, 'apology', 'ru'), RU_FULL.replace('Ваше сообщение получено.\n\n', 'Ваше сообщение получено.\n\n⟦apology⟧\n\n'));
      const bare = 'Здравствуйте, Анна!\n\nМы старались изо всех сил.\n\nС уважением,\nИван\n';
      assert.equal(placed(bare, 'empathy', 'ru'), 'Здравствуйте, Анна!\n\n⟦empathy⟧\n\nМы старались изо всех сил.\n\nС уважением,\nИван\n');
      assert.match(insertion(bare, 'apology', 'ru').snippet, /^\n\nПриношу Вам искренние извинения/);
    });

    it('without a greeting, at the top', () => {
      const text = 'Приношу извинения за задержку.\n\nСпасибо,\nИван\n';
      assert.equal(placed(text, 'acknowledge', 'ru'), `⟦acknowledge⟧\n\n${text}`);
    });

    it('the middle parts go after the fix; the closing parts before «С уважением»', () => {
      assert.equal(placed(RU_FULL, 'compensation', 'ru', 2), RU_FULL.replace('в пятницу.\n\n', 'в пятницу.\n\n⟦compensation⟧\n\n'));
      assert.equal(placed(RU_FULL, 'follow-up', 'ru'), RU_FULL.replace('С уважением,', '⟦follow-up⟧\n\nС уважением,'));
      const thanks = insertion(RU_FULL, 'thanks', 'ru');
      assert.equal(thanks.snippet, 'Спасибо за терпение и за то, что сказали об этом прямо. Я ценю работу с Вами.\n\n');
      assert.equal(thanks.placement, 'beforeSignOff');
    });

    it('without a sign-off, at the end, with the whole closing', () => {
      const text = 'Здравствуйте, Анна!\n\nМы старались изо всех сил.';
      assert.equal(placed(text, 'thanks', 'ru'), 'Здравствуйте, Анна!\n\nМы старались изо всех сил.\n\n⟦thanks⟧');
      assert.match(insertion(text, 'thanks', 'ru').snippet, /С уважением,/);
    });
  });

  it('every missing part of a bare draft, inserted in turn, gives a reply that scores 10/10 in both languages', () => {
    for (const [language, start] of [
      // A bare answer to a complaint: it names the problem, and nothing else.
      ['en', 'Hi Anna,\n\nYour files were late. They are attached.\n\nBest regards,\nMax\n'],
      ['ru', 'Здравствуйте, Анна!\n\nВаши файлы задержались. Они во вложении.\n\nС уважением,\nИван\n'],
    ] as const) {
      let text = start;
      for (let round = 0; round < PARTS.length; round++) {
        const missing = analyseReply(text).parts!.missing;
        if (missing.length === 0) break;
        const part = missing[0]!;
        const result = insertion(text, part, language);
        // Fill the snippet's fields with their defaults, as Tab would.
        const filled = result.snippet
          .replace(/\$\{\d+:([^}]*)\}/g, '$1')
          .replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1')
          .replace(/\$\d+/g, '');
        text = text.slice(0, result.offset) + filled + text.slice(result.offset);
      }
      const analysis = analyseReply(text);
      assert.equal(analysis.score, 10, `${language}:\n${text}\n${JSON.stringify(analysis.losses)}`);
    }
  });
});
