/**
 * The incremental linter on whole replies: drafts of many paragraphs (greetings, sign-offs, lists,
 * quotes, apologies, excuses, promises, paragraphs without letters) edited at random, mostly by
 * typing inside a paragraph (the patched path, where the structure pass reuses the other
 * paragraphs' summaries). After every edit its analysis must equal a fresh `analyse()`.
 * Fixed seed, so a failure is reproducible; FUZZ_RUNS raises the number of runs.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyse, createLinter } from '../../../src/engine/index.js';

const RUNS = Math.ceil(Number(process.env.FUZZ_RUNS ?? 3000) / 30);
const SEED = 20261202;

const EN = [
  'Hi Anna,',
  'Dear Mr Brown,',
  'Thank you for writing to us about the broken lamp.',
  'I am so sorry that your parcel came two weeks late. That was our mistake, and I understand how annoying it is.',
  'Unfortunately the courier was overloaded this month, so the delivery slipped. We did our best.',
  'We will send a new lamp by Friday and refund the shipping cost today. I will call you once it leaves the warehouse.',
  'I apologize for the trouble, but our terms say returns take ten days!!',
  'As a small thank-you, we have added a voucher for your next order.',
  '- a new lamp\n- a refund of the shipping\n- a call from me on Monday',
  '1. We checked your order.\n2. We found the wrong address.',
  '> The box was crushed and the glass was broken.',
  'You should have read the description more carefully.',
  'Please let me know if anything else goes wrong.',
  'Best regards,\nTom',
  'Sorry again. Sorry for everything. Please forgive us.',
  '2024 — 15:30',
  '* * *',
];
const RU = [
  'Здравствуйте, Мария!',
  'Спасибо, что написали нам о сломанной лампе.',
  'Приносим извинения за задержку: посылка пришла на две недели позже. Это наша ошибка, и мы понимаем ваше раздражение.',
  'К сожалению, из-за загруженности курьерской службы доставка задержалась. Мы старались изо всех сил.',
  'Мы отправим новую лампу до пятницы и сегодня вернём деньги за доставку. Я позвоню вам, когда заказ уедет со склада.',
  'Извините, но по правилам магазина возврат занимает десять дней!!',
  '- новая лампа\n- возврат за доставку\n- звонок в понедельник',
  '> Коробка была смята, стекло разбито.',
  'Вам следовало внимательнее прочитать описание.',
  'Если что-то снова пойдёт не так, напишите мне.',
  'С уважением,\nАнна',
  '12.03 — 15:30',
];

/** What an edit inserts: mostly what typing does (a letter, a space, punctuation), sometimes a word. */
const typed = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('a', 'e', 'о', 'и', ' ', ',', '.', '!', 'x') },
  { weight: 2, arbitrary: fc.constantFrom(' sorry', ' извините', ' due to', ' из-за', ' we will', ' by Monday', ' but', ' но', 'Hi ') },
  { weight: 1, arbitrary: fc.constantFrom('\n', '\n\n', '"', '> ', '-') },
);
const edit = fc.record({
  at: fc.nat(),
  remove: fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.nat({ max: 6 }) }),
  insert: typed,
});
const draft = (pool: string[]) =>
  fc.tuple(fc.array(fc.constantFrom(...pool), { minLength: 2, maxLength: 14 }), fc.constantFrom('\n\n', '\n\n\n', '\r\n\r\n')).map(([ps, gap]) => ps.join(gap));
const drafts = fc.oneof(draft(EN), draft(RU), draft([...EN, ...RU]));

describe(`incremental linter on multi-paragraph replies (${RUNS} runs, seed ${SEED})`, () => {
  it('equals a fresh analyse() after every edit of a random sequence', () => {
    let patched = 0;
    let replies = 0;
    fc.assert(
      fc.property(drafts, fc.array(edit, { minLength: 1, maxLength: 12 }), fc.constantFrom<'auto' | 'en'>('auto', 'en'), (start, edits, language) => {
        const linter = createLinter();
        let text = start;
        assert.deepEqual(linter.analyse(text, { language }), analyse(text, { language }));
        for (const e of edits) {
          const at = e.at % (text.length + 1);
          text = text.slice(0, at) + e.insert + text.slice(at + e.remove);
          const expected = analyse(text, { language });
          assert.deepEqual(linter.analyse(text, { language }), expected, JSON.stringify(text));
          if (linter.stats.patched) patched++;
          if (expected.reply) replies++;
        }
      }),
      { numRuns: RUNS, seed: SEED },
    );
    // The patched path and replies must both have been exercised for the comparison to mean something.
    assert.ok(patched > RUNS * 2 && replies > RUNS * 2, `patched ${patched}, replies ${replies}`);
  });
});
