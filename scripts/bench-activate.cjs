// Child process of the bench: loads the extension bundle against a stub `vscode` module and
// times require + activate() (bench-first-lint.ts uses it too). The stub answers every property
// access with another stub, so activate() runs its real registration code without an editor.
const Module = require('node:module');
const { performance } = require('node:perf_hooks');

// esbuild's ESM interop copies own properties and keeps the prototype, so the stub also
// answers as its own prototype: every lookup through the interop object lands in `get`.
function stub() {
  const fn = function () {
    return stub();
  };
  const proxy = new Proxy(fn, {
    get(_target, key) {
      if (key === 'then') return undefined;
      if (key === Symbol.toPrimitive) return () => '';
      if (key === Symbol.iterator) return function* () {};
      return stub();
    },
    getPrototypeOf() {
      return proxy;
    },
    set() {
      return true;
    },
    defineProperty() {
      return true;
    },
    construct() {
      return stub();
    },
  });
  return proxy;
}
/** Loads the bundle at `bundlePath` against the stub and activates it; resolves to the times in ms (wall, and CPU of the whole). */
async function activateWithStub(bundlePath) {
  const vscode = stub();
  const originalLoad = Module._load;
  Module._load = function (request, ...rest) {
    return request === 'vscode' ? vscode : originalLoad.call(this, request, ...rest);
  };
  const context = {
    subscriptions: [],
    workspaceState: stub(),
    globalState: stub(),
    extensionUri: stub(),
    extensionPath: process.cwd(),
    asAbsolutePath: (p) => p,
  };
  const start = performance.now();
  const cpu = process.cpuUsage();
  const extension = require(require('node:path').resolve(bundlePath));
  const loaded = performance.now();
  await extension.activate(context);
  const used = process.cpuUsage(cpu);
  return { total: performance.now() - start, require: loaded - start, cpu: (used.user + used.system) / 1000 };
}
module.exports = { activateWithStub };

if (require.main === module) {
  // `--json`: the times as one JSON line (for bench.ts).
  activateWithStub(process.argv[2]).then(
    (ms) =>
      console.log(
        process.argv.includes('--json') ? JSON.stringify(ms) : `${ms.total.toFixed(1)} ms (require ${ms.require.toFixed(1)} ms, CPU ${ms.cpu.toFixed(1)} ms)`,
      ),
    (error) => console.log(`activate failed against the stub: ${error && error.message}`),
  );
}
