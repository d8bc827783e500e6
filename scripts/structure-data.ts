/**
 * Loads and checks `rules/<lang>/structure.yaml`: the cue phrases of the reply's parts, the
 * messages of the `missing-<part>` findings, and the reply checks (structure-checks.ts). Used by
 * build-rules.ts. Fails on unknown or missing parts, unknown keys, duplicate cues, cues that do
 * not compile, unknown word classes, snippet prefixes that snippets/<lang>.code-snippets lacks,
 * and checks that do not load.
 */
import { existsSync, readFileSync } from 'node:fs';
import { load as loadYaml } from 'js-yaml';
import { compilePattern, PatternError } from '../src/engine/pattern.js';
import { compileConstruction, ConstructionError } from '../src/engine/match/compile.js';
import { SYNTAX } from '../src/engine/lang/index.js';
import { loadChecks, type CheckExamples } from './structure-checks.js';
import {
  EVIDENCE_KINDS,
  PARTS,
  type CheckItem,
  type EvidenceKind,
  type Language,
  type Part,
  type PartData,
  type StructureData,
  type NamedPatterns,
  type WordClasses,
} from '../src/engine/types.js';

const TOP_KEYS = new Set(['classes', 'but', 'addressee', 'parts', 'checks', 'evidence']);
const PART_KEYS = new Set(['cues', 'match', 'matchUnless', 'snippets', 'message', 'note', 'notBefore', 'notAfter', 'yieldTo', 'unless']);

function stringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string' && v.trim() !== '');
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The snippet prefixes of `snippets/<lang>.code-snippets`. */
export function snippetPrefixes(snippetFile: string): Set<string> {
  if (!existsSync(snippetFile)) return new Set();
  const data = JSON.parse(readFileSync(snippetFile, 'utf8')) as Record<string, { prefix?: string | string[] }>;
  const prefixes = new Set<string>();
  for (const entry of Object.values(data)) for (const p of [entry.prefix ?? []].flat()) prefixes.add(p);
  return prefixes;
}

/**
 * Reads one language's structure file, or returns undefined when it does not exist.
 * `toneClasses` are the language's classes.yaml; the file's own classes must not redefine them.
 * `checkExamples` receives the examples of the checks, by check id.
 */
