/**
 * Hedges and weasel phrases: they distance the writer from a claim or hide who makes it.
 * Polarity 0: they shift certainty, not tone.
 */
import type { LexiconEntry } from '../analysis/types';
import { entryMaker } from './entry';

const e = entryMaker('hedge', 'hedge');

export const hedge: LexiconEntry[] = [
  e('alleged', 'adj', 0, 'Marks an accusation as unproven while still repeating it.', 'accused of'),
  e(
    'allegedly',
    'adv',
    0,
    'Distances the writer from an accusation without naming its source.',
    'according to [source]',
  ),
  e('apparently', 'adv', 0, 'Hedges a claim as seeming so.', 'according to [source]'),
  e('arguably', 'adv', 0, 'Slips in an opinion while disowning it.'),
  e(
    'critics {say|argue|claim|charge|contend|believe|fear|warn}',
    'phrase',
    0,
    'Cites unnamed critics, so the claim cannot be checked.',
    'name the critics',
  ),
  e(
    'experts {say|believe|warn|agree|argue}',
    'phrase',
    0,
    'Cites unnamed experts as an authority.',
    'name the experts',
  ),
  e(
    'it {is|was|has been} {believed|said|claimed|thought|rumored|rumoured|alleged|reported|understood}',
    'phrase',
    0,
    'A passive that hides who believes or says it.',
    'name the source',
  ),
  e('many {believe|say|argue|feel|think}', 'phrase', 0, 'Appeals to an uncounted crowd.', 'name who'),
  e('observers {say|believe|note}', 'phrase', 0, 'Cites unnamed observers.', 'name the observers'),
  e('purportedly', 'adv', 0, 'Casts doubt on what something is said to be.', 'according to [source]'),
  e('reportedly', 'adv', 0, 'Passes on a claim without naming who reported it.', 'according to [source]'),
  e('rumored', 'adj', 0, 'Passes on hearsay.', 'unconfirmed'),
  e('seemingly', 'adv', 0, 'Hedges an impression as fact.'),
  e('so-called', 'adj', -0.3, 'Signals the writer doubts the name that follows.'),
  e('some {say|argue|believe|claim|suggest|fear|worry}', 'phrase', 0, 'Cites an unnamed "some".', 'name who'),
  e('supposedly', 'adv', 0, 'Signals doubt about what is said to be so.', 'according to [source]'),
];
