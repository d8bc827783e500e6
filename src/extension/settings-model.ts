/**
 * The extension's settings as one typed definition, their validation, and how the layers combine:
 * defaults < `.sincerelyrc.json` < VS Code settings that are explicitly set (user, workspace,
 * folder). Pure: the vscode side passes `inspect()` results and file text in.
 */
// The engine's settings modules, not its index: settings are read at activation, and in the
// desktop bundle the rest of the engine loads on the first lint (scripts/esbuild-lazy-engine.mjs).
import { loadConfig, type ConfigFileSystem, type LoadedConfig } from '../engine/config-file.js';
import {
  mergeSettings,
  validateSettings,
  type ConfigProblem,
  type EngineSettings,
  type KeyCheck,
  type ValidatedSettings,
  type ValidationOptions,
} from '../engine/config.js';
import { isValidGlob } from './glob.js';
import type { Scope } from './scope.js';

export type Run = 'onType' | 'onSave' | 'manual';

/** Settings only the editor needs; the rest are the engine's (shared with the CLI). */
export interface EditorSettings {
  languages: string[];
  scope: Scope;
  draftGlobs: string[];
  run: Run;
  debounceMs: number;
  /** Documents larger than this (KB of UTF-8) are linted on save and on demand only, not while typing. */
  maxTypingSizeKB: number;
}

export type ExtensionSettings = EngineSettings & EditorSettings;

export const EDITOR_DEFAULTS: Readonly<EditorSettings> = {
  languages: ['plaintext', 'markdown'],
  scope: 'drafts',
  draftGlobs: ['**/*.reply.md', '**/*.reply.txt', '**/replies/**', '**/ответы/**'],
  run: 'onType',
  debounceMs: 300,
  maxTypingSizeKB: 2048,
};

/** Every `sincerely.*` key, in the order of the settings table. */
export const SETTING_KEYS = [
  'enable',
  'language',
  'languages',
  'scope',
  'draftGlobs',
  'run',
  'debounceMs',
  'disabledRules',
  'allowedPhrases',
  'severity',
  'structure',
  'anyText',
  'maxTypingSizeKB',
] as const;
export type SettingKey = (typeof SETTING_KEYS)[number];

export const SCOPES: readonly Scope[] = ['drafts', 'all', 'manual'];
export const RUNS: readonly Run[] = ['onType', 'onSave', 'manual'];
export const MAX_DEBOUNCE_MS = 10_000;
/** Keys that only the editor reads (the engine and the CLI ignore them). */
const EDITOR_KEYS = ['languages', 'scope', 'draftGlobs', 'run', 'debounceMs', 'maxTypingSizeKB'] as const satisfies ReadonlyArray<keyof EditorSettings>;

export type ValidatedExtensionSettings = ValidatedSettings<ExtensionSettings>;

const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

/** Checks of the editor-only keys; the engine checks its own keys first (engine/config.ts). */
const EDITOR_CHECKS: Record<(typeof EDITOR_KEYS)[number], KeyCheck> = {
  languages: (value, report) => {
    if (isStringList(value) && value.every((id) => id.trim() !== '')) return value;
    report('must be a list of language ids, such as ["plaintext", "markdown"]');
    return undefined;
  },
  scope: (value, report) => {
    if (SCOPES.includes(value as Scope)) return value;
    report(`must be one of ${SCOPES.map((s) => `"${s}"`).join(', ')}`);
    return undefined;
  },
  draftGlobs: (value, report) => {
    if (!isStringList(value)) {
      report('must be a list of glob patterns');
      return undefined;
    }
    const invalid = value.filter((glob) => !isValidGlob(glob));
    if (invalid.length > 0) report(`invalid glob pattern${invalid.length > 1 ? 's' : ''}: ${invalid.map((g) => JSON.stringify(g)).join(', ')}`);
    return value.filter(isValidGlob);
  },
  run: (value, report) => {
    if (RUNS.includes(value as Run)) return value;
    report(`must be one of ${RUNS.map((r) => `"${r}"`).join(', ')}`);
    return undefined;
  },
  debounceMs: (value, report) => {
    if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_DEBOUNCE_MS) return value;
    report(`must be a whole number of milliseconds from 0 to ${MAX_DEBOUNCE_MS}`);
    return undefined;
  },
  maxTypingSizeKB: (value, report) => {
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return value;
    report('must be a number of kilobytes, 0 or more');
    return undefined;
  },
};

