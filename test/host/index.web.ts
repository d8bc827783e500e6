// Entry of dist/test/web/suite.js, loaded by @vscode/test-web inside the web-worker extension host.
import * as vscode from 'vscode';
import './setup.web';
import './suites';

export async function run(): Promise<void> {
  // Web VS Code saves a second after an edit (files.autoSave defaults to afterDelay there): a test
  // that edits a file and saves it later would race that save. Off, as test-electron.mjs and the
  // end-to-end server set it.
  await vscode.workspace.getConfiguration('files').update('autoSave', 'off', vscode.ConfigurationTarget.Global);
  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) => {
        if (failures > 0) reject(new Error(`${failures} in-host test(s) failed.`));
        else resolve();
      });
    } catch (error) {
      console.error(error);
      reject(error);
    }
  });
}
