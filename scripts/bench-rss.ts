/** Child process of the bench: lints the 100 000-word English draft once and prints peak RSS. */
import { lint } from '../src/engine/index.js';
import { generateDraft } from './bench.js';

const text = generateDraft('en', 100_000);
const before = process.resourceUsage().maxRSS;
lint(text);
const peak = process.resourceUsage().maxRSS;
console.log(`${(peak / 1024).toFixed(0)} MB (${((peak - before) / 1024).toFixed(0)} MB above the process before linting)`);
