// Mocha for the web-worker extension host: mocha's browser build defines the `mocha` global,
// `reporter: undefined` picks the `spec` reporter (one line per test, printed through console.log,
// which @vscode/test-web forwards to the terminal) instead of the HTML one.
import 'mocha/mocha.js';
import { MOCHA_OPTIONS } from './options';

mocha.setup({ ui: 'bdd', reporter: undefined, ...MOCHA_OPTIONS } as Mocha.MochaOptions);
