// Mocha for the Node (desktop) extension host: mocha's CommonJS core from node_modules (kept out of
// the bundle: its reporters are loaded dynamically), with the bdd globals defined before the suites
// are evaluated (they are bundled, so `pre-require` is emitted by hand).
import { MOCHA_OPTIONS } from './options';

const Mocha = require('mocha/lib/mocha.cjs') as typeof import('mocha');

export const mochaInstance = new Mocha({ ui: 'bdd', reporter: 'spec', color: true, ...MOCHA_OPTIONS });
mochaInstance.suite.emit('pre-require', globalThis, 'suite.cjs', mochaInstance);
