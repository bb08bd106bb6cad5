/**
 * Non-neutral verbs of saying: they report speech and judge it in the same word. "Said" is the
 * neutral baseline; "claimed" doubts, "admitted" convicts, "slammed" dramatises, "touted" sneers.
 * Polarity is the tone the verb lends to what is reported (or, for praise and attack verbs,
 * the stance the speaker takes towards their target).
 */
import type { LexiconEntry } from '../analysis/types';
import { entryMaker } from './entry';

const e = entryMaker('saying-verb', 'say');

export const sayingVerb: LexiconEntry[] = [
  e('admit', 'verb', -0.4, 'Implies the speaker confessed something they had hidden.', 'said'),
  e('allege', 'verb', -0.2, 'Flags a statement as unproven.', 'said'),
  e('bemoan', 'verb', -0.3, 'Casts a statement as a lament.', 'said'),
  e('blast', 'verb', -0.6, 'Dramatises criticism as an explosion.', 'criticized'),
  e('boast', 'verb', -0.4, 'Casts a statement as bragging.', 'said'),
  e('brag', 'verb', -0.5, 'Casts a statement as vain boasting.', 'said'),
  e('claim', 'verb', -0.3, 'Signals the writer doubts what is reported.', 'said'),
  e('concede', 'verb', -0.3, 'Frames a statement as a grudging surrender.', 'said'),
  e('confess', 'verb', -0.4, 'Frames a statement as owning up to guilt.', 'said'),
  e('contend', 'verb', -0.1, 'Frames a statement as one side of a dispute.', 'said'),
  e('crow', 'verb', -0.5, 'Mocks a statement as gloating.', 'said'),
  e('decry', 'verb', -0.4, 'Dramatises criticism as public condemnation.', 'criticized'),
  e('deride', 'verb', -0.5, 'Casts criticism as mockery.', 'criticized'),
  e('gloat', 'verb', -0.6, 'Casts a statement as malicious pleasure.', 'said'),
  e('grumble', 'verb', -0.4, 'Belittles a complaint as muttering.', 'complained'),
  e('harangue', 'verb', -0.6, 'Casts speech as a ranting lecture.', 'addressed'),
  e('hit out at', 'verb', -0.5, 'Dramatises criticism as a blow.', 'criticized'),
  e('insist', 'verb', -0.2, 'Implies the speaker holds out against doubt.', 'said'),
  e('lambast', 'verb', -0.6, 'Dramatises criticism as a beating.', 'criticized'),
  e('lash out', 'verb', -0.6, 'Casts criticism as an angry strike.', 'criticized'),
  e('laud', 'verb', 0.6, 'Reports praise in a word that itself glorifies.', 'praised'),
  e('maintain', 'verb', -0.1, 'Implies a position held against doubt.', 'said'),
  e('moan', 'verb', -0.5, 'Belittles a complaint as whining.', 'complained'),
  e('purport', 'verb', -0.3, 'Doubts that something is what it claims.', 'said'),
  e('rail against', 'verb', -0.5, 'Casts criticism as ranting.', 'criticized'),
  e('rant', 'verb', -0.6, 'Dismisses speech as an angry tirade.', 'spoke'),
  e('rave', 'verb', 0.3, 'Casts speech as wild enthusiasm or anger.', 'said'),
  e('ridicule', 'verb', -0.5, 'Reports criticism as mockery.', 'criticized'),
  e('scoff', 'verb', -0.5, 'Casts a reply as contemptuous.', 'dismissed'),
  e('skewer', 'verb', -0.6, 'Dramatises criticism as impaling.', 'criticized'),
  e('slam', 'verb', -0.6, 'Dramatises criticism as a violent blow.', 'criticized'),
  e('snap', 'verb', -0.4, 'Casts a reply as irritable.', 'replied'),
  e('sneer', 'verb', -0.6, 'Casts a statement as contemptuous.', 'said'),
  e('tout', 'verb', -0.2, 'Casts promotion as salesmanship.', 'promoted'),
  e('trumpet', 'verb', 0.1, 'Casts an announcement as loud self-promotion.', 'announced'),
  e('vow', 'verb', 0.1, 'Turns a statement into a solemn promise.', 'said'),
  e('whine', 'verb', -0.6, 'Belittles a complaint as childish.', 'complained'),
];
