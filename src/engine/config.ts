/**
 * Settings shared by the CLI and the extension, and their validation. A `.sincerelyrc.json`
 * holds the same keys as the `sincerely.*` settings (with or without the prefix). Invalid
 * values are reported, one problem per key, and ignored: the defaults apply to the rest.
 */
import { RULES } from './rules/data.generated.js';
import { CATEGORIES, SEVERITIES, type Category, type LintOptions, type SeverityLevel } from './types.js';

export interface EngineSettings {
  enable: boolean;
  language: 'auto' | 'ru' | 'en';
  disabledRules: string[];
  allowedPhrases: string[];
  severity: Partial<Record<Category, SeverityLevel>>;
  /** Structure checks and the reply score on texts that look like a reply (docs/structure.md). */
  structure: boolean;
}

export const DEFAULT_SETTINGS: EngineSettings = {
  enable: true,
  language: 'auto',
  disabledRules: [],
  allowedPhrases: [],
  severity: {},
  structure: true,
};

export interface ConfigProblem {
  /** The file or settings source the problem is in. */
  source: string;
  /** The key at fault (`severity.excuse`), or '' for the file as a whole. */
  key: string;
  message: string;
}

export interface ValidatedSettings {
  settings: Partial<EngineSettings>;
  problems: ConfigProblem[];
}

/** Every rule id the engine knows (tone rules of both languages and structure checks). */
let knownIds: Set<string> | undefined;
const extraIds = new Set<string>();
export function knownRuleIds(): Set<string> {
  knownIds ??= new Set(RULES.map((r) => r.id));
  return new Set([...knownIds, ...extraIds]);
}
/** Lets other parts of the engine (the structure checks) declare their rule ids. */
export function registerRuleIds(ids: Iterable<string>): void {
  for (const id of ids) extraIds.add(id);
}

const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

/** Validates a settings object from any source; unknown keys are ignored (other tools may share it). */
export function validateSettings(raw: unknown, source: string): ValidatedSettings {
  const problems: ConfigProblem[] = [];
  const settings: Partial<EngineSettings> = {};
  const problem = (key: string, message: string) => problems.push({ source, key, message });
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    problem('', 'expected a JSON object of settings');
    return { settings, problems };
  }
  const entries = Object.entries(raw as Record<string, unknown>).map(([k, v]) => [k.replace(/^sincerely\./, ''), v] as const);
  for (const [key, value] of entries) {
    switch (key) {
      case 'enable':
        if (typeof value === 'boolean') settings.enable = value;
        else problem(key, 'must be true or false');
        break;
      case 'language':
        if (value === 'auto' || value === 'ru' || value === 'en') settings.language = value;
        else problem(key, 'must be "auto", "ru" or "en"');
        break;
      case 'disabledRules': {
        if (!isStringList(value)) {
          problem(key, 'must be a list of rule ids');
          break;
        }
        const known = knownRuleIds();
        const unknown = value.filter((id) => !known.has(id));
        if (unknown.length > 0) problem(key, `unknown rule id${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}`);
        settings.disabledRules = value.filter((id) => known.has(id));
        break;
      }
      case 'structure':
        if (typeof value === 'boolean') settings.structure = value;
        else problem(key, 'must be true or false');
        break;
      case 'allowedPhrases':
        if (isStringList(value)) settings.allowedPhrases = value.filter((p) => p.trim() !== '');
        else problem(key, 'must be a list of phrases');
        break;
      case 'severity': {
        if (value === null || typeof value !== 'object' || Array.isArray(value)) {
          problem(key, 'must be an object of category → level');
          break;
        }
        const severity: Partial<Record<Category, SeverityLevel>> = {};
        for (const [category, level] of Object.entries(value as Record<string, unknown>)) {
          if (!CATEGORIES.includes(category as Category)) {
            problem(`${key}.${category}`, `unknown category (expected one of ${CATEGORIES.join(', ')})`);
          } else if (level !== 'off' && !SEVERITIES.includes(level as never)) {
            problem(`${key}.${category}`, `must be one of ${[...SEVERITIES, 'off'].join(', ')}`);
          } else {
            severity[category as Category] = level as SeverityLevel;
          }
        }
        settings.severity = severity;
        break;
      }
      default:
        break;
    }
  }
  return { settings, problems };
}

/** Parses and validates the text of a `.sincerelyrc.json`. */
export function parseRcFile(text: string, source: string): ValidatedSettings {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { settings: {}, problems: [{ source, key: '', message: `not valid JSON (${(error as Error).message})` }] };
  }
  return validateSettings(raw, source);
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
  };
}

export const RC_FILE_NAME = '.sincerelyrc.json';
