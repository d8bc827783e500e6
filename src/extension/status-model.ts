/**
 * What the status bar item says for the active document: the one place that composes its text,
 * tooltip and click command (the reply score will be added here). Pure.
 */
import { COMMANDS } from './constants.js';
import type { ScopeReason } from './scope.js';
import type { Translate } from './translate.js';

export interface StatusInput {
  reason: ScopeReason;
  /** Whether the document is linted automatically. */
  linted: boolean;
  /** Findings published for the document, or undefined when it has not been linted. */
  count: number | undefined;
  /** The reply score (0–100), once the engine computes one. */
  score?: number;
}

export interface StatusView {
  /** False when the item should be hidden (documents of other languages, output panes…). */
  visible: boolean;
  text: string;
  tooltip: string;
  command: string;
}

function reasonText(reason: ScopeReason, t: Translate): string {
  switch (reason) {
    case 'optedIn':
      return t('Linted: you opted this document in.');
    case 'all':
      return t('Linted: sincerely.scope is "all".');
    case 'untitled':
      return t('Linted: an untitled draft.');
    case 'glob':
      return t('Linted: the file matches sincerely.draftGlobs.');
    case 'reply':
      return t('Linted: it looks like a reply (a greeting or sign-off, addressed to the reader).');
    case 'disabled':
      return t('Linting is turned off (sincerely.enable). Click to turn it on.');
    case 'manual':
      return t('Not linted automatically: sincerely.scope is "manual". Click to lint now.');
    case 'notDraft':
      return t('Not a draft: not linted. Click to lint this document always.');
    case 'language':
    case 'scheme':
      return t('Not linted: not one of sincerely.languages.');
  }
}

export function composeStatus(input: StatusInput, t: Translate): StatusView {
  const hasResults = input.count !== undefined;
  const visible = input.reason !== 'scheme' && (input.reason !== 'language' || hasResults);
  const score = input.score === undefined ? '' : ` · ${input.score}`;
  let text: string;
  if (input.reason === 'disabled') text = '$(circle-slash) Sincerely';
  else if (!input.linted && !hasResults) text = '$(eye-closed) Sincerely';
  else if (!input.count) text = `$(check) Sincerely${score}`;
  else text = `$(warning) Sincerely: ${input.count}${score}`;

  const lines = [reasonText(input.reason, t)];
  if (hasResults) lines.push(input.count === 0 ? t('No findings.') : t('Findings: {0}.', input.count!));
  if (input.score !== undefined) lines.push(t('Reply score: {0}/100.', input.score));

  let command: string = COMMANDS.lint;
  if (input.reason === 'disabled') command = COMMANDS.toggle;
  else if (input.reason === 'notDraft') command = COMMANDS.lintAlways;
  return { visible, text, tooltip: lines.join('\n'), command };
}
