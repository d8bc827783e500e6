/** Names shared by the extension's modules, its manifest and its tests. No vscode import. */

export const EXTENSION_ID = 'sincerely.sincerely';
/** The settings section: every setting is `sincerely.<key>`. */
export const SECTION = 'sincerely';
/** `Diagnostic.source` of every finding, and the name of the findings' DiagnosticCollection. */
export const SOURCE = 'Sincerely';
export const DIAGNOSTIC_COLLECTION = 'sincerely';
/** Problems in `.sincerelyrc.json` are reported on the file itself, in a collection of their own. */
export const CONFIG_DIAGNOSTIC_COLLECTION = 'sincerely-config';

/** Each rule id is an anchor in this page. */
export const RULES_DOC_URL = 'https://github.com/sincerely-dev/sincerely/blob/main/docs/rules.md';
export function ruleDocUrl(ruleId: string): string {
  return `${RULES_DOC_URL}#${encodeURIComponent(ruleId)}`;
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
} as const;

/** workspaceState key of the files opted in with "Lint This Document Always". */
export const OPTED_IN_KEY = 'sincerely.optedIn';

/** Code action kind of the "fix all" source action: `source.fixAll.sincerely`. */
export const FIX_ALL_KIND_SUFFIX = 'sincerely';
