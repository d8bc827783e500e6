#!/usr/bin/env node
/**
 * End-to-end suite: packages the extension, installs the VSIX into a sandboxed code-server
 * (VS Code 1.100 server + web workbench) on 127.0.0.1, and drives it as a user with headless
 * Chromium through playwright-core. See docs/e2e.md.
 *
 *   node test/e2e/run.mjs [--update-screenshot] [--vsix FILE] [--only TEXT] [--keep]
 */
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanup, installExitHandlers, interrupted, onCleanup, run } from './lib/procs.mjs';
import { CHROMIUM, ensureDebianPackages, ensureNodeModules, packageVsix } from './lib/setup.mjs';
import { installExtension, sandbox, sandboxEnv, startServer, writeUserSettings } from './lib/server.mjs';
import { openWorkbench } from './lib/ui.mjs';
import { toneRuleIds } from './lib/fixtures.mjs';
import { CheckError, scenarios } from './scenarios.mjs';

const E2E = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(E2E, '..', '..');
const OUTPUT = join(E2E, 'output');
const README_SHOT = join(ROOT, 'images', 'screenshot-quickfix.png');
const SCENARIO_TIMEOUT_MS = 90_000;
const VIEWPORT = { width: 1280, height: 800 };

function parseArgs(argv) {
  const opts = { updateScreenshot: false, vsix: undefined, only: [], keep: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--update-screenshot') opts.updateScreenshot = true;
    else if (a === '--keep') opts.keep = true;
    else if (a === '--vsix') opts.vsix = resolve(argv[++i]);
    else if (a === '--only') opts.only.push(argv[++i]);
    else if (a === '-h' || a === '--help') {
      console.log('usage: npm run test:e2e -- [--update-screenshot] [--vsix FILE] [--only TEXT]... [--keep]');
      process.exit(0);
    } else throw new Error(`unknown option ${a}`);
  }
  return opts;
}

const started = Date.now();
const secs = (ms) => `${(ms / 1000).toFixed(1)} s`;
const log = (msg) => console.log(`e2e: ${msg}`);

/** A small VSIX that makes code-server accept `--locale ru` (see fixtures/ru-locale-stub). */
async function buildLocaleStub(scratch) {
  const src = join(E2E, 'fixtures', 'ru-locale-stub');
  const work = join(scratch, 'ru-locale-stub');
  cpSync(src, work, { recursive: true });
  const out = join(scratch, 'ru-locale-stub.vsix');
  const vsce = join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
  await run(process.execPath, [vsce, 'package', '--skip-license', '--allow-missing-repository', '-o', out], { cwd: work, capture: true });
  return { vsix: out, manifest: JSON.parse(readFileSync(join(src, 'package.json'), 'utf8')) };
}

/**
 * What VS Code writes to languagepacks.json when a language pack is installed from the
 * Extensions view (the CLI install does not run that step): the server reads it to resolve --locale.
 */
