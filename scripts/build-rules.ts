/**
 * Turns the rule data in rules/<lang>/*.yaml into the files the engine loads per language,
 * dist/dict/rules/<lang>.json, into src/engine/rules/data.generated.ts (the same data for the
 * scripts and tests, and the rule ids the bundles keep) and the rules table in docs/rules.md (all
 * built, not committed), and fails on malformed data: unknown categories or keys, duplicate ids
 * or patterns, patterns that do not compile, bad suggestions.
 *   tsx scripts/build-rules.ts           write the outputs (`npm run build` does this first)
 *   tsx scripts/build-rules.ts --check   fail when the outputs are out of date
 *   tsx scripts/build-rules.ts --stats   print rule, pattern and atom counts per language
 */
import { readFileSync, readdirSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load as loadYaml } from 'js-yaml';
import { SYNTAX } from '../src/engine/lang/index.js';
import { compileConstruction, ConstructionError, keyAtomsOf, type CompileContext } from '../src/engine/match/compile.js';
import { compilePattern, PatternError } from '../src/engine/match/phrase.js';
import {
  LANGUAGES,
  REACHES,
  TONE_CATEGORIES,
  type Antipattern,
  type Language,
  type NamedPatterns,
  type Reach,
  type RuleData,
  type StructureData,
  type Suggestion,
  type ToneCategory,
  type WordClasses,
} from '../src/engine/types.js';
import { agree } from '../src/engine/agreement.js';
import { normalizeWord, stem } from '../src/engine/morphology.js';
import { ruleDataFileName, type LanguageRuleData } from '../src/engine/rule-data.js';
import { writeRulePages, type YamlExamples } from './rule-pages.js';
import { loadStructure, structureTable } from './structure-data.js';
import type { CheckExamples } from './structure-checks.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const PHRASE_KEYS = new Set(['id', 'kind', 'patterns', 'message', 'note', 'suggestions', 'notBefore', 'notAfter', 'unless', 'examples']);
const CONSTRUCTION_KEYS = new Set(['id', 'kind', 'match', 'scope', 'unless', 'message', 'note', 'suggestions', 'examples']);

/** A rule's examples from its YAML: texts it must flag (`[[…]]` marks the expected range) and texts it must pass. */
export interface RuleExamples {
  flag: string[];
  pass: string[];
}

export interface LoadedRules {
  rules: RuleData[];
  classes: Record<Language, WordClasses>;
  /** Named sub-patterns (`$name`), from rules/<lang>/patterns.yaml. */
  patterns: Record<Language, NamedPatterns>;
  /** Examples by `<lang>:<id>` (kept out of the generated module). */
  examples: Map<string, RuleExamples>;
  /** Reply-structure cues and messages, from rules/<lang>/structure.yaml (see scripts/structure-data.ts). */
  structure: Partial<Record<Language, StructureData>>;
  /** Examples of the reply checks by `<lang>:<check id>` (kept out of the generated module). */
  checkExamples: Map<string, CheckExamples>;
  errors: string[];
}

/** A suggestion item: a plain string (reach `phrase`) or `{text, reach}`; undefined when malformed. */
export function suggestionOf(item: unknown): Suggestion | undefined {
  if (typeof item === 'string') return item.trim() ? { text: item.trim(), reach: 'phrase' } : undefined;
  if (!item || typeof item !== 'object') return undefined;
  const { text, reach, ...rest } = item as Record<string, unknown>;
  if (Object.keys(rest).length > 0 || typeof text !== 'string' || !text.trim()) return undefined;
  if (!REACHES.includes(reach as Reach)) return undefined;
  return { text: text.trim(), reach: reach as Reach };
}

function stringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string' && v.trim() !== '');
}

function antipatternOf(value: unknown): Antipattern | undefined {
  if (typeof value === 'string' && value.trim()) return { pattern: value.trim() };
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const { pattern, scope, ...rest } = value as Record<string, unknown>;
    if (typeof pattern === 'string' && pattern.trim() && (scope === 'clause' || scope === 'sentence') && Object.keys(rest).length === 0)
      return { pattern: pattern.trim(), scope };
  }
  return undefined;
}

function examplesOf(value: unknown, at: string, errors: string[]): RuleExamples | undefined {
  if (value === undefined) return undefined;
  const v = value as Record<string, unknown>;
  const flag = v?.flag ?? [];
  const pass = v?.pass ?? [];
  if (
    !v ||
    typeof v !== 'object' ||
    Object.keys(v).some((k) => k !== 'flag' && k !== 'pass') ||
    !(stringList(flag) || (Array.isArray(flag) && flag.length === 0)) ||
    !(stringList(pass) || (Array.isArray(pass) && pass.length === 0))
  ) {
    errors.push(`${at}: examples must be {flag: [texts], pass: [texts]}`);
    return undefined;
  }
  return { flag: flag as string[], pass: pass as string[] };
}

