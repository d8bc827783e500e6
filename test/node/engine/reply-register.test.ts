/**
 * The tone checks are written for replies: a long text that is not a reply gets no tone finding
 * (with `anyText`, rule findings only: the trained scorer learned the register of replies), and
 * whether a long text is a reply is decided by its opening.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyse, lint } from '../../../src/engine/index.js';
import { EVIDENCE_WINDOW_WORDS } from '../../../src/engine/structure/analyse.js';
import { REPLY_GATE_WORDS } from '../../../src/engine/lint.js';
import { SCORER_RULE_IDS } from '../../../src/engine/scorer/messages.js';
import type { Language } from '../../../src/engine/types.js';

const SCORER_IDS = new Set(Object.values(SCORER_RULE_IDS));
const words = (text: string) => text.match(/\p{L}+/gu)?.length ?? 0;

/** Development-corpus sentences that the scorer alone flags when linted on their own. */
function scorerFlagged(language: Language): string[] {
  const lines = readFileSync(new URL(`../../fixtures/corpus/${language}.tsv`, import.meta.url), 'utf8').split('\n');
  const flagged: string[] = [];
  for (const line of lines) {
    const text = line.split('\t')[1];
    if (!text || line.startsWith('#')) continue;
    const findings = lint(text, { language });
    const tone = findings.filter((f) => f.category !== 'structure');
    if (tone.length > 0 && tone.every((f) => SCORER_IDS.has(f.ruleId))) flagged.push(text);
    if (flagged.length === 3) break;
  }
  return flagged;
}

/** Documentation prose in our own words, long enough to be told from a reply. */
const MANUAL: Record<Language, string> = {
  en: [
    '# Configuring the exporter',
    'The exporter reads its settings from a file named exporter.toml in the project folder. Each section names one target, and each target lists the tables it copies, the schedule it follows and the folder it writes to.',
    'A schedule is written as a cron expression. The exporter checks the expression when it starts and refuses to run with one it cannot parse, printing the line and the column of the mistake.',
    'Large tables are copied in batches of ten thousand rows. The batch size can be changed per target; smaller batches use less memory and take longer, larger ones the other way round.',
    'Logs go to standard error by default. Set the log level to debug to see every query the exporter sends, or to warn to see only what needs attention.',
  ].join('\n\n'),
  ru: [
    '# Настройка выгрузки',
    'Программа выгрузки читает настройки из файла exporter.toml в папке проекта. Каждый раздел описывает одну цель: какие таблицы копировать, по какому расписанию и в какую папку складывать результат.',
    'Расписание задаётся выражением cron. При запуске программа проверяет выражение и не начинает работу, если не может его разобрать, а в сообщении указывает строку и столбец ошибки.',
    'Большие таблицы копируются порциями по десять тысяч строк. Размер порции можно изменить для каждой цели: маленькие порции занимают меньше памяти, но работают дольше, большие наоборот.',
    'Журнал по умолчанию выводится в стандартный поток ошибок. Уровень debug показывает каждый запрос к базе, уровень warn только то, что требует внимания.',
    'Чтобы проверить файл настроек без выгрузки, запустите программу с ключом --check. Она прочитает файл, сверит имена таблиц со схемой базы и выведет список найденных расхождений, ничего не копируя.',
    'Новые версии программы выходят раз в месяц. Перед обновлением сохраните копию файла настроек: формат иногда меняется, и в примечаниях к выпуску сказано, какие поля переименованы.',
  ].join('\n\n'),
};

for (const language of ['en', 'ru'] as const) {
  describe(`reply register (${language})`, () => {
    it('the manual is long enough to be judged, and is not a reply', () => {
      assert.ok(words(MANUAL[language]) >= REPLY_GATE_WORDS);
      assert.equal(analyse(MANUAL[language], { language }).reply, false);
    });

    it('a rule finding inside a long non-reply is reported only with anyText', () => {
      const excuse = language === 'en' ? 'The export failed because the weather was bad.' : 'Выгрузка задержалась из-за плохой погоды.';
      const alone = lint(excuse, { language }).filter((f) => f.category === 'excuse' && !SCORER_IDS.has(f.ruleId));
      assert.ok(alone.length > 0, 'the sentence alone has a rule finding');
      // Past the opening (a failure and an excuse in the first lines would make it read as a reply).
      let manual = MANUAL[language];
      while (words(manual) <= EVIDENCE_WINDOW_WORDS) manual += `\n\n${MANUAL[language]}`;
      const inManual = `${manual}\n\n${excuse}`;
      const quiet = analyse(inManual, { language });
      assert.deepEqual(quiet.findings, []);
      assert.equal(quiet.toneChecked, false);
      const asked = analyse(inManual, { language, anyText: true });
      assert.equal(asked.toneChecked, true);
      assert.deepEqual(
        asked.findings.map((f) => f.ruleId),
        alone.map((f) => f.ruleId),
      );
      assert.equal(analyse(excuse, { language }).toneChecked, true, 'a short draft is always checked');
    });

    it('a sentence the scorer flags alone or in a reply is not flagged inside a long non-reply', () => {
      const sentences = scorerFlagged(language);
      assert.ok(sentences.length > 0, 'the development corpus has sentences that only the scorer flags');
      for (const sentence of sentences) {
        const inManual = `${MANUAL[language]}\n\n${sentence}`;
        assert.deepEqual(
          lint(inManual, { language, anyText: true }).filter((f) => SCORER_IDS.has(f.ruleId)),
          [],
          sentence,
        );
        // A short draft cannot show what it is: the scorer still reads it.
        assert.ok(lint(sentence, { language }).some((f) => SCORER_IDS.has(f.ruleId)));
      }
    });
  });
}

describe('reply evidence in the opening', () => {
  const apology = 'We are sorry that your order arrived late and damaged; this was our mistake.';
  const filler = Array.from({ length: 40 }, (_, i) => `Section ${i + 1} describes one option of the exporter and how its value is read from the file.`).join(
    ' ',
  );

  it('an apology in the first lines makes a long text a reply', () => {
    assert.ok(words(filler) > EVIDENCE_WINDOW_WORDS);
    assert.equal(analyse(`${apology}\n\n${filler}`, { language: 'en' }).reply, true);
  });

  it('the same apology after the opening of a long document does not', () => {
    assert.equal(analyse(`${filler}\n\n${apology}`, { language: 'en' }).reply, false);
  });
});
