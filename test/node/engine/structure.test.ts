/**
 * Reply structure: each part found and not found in both languages, the deadline forms, the
 * ordering checks, reply detection, placement of the findings, the score formula on worked
 * examples, the full snippet templates, and the settings.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  analyseParagraphs as analyse,
  analyseReply,
  analyseStructure,
  lint,
  looksLikeReply,
  FINDINGS_CAP,
  PART_WEIGHTS,
  TONE_COST,
  PARTS,
  REQUIRED_PARTS,
  STRUCTURE_RULE_IDS,
  knownRuleIds,
  mergeSettings,
  toLintOptions,
  validateSettings,
  type Finding,
  type Language,
  type Part,
} from '../../../src/engine/index.js';
import { FIXTURES } from './fixtures.js';
import { nonReplyFixtures } from '../../../scripts/eval/replies.js';

type Draft = Partial<Record<Part | 'greeting' | 'signoff', string>>;

/** A reply made of one text per part; the remedy and its deadline share one sentence. */
function compose(d: Draft): string {
  const fix = [d.remedy, d.deadline].filter(Boolean).join(' ');
  return [
    d.greeting,
    d.acknowledge,
    d.empathy,
    d.apology,
    d.responsibility,
    d.clarify,
    fix ? fix + '.' : '',
    d.compensation,
    d['follow-up'],
    d.thanks,
    d.signoff,
  ]
    .filter(Boolean)
    .join('\n\n');
}

const BASE: Record<Language, Required<Draft>> = {
  en: {
    greeting: 'Hello Anna,',
    acknowledge: 'I have read your message about the late delivery.',
    empathy: 'I understand how frustrating it is to wait longer than we agreed.',
    apology: 'I am sincerely sorry for the delay.',
    responsibility: 'This was my mistake, and I take full responsibility for it.',
    clarify: 'Which file do you need first?',
    remedy: 'I will send you the corrected files',
    deadline: 'by Friday at 12:00',
    compensation: 'To make up for it, I am taking 15% off this order.',
    'follow-up': 'I will check back with you on Monday to make sure everything works.',
    thanks: 'Thank you for your patience.',
    signoff: 'Best regards,\nBob',
  },
  ru: {
    greeting: 'Здравствуйте, Анна!',
    acknowledge: 'Я прочитал Ваше сообщение о задержке.',
    empathy: 'Понимаю, как неприятно ждать дольше оговорённого срока.',
    apology: 'Приношу искренние извинения за задержку.',
    responsibility: 'Это моя ошибка, и я беру ответственность на себя.',
    clarify: 'Какой файл Вам нужен в первую очередь?',
    remedy: 'Я пришлю Вам исправленные файлы',
    deadline: 'в пятницу до 12:00',
    compensation: 'В качестве компенсации я снижаю стоимость заказа на 15%.',
    'follow-up': 'Я свяжусь с Вами в понедельник, чтобы убедиться, что всё работает.',
    thanks: 'Спасибо за терпение.',
    signoff: 'С уважением,\nИван',
  },
};

