/**
 * Loads and checks the `checks:` of `rules/<lang>/structure.yaml`: the reply checks of kinds
 * `part`, `occurrence` and `sequence` (rules/README.md). Used by structure-data.ts. Fails on an
 * unknown kind, key, part, tone category or word list, a missing or malformed parameter, a part
 * check whose id is not `missing-<part>`, and examples that are not {flag, pass} lists of texts.
 */
import {
  CHECK_KINDS,
  PARTS,
  TONE_CATEGORIES,
  type CheckData,
  type CheckItem,
  type OccurrenceCheckData,
  type OrderCheckData,
  type Part,
  type PartCheckData,
  type RunCheckData,
  type ToneCategory,
} from '../src/engine/types.js';

/** A check's examples: short replies it must flag (`[[…]]` marks the expected range) and replies it must pass. */
export interface CheckExamples {
  flag: string[];
  pass: string[];
}

const KEYS: Record<string, ReadonlySet<string>> = {
  part: new Set(['kind', 'part', 'requiredWhen', 'examples']),
  occurrence: new Set(['kind', 'of', 'max', 'share', 'message', 'note', 'examples']),
  order: new Set(['kind', 'order', 'scope', 'mark', 'unlessFlagged', 'message', 'note', 'examples']),
  run: new Set(['kind', 'run', 'min', 'message', 'note', 'examples']),
};
/** Parts whose cues can promise something still to come (analyse.ts reads the tense of their cues). */
const PENDING_PARTS: readonly Part[] = ['remedy', 'compensation'];
const WORD_LISTS = ['but'] as const;

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const stringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string' && x.trim() !== '');
const isPart = (v: unknown): v is Part => PARTS.includes(v as Part);

/** A check's item: `{part: apology}`, `{tone: [excuse, blame-shift]}` or `{words: but}`. */
function itemOf(value: unknown, at: string, errors: string[]): CheckItem | undefined {
  if (!isObject(value) || Object.keys(value).length !== 1) {
    errors.push(`${at}: must be one of {part: <part>}, {tone: [<category>, …]}, {words: but}`);
    return undefined;
  }
  const [key, v] = Object.entries(value)[0]!;
  if (key === 'part') {
    if (isPart(v)) return { part: v };
    errors.push(`${at}: unknown part "${String(v)}" (expected one of ${PARTS.join(', ')})`);
  } else if (key === 'tone') {
    const list = typeof v === 'string' ? [v] : v;
    const unknown = stringList(list) ? list.filter((c) => !TONE_CATEGORIES.includes(c as ToneCategory)) : [String(v)];
    if (stringList(list) && list.length > 0 && unknown.length === 0) return { tone: list as ToneCategory[] };
    errors.push(`${at}: unknown tone category "${unknown.join(', ')}" (expected ${TONE_CATEGORIES.join(', ')})`);
  } else if (key === 'words') {
    if (WORD_LISTS.includes(v as never)) return { words: v as 'but' };
    errors.push(`${at}: unknown word list "${String(v)}" (expected ${WORD_LISTS.join(', ')})`);
  } else errors.push(`${at}: unknown item key "${key}" (part, tone or words)`);
  return undefined;
}

function examplesOf(value: unknown, at: string, errors: string[]): CheckExamples | undefined {
  if (value === undefined) return undefined;
  const flag = isObject(value) ? (value.flag ?? []) : undefined;
  const pass = isObject(value) ? (value.pass ?? []) : undefined;
  const list = (v: unknown) => stringList(v) || (Array.isArray(v) && v.length === 0);
  if (!isObject(value) || Object.keys(value).some((k) => k !== 'flag' && k !== 'pass') || !list(flag) || !list(pass)) {
    errors.push(`${at}: examples must be {flag: [texts], pass: [texts]}`);
    return undefined;
  }
  return { flag: flag as string[], pass: pass as string[] };
}

/**
 * The checks of one language. `where` names the file in errors; `examples` receives each check's
 * examples by id (they stay out of the generated module).
 */
