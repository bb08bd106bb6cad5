/**
 * Scare quotes are found by the matcher (lib/analysis/loaded.ts), not by a word list; this is the
 * entry every such match carries.
 */
import type { LexiconEntry } from '../analysis/types';

export const SCARE_QUOTE: LexiconEntry = {
  id: 'sq-scare-quote',
  term: '"…"',
  category: 'scare-quote',
  note: 'Quotation marks around a word nobody is quoted as saying signal the writer’s doubt or irony.',
  neutral: 'the word without quotation marks, or name who used it',
  polarity: -0.3,
  pos: 'phrase',
};
