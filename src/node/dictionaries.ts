/**
 * The morphology dictionaries and the scorer's weights for Node (the CLI, the tests, the
 * scripts): read from `dict/` beside the bundle (dist/dict/, written by esbuild.mjs) or from the
 * project's dist/dict/; the Russian dictionaries, in development, straight from the `az` package
 * when no build is there.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { loadLanguageData } from '../engine/language-data.js';
import { languagesOfText } from '../engine/morph/registry.js';
import type { DictionarySource } from '../engine/morph/types.js';
import type { Language } from '../engine/types.js';

const STAMP = 'stamp.txt';

/** The nearest `dict/` or `dist/dict/` folder holding built dictionaries, from `start` upwards. */
export function findDictionaryFolder(start: string = typeof __dirname === 'string' ? __dirname : process.cwd()): string | undefined {
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    for (const candidate of [join(dir, 'dict'), join(dir, 'dist', 'dict')]) {
      if (existsSync(join(candidate, STAMP))) return candidate;
    }
    if (dirname(dir) === dir) return undefined;
  }
}

function azDictsFolder(): string | undefined {
  try {
    const require = createRequire(join(process.cwd(), 'package.json'));
    return join(dirname(require.resolve('az/package.json')), 'dicts');
  } catch {
    return undefined;
  }
}

/**
 * A DictionarySource over a folder of built dictionaries (found with findDictionaryFolder when
 * not given; `false`: none, the az package only).
 */
export function nodeDictionarySource(folder: string | false | undefined = findDictionaryFolder()): DictionarySource {
  return {
    async read(name: string): Promise<Uint8Array> {
      if (folder) return readFile(join(folder, name));
      const az = name.startsWith('ru/') ? azDictsFolder() : undefined;
      if (az) return readFile(join(az, name.slice('ru/'.length)));
      throw new Error(`sincerely: no morphology dictionaries found for "${name}" (run npm run build)`);
    },
  };
}

/**
 * Loads the morphology and the scorer weights a text needs from the Node dictionaries. A failure
 * leaves the engine on its fallback (words without analysis, a silent scorer) and is returned
 * for the caller to report.
 */
export async function loadLanguageDataForText(text: string, language: 'auto' | Language = 'auto', source = nodeDictionarySource()): Promise<Error | undefined> {
  try {
    await loadLanguageData(source, languagesOfText(text, language));
    return undefined;
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}
