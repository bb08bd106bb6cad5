/**
 * Hedges and weasel phrases: they distance the writer from a claim or hide who makes it.
 * Polarity 0: they shift certainty, not tone.
 */
import type { LexiconEntry } from '../analysis/types';
import { entryMaker } from './entry';

const e = entryMaker('hedge', 'hedge');

export const hedge: LexiconEntry[] = [
  e('according to some', 'phrase', 0, 'Attributes a claim to no one in particular.', 'name the source'),
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
  e('could potentially', 'phrase', 0, 'Stacks two hedges so the claim commits to nothing.', 'could'),
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
  e('in some quarters', 'phrase', 0, 'Attributes a view to nobody in particular.', 'name who'),
  e('insiders say', 'phrase', 0, 'Cites unnamed insiders.', 'name the source'),
  e('it appears', 'phrase', 0, 'Hedges an impression without a source.'),
  e(
    'it {is|has been} suggested',
    'phrase',
    0,
    'A passive that hides who suggested it.',
    'name who suggested it',
  ),
  e(
    'it {is|was|has been} {believed|said|claimed|thought|rumored|rumoured|alleged|reported|understood}',
    'phrase',
    0,
    'A passive that hides who believes or says it.',
    'name the source',
  ),
  e(
    'it {is|was} widely {believed|thought|reported|expected}',
    'phrase',
    0,
    'Appeals to a crowd nobody counted.',
    'name who',
  ),
  e(
    'many people {are saying|say|believe|think}',
    'phrase',
    0,
    'Attributes a claim to an uncounted public.',
    'name who',
  ),
  e('many {believe|say|argue|feel|think}', 'phrase', 0, 'Appeals to an uncounted crowd.', 'name who'),
  e('observers {say|believe|note}', 'phrase', 0, 'Cites unnamed observers.', 'name the observers'),
  e('one might argue', 'phrase', 0, 'Slips in an argument under a hypothetical speaker.'),
  e('ostensibly', 'adv', 0, 'Says something is so on the surface only.'),
  e('people familiar with', 'phrase', 0, 'Cites anonymous sources.', 'name the source'),
  e('possibly', 'adv', 0, 'Leaves a claim open.'),
  e('presumably', 'adv', 0, 'Assumes without evidence.'),
  e('purportedly', 'adv', 0, 'Casts doubt on what something is said to be.', 'according to [source]'),
  e(
    'raises questions',
    'phrase',
    0,
    'Insinuates doubt without stating a charge.',
    'state the question and who asks it',
  ),
  e('reportedly', 'adv', 0, 'Passes on a claim without naming who reported it.', 'according to [source]'),
  e('rumored', 'adj', 0, 'Passes on hearsay.', 'unconfirmed'),
  e('rumors', 'noun', 0, 'Passes on talk without a source.', 'unconfirmed reports'),
  e('seemingly', 'adv', 0, 'Hedges an impression as fact.'),
  e('so-called', 'adj', -0.3, 'Signals the writer doubts the name that follows.'),
  e('some experts', 'phrase', 0, 'Cites an unnamed subset of experts.', 'name the experts'),
  e('some {say|argue|believe|claim|suggest|fear|worry}', 'phrase', 0, 'Cites an unnamed "some".', 'name who'),
  e('sources say', 'phrase', 0, 'Cites unnamed sources.', 'name the source'),
  e('supposedly', 'adv', 0, 'Signals doubt about what is said to be so.', 'according to [source]'),
  e('suspected', 'adj', 0, 'Labels a person or act before a finding.', 'accused'),
  e('there are those who', 'phrase', 0, 'Attributes a view to unnamed people.', 'name who'),
  e('unconfirmed', 'adj', 0, 'Repeats a claim while noting it is unchecked.'),
  e('unnamed', 'adj', 0, 'Flags a source whose identity is hidden.'),
  e('what appears to be', 'phrase', 0, 'Describes while declining to commit.'),
  e('widely seen as', 'phrase', 0, 'Attributes a view to an unmeasured public.', 'seen by [who] as'),
];