export function loadChecks(raw: unknown, where: string, errors: string[], examples?: Map<string, CheckExamples>): Record<string, CheckData> {
  const checks: Record<string, CheckData> = {};
  if (!isObject(raw)) {
    errors.push(`${where}: checks must be an object of check id → {kind, …}`);
    return checks;
  }
  const partChecked = new Set<Part>();
  for (const [id, entry] of Object.entries(raw)) {
    const at = `${where} checks.${id}`;
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) errors.push(`${at}: id must be ASCII kebab-case`);
    if (!isObject(entry)) {
      errors.push(`${at}: must be an object with a kind`);
      continue;
    }
    const kind = entry.kind;
    if (!CHECK_KINDS.includes(kind as never)) {
      errors.push(`${at}: unknown kind "${String(kind)}" (expected one of ${CHECK_KINDS.join(', ')})`);
      continue;
    }
    const shape = kind === 'sequence' ? (entry.run !== undefined ? 'run' : 'order') : (kind as string);
    for (const key of Object.keys(entry)) if (!KEYS[shape]!.has(key)) errors.push(`${at}: unknown key "${key}" for kind ${String(kind)}`);
    const ex = examplesOf(entry.examples, at, errors);
    if (ex) examples?.set(id, ex);
    const text = () => {
      for (const key of ['message', 'note'] as const) {
        if (typeof entry[key] !== 'string' || !(entry[key] as string).trim()) errors.push(`${at}: ${key} is required`);
      }
      return { message: String(entry.message ?? '').trim(), note: String(entry.note ?? '').trim() };
    };
    const count = (key: string, min: number): number => {
      const n = entry[key];
      if (typeof n === 'number' && Number.isInteger(n) && n >= min) return n;
      errors.push(`${at}: ${key} must be a whole number ≥ ${min}`);
      return min;
    };

    if (kind === 'part') {
      if (!isPart(entry.part)) {
        errors.push(`${at}: unknown part "${String(entry.part)}" (expected one of ${PARTS.join(', ')})`);
        continue;
      }
      if (id !== `missing-${entry.part}`) errors.push(`${at}: a part check's id must be missing-${entry.part}`);
      if (partChecked.has(entry.part)) errors.push(`${at}: part ${entry.part} already has a part check`);
      partChecked.add(entry.part);
      const check: PartCheckData = { kind, part: entry.part };
      if (entry.requiredWhen !== undefined) {
        const when = entry.requiredWhen;
        const pending = isObject(when) ? when.pending : undefined;
        if (!isObject(when) || Object.keys(when).some((k) => k !== 'pending') || !stringList(pending) || pending.length === 0) {
          errors.push(`${at}: requiredWhen must be {pending: [parts]}`);
        } else if (pending.some((p) => !PENDING_PARTS.includes(p as Part))) {
          errors.push(`${at}: requiredWhen.pending names a part that cannot be pending (expected ${PENDING_PARTS.join(', ')})`);
        } else check.requiredWhen = { pending: pending as Part[] };
      }
      checks[id] = check;
    } else if (kind === 'occurrence') {
      const of = itemOf(entry.of, `${at}.of`, errors);
      const check: OccurrenceCheckData = { kind, of: of ?? { part: 'apology' }, max: count('max', 1), ...text() };
      if (entry.share !== undefined) {
        if (typeof entry.share !== 'number' || !(entry.share >= 0 && entry.share < 1)) errors.push(`${at}: share must be a number from 0 to 1 (below 1)`);
        else check.share = entry.share;
      }
      checks[id] = check;
    } else if (shape === 'run') {
      const run = entry.run;
      if (typeof run !== 'string' || run.length === 0 || [...run].some((c) => c.length !== 1 || /[\p{L}\p{N}\s]/u.test(c))) {
        errors.push(`${at}: run must be a string of punctuation or symbol characters`);
      }
      const check: RunCheckData = { kind: 'sequence', run: String(run ?? ''), min: count('min', 2), ...text() };
      checks[id] = check;
    } else {
      const order = Array.isArray(entry.order) && entry.order.length === 2 ? entry.order.map((o, i) => itemOf(o, `${at}.order[${i}]`, errors)) : undefined;
      if (!order) errors.push(`${at}: order must be a list of two items`);
      if (entry.scope !== 'reply' && entry.scope !== 'sentence') errors.push(`${at}: scope must be reply or sentence`);
      if (entry.mark !== 'first' && entry.mark !== 'second' && entry.mark !== 'span') errors.push(`${at}: mark must be first, second or span`);
      if (entry.unlessFlagged !== undefined && typeof entry.unlessFlagged !== 'boolean') errors.push(`${at}: unlessFlagged must be true or false`);
      const check: OrderCheckData = {
        kind: 'sequence',
        order: [order?.[0] ?? { part: 'apology' }, order?.[1] ?? { part: 'apology' }],
        scope: entry.scope === 'sentence' ? 'sentence' : 'reply',
        mark: entry.mark === 'first' || entry.mark === 'span' ? entry.mark : 'second',
        ...(entry.unlessFlagged === true ? { unlessFlagged: true } : {}),
        ...text(),
      };
      checks[id] = check;
    }
  }
  return checks;
}
