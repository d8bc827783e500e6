/**
 * Reported speech: most real statements reach a reader through a reporting frame ("the airline
 * said it had followed all procedures", «в компании заявили, что задержка произошла из-за
 * погоды»), where the company speaks of itself in the third person. The written training lines
 * say "we". This pass finds the frame (the speaker and the reporting verb, or "according to X",
 * «по словам X») and, when the speaker is the firm (not the client, not a single worker), marks the words of the reported part
 * that stand for the speaker (its pronouns, its own noun, a Russian verb with no subject) as the
 * writer, so that the subject-kind features read "it had followed" as "we had followed".
 *
 * The frame's words are marked too: the features name them apart (`fw:`) and the reporting
 * verb's class (`rv:say`, `rv:insist`, `rv:deny`, `rv:explain`, `rv:blame`, `rv:admit`,
 * `rv:source`), and the subject of the reported part is looked for without them.
 *
 * Needs the morphology layer (lemmas, parts of speech); one pass over the words, and class
 * look-ups only for the speaker's words and the reported part's nominals once a frame is found.
 */
import type { Language } from '../types.js';
import { classesOf } from './classes.js';
import { clauseBounds, isFiniteVerb, NOMINAL } from './clauses.js';
import type { ScorerWord } from './words.js';

export type ReportClass = 'say' | 'insist' | 'deny' | 'explain' | 'blame' | 'admit' | 'source';

const classesByLemma = (table: Record<Exclude<ReportClass, 'source'>, string>): Map<string, ReportClass> => {
  const out = new Map<string, ReportClass>();
  for (const [cls, words] of Object.entries(table)) for (const w of words.split(/\s+/).filter(Boolean)) out.set(w, cls as ReportClass);
  return out;
};

const REPORTING: Record<Language, Map<string, ReportClass>> = {
  en: classesByLemma({
    say: 'say state tell add note announce report write comment respond reply confirm mention tweet post',
    insist: 'insist maintain stress claim argue assert emphasise emphasize contend reiterate assure reassure',
    deny: 'deny reject refute dispute dismiss',
    explain: 'explain clarify',
    blame: 'blame attribute',
    admit: 'admit acknowledge concede apologise apologize',
  }),
  ru: classesByLemma({
    say: 'заявить заявлять сообщить сообщать отметить отмечать добавить рассказать рассказывать написать ответить прокомментировать уточнить указать сказать говорить',
    insist: 'утверждать настаивать подчеркнуть подчёркивать заверить заверять уверять',
    deny: 'отрицать опровергнуть опровергать отвергнуть отвергать',
    explain: 'пояснить пояснять объяснить объяснять разъяснить разъяснять',
    blame: 'обвинить обвинять винить связать связывать',
    admit: 'признать признавать извиниться',
  }),
};

/** Pronouns of the reported part that stand for a speaker who is not the client. */
const SPEAKER_PRONOUNS: Record<Language, Set<string>> = {
  en: new Set('it its itself they them their theirs themselves'.split(' ')),
  ru: new Set('они их им ими них ним ними'.split(' ')),
};

/** The writer's and the reader's own words: a frame of theirs needs no normalising. */
const PERSONAL: Record<Language, Set<string>> = {
  en: new Set('i we you'.split(' ')),
  ru: new Set('я мы вы ты'.split(' ')),
};

/** Nouns that name the speaking firm whoever it is («компания устранит», "the company will"). */
const SELF_NOUNS: Record<Language, Set<string>> = {
  en: new Set('company firm business'.split(' ')),
  ru: new Set('компания организация фирма'.split(' ')),
};

/**
 * Single workers, who speak for themselves and not for the firm ("the courier said they had
 * knocked", «водитель пояснил, что…»): their frame is a third party's account, not the writer's.
 */
const WORKERS: Record<Language, Set<string>> = {
  en: new Set(
    `courier postman mailman driver employee colleague coworker co-worker teammate intern trainee newbie assistant technician engineer
    installer fitter plumber electrician builder cleaner waiter waitress chef cook cashier clerk receptionist secretary apprentice
    freelancer contractor subcontractor translator proofreader copywriter photographer designer developer programmer mechanic
    locksmith porter staff`.split(/\s+/),
  ),
  ru: new Set(
    `курьер водитель сотрудник сотрудница стажёр стажер стажерка новичок мастер исполнитель фрилансер продавец кассир консультант
    дизайнер разработчик программист упаковщик сборщик грузчик диспетчер помощник ассистент повар официант техник монтажник
    предшественник сменщик коллега бухгалтер подрядчик субподрядчик`.split(/\s+/),
  ),
};