export function loadRules(dir = join(root, 'rules')): LoadedRules {
  const errors: string[] = [];
  const rules: RuleData[] = [];
  const examples = new Map<string, RuleExamples>();
  const patternsByLanguage = {} as Record<Language, NamedPatterns>;
  const classes = {} as Record<Language, WordClasses>;
  const structure: Partial<Record<Language, StructureData>> = {};
  const checkExamples = new Map<string, CheckExamples>();
  for (const language of LANGUAGES) {
    const langDir = join(dir, language);
    const classFile = join(langDir, 'classes.yaml');
    const loadedClasses = existsSync(classFile) ? (loadYaml(readFileSync(classFile, 'utf8')) ?? {}) : {};
    classes[language] = loadedClasses as WordClasses;
    for (const [name, members] of Object.entries(classes[language])) {
      if (!stringList(members)) errors.push(`${language}/classes.yaml: class ${name} must be a list of words`);
    }
    const patternFile = join(langDir, 'patterns.yaml');
    const named = (existsSync(patternFile) ? (loadYaml(readFileSync(patternFile, 'utf8')) ?? {}) : {}) as Record<string, unknown>;
    patternsByLanguage[language] = {};
    for (const [name, value] of Object.entries(named)) {
      const list = typeof value === 'string' ? [value] : value;
      if (!stringList(list)) errors.push(`${language}/patterns.yaml: ${name} must be a pattern or a list of patterns`);
      else patternsByLanguage[language][name] = list.map((p) => p.trim());
    }
    const ctx: CompileContext = { language, classes: classes[language], patterns: patternsByLanguage[language], common: SYNTAX[language].common };
    for (const [name, list] of Object.entries(patternsByLanguage[language])) {
      for (const p of list) {
        try {
          compileConstruction(p, ctx);
        } catch (error) {
          errors.push(`${language}/patterns.yaml ${name}: ${error instanceof ConstructionError ? error.message : String(error)}`);
        }
      }
    }
    const ids = new Set<string>();
    const patterns = new Map<string, string>();
    const languageCheckExamples = new Map<string, CheckExamples>();
    const loadedStructure = loadStructure(
      join(langDir, 'structure.yaml'),
      language,
      classes[language],
      join(dir, '..', 'snippets', `${language}.code-snippets`),
      errors,
      patternsByLanguage[language],
      languageCheckExamples,
    );
    if (loadedStructure) structure[language] = loadedStructure;
    for (const [id, ex] of languageCheckExamples) checkExamples.set(`${language}:${id}`, ex);
    for (const file of readdirSync(langDir)
      .filter((f) => f.endsWith('.yaml') && f !== 'classes.yaml' && f !== 'structure.yaml' && f !== 'patterns.yaml')
      .sort()) {
      const where = `${language}/${file}`;
      const category = file.replace(/\.yaml$/, '') as ToneCategory;
      if (!TONE_CATEGORIES.includes(category)) {
        errors.push(`${where}: unknown category "${category}" (expected one of ${TONE_CATEGORIES.join(', ')})`);
        continue;
      }
      const entries = loadYaml(readFileSync(join(langDir, file), 'utf8'));
      if (!Array.isArray(entries)) {
        errors.push(`${where}: expected a list of rules`);
        continue;
      }
      for (const entry of entries as Record<string, unknown>[]) {
        const id = String(entry.id ?? '');
        const at = `${where} ${id || '(no id)'}`;
        if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) errors.push(`${at}: id must be ASCII kebab-case`);
        if (ids.has(id)) errors.push(`${at}: duplicate id`);
        ids.add(id);
        const kind = entry.kind ?? (entry.match !== undefined ? 'construction' : 'phrase');
        if (kind !== 'phrase' && kind !== 'construction') errors.push(`${at}: unknown kind "${String(kind)}" (phrase or construction)`);
        const keys = kind === 'construction' ? CONSTRUCTION_KEYS : PHRASE_KEYS;
        for (const key of Object.keys(entry)) if (!keys.has(key)) errors.push(`${at}: unknown key "${key}" for kind ${String(kind)}`);
        const sourceKey = kind === 'construction' ? 'match' : 'patterns';
        if (!stringList(entry[sourceKey]) || entry[sourceKey].length === 0) errors.push(`${at}: ${sourceKey} must be a non-empty list`);
        if (typeof entry.message !== 'string' || !entry.message.trim()) errors.push(`${at}: message is required`);
        if (typeof entry.note !== 'string' || !entry.note.trim()) errors.push(`${at}: note is required`);
        const rawSuggestions = entry.suggestions ?? [];
        const suggestions = Array.isArray(rawSuggestions) ? rawSuggestions.map(suggestionOf) : [];
        if (!Array.isArray(rawSuggestions) || rawSuggestions.length > 3 || suggestions.includes(undefined)) {
          errors.push(`${at}: suggestions must be a list of 0 to 3 strings or {text, reach: phrase|clause|sentence}`);
        }
        const ruleExamples = examplesOf(entry.examples, at, errors);
        if (ruleExamples) examples.set(`${language}:${id}`, ruleExamples);
        const rule: RuleData = {
          id,
          category,
          language,
          kind: kind as RuleData['kind'],
          patterns: [],
          message: String(entry.message ?? '').trim(),
          note: String(entry.note ?? '').trim(),
          suggestions: suggestions.filter((x): x is Suggestion => x !== undefined),
        };
        const sources: string[] = stringList(entry[sourceKey]) ? entry[sourceKey].map((p) => p.trim()) : [];
        if (kind === 'construction') {
          rule.match = sources;
          if (entry.scope !== undefined) {
            if (entry.scope !== 'clause' && entry.scope !== 'sentence') errors.push(`${at}: scope must be clause or sentence`);
            else rule.scope = entry.scope;
          }
          if (entry.unless !== undefined) {
            const antipatterns = Array.isArray(entry.unless) ? entry.unless.map(antipatternOf) : [undefined];
            if (antipatterns.includes(undefined)) errors.push(`${at}: unless must be a list of patterns or {pattern, scope: clause|sentence}`);
            else rule.antipatterns = antipatterns as Antipattern[];
          }
          for (const p of [...sources, ...(rule.antipatterns ?? []).map((a) => a.pattern)]) {
            try {
              compileConstruction(p, ctx);
            } catch (error) {
              errors.push(`${at}: ${error instanceof ConstructionError ? error.message : String(error)}`);
            }
          }
        } else {
          rule.patterns = sources;
          for (const key of ['notBefore', 'notAfter', 'unless'] as const) {
            if (entry[key] !== undefined && !stringList(entry[key])) errors.push(`${at}: ${key} must be a list of strings`);
            if (stringList(entry[key])) rule[key] = entry[key] as string[];
          }
          for (const pattern of [...rule.patterns, ...(rule.unless ?? [])]) {
            try {
              compilePattern(pattern, language, classes[language]);
            } catch (error) {
              errors.push(`${at}: ${error instanceof PatternError ? error.message : String(error)}`);
            }
          }
        }
        for (const pattern of sources) {
          const key = pattern.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ');
          const owner = patterns.get(key);
          if (owner) errors.push(`${at}: duplicate pattern "${pattern}" (also in ${owner})`);
          patterns.set(key, id);
        }
        rules.push(rule);
      }
    }
  }
  // The same id in both languages must mean the same idea, so it must have the same category.
  const categoryOf = new Map<string, string>();
  for (const rule of rules) {
    const seen = categoryOf.get(rule.id);
    if (seen && seen !== rule.category) errors.push(`${rule.language} ${rule.id}: category ${rule.category} differs from the other language's ${seen}`);
    categoryOf.set(rule.id, rule.category);
  }
  // A reply check's id names one check in every language: the same kind everywhere.
  const kindOf = new Map<string, string>();
  for (const data of Object.values(structure)) {
    for (const [id, check] of Object.entries(data?.checks ?? {})) {
      const kind = check.kind === 'sequence' ? ('run' in check ? 'sequence (run)' : 'sequence (order)') : check.kind;
      const seen = kindOf.get(id);
      if (seen && seen !== kind) errors.push(`${data!.language}/structure.yaml checks.${id}: kind ${kind} differs from the other language's ${seen}`);
      kindOf.set(id, kind);
    }
  }
  return { rules, classes, patterns: patternsByLanguage, examples, structure, checkExamples, errors };
}