export function loadStructure(
  file: string,
  language: Language,
  toneClasses: WordClasses,
  snippetFile: string,
  errors: string[],
  patterns: NamedPatterns = {},
  checkExamples?: Map<string, CheckExamples>,
): StructureData | undefined {
  if (!existsSync(file)) return undefined;
  const where = `${language}/structure.yaml`;
  let raw: unknown;
  try {
    raw = loadYaml(readFileSync(file, 'utf8'));
  } catch (error) {
    errors.push(`${where}: ${(error as Error).message.split('\n')[0]}`);
    return undefined;
  }
  if (!isObject(raw)) {
    errors.push(`${where}: expected an object with parts and checks`);
    return undefined;
  }
  for (const key of Object.keys(raw)) if (!TOP_KEYS.has(key)) errors.push(`${where}: unknown key "${key}"`);

  const classes: WordClasses = {};
  if (raw.classes !== undefined) {
    if (!isObject(raw.classes)) errors.push(`${where}: classes must be an object of word lists`);
    else
      for (const [name, members] of Object.entries(raw.classes)) {
        if (!stringList(members)) errors.push(`${where}: class ${name} must be a list of words`);
        else if (toneClasses[name]) errors.push(`${where}: class ${name} is already defined in ${language}/classes.yaml`);
        else classes[name] = members;
      }
  }
  const allClasses = { ...toneClasses, ...classes };
  const wordList = (key: string, value: unknown): string[] => {
    if (!stringList(value) || value.length === 0) {
      errors.push(`${where}: ${key} must be a non-empty list of words`);
      return [];
    }
    for (const word of value) checkPattern(`(${word})`, `${key}`);
    return value;
  };
  const checkPattern = (pattern: string, at: string) => {
    try {
      compilePattern(pattern, language, allClasses);
    } catch (error) {
      errors.push(`${where} ${at}: ${error instanceof PatternError ? error.message : String(error)}`);
    }
  };
  const but = wordList('but', raw.but);
  const addressee = wordList('addressee', raw.addressee);

  const prefixes = snippetPrefixes(snippetFile);
  const parts = {} as Record<Part, PartData>;
  const cueOwner = new Map<string, string>();
  const rawParts = isObject(raw.parts) ? raw.parts : {};
  if (!isObject(raw.parts)) errors.push(`${where}: parts must be an object of part → cues`);
  for (const name of Object.keys(rawParts)) {
    if (!PARTS.includes(name as Part)) errors.push(`${where}: unknown part "${name}" (expected one of ${PARTS.join(', ')})`);
  }
  for (const part of PARTS) {
    const at = `parts.${part}`;
    const entry = rawParts[part];
    if (!isObject(entry)) {
      errors.push(`${where}: part "${part}" is missing`);
      continue;
    }
    for (const key of Object.keys(entry)) if (!PART_KEYS.has(key)) errors.push(`${where} ${at}: unknown key "${key}"`);
    if (!stringList(entry.cues) || entry.cues.length === 0) errors.push(`${where} ${at}: cues must be a non-empty list`);
    if (!stringList(entry.snippets) || entry.snippets.length === 0) errors.push(`${where} ${at}: snippets must be a non-empty list of prefixes`);
    for (const key of ['message', 'note'] as const) {
      if (typeof entry[key] !== 'string' || !(entry[key] as string).trim()) errors.push(`${where} ${at}: ${key} is required`);
    }
    const data: PartData = {
      cues: stringList(entry.cues) ? entry.cues.map((c) => c.trim()) : [],
      snippets: stringList(entry.snippets) ? entry.snippets : [],
      message: String(entry.message ?? '').trim(),
      note: String(entry.note ?? '').trim(),
    };
    for (const snippet of data.snippets) {
      if (!prefixes.has(snippet)) errors.push(`${where} ${at}: no snippet with the prefix "${snippet}" in snippets/${language}.code-snippets`);
      if (!data.message.includes(snippet)) errors.push(`${where} ${at}: the message must name the snippet "${snippet}"`);
    }
    for (const key of ['notBefore', 'notAfter'] as const) {
      if (entry[key] === undefined) continue;
      if (!stringList(entry[key])) errors.push(`${where} ${at}: ${key} must be a list of words`);
      else {
        data[key] = entry[key] as string[];
        checkPattern(`(${data[key]!.join('|')})`, `${at}.${key}`);
      }
    }
    if (entry.match !== undefined) {
      if (!stringList(entry.match)) errors.push(`${where} ${at}: match must be a list of constructions`);
      else {
        data.match = (entry.match as string[]).map((m) => m.trim());
        for (const m of data.match) {
          try {
            compileConstruction(m, { language, classes: allClasses, patterns, common: SYNTAX[language].common });
          } catch (error) {
            errors.push(`${where} ${at}.match "${m}": ${error instanceof ConstructionError ? error.message : String(error)}`);
          }
        }
      }
    }
    if (entry.matchUnless !== undefined) {
      if (!stringList(entry.matchUnless)) errors.push(`${where} ${at}: matchUnless must be a list of constructions`);
      else {
        data.matchUnless = (entry.matchUnless as string[]).map((m) => m.trim());
        for (const m of data.matchUnless) {
          try {
            compileConstruction(m, { language, classes: allClasses, patterns, common: SYNTAX[language].common });
          } catch (error) {
            errors.push(`${where} ${at}.matchUnless "${m}": ${error instanceof ConstructionError ? error.message : String(error)}`);
          }
        }
      }
    }
    if (entry.unless !== undefined) {
      if (!stringList(entry.unless)) errors.push(`${where} ${at}: unless must be a list of patterns`);
      else {
        data.unless = (entry.unless as string[]).map((u) => u.trim());
        for (const u of data.unless) checkPattern(u, `${at}.unless "${u}"`);
      }
    }
    if (entry.yieldTo !== undefined) {
      if (!stringList(entry.yieldTo)) errors.push(`${where} ${at}: yieldTo must be a list of parts`);
      else {
        for (const other of entry.yieldTo) {
          if (!PARTS.includes(other as Part) || other === part) errors.push(`${where} ${at}: yieldTo names an unknown part "${other}"`);
        }
        data.yieldTo = entry.yieldTo as Part[];
      }
    }
    for (const cue of data.cues) {
      checkPattern(cue, `${at} "${cue}"`);
      const key = cue.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ');
      const owner = cueOwner.get(key);
      if (owner) errors.push(`${where} ${at}: duplicate cue "${cue}" (also in ${owner})`);
      cueOwner.set(key, part);
    }
    parts[part] = data;
  }

  const checks = loadChecks(raw.checks, where, errors, checkExamples);
  const evidence = {} as Record<EvidenceKind, string[]>;
  const rawEvidence = isObject(raw.evidence) ? raw.evidence : {};
  if (!isObject(raw.evidence)) errors.push(`${where}: evidence must be an object of kind → cues`);
  for (const kind of Object.keys(rawEvidence)) {
    if (!EVIDENCE_KINDS.includes(kind as EvidenceKind)) errors.push(`${where}: unknown evidence kind "${kind}" (expected one of ${EVIDENCE_KINDS.join(', ')})`);
  }
  for (const kind of EVIDENCE_KINDS) {
    const cues = rawEvidence[kind];
    if (!stringList(cues) || cues.length === 0) {
      errors.push(`${where} evidence.${kind}: must be a non-empty list of cues`);
      evidence[kind] = [];
      continue;
    }
    for (const cue of cues) checkPattern(cue, `evidence.${kind} "${cue}"`);
    evidence[kind] = cues.map((c) => c.trim());
  }
  return { language, classes, but, addressee, parts, checks, evidence };
}