/** «по словам X», «по данным X», "according to X". */
const SOURCE_NOUNS = new Set('слово данные информация мнение'.split(' '));

/** Words a frame clause may hold besides its speaker and verb ("in a statement", «в компании», «как»). */
const FRAME_FILLER = new Set(['ADP', 'DET', 'ADJ', 'ADV', 'CCONJ', 'SCONJ', 'PART', 'NUM', 'NOUN', 'PROPN', 'PRON']);
const MAX_FRAME_CLAUSE = 9;

const isClient = (w: ScorerWord, language: Language) => classesOf(w, language).includes('client');

/**
 * Finds the first reporting frame of the sentence and marks its words (`frame`), its reporting
 * verb or source word (`report`: the verb's class, and who speaks: the client, a worker, the firm) and the words
 * of the reported part that stand for the speaker (`writer`). Mutates `words` (the flags and,
 * where the frame and the reported part share a clause, the clause numbers after the frame,
 * which get a clause of their own).
 */
export function markReportedSpeech(words: ScorerWord[], language: Language): void {
  const table = REPORTING[language];
  const clauses = clauseBounds(words);
  for (let c = 0; c < clauses.length; c++) {
    const [from, to] = clauses[c]!;
    const found = findFrame(words, from, to, language, table, clauses.length > 1);
    if (!found) continue;
    const { verb, cls, frameFrom, frameTo, speaker } = found;
    // The writer's or the reader's own frame ("we told you…") is theirs already: nothing to normalise.
    if (speaker.some((i) => PERSONAL[language].has(words[i]!.norm))) return;
    for (let i = frameFrom; i < frameTo; i++) words[i]!.frame = true;
    const clientSpeaker = speaker.some((i) => isClient(words[i]!, language));
    // A worker's own account ("the driver said they knocked") names a third party, not the firm.
    const worker = !clientSpeaker && speaker.some((i) => WORKERS[language].has(words[i]!.lemma));
    // The frame and the reported part in one clause: the reported part becomes a clause of its own.
    if (frameTo < to && frameFrom === from) for (let i = frameTo; i < words.length; i++) words[i]!.clause++;
    if (!clientSpeaker && !worker) {
      const speakerLemmas = new Set(speaker.filter((i) => words[i]!.pos !== 'PRON').map((i) => words[i]!.lemma));
      markWriter(words, language, speakerLemmas);
    }
    words[verb]!.report = { cls, speaker: clientSpeaker ? 'client' : worker ? 'worker' : 'firm' };
    return;
  }
}

interface Found {
  verb: number;
  cls: ReportClass;
  /** The frame's words: [frameFrom, frameTo). */
  frameFrom: number;
  frameTo: number;
  /** The speaker's nominals. */
  speaker: number[];
}

