/** English clause boundaries, negations and very common lemmas for the construction matcher. */
import type { SyntaxData } from '../syntax.js';

export const SYNTAX_EN: SyntaxData = {
  openersAfterComma: new Set([
    'and', 'or', 'so', 'then', 'which', 'who', 'whom', 'whose', 'that', 'where', 'when', 'while',
    'whereas', 'as', 'since', 'if', 'unless', 'although', 'though', 'because', 'but', 'yet',
    'however', 'otherwise', 'therefore', 'hence', 'thus', 'meaning', 'plus',
  ]),
  openers: new Set(['but', 'because', 'although', 'though', 'whereas', 'however', 'unless', 'yet']),
  negations: new Set(['not', 'never', 'no', 'neither', 'nor', 'nothing', 'nobody', 'none', 'cannot']),
  negationReach: 3,
  common: new Set([
    'we', 'i', 'you', 'it', 'they', 'he', 'she', 'the', 'a', 'an', 'be', 'have', 'do', 'not', 'to',
    'of', 'and', 'in', 'on', 'for', 'our', 'my', 'your', 'this', 'that', 'will', 'can', 'with', 'is',
    'was', 'are', 'were', 'us', 'me', 'as', 'at', 'by', 'from', 'all', 'so', 'if', 'but', 'or',
  ]),
  stemAlways: false,
};
