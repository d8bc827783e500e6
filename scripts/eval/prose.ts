/** Neutral prose as the eval reads it for false alarms: paragraph by paragraph, tone findings only. */
import { lint, type Finding } from '../../src/engine/index.js';
import { TONE_CATEGORIES, type Language } from '../../src/engine/types.js';

/** A prose text's paragraphs, each linted on its own (too short to be told from a reply). */
export const proseParagraphs = (text: string): string[] => text.split(/\n\s*\n/);

/** The findings of every tone category in `text`, linted as the CLI lints it (default options). */
export const toneFindings = (text: string, language: Language): Finding[] =>
  lint(text, { language }).filter((f) => (TONE_CATEGORIES as readonly string[]).includes(f.category));
