/**
 * Features by the parts of their names, each built once. A draft repeats its lemmas, parts of
 * speech and classes: building `w:<lemma>` or `b:<lemma>_<lemma>` again for every word, hashing
 * the new string in the sentence's bag, and looking it up in the model's weights was most of the
 * scorer's time. A feature here is found by its parts (a lemma or a tag is one string per form,
 * from the dictionary or the rules, whose hash V8 keeps), and it carries its weights (model.ts
 * `Tally`), so that a sentence's score needs no name at all.
 *
 * A table's names are exactly the joined strings: `new Names('w:').of('delay').name` is `'w:delay'`.
 */

/** One feature: its name, and what a tally of the sentence's score keeps on it (model.ts). */
export interface Feature {
  readonly name: string;
  /** The weights of `model` (undefined: none), looked up on first use. */
  weights: readonly number[] | undefined;
  model: object | undefined;
  /** The last tally that counted the feature. */
  tally: number;
}

const feature = (name: string): Feature => ({ name, weights: undefined, model: undefined, tally: 0 });

/** Features kept before the tables start over (a long draft has a few tens of thousands). */
const LIMIT = 200_000;
let count = 0;
const tables: Array<Map<string, unknown>> = [];

/**
 * Empties the tables when they hold too many features. Called between sentences only: within a
 * sentence one name must stay one feature (a tally counts each feature once).
 */
export function trimFeatures(): void {
  if (count <= LIMIT) return;
  for (const table of tables) table.clear();
  count = 0;
}

/** Features named `prefix + part + suffix`. */
export class Names {
  private readonly byPart = new Map<string, Feature>();

  constructor(
    private readonly prefix: string,
    private readonly suffix = '',
    /** Whether `trimFeatures` may empty the table (not one of a few fixed names, held in constants). */
    trimmed = true,
  ) {
    if (trimmed) tables.push(this.byPart);
  }

  of(part: string): Feature {
    let found = this.byPart.get(part);
    if (!found) {
      count++;
      this.byPart.set(part, (found = feature(this.prefix + part + this.suffix)));
    }
    return found;
  }
}

/** Features named `prefix + a + separator + b + suffix`. */
export class PairNames {
  private readonly byFirst = new Map<string, Map<string, Feature>>();

  constructor(
    private readonly prefix: string,
    private readonly separator: string,
    private readonly suffix = '',
  ) {
    tables.push(this.byFirst);
  }

  of(a: string, b: string): Feature {
    let bySecond = this.byFirst.get(a);
    if (!bySecond) this.byFirst.set(a, (bySecond = new Map()));
    let found = bySecond.get(b);
    if (!found) {
      count++;
      bySecond.set(b, (found = feature(this.prefix + a + this.separator + b + this.suffix)));
    }
    return found;
  }
}

/** Features whose whole name is given ('cause', '_bias'): a few, kept in constants, so never emptied. */
export const PLAIN = new Names('', '', false);
