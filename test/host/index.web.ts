// Entry of dist/test/web/suite.js, loaded by @vscode/test-web inside the web-worker extension host.
import './setup.web';
import './suites';

export function run(): Promise<void> {
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
