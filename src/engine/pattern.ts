/** Moved to match/phrase.ts (the word-template language of `phrase` rules); kept for existing imports. */
export * from './match/phrase.js';
