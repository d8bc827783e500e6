/**
 * One Markdown page per rule id, for reading offline inside the editor (the extension opens them
 * from a diagnostic's code link and from the hover): why it hurts, what to write instead, and
 * examples in both languages. Written by build-rules.ts into dist/rules/<id>.md (a build output,
 * not committed; shipped in the VSIX).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { agree } from '../src/engine/agreement.js';
import { LANGUAGES, PARTS, type Language, type RuleData, type StructureData } from '../src/engine/types.js';

const LANGUAGE_NAME: Record<Language, string> = { en: 'English', ru: 'Русский' };
/** Pages list English first, then Russian. */
const PAGE_ORDER: readonly Language[] = ['en', 'ru'];
const HEADINGS: Record<Language, { why: string; matters: string; what: string; instead: string; examples: string; snippets: string }> = {
  en: {
    why: 'Why it hurts.',
    matters: 'Why it matters.',
    what: 'What to do.',
    instead: 'Write instead:',
    examples: 'Flagged, for example:',
    snippets: 'Snippets:',
  },
  ru: {
    why: 'Чем вредит.',
    matters: 'Почему это важно.',
    what: 'Что делать.',
    instead: 'Лучше написать:',
    examples: 'Например, отмечается:',
    snippets: 'Сниппеты:',
  },
};
/** The merged finding of several missing parts (src/engine/merge.ts). */
const MISSING_PARTS_RULE = 'missing-parts';

/** Positive examples per rule id and language, from test/fixtures/rules/<lang>.tsv. */
export function ruleExamplesByRule(root: string): Map<string, Partial<Record<Language, string[]>>> {
  const byRule = new Map<string, Partial<Record<Language, string[]>>>();
  for (const language of LANGUAGES) {
    const file = join(root, 'test', 'fixtures', 'rules', `${language}.tsv`);
    if (!existsSync(file)) continue;
    for (const raw of readFileSync(file, 'utf8').split(/\r?\n/)) {
      if (!raw.trim() || raw.startsWith('#')) continue;
      const tab = raw.indexOf('\t');
      const id = raw.slice(0, tab).trim();
      if (tab < 0 || id.startsWith('!')) continue;
      const entry = byRule.get(id) ?? {};
      (entry[language] ??= []).push(raw.slice(tab + 1).replace(/\[\[(.+?)\]\]/, '**$1**'));
      byRule.set(id, entry);
    }
  }
  return byRule;
}

const EXAMPLES_PER_LANGUAGE = 3;

function tonePage(id: string, rules: RuleData[], examples: Partial<Record<Language, string[]>> | undefined): string {
  const out = [`# \`${id}\``, '', `Sincerely rule · ${rules[0]!.category}`, ''];
  for (const rule of rules) {
    const h = HEADINGS[rule.language];
    out.push(`## ${LANGUAGE_NAME[rule.language]}`, '', `**${h.why}** ${rule.message}`, '', `**${h.what}** ${rule.note}`, '');
    if (rule.suggestions.length > 0) {
      out.push(`**${h.instead}**`, '', ...rule.suggestions.map((s) => `- ${agree(s.text, {})}`), '');
    }
    const shown = (examples?.[rule.language] ?? []).slice(0, EXAMPLES_PER_LANGUAGE);
    if (shown.length > 0) out.push(`**${h.examples}**`, '', ...shown.map((e) => `- ${e}`), '');
  }
  return out.join('\n');
}

function structurePages(structure: Partial<Record<Language, StructureData>>): Map<string, string> {
  const pages = new Map<string, string[]>();
  const add = (id: string, lines: string[]) => {
    if (!pages.has(id)) pages.set(id, [`# \`${id}\``, '', 'Sincerely rule · structure', '']);
    pages.get(id)!.push(...lines);
  };
  for (const language of PAGE_ORDER) {
    const h = HEADINGS[language];
    const data = structure[language];
    if (!data) continue;
    for (const part of PARTS) {
      const { message, note, snippets } = data.parts[part];
      add(`missing-${part}`, [
        `## ${LANGUAGE_NAME[language]}`,
        '',
        `**${h.matters}** ${message}`,
        '',
        `**${h.what}** ${note}`,
        '',
        `${h.snippets} ${snippets.map((s) => `\`${s}\``).join(', ')}`,
        '',
      ]);
    }
    for (const [check, c] of Object.entries(data.checks)) {
      if (c.kind === 'part') continue; // a missing-<part> page, above
      add(check, [`## ${LANGUAGE_NAME[language]}`, '', `**${h.why}** ${c.message}`, '', `**${h.what}** ${c.note}`, '']);
    }
    add(MISSING_PARTS_RULE, [`## ${LANGUAGE_NAME[language]}`, '', ...PARTS.map((part) => `- **${part}**: ${data.parts[part].message}`), '']);
  }
  return new Map([...pages].map(([id, lines]) => [id, lines.join('\n')]));
}

/** Rule examples written in the rules' YAML, keyed `<lang>:<id>` (as loadRules gives them, when it does). */
export type YamlExamples = Map<string, { flag: string[] }>;

/**
 * Writes dist/rules/<id>.md for every rule id (tone rules, missing parts, ordering checks), with
 * examples from test/fixtures/rules/<lang>.tsv and from the rules' YAML. Returns the count.
 */
export function writeRulePages(root: string, rules: RuleData[], structure: Partial<Record<Language, StructureData>>, yamlExamples?: YamlExamples): number {
  const dir = join(root, 'dist', 'rules');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const examples = ruleExamplesByRule(root);
  for (const [key, { flag }] of yamlExamples ?? []) {
    const [language, id] = key.split(':') as [Language, string];
    const entry = examples.get(id) ?? {};
    (entry[language] ??= []).push(...flag.map((text) => text.replace(/\[\[(.+?)\]\]/, '**$1**')));
    examples.set(id, entry);
  }
  const pages = structurePages(structure);
  for (const id of new Set(rules.map((r) => r.id))) {
    const own = rules.filter((r) => r.id === id).sort((a, b) => PAGE_ORDER.indexOf(a.language) - PAGE_ORDER.indexOf(b.language));
    pages.set(id, tonePage(id, own, examples.get(id)));
  }
  for (const [id, page] of pages) writeFileSync(join(dir, `${id}.md`), `${page.trimEnd()}\n`);
  return pages.size;
}
