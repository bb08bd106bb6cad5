/**
 * Factive and presupposing verbs: they present what follows as established truth. "He revealed
 * that X" asserts X; "he said that X" only reports it.
 */
import type { LexiconEntry } from '../analysis/types';
import { entryMaker } from './entry';

const e = entryMaker('factive', 'fact');

export const factive: LexiconEntry[] = [
  e('acknowledge', 'verb', 0, 'Presents what follows as a truth the speaker accepts.', 'said'),
  e('confirm', 'verb', 0, 'Presents what follows as established.', 'said'),
  e('demonstrate', 'verb', 0, 'Presents a conclusion as shown.', 'suggested'),
  e('disclose', 'verb', 0, 'Presents information as formerly hidden truth.', 'said'),
  e('expose', 'verb', -0.3, 'Presents what follows as a hidden wrong now uncovered.', 'reported'),
  e('point out', 'verb', 0, 'Presents a statement as an obvious fact.', 'said'),
  e('prove', 'verb', 0, 'Presents a conclusion as beyond dispute.', 'suggested'),
  e('realize', 'verb', 0, 'Presupposes that what was realised is true.', 'concluded'),
  e('reveal', 'verb', 0, 'Presents information as a hidden truth brought to light.', 'said'),
  e('show', 'verb', 0, 'Presents a conclusion as demonstrated.', 'suggested'),
  e('uncover', 'verb', -0.2, 'Presents a finding as a buried truth.', 'reported'),
  e('unmask', 'verb', -0.4, 'Presents its target as a deceiver found out.', 'identified'),
];
