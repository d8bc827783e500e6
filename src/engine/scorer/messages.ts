/** What a scorer finding says, per language and category: message, note and rewrite guidance. */
import type { Language } from '../types.js';
import en from './messages/en.json';
import ru from './messages/ru.json';
import type { ReportedClass } from './model.js';

export interface CategoryText {
  message: string;
  /** `{words}` is replaced by the words that weighed most. */
  note: string;
  expected: string[];
}

// The texts are data, one file per language, so that a translator edits them without code.
export const SCORER_TEXT: Record<Language, Record<ReportedClass, CategoryText>> = { en, ru };

/** Stable rule ids of scorer findings, one per category. */
export const SCORER_RULE_IDS: Record<ReportedClass, string> = {
  excuse: 'likely-excuse',
  'blame-shift': 'likely-blame-shift',
  defensive: 'likely-defensive',
  minimizing: 'likely-minimizing',
};

const SCORER_IDS: ReadonlySet<string> = new Set(Object.values(SCORER_RULE_IDS));

/** Whether a finding's rule id is one of the scorer's (weaker evidence than a rule's). */
export const isScorerRule = (ruleId: string): boolean => SCORER_IDS.has(ruleId);
