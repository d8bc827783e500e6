/** The commands: lint now, new reply from a template, toggle, lint always, and the quick fixes' helpers. */
import * as vscode from 'vscode';
import { isMorphologyLoaded, isScorerLoaded, PARTS, type Language, type Part } from '../engine/index.js';
import { phraseOf } from './actions-model.js';
import { targetsOf, toWorkspaceEdit } from './code-actions.js';
import { fixAllEdits } from './actions-model.js';
import { COMMANDS, SECTION } from './constants.js';
import { t } from './l10n.js';
import type { LinterController } from './linter-controller.js';
import type { OptIns } from './opt-in.js';
import { languageOfPrefix, partInsertion, snippetPrefixes } from './part-insertion.js';
import type { Settings } from './settings.js';
import type { StatusBar } from './status-bar.js';
import type { StatusView } from './status-model.js';
import { listSettingUpdate, type SettingsTarget } from './settings-model.js';
import { isScenario, isTemplateLanguage, parseSnippetFile, snippetBody, TEMPLATE_PREFIXES, type Scenario, type TemplateLanguage } from './templates.js';

interface Services {
  context: vscode.ExtensionContext;
  controller: LinterController;
  settings: Settings;
  optIns: OptIns;
  statusBar: StatusBar;
}

const CONFIGURATION_TARGET: Record<SettingsTarget, vscode.ConfigurationTarget> = {
  global: vscode.ConfigurationTarget.Global,
  workspace: vscode.ConfigurationTarget.Workspace,
  workspaceFolder: vscode.ConfigurationTarget.WorkspaceFolder,
};

/** The document a command acts on: the one given (status bar, code action) or the active editor's. */
function documentFor(uri: unknown): vscode.TextDocument | undefined {
  const wanted = uri instanceof vscode.Uri ? uri.toString() : typeof uri === 'string' ? uri : undefined;
  if (wanted) return vscode.workspace.textDocuments.find((d) => d.uri.toString() === wanted);
  return vscode.window.activeTextEditor?.document;
}

export function registerCommands(services: Services): vscode.Disposable[] {
  const { controller } = services;
  return [
    vscode.commands.registerCommand(COMMANDS.lint, (uri?: unknown) => lintNow(controller, uri)),
    vscode.commands.registerCommand(COMMANDS.newReply, (scenario?: unknown, language?: unknown) => newReply(services.context, scenario, language)),
    vscode.commands.registerCommand(COMMANDS.toggle, toggle),
    vscode.commands.registerCommand(COMMANDS.lintAlways, (uri?: unknown) => lintAlways(services, uri)),
    vscode.commands.registerCommand(COMMANDS.fixAll, (uri?: unknown, ruleId?: unknown) => fixAll(controller, uri, ruleId)),
    vscode.commands.registerCommand(COMMANDS.disableRule, (ruleId?: unknown, uri?: unknown) => addToList(services, 'disabledRules', ruleId, uri)),
    vscode.commands.registerCommand(COMMANDS.allowPhrase, (phrase?: unknown, uri?: unknown) => addToList(services, 'allowedPhrases', phrase, uri)),
    vscode.commands.registerCommand(COMMANDS.insertPart, (uri?: unknown, part?: unknown, prefix?: unknown) => insertPart(services, uri, part, prefix)),
    vscode.commands.registerCommand(COMMANDS.status, (uri?: unknown) => status(services, uri)),
  ];
}

/**
 * The status bar model of a document (the active editor's by default): text, Markdown tooltip,
 * command, and the number of unexpected errors caught in the event handlers since activation.
 */
async function status(
  services: Services,
  uri: unknown,
): Promise<(StatusView & { errors: number; morphology: Record<Language, boolean>; scorer: Record<Language, boolean> }) | undefined> {
  const doc = documentFor(uri);
  if (!doc) return undefined;
  const morphology = { ru: isMorphologyLoaded('ru'), en: isMorphologyLoaded('en') };
  const scorer = { ru: isScorerLoaded('ru'), en: isScorerLoaded('en') };
  return { ...(await services.statusBar.view(doc)), errors: services.controller.errors.count, morphology, scorer };
}

/** The parsed snippet files, read once per language from the extension's `snippets/` folder. */
const snippetFiles = new Map<Language, Promise<unknown>>();
function snippetFile(context: vscode.ExtensionContext, language: Language): Promise<unknown> {
  let file = snippetFiles.get(language);
  if (!file) {
    const uri = vscode.Uri.joinPath(context.extensionUri, 'snippets', `${language}.code-snippets`);
    file = Promise.resolve(vscode.workspace.fs.readFile(uri)).then((bytes) => parseSnippetFile(new TextDecoder('utf-8').decode(bytes)));
    file.catch(() => snippetFiles.delete(language));
    snippetFiles.set(language, file);
  }
  return file;
}