/** How the extension validates settings: the engine's keys and the editor's. */
export const EXTENSION_VALIDATION: ValidationOptions = { keys: EDITOR_CHECKS };

/** Validates every `sincerely.*` key of a settings object (from a file or from VS Code). */
export function validateExtensionSettings(raw: unknown, source: string): ValidatedExtensionSettings {
  return validateSettings<ExtensionSettings>(raw, source, EXTENSION_VALIDATION);
}

/** The nearest `.sincerelyrc.json` from the folder `from` up, with the editor's keys too (engine/config-file.ts). */
export function loadRc(fs: ConfigFileSystem, from: string): Promise<LoadedConfig<ExtensionSettings>> {
  return loadConfig<ExtensionSettings>(fs, from, EXTENSION_VALIDATION);
}

/** Later layers win key by key; `severity` merges per category. */
export function layerSettings(...layers: Array<Partial<ExtensionSettings>>): ExtensionSettings {
  const editor: EditorSettings = { ...EDITOR_DEFAULTS, languages: [...EDITOR_DEFAULTS.languages], draftGlobs: [...EDITOR_DEFAULTS.draftGlobs] };
  for (const layer of layers) {
    for (const key of EDITOR_KEYS) {
      if (layer[key] !== undefined) (editor as unknown as Record<string, unknown>)[key] = layer[key];
    }
  }
  const engineLayers = layers.map(({ languages, scope, draftGlobs, run, debounceMs, maxTypingSizeKB, ...engine }) => engine);
  return { ...mergeSettings(...engineLayers), ...editor };
}

/** What `WorkspaceConfiguration.inspect(key)` reports, reduced to the layers a user writes. */
export interface InspectedSetting {
  globalValue?: unknown;
  workspaceValue?: unknown;
  workspaceFolderValue?: unknown;
}

/** Names of the settings layers, as they appear in messages. */
export const SETTINGS_SOURCES = {
  global: 'User settings',
  workspace: 'Workspace settings',
  workspaceFolder: 'Folder settings',
} as const;

/**
 * The explicitly set VS Code settings, validated: for each key the value of the highest layer
 * that sets it (folder > workspace > user). Keys left at their defaults do not override the
 * `.sincerelyrc.json`. Each problem names the layer it comes from.
 */
export function explicitSettings(inspect: (key: SettingKey) => InspectedSetting | undefined): ValidatedExtensionSettings {
  const settings: Partial<ExtensionSettings> = {};
  const problems: ConfigProblem[] = [];
  for (const key of SETTING_KEYS) {
    const inspected = inspect(key);
    if (!inspected) continue;
    const layer = (['workspaceFolder', 'workspace', 'global'] as const).find((l) => inspected[`${l}Value`] !== undefined);
    if (!layer) continue;
    const result = validateExtensionSettings({ [key]: inspected[`${layer}Value`] }, SETTINGS_SOURCES[layer]);
    Object.assign(settings, result.settings);
    problems.push(...result.problems);
  }
  return { settings, problems };
}

export type SettingsTarget = 'global' | 'workspace' | 'workspaceFolder';

/**
 * Where a quick fix writes a list setting (`disabledRules`, `allowedPhrases`) and the new list:
 * the effective list plus the item, so that entries coming from `.sincerelyrc.json` are kept
 * (a set VS Code value replaces the file's list). Workspace settings when a folder is open,
 * else user settings; the folder's own settings when it already sets the key in a multi-root workspace.
 */
export function listSettingUpdate(
  effective: readonly string[],
  item: string,
  where: { hasWorkspaceFolder: boolean; multiRoot: boolean; inspected?: InspectedSetting },
): { target: SettingsTarget; value: string[] } {
  const target: SettingsTarget =
    where.multiRoot && where.inspected?.workspaceFolderValue !== undefined ? 'workspaceFolder' : where.hasWorkspaceFolder ? 'workspace' : 'global';
  const value = effective.includes(item) ? [...effective] : [...effective, item];
  return { target, value };
}
