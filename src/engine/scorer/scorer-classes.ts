/**
 * Lemma classes the scorer's features use where the rules (rules/<lang>/classes.yaml) have none
 * of that name: kinds of words that mark minimizing and defensive replies in any wording. A class
 * of the same name in the rules replaces the one here (./classes.ts). Members are atoms of the
 * construction language (lemmas, written in their dictionary form).
 */
import type { Language, WordClasses } from '../types.js';

const list = (words: string) => words.split(/\s+/).filter(Boolean);

export const SCORER_CLASSES: Record<Language, WordClasses> = {
  ru: {
    client: list('клиент покупатель заказчик гость пассажир пользователь получатель абонент посетитель арендатор пациент'),
    effort: list('старание усилие стараться постараться прилагать максимально сверхурочно круглосуточно выкладываться'),
    diminisher: list('лишь всего только просто чуть немного слегка едва всего-навсего незначительно чуть-чуть немножко ненадолго'),
    small: list(
      'небольшой незначительный мелкий малый крошечный единичный редкий отдельный несущественный минимальный косметический частный локальный точечный кратковременный разовый пустяковый мизерный ничтожный',
    ),
    denial: list(
      'отрицать опровергать отвергать оспаривать отклонять неправда клевета ложь ложный необоснованный безосновательный голословный опровергнуть отвергнуть оспорить вымысел выдумка фейк инсинуация наговор дезинформация клеветнический',
    ),
    claim: list('претензия обвинение утверждение заявление отзыв жалоба версия информация публикация статья высказывание упрёк нарекание критика слух домысел'),
    praise: list(
      'высокий строгий качественный профессиональный опытный квалифицированный лучший отличный безупречный надёжный репутация гордиться тщательный качество добросовестный сертифицированный аккредитовать лицензированный дипломированный многолетний безукоризненный образцовый первоклассный высококлассный компетентный стаж',
    ),
    apology: list('извиниться извинение прощение сожалеть сожаление простить'),
    'formula-harm': list('неудобство беспокойство неприятность дискомфорт недоразумение'),
    certainty: list('всегда строго чётко полностью обязательно безусловно однозначно именно точно действительно своевременно надлежащий корректно'),
    inform: list('сообщить сообщать предупредить предупреждать уведомить уведомлять информировать указать указывать написать объяснить разъяснить оговорить'),
  },
  en: {
    certainty: list('always strictly clearly fully definitely certainly absolutely indeed properly correctly exactly carefully explicitly duly'),
    inform: list('inform notify warn state mention explain specify advise indicate disclose outline'),
  },
};
