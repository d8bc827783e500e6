/**
 * The quick fixes for one Sincerely diagnostic, as plain descriptions that code-actions.ts turns
 * into `vscode.CodeAction`s: replace with each suggestion (the first preferred), fix all of the
 * rule in the document, ignore it on this line, disable the rule, allow the phrase; on a missing
 * part of a reply, insert the part's snippet (one action per snippet). Pure.
 */
import { matchCase, MISSING_PARTS_RULE, type Language, type Part } from '../engine/index.js';
import { COMMANDS } from './constants.js';
import type { PlainRange } from './diagnostics-model.js';
import { partOfRuleId, snippetPrefixes } from './part-insertion.js';
import { partName } from './status-model.js';
import type { Translate } from './translate.js';

/** A flagged range and what can replace it. */
export interface ActionTarget {
  ruleId: string;
  range: PlainRange;
  /** The document's text in the range. */
  text: string;
  /** Suggestions of the finding, empty when none are known. */
  expected: readonly string[];
  /** The rest of the line after the range ('' at the end of a line or of the document). */
  after: string;
  /** The finding's language (for a missing part: the reply's, which picks the snippets). */
  language?: Language;
  /** Rule ids merged into this finding (for `missing-parts`: the `missing-<part>` ids). */
  also?: readonly string[];
  /** The engine's exact edit per suggestion (same order as `expected`): what the quick fix applies. */
  fixes?: readonly PlainEdit[];
}

export interface ActionContext {
  uri: string;
  languageId: string;
  /** Text of the line on which the target starts, and of the line above it ('' on the first line). */
  lineText: string;
  previousLineText: string;
  eol: '\n' | '\r\n';
  /** Every diagnostic of the same rule in the document (the target included), for "fix all". */
  sameRule: readonly ActionTarget[];
}

export interface PlainEdit {
  range: PlainRange;
  newText: string;
}

export interface ActionDescription {
  title: string;
  isPreferred: boolean;
  edits?: PlainEdit[];
  /** The single edit's text has `[placeholders]` to insert as snippet tab stops. */
  snippet?: boolean;
  command?: { command: string; title: string; arguments: unknown[] };
}

