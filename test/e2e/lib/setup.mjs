/**
 * What the suite needs before it starts, installed only when missing: Debian's chromium, ripgrep
 * and libkrb5-dev; code-server and playwright-core in test/e2e/node_modules; the packaged VSIX.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { have, run } from './procs.mjs';

export const CHROMIUM = '/usr/bin/chromium';

function dpkgInstalled(pkg) {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.includes('install ok installed');
}

/** apt-get installs chromium, ripgrep and libkrb5-dev when any is missing. */
export async function ensureDebianPackages(log) {
  const missing = [];
  if (!existsSync(CHROMIUM)) missing.push('chromium');
  if (!have('rg')) missing.push('ripgrep');
  if (!dpkgInstalled('libkrb5-dev')) missing.push('libkrb5-dev');
  if (missing.length === 0) return;
  log(`installing Debian packages: ${missing.join(' ')}`);
  const root = process.getuid?.() === 0;
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const apt = (args) =>
    root ? run('apt-get', args, { capture: true, env }) : run('sudo', ['-n', 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', ...args], { capture: true });
  await apt(['update', '-qq']);
  await apt(['install', '-y', '-qq', ...missing]);
}

/**
 * `npm ci` in test/e2e when its node_modules do not match package-lock.json. code-server's
 * install needs: npm_config_unsafe_perm (postinstall refuses root otherwise), npm_config_yes
 * (node-pty runs `npx node-gyp`), and @vscode/ripgrep's download cache filled with Debian's rg.
 */
export async function ensureNodeModules(e2eDir, log) {
  const lock = readFileSync(join(e2eDir, 'package-lock.json'));
  const pkg = readFileSync(join(e2eDir, 'package.json'));
  const stamp = createHash('sha256').update(lock).update(pkg).update(process.version).digest('hex');
  const stampFile = join(e2eDir, 'node_modules', '.sincerely-e2e-stamp');
  const entry = join(e2eDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  const pty = join(e2eDir, 'node_modules', 'code-server', 'lib', 'vscode', 'node_modules', 'node-pty', 'build', 'Release', 'pty.node');
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp && existsSync(entry) && existsSync(pty)) return;

  log('installing test/e2e dependencies (code-server, playwright-core): npm ci, about a minute');
  const rgVersion = '1.15.11';
  const cacheRoot = mkdtempSync(join(tmpdir(), 'sincerely-e2e-npm-'));
  try {
    const cacheDir = join(cacheRoot, `vscode-ripgrep-cache-${rgVersion}`);
    mkdirSync(cacheDir, { recursive: true });
    const staging = join(cacheRoot, 'rg-staging');
    mkdirSync(staging);
    const rg = spawnSync('sh', ['-c', 'command -v rg'], { encoding: 'utf8' }).stdout.trim();
    copyFileSync(rg, join(staging, 'rg'));
    await run('tar', ['-czf', join(cacheDir, 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz'), '-C', staging, 'rg'], { capture: true });
    const env = {
      ...process.env,
      TMPDIR: cacheRoot,
      npm_config_unsafe_perm: 'true',
      npm_config_yes: 'true',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
    };
    await run('npm', ['ci', '--no-audit', '--no-fund'], { cwd: e2eDir, env, capture: true });
    if (!existsSync(pty)) throw new Error('code-server installed without its native modules (node-pty): were its install scripts skipped?');
    writeFileSync(stampFile, stamp);
  } finally {
    rmSync(cacheRoot, { recursive: true, force: true });
  }
}

/** `npm run package` at the repository root; returns the VSIX path. */
export async function packageVsix(rootDir, log) {
  const { version, name } = JSON.parse(readFileSync(join(rootDir, 'package.json'), 'utf8'));
  const vsix = join(rootDir, `${name}-${version}.vsix`);
  log('packaging the extension: npm run package');
  rmSync(vsix, { force: true });
  await run('npm', ['run', 'package'], { cwd: rootDir, capture: true });
  if (!existsSync(vsix)) throw new Error(`npm run package did not produce ${vsix}`);
  return vsix;
}
