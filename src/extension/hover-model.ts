/** The hover text of a flagged phrase, as Markdown: why it hurts, what to write instead, the rule. Pure. */
import type { Finding } from '../engine/index.js';
import { openRuleCommandLink } from './constants.js';
import type { Translate } from './translate.js';

/** Escapes the characters Markdown would read as formatting. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, '\\$&');
}

export function hoverMarkdown(finding: Pick<Finding, 'ruleId' | 'message' | 'note' | 'expected' | 'also'>, t: Translate): string {
  const parts = [`**${escapeMarkdown(finding.message)}**`];
  if (finding.note) parts.push(escapeMarkdown(finding.note));
  if (finding.expected.length > 0) {
    parts.push(`${t('Try instead:')}\n\n${finding.expected.map((s) => `- «${escapeMarkdown(s)}»`).join('\n')}`);
  }
  if (finding.also && finding.also.length > 0) {
    parts.push(`${t('Also flagged by:')} ${finding.also.map((id) => `[\`${id}\`](${openRuleCommandLink(id)})`).join(', ')}`);
  }
  parts.push(`${t('Sincerely rule')} [\`${finding.ruleId}\`](${openRuleCommandLink(finding.ruleId)})`);
  return parts.join('\n\n');
}