/** Other ways to write each part: each must be found in place of the base text. */
const HAS: Record<Language, Record<Part, string[]>> = {
  en: {
    acknowledge: [
      'Thank you for letting me know about the broken link.',
      'I have read your email about the invoice.',
      'You are right about the missing pages.',
      'I have seen your photos of the damaged box.',
    ],
    empathy: [
      'I can imagine how annoying this was.',
      'Your frustration is completely understandable.',
      'You have every right to be upset.',
      'I understand why you are disappointed.',
    ],
    apology: [
      'I apologize for the mistakes in the report.',
      'Please forgive me for the delay.',
      'My apologies for the wrong size.',
      "I'm so sorry about the damaged parcel.",
    ],
    responsibility: [
      "That's on me.",
      'I should have tested the form before sending it.',
      'We made a mistake with your order.',
      'The responsibility is entirely mine.',
      'I messed up the dates.',
    ],
    clarify: ['Could you tell me which pages matter most?', 'What would you like me to change first?'],
    remedy: ['I will redo the layout', 'We are fixing the checkout page', 'I have corrected the invoice', 'Here is what I will do: replace the broken part'],
    deadline: [
      'within 24 hours',
      'by 5 pm tomorrow',
      'on 25 November',
      'by November 25th',
      'by 25.11',
      'in two days',
      'before 17:00',
      'within 3 business days',
    ],
    compensation: [
      'I will refund the delivery fee.',
      'The redo is free of charge.',
      'I am adding a 20% discount on your next order.',
      'I will not charge you for this stage.',
    ],
    'follow-up': [
      'I will call you tomorrow to hear how it works.',
      'Please tell me whether this works for you.',
      'Your feedback would help me a lot.',
      'I will follow up on Friday.',
    ],
    thanks: ['Thanks for your patience.', 'I appreciate your patience.', 'I am grateful for your trust.'],
  },
  ru: {
    acknowledge: [
      'Спасибо за подробное письмо о сломанной ссылке.',
      'Я прочитала Ваше письмо о счёте.',
      'Вы совершенно правы насчёт пропущенных страниц.',
      'Ваша претензия принята.',
    ],
    empathy: [
      'Представляю, насколько это неприятно.',
      'Ваше недовольство совершенно обоснованно.',
      'На Вашем месте я бы тоже расстроился.',
      'Понимаю, почему Вы расстроены.',
    ],
    apology: ['Извините за ошибки в отчёте.', 'Прошу прощения за задержку.', 'Мне очень жаль, что так вышло.', 'Приносим свои извинения за неверный размер.'],
    responsibility: [
      'Я ошиблась с датами.',
      'Мне следовало проверить форму перед отправкой.',
      'Это наша недоработка.',
      'Ошибка полностью моя.',
      'Я не проверил файлы перед отправкой.',
    ],
    clarify: ['Подскажите, какие страницы для Вас важнее?', 'Что именно Вы хотели бы изменить?'],
    remedy: ['Я переделаю макет', 'Мы уже исправляем страницу оплаты', 'Я исправил счёт', 'Вот что я сделаю: заменю деталь'],
    deadline: ['в течение 24 часов', 'до 17:00 завтра', 'к 25 ноября', 'до 25.11', 'через два дня', 'в течение 3 рабочих дней', 'к концу недели'],
    compensation: ['Я верну стоимость доставки.', 'Переделка будет бесплатной.', 'Дарю Вам скидку 20% на следующий заказ.', 'За этот этап я не возьму оплату.'],
    'follow-up': [
      'Я позвоню Вам завтра и узнаю, как всё работает.',
      'Напишите, пожалуйста, подходит ли Вам это решение.',
      'Мне важно Ваше мнение.',
      'Буду держать Вас в курсе.',
    ],
    thanks: ['Благодарю за терпение.', 'Спасибо, что дождались.', 'Я очень ценю Ваше доверие.', 'Признательна Вам за терпение.'],
  },
};

/** Texts that look like a part but are not it: in place of the part, the part stays missing. */
const LOOKALIKES: Record<Language, Partial<Record<Part, string[]>>> = {
  en: {
    acknowledge: ['Thank you for your patience.'],
    empathy: ['I understand.'],
    apology: ['I am sorry to hear about the trouble with the parcel.', 'As an apology, I am adding a small gift.'],
    responsibility: ['This was not my fault.', 'It is not our mistake.'],
    remedy: ['We will look into it.'],
    deadline: ['as soon as possible', 'soon', 'in a few days'],
    compensation: ['Feel free to contact me.', 'There is no refund for this stage.'],
    thanks: ['Thanks to the courier, the parcel arrived late.'],
  },
  ru: {
    acknowledge: ['Спасибо за терпение.'],
    empathy: ['Понятно.'],
    apology: ['Жаль это слышать.', 'В качестве извинения дарю Вам небольшой подарок.'],
    responsibility: ['Это не моя ошибка.', 'Мы не виноваты.'],
    remedy: ['Мы разберёмся.'],
    deadline: ['в ближайшее время', 'скоро', 'в течение нескольких дней'],
    compensation: ['Возврат не предусмотрен.'],
    thanks: ['Благодаря курьеру посылка опоздала.'],
  },
};

/**
 * The base draft without a part. Naming the problem acknowledges it, so a draft without an
 * acknowledgement also has an apology that does not name the problem.
 */
