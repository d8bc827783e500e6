/**
 * Loads the rule data, the morphology dictionaries and the scorer's weights shipped in the
 * extension (dist/dict/) through `vscode.workspace.fs`, which reads the extension's folder in the
 * desktop and in the web extension host alike. Nothing loads at activation: the first lint of a
 * text asks for the languages it needs and waits for them; a load that takes a while shows in the
 * status bar. A failed load is reported once and the engine goes on with its fallback (no rules, no
 * analysis, a silent scorer).
 */
import * as vscode from 'vscode';
import { isLanguageDataLoaded, languagesOfText, loadLanguageData, type DictionarySource, type Language } from '../engine/index.js';
import type { ErrorLog } from './error-log.js';
import { t } from './l10n.js';

/** A load shorter than this shows no progress. */
const QUIET_MS = 300;

export class MorphologyLoader {
  private readonly loads = new Map<Language, Promise<void>>();
  private readonly source: DictionarySource;

  constructor(
    extensionUri: vscode.Uri,
    private readonly errors: ErrorLog,
  ) {
    this.source = {
      read: (name) => Promise.resolve(vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'dist', 'dict', ...name.split('/')))),
    };
  }

  /** Resolves when the languages `text` needs are loaded or have failed to; never rejects. */
  ready(text: string, language: 'auto' | Language = 'auto'): Promise<void> {
    const needed = languagesOfText(text, language).filter((l) => !isLanguageDataLoaded(l));
    if (needed.length === 0) return Promise.resolve();
    return Promise.all(needed.map((l) => this.load(l))).then(() => undefined);
  }

  private load(language: Language): Promise<void> {
    let load = this.loads.get(language);
    if (!load) {
      load = loadLanguageData(this.source, [language]).catch((error: unknown) => this.errors.report(`loading the ${language} dictionaries`, error));
      this.loads.set(language, load);
      this.showProgressIfSlow(load);
    }
    return load;
  }

  private showProgressIfSlow(load: Promise<void>): void {
    let done = false;
    void load.then(() => (done = true));
    setTimeout(() => {
      if (done) return;
      void vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: t('Sincerely: loading dictionaries…') }, () => load);
    }, QUIET_MS);
  }
}
