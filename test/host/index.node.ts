// Entry of dist/test/node/suite.cjs, loaded by @vscode/test-electron inside the desktop extension host.
import { mochaInstance } from './setup.node';
import './suites';

export function run(): Promise<void> {
  return new Promise((resolve, reject) => {
    try {
      mochaInstance.run((failures) => {
        if (failures > 0) reject(new Error(`${failures} in-host test(s) failed.`));
        else resolve();
      });
    } catch (error) {
      console.error(error);
      reject(error);
    }
  });
}