function withoutPart(language: Language, part: Part): Draft {
  if (part !== 'acknowledge') return { [part]: '' };
  return { acknowledge: '', apology: language === 'en' ? 'I am sincerely sorry.' : 'Приношу искренние извинения.' };
}

const present = (text: string) => analyseReply(text).parts?.present ?? [];
const structureIds = (findings: Finding[]) => findings.filter((f) => f.category === 'structure').map((f) => f.ruleId);

for (const language of ['en', 'ru'] as const) {
  const base = BASE[language];
  describe(`reply parts (${language})`, () => {
    it('the base draft has every part', () => {
      assert.deepEqual(present(compose(base)), [...PARTS]);
    });

    for (const part of PARTS) {
      describe(part, () => {
        for (const variant of HAS[language][part]) {
          it(`found in: ${variant}`, () => {
            const text = compose({ ...base, [part]: variant });
            assert.ok(present(text).includes(part), `${part} not found in:\n${text}`);
          });
        }

        it('missing when the draft lacks it', () => {
          const text = compose({ ...base, ...withoutPart(language, part) });
          const result = analyseReply(text);
          assert.ok(result.reply);
          assert.ok(!result.parts!.present.includes(part), `${part} found in:\n${text}`);
          if (REQUIRED_PARTS.includes(part)) {
            assert.ok(result.parts!.missing.includes(part));
            assert.ok(structureIds(result.findings).includes(`missing-${part}`));
          } else {
            assert.ok(!result.parts!.missing.includes(part), 'clarify is optional');
            assert.deepEqual(structureIds(result.findings), []);
          }
        });

        for (const lookalike of LOOKALIKES[language][part] ?? []) {
          it(`not found in: ${lookalike}`, () => {
            const text = compose({ ...base, ...withoutPart(language, part), [part]: lookalike });
            assert.ok(!present(text).includes(part), `${part} found in:\n${text}`);
          });
        }
      });
    }

    it('a date counts as the deadline only in a sentence with a fix to come', () => {
      const text = compose({
        ...base,
        remedy: '',
        deadline: '',
        greeting: `${base.greeting}\n\n${language === 'en' ? 'Your order was placed on 25 November.' : 'Заказ был оформлен 25 ноября.'}`,
      });
      assert.ok(!present(text).includes('deadline'));
    });

    it('a date of the story or of the call back is not the deadline of the fix', () => {
      const story =
        language === 'en' ? 'The parcel left our warehouse on 25 November. I will send a new one' : 'Посылка ушла со склада 25 ноября. Я отправлю новую';
      const told = analyseReply(compose({ ...base, remedy: story, deadline: '' }));
      assert.ok(told.parts!.present.includes('remedy'));
      assert.ok(told.parts!.missing.includes('deadline'));
      const done = language === 'en' ? 'I have corrected the invoice on Monday' : 'Я исправил счёт в понедельник';
      const r = analyseReply(compose({ ...base, remedy: done, deadline: '', compensation: '' }));
      assert.ok(r.parts!.present.includes('remedy'));
      assert.ok(!r.parts!.present.includes('deadline'), 'a fix already done has nothing to date');
      assert.ok(!r.parts!.missing.includes('deadline'));
    });

    it('a missing deadline is reported, and costs, only when there is a fix still to come', () => {
      const noFix = analyseReply(compose({ ...base, remedy: '', deadline: '', compensation: '' }));
      assert.ok(!noFix.parts!.missing.includes('deadline'));
      assert.ok(!structureIds(noFix.findings).includes('missing-deadline'));
      const undated = analyseReply(compose({ ...base, deadline: '' }));
      assert.ok(undated.parts!.missing.includes('deadline'));
      assert.ok(structureIds(undated.findings).includes('missing-deadline'));
    });

    it('thanking for the message is thanks, and acknowledges it too', () => {
      const text = compose({
        ...base,
        acknowledge: language === 'en' ? 'Thank you for your email about the late delivery.' : 'Спасибо за письмо о задержке.',
        thanks: '',
      });
      const r = analyseReply(text);
      assert.ok(r.parts!.present.includes('thanks'));
      assert.ok(r.parts!.present.includes('acknowledge'));
      assert.ok(!structureIds(r.findings).includes('missing-thanks'), 'never "No thanks yet" after a thank-you');
    });

    it("thanks for the reader's understanding presumes the matter closed: not the thanks part", () => {
      const text = compose({ ...base, thanks: language === 'en' ? 'Thank you for your understanding.' : 'Спасибо за понимание.' });
      assert.ok(!present(text).includes('thanks'));
    });
  });
}

