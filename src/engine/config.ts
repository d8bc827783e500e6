/**
 * Settings shared by the CLI and the extension, and their validation. A `.sincerelyrc.json`
 * holds the same keys as the `sincerely.*` settings (with or without the prefix). Invalid
 * values are reported, one problem per key, and ignored: the defaults apply to the rest.
 * Finding and reading the file is config-file.ts.
 */
import { knownRuleIds } from './rule-ids.js';
import { CATEGORIES, SEVERITIES, type Category, type LintOptions, type SeverityLevel } from './types.js';

export interface EngineSettings {
  enable: boolean;
  language: 'auto' | 'ru' | 'en';
  disabledRules: string[];
  allowedPhrases: string[];
  severity: Partial<Record<Category, SeverityLevel>>;
  /** Structure checks and the reply score on texts that look like a reply (docs/structure.md). */
  structure: boolean;
  /** Tone findings also in a long text that is not a reply (LintOptions.anyText). */
  anyText: boolean;
}

export const DEFAULT_SETTINGS: EngineSettings = {
  enable: true,
  language: 'auto',
  disabledRules: [],
  allowedPhrases: [],
  severity: {},
  structure: true,
  anyText: false,
};

export interface ConfigProblem {
  /** The file or settings source the problem is in. */
  source: string;
  /** The key at fault (`severity.excuse`), or '' for the file as a whole. */
  key: string;
  message: string;
}

export interface ValidatedSettings<S = EngineSettings> {
  settings: Partial<S>;
  problems: ConfigProblem[];
}

/**
 * Checks one key's value: returns the value to keep (undefined: keep none) and reports each
 * problem, on the key itself or on a sub-key (`severity.excuse`).
 */
export type KeyCheck = (value: unknown, report: (message: string, key?: string) => void, ruleIds: ReadonlySet<string>) => unknown;
export type KeyChecks = Readonly<Record<string, KeyCheck>>;

export interface ValidationOptions {
  /** The rule ids `disabledRules` may name; default: every rule id of the engine. */
  ruleIds?: ReadonlySet<string>;
  /** Checks of further keys that only some callers read (the editor's settings), after the engine's. */
  keys?: KeyChecks;
}

const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');
const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

const boolean: KeyCheck = (value, report) => {
  if (typeof value === 'boolean') return value;
  report('must be true or false');
  return undefined;
};

/** The engine's keys, in the order their problems are listed. */
const ENGINE_KEYS: KeyChecks = {
  enable: boolean,
  language: (value, report) => {
    if (value === 'auto' || value === 'ru' || value === 'en') return value;
    report('must be "auto", "ru" or "en"');
    return undefined;
  },
  disabledRules: (value, report, ruleIds) => {
    if (!isStringList(value)) {
      report('must be a list of rule ids');
      return undefined;
    }
    const unknown = value.filter((id) => !ruleIds.has(id));
    if (unknown.length > 0) report(`unknown rule id${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}`);
    return value.filter((id) => ruleIds.has(id));
  },
  structure: boolean,
  anyText: boolean,
  allowedPhrases: (value, report) => {
    if (isStringList(value)) return value.filter((p) => p.trim() !== '');
    report('must be a list of phrases');
    return undefined;
  },
  severity: (value, report) => {
    if (!isObject(value)) {
      report('must be an object of category → level');
      return undefined;
    }
    const severity: Partial<Record<Category, SeverityLevel>> = {};
    for (const [category, level] of Object.entries(value)) {
      if (!CATEGORIES.includes(category as Category)) {
        report(`unknown category (expected one of ${CATEGORIES.join(', ')})`, `severity.${category}`);
      } else if (level !== 'off' && !SEVERITIES.includes(level as never)) {
        report(`must be one of ${[...SEVERITIES, 'off'].join(', ')}`, `severity.${category}`);
      } else {
        severity[category as Category] = level as SeverityLevel;
      }
    }
    return severity;
  },
};

/**
 * Validates a settings object from any source (a file, VS Code settings); unknown keys are
 * ignored (other tools may share the file). Problems are listed key by key, the engine's first.
 */
export function validateSettings<S = EngineSettings>(raw: unknown, source: string, options: ValidationOptions = {}): ValidatedSettings<S> {
  const problems: ConfigProblem[] = [];
  const settings: Record<string, unknown> = {};
  if (!isObject(raw)) {
    problems.push({ source, key: '', message: 'expected a JSON object of settings' });
    return { settings: settings as Partial<S>, problems };
  }
  const ruleIds = options.ruleIds ?? knownRuleIds();
  const entries = Object.entries(raw).map(([k, v]) => [k.replace(/^sincerely\./, ''), v] as const);
  for (const checks of [ENGINE_KEYS, options.keys ?? {}]) {
    for (const [key, value] of entries) {
      const check = Object.hasOwn(checks, key) ? checks[key] : undefined;
      if (!check) continue;
      const kept = check(value, (message, at = key) => problems.push({ source, key: at, message }), ruleIds);
      if (kept !== undefined) settings[key] = kept;
    }
  }
  return { settings: settings as Partial<S>, problems };
}

/** Later layers win key by key; `severity` merges per category. */
export function mergeSettings(...layers: Array<Partial<EngineSettings>>): EngineSettings {
  const merged: EngineSettings = { ...DEFAULT_SETTINGS, severity: {} };
  for (const layer of layers) {
    const { severity, ...rest } = layer;
    Object.assign(merged, rest);
    if (severity) merged.severity = { ...merged.severity, ...severity };
  }
  return merged;
}

export function toLintOptions(settings: EngineSettings): LintOptions {
  return {
    language: settings.language,
    disabledRules: settings.disabledRules,
    allowedPhrases: settings.allowedPhrases,
    severity: settings.severity,
    structure: settings.structure,
    anyText: settings.anyText,
  };
}

/** One line per problem, the same in the CLI and the editor: `.sincerelyrc.json: "run" must be …`. */
export function describeProblem(problem: ConfigProblem, fileName = problem.source): string {
  if (problem.key === '') return `${fileName}: ${problem.message}`;
  return `${fileName}: "${problem.key}" ${problem.message}`;
}