function generatedModule({ rules, classes, patterns, structure }: LoadedRules): string {
  return [
    '// Generated by scripts/build-rules.ts from rules/**/*.yaml (npm run build). Not committed: edit the YAML.',
    "import type { Language, NamedPatterns, RuleData, StructureData, WordClasses } from '../types.js';",
    '',
    `export const RULES: RuleData[] = ${JSON.stringify(rules, null, 1)};`,
    '',
    `export const CLASSES: Record<Language, WordClasses> = ${JSON.stringify(classes, null, 1)};`,
    '',
    `export const PATTERNS: Record<Language, NamedPatterns> = ${JSON.stringify(patterns, null, 1)};`,
    '',
    `export const STRUCTURE: Partial<Record<Language, StructureData>> = ${JSON.stringify(structure, null, 1)};`,
    '',
    '/** Snowball stems of the words of the rule data, "word stem" lines (the stem alone when it is the word): stemming them at the first lint took a third of it. */',
    `export const STEMS: Record<Language, string> = ${JSON.stringify(ruleStems({ rules, classes, patterns, structure }))};`,
    '',
    '/** The ids of the tone rules of every language (settings validation; the rules themselves load with a language). */',
    `export const RULE_IDS: readonly string[] = ${JSON.stringify([...new Set(rules.map((r) => r.id))].sort())};`,
    '',
    '/** The ids of the reply checks (`checks:` of rules/<lang>/structure.yaml), every language. */',
    `export const STRUCTURE_CHECK_IDS: readonly string[] = ${JSON.stringify([...new Set(Object.values(structure).flatMap((data) => Object.keys(data?.checks ?? {})))])};`,
    '',
  ].join('\n');
}

