/** Entry point of the extension (desktop, remote and web): wires the parts together, nothing more. */
import * as vscode from 'vscode';
import { SincerelyCodeActions } from './code-actions.js';
import { registerCommands } from './commands.js';
import { ErrorLog } from './error-log.js';
import { SincerelyHover } from './hover.js';
import { LinterController } from './linter-controller.js';
import { MorphologyLoader } from './morphology-loader.js';
import { OptIns } from './opt-in.js';
import { Settings } from './settings.js';
import { StatusBar } from './status-bar.js';

/**
 * Any document: the lint command and "Lint This Document Always" may lint documents outside
 * `sincerely.languages`; the providers answer from published findings only, so this costs a lookup.
 */
const SELECTOR: vscode.DocumentSelector = '*';

export function activate(context: vscode.ExtensionContext): void {
  const settings = new Settings();
  const optIns = new OptIns(context.workspaceState);
  // The "Sincerely" output channel is created on the first unexpected error only.
  const errors = new ErrorLog(() => {
    const channel = vscode.window.createOutputChannel('Sincerely');
    context.subscriptions.push(channel);
    return channel;
  });
  const controller = new LinterController(settings, optIns, errors, new MorphologyLoader(context.extensionUri, errors));
  const statusBar = new StatusBar(controller);
  context.subscriptions.push(
    settings,
    controller,
    statusBar,
    ...registerCommands({ context, controller, settings, optIns, statusBar }),
    vscode.languages.registerCodeActionsProvider(SELECTOR, new SincerelyCodeActions(controller), SincerelyCodeActions.metadata),
    vscode.languages.registerHoverProvider(SELECTOR, new SincerelyHover(controller)),
  );
  controller.start();
}

export function deactivate(): void {}
