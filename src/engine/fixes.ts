/** Applying a finding's suggestion: the replacement takes the capitalisation of the text it replaces. */
import type { Finding } from './types.js';

const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const isUpper = (c: string) => c !== c.toLowerCase() && c === c.toUpperCase();
const isLower = (c: string) => c !== c.toUpperCase() && c === c.toLowerCase();

/**
 * A capitalised phrase gets a capitalised replacement; a phrase in mid-sentence gets a
 * lower-case one, unless the replacement starts with "I" or an acronym (two capitals).
 */
export function matchCase(original: string, replacement: string): string {
  const first = [...original].find((c) => isUpper(c) || isLower(c));
  if (!first || replacement === '') return replacement;
  if (isUpper(first)) return upperFirst(replacement);
  const keepsCapital = /^I\b/.test(replacement) || /^\p{Lu}\p{Lu}/u.test(replacement);
  return keepsCapital ? replacement : lowerFirst(replacement);
}

export interface TextEdit {
  offset: number;
  endOffset: number;
  newText: string;
}

/** The edit that replaces a finding's range with a suggestion, case matched. */
export function suggestionEdit(finding: Pick<Finding, 'offset' | 'endOffset' | 'actual'>, suggestion: string): TextEdit {
  return { offset: finding.offset, endOffset: finding.endOffset, newText: matchCase(finding.actual, suggestion) };
}

export function applyEdit(text: string, edit: TextEdit): string {
  return text.slice(0, edit.offset) + edit.newText + text.slice(edit.endOffset);
}
