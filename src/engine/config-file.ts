/**
 * Finding and reading `.sincerelyrc.json`, the same way in the CLI and in the editor: the nearest
 * one walking up from the document's folder, up to where the file system says to stop (the
 * workspace folder in the editor, the file system root in the CLI). The file system is given
 * (node:fs in the CLI, vscode.workspace.fs in the extension), so the engine stays free of both.
 */
import { validateSettings, type EngineSettings, type ValidatedSettings, type ValidationOptions } from './config.js';

export const RC_FILE_NAME = '.sincerelyrc.json';

/** What the loader needs of a file system; paths are the caller's (file paths, URI strings). */
export interface ConfigFileSystem {
  /** The file's text, or undefined when there is no such file; rejects when it exists but cannot be read. */
  readFile(path: string): Promise<string | undefined>;
  /** The path of `name` inside the folder `dir`. */
  join(dir: string, name: string): string;
  /** The folder above `dir`, or undefined where the search stops (the workspace folder, the root). */
  parent(dir: string): string | undefined;
}

export interface LoadedConfig<S = EngineSettings> extends ValidatedSettings<S> {
  /** The file the settings come from; undefined when there is none. */
  file?: string;
  /** Its text, to place problems in it. */
  text?: string;
}

/** Parses and validates the text of a `.sincerelyrc.json`; an empty file holds no settings. */
export function parseRcFile<S = EngineSettings>(text: string, source: string, options: ValidationOptions = {}): ValidatedSettings<S> {
  const json = text.replace(/^\uFEFF/, '');
  if (json.trim() === '') return { settings: {}, problems: [] };
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    return { settings: {}, problems: [{ source, key: '', message: `not valid JSON (${(error as Error).message})` }] };
  }
  return validateSettings<S>(raw, source, options);
}

/** The file's text, undefined when it does not exist, or why it cannot be read. */
async function read(fs: ConfigFileSystem, file: string): Promise<{ text?: string; error?: string }> {
  try {
    return { text: await fs.readFile(file) };
  } catch (error) {
    return { error: `cannot read (${(error as Error).message})` };
  }
}

function loaded<S>(file: string, found: { text?: string; error?: string }, options: ValidationOptions): LoadedConfig<S> {
  if (found.error !== undefined) return { file, settings: {}, problems: [{ source: file, key: '', message: found.error }] };
  if (found.text === undefined) return { file, settings: {}, problems: [{ source: file, key: '', message: 'no such file' }] };
  return { file, text: found.text, ...parseRcFile<S>(found.text, file, options) };
}

/** Reads and validates one settings file (`--config <file>`, or a file the editor shows). */
export async function loadConfigFile<S = EngineSettings>(fs: ConfigFileSystem, file: string, options: ValidationOptions = {}): Promise<LoadedConfig<S>> {
  return loaded<S>(file, await read(fs, file), options);
}

/**
 * The settings of the nearest `.sincerelyrc.json` from the folder `from` up; no file gives no
 * settings and no problem. A file that exists but cannot be read is a problem (not skipped).
 */
export async function loadConfig<S = EngineSettings>(fs: ConfigFileSystem, from: string, options: ValidationOptions = {}): Promise<LoadedConfig<S>> {
  for (let dir: string | undefined = from; dir !== undefined; dir = fs.parent(dir)) {
    const file = fs.join(dir, RC_FILE_NAME);
    const found = await read(fs, file);
    if (found.text !== undefined || found.error !== undefined) return loaded<S>(file, found, options);
  }
  return { settings: {}, problems: [] };
}
