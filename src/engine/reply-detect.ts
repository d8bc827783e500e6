/**
 * The letter frame of a reply: its greeting line and its sign-off line. They place the structure
 * findings and the inserted parts; alone they do not make a text a reply (see reply.ts,
 * `looksLikeReply`, and structure/evidence.ts).
 */

/** How many non-empty lines from the top may hold the greeting, and from the bottom the sign-off. */
const GREETING_WINDOW = 3;
const SIGN_OFF_WINDOW = 5;
/** A sign-off is a short line of its own ("Best regards," / «С уважением,»). */
const SIGN_OFF_MAX_LENGTH = 40;

const NOT_LETTER_AFTER = '(?![\\p{L}\\p{N}])';

/** A line starting with a greeting word: "Hello Anna," "Dear Mr Smith," «Здравствуйте, Анна!». */
const GREETING = new RegExp(
  '^(?:hello|hi|hey|dear|good (?:morning|afternoon|evening|day)|greetings|' +
    'здравствуйте|здравствуй|добрый (?:день|вечер)|доброе утро|доброго (?:дня|времени суток)|привет|' +
    'уважаем(?:ый|ая|ые))' +
    NOT_LETTER_AFTER,
  'iu',
);

/** A whole line that is a closing formula, optionally followed by a comma, dot or exclamation mark. */
const SIGN_OFF = new RegExp(
  '^(?:best(?: regards| wishes)?|kind regards|warm(?:est)? regards|regards|sincerely|' +
    'yours(?: sincerely| truly| faithfully)?|thanks(?: again)?|thank you(?: again)?|many thanks|cheers|all the best|' +
    'с уважением|с наилучшими пожеланиями|всего (?:доброго|хорошего|наилучшего)|' +
    'спасибо(?: ещё раз| еще раз)?|благодарю|искренне ваш[аи]?|до связи)' +
    '[ \\t]*[,.!]?$',
  'iu',
);

/** Markdown decorations that may surround a greeting or sign-off line: emphasis, list or quote marks. */
function plainLine(line: string): string {
  return line
    .trim()
    .replace(/^(?:[*_]{1,3}|[-+] )/, '')
    .replace(/[*_]{1,3}$/, '')
    .trim();
}

const isLetterLine = (line: string) => line !== '' && !line.startsWith('<!--') && !line.startsWith('>');

/**
 * The greeting line of a letter ("Hello Anna," «Здравствуйте, Анна!») among its first non-empty
 * lines, as offsets of the line without its surrounding blanks; undefined when there is none.
 */
export function greetingLine(text: string): { start: number; end: number } | undefined {
  return greetingScan(text).line;
}

/** `greetingLine`, and the end of what it read: an edit at or after `readTo` leaves it as it is. */
export function greetingScan(text: string): { line: { start: number; end: number } | undefined; readTo: number } {
  let seen = 0;
  let start = 0;
  let readTo = 0;
  while (start <= text.length && seen < GREETING_WINDOW) {
    let end = start;
    while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
    readTo = end + 2;
    const raw = text.slice(start, end);
    const line = plainLine(raw);
    if (isLetterLine(line)) {
      seen++;
      if (GREETING.test(line)) {
        const lead = raw.length - raw.trimStart().length;
        return { line: { start: start + lead, end: start + raw.trimEnd().length }, readTo };
      }
    }
    start = end + (text[end] === '\r' && text[end + 1] === '\n' ? 2 : 1);
  }
  return { line: undefined, readTo };
}

/**
 * The sign-off of a letter ("Best regards," «С уважением,»): the topmost short closing-formula
 * line among its last non-empty lines, as offsets of the line without its surrounding blanks;
 * undefined when there is none. Quick fixes insert the closing parts of a reply above it.
 */
export function signOffLine(text: string): { start: number; end: number } | undefined {
  return signOffScan(text).line;
}

/** `signOffLine`, and the start of what it read: an edit that ends at or before `readFrom` only moves it. */
export function signOffScan(text: string): { line: { start: number; end: number } | undefined; readFrom: number } {
  let found: { start: number; end: number } | undefined;
  let seen = 0;
  let end = text.length;
  let readFrom = text.length;
  while (end >= 0 && seen < SIGN_OFF_WINDOW) {
    let start = end;
    while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--;
    readFrom = Math.min(readFrom, start - 2);
    const raw = text.slice(start, end);
    const line = plainLine(raw);
    if (isLetterLine(line)) {
      seen++;
      if (line.length <= SIGN_OFF_MAX_LENGTH && SIGN_OFF.test(line)) {
        const lead = raw.length - raw.trimStart().length;
        found = { start: start + lead, end: start + raw.trimEnd().length };
      }
    }
    if (start === 0) break;
    end = start - (text[start - 1] === '\n' && text[start - 2] === '\r' ? 2 : 1);
  }
  return { line: found, readFrom };
}
