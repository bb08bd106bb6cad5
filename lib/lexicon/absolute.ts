/**
 * Absolutes: all-or-nothing words that leave no room for exceptions. Common in opinion, rare in
 * careful reporting.
 */
import type { LexiconEntry } from '../analysis/types';
import { entryMaker } from './entry';

const e = entryMaker('absolute', 'abs');

export const absolute: LexiconEntry[] = [
  e('always', 'adv', 0, 'Claims something holds without exception.', 'often'),
  e('completely', 'adv', 0, 'Claims totality.', 'largely'),
  e('entirely', 'adv', 0, 'Leaves no part out.', 'largely'),
  e('everybody', 'noun', 0, 'Claims a view or act for all people.', 'many people'),
  e('everyone', 'noun', 0, 'Speaks for every person.', 'many people'),
  e('never', 'adv', 0, 'Claims something holds at no time.', 'rarely'),
  e('nobody', 'noun', 0, 'Claims not a single person.', 'few people'),
  e('totally', 'adv', 0, 'A casual claim of totality.', 'largely'),
  e('undeniable', 'adj', 0, 'Forbids disagreement.', 'strong'),
  e('undeniably', 'adv', 0, 'Shuts down disagreement before it starts.'),
  e('unquestionably', 'adv', 0, 'Forbids questions.'),
  e('without exception', 'phrase', 0, 'Rules out every exception.', 'in most cases'),
];
