/**
 * A sandboxed code-server: scratch HOME (and XDG folders), its own config, user data and
 * extensions folders, bound to 127.0.0.1 on a free port, started in its own process group.
 */
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { run, startGroup, stopGroup } from './procs.mjs';

/** The user settings every instance starts with: quiet, deterministic, no autosave. */
export const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'files.autoSave': 'off',
  'files.hotExit': 'off',
  'files.eol': '\n',
  'files.insertFinalNewline': false,
  'files.trimTrailingWhitespace': false,
  'editor.minimap.enabled': false,
  'editor.wordWrap': 'on',
  'editor.fontSize': 14,
  'editor.hover.enabled': false,
  'editor.accessibilitySupport': 'off',
  'editor.suggest.snippetsPreventQuickSuggestions': false,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'chat.disableAIFeatures': true,
  'workbench.colorTheme': 'Default Light Modern',
};

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** The sandbox folders of one suite run under `scratch`. */
export function sandbox(scratch) {
  const home = join(scratch, 'home');
  const dirs = {
    home,
    userData: join(scratch, 'user-data'),
    extensions: join(scratch, 'extensions'),
    logs: join(scratch, 'logs'),
  };
  for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true });
  return dirs;
}

export function sandboxEnv(dirs) {
  const env = {
    ...process.env,
    HOME: dirs.home,
    XDG_CONFIG_HOME: join(dirs.home, '.config'),
    XDG_DATA_HOME: join(dirs.home, '.local', 'share'),
    XDG_CACHE_HOME: join(dirs.home, '.cache'),
    XDG_STATE_HOME: join(dirs.home, '.local', 'state'),
  };
  // Variables that would make code-server talk to another instance or use a password.
  for (const key of ['PASSWORD', 'HASHED_PASSWORD', 'VSCODE_IPC_HOOK_CLI', 'VSCODE_PROXY_URI', 'PORT', 'GITHUB_TOKEN']) delete env[key];
  return env;
}

function entry(e2eDir) {
  return join(e2eDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
}

/** `code-server --install-extension file.vsix` into the sandbox's extensions folder. */
export async function installExtension(e2eDir, dirs, vsix) {
  return run(process.execPath, [entry(e2eDir), '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions, '--force', '--install-extension', vsix], {
    env: sandboxEnv(dirs),
    capture: true,
  });
}

/** Writes the user settings.json (merged over USER_SETTINGS). */
export function writeUserSettings(dirs, extra = {}) {
  const dir = join(dirs.userData, 'User');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'settings.json'), JSON.stringify({ ...USER_SETTINGS, ...extra }, null, 2));
}

async function waitHealthy(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  child.once('exit', () => (exited = true));
  while (Date.now() < deadline) {
    if (exited) throw new Error('code-server exited before it was ready');
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`code-server not ready at ${url} after ${timeoutMs} ms`);
}

/**
 * Starts code-server; returns { url, stop() }. `locale` sets the display language (`--locale`).
 * Its log goes to dirs.logs/code-server-<name>.log.
 */
export async function startServer(e2eDir, dirs, { name = 'main', locale } = {}) {
  const port = await freePort();
  const config = join(dirs.home, `code-server-${name}.yaml`);
  writeFileSync(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const args = [
    entry(e2eDir),
    '--config',
    config,
    '--user-data-dir',
    dirs.userData,
    '--extensions-dir',
    dirs.extensions,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
  ];
  if (locale) args.push('--locale', locale);
  const log = createWriteStream(join(dirs.logs, `code-server-${name}.log`));
  const child = startGroup(process.execPath, args, { env: sandboxEnv(dirs), cwd: dirs.home }, log);
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitHealthy(url, child, 30000);
  } catch (err) {
    await stopGroup(child);
    throw err;
  }
  return {
    url,
    port,
    async stop() {
      await stopGroup(child);
      log.end();
    },
  };
}