/**
 * The rule data of each language as the engine loads it (src/engine/rule-data.ts), written to
 * dist/dict/rules/<lang>.json beside the dictionaries: JSON read on the first lint, not code
 * compiled at every activation and CLI start.
 */
function languageRuleFiles(loaded: LoadedRules): Record<Language, string> {
  const stems = ruleStems(loaded);
  const out = {} as Record<Language, string>;
  for (const language of LANGUAGES) {
    const data: LanguageRuleData = {
      language,
      rules: loaded.rules.filter((r) => r.language === language),
      classes: loaded.classes[language],
      patterns: loaded.patterns[language],
      ...(loaded.structure[language] ? { structure: loaded.structure[language] } : {}),
      stems: stems[language],
      keyAtoms: keyAtoms(loaded, language),
    };
    out[language] = JSON.stringify(data);
  }
  return out;
}

/**
 * The build-time index key atoms of every construction pattern source of a language (see
 * rule-data.ts `keyAtoms`), found with the classes the structure cues compile with (the
 * language's and its structure data's): the rules' patterns never name a structure class.
 */
function keyAtoms(loaded: LoadedRules, language: Language): Record<string, Array<string | null>> {
  const structure = loaded.structure[language];
  const ctx: CompileContext = {
    language,
    classes: { ...loaded.classes[language], ...structure?.classes },
    patterns: loaded.patterns[language],
    common: SYNTAX[language].common,
  };
  const sources = new Set<string>();
  if (loaded.patterns[language]['own-fault']) sources.add('$own-fault');
  for (const rule of loaded.rules) {
    if (rule.language !== language || rule.kind !== 'construction') continue;
    for (const p of rule.match ?? []) sources.add(p);
    for (const a of rule.antipatterns ?? []) sources.add(a.pattern);
  }
  for (const part of Object.values(structure?.parts ?? {})) for (const p of [...(part.match ?? []), ...(part.matchUnless ?? [])]) sources.add(p);
  const out: Record<string, Array<string | null>> = {};
  for (const source of sources) out[source] = keyAtomsOf(source, ctx);
  return out;
}

