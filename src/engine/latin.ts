/**
 * retext-latin's parser for one paragraph whose line breaks were read as spaces (processor.ts):
 * parse-latin's own, without its paragraph plugin that breaks a sentence at a blank line. With no
 * line break in the text that plugin never breaks anything, yet it split the text of every
 * white-space node of every sentence (about one per word) to count line breaks in it. The trees
 * are the same (a test compares them with retext-latin's).
 */
import type { Paragraph, Root, SentenceContent, WhiteSpace } from 'nlcst';
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

const LINE_BREAK = /[\r\n]/;

/** Parses text as retext-latin does (faster without line breaks, `\r` or `\n`). */
export function parseLine(value: string): Root {
  const parser = new ParseLatin();
  if (!LINE_BREAK.test(value)) parser.tokenizeParagraphPlugins = paragraphPlugins();
  return parser.parse(value);
}

/** The unified parser plugin, in place of retext-latin. */
export default function retextLatinLine(this: Processor) {
  this.parser = (document: string) => parseLine(document);
}