function registerLanguagePack(userDataDir, extensionsDir, manifest) {
  const id = `${manifest.publisher}.${manifest.name}`;
  const loc = manifest.contributes.localizations[0];
  const packs = {
    [loc.languageId]: {
      hash: `${id}-${manifest.version}`,
      extensions: [{ extensionIdentifier: { id }, version: manifest.version }],
      translations: Object.fromEntries(loc.translations.map((tr) => [tr.id, join(extensionsDir, `${id}-${manifest.version}`, tr.path)])),
      label: loc.localizedLanguageName,
    },
  };
  writeFileSync(join(userDataDir, 'languagepacks.json'), JSON.stringify(packs, null, 2));
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  installExitHandlers();
  mkdirSync(OUTPUT, { recursive: true });

  // 1. What the suite needs, installed only when missing.
  let t = Date.now();
  await ensureDebianPackages(log);
  await ensureNodeModules(E2E, log);
  const vsix = opts.vsix ?? (await packageVsix(ROOT, log));
  log(`setup done in ${secs(Date.now() - t)} (VSIX ${relative(ROOT, vsix)})`);

  // 2. The sandbox: scratch HOME, user data, extensions; one server in English, one in Russian.
  t = Date.now();
  const scratch = mkdtempSync(join(tmpdir(), 'sincerely-e2e-'));
  if (opts.keep) log(`scratch folder kept: ${scratch}`);
  else onCleanup(async () => rmSync(scratch, { recursive: true, force: true }));
  const dirs = sandbox(scratch);
  const ruDirs = { ...dirs, userData: join(scratch, 'user-data-ru') };
  mkdirSync(ruDirs.userData, { recursive: true });
  const stub = await buildLocaleStub(scratch);
  await installExtension(E2E, dirs, vsix);
  await installExtension(E2E, dirs, stub.vsix);
  writeUserSettings(dirs);
  writeUserSettings(ruDirs);
  registerLanguagePack(ruDirs.userData, dirs.extensions, stub.manifest);

  const wanted = scenarios().filter((s) => opts.only.length === 0 || opts.only.some((o) => s.slug.includes(o) || s.name.includes(o)));
  const servers = {};
  const serverFor = async (name) => {
    if (!servers[name]) {
      servers[name] = await startServer(E2E, name === 'ru' ? ruDirs : dirs, { name, locale: name === 'ru' ? 'ru' : 'en' });
      onCleanup(() => servers[name].stop());
    }
    return servers[name];
  };

  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    env: sandboxEnv(dirs),
    // Our own handlers clean up (Playwright's would exit before the servers are stopped).
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--lang=en-US',
    ],
  });
  onCleanup(() => browser.close());
  log(
    `code-server ${JSON.parse(readFileSync(join(E2E, 'node_modules', 'code-server', 'package.json'), 'utf8')).version}, Chromium ${browser.version()}, sandbox ready in ${secs(Date.now() - t)}`,
  );

  // 3. The scenarios, one line each.
  const toneIds = toneRuleIds(ROOT);
  let passed = 0;
  let failed = 0;
  let readmeShot;
  for (const [index, scenario] of wanted.entries()) {
    if (interrupted) break;
    const t0 = Date.now();
    const ws = join(scratch, 'workspaces', `${String(index + 1).padStart(2, '0')}-${scenario.slug}`, 'client-replies');
    cpSync(join(E2E, 'fixtures', 'workspace'), ws, { recursive: true });
    if (scenario.workspaceSettings) {
      mkdirSync(join(ws, '.vscode'), { recursive: true });
      writeFileSync(join(ws, '.vscode', 'settings.json'), JSON.stringify(scenario.workspaceSettings, null, 2));
    }
    const notes = [];
    let context;
    let page;
    try {
      const server = await serverFor(scenario.server ?? 'en');
      context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-US' });
      const body = async () => {
        page = await openWorkbench(context, server.url, ws);
        await scenario.run({
          lang: scenario.slug.slice(-2),
          page,
          ws,
          root: ROOT,
          toneIds,
          note: (text) => notes.push(text),
          shot: async (name, { readme = false } = {}) => {
            const file = join(OUTPUT, `${scenario.slug}-${name}.png`);
            await page.screenshot({ path: file });
            if (readme) readmeShot = file;
          },
        });
      };
      let timer;
      await Promise.race([
        body(),
        new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`scenario timed out after ${secs(SCENARIO_TIMEOUT_MS)}`)), SCENARIO_TIMEOUT_MS))),
      ]).finally(() => clearTimeout(timer));
      passed++;
      console.log(`PASS  ${scenario.name}  (${secs(Date.now() - t0)}${notes.length ? `; ${notes.join('; ')}` : ''})`);
    } catch (err) {
      failed++;
      console.log(`FAIL  ${scenario.name}  (${secs(Date.now() - t0)})`);
      const message = err instanceof CheckError ? err.message : (err.stack ?? String(err));
      console.log(
        message
          .split('\n')
          .map((l) => `      ${l}`)
          .join('\n'),
      );
      if (page) await page.screenshot({ path: join(OUTPUT, `FAIL-${scenario.slug}.png`) }).catch(() => undefined);
    } finally {
      await context?.close().catch(() => undefined);
    }
  }

  if (opts.updateScreenshot) {
    if (readmeShot && existsSync(readmeShot)) {
      copyFileSync(readmeShot, README_SHOT);
      log(`screenshot updated: ${README_SHOT.slice(ROOT.length + 1)} (from ${readmeShot.slice(ROOT.length + 1)})`);
    } else {
      log('screenshot NOT updated: the English quick-fix scenario did not reach its menu');
      failed++;
    }
  }
  log(`total ${secs(Date.now() - started)}; screenshots in ${OUTPUT.slice(ROOT.length + 1)}/`);
  if (interrupted) log('interrupted: the remaining scenarios did not run');
  console.log(`${passed} passed, ${failed} failed`);
  return interrupted ? 130 : failed === 0 ? 0 : 1;
}

let code = 1;
try {
  code = await main();
} catch (err) {
  console.error(`e2e: ${err.stack ?? err}`);
  console.log('0 passed, 1 failed');
} finally {
  await cleanup();
}
process.exit(code);
