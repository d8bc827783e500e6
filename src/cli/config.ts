/** Finds and reads `.sincerelyrc.json` for the CLI: the nearest one from the working directory up. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { mergeSettings, parseRcFile, RC_FILE_NAME, toLintOptions, type ConfigProblem, type LintOptions } from '../engine/index.js';

export interface CliConfig {
  options: LintOptions;
  enabled: boolean;
  problems: ConfigProblem[];
}

export function findRcFile(from: string): string | undefined {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    const candidate = join(dir, RC_FILE_NAME);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

export function loadConfig(cwd: string, explicit: string | undefined, disabled: boolean): CliConfig {
  const path = disabled ? undefined : (explicit ?? findRcFile(cwd));
  if (!path) return { options: {}, enabled: true, problems: [] };
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { options: {}, enabled: true, problems: [{ source: path, key: '', message: code === 'ENOENT' ? 'no such file' : `cannot read (${code})` }] };
  }
  const { settings, problems } = parseRcFile(text, path);
  const merged = mergeSettings(settings);
  return { options: toLintOptions(merged), enabled: merged.enable, problems };
}