const SENTENCE_END = /[.!?…]+$/u;
/** What follows a phrase when its sentence goes on: punctuation, or a word not starting a new sentence. */
const SENTENCE_GOES_ON = /^(?:[.!?…,;:)»”]|\s*[\p{Ll}\d(«“"])/u;

/**
 * The text a suggestion puts in place of `target.text`: capitalisation matched to the original,
 * and its closing punctuation dropped when the draft's sentence goes on after the phrase (or
 * already has its own punctuation there).
 */
export function replacementText(target: Pick<ActionTarget, 'text' | 'after'>, suggestion: string): string {
  let text = matchCase(target.text, suggestion.trim());
  if (SENTENCE_GOES_ON.test(target.after)) text = text.replace(SENTENCE_END, '');
  return text;
}

/**
 * A replacement split into text and `[placeholders]` (such as "[date]" in "by [date]"), which the
 * editor turns into tab stops; the brackets stay in the inserted text, selected.
 */
export function snippetParts(text: string): Array<{ text: string; placeholder: boolean }> {
  return text
    .split(/(\[[^[\]\n]+\])/)
    .filter((part) => part !== '')
    .map((part) => ({ text: part, placeholder: /^\[[^[\]\n]+\]$/.test(part) }));
}

/** The edit of a target's suggestion `index`: the engine's fix when known, else the flagged range replaced. */
export function suggestionEditOf(target: ActionTarget, index: number): PlainEdit {
  const fix = target.fixes?.[index];
  if (fix) return { range: fix.range, newText: fix.newText };
  return { range: target.range, newText: replacementText(target, target.expected[index]!) };
}

/** Quick-fix menus stay short: at most this many entries per diagnostic. */
export const MAX_ACTIONS = 6;

/** The first-suggestion edits for every target that has one, without overlaps, in document order. */
export function fixAllEdits(targets: readonly ActionTarget[]): PlainEdit[] {
  const sorted = targets
    .filter((t) => t.expected.length > 0)
    .map((t) => ({ target: t, range: suggestionEditOf(t, 0).range }))
    .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  const edits: PlainEdit[] = [];
  for (const { target, range } of sorted) {
    const last = edits[edits.length - 1];
    if (last) {
      const { end } = last.range;
      const { start } = range;
      if (start.line < end.line || (start.line === end.line && start.character < end.character)) continue;
    }
    edits.push(suggestionEditOf(target, 0));
  }
  return edits;
}

const DIRECTIVE_COMMENT = /^([ \t]*)<!--\s*sincerely-ignore-next-line((?:\s+[\w-]+)*)\s*-->[ \t]*$/;
const DIRECTIVE_LINE = /^([ \t]*)sincerely-ignore-next-line((?:[ \t]+[\w-]+)*)[ \t]*$/;

/** A line that tells the engine to skip `ruleIds` on the next line, in the document's syntax. */
export function suppressionLine(languageId: string, ruleIds: readonly string[], indent = ''): string {
  const ids = ruleIds.join(' ');
  return languageId === 'markdown' ? `${indent}<!-- sincerely-ignore-next-line ${ids} -->` : `${indent}sincerely-ignore-next-line ${ids}`;
}

/**
 * The edit for "Ignore here": a suppression line above the target's line with the same
 * indentation, or the rule id added to a suppression line that is already there.
 */
export function ignoreEdit(
  target: Pick<ActionTarget, 'ruleId' | 'range'>,
  context: Pick<ActionContext, 'languageId' | 'lineText' | 'previousLineText' | 'eol'>,
): PlainEdit {
  const line = target.range.start.line;
  if (line > 0) {
    const existing = DIRECTIVE_COMMENT.exec(context.previousLineText) ?? DIRECTIVE_LINE.exec(context.previousLineText);
    if (existing) {
      const ids = (existing[2] ?? '').trim().split(/\s+/).filter(Boolean);
      // No ids means "every rule": the line already covers this one.
      const newIds = ids.length === 0 || ids.includes(target.ruleId) ? ids : [...ids, target.ruleId];
      const syntax = existing[0].includes('<!--') ? 'markdown' : 'plaintext';
      return {
        range: { start: { line: line - 1, character: 0 }, end: { line: line - 1, character: context.previousLineText.length } },
        newText: ids.length === 0 ? context.previousLineText : suppressionLine(syntax, newIds, existing[1] ?? ''),
      };
    }
  }
  const indent = /^[ \t]*/.exec(context.lineText)?.[0] ?? '';
  return {
    range: { start: { line, character: 0 }, end: { line, character: 0 } },
    newText: suppressionLine(context.languageId, [target.ruleId], indent) + context.eol,
  };
}

/** The phrase "Allow this phrase" adds: the flagged text on one line, spaces collapsed. */
export function phraseOf(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * "Insert «part» (snippet prefix)" for a `missing-<part>` finding: one action per snippet that
 * supplies the part, in the reply's language, the first preferred. They run `sincerely.insertPart`.
 */
export function insertPartActions(target: Pick<ActionTarget, 'ruleId' | 'language' | 'also'>, uri: string, t: Translate): ActionDescription[] {
  if (!target.language) return [];
  const language = target.language;
  const insert = (part: Part, prefix: string, isPreferred: boolean): ActionDescription => {
    const title = t('Insert «{0}» (snippet {1})', partName(part, t), prefix);
    return { title, isPreferred, command: { command: COMMANDS.insertPart, title, arguments: [uri, part, prefix] } };
  };
  // Several missing parts merged into one finding: one action per part, its first snippet.
  if (target.ruleId === MISSING_PARTS_RULE) {
    const parts = (target.also ?? []).map(partOfRuleId).filter((p): p is Part => p !== undefined);
    return parts.flatMap((part, index) =>
      snippetPrefixes(language, part)
        .slice(0, 1)
        .map((prefix) => insert(part, prefix, index === 0)),
    );
  }
  const part = partOfRuleId(target.ruleId);
  if (!part) return [];
  return snippetPrefixes(language, part).map((prefix, index) => insert(part, prefix, index === 0));
}

export function buildActions(target: ActionTarget, context: ActionContext, t: Translate): ActionDescription[] {
  const actions: ActionDescription[] = insertPartActions(target, context.uri, t);
  // The merged missing-parts finding offers only its insertions: no rule of that id to ignore or disable.
  if (target.ruleId === MISSING_PARTS_RULE) return actions.slice(0, MAX_ACTIONS);
  const missingPart = partOfRuleId(target.ruleId) !== undefined;
  target.expected.forEach((_suggestion, index) => {
    const edit = suggestionEditOf(target, index);
    const snippet = snippetParts(edit.newText).some((part) => part.placeholder);
    actions.push({
      title: t('Replace with «{0}»', edit.newText),
      isPreferred: index === 0,
      edits: [edit],
      ...(snippet ? { snippet } : {}),
    });
  });
  const fixAll = fixAllEdits(context.sameRule);
  // "Fix all" only when there is more than the one fix already offered above.
  if (fixAll.length > 1) {
    actions.push({ title: t('Fix all «{0}» in this document', target.ruleId), isPreferred: false, edits: fixAll });
  }
  actions.push({ title: t('Ignore «{0}» here', target.ruleId), isPreferred: false, edits: [ignoreEdit(target, context)] });
  const disableTitle = t('Disable rule «{0}»', target.ruleId);
  actions.push({
    title: disableTitle,
    isPreferred: false,
    command: { command: COMMANDS.disableRule, title: disableTitle, arguments: [target.ruleId, context.uri] },
  });
  // A missing part is reported on the greeting: allowing that phrase would hide every missing part.
  const phrase = missingPart ? '' : phraseOf(target.text);
  if (phrase !== '') {
    const allowTitle = t('Allow this phrase');
    actions.push({
      title: allowTitle,
      isPreferred: false,
      command: { command: COMMANDS.allowPhrase, title: allowTitle, arguments: [phrase, context.uri] },
    });
  }
  return actions.slice(0, MAX_ACTIONS);
}
