import assert from 'node:assert/strict';
import { looksLikeReply, signOffLine } from '../../../src/engine/index.js';

describe('looksLikeReply', () => {
  // Evidence that a complaint is answered, with or without a greeting.
  const replies = [
    'Hello Anna,\n\nI am sorry the files were late. You will have them today.',
    'Dear Mr Smith,\n\nRegarding your order: the wrong colour was our mistake, and a new one is on its way.',
    'We are aware that some customers were charged twice yesterday. The extra charges will be returned by Friday.',
    'This was my fault. I will not charge you for the last stage.',
    'Здравствуйте, Анна!\n\nМы получили ваше письмо о задержке и приносим извинения.',
    'Вы получили не тот размер — это наша ошибка. Обмен за наш счёт.',
    'Сбой в приложении затронул часть клиентов. Деньги за двойные списания уже возвращены.',
    '# Ответ клиенту\n\nДоброе утро, Олег.\nИзвините за опоздание курьера.',
    '**Hello Anna,**\n\nsorry, your files were broken.',
  ];
  for (const text of replies) {
    it(`recognises: ${JSON.stringify(text.slice(0, 40))}`, () => assert.equal(looksLikeReply(text), true));
  }

  const others = [
    // A greeting, "you" and a sign-off, but nothing is being answered.
    'Hi,\nthe files you wanted are attached.\n\nBest regards,\nIvan',
    'Здравствуйте!\nМы обновили сайт, заходите.\n\nС уважением,\nИван',
    'Hi everyone,\n\nThe new release is out. Thanks to all of you for testing it.\n\nThanks,\nAlex',
    // Documents.
    'Hello world\n\nThis library parses Markdown.',
    '# Install\n\nYou can install it with npm. Due to a bug, your config may be ignored.',
    'Вы можете установить пакет через npm.',
    '## What if my parcel is late?\n\n- Track it in your account.\n- Contact support after five days.',
    'Dearly missed, you were.',
    '',
  ];
  for (const text of others) {
    it(`does not take for a reply: ${JSON.stringify(text.slice(0, 40))}`, () => assert.equal(looksLikeReply(text), false));
  }
});

describe('signOffLine', () => {
  const at = (text: string) => {
    const line = signOffLine(text);
    return line && text.slice(line.start, line.end);
  };
  it('finds the closing formula among the last lines, English and Russian', () => {
    assert.equal(at('Hi Anna,\n\nThe files are ready.\n\nBest regards,\nMax\nACME\n'), 'Best regards,');
    assert.equal(at('Здравствуйте!\n\nФайлы готовы.\n\n  С уважением,\r\nИван'), 'С уважением,');
  });
  it('takes the topmost of several closing lines', () => {
    assert.equal(at('Hi,\n\nDone.\n\nThanks again!\n\nBest regards,\nMax'), 'Thanks again!');
  });
  it('is undefined without one, or when it is far from the end', () => {
    assert.equal(signOffLine('Hi Anna,\n\nThe files are ready.\n'), undefined);
    assert.equal(signOffLine('Best regards,\na\nb\nc\nd\ne\nf'), undefined);
  });
});
