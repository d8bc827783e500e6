/**
 * What the host loads per language, asynchronously and once (the morphology's analysers, the
 * scorer's models): a language already loaded is skipped, concurrent loads of one language share
 * one promise, a failed load rejects and leaves nothing behind, and `generation` changes on every
 * load or unload (caches of results that depend on what is loaded put it in their keys).
 */
import type { Language } from './types.js';

export class LanguageStore<T> {
  private readonly loaded = new Map<Language, T>();
  private readonly pending = new Map<Language, Promise<void>>();
  private changes = 0;

  /** Loads each of `languages` not loaded yet with `loadOne`. */
  async load(languages: readonly Language[], loadOne: (language: Language) => Promise<T>): Promise<void> {
    await Promise.all(
      languages.map((language) => {
        if (this.loaded.has(language)) return undefined;
        let promise = this.pending.get(language);
        if (!promise) {
          promise = loadOne(language)
            .then((value) => {
              this.loaded.set(language, value);
              this.changes++;
            })
            .finally(() => this.pending.delete(language));
          this.pending.set(language, promise);
        }
        return promise;
      }),
    );
  }

  get(language: Language): T | undefined {
    return this.loaded.get(language);
  }

  has(language: Language): boolean {
    return this.loaded.has(language);
  }

  get generation(): number {
    return this.changes;
  }

  unload(languages: readonly Language[]): void {
    for (const language of languages) if (this.loaded.delete(language)) this.changes++;
  }
}
