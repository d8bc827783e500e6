/**
 * The JSON schema of `.sincerelyrc.json`, derived from the `sincerely.*` settings of package.json
 * (descriptions from package.nls.json): every key with and without the `sincerely.` prefix.
 */
type Schema = Record<string, unknown>;

export function rcSchema(properties: Record<string, Schema>, nls: Record<string, string>): Schema {
  const localize = (value: unknown): unknown => {
    if (typeof value === 'string') return value.replace(/^%(.+)%$/, (_, key: string) => nls[key] ?? key);
    if (Array.isArray(value)) return value.map(localize);
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value)
          .filter(([key]) => key !== 'scope' && key !== 'order')
          .map(([key, v]) => [key, localize(v)]),
      );
    }
    return value;
  };
  const entries = Object.entries(properties).flatMap(([name, schema]) => {
    const local = localize(schema);
    return [
      [name.replace(/^sincerely\./, ''), local],
      [name, local],
    ];
  });
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: '.sincerelyrc.json',
    description: 'Sincerely settings shared by the VS Code extension and the CLI.',
    type: 'object',
    properties: Object.fromEntries(entries),
  };
}