function findFrame(
  words: readonly ScorerWord[],
  from: number,
  to: number,
  language: Language,
  table: Map<string, ReportClass>,
  severalClauses: boolean,
): Found | undefined {
  const first = words[from]!;
  // "according to X", «по словам X», «по данным X»: a source clause.
  if (severalClauses && to - from <= MAX_FRAME_CLAUSE) {
    const second = words[from + 1];
    const source =
      language === 'en' ? first.norm === 'according' && second?.norm === 'to' : first.norm === 'по' && second !== undefined && SOURCE_NOUNS.has(second.lemma);
    if (source) {
      const speaker: number[] = [];
      for (let i = from + 2; i < to; i++) if (NOMINAL.has(words[i]!.pos ?? '')) speaker.push(i);
      if (speaker.length > 0) return { verb: from, cls: 'source', frameFrom: from, frameTo: to, speaker };
    }
  }
  let verb = -1;
  for (let i = from; i < to && verb < 0; i++) if (isFiniteVerb(words[i]!)) verb = i;
  if (verb < 0) return undefined;
  const v = words[verb]!;
  const cls = table.get(v.lemma);
  // Said by someone, not of something: «связаны с…», "is attributed to…" are no frames.
  if (!cls || v.negated || v.features.includes('short') || v.features.includes('part') || v.features.includes('pass')) return undefined;
  // A frame clause: the speaker, the verb and fillers only ("…, the company said in a statement.",
  // «…, заявили в компании», «В компании заявили, что…»).
  let onlyFrame = severalClauses && to - from <= MAX_FRAME_CLAUSE;
  const speaker: number[] = [];
  for (let i = from; i < to && onlyFrame; i++) {
    if (i === verb) continue;
    const w = words[i]!;
    if (isFiniteVerb(w) || !FRAME_FILLER.has(w.pos ?? '')) onlyFrame = false;
    else if (NOMINAL.has(w.pos ?? '') && (language === 'en' || w.features.includes('nom') || w.pos === 'PROPN')) speaker.push(i);
  }
  if (language === 'ru') {
    // «…, заявили в компании», «В компании заявили, что…»: no nominative speaker, a plural verb and
    // the speaking firm after «в» or «у».
    const place: number[] = [];
    let afterPlace = false;
    for (let i = from; i < to; i++) {
      const w = words[i]!;
      if (afterPlace && NOMINAL.has(w.pos ?? '')) place.push(i);
      if (w.norm === 'в' || w.norm === 'у') afterPlace = true;
      else if (w.pos !== 'ADJ' && w.pos !== 'DET') afterPlace = false;
    }
    const impersonal = speaker.length === 0 && v.features.includes('pl') && place.length > 0;
    if (onlyFrame && (speaker.length > 0 || impersonal)) return { verb, cls, frameFrom: from, frameTo: to, speaker: speaker.length > 0 ? speaker : place };
    // «Представитель банка пояснил…», «В компании объяснили перебои похолоданием»: the words up to the verb.
    const before: number[] = [];
    let nominative = false;
    for (let i = from; i < verb; i++) {
      const w = words[i]!;
      if (!FRAME_FILLER.has(w.pos ?? '') || isFiniteVerb(w)) return undefined;
      if (NOMINAL.has(w.pos ?? '')) before.push(i);
      if (NOMINAL.has(w.pos ?? '') && w.features.includes('nom')) nominative = true;
    }
    if (!nominative && !impersonal) return undefined;
    return { verb, cls, frameFrom: from, frameTo: verb + 1, speaker: nominative ? before : place };
  }
  // English: the speaker is a nominal before the verb ("the company said") or, in a frame clause, after it ("said a spokesperson").
  if (onlyFrame && speaker.length > 0) return { verb, cls, frameFrom: from, frameTo: to, speaker };
  const before: number[] = [];
  for (let i = from; i < verb; i++) {
    const w = words[i]!;
    if (!FRAME_FILLER.has(w.pos ?? '')) return undefined;
    if (NOMINAL.has(w.pos ?? '')) before.push(i);
  }
  if (before.length === 0) return undefined;
  // "that" after the verb belongs to the frame.
  const end = words[verb + 1]?.norm === 'that' && verb + 1 < to ? verb + 2 : verb + 1;
  return { verb, cls, frameFrom: from, frameTo: end, speaker: before };
}

/**
 * The words of the reported part (outside the frame) that stand for the speaker: its pronouns
 * (unless a client was named before them), its own nouns and the generic ones («компания»), and
 * in Russian a finite plural verb with no nominative in its clause («заявили, что проверили
 * заказы»).
 */
function markWriter(words: ScorerWord[], language: Language, speakerLemmas: ReadonlySet<string>): void {
  const pronouns = SPEAKER_PRONOUNS[language];
  const self = SELF_NOUNS[language];
  let clientNamed = false;
  for (const w of words) {
    if (w.frame) continue;
    if (w.pos === 'PRON' && pronouns.has(w.norm)) {
      if (!clientNamed) w.writer = true;
    } else if ((w.pos === 'NOUN' || w.pos === 'PROPN') && (speakerLemmas.has(w.lemma) || self.has(w.lemma))) w.writer = true;
    else if ((w.pos === 'NOUN' || w.pos === 'PROPN') && isClient(w, language)) clientNamed = true;
  }
  if (language !== 'ru') return;
  for (const [from, to] of clauseBounds(words)) {
    let nominative = false;
    let verb = -1;
    for (let i = from; i < to; i++) {
      const w = words[i]!;
      if (w.frame) continue;
      if (NOMINAL.has(w.pos ?? '') && w.features.includes('nom')) nominative = true;
      if (verb < 0 && isFiniteVerb(w)) verb = i;
    }
    const v = verb >= 0 ? words[verb]! : undefined;
    if (v && !nominative && v.features.includes('pl') && !v.features.includes('2p') && !v.features.includes('1p')) v.writer = true;
  }
}
