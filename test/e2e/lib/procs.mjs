/**
 * Child processes of the suite: each long-lived one is started in its own process group
 * (`detached`, i.e. setsid) and the whole group is killed at exit, on success, failure,
 * Ctrl+C or an uncaught error alike.
 */
import { spawn, spawnSync } from 'node:child_process';

const groups = new Set();
const cleanups = [];

/** Registers a function run (once, last registered first) when the suite exits. */
export function onCleanup(fn) {
  cleanups.push(fn);
}

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false;
  }
}

function groupAlive(pid) {
  return killGroup(pid, 0);
}

/** Kills every process group started here: SIGTERM, then SIGKILL after a grace period. */
export async function killAll(graceMs = 3000) {
  const pids = [...groups];
  for (const pid of pids) killGroup(pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (pids.some(groupAlive) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  for (const pid of pids) {
    if (groupAlive(pid)) killGroup(pid, 'SIGKILL');
    groups.delete(pid);
  }
}

let cleaning;
/** Runs the registered cleanups, then kills the remaining groups. Every call waits for the same run. */
export function cleanup() {
  cleaning ??= (async () => {
    for (const fn of cleanups.reverse()) {
      try {
        await Promise.race([fn(), new Promise((r) => setTimeout(r, 5000))]);
      } catch (err) {
        if (process.env.E2E_DEBUG) console.error(`cleanup step failed: ${err.message}`);
      }
    }
    await killAll();
  })();
  return cleaning;
}

/** True once the suite was interrupted (SIGINT, SIGTERM, SIGHUP). */
export let interrupted = false;

function killAllSync() {
  for (const pid of groups) killGroup(pid, 'SIGKILL');
  groups.clear();
}

let installed = false;
/** Makes sure that the groups die with the suite whatever way it ends. */
export function installExitHandlers() {
  if (installed) return;
  installed = true;
  process.on('exit', killAllSync);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      interrupted = true;
      console.error(`\n${signal}: cleaning up`);
      cleanup().finally(() => process.exit(130));
    });
  }
}

/**
 * Starts a long-lived process in a new process group; its output goes to `logStream`.
 * Returns the ChildProcess; the group is killed by cleanup().
 */
export function startGroup(command, args, options, logStream) {
  const child = spawn(command, args, { ...options, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  if (child.pid) groups.add(child.pid);
  if (logStream) {
    child.stdout.pipe(logStream, { end: false });
    child.stderr.pipe(logStream, { end: false });
  } else {
    child.stdout.resume();
    child.stderr.resume();
  }
  child.on('exit', () => {
    // The leader is gone; children of the group may still be alive: keep the pid until killAll.
  });
  return child;
}

/** Stops one group started with startGroup. */
export async function stopGroup(child, graceMs = 3000) {
  const pid = child.pid;
  if (!pid) return;
  killGroup(pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (groupAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  if (groupAlive(pid)) killGroup(pid, 'SIGKILL');
  groups.delete(pid);
}

/** Runs a command to completion (its own process group too), inheriting or capturing output. */
export function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const capture = options.capture ?? false;
    const child = spawn(command, args, {
      ...options,
      detached: true,
      stdio: capture ? ['ignore', 'pipe', 'pipe'] : ['ignore', 'inherit', 'inherit'],
    });
    if (child.pid) groups.add(child.pid);
    let out = '';
    if (capture) {
      child.stdout.on('data', (d) => (out += d));
      child.stderr.on('data', (d) => (out += d));
    }
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (child.pid) {
        if (groupAlive(child.pid)) killGroup(child.pid, 'SIGKILL');
        groups.delete(child.pid);
      }
      if (code === 0) resolve(out);
      else {
        const err = new Error(`${command} ${args.join(' ')} exited with ${code ?? signal}${capture ? `\n${out.slice(-4000)}` : ''}`);
        err.output = out;
        reject(err);
      }
    });
  });
}

/** Whether a command is on PATH. */
export function have(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}
