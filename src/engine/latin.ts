/**
 * retext-latin's parser for one paragraph whose line breaks were read as spaces (processor.ts):
 * parse-latin's own, with two costs taken out and the same trees (a test compares them with
 * retext-latin's):
 * - without its paragraph plugin that breaks a sentence at a blank line: with no line break in
 *   the text that plugin never breaks anything, yet it split the text of every white-space node
 *   of every sentence (about one per word) to count line breaks in it;
 * - its tokenizer tested every character against three regular expressions (white space,
 *   punctuation, word); here a character's kind is read from a table, filled from parse-latin's
 *   own tokenizer the first time the character is seen.
 */
import type { Paragraph, Root, SentenceContent, WhiteSpace } from 'nlcst';
import type { Point } from 'unist';
import { ParseLatin } from 'parse-latin';
import type { Processor } from 'unified';

type ParagraphPlugin = (node: Paragraph) => void;

/**
 * Whether a paragraph plugin breaks a sentence at a blank line: the only one of parse-latin's that
 * turns one sentence with a blank line inside into two (found by what it does, not by its name,
 * which a minified bundle does not keep).
 */
function breaksAtBlankLine(plugin: ParagraphPlugin): boolean {
  const word = (value: string): SentenceContent => ({ type: 'WordNode', children: [{ type: 'TextNode', value }] });
  const blank: WhiteSpace = { type: 'WhiteSpaceNode', value: '\n\n' };
  const paragraph: Paragraph = { type: 'ParagraphNode', children: [{ type: 'SentenceNode', children: [word('a'), blank, word('b')] }] };
  try {
    plugin(paragraph);
  } catch {
    return false;
  }
  return paragraph.children.length > 1;
}

let plugins: ParagraphPlugin[] | undefined;

/** parse-latin's paragraph plugins less the one that breaks sentences at blank lines. */
function paragraphPlugins(): ParagraphPlugin[] {
  return (plugins ??= (ParseLatin.prototype.tokenizeParagraphPlugins as ParagraphPlugin[]).filter((plugin) => !breaksAtBlankLine(plugin)));
}

type Kind = 'WhiteSpaceNode' | 'PunctuationNode' | 'WordNode' | 'SymbolNode';
const KINDS: readonly Kind[] = ['WhiteSpaceNode', 'PunctuationNode', 'WordNode', 'SymbolNode'];

/** Per UTF-16 code unit, 1 + its kind's index in KINDS (0: not read yet). */
const kinds = new Uint8Array(0x10000);
const original = ParseLatin.prototype.tokenize;
let probe: ParseLatin | undefined;

/** The kind parse-latin gives a one-character text: the kind its tokenizer gives the character. */
function kindOf(code: number): number {
  let kind = kinds[code]!;
  if (kind === 0) {
    const node = original.call((probe ??= new ParseLatin()), String.fromCharCode(code))[0]!;
    kinds[code] = kind = KINDS.indexOf(node.type as Kind) + 1;
  }
  return kind;
}

const isSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdfff;

/** A node of parse-latin's tokenizer, ending at the point (line, column, offset). (Not a closure: the loop's variables stay in registers.) */
function node(kind: number, text: string, start: Point, line: number, column: number, offset: number): SentenceContent {
  const type = KINDS[kind - 1]!;
  return type === 'WordNode'
    ? {
        type: 'WordNode',
        children: [{ type: 'TextNode', value: text, position: { start, end: { line, column, offset } } }],
        position: { start, end: { line, column, offset } },
      }
    : { type, value: text, position: { start, end: { line, column, offset } } };
}

/**
 * parse-latin's `tokenize` (the same nodes, positions and shared start points), with each
 * character's kind read from the table.
 */
function tokenize(value: string | null | undefined): SentenceContent[] {
  const children: SentenceContent[] = [];
  if (!value) return children;
  let line = 1;
  let column = 1;
  let offset = 0;
  let from = 0;
  let start: Point = { line, column, offset };
  let previousKind = 0;
  let previous = -1;
  for (let index = 0; index < value.length; index++) {
    const current = value.charCodeAt(index);
    const kind = kindOf(current);
    // A word or white space goes on; so does a run of one punctuation or symbol character, and surrogates.
    if (from < index && previousKind !== 0 && !(previousKind === kind && (kind === 3 || kind === 1 || current === previous || isSurrogate(current)))) {
      children.push(node(previousKind, value.slice(from, index), start, line, column, offset));
      from = index;
      start = { line, column, offset };
    }
    if (current === 13 || (current === 10 && previous !== 13)) {
      line++;
      column = 1;
    } else if (current !== 10) column++;
    offset++;
    previousKind = kind;
    previous = current;
  }
  if (previousKind !== 0 && from < value.length) children.push(node(previousKind, value.slice(from), start, line, column, offset));
  return children;
}

const LINE_BREAK = /[\r\n]/;

/** Parses text as retext-latin does (faster without line breaks, `\r` or `\n`). */
export function parseLine(value: string): Root {
  const parser = new ParseLatin();
  parser.tokenize = tokenize;
  if (!LINE_BREAK.test(value)) parser.tokenizeParagraphPlugins = paragraphPlugins();
  return parser.parse(value);
}

/** The unified parser plugin, in place of retext-latin. */
export default function retextLatinLine(this: Processor) {
  this.parser = (document: string) => parseLine(document);
}