/**
 * The quick fix on a missing part: inserts the part's snippet (the one with `prefix`, or the
 * first of the reply's language) at the place part-insertion.ts picks, as a snippet with its
 * fields. Returns whether it was inserted.
 */
async function insertPart(services: Services, uri: unknown, partArg: unknown, prefixArg: unknown): Promise<boolean> {
  const doc = documentFor(uri);
  if (!doc || typeof partArg !== 'string' || !(PARTS as readonly string[]).includes(partArg)) return false;
  const part = partArg as Part;
  const { structure, text } = await services.controller.currentStructure(doc);
  const language = (typeof prefixArg === 'string' ? languageOfPrefix(prefixArg) : undefined) ?? structure?.language ?? 'en';
  const prefix = typeof prefixArg === 'string' ? prefixArg : snippetPrefixes(language, part)[0];
  const body = prefix === undefined ? undefined : snippetBody(await snippetFile(services.context, language), prefix);
  if (body === undefined) {
    void vscode.window.showErrorMessage(t('Sincerely: the snippet "{0}" is missing.', String(prefix ?? part)));
    return false;
  }
  if (doc.getText() !== text) return false; // edited meanwhile: the ranges no longer apply
  const editor =
    vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === doc.uri.toString()) ??
    (await vscode.window.showTextDocument(doc, { preview: false }));
  const insertion = partInsertion({ text, part, body, ranges: structure?.ranges ?? {}, eol: doc.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n' });
  return editor.insertSnippet(new vscode.SnippetString(insertion.snippet), doc.positionAt(insertion.offset));
}

/** Lints the document now, whatever `run` and `scope` say; reveals Problems; returns the count. */
async function lintNow(controller: LinterController, uri: unknown): Promise<number> {
  const doc = documentFor(uri);
  if (!doc) {
    void vscode.window.showWarningMessage(t('Sincerely: open a reply draft to lint it.'));
    return 0;
  }
  let published = await controller.lintDocument(doc, 'command');
  // Interrupted by an edit or a settings change (its result dropped): once more, on the current
  // text and settings, so that the count and the message are not those of an older lint.
  if (published === undefined && !doc.isClosed) published = await controller.lintDocument(doc, 'command');
  const count = published ?? controller.findings(doc.uri)?.length ?? 0;
  await vscode.commands.executeCommand('workbench.actions.view.problems');
  void vscode.window.showInformationMessage(
    count === 0
      ? t('Sincerely: no findings, the draft reads well.')
      : count === 1
        ? t('Sincerely: 1 finding in this draft.')
        : t('Sincerely: {0} findings in this draft.', count),
  );
  return count;
}

async function pick<T extends string>(items: Array<{ value: T; label: string; description?: string }>, placeHolder: string): Promise<T | undefined> {
  const chosen = await vscode.window.showQuickPick(items, { placeHolder });
  return chosen?.value;
}

function scenarioItems(): Array<{ value: Scenario; label: string; description?: string }> {
  return [
    { value: 'late', label: t('Late delivery'), description: t('a missed deadline') },
    { value: 'quality', label: t('Poor quality'), description: t('the work fell short') },
    { value: 'scope', label: t('Misunderstood scope'), description: t('the result did not match expectations') },
    { value: 'refund', label: t('Refund request'), description: t('the client wants their money back') },
    { value: 'angry', label: t('Angry client'), description: t('a very upset client') },
  ];
}

function languageItems(): Array<{ value: TemplateLanguage; label: string }> {
  const items: Array<{ value: TemplateLanguage; label: string }> = [
    { value: 'en', label: 'English' },
    { value: 'ru', label: 'Русский' },
  ];
  return vscode.env.language.startsWith('ru') ? items.reverse() : items;
}

/** Opens a new untitled draft with the full template of a scenario; returns its editor. */
async function newReply(context: vscode.ExtensionContext, scenarioArg: unknown, languageArg: unknown): Promise<vscode.TextEditor | undefined> {
  if (scenarioArg !== undefined && !isScenario(scenarioArg)) {
    void vscode.window.showErrorMessage(t('Sincerely: unknown reply scenario "{0}".', String(scenarioArg)));
    return undefined;
  }
  if (languageArg !== undefined && !isTemplateLanguage(languageArg)) {
    void vscode.window.showErrorMessage(t('Sincerely: unknown template language "{0}".', String(languageArg)));
    return undefined;
  }
  const scenario = scenarioArg ?? (await pick(scenarioItems(), t('What is the client unhappy about?')));
  if (!scenario) return undefined;
  const language = languageArg ?? (await pick(languageItems(), t('Language of the reply')));
  if (!language) return undefined;

  const file = vscode.Uri.joinPath(context.extensionUri, 'snippets', `${language}.code-snippets`);
  const body = snippetBody(parseSnippetFile(new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(file))), TEMPLATE_PREFIXES[language][scenario]);
  if (body === undefined) {
    void vscode.window.showErrorMessage(t('Sincerely: the template "{0}" is missing.', TEMPLATE_PREFIXES[language][scenario]));
    return undefined;
  }
  const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: '' });
  const editor = await vscode.window.showTextDocument(doc);
  await editor.insertSnippet(new vscode.SnippetString(body), new vscode.Position(0, 0));
  return editor;
}