describe('part cues written as constructions (match:, with the morphology layer)', () => {
  it('a Russian first-person future verb that no cue lists is a remedy; a negated one is not', () => {
    assert.ok(present('Извините, стена вышла кривой. Мы перекрасим стену к пятнице.').includes('remedy'));
    assert.ok(!present('Извините, стена вышла кривой. Мы не перекрасим стену.').includes('remedy'));
  });
  it('owning a failed duty is responsibility; a treat "on us" is not', () => {
    assert.ok(present('Sorry, your wall is crooked. We never checked the level.').includes('responsibility'));
    assert.ok(!present('Sorry, your table was late. The coffee is on us.').includes('responsibility'));
  });
});

describe('structure findings', () => {
  it('are placed on the greeting line, with category structure, severity information and no suggestion', () => {
    const text = '> Where is my order?!!\n\nHello Anna,\n\nI am sorry for the delay.';
    const findings = lint(text).filter((f) => f.category === 'structure');
    assert.ok(findings.length > 0);
    for (const f of findings) {
      assert.equal(f.actual, 'Hello Anna,');
      assert.deepEqual([f.line, f.column, f.severity, f.language], [3, 1, 'information', 'en']);
      assert.deepEqual(f.expected, []);
    }
    assert.ok(!findings.some((f) => f.ruleId === 'exclamation-run'), 'the quoted client text is not the writer’s');
  });

  it('are placed on the first line when there is no greeting', () => {
    const text = '\n  I am sorry, you deserved better.  \nThanks.';
    const [f] = lint(text).filter((x) => x.category === 'structure');
    assert.ok(f);
    assert.equal(f.actual, 'I am sorry, you deserved better.');
    assert.equal(f.line, 2);
  });

  it('name the snippet that supplies the part, in the draft’s language', () => {
    const en = lint('Hello Anna,\n\nYour files are late.').find((f) => f.ruleId === 'missing-apology');
    assert.match(en!.message, /reply-apology/);
    const ru = lint('Здравствуйте, Анна!\n\nВаш заказ задерживается.').find((f) => f.ruleId === 'missing-apology');
    assert.match(ru!.message, /ответ-извинение/);
    assert.equal(ru!.language, 'ru');
    const compensation = lint('Hello Anna,\n\nYour files are late.').find((f) => f.ruleId === 'missing-compensation');
    assert.match(compensation!.message, /reply-redo.*reply-refund.*reply-discount/);
    const deadline = lint('Hello Anna,\n\nSorry, your files were wrong. I will resend them.').find((f) => f.ruleId === 'missing-deadline');
    assert.match(deadline!.message, /^The fix has no deadline/);
  });

  it('have their ids registered, so that settings accept them', () => {
    const known = knownRuleIds();
    for (const id of STRUCTURE_RULE_IDS) assert.ok(known.has(id), id);
    assert.deepEqual(validateSettings({ disabledRules: ['missing-apology', 'exclamation-run'] }, 'test').problems, []);
  });

  it('can be disabled one by one, suppressed, or turned off together', () => {
    const text = 'Hello Anna,\n\nYour files are late.';
    assert.ok(!lint(text, { disabledRules: ['missing-apology'] }).some((f) => f.ruleId === 'missing-apology'));
    assert.deepEqual(structureIds(lint(`<!-- sincerely-disable missing-apology -->\n${text}`)).includes('missing-apology'), false);
    assert.deepEqual(structureIds(lint(text, { structure: false })), []);
    assert.deepEqual(structureIds(lint(text, { severity: { structure: 'off' } })), []);
    assert.ok(
      lint(text, { severity: { structure: 'warning' } })
        .filter((f) => f.category === 'structure')
        .every((f) => f.severity === 'warning'),
    );
  });
});

