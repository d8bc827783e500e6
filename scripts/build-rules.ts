/**
 * Turns the rule data in rules/<lang>/*.yaml into src/engine/rules/data.generated.ts and the
 * rules table in docs/rules.md, and fails on malformed data: unknown categories, duplicate ids
 * or patterns, patterns that do not compile, bad suggestion counts.
 *   tsx scripts/build-rules.ts           write the outputs
 *   tsx scripts/build-rules.ts --check   fail when the outputs are out of date
 */
import { readFileSync, readdirSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load as loadYaml } from 'js-yaml';
import { agree } from '../src/engine/agreement.js';
import { compilePattern, PatternError } from '../src/engine/pattern.js';
import { LANGUAGES, REACHES, TONE_CATEGORIES, type Language, type Reach, type RuleData, type Suggestion, type StructureData, type ToneCategory, type WordClasses } from '../src/engine/types.js';
import { writeRulePages, type YamlExamples } from './rule-pages.js';
import { loadStructure, structureTable } from './structure-data.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const RULE_KEYS = new Set(['id', 'patterns', 'message', 'note', 'suggestions', 'notBefore', 'notAfter', 'unless']);

export interface LoadedRules {
  rules: RuleData[];
  classes: Record<Language, WordClasses>;
  /** Reply-structure cues and messages, from rules/<lang>/structure.yaml (see scripts/structure-data.ts). */
  structure: Partial<Record<Language, StructureData>>;
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

export function loadRules(dir = join(root, 'rules')): LoadedRules {
  const errors: string[] = [];
  const rules: RuleData[] = [];
  const classes = {} as Record<Language, WordClasses>;
  const structure: Partial<Record<Language, StructureData>> = {};
  for (const language of LANGUAGES) {
    const langDir = join(dir, language);
    const classFile = join(langDir, 'classes.yaml');
    const loadedClasses = existsSync(classFile) ? (loadYaml(readFileSync(classFile, 'utf8')) ?? {}) : {};
    classes[language] = loadedClasses as WordClasses;
    for (const [name, members] of Object.entries(classes[language])) {
      if (!stringList(members)) errors.push(`${language}/classes.yaml: class ${name} must be a list of words`);
    }
    const ids = new Set<string>();
    const patterns = new Map<string, string>();
    const loadedStructure = loadStructure(join(langDir, 'structure.yaml'), language, classes[language], join(dir, '..', 'snippets', `${language}.code-snippets`), errors);
    if (loadedStructure) structure[language] = loadedStructure;
    for (const file of readdirSync(langDir).filter((f) => f.endsWith('.yaml') && f !== 'classes.yaml' && f !== 'structure.yaml').sort()) {
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
        for (const key of Object.keys(entry)) if (!RULE_KEYS.has(key)) errors.push(`${at}: unknown key "${key}"`);
        if (!stringList(entry.patterns) || entry.patterns.length === 0) errors.push(`${at}: patterns must be a non-empty list`);
        if (typeof entry.message !== 'string' || !entry.message.trim()) errors.push(`${at}: message is required`);
        if (typeof entry.note !== 'string' || !entry.note.trim()) errors.push(`${at}: note is required`);
        const suggestions = entry.suggestions ?? [];
        if (!Array.isArray(suggestions) || suggestions.length > 3 || !suggestions.every((s) => suggestionOf(s) !== undefined)) {
          errors.push(`${at}: suggestions must be a list of 0 to 3 items, each a string or {text, reach: ${REACHES.join('|')}}`);
        }
        for (const key of ['notBefore', 'notAfter', 'unless'] as const) {
          if (entry[key] !== undefined && !stringList(entry[key])) errors.push(`${at}: ${key} must be a list of strings`);
        }
        const rule: RuleData = {
          id,
          category,
          language,
          patterns: stringList(entry.patterns) ? entry.patterns.map((p) => p.trim()) : [],
          message: String(entry.message ?? '').trim(),
          note: String(entry.note ?? '').trim(),
          suggestions: Array.isArray(suggestions) ? suggestions.flatMap((s) => suggestionOf(s) ?? []) : [],
        };
        for (const key of ['notBefore', 'notAfter', 'unless'] as const) {
          if (stringList(entry[key])) rule[key] = entry[key] as string[];
        }
        for (const pattern of [...rule.patterns, ...(rule.unless ?? [])]) {
          try {
            compilePattern(pattern, language, classes[language]);
          } catch (error) {
            errors.push(`${at}: ${error instanceof PatternError ? error.message : String(error)}`);
          }
        }
        for (const pattern of rule.patterns) {
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
  return { rules, classes, structure, errors };
}

function generatedModule({ rules, classes, structure }: LoadedRules): string {
  return [
    '// Generated by scripts/build-rules.ts from rules/**/*.yaml. Do not edit: edit the YAML and run `npm run rules`.',
    "import type { Language, RuleData, StructureData, WordClasses } from '../types.js';",
    '',
    `export const RULES: RuleData[] = ${JSON.stringify(rules, null, 1)};`,
    '',
    `export const CLASSES: Record<Language, WordClasses> = ${JSON.stringify(classes, null, 1)};`,
    '',
    `export const STRUCTURE: Partial<Record<Language, StructureData>> = ${JSON.stringify(structure, null, 1)};`,
    '',
  ].join('\n');
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function rulesTable({ rules, structure }: LoadedRules): string {
  const out = [
    '# Rules',
    '',
    'Generated from `rules/<lang>/<category>.yaml` by `npm run rules`. The editor opens one page per rule, built from the same data into `dist/rules/` and shipped in the VSIX.',
    'Patterns use the phrase language described in [rules/README.md](../rules/README.md).',
    '',
  ];
  const ids = [...new Set(rules.map((r) => r.id))].sort();
  const counts = LANGUAGES.map((l) => `${rules.filter((r) => r.language === l).reduce((n, r) => n + r.patterns.length, 0)} ${l.toUpperCase()} patterns`);
  out.push(`${ids.length} rules, ${counts.join(', ')}.`, '');
  for (const category of TONE_CATEGORIES) {
    out.push(`## ${category}`, '', '| Rule | Language | Flags (patterns) | Why | Suggestions |', '|---|---|---|---|---|');
    for (const id of ids) {
      for (const rule of rules.filter((r) => r.id === id && r.category === category)) {
        out.push(
          `| <a id="${id}"></a>\`${id}\` | ${rule.language} | ${escapeCell(rule.patterns.map((p) => `\`${p}\``).join(', '))} | ${escapeCell(rule.message)} | ${escapeCell(rule.suggestions.map((s) => agree(s.text, {})).join(' / ') || '—')} |`,
        );
      }
    }
    out.push('');
  }
  if (Object.keys(structure).length > 0) out.push(...structureTable(structure));
  return out.join('\n');
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
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