export function structureTable(structure: Partial<Record<Language, StructureData>>): string[] {
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const out = [
    '## structure',
    '',
    'Cue phrases of the reply parts, from `rules/<lang>/structure.yaml` (see [structure.md](structure.md)).',
    '',
    '| Part | Language | Cues | When missing |',
    '|---|---|---|---|',
  ];
  for (const part of PARTS) {
    for (const data of Object.values(structure)) {
      if (!data) continue;
      const p = data.parts[part];
      out.push(`| <a id="missing-${part}"></a>\`${part}\` | ${data.language} | ${cell(p.cues.map((c) => `\`${c}\``).join(', '))} | ${cell(p.message)} |`);
    }
  }
  out.push('', '### Reply checks', '', 'The `checks:` of `rules/<lang>/structure.yaml` (kinds in [rules/README.md](../rules/README.md)).', '');
  out.push('| Check | Language | Kind | Parameters | Message |', '|---|---|---|---|---|');
  const item = (i: CheckItem) => ('part' in i ? `part ${i.part}` : 'tone' in i ? `tone ${i.tone.join(', ')}` : `words ${i.words}`);
  for (const data of Object.values(structure)) {
    if (!data) continue;
    for (const [id, c] of Object.entries(data.checks)) {
      const params =
        c.kind === 'part'
          ? `part ${c.part}${c.requiredWhen ? `; required when pending: ${c.requiredWhen.pending.join(', ')}` : ''}`
          : c.kind === 'occurrence'
            ? `of ${item(c.of)}; max ${c.max}${c.share !== undefined ? `; share > ${c.share}` : ''}`
            : 'run' in c
              ? `run \`${c.run}\`; min ${c.min}`
              : `${item(c.order[0])} → ${item(c.order[1])}; scope ${c.scope}; mark ${c.mark}${c.unlessFlagged ? '; unless flagged' : ''}`;
      const message = c.kind === 'part' ? data.parts[c.part].message : c.message;
      out.push(`| \`${id}\` | ${data.language} | ${c.kind} | ${cell(params)} | ${cell(message)} |`);
    }
  }
  out.push('');
  return out;
}
