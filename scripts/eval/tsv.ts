/** Reading the project's labelled TSV files (`label<TAB>text`, `#` comments, blank lines skipped). */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** test/fixtures: the written corpora and rule examples. */
export const FIXTURES = join(ROOT, 'test', 'fixtures');

export interface TsvLine {
  label: string;
  text: string;
  line: number;
}

export function tsvLines(path: string): TsvLine[] {
  return readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .map((raw, i) => ({ raw, line: i + 1 }))
    .filter(({ raw }) => raw.trim() !== '' && !raw.startsWith('#'))
    .map(({ raw, line }) => {
      const tab = raw.indexOf('\t');
      if (tab < 0) throw new Error(`${path}:${line}: expected <label><TAB><text>`);
      return { label: raw.slice(0, tab).trim(), text: raw.slice(tab + 1), line };
    });
}
