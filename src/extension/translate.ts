/**
 * The pure modules take a `Translate` function so that they can be tested without vscode:
 * the extension passes `vscode.l10n.t`, the tests pass `english`, which fills `{0}`-style slots.
 */
export type Translate = (message: string, ...args: Array<string | number>) => string;

export const english: Translate = (message, ...args) =>
  message.replace(/\{(\d+)\}/g, (slot, index: string) => {
    const value = args[Number(index)];
    return value === undefined ? slot : String(value);
  });
