/** Small closed word lists the scorer's features use (normalised forms), per language. */
import type { Language } from '../types.js';

export interface Lexicon {
  /** Pronouns and possessives of the writer and of the reader. */
  firstPerson: Set<string>;
  secondPerson: Set<string>;
  /** Cause connectives and cause words (one word each; multi-word ones by their telling word). */
  cause: Set<string>;
  /** Contrast words that often set a defence against the complaint. */
  contrast: Set<string>;
  /** Forms of "to be" (English passives: be + past participle). */
  be: Set<string>;
}

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

export const LEXICON: Record<Language, Lexicon> = {
  ru: {
    firstPerson: set('я мы меня мне мной нас нам нами мой моя мое мои моего моей моих наш наша наше наши нашего нашей наших нашим нашими'),
    secondPerson: set('вы вас вам вами ты тебя тебе ваш ваша ваше ваши вашего вашей ваших вашим вашими твой'),
    cause: set(
      'из-за связи причине вследствие поскольку потому поэтому так-как ввиду причина причиной привело привели вызвано вызвана связано связана следствием результате благодаря',
    ),
    contrast: set('но однако хотя зато тем'),
    be: set(''),
  },
  en: {
    firstPerson: set('i me my mine we us our ours myself ourselves'),
    secondPerson: set('you your yours yourself yourselves'),
    cause: set('because due since caused cause causing owing result resulted reason hence therefore consequently led'),
    contrast: set('but however although though whereas nevertheless'),
    be: set('be is are was were been being am'),
  },
};
