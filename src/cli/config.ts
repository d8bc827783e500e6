/**
 * `.sincerelyrc.json` for the CLI: the engine's loader (engine/config-file.ts) over node:fs. A
 * draft's settings come from the nearest file walking up from the draft's folder (from the
 * working directory for standard input) to the file system root, as the editor does up to its
 * workspace folder; `--config <file>` names one file for every draft.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { loadConfig, loadConfigFile, mergeSettings, toLintOptions, type ConfigFileSystem, type ConfigProblem, type LintOptions } from '../engine/index.js';

export interface CliConfig {
  /** The settings file used, if any. */
  file?: string;
  options: LintOptions;
  enabled: boolean;
  problems: ConfigProblem[];
}

/** node:fs for the engine's config loader; the search stops at the file system root. */
export const nodeFiles: ConfigFileSystem = {
  async readFile(path) {
    try {
      return await readFile(path, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
      throw new Error(code ?? 'error', { cause: error });
    }
  },
  join,
  parent(dir) {
    const up = dirname(dir);
    return up === dir ? undefined : up;
  },
};

/** Settings for the drafts of one run, loaded once per folder. */
export class CliConfigs {
  private readonly byFolder = new Map<string, Promise<CliConfig>>();

  constructor(
    private readonly explicit: string | undefined,
    private readonly disabled: boolean,
  ) {}

  /** The settings of a draft in the folder `folder`. */
  for(folder: string): Promise<CliConfig> {
    const key = this.explicit === undefined ? resolve(folder) : '';
    let config = this.byFolder.get(key);
    if (!config) this.byFolder.set(key, (config = this.load(key)));
    return config;
  }

  private async load(folder: string): Promise<CliConfig> {
    if (this.disabled) return { options: {}, enabled: true, problems: [] };
    const loaded = this.explicit === undefined ? await loadConfig(nodeFiles, folder) : await loadConfigFile(nodeFiles, this.explicit);
    const merged = mergeSettings(loaded.settings);
    return { ...(loaded.file ? { file: loaded.file } : {}), options: toLintOptions(merged), enabled: merged.enable, problems: loaded.problems };
  }
}
