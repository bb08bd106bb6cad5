/**
 * Absolutes: all-or-nothing words that leave no room for exceptions. Common in opinion, rare in
 * careful reporting.
 */
import type { LexiconEntry } from '../analysis/types';
import { entryMaker } from './entry';

const e = entryMaker('absolute', 'abs');

export const absolute: LexiconEntry[] = [
  e('absolute', 'adj', 0, 'Makes a quality total.', 'strong'),
  e('all of them', 'phrase', 0, 'Sweeps in every member.', 'many of them'),
  e('all the time', 'phrase', 0, 'Claims constant recurrence.', 'often'),
  e('always', 'adv', 0, 'Claims something holds without exception.', 'often'),
  e('at all times', 'phrase', 0, 'Claims a constant without lapse.', 'usually'),
  e('at any cost', 'phrase', 0, 'Rules out any limit.', 'at great cost'),
  e('beyond doubt', 'phrase', 0, 'Declares doubt impossible.', 'strongly supported'),
  e('certainly', 'adv', 0, 'Claims certainty without support.'),
  e('clearly', 'adv', 0, 'Tells the reader something is obvious.'),
  e('completely', 'adv', 0, 'Claims totality.', 'largely'),
  e('each and every', 'phrase', 0, 'Doubles up to insist on totality.', 'every'),
  e('entirely', 'adv', 0, 'Leaves no part out.', 'largely'),
  e('every single', 'phrase', 0, 'Insists on every last case.', 'every'),
  e('every time', 'phrase', 0, 'Claims something happens on each occasion.', 'often'),
  e('everybody', 'noun', 0, 'Claims a view or act for all people.', 'many people'),
  e('everyone', 'noun', 0, 'Speaks for every person.', 'many people'),
  e('forever', 'adv', 0, 'Claims permanence.', 'for a long time'),
  e('impossible', 'adj', 0, 'Rules something out entirely.', 'very difficult'),
  e('in no way', 'phrase', 0, 'Denies any degree at all.', 'not'),
  e('never', 'adv', 0, 'Claims something holds at no time.', 'rarely'),
  e('no matter what', 'phrase', 0, 'Rules out every condition.', 'regardless'),
  e('no one', 'phrase', 0, 'Denies that any person at all did or thinks something.', 'few people'),
  e('nobody', 'noun', 0, 'Claims not a single person.', 'few people'),
  e('none whatsoever', 'phrase', 0, 'Insists on a total absence.', 'none'),
  e('not a single', 'phrase', 0, 'Insists on zero.', 'no'),
  e('not once', 'phrase', 0, 'Insists something never happened.', 'rarely'),
  e('obviously', 'adv', 0, 'Asserts obviousness for the reader.'),
  e('once and for all', 'phrase', 0, 'Claims final settlement.', 'finally'),
  e('one hundred percent', 'phrase', 0, 'Claims total certainty or support.', 'strongly'),
  e('perfectly', 'adv', 0, 'Claims flawlessness.', 'quite'),
  e('totally', 'adv', 0, 'A casual claim of totality.', 'largely'),
  e('undeniable', 'adj', 0, 'Forbids disagreement.', 'strong'),
  e('undeniably', 'adv', 0, 'Shuts down disagreement before it starts.'),
  e('undoubtedly', 'adv', 0, 'Claims the absence of doubt.'),
  e('unequivocally', 'adv', 0, 'Claims no ambiguity.', 'clearly'),
  e('unquestionably', 'adv', 0, 'Forbids questions.'),
  e('whatsoever', 'adv', 0, 'Intensifies a denial to absolute.'),
  e('wholly', 'adv', 0, 'Claims completeness, formally.', 'largely'),
  e('without a doubt', 'phrase', 0, 'Rules out doubt outright.'),
  e('without exception', 'phrase', 0, 'Rules out every exception.', 'in most cases'),
];