/** Every word of a language's rule data (a superset of its lemmas), with the stem `stem()` gives it. */
function ruleStems({ rules, classes, patterns, structure }: Pick<LoadedRules, 'rules' | 'classes' | 'patterns' | 'structure'>): Record<Language, string> {
  const out = {} as Record<Language, string>;
  for (const language of LANGUAGES) {
    const own = rules.filter((r) => r.language === language).map((r) => [r.patterns, r.match, r.antipatterns, r.notBefore, r.notAfter, r.unless]);
    const text = JSON.stringify([own, classes[language], patterns[language], structure[language]]);
    const words = new Set<string>();
    for (const m of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.&-]*/gu)) words.add(normalizeWord(m[0]));
    out[language] = [...words]
      .sort()
      .map((w) => {
        const s = stem(w, language);
        return s === w ? w : `${w} ${s}`;
      })
      .join('\n');
  }
  return out;
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function rulesTable({ rules, structure }: LoadedRules): string {
  const out = [
    '# Rules',
    '',
    'Generated from `rules/<lang>/<category>.yaml` by `npm run build`. The editor opens one page per rule, built from the same data into `dist/rules/` and shipped in the VSIX.',
    'Patterns use the languages described in [rules/README.md](../rules/README.md).',
    '',
  ];
  const ids = [...new Set(rules.map((r) => r.id))].sort();
  const counts = LANGUAGES.map(
    (l) => `${rules.filter((r) => r.language === l).reduce((n, r) => n + r.patterns.length + (r.match?.length ?? 0), 0)} ${l.toUpperCase()} patterns`,
  );
  out.push(`${ids.length} rules, ${counts.join(', ')}.`, '');
  for (const category of TONE_CATEGORIES) {
    out.push(`## ${category}`, '', '| Rule | Language | Flags (patterns) | Why | Suggestions |', '|---|---|---|---|---|');
    for (const id of ids) {
      for (const rule of rules.filter((r) => r.id === id && r.category === category)) {
        out.push(
          `| <a id="${id}"></a>\`${id}\` | ${rule.language} | ${escapeCell([...rule.patterns, ...(rule.match ?? [])].map((p) => `\`${p}\``).join(', '))} | ${escapeCell(rule.message)} | ${escapeCell(rule.suggestions.map((x) => agree(x.text, {})).join(' / ') || '—')} |`,
        );
      }
    }
    out.push('');
  }
  if (Object.keys(structure).length > 0) out.push(...structureTable(structure));
  return out.join('\n');
}

/** Rules, patterns and atoms per language, and the share of atoms written as exact forms. */
export function ruleStats({ rules, classes }: LoadedRules): string[] {
  return LANGUAGES.map((language) => {
    const own = rules.filter((r) => r.language === language);
    const sources = own.flatMap((r) => [...r.patterns, ...(r.match ?? []), ...(r.antipatterns ?? []).map((a) => a.pattern), ...(r.unless ?? [])]);
    const atoms = sources.flatMap((p) => p.split(/\s+/)).filter((t) => t && !/^(\.\.\.|…|\.\.\d+|&|\*)$/.test(t));
    const alternatives = atoms.flatMap((a) => a.replace(/^[{!+(]+|[)}?]+$/g, '').split('|'));
    const classMembers = Object.values(classes[language]).flat();
    const exact = alternatives.filter((a) => a.startsWith('=')).length + classMembers.filter((m) => m.startsWith('=')).length;
    const total = alternatives.length + classMembers.length;
    const kinds = own.reduce((acc, r) => acc.set(r.kind ?? 'phrase', (acc.get(r.kind ?? 'phrase') ?? 0) + 1), new Map<string, number>());
    return `${language}: ${own.length} rules (${[...kinds].map(([k, n]) => `${n} ${k}`).join(', ')}), ${own.reduce((n, r) => n + r.patterns.length + (r.match?.length ?? 0), 0)} patterns, ${total} atom alternatives incl. class members, ${exact} exact forms (${((100 * exact) / Math.max(1, total)).toFixed(1)}%)`;
  });
}

function main(): void {
  const check = process.argv.includes('--check');
  const loaded = loadRules();
  if (loaded.errors.length > 0) {
    for (const error of loaded.errors) console.error(`rules/${error}`);
    process.exit(1);
  }
  const outputs: Array<[string, string]> = [
    [join(root, 'src/engine/rules/data.generated.ts'), generatedModule(loaded)],
    [join(root, 'docs/rules.md'), rulesTable(loaded)],
  ];
  // The rule data the engine loads (dist/ is not committed): written in both modes, when it differs.
  for (const [language, text] of Object.entries(languageRuleFiles(loaded))) {
    const path = join(root, 'dist', 'dict', ruleDataFileName(language as Language));
    if (existsSync(path) && readFileSync(path, 'utf8') === text) continue;
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
  for (const [path, content] of outputs) {
    const current = existsSync(path) ? readFileSync(path, 'utf8') : '';
    if (current === content) continue;
    if (check) {
      console.error(`${path} is out of date: run npm run rules`);
      process.exit(1);
    }
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  // The rule pages are a build output (dist/ is not committed): written in both modes.
  const pages = writeRulePages(root, loaded.rules, loaded.structure, (loaded as { examples?: YamlExamples }).examples);
  console.log(`rules: ${loaded.rules.length} rules OK, ${pages} rule pages in dist/rules/`);
  if (process.argv.includes('--stats')) for (const line of ruleStats(loaded)) console.log(line);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