describe('is it a reply?', () => {
  const notReplies = [
    '# Sincerely\n\nSincerely is a linter for draft replies to unhappy clients. Install it with npm and run `sincerely draft.txt`. You can turn a rule off in `.sincerelyrc.json`; the rules table lists every id.',
    'The parcel left our warehouse on Monday. Delivery takes three days.',
    'You can change the settings at any time.',
    // A greeting and "you" alone are not evidence that a complaint is answered.
    'Hi Tom,\n\nThe files you asked for are attached.\n\nBest regards,\nBob',
    'Здравствуйте!\n\nФайлы, которые вы просили, во вложении.\n\nС уважением,\nИван',
    'Hi everyone,\n\nOur studio is open again after the summer break. You can book a table from Monday.\n\nThanks,\nMaya',
    'Thank you for your patience.',
  ];
  for (const text of notReplies) {
    it(`not a reply, no structure findings: ${text.slice(0, 50).replace(/\n/g, ' ')}…`, () => {
      assert.deepEqual(structureIds(lint(text)), []);
      const result = analyseReply(text);
      assert.equal(result.reply, false);
      assert.equal(result.score, null);
      assert.equal(result.parts, null);
      assert.deepEqual(result.losses, []);
    });
  }
  const replies = [
    'I am sorry, you deserved better.',
    // No greeting: a company's statement that owns the failure and offers a repair.
    'The mistake in the invoice was ours. We will refund the difference to every affected customer this week.',
    'Ошибка в счёте — наша. Мы вернём разницу всем клиентам до пятницы.',
    // Opening by disputing the complaint is still an answer to it.
    'Your review does not match what our records show: the courier delivered the parcel on time.',
    'Hi Tom,\n\nSorry, the files I sent were wrong. The corrected ones are attached.',
    'Здравствуйте!\n\nВы получили не тот размер — это наша ошибка.',
    // Terse company statements: what happened and what was done, nobody greeted.
    'The flight was cancelled because of a technical fault. Passengers were rebooked on the next departure.',
    'Сотрудник отстранён от работы до окончания служебной проверки.',
    'We have contacted the customer directly to resolve this.',
  ];
  for (const text of replies) {
    it(`a reply: ${text.replace(/\n/g, ' ')}`, () => {
      assert.equal(analyseReply(text).reply, true);
      assert.ok(structureIds(lint(text)).length > 0);
    });
  }

  const fixtures = nonReplyFixtures();
  it('there are non-reply fixtures in both languages', () => {
    assert.ok(fixtures.length >= 12);
    assert.ok(fixtures.some((f) => /[а-яё]/i.test(f.text)) && fixtures.some((f) => !/[а-яё]/i.test(f.text)));
  });
  for (const { name, text } of fixtures) {
    it(`non-reply fixture ${name}: not a reply, no structure finding`, () => {
      const result = analyseReply(text);
      assert.equal(result.reply, false, JSON.stringify(result));
      assert.deepEqual(structureIds(result.findings), []);
      assert.equal(looksLikeReply(text), false);
    });
  }
});

