/**
 * Factive and presupposing verbs: they present what follows as established truth. "He revealed
 * that X" asserts X; "he said that X" only reports it.
 */
import type { LexiconEntry } from '../analysis/types';
import { entryMaker } from './entry';

const e = entryMaker('factive', 'fact');

export const factive: LexiconEntry[] = [
  e('acknowledge', 'verb', 0, 'Presents what follows as a truth the speaker accepts.', 'said'),
  e('as everyone knows', 'phrase', 0, 'Presents a view as common knowledge.'),
  e('baselessly', 'adv', -0.3, 'States as fact that a claim has no basis.', 'without providing evidence'),
  e('come to light', 'verb', -0.1, 'Presents a finding as a truth emerging from hiding.', 'been reported'),
  e('debunk', 'verb', 0, 'Presents a claim as proven false.', 'disputed'),
  e('discredited', 'adj', -0.3, 'Presents a claim or person as already refuted.', 'disputed'),
  e('expose', 'verb', -0.3, 'Presents what follows as a hidden wrong now uncovered.', 'reported'),
  e('false', 'adj', -0.3, 'Pronounces a claim untrue in the writer’s voice.', 'disputed'),
  e('falsely', 'adv', -0.3, 'States as fact that a claim is untrue.', 'in a claim disputed by [source]'),
  e('it is clear that', 'phrase', 0, 'Asserts obviousness instead of showing it.'),
  e('it is no secret', 'phrase', 0, 'Presents a claim as known to all.'),
  e('it turns out', 'phrase', 0, 'Presents a conclusion as discovered fact.', 'according to [source]'),
  e('lay bare', 'verb', -0.2, 'Presents a finding as a hidden truth stripped open.', 'describe'),
  e('make clear', 'verb', 0, 'Presents a view as settled and plain.', 'said'),
  e('make no mistake', 'phrase', 0, 'Tells the reader the writer’s view is certain.'),
  e('needless to say', 'phrase', 0, 'Presents a claim as too obvious to need support.'),
  e('prove', 'verb', 0, 'Presents a conclusion as beyond dispute.', 'suggested'),
  e('reveal', 'verb', 0, 'Presents information as a hidden truth brought to light.', 'said'),
  e('the reality is', 'phrase', 0, 'Presents a view as reality.'),
  e('the truth is', 'phrase', 0, 'Asserts the writer’s view as truth.'),
  e('there is no doubt', 'phrase', 0, 'Rules out doubt by fiat.'),
  e('uncover', 'verb', -0.2, 'Presents a finding as a buried truth.', 'reported'),
  e('unmask', 'verb', -0.4, 'Presents its target as a deceiver found out.', 'identified'),
];
