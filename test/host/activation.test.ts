import * as vscode from 'vscode';
import * as assert from './assert';
import { activateExtension, CONTRACT_COMMANDS, EXTENSION_ID } from './helpers';

describe('activation', () => {
  it('runs with the fixture workspace open', () => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.strictEqual(folders.length, 1, 'workspace folders');
  });

  it(`${EXTENSION_ID} activates and registers its commands`, async () => {
    const extension = await activateExtension();
    assert.ok(extension.isActive, 'the extension is active');
    const commands = await vscode.commands.getCommands(true);
    for (const command of CONTRACT_COMMANDS) assert.ok(commands.includes(command), `${command} is registered`);
  });
});
