/** Names shared by the extension's modules, its manifest and its tests. No vscode import. */

export const EXTENSION_ID = 'sincerely.sincerely';
/** The settings section: every setting is `sincerely.<key>`. */
export const SECTION = 'sincerely';
/** `Diagnostic.source` of every finding, and the name of the findings' DiagnosticCollection. */
export const SOURCE = 'Sincerely';
export const DIAGNOSTIC_COLLECTION = 'sincerely';
/** Problems in `.sincerelyrc.json` are reported on the file itself, in a collection of their own. */
export const CONFIG_DIAGNOSTIC_COLLECTION = 'sincerely-config';

/** Rule pages are virtual documents of this scheme (rule-pages.ts), read from the VSIX: no web site needed. */
export const RULE_PAGE_SCHEME = 'sincerely-rule';
/** A rule's page, `sincerely-rule:/<id>.md`: the diagnostic's code link. */
export function rulePageUri(ruleId: string): string {
  return `${RULE_PAGE_SCHEME}:/${encodeURIComponent(ruleId)}.md`;
}
/** The hover's link to a rule's page: a command link (hovers render no links of unknown schemes). */
export function openRuleCommandLink(ruleId: string): string {
  return `command:sincerely.openRule?${encodeURIComponent(JSON.stringify([ruleId]))}`;
}

export const COMMANDS = {
  lint: 'sincerely.lint',
  newReply: 'sincerely.newReply',
  toggle: 'sincerely.toggle',
  lintAlways: 'sincerely.lintAlways',
  fixAll: 'sincerely.fixAll',
  disableRule: 'sincerely.disableRule',
  allowPhrase: 'sincerely.allowPhrase',
  /** The quick fix on a missing-part finding: inserts the part's snippet (hidden from the palette). */
  insertPart: 'sincerely.insertPart',
  /** The status bar model of a document, for tests (hidden from the palette). */
  status: 'sincerely.status',
  /** Opens a rule's page (the hover's link; hidden from the palette). */
  openRule: 'sincerely.openRule',
} as const;

/** workspaceState key of the files opted in with "Lint This Document Always". */
export const OPTED_IN_KEY = 'sincerely.optedIn';

/** Code action kind of the "fix all" source action: `source.fixAll.sincerely`. */
export const FIX_ALL_KIND_SUFFIX = 'sincerely';
