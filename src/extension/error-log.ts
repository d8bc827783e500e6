/**
 * Unexpected errors in the extension's own event handlers (a lint started by an open, an edit, a
 * save or a settings change; a status bar refresh). Nothing awaits those promises, so without
 * this their rejections would vanish into the extension host's log. Each one is written to the
 * "Sincerely" output channel, opened on the first error, and counted: the hidden command
 * `sincerely.status` returns the count (`errors`), and the in-host tests assert that it stays 0.
 * Pure: the channel comes from the caller.
 */

/** Where the lines go: a `vscode.OutputChannel` in the extension. */
export interface LogSink {
  appendLine(value: string): void;
}

/** One line per error (with its stack when it has one): `[time] Sincerely: error in <context>: …`. */
export function describeError(context: string, error: unknown, at: Date = new Date()): string {
  const detail = error instanceof Error ? error.stack || `${error.name}: ${error.message}` : safeString(error);
  return `[${at.toISOString()}] Sincerely: error in ${context}: ${detail}`;
}

function safeString(value: unknown): string {
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

export class ErrorLog {
  private sink: LogSink | undefined;
  private counted = 0;

  /** `openSink` is called once, on the first error. */
  constructor(private readonly openSink: () => LogSink) {}

  /** How many errors were reported since activation. */
  get count(): number {
    return this.counted;
  }

  report(context: string, error: unknown): void {
    this.counted++;
    try {
      this.sink ??= this.openSink();
      this.sink.appendLine(describeError(context, error));
    } catch {
      // Logging must never throw from an event handler; the count is kept.
    }
  }

  /** Runs an event handler's work, reporting what it throws or rejects with; never throws itself. */
  run(context: string, work: () => unknown): void {
    try {
      const result = work();
      if (isThenable(result)) result.then(undefined, (error: unknown) => this.report(context, error));
    } catch (error) {
      this.report(context, error);
    }
  }
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}
