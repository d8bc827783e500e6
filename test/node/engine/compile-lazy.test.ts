/**
 * Patterns indexed by their build-time key atoms (rule-data.ts `keyAtoms`) and compiled on first
 * use must be the patterns compiled at once: the same alternatives, index keys and sequences.
 */
import assert from 'node:assert/strict';
import { SYNTAX } from '../../../src/engine/lang/index.js';
import { compileConstruction, keyAtomsOf, type CompileContext, type CompiledPattern, type Sequence } from '../../../src/engine/match/compile.js';
import { CLASSES, PATTERNS, RULES, STRUCTURE } from '../../../src/engine/rules/data.generated.js';
import { LANGUAGES } from '../../../src/engine/types.js';
import { ruleSetFor } from '../../../src/engine/processor.js';
import { cueSetFor } from '../../../src/engine/structure/cues.js';

/** A pattern's sequences as plain data (atoms by their text), to compare two compilations. */
function shape(sequences: readonly Sequence[]): unknown {
  return sequences.map((s) => ({
    marked: s.marked,
    head: s.head.source,
    items: s.items.map((i) => (i.kind === 'atom' ? { ...i, atom: i.atom.source } : i)),
  }));
}

function describePatterns(patterns: readonly CompiledPattern[]): unknown {
  return patterns.map((p) => ({ source: p.source, keys: p.keys, sequences: shape(p.sequences) }));
}

describe('lazily compiled construction patterns', () => {
  for (const language of LANGUAGES) {
    it(`match the eagerly compiled ones (${language})`, () => {
      const context = (): CompileContext => ({
        language,
        classes: { ...CLASSES[language], ...STRUCTURE[language]?.classes },
        patterns: PATTERNS[language],
        common: SYNTAX[language].common,
      });
      const sources = new Set<string>(['$own-fault']);
      for (const rule of RULES) {
        if (rule.language !== language) continue;
        for (const p of rule.match ?? []) sources.add(p);
        for (const a of rule.antipatterns ?? []) sources.add(a.pattern);
      }
      const hintCtx = context();
      const keyAtoms = Object.fromEntries([...sources].map((s) => [s, keyAtomsOf(s, hintCtx)]));
      const eagerCtx = context();
      const lazyCtx = { ...context(), keyAtoms };
      let alternatives = 0;
      for (const source of sources) {
        const eager = compileConstruction(source, eagerCtx);
        const lazy = compileConstruction(source, lazyCtx);
        assert.notEqual(lazy, eager);
        // Not compiled yet: the sequences are a getter, not data of the pattern's own.
        assert.ok(
          lazy.every((p) => !Object.hasOwn(p, 'sequences')),
          source,
        );
        assert.deepEqual(describePatterns(lazy), describePatterns(eager), source);
        alternatives += lazy.length;
      }
      assert.ok(alternatives > sources.size, 'some pattern has several alternatives');
    });
  }

  for (const language of LANGUAGES) {
    it(`are what the loaded rule data gives the tone rules and the structure cues (${language})`, () => {
      for (const set of [ruleSetFor(language), cueSetFor(language)!.ruleSet]) {
        const patterns = set.constructions.rules.flatMap((r) => r.patterns);
        assert.ok(patterns.length > 0);
        // Indexed from the build-time key atoms, not compiled yet (the sequences are a getter).
        assert.ok(patterns.every((p) => !Object.hasOwn(p, 'sequences')));
      }
    });
  }
});