describe('ordering checks', () => {
  const ids = (text: string) => structureIds(lint(text)).filter((id) => !id.startsWith('missing-'));

  it('excuse-before-apology: an excuse before the first apology (en, ru)', () => {
    assert.deepEqual(ids('Hello Anna,\n\nWe did our best. I am sorry for the delay.'), ['excuse-before-apology']);
    assert.deepEqual(ids('Здравствуйте, Анна!\n\nМы старались изо всех сил. Приношу извинения за задержку.'), ['excuse-before-apology']);
    const [f] = lint('Hello Anna,\n\nWe did our best. I am sorry for the delay.').filter((x) => x.ruleId === 'excuse-before-apology');
    assert.equal(f!.actual, 'sorry');
  });

  it('excuse-before-apology: not when the apology comes first', () => {
    assert.deepEqual(ids('Hello Anna,\n\nI am sorry for the delay. We did our best.'), []);
    assert.deepEqual(ids('Здравствуйте, Анна!\n\nПриношу извинения за задержку. Мы старались изо всех сил.'), []);
  });

  it('apology-but: an apology followed by but/но in the same sentence', () => {
    const en = lint('Hello Anna,\n\nI am sorry for the delay with your order and the files, but the weather was awful.').filter(
      (f) => f.ruleId === 'apology-but',
    );
    assert.deepEqual(
      en.map((f) => f.actual),
      ['sorry for the delay with your order and the files, but'],
    );
    const ru = lint('Здравствуйте, Анна!\n\nПриношу извинения за задержку с заказом и файлами, однако погода была ужасной.').filter(
      (f) => f.ruleId === 'apology-but',
    );
    assert.deepEqual(
      ru.map((f) => f.actual),
      ['извинения за задержку с заказом и файлами, однако'],
    );
  });

  it('apology-but: not when the "but" is in another sentence', () => {
    assert.deepEqual(ids('Hello Anna,\n\nI am sorry for the delay. But the files are ready now.'), []);
    assert.deepEqual(ids('Здравствуйте, Анна!\n\nИзвините за задержку. Но файлы уже готовы.'), []);
  });

  it('apology-but: not on a "but" that a tone rule already flags', () => {
    const text = 'Hello Anna,\n\nI am sorry for the delay, but the courier lost it.';
    const paragraphs = analyse(text);
    const butAt = text.indexOf('but');
    const tone: Finding = { ...lint('We did our best.')[0]!, category: 'minimizing', ruleId: 'sorry-but', offset: butAt - 2, endOffset: butAt + 3 };
    const structure = analyseStructure(text, paragraphs, [tone]);
    assert.ok(!structure.matches.some((m) => m.ruleId === 'apology-but'));
    assert.ok(analyseStructure(text, paragraphs, []).matches.some((m) => m.ruleId === 'apology-but'));
  });

  it('a cue inside a tone finding does not count as the part', () => {
    const text = 'Hello Anna,\n\nWe apologize for any inconvenience.';
    const paragraphs = analyse(text);
    const at = text.indexOf('We apologize');
    const tone: Finding = { ...lint('We did our best.')[0]!, category: 'minimizing', ruleId: 'any-inconvenience', offset: at, endOffset: text.length - 1 };
    assert.ok(analyseStructure(text, paragraphs, []).present.includes('apology'));
    assert.ok(!analyseStructure(text, paragraphs, [tone]).present.includes('apology'));
  });

  it('too-many-apologies: more than two, flagged on the third', () => {
    const three = lint('Hi Anna,\n\nI am so sorry. I apologize again. Sorry for everything.').filter((f) => f.ruleId === 'too-many-apologies');
    assert.deepEqual(
      three.map((f) => f.actual),
      ['Sorry'],
    );
    assert.deepEqual(ids('Hi Anna,\n\nI am so sorry. I apologize again.'), []);
    assert.deepEqual(ids('Здравствуйте!\n\nИзвините. Простите. Прошу прощения.'), ['too-many-apologies']);
  });

  it('exclamation-run: "!!" and "!!!", not a single "!" nor quoted text', () => {
    const found = lint('Hi Anna!\n\nSorry, your files are late!! Really!!!').filter((f) => f.ruleId === 'exclamation-run');
    assert.deepEqual(
      found.map((f) => f.actual),
      ['!!', '!!!'],
    );
    assert.deepEqual(ids('Hi Anna!\n\nSorry, your files are late! You wrote "where are they?!!" and you were right.'), []);
  });
});

/** Expands a snippet body: `${n:default}` → default, `${n|a,b|}` → a, `$n` → ''. */
export function expandSnippet(body: string[]): string {
  return body
    .join('\n')
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\{\d+\|([^,|]*)[^}]*\|\}/g, '$1')
    .replace(/\$\d+/g, '');
}

