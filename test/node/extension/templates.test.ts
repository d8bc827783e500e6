import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { lint } from '../../../src/engine/index.js';
import { isScenario, parseSnippetFile, SCENARIOS, snippetBody, TEMPLATE_LANGUAGES, TEMPLATE_PREFIXES } from '../../../src/extension/templates.js';

/** The text a snippet inserts when every placeholder keeps its default (first choice). */
function expand(body: string): string {
  let text = body;
  for (let i = 0; i < 10 && /\$\{\d+[:|]/.test(text); i++) {
    text = text.replace(/\$\{\d+\|([^,|}]*)[^}]*\|\}/g, '$1').replace(/\$\{\d+:([^{}$]*)\}/g, '$1');
  }
  return text.replace(/\$\{?\d+\}?/g, '').replace(/\$\{[A-Z_]+(?::([^}]*))?\}/g, '$1');
}

describe('reply templates', () => {
  for (const language of TEMPLATE_LANGUAGES) {
    const snippets = parseSnippetFile(readFileSync(`snippets/${language}.code-snippets`, 'utf8'));
    for (const scenario of SCENARIOS) {
      const prefix = TEMPLATE_PREFIXES[language][scenario];
      it(`${language}/${scenario}: "${prefix}" exists, has tab stops and reads without findings`, () => {
        const body = snippetBody(snippets, prefix);
        assert.ok(body, `no snippet with the prefix ${prefix}`);
        assert.match(body, /\$\{1[:|]/, 'a first tab stop');
        assert.ok(body.split('\n').length > 5, 'a whole letter');
        const text = expand(body);
        assert.doesNotMatch(text, /\$\{/);
        assert.deepEqual(
          lint(text)
            .filter((f) => f.category !== 'structure')
            .map((f) => `${f.ruleId}: ${f.actual}`),
          [],
        );
      });
    }
  }

  it('parses snippet files with comments and trailing commas', () => {
    const parsed = parseSnippetFile(
      '{\n // a comment\n "A": {"prefix": ["x", "y"], "body": "one // not a comment",},\n /* block */ "B": {"prefix": "z", "body": ["1", "2"]},\n}',
    );
    assert.equal(snippetBody(parsed, 'y'), 'one // not a comment');
    assert.equal(snippetBody(parsed, 'z'), '1\n2');
    assert.equal(snippetBody(parsed, 'nope'), undefined);
  });

  it('knows its scenarios', () => {
    assert.ok(isScenario('late'));
    assert.ok(!isScenario('rude'));
  });
});
