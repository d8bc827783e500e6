#!/usr/bin/env node
// Runs the in-host integration suite (dist/test/node/suite.cjs) inside desktop VS Code with
// @vscode/test-electron: the same mocha suites as scripts/test-web.mjs, in the Node extension host
// (the "main" entry). For desktop machines that can reach Microsoft's update server: the first run
// downloads VS Code into .vscode-test/ (CI machines here cannot: use `npm run test:web`).
//
//   npm run test:electron
// Environment:
//   SINCERELY_VSCODE_VERSION   VS Code to download: "stable" (default), "insiders" or e.g. "1.91.1"
//   VSCODE_EXECUTABLE          use an installed VS Code instead of downloading one
//                              (e.g. /usr/share/code/code, or the "Electron" binary inside Code.app)
//   SINCERELY_TEST_GREP        run only the tests whose title matches (applied at build time)
// On a Linux machine without a display, run it under Xvfb: `xvfb-run -a npm run test:electron`.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const scratch = mkdtempSync(join(tmpdir(), 'sincerely-electron-'));
// Desktop VS Code writes to disk (saves, workspace settings): run on a copy of the fixture workspace.
const workspace = join(scratch, 'workspace');
cpSync(join(root, 'test', 'host', 'fixtures', 'workspace'), workspace, { recursive: true });
const userData = join(scratch, 'user-data');
mkdirSync(join(userData, 'User'), { recursive: true });
writeFileSync(
  join(userData, 'User', 'settings.json'),
  JSON.stringify({ 'update.mode': 'none', 'telemetry.telemetryLevel': 'off', 'workbench.startupEditor': 'none', 'files.autoSave': 'off' }, null, 2),
);

let exitCode = 0;
try {
  await runTests({
    extensionDevelopmentPath: root,
    extensionTestsPath: join(root, 'dist', 'test', 'node', 'suite.cjs'),
    ...(process.env.VSCODE_EXECUTABLE
      ? { vscodeExecutablePath: process.env.VSCODE_EXECUTABLE }
      : { version: process.env.SINCERELY_VSCODE_VERSION || 'stable' }),
    launchArgs: [
      workspace,
      '--disable-extensions', // other installed extensions stay out of the way
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
      '--disable-telemetry',
      '--user-data-dir',
      userData,
    ],
  });
} catch (error) {
  console.error(`test-electron: ${error?.message ?? error}`);
  exitCode = 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
process.exit(exitCode);
