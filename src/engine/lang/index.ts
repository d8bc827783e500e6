/** Per-language data the engine needs, by language. */
import type { Language } from '../types.js';
import { SYNTAX_EN } from './en/syntax.js';
import { SYNTAX_RU } from './ru/syntax.js';
import type { SyntaxData } from './syntax.js';

export const SYNTAX: Readonly<Record<Language, SyntaxData>> = { en: SYNTAX_EN, ru: SYNTAX_RU };
export type { SyntaxData } from './syntax.js';
