/**
 * When a document is linted: what asked for it (`Trigger`), what `sincerely.run` allows, and the
 * size limit for linting while typing (`sincerely.maxTypingSizeKB`). Pure.
 */
import type { Run } from './settings-model.js';

/** What asked for a lint. `command` lints whatever the scope and `run` settings say. */
export type Trigger = 'open' | 'change' | 'save' | 'config' | 'optIn' | 'command';

/** Whether `sincerely.run` lets this trigger lint a document of normal size. */
export function runAllows(run: Run, trigger: Trigger): boolean {
  switch (trigger) {
    case 'command':
    case 'optIn':
      return true;
    case 'change':
      return run === 'onType';
    case 'save':
      return run === 'onSave';
    case 'open':
    case 'config':
      return run !== 'manual';
  }
}

/**
 * Whether a trigger lints a document. A document over the size limit is linted only when saved
 * (unless `run` is `manual`) and on demand (the lint command, opting it in): never while typing,
 * on open or when a setting changes, since each of those would lint it in full again. (A setting
 * change runs again the save's or the command's lint whose diagnostics it shows: `refreshedTrigger`.)
 */
export function lintAllowed(run: Run, trigger: Trigger, large: boolean): boolean {
  if (!large) return runAllows(run, trigger);
  switch (trigger) {
    case 'command':
    case 'optIn':
      return true;
    case 'save':
      return run !== 'manual';
    default:
      return false;
  }
}

/** Triggers of a lint that was asked for: linted even over the size limit. */
const REQUESTED: readonly Trigger[] = ['save', 'command', 'optIn'];

/**
 * The trigger a lint runs with when it interrupts the one in flight for the same document. A
 * re-evaluation (a settings change, a tab shown again) must not drop a lint that was asked for (a
 * save, the command, an opt-in), which a document over the size limit gets from no other
 * trigger: it runs that lint again, with the new settings. Unless linting was just turned off.
 */
export function resumedTrigger(trigger: Trigger, interrupted: Trigger | undefined, enabled: boolean, run: Run = 'onType', large = false): Trigger {
  if ((trigger === 'config' || trigger === 'open') && interrupted !== undefined && REQUESTED.includes(interrupted) && enabled) return interrupted;
  // A save right after an edit (a quick fix, then Ctrl+S) must not drop the edit's lint when
  // `run` does not lint on save: it runs the edit's lint. Not for a document over the typing
  // limit: an edit never lints it, so the save must.
  if (trigger === 'save' && interrupted === 'change' && enabled && run === 'onType' && !large) return 'change';
  return trigger;
}

/** The lint whose diagnostics a document shows: what asked for it, and whether it was out of scope. */
export interface Shown {
  trigger: Trigger;
  /** Linted by the command although out of scope (kept until the next lint, close or turn-off). */
  manual: boolean;
}

/**
 * The trigger a settings change lints a document with when it would not lint it by itself (over
 * the size limit, `run: manual`, out of scope but linted by the command) while the document keeps
 * showing the diagnostics of a lint that was asked for (a save, the command, an opt-in): that lint
 * again, so that they follow the new settings instead of the old ones. (A lint still in flight is
 * `resumedTrigger`'s.) Not when linting was turned off or the document left the scope: its
 * diagnostics are cleared then.
 */
export function refreshedTrigger(trigger: Trigger, shown: Shown | undefined, enabled: boolean, run: Run, large: boolean, inScope: boolean): Trigger {
  if (trigger !== 'config' || !enabled || shown === undefined || !REQUESTED.includes(shown.trigger)) return trigger;
  // Whether a trigger lints the document and so keeps its diagnostics: the command within the
  // scope or where it had linted out of it, the other triggers within the scope.
  const lints = (t: Trigger) => (t === 'command' ? inScope || shown.manual : inScope && lintAllowed(run, t, large));
  return !lints(trigger) && lints(shown.trigger) ? shown.trigger : trigger;
}

/** The UTF-8 size of a text in bytes, without allocating an encoded copy. */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) bytes += 1;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      // A surrogate pair: 2 UTF-16 units, 4 bytes.
      bytes += 2;
      i++;
    } else bytes += 2;
  }
  return bytes;
}

/** Whether `bytes` is over the limit of `maxKB` kilobytes (1 KB = 1024 bytes). */
export function overTypingLimit(bytes: number, maxKB: number): boolean {
  return bytes > maxKB * 1024;
}

/**
 * A cheap test, run on every keystroke, that needs no copy of the text: a document of `length`
 * UTF-16 units has at least `length` UTF-8 bytes, so over the limit by its length it is over
 * the limit in bytes. (Under it, the exact size is measured once the debounce has elapsed.)
 */
export function surelyOverTypingLimit(length: number, maxKB: number): boolean {
  return overTypingLimit(length, maxKB);
}
