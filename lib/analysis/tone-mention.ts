/**
 * Tone towards one mention in one sentence, judged alone (`--tone` mode, the NewsMTSC evaluation):
 * the rules' lexicon cues bound to the mention (tone.ts) fed into the learned model (tone-model.ts).
 */
import { matchLoaded } from './loaded';
import { assignTone, frameCues, loadedCues, mergeCues } from './tone';
import { type MentionTone, mentionTone } from './tone-model';
import type { LoadedMatch } from './types';

/** The lexicon and frame cues the rules bind to a lone mention in its sentence (summed polarity). */
export function mentionCue(text: string, from: number, to: number, loaded?: LoadedMatch[]): number {
  const cues = mergeCues(loadedCues(text, loaded ?? matchLoaded(text)), frameCues(text));
  return assignTone(text, [{ key: 'm', start: from, end: to }], cues)[0] ?? 0;
}

/** The tone of a sentence towards the mention at [from, to). */
export function toneTowards(text: string, from: number, to: number): MentionTone {
  return mentionTone(text, from, to, { cue: mentionCue(text, from, to) });
}
