#!/usr/bin/env node
// Takes images/quick-fix.png for the README: a reply draft in VS Code for the web with the
// Sincerely quick-fix menu open on a flagged phrase. Offline, like the in-host tests: it reuses
// the VS Code web build and the browser links that `npm run test:web` lays out in .vscode-test-web/.
//
//   npm run test:web   (once, to prepare .vscode-test-web/)
//   node esbuild.mjs && node scripts/screenshot-quick-fix.mjs
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const VSCODE_COMMIT = 'f1e16e1e6214d7c44d078b1f0607b2388f29d729';
const dataDir = join(root, '.vscode-test-web');
const output = join(root, 'images', 'quick-fix.png');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const DRAFT = `Hello Anna,

Thank you for writing to me about the delay with your order.
We did our best to deliver on time, and I understand how frustrating the wait has been.

I will send you the finished files by Friday at 12:00.

Best regards,
Ivan
`;

if (!existsSync(join(dataDir, `vscode-web-stable-${VSCODE_COMMIT}`, 'version'))) {
  console.error('screenshot: run `npm run test:web` once first: it prepares .vscode-test-web/.');
  process.exit(1);
}

const workspace = mkdtempSync(join(tmpdir(), 'sincerely-shot-'));
mkdirSync(join(workspace, 'replies'));
mkdirSync(join(workspace, '.vscode'));
writeFileSync(join(workspace, 'replies', 'late-delivery.reply.md'), DRAFT);
writeFileSync(
  join(workspace, '.vscode', 'settings.json'),
  JSON.stringify({
    'sincerely.severity': { structure: 'off' },
    'workbench.colorTheme': 'Default Light Modern',
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'editor.minimap.enabled': false,
    'editor.fontSize': 15,
    'editor.wordWrap': 'on',
    'breadcrumbs.enabled': false,
  }),
);

// The Chromium links that scripts/test-web.mjs made for Playwright.
process.env.PLAYWRIGHT_BROWSERS_PATH ??= join(dataDir, 'browsers');
const testWebRequire = createRequire(require.resolve('@vscode/test-web/package.json'));
const { chromium } = testWebRequire('playwright');
const { open } = await import('@vscode/test-web');
const port = 3911;
const server = await open({
  browserType: 'none',
  extensionDevelopmentPath: root,
  folderPath: workspace,
  quality: 'stable',
  commit: VSCODE_COMMIT,
  testRunnerDataDir: dataDir,
  host: '127.0.0.1',
  port,
});
const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
try {
  const page = await browser.newPage({ viewport: { width: 980, height: 400 }, deviceScaleFactor: 2 });
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
  await page.waitForTimeout(2000);
  // Open the draft from the Explorer, then close the Welcome page.
  await page.click('.explorer-folders-view >> text=replies');
  await page.click('.explorer-folders-view >> text=late-delivery.reply.md');
  await page.waitForSelector('.tab >> text=late-delivery.reply.md');
  const welcome = page.locator('.tab', { hasText: 'Welcome' });
  if (await welcome.count()) await welcome.locator('.codicon-close').click({ force: true });
  await page.waitForSelector('.squiggly-warning', { timeout: 30_000 });
  // Close the side bar: only the editor and the menu matter.
  await page.keyboard.press('Control+B');
  await page.waitForTimeout(800);
  const box = await (await page.waitForSelector('.squiggly-warning')).boundingBox();
  await page.mouse.click(box.x + 30, box.y + box.height / 2);
  await page.mouse.move(5, 500);
  await page.waitForTimeout(300);
  await page.keyboard.press('Control+.');
  await page.waitForSelector('.action-widget', { state: 'visible', timeout: 10_000 });
  await page.waitForTimeout(500);
  mkdirSync(dirname(output), { recursive: true });
  await page.screenshot({ path: output });
  console.log(`screenshot: ${output}`);
} finally {
  await browser.close();
  await server.dispose();
  rmSync(workspace, { recursive: true, force: true });
}