describe('full snippet templates', () => {
  for (const language of ['en', 'ru'] as const) {
    const file = join(FIXTURES, '..', '..', 'snippets', `${language}.code-snippets`);
    const snippets = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { prefix: string; body: string[] }>;
    const full = Object.values(snippets).filter((s) => /^(reply-full-|ответ-полный-)/.test(s.prefix));
    it(`${language}: there are full templates`, () => assert.ok(full.length >= 5));
    for (const snippet of full) {
      it(`${snippet.prefix} scores 10/10 with no tone finding`, () => {
        const text = expandSnippet(snippet.body);
        assert.doesNotMatch(text, /\$/);
        const result = analyseReply(text);
        const tone = result.findings.filter((f) => f.category !== 'structure').map((f) => `${f.ruleId} «${f.actual}»`);
        assert.deepEqual(tone, [], `tone findings in ${snippet.prefix}`);
        assert.deepEqual(result.parts, { present: [...PARTS], missing: [] });
        assert.equal(result.score, 10, JSON.stringify(result.losses));
        assert.deepEqual(result.losses, []);
        assert.deepEqual(structureIds(result.findings), []);
      });
    }
  }
});

describe('reply score', () => {
  const sum = (losses: Array<{ points: number }>) => losses.reduce((n, l) => n + l.points, 0);

  it('the part weights add up to 10: responsibility most, the offer of repair next, clarify nothing', () => {
    assert.equal(
      Object.values(PART_WEIGHTS).reduce((a, b) => a + b, 0),
      10,
    );
    assert.equal(PART_WEIGHTS.clarify, 0);
    const others = PARTS.filter((p) => p !== 'responsibility');
    assert.ok(others.every((p) => PART_WEIGHTS[p] < PART_WEIGHTS.responsibility));
    assert.ok(others.filter((p) => p !== 'remedy').every((p) => PART_WEIGHTS[p] <= PART_WEIGHTS.remedy));
    assert.ok(PART_WEIGHTS.apology < PART_WEIGHTS.remedy);
  });

  it('worked example: every part, no finding → 10', () => {
    const r = analyseReply(compose(BASE.en));
    assert.equal(r.score, 10);
    assert.deepEqual(r.losses, []);
  });

  it('worked example: no deadline and no follow-up → 10 − 0.5 − 0.5 = 9', () => {
    const r = analyseReply(compose({ ...BASE.en, deadline: '', 'follow-up': '' }));
    assert.equal(r.score, 9);
    assert.deepEqual(r.parts!.missing, ['deadline', 'follow-up']);
    assert.deepEqual(
      r.losses.map((l) => [l.points, l.part, l.ruleId]),
      [
        [0.5, 'deadline', 'missing-deadline'],
        [0.5, 'follow-up', 'missing-follow-up'],
      ],
    );
  });

  it('worked example: no apology costs 1.5 → 8.5', () => {
    const r = analyseReply(compose({ ...BASE.ru, apology: '' }));
    assert.equal(r.score, 8.5);
    assert.deepEqual(
      r.losses.map((l) => [l.points, l.part]),
      [[1.5, 'apology']],
    );
  });

  it('worked example: no ownership costs the most, 2.5 → 7.5', () => {
    const r = analyseReply(compose({ ...BASE.en, responsibility: '' }));
    assert.equal(r.score, 7.5);
    assert.deepEqual(
      r.losses.map((l) => [l.points, l.part]),
      [[2.5, 'responsibility']],
    );
  });

  it('worked example: no clarifying question costs nothing → 10', () => {
    assert.equal(analyseReply(compose({ ...BASE.en, clarify: '' })).score, 10);
  });

  it('worked example: every part, one excuse, one "!!" → 10 − 1 − 1 = 8, each loss naming its rule', () => {
    const r = analyseReply(compose({ ...BASE.en, responsibility: 'This was my mistake!! I take full responsibility for it. We did our best.' }));
    assert.equal(r.score, 8);
    assert.deepEqual(
      r.losses.map((l) => [l.points, l.ruleId]),
      [
        [1, 'exclamation-run'],
        [1, 'did-our-best'],
      ],
    );
    assert.match(r.losses[1]!.reason, /«We did our best»$/);
  });

  it('worked example: a part whose missing-rule is disabled costs nothing', () => {
    const text = compose({ ...BASE.en, compensation: '' });
    assert.equal(analyseReply(text).score, 9.5);
    assert.equal(analyseReply(text, { disabledRules: ['missing-compensation'] }).score, 10);
  });

  it('worked example: a draft made only of excuses scores at most 3 (en, ru), and the losses add up', () => {
    for (const text of [
      'Hello Anna,\n\nWe did our best. The courier was late because of the storm, and our system was down all week. It was not our fault.\n\nRegards,\nBob',
      'Здравствуйте, Анна!\n\nМы старались изо всех сил. Курьер опоздал из-за погоды, а у нас был технический сбой. Это не наша вина.\n\nС уважением,\nИван',
    ]) {
      const r = analyseReply(text);
      assert.ok(r.score !== null && r.score <= 3, `score ${r.score}`);
      assert.equal(sum(r.losses), 10 - r.score!);
      assert.ok(r.losses.some((l) => l.ruleId === 'did-our-best'));
    }
  });

  it('clamps at 0: the losses past 0 are listed with 0 points, and Σ losses = 10 − score', () => {
    const r = analyseReply('Hello Anna,\n\nThe delay was not our fault!!! We did our best!!! We did our best!!!');
    assert.equal(r.score, 0);
    assert.equal(sum(r.losses), 10);
    assert.ok(r.losses.some((l) => l.points === 0));
  });

  it('findings cost by severity, at most FINDINGS_CAP together; the capped ones stay listed with 0 points', () => {
    const base = compose(BASE.en);
    const one = analyseReply(compose({ ...BASE.en, responsibility: 'This was my mistake, and I take full responsibility for it. We did our best.' }));
    assert.equal(one.score, 10 - TONE_COST.warning);
    const many = analyseReply(
      compose({
        ...BASE.en,
        responsibility:
          'This was my mistake, and I take full responsibility for it. We did our best. The courier was late. It was not our fault. We did our best again. The storm delayed everything.',
      }),
    );
    const findingLosses = many.losses.filter((l) => !l.part);
    assert.ok(findingLosses.length > FINDINGS_CAP, 'more findings than the cap');
    assert.equal(sum(findingLosses), FINDINGS_CAP);
    assert.equal(many.score, 10 - FINDINGS_CAP);
    assert.ok(findingLosses.some((l) => l.points === 0 && l.capped));
    assert.equal(analyseReply(base).score, 10);
  });

  it('Σ losses = 10 − score on every draft of this suite', () => {
    for (const language of ['en', 'ru'] as const) {
      for (const part of PARTS) {
        for (const text of [compose({ ...BASE[language], [part]: '' }), ...HAS[language][part].map((v) => compose({ ...BASE[language], [part]: v }))]) {
          const r = analyseReply(text);
          assert.equal(sum(r.losses), 10 - r.score!, text);
          assert.ok(
            r.losses.every((l) => l.part || r.findings.some((f) => f.ruleId === l.ruleId)),
            'every loss traces to a part or a finding',
          );
        }
      }
    }
  });

  it('is null with structure checks off', () => {
    const r = analyseReply(compose(BASE.en), { structure: false });
    assert.equal(r.score, null);
    assert.equal(r.parts, null);
  });

  it('tells where each part is', () => {
    const text = compose(BASE.en);
    const r = analyseReply(text);
    assert.deepEqual(
      r.ranges.deadline!.map((x) => text.slice(x.offset, x.endOffset)),
      ['Friday', '12:00'],
    );
    assert.deepEqual(
      r.ranges.apology!.map((x) => text.slice(x.offset, x.endOffset)),
      ['sorry'],
    );
  });

  it('keeps per-paragraph cues in analyse() for an incremental linter', () => {
    const paragraphs = analyse(compose(BASE.en));
    assert.ok(paragraphs.every((p) => p.structure));
    assert.ok(analyse(compose(BASE.en), { structure: false }).every((p) => !p.structure));
  });
});

describe('the structure setting', () => {
  it('defaults to true and is passed to the lint options', () => {
    assert.equal(mergeSettings().structure, true);
    assert.equal(toLintOptions(mergeSettings({ structure: false })).structure, false);
  });

  it('accepts a boolean with or without the sincerely. prefix, and reports anything else', () => {
    assert.deepEqual(validateSettings({ 'sincerely.structure': false }, 'test'), { settings: { structure: false }, problems: [] });
    const { settings, problems } = validateSettings({ structure: 'no' }, 'test');
    assert.deepEqual(settings, {});
    assert.deepEqual(problems, [{ source: 'test', key: 'structure', message: 'must be true or false' }]);
  });
});
