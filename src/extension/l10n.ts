/** Runtime strings: `vscode.l10n.t`, with the Russian bundle in l10n/bundle.l10n.ru.json. */
import * as vscode from 'vscode';
import type { Translate } from './translate.js';

export const t: Translate = (message, ...args) => vscode.l10n.t(message, ...args);
