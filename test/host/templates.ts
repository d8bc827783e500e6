// The snippet files the extension contributes, bundled as text at build time.
import enText from '../../snippets/en.code-snippets';
import ruText from '../../snippets/ru.code-snippets';
import { parseSnippets, type Snippet } from './helpers';

export const SNIPPETS: Readonly<Record<'en' | 'ru', Snippet[]>> = { en: parseSnippets(enText), ru: parseSnippets(ruText) };

export const SCENARIOS = ['late', 'quality', 'scope', 'refund', 'angry'] as const;
export type Scenario = (typeof SCENARIOS)[number];

/** The prefixes of the full templates, as the README lists them. */
const TEMPLATE_PREFIX: Record<'en' | 'ru', Record<Scenario, string>> = {
  en: { late: 'reply-full-late', quality: 'reply-full-quality', scope: 'reply-full-scope', refund: 'reply-full-refund', angry: 'reply-full-angry' },
  ru: {
    late: 'ответ-полный-задержка',
    quality: 'ответ-полный-качество',
    scope: 'ответ-полный-объём',
    refund: 'ответ-полный-возврат',
    angry: 'ответ-полный-гнев',
  },
};

export function template(scenario: Scenario, language: 'en' | 'ru'): Snippet {
  const prefix = TEMPLATE_PREFIX[language][scenario];
  const snippet = SNIPPETS[language].find((s) => s.prefix === prefix);
  if (!snippet) throw new Error(`no snippet with the prefix ${prefix} in snippets/${language}.code-snippets`);
  return snippet;
}
