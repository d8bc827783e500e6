/**
 * Which documents Sincerely lints on its own, and why (the status bar tells the user). Pure: the
 * caller passes plain facts about the document, so the decision is unit-tested without vscode.
 */
import { greetingLine, looksLikeReply, signOffLine } from '../engine/index.js';
import { matchesAnyGlob } from './glob.js';

export type Scope = 'drafts' | 'all' | 'manual';

export type ScopeReason =
  /** Linted: */
  | 'optedIn'
  | 'all'
  | 'untitled'
  | 'glob'
  | 'reply'
  /** An untitled draft that reads like a reply, whatever language VS Code guessed for it. */
  | 'guessed'
  /** Not linted: */
  | 'disabled'
  | 'scheme'
  | 'language'
  | 'manual'
  | 'notDraft';

export interface ScopeDecision {
  lint: boolean;
  reason: ScopeReason;
}

export interface ScopeInput {
  enabled: boolean;
  scope: Scope;
  /** The URI scheme: `file`, `untitled`, `vscode-vfs`, … */
  scheme: string;
  languageId: string;
  /** `sincerely.languages`. */
  languages: readonly string[];
  draftGlobs: readonly string[];
  /** The path relative to its workspace folder, when it is in one. */
  relativePath?: string;
  /** The full path of the document (the URI path or file system path). */
  absolutePath?: string;
  /** Opted in with "Lint This Document Always". */
  optedIn: boolean;
  /** Whether the text reads like a reply; called only when the other reasons do not decide. */
  looksLikeReply: () => boolean;
  /**
   * Whether an untitled document of another language reads like a draft (readsLikeDraft); when
   * absent, `looksLikeReply` decides.
   */
  readsLikeDraft?: () => boolean;
}

const SETTING_LINE = /^\s*(?:\[[^\]]*\]|[\w.-]+\s*[=:]\s*\S.*)\s*$/u;
const PROSE_SENTENCE = /\p{L}+(?:[\s,;—–-]+\p{L}+){3,}\s*[.!?…]/u;

/**
 * Whether a text reads like a draft letter rather than code or settings: a greeting or a sign-off,
 * or sentences of prose with no line shaped like a setting (`key = value`, `[section]`).
 */
export function readsLikeDraft(text: string): boolean {
  if (looksLikeReply(text) || greetingLine(text) || signOffLine(text)) return true;
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  return lines.some((l) => PROSE_SENTENCE.test(l)) && !lines.some((l) => SETTING_LINE.test(l));
}

/** Editor views that are not the writer's documents: output, diffs against git, settings, chat… */
const SKIPPED_SCHEMES = new Set([
  'output',
  'debug',
  'git',
  'gitfs',
  'vscode',
  'vscode-scm',
  'vscode-settings',
  'vscode-chat-code-block',
  'chat-editing-text-model',
  'comment',
  'walkThroughSnippet',
  'search-editor',
]);

export function decideScope(input: ScopeInput): ScopeDecision {
  if (!input.enabled) return { lint: false, reason: 'disabled' };
  if (SKIPPED_SCHEMES.has(input.scheme)) return { lint: false, reason: 'scheme' };
  if (input.optedIn) return { lint: true, reason: 'optedIn' };
  if (!input.languages.includes(input.languageId)) {
    // VS Code guesses an untitled document's language from its text, and often takes Russian
    // prose for "ini": a draft that reads like a reply is linted whatever the guess.
    const draft = input.readsLikeDraft ?? input.looksLikeReply;
    if (input.scheme === 'untitled' && input.scope !== 'manual' && draft()) return { lint: true, reason: 'guessed' };
    return { lint: false, reason: 'language' };
  }
  switch (input.scope) {
    case 'manual':
      return { lint: false, reason: 'manual' };
    case 'all':
      return { lint: true, reason: 'all' };
    case 'drafts':
      break;
  }
  if (input.scheme === 'untitled') return { lint: true, reason: 'untitled' };
  if (matchesAnyGlob(input.draftGlobs, input.relativePath, input.absolutePath)) return { lint: true, reason: 'glob' };
  if (input.looksLikeReply()) return { lint: true, reason: 'reply' };
  return { lint: false, reason: 'notDraft' };
}
