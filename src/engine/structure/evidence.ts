/**
 * "Is this a reply?": whether a text answers a complaint, from evidence that it does (an apology,
 * ownership, empathy, a reference to the reader's own message or order, a failure named next to
 * the reader or a customer, a defensive tone finding, an offer of a fix), weighed against the
 * shape of a document (headings, lists, Q/A lines, code). A greeting or a sign-off alone is not
 * evidence: release notes and newsletters have them too. docs/structure.md lists the points.
 */
import type { EvidenceKind, Finding, Part } from '../types.js';

/** Points for each kind of evidence, counted once per kind. */
export const EVIDENCE_POINTS = {
  apology: 2,
  /** An apology only inside a flagged stock phrase ("sorry for any inconvenience"): maintenance notices say it too. */
  stockApology: 0.5,
  responsibility: 2,
  empathy: 2,
  reference: 2,
  /** A failure word in a sentence that addresses the reader or names a customer. */
  addressedFailure: 2,
  failure: 1,
  wronged: 1,
  tone: 1,
  acknowledge: 1,
  remedy: 1,
  compensation: 1,
  'follow-up': 1,
  frame: 0.5,
} as const;
export type EvidenceReason = keyof typeof EVIDENCE_POINTS;

/** A text with at least this many points (after the document penalty) is a reply. */
export const REPLY_THRESHOLD = 2;
/** Points taken off a text shaped like a document. */
export const DOCUMENT_PENALTY = 2;
/** A text is shaped like a document when this share of its lines are headings, list items, Q/A lines… */
export const DOCUMENT_SHARE = 0.3;

/** Parts whose cues answer a complaint by themselves (the others only support). */
const COMPLAINT_REASONS: ReadonlySet<EvidenceReason> = new Set([
  'apology',
  'responsibility',
  'empathy',
  'reference',
  'addressedFailure',
  'failure',
  'tone',
  'acknowledge',
]);

/** Tone that defends against a complaint. Minimizing is left out: "any inconvenience" is also the stock line of a maintenance notice. */
const DEFENSIVE_CATEGORIES = new Set(['excuse', 'blame-shift', 'defensive']);

export interface EvidenceInput {
  /** Every part cue, absolute offsets, before any filtering, with its sentence key (`paragraph:sentence`). */
  cues: ReadonlyArray<{ part: Part; offset: number; endOffset: number; sentence: string; inTone: boolean }>;
  /** Sentence keys that hold a minimizing tone finding ("sorry for any inconvenience"). */
  minimizingSentences: ReadonlySet<string>;
  /** Evidence cues with their sentence key (`paragraph:sentence`). */
  evidence: ReadonlyArray<{ kind: EvidenceKind; sentence: string }>;
  /** Sentence keys that address the reader. */
  addressedSentences: ReadonlySet<string>;
  /** Tone findings (after options). */
  tone: readonly Finding[];
  /** Whether the text has a greeting or a sign-off line. */
  framed: boolean;
  /** The masked text, for its shape. */
  masked: string;
}

export interface ReplyEvidence {
  reply: boolean;
  points: number;
  reasons: EvidenceReason[];
  /** Whether the text is shaped like a document (and lost DOCUMENT_PENALTY points). */
  document: boolean;
}

