import assert from 'node:assert/strict';
import { looksLikeReply, signOffLine } from '../../src/engine/index.js';

describe('looksLikeReply', () => {
  const replies = [
    'Hello Anna,\n\nI am sorry the files were late. You will have them today.',
    'Hi,\nthanks for your message.',
    'Dear Mr Smith,\n\nYour order is on its way.',
    'Good morning, Maria!\nWe have fixed your site.',
    'I fixed the layout and sent you the files.\n\nBest regards,\nIvan',
    'The refund is on its way to you.\n\nKind regards\nOlga',
    'Здравствуйте, Анна!\n\nМы получили ваше письмо.',
    'Добрый день!\nСпасибо, что написали нам, вы правы.',
    'Мы переделаем макет к пятнице и пришлём вам.\n\nС уважением,\nИван',
    '# Ответ клиенту\n\nДоброе утро, Олег.\nВаш заказ готов.',
    '**Hello Anna,**\n\nyour files are ready.',
  ];
  for (const text of replies) {
    it(`recognises: ${JSON.stringify(text.slice(0, 40))}`, () => assert.equal(looksLikeReply(text), true));
  }

  const others = [
    // Not addressed to the reader.
    'Hello world\n\nThis library parses Markdown.',
    'Здравствуйте!\nМы обновили сайт.',
    // Addressed, but no greeting or sign-off.
    '# Install\n\nYou can install it with npm. Due to a bug, your config may be ignored.',
    'Вы можете установить пакет через npm.',
    // A greeting word deep in the text is not a greeting line.
    'Usage\n\nRun it.\n\nThen run it again.\n\nHello is printed, and you see it.',
    // "His" and "Dearly" only start like greetings.
    'His work reached you late.',
    'Dearly missed, you were.',
    // A long line that merely starts like a sign-off.
    'You asked for it.\n\nThanks to the new parser, everything you write is checked twice as fast.',
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
