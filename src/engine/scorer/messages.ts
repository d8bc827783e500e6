/** What a scorer finding says, per language and category: message, note and rewrite guidance. */
import type { Language } from '../types.js';
import type { ReportedClass } from './model.js';

export interface CategoryText {
  message: string;
  /** `{words}` is replaced by the words that weighed most. */
  note: string;
  expected: string[];
}

export const SCORER_TEXT: Record<Language, Record<ReportedClass, CategoryText>> = {
  en: {
    excuse: {
      message: 'This sentence reads as an excuse: it explains why the failure was not really your doing, and the client hears that nobody owns it.',
      note: 'Read as an excuse mostly because of: {words}. Own the outcome first; give a cause only if it helps the client, after the apology and the fix.',
      expected: ['We got this wrong, and it is on us.', 'We [what went wrong]; here is what we are doing now: [fix].'],
    },
    'blame-shift': {
      message:
        'This sentence reads as shifting the blame to someone else (a partner, a colleague or the client), which leaves the client with no one responsible.',
      note: 'Read as blame-shifting mostly because of: {words}. To the client, your partners are you: say what you will do about it.',
      expected: ['This is our responsibility, whoever handled that step.', 'We should have checked [step] ourselves; we will [fix].'],
    },
    defensive: {
      message: 'This sentence reads as defensive: it argues that you were right instead of dealing with what the client went through.',
      note: 'Read as defensive mostly because of: {words}. Being right on paper does not solve the problem; acknowledge the experience and offer a way forward.',
      expected: ['I understand why this was frustrating.', 'Whatever the rules say, this did not work for you; here is what we can do: [option].'],
    },
    minimizing: {
      message: 'This sentence reads as minimizing: it makes the problem sound smaller than it felt to the client.',
      note: 'Read as minimizing mostly because of: {words}. Let the client judge the size of the problem; name it plainly and say what you did.',
      expected: ['I am sorry: [what happened] should not have happened.', 'We [what went wrong], and we understand the trouble it caused.'],
    },
  },
  ru: {
    excuse: {
      message: 'Фраза звучит как оправдание: она объясняет, почему сбой будто бы не ваша вина, и клиент слышит, что отвечать некому.',
      note: 'Звучит как оправдание прежде всего из-за слов: {words}. Сначала возьмите ответственность за результат; причину называйте, только если она полезна клиенту, после извинения и решения.',
      expected: ['Это наша ошибка, и исправлять её нам.', 'Мы [что пошло не так]; вот что делаем сейчас: [решение].'],
    },
    'blame-shift': {
      message: 'Фраза звучит как перекладывание вины на других (партнёров, сотрудников или самого клиента), и ответственного за проблему не остаётся.',
      note: 'Звучит как перекладывание вины прежде всего из-за слов: {words}. Для клиента ваши партнёры — это вы; скажите, что сделаете сами.',
      expected: ['Это наша ответственность, кто бы ни выполнял этот этап.', 'Нам нужно было самим проверить [этап]; сейчас мы [решение].'],
    },
    defensive: {
      message: 'Фраза звучит как оборона: она доказывает вашу правоту вместо того, чтобы ответить на то, с чем столкнулся клиент.',
      note: 'Звучит как оборона прежде всего из-за слов: {words}. Формальная правота не решает проблему; признайте опыт клиента и предложите выход.',
      expected: ['Понимаю, почему это вас расстроило.', 'Правила правилами, но вам это не помогло; вот что мы можем сделать: [вариант].'],
    },
    minimizing: {
      message: 'Фраза преуменьшает проблему: она звучит так, будто случившееся мелочь, хотя для клиента это не так.',
      note: 'Звучит как преуменьшение прежде всего из-за слов: {words}. Оставьте клиенту судить о масштабе; назовите проблему прямо и скажите, что вы сделали.',
      expected: ['Простите: [что случилось] не должно было произойти.', 'Мы [что пошло не так] и понимаем, сколько хлопот это доставило.'],
    },
  },
};

/** Stable rule ids of scorer findings, one per category. */
export const SCORER_RULE_IDS: Record<ReportedClass, string> = {
  excuse: 'likely-excuse',
  'blame-shift': 'likely-blame-shift',
  defensive: 'likely-defensive',
  minimizing: 'likely-minimizing',
};
