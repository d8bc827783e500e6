/** The shipped weights, turned into models on first use. */
import type { Language } from '../types.js';
import { Model, type WeightsFile } from './model.js';
import en from './weights/en.json' with { type: 'json' };
import ru from './weights/ru.json' with { type: 'json' };

const FILES: Record<Language, WeightsFile> = { en, ru };
const models = new Map<Language, Model>();

export function modelFor(language: Language): Model {
  let model = models.get(language);
  if (!model) models.set(language, (model = new Model(FILES[language])));
  return model;
}
