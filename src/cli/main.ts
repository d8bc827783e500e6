/**
 * `sincerely [files…]`: lints draft replies (stdin when no file is given).
 * Exit codes: 0 nothing at warning or above, 1 findings at warning or above, 2 usage or read error.
 */
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { analyse, describeProblem, type Analysis, type Finding } from '../engine/index.js';
import { CliConfigs } from './config.js';
import { loadLanguageDataForText } from '../node/dictionaries.js';
import { DEFAULT_MAX_MB, ReadError, readDraft, readStdin } from './read.js';
import { formatJson, formatStylish, type FileResult } from './reporters.js';

const USAGE = `Usage: sincerely [options] [file…]

Lints draft replies to unhappy clients for excuses, blame-shifting, defensiveness,
minimizing and vague promises. Reads standard input when no file is given.

Options:
  --format <stylish|json>  output format (default: stylish)
  --lang <auto|ru|en>      language of the drafts (default: auto, per paragraph)
  --quiet                  report errors only
  --config <file>          settings file (default: the .sincerelyrc.json nearest to each draft)
  --no-config              ignore .sincerelyrc.json files
  --max-size <MB>          refuse larger files (default: 10)
  --any-text               check the tone of any text, not only of replies (a text of 120
                           words or more that does not read as a reply is skipped by default)
  --help, --version

Exit codes: 0 no problem at warning level or above, 1 problems found, 2 usage or read error.`;

class UsageError extends Error {}

const out = (text: string) => process.stdout.write(text.endsWith('\n') ? text : text + '\n');
const fail = (line: string) => process.stderr.write(`sincerely: ${line}\n`);

export async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'stylish' },
        lang: { type: 'string' },
        quiet: { type: 'boolean', default: false },
        config: { type: 'string' },
        'max-size': { type: 'string' },
        'no-config': { type: 'boolean', default: false },
        'any-text': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split('\n')[0]} (see --help)`);
  }
  const { values, positionals } = args;
  if (values.help) {
    out(USAGE);
    return 0;
  }
  if (values.version) {
    out(VERSION);
    return 0;
  }
  if (values.format !== 'stylish' && values.format !== 'json') throw new UsageError(`unknown format "${values.format}" (use stylish or json)`);
  if (values.lang !== undefined && !['auto', 'ru', 'en'].includes(values.lang)) throw new UsageError(`unknown language "${values.lang}" (use auto, ru or en)`);

  const maxMb = values['max-size'] === undefined ? DEFAULT_MAX_MB : Number(values['max-size']);
  if (!(maxMb > 0)) throw new UsageError(`--max-size must be a positive number of megabytes, not "${values['max-size']}"`);
  const configs = new CliConfigs(values.config, values['no-config']);
  const reported = new Set<string>();
  let status = 0;

  const results: FileResult[] = [];
  const inputs = positionals.length > 0 ? positionals : ['-'];
  let morphologyWarned = false;
  for (const input of inputs) {
    const config = await configs.for(input === '-' ? process.cwd() : dirname(input));
    // Each settings file's problems are told once, whatever number of drafts it serves.
    if (config.problems.length > 0 && !reported.has(config.file ?? '')) {
      reported.add(config.file ?? '');
      for (const problem of config.problems) fail(`${describeProblem(problem)}; using the default`);
    }
    if (config.problems.length > 0) status = 2;
    const options = {
      ...config.options,
      ...(values.lang ? { language: values.lang as 'auto' | 'ru' | 'en' } : {}),
      ...(values['any-text'] ? { anyText: true } : {}),
    };
    let text: string;
    try {
      text = input === '-' ? await readStdin(maxMb) : readDraft(input, maxMb);
    } catch (error) {
      if (!(error instanceof ReadError)) throw error;
      fail(error.message);
      status = 2;
      continue;
    }
    if (config.enabled && !morphologyWarned) {
      const problem = await loadLanguageDataForText(text, options.language);
      if (problem) {
        fail(`morphology not loaded (${problem.message}); linting without it`);
        morphologyWarned = true;
      }
    }
    const analysis: Analysis | undefined = config.enabled ? analyse(text, options) : undefined;
    let findings: Finding[] = analysis?.findings ?? [];
    if (values.quiet) findings = findings.filter((f) => f.severity === 'error');
    results.push({
      file: input === '-' ? '<stdin>' : input,
      findings,
      score: analysis?.score ?? null,
      parts: analysis?.parts ?? null,
      losses: analysis?.losses ?? [],
      ...(analysis ? { toneChecked: analysis.toneChecked } : {}),
    });
  }

  if (values.format === 'json') out(formatJson(results));
  else {
    const report = formatStylish(results, Boolean(process.stdout.isTTY) && !process.env.NO_COLOR, !values.quiet);
    if (report) out(report);
  }
  const serious = results.some((r) => r.findings.some((f) => f.severity === 'error' || f.severity === 'warning'));
  return status || (serious ? 1 : 0);
}

declare const SINCERELY_VERSION: string | undefined;
const VERSION = typeof SINCERELY_VERSION === 'string' ? SINCERELY_VERSION : 'dev';

// Output piped into `head` closes early: stop quietly instead of throwing EPIPE.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    fail(error instanceof UsageError ? error.message : `internal error: ${(error as Error)?.message ?? String(error)}`);
    process.exitCode = 2;
  },
);
