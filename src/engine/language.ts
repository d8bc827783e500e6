/** Per-paragraph language detection: Cyrillic against Latin letters is enough for RU/EN. */
import type { Language } from './types.js';

const CYRILLIC = /\p{Script=Cyrillic}/gu;
const LATIN = /\p{Script=Latin}/gu;

/** `ru` or `en` by the majority of letters, or undefined when the text has neither. */
export function detectLanguage(text: string): Language | undefined {
  const cyrillic = text.match(CYRILLIC)?.length ?? 0;
  const latin = text.match(LATIN)?.length ?? 0;
  if (cyrillic === 0 && latin === 0) return undefined;
  return cyrillic >= latin ? 'ru' : 'en';
}
