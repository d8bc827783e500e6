/** `lint(text, options)`: the engine's entry point. */
import { detectLanguage } from './language.js';
import { mask } from './mask.js';
import { normalizeWord } from './morphology.js';
import { splitParagraphs } from './paragraphs.js';
import { LineIndex } from './position.js';
import { lintParagraph, type ParagraphMatch } from './processor.js';
import { Suppressions } from './suppression.js';
import { DEFAULT_SEVERITY, type Category, type Finding, type Language, type LintOptions, type Severity } from './types.js';

/** A paragraph's language and its raw matches, before options are applied. */
export interface ParagraphResult {
  start: number;
  language: Language;
  matches: ParagraphMatch[];
}

/** Raw per-paragraph results of a whole text. */
export function analyse(text: string, options: LintOptions = {}): ParagraphResult[] {
  const results: ParagraphResult[] = [];
  for (const paragraph of splitParagraphs(mask(text))) {
    const language = options.language && options.language !== 'auto' ? options.language : detectLanguage(paragraph.text);
    if (!language) continue;
    results.push({ start: paragraph.start, language, matches: lintParagraph(paragraph.text, language) });
  }
  return results;
}

function normalizePhrase(phrase: string): string {
  return phrase.trim().split(/\s+/).map(normalizeWord).join(' ');
}

/** Applies options (disabled rules, allowed phrases, severities, suppressions) and positions. */
export function toFindings(text: string, paragraphs: readonly ParagraphResult[], options: LintOptions = {}): Finding[] {
  const disabled = new Set(options.disabledRules ?? []);
  const allowed = (options.allowedPhrases ?? []).map(normalizePhrase).filter(Boolean);
  const suppressions = new Suppressions(text);
  const lines = new LineIndex(text);
  const findings: Finding[] = [];
  for (const paragraph of paragraphs) {
    for (const m of paragraph.matches) {
      if (disabled.has(m.ruleId)) continue;
      const severity = severityOf(m.category, options);
      if (!severity) continue;
      const offset = paragraph.start + m.start;
      const endOffset = paragraph.start + m.end;
      const actual = text.slice(offset, endOffset);
      if (allowed.length > 0) {
        const phrase = normalizePhrase(actual);
        if (allowed.some((a) => phrase.includes(a))) continue;
      }
      const start = lines.at(offset);
      if (!suppressions.empty && suppressions.suppresses(m.ruleId, offset, start.line)) continue;
      const end = lines.at(endOffset);
      findings.push({
        ruleId: m.ruleId,
        category: m.category,
        severity,
        message: m.message,
        note: m.note,
        actual,
        expected: [...m.expected],
        offset,
        endOffset,
        line: start.line,
        column: start.column,
        endLine: end.line,
        endColumn: end.column,
        language: paragraph.language,
      });
    }
  }
  return findings.sort(compareFindings);
}

export function compareFindings(a: Finding, b: Finding): number {
  return a.offset - b.offset || a.endOffset - b.endOffset || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

export function severityOf(category: Category, options: LintOptions): Severity | undefined {
  const level = options.severity?.[category] ?? DEFAULT_SEVERITY[category];
  return level === 'off' ? undefined : level;
}

/** Lints a draft reply and returns its findings, sorted by position. */
export function lint(text: string, options: LintOptions = {}): Finding[] {
  return toFindings(text, analyse(text, options), options);
}