/** Flips `sincerely.enable` in the user settings. */
async function toggle(): Promise<boolean> {
  const config = vscode.workspace.getConfiguration(SECTION);
  const enable = !config.get<boolean>('enable', true);
  await config.update('enable', enable, vscode.ConfigurationTarget.Global);
  const inspected = config.inspect<boolean>('enable');
  const overridden = [inspected?.workspaceValue, inspected?.workspaceFolderValue].some((v) => v !== undefined && v !== enable);
  void vscode.window.showInformationMessage(
    (enable ? t('Sincerely linting is on.') : t('Sincerely linting is off.')) +
      (overridden ? ` ${t('The workspace settings set sincerely.enable too, and they take precedence.')}` : ''),
  );
  return enable;
}

/** Opts the document in: it is linted from now on whatever the scope says. */
async function lintAlways(services: Services, uri: unknown): Promise<boolean> {
  const doc = documentFor(uri);
  if (!doc) {
    void vscode.window.showWarningMessage(t('Sincerely: open a document to lint it always.'));
    return false;
  }
  const alreadyIn = doc.uri.scheme === 'untitled';
  await services.optIns.add(doc.uri);
  await services.controller.lintDocument(doc, 'optIn');
  void vscode.window.showInformationMessage(
    alreadyIn ? t('Sincerely: untitled drafts are always linted.') : t('Sincerely will lint this document from now on.'),
  );
  return true;
}

/** Applies the first suggestion of every finding (of one rule, when given); returns how many. */
async function fixAll(controller: LinterController, uri: unknown, ruleId: unknown): Promise<number> {
  const doc = documentFor(uri);
  if (!doc) return 0;
  const findings = controller.findings(doc.uri) ?? [];
  const edits = fixAllEdits(targetsOf(doc, findings, typeof ruleId === 'string' ? ruleId : undefined));
  if (edits.length === 0) return 0;
  return (await vscode.workspace.applyEdit(toWorkspaceEdit(doc.uri, edits))) ? edits.length : 0;
}

/** Adds a rule id or a phrase to a list setting: workspace settings with a folder open, else user settings. */
async function addToList(services: Services, key: 'disabledRules' | 'allowedPhrases', item: unknown, uri: unknown): Promise<boolean> {
  if (typeof item !== 'string' || item.trim() === '') return false;
  const value = key === 'allowedPhrases' ? phraseOf(item) : item.trim();
  const scope = documentFor(uri)?.uri ?? (typeof uri === 'string' ? vscode.Uri.parse(uri) : undefined);
  const effective = (await services.settings.forUri(scope))[key];
  const config = vscode.workspace.getConfiguration(SECTION, scope);
  const update = listSettingUpdate(effective, value, {
    hasWorkspaceFolder: (vscode.workspace.workspaceFolders?.length ?? 0) > 0,
    multiRoot: vscode.workspace.workspaceFile !== undefined,
    inspected: config.inspect(key),
  });
  await config.update(key, update.value, CONFIGURATION_TARGET[update.target]);
  const user = update.target === 'global';
  void vscode.window.showInformationMessage(
    key === 'disabledRules'
      ? user
        ? t('Sincerely: rule «{0}» disabled in the user settings.', value)
        : t('Sincerely: rule «{0}» disabled in the workspace settings.', value)
      : user
        ? t('Sincerely: «{0}» added to the allowed phrases in the user settings.', value)
        : t('Sincerely: «{0}» added to the allowed phrases in the workspace settings.', value),
  );
  return true;
}
