/** The full reply templates behind "New Complaint Reply…": scenario × language → snippet body. Pure. */

export const SCENARIOS = ['late', 'quality', 'scope', 'refund', 'angry'] as const;
export type Scenario = (typeof SCENARIOS)[number];
export const TEMPLATE_LANGUAGES = ['en', 'ru'] as const;
export type TemplateLanguage = (typeof TEMPLATE_LANGUAGES)[number];

/** Prefixes of the full templates in snippets/<language>.code-snippets. */
export const TEMPLATE_PREFIXES: Readonly<Record<TemplateLanguage, Readonly<Record<Scenario, string>>>> = {
  en: {
    late: 'reply-full-late',
    quality: 'reply-full-quality',
    scope: 'reply-full-scope',
    refund: 'reply-full-refund',
    angry: 'reply-full-angry',
  },
  ru: {
    late: 'ответ-полный-задержка',
    quality: 'ответ-полный-качество',
    scope: 'ответ-полный-объём',
    refund: 'ответ-полный-возврат',
    angry: 'ответ-полный-гнев',
  },
};

export const isScenario = (v: unknown): v is Scenario => SCENARIOS.includes(v as Scenario);
export const isTemplateLanguage = (v: unknown): v is TemplateLanguage => TEMPLATE_LANGUAGES.includes(v as TemplateLanguage);

/** Parses a `.code-snippets` file (JSON with comments and trailing commas allowed). */
export function parseSnippetFile(text: string): unknown {
  const withoutComments = text
    .replace(/^\uFEFF/, '')
    .replace(/("(?:[^"\\]|\\.)*")|\/\/[^\n]*|\/\*[\s\S]*?\*\//g, (match, string: string | undefined) => string ?? '')
    .replace(/("(?:[^"\\]|\\.)*")|,(\s*[}\]])/g, (match, string: string | undefined, close: string | undefined) => string ?? close ?? match);
  return JSON.parse(withoutComments);
}

/** The body (lines joined with \n) of the snippet with this prefix, or undefined. */
export function snippetBody(snippets: unknown, prefix: string): string | undefined {
  if (snippets === null || typeof snippets !== 'object') return undefined;
  for (const snippet of Object.values(snippets as Record<string, unknown>)) {
    if (snippet === null || typeof snippet !== 'object') continue;
    const { prefix: p, body } = snippet as { prefix?: unknown; body?: unknown };
    const prefixes = Array.isArray(p) ? p : [p];
    if (!prefixes.includes(prefix)) continue;
    if (typeof body === 'string') return body;
    if (Array.isArray(body) && body.every((line) => typeof line === 'string')) return body.join('\n');
  }
  return undefined;
}
