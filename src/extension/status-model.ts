/**
 * What the status bar item says for the active document: the one place that composes its text,
 * tooltip (Markdown) and click command. For a reply it shows the reply score, and the tooltip
 * lists the parts present and missing and every point lost. Pure.
 */
import type { Part } from '../engine/index.js';
import { COMMANDS } from './constants.js';
import { escapeMarkdown } from './hover-model.js';
import type { ScopeReason } from './scope.js';
import type { Translate } from './translate.js';

/** The score of a linted reply (from the engine's `scoreReply`). */
export interface ReplyStatus {
  /** 0–10. */
  score: number;
  present: readonly Part[];
  missing: readonly Part[];
  /** Every point lost, in the engine's order (missing parts, then findings by position). */
  losses: ReadonlyArray<{ points: number; reason: string; ruleId: string; part?: Part }>;
}

export interface StatusInput {
  reason: ScopeReason;
  /** Whether the document is linted automatically. */
  linted: boolean;
  /** Findings published for the document, or undefined when it has not been linted. */
  count: number | undefined;
  /** The reply score of the published result, when the document is a reply (and structure checks are on). */
  reply?: ReplyStatus;
  /** Set when the document is over `sincerely.maxTypingSizeKB` (this limit, in KB): linted on save only. */
  typingLimitKB?: number;
  /** The document's language id (named when VS Code guessed a language other than plain text). */
  languageId?: string;
}

export interface StatusView {
  /** False when the item should be hidden (documents of other languages, output panes…). */
  visible: boolean;
  text: string;
  /** Markdown. */
  tooltip: string;
  command: string;
}

/** How many lost points the tooltip lists before "…and N more". */
export const MAX_LISTED_LOSSES = 8;

/** The name of a part of a reply, in the UI language. */
export function partName(part: Part, t: Translate): string {
  switch (part) {
    case 'acknowledge':
      return t('acknowledgement');
    case 'empathy':
      return t('empathy');
    case 'apology':
      return t('apology');
    case 'responsibility':
      return t('ownership');
    case 'clarify':
      return t('clarifying question');
    case 'remedy':
      return t('fix');
    case 'deadline':
      return t('deadline');
    case 'compensation':
      return t('compensation');
    case 'follow-up':
      return t('follow-up');
    case 'thanks':
      return t('thanks');
  }
}

function reasonText(reason: ScopeReason, t: Translate, languageId = ''): string {
  switch (reason) {
    case 'guessed':
      return t('Linted: an untitled draft that reads like a letter, although VS Code guessed its language as "{0}".', languageId);
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

/** The tooltip's reply section: the score, the parts present and missing, the points lost. */
export function replyMarkdown(reply: ReplyStatus, t: Translate): string {
  const names = (parts: readonly Part[]) => parts.map((p) => escapeMarkdown(partName(p, t))).join(', ');
  const sections = [`**${escapeMarkdown(t('Reply score: {0}/10', reply.score))}**`];
  sections.push(reply.present.length > 0 ? `${escapeMarkdown(t('Present:'))} ${names(reply.present)}` : escapeMarkdown(t('No part of a reply yet.')));
  sections.push(reply.missing.length > 0 ? `${escapeMarkdown(t('Missing:'))} ${names(reply.missing)}` : escapeMarkdown(t('Every part is there.')));
  const lost = reply.losses.filter((l) => l.points > 0);
  if (lost.length > 0) {
    const items = lost.slice(0, MAX_LISTED_LOSSES).map((l) => {
      const text = l.part ? t('missing {0}', partName(l.part, t)) : l.reason;
      return `- −${l.points} ${escapeMarkdown(text)}`;
    });
    if (lost.length > MAX_LISTED_LOSSES) items.push(`- ${escapeMarkdown(t('…and {0} more.', lost.length - MAX_LISTED_LOSSES))}`);
    sections.push(`${escapeMarkdown(t('Points lost:'))}\n\n${items.join('\n')}`);
  }
  return sections.join('\n\n');
}

export function composeStatus(input: StatusInput, t: Translate): StatusView {
  const hasResults = input.count !== undefined;
  const visible = input.reason !== 'scheme' && (input.reason !== 'language' || hasResults);
  const reply = hasResults ? input.reply : undefined;
  let text: string;
  if (input.reason === 'disabled') text = '$(circle-slash) Sincerely';
  // Not linted yet: out of scope, or too large to lint before it is saved.
  else if ((!input.linted || input.typingLimitKB !== undefined) && !hasResults) text = '$(eye-closed) Sincerely';
  else if (reply) text = input.count ? `$(warning) ${t('Reply {0}/10', reply.score)} · ${input.count}` : `$(pass) ${t('Reply {0}/10', reply.score)}`;
  else if (!input.count) text = '$(check) Sincerely';
  else text = `$(warning) Sincerely: ${input.count}`;

  const sections: string[] = [];
  if (reply) sections.push(replyMarkdown(reply, t));
  sections.push(escapeMarkdown(reasonText(input.reason, t, input.languageId)));
  if (hasResults) sections.push(escapeMarkdown(input.count === 0 ? t('No findings.') : t('Findings: {0}.', input.count!)));
  if (input.typingLimitKB !== undefined && input.reason !== 'disabled') {
    sections.push(
      escapeMarkdown(t('This document is larger than sincerely.maxTypingSizeKB ({0} KB): it is linted when saved, not as you type.', input.typingLimitKB)),
    );
  }

  let command: string = COMMANDS.lint;
  if (input.reason === 'disabled') command = COMMANDS.toggle;
  else if (input.reason === 'notDraft') command = COMMANDS.lintAlways;
  return { visible, text, tooltip: sections.join('\n\n'), command };
}
