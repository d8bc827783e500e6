/** Per-paragraph language detection: Cyrillic against Latin letters is enough for RU/EN. */
import type { Language } from './types.js';

/** `ru` or `en` by the majority of letters, or undefined when the text has neither. */
export function detectLanguage(text: string): Language | undefined {
  let cyrillic = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) latin++;
    } else if (c >= 0x400 && c <= 0x52f) cyrillic++;
    else if (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) latin++;
  }
  if (cyrillic === 0 && latin === 0) return undefined;
  return cyrillic >= latin ? 'ru' : 'en';
}
