/** The drafts of the fixture workspace, what the engine must flag in them, and snippet bodies. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Per draft language: files of test/e2e/fixtures/workspace and the phrases they contain. */
export const DRAFTS = {
  en: {
    draft: 'replies/late-delivery.txt',
    notes: 'notes/late-delivery.txt',
    empty: 'replies/new.txt',
    excuse: {
      phrase: 'We did our best',
      rule: 'did-our-best',
      sentence: 'We did our best.',
      replacement: 'We did not deliver what we promised, and that is our responsibility.',
    },
    blame: { phrase: 'You misunderstood', rule: 'you-misunderstood' },
    /** Typed at the end of a draft: one more excuse. */
    extraSentence: 'We did our best.',
    /** Typed into an empty draft with `sincerely.run` = onSave. */
    typedSentences: 'We did our best. You misunderstood the brief.',
    snippetPrefix: 'reply-full-late',
    newReply: { scenario: 'Refund request', language: 'English', prefix: 'reply-full-refund' },
    /** A finding in mid-sentence whose preferred fix rewrites the whole sentence. */
    sentenceFix: {
      draft: 'replies/not-my-fault.txt',
      phrase: 'not my fault',
      sentence: 'The delay was not my fault.',
      replacement: 'This is our responsibility, and we will fix it by [date].',
    },
  },
  ru: {
    draft: 'ответы/задержка.txt',
    notes: 'notes/задержка.txt',
    empty: 'ответы/новый.txt',
    excuse: {
      phrase: 'Мы старались изо всех сил',
      rule: 'did-our-best',
      sentence: 'Мы старались изо всех сил.',
      replacement: 'Мы не сделали то, что обещали, и это наша ответственность.',
    },
    blame: { phrase: 'Вы неправильно поняли', rule: 'you-misunderstood' },
    extraSentence: 'Мы старались изо всех сил.',
    typedSentences: 'Мы старались изо всех сил. Вы неправильно поняли задание.',
    snippetPrefix: 'ответ-полный-задержка',
    newReply: { scenario: 'Poor quality', language: 'Русский', prefix: 'ответ-полный-качество' },
    sentenceFix: {
      draft: 'ответы/сбой.txt',
      phrase: 'технический сбой',
      sentence: 'У нас был технический сбой.',
      replacement: 'Наша система не сработала, и за это отвечаем мы.',
    },
    /** Typed into an untitled editor whose language is then set to "ini", as VS Code may guess it. */
    untitled: 'Здравствуйте, Марк!\n\nМы старались изо всех сил.\n\nС уважением,\nАнна',
  },
};

/** 1-based line and column of the first occurrence of `phrase` in `text`. */
export function positionOf(text, phrase) {
  const offset = text.indexOf(phrase);
  if (offset < 0) throw new Error(`fixture does not contain «${phrase}»`);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/** Parses a `.code-snippets` file (JSON with comments and trailing commas). */
function parseSnippets(text) {
  const clean = text
    .replace(/^\uFEFF/, '')
    .replace(/("(?:[^"\\]|\\.)*")|\/\/[^\n]*|\/\*[\s\S]*?\*\//g, (m, s) => s ?? '')
    .replace(/("(?:[^"\\]|\\.)*")|,(\s*[}\]])/g, (m, s, close) => s ?? close ?? m);
  return JSON.parse(clean);
}

/**
 * The text a snippet inserts when every placeholder keeps its default: `${1:text}` → text,
 * `${1|a,b|}` → a, `$1` → the default of placeholder 1 (mirrors) or nothing, `$0` → nothing.
 */
export function expandedSnippet(rootDir, language, prefix) {
  const snippets = parseSnippets(readFileSync(join(rootDir, 'snippets', `${language}.code-snippets`), 'utf8'));
  const snippet = Object.values(snippets).find((s) => (Array.isArray(s.prefix) ? s.prefix : [s.prefix]).includes(prefix));
  if (!snippet) throw new Error(`no snippet with prefix ${prefix} in snippets/${language}.code-snippets`);
  const body = Array.isArray(snippet.body) ? snippet.body.join('\n') : snippet.body;
  const defaults = new Map();
  const resolved = body
    .replace(/\$\{(\d+)\|([^|]*)\|\}/g, (m, n, choices) => {
      const value = choices.split(',')[0];
      if (!defaults.has(n)) defaults.set(n, value);
      return value;
    })
    .replace(/\$\{(\d+):([^}]*)\}/g, (m, n, value) => {
      if (!defaults.has(n)) defaults.set(n, value);
      return value;
    });
  if (/\$\{[A-Z_]|\$[A-Z_]|\\\$/.test(resolved)) throw new Error(`snippet ${prefix} uses variables or escapes: update expandedSnippet()`);
  return resolved.replace(/\$\{(\d+)\}|\$(\d+)/g, (m, a, b) => defaults.get(a ?? b) ?? '');
}

/** Ids of the tone rules (every rule file but structure and classes) of both languages. */
export function toneRuleIds(rootDir) {
  const ids = new Set();
  for (const language of ['en', 'ru']) {
    const dir = join(rootDir, 'rules', language);
    for (const file of readdirSync(dir)) {
      if (!file.endsWith('.yaml') || file === 'structure.yaml' || file === 'classes.yaml') continue;
      for (const m of readFileSync(join(dir, file), 'utf8').matchAll(/^- id:\s*([\w-]+)/gm)) ids.add(m[1]);
    }
  }
  return ids;
}