/** Question lines without "you" are FAQ headings; "Key: value" lines are notes or forms. */
const LIST_OR_HEADING = /^(?:#{1,6}\s|[-*+•]\s|\d{1,2}[.)]\s|(?:q|a|в|о)\s*[:.)]\s|```|\||[\p{L}][\p{L}\p{N}]*(?: [\p{L}\p{N}]+){0,2}:\s)/iu;
const QUESTION_LINE = /\?\s*$/u;
const ADDRESSEE = /(?<![\p{L}\p{N}])(?:you|your|вы|вас|вам|ваш\p{L}*)(?![\p{L}\p{N}])/iu;

/** The share of non-empty lines that are headings, list items, Q/A lines, label lines or FAQ questions. */
export function documentShare(masked: string): number {
  return shareOf(documentCounts(masked));
}

/** Non-empty lines and structural lines (see documentShare): counts of parts of a text add up. */
export interface LineCounts {
  lines: number;
  structural: number;
}

export function documentCounts(masked: string): LineCounts {
  let lines = 0;
  let structural = 0;
  for (const raw of masked.split(/\r?\n|\r/)) {
    const line = raw.trim();
    if (line === '') continue;
    lines++;
    if (LIST_OR_HEADING.test(line) || (QUESTION_LINE.test(line) && line.length <= 80 && !ADDRESSEE.test(line))) structural++;
  }
  return { lines, structural };
}

export const shareOf = ({ lines, structural }: LineCounts): number => (lines === 0 ? 0 : structural / lines);

/** The trimmed line of `text` that holds `offset`. */
export function lineAt(text: string, offset: number): string {
  const start = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
  const end = text.slice(offset).search(/\r?\n|\r/u);
  return text.slice(start, end < 0 ? text.length : offset + end).trim();
}

/** The reason a part cue gives, if any (`inTone`: inside a tone finding; `minimizing`: in a sentence with a minimizing one). */
export function cueReason(part: Part, inTone: boolean, minimizing: boolean): EvidenceReason | undefined {
  if (part === 'apology') return inTone || minimizing ? 'stockApology' : 'apology';
  if (part === 'responsibility' || part === 'empathy' || part === 'acknowledge' || part === 'remedy' || part === 'compensation' || part === 'follow-up') {
    return inTone ? undefined : part;
  }
  return undefined;
}

/** The reason an evidence cue gives (`addressed`: its sentence addresses the reader or holds a `wronged` cue). */
export function evidenceReason(kind: EvidenceKind, addressed: boolean): EvidenceReason {
  if (kind === 'reference') return 'reference';
  if (kind === 'wronged') return 'wronged';
  return addressed ? 'addressedFailure' : 'failure';
}

/** Whether a tone finding defends against a complaint; in a document, not on a list item or heading line. */
export function defends(category: Finding['category'], line: () => string, document: boolean): boolean {
  // In a document, a list item or heading that gives a cause ("fixed a crash caused by…") is the
  // document's content, not a defence against a complaint.
  return DEFENSIVE_CATEGORIES.has(category) && !(document && LIST_OR_HEADING.test(line()));
}

export function replyEvidence(input: EvidenceInput): ReplyEvidence {
  const wrongedSentences = new Set(input.evidence.filter((e) => e.kind === 'wronged').map((e) => e.sentence));
  const document = documentShare(input.masked) >= DOCUMENT_SHARE;
  return weighEvidence({
    cueReasons: input.cues.map((c) => cueReason(c.part, c.inTone, input.minimizingSentences.has(c.sentence))),
    evidenceReasons: input.evidence.map((e) => evidenceReason(e.kind, input.addressedSentences.has(e.sentence) || wrongedSentences.has(e.sentence))),
    defends: input.tone.some((f) => defends(f.category, () => lineAt(input.masked, f.offset), document)),
    framed: input.framed,
    document,
  });
}

/** The reasons found, in the order found (cues first, then evidence cues), and the rest of the decision. */
export interface WeighedEvidence {
  cueReasons: Iterable<EvidenceReason | undefined>;
  evidenceReasons: Iterable<EvidenceReason>;
  defends: boolean;
  framed: boolean;
  document: boolean;
}

/** The decision from the reasons found: points, the document penalty and the threshold. */
export function weighEvidence(input: WeighedEvidence): ReplyEvidence {
  const reasons = new Set<EvidenceReason>();
  for (const r of input.cueReasons) if (r) reasons.add(r);
  if (reasons.has('apology')) reasons.delete('stockApology');
  for (const r of input.evidenceReasons) reasons.add(r);
  if (reasons.has('addressedFailure')) reasons.delete('failure');
  const document = input.document;
  if (input.defends) reasons.add('tone');
  if (input.framed) reasons.add('frame');

  let points = 0;
  for (const r of reasons) points += EVIDENCE_POINTS[r];
  if (document) points -= DOCUMENT_PENALTY;
  const complaint = [...reasons].some((r) => COMPLAINT_REASONS.has(r));
  return { reply: complaint && points >= REPLY_THRESHOLD, points, reasons: [...reasons], document };
}
