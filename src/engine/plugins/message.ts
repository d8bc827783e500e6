/** Creating vfile messages without the cost of a stack trace. */
import type { Position } from 'unist';
import type { VFile } from 'vfile';

/** What the plugins say of a message. */
interface MessageOptions {
  place: Position;
  ruleId: string;
  source: string;
}

/**
 * `file.message(...)` without capturing a stack trace: a VFileMessage is an Error, whose
 * constructor walks the stack, and then sets `stack` to '' anyway; with a message per finding
 * that walk was a visible share of a lint.
 */
export function fileMessage(file: VFile, reason: string, options: MessageOptions): ReturnType<VFile['message']> {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return file.message(reason, options);
  } finally {
    Error.stackTraceLimit = limit;
  }
}
