/**
 * Data for headlines and entity tone: the short theme words a story is about, and the news
 * "frames" that cast an entity in a good or bad light without being loaded wording as such
 * ("Targets X with sanctions", "silent on", "human rights abuses"). Kept as data, one entry per
 * line, so the rules in related.ts and tone.ts stay free of word lists.
 */

export interface Theme {
  /** The theme word shown to the reader. */
  theme: string;
  /** Lower-case words or phrases; a trailing "*" matches any ending ("sanction*"). */
  cues: string[];
}

export const THEMES: Theme[] = [
  {
    theme: 'corruption',
    cues: [
      'corruption',
      'corrupt',
      'bribe*',
      'bribery',
      'graft',
      'kickback*',
      'embezzl*',
      'money laundering',
      'caviar diplomacy',
    ],
  },
  { theme: 'voting rights', cues: ['voting rights', 'right to vote', 'suffrage', 'voting right'] },
  { theme: 'sanctions', cues: ['sanction*', 'embargo*', 'asset freeze*'] },
  {
    theme: 'human rights',
    cues: ['human rights', 'rights abuse*', 'torture*', 'political prisoner*', 'crackdown*', 'repression'],
  },
  { theme: 'press freedom', cues: ['press freedom', 'journalist*', 'censorship', 'media freedom'] },
  { theme: 'elections', cues: ['election*', 'ballot*', 'vote rigging', 'electoral', 'polls'] },
  {
    theme: 'war',
    cues: ['war', 'wars', 'invasion', 'offensive', 'airstrike*', 'shelling', 'troops', 'military'],
  },
  { theme: 'conflict', cues: ['conflict*', 'clash*', 'ceasefire', 'hostilities', 'border dispute*'] },
  { theme: 'peace', cues: ['peace', 'peace deal', 'peace talks', 'peace agreement', 'reconciliation'] },
  { theme: 'energy', cues: ['gas', 'oil', 'pipeline*', 'energy', 'lng'] },
  { theme: 'security', cues: ['security', 'defence', 'defense', 'nato'] },
  { theme: 'diplomacy', cues: ['diplomat*', 'diplomacy', 'embassy', 'envoy*', 'summit*', 'talks'] },
  {
    theme: 'economy',
    cues: ['economy', 'economic', 'inflation', 'recession', 'gdp', 'trade', 'tariff*', 'jobs'],
  },
  { theme: 'migration', cues: ['migrant*', 'migration', 'refugee*', 'asylum', 'immigration', 'deport*'] },
  { theme: 'climate', cues: ['climate', 'emissions', 'carbon', 'global warming'] },
  { theme: 'crime', cues: ['crime*', 'criminal*', 'murder*', 'fraud', 'arrest*', 'indict*', 'convict*'] },
  { theme: 'terrorism', cues: ['terror*', 'extremis*', 'militant*', 'jihad*'] },
  { theme: 'health', cues: ['health', 'pandemic', 'vaccine*', 'hospital*', 'disease*'] },
];

/** Which entity a frame bears on, relative to where it stands in the headline or clause. */
export type FrameTarget =
  /** The actor before it: "X remains silent on ..." is a reproach to X. */
  | 'subject'
  /** The entity after it: "Targets X", "cautions over ... for X". */
  | 'object'
  /** The entity it is attached to, on either side: "corruption of X", "X's abuses". */
  | 'near';

export interface Frame {
  /** Lower-case words or phrases; a trailing "*" matches any ending. */
  cue: string;
  /** -1 .. +1: how it casts the entity it bears on. */
  polarity: number;
  target: FrameTarget;
}

/**
 * Frames of news wording. Polarity is deliberately moderate: a frame is a framing choice, not
 * name-calling; the loaded lexicon carries the strong words.
 */
export const FRAMES: Frame[] = [
  // Wrongdoing attached to whoever it is linked to.
  { cue: 'corruption', polarity: -0.6, target: 'near' },
  { cue: 'corrupt', polarity: -0.6, target: 'near' },
  { cue: 'bribe*', polarity: -0.6, target: 'near' },
  { cue: 'bribery', polarity: -0.6, target: 'near' },
  { cue: 'abuse*', polarity: -0.6, target: 'near' },
  { cue: 'human rights abuse*', polarity: -0.7, target: 'near' },
  { cue: 'scandal*', polarity: -0.5, target: 'near' },
  { cue: 'crackdown*', polarity: -0.5, target: 'near' },
  { cue: 'repression', polarity: -0.6, target: 'near' },
  { cue: 'fraud', polarity: -0.6, target: 'near' },
  { cue: 'money laundering', polarity: -0.6, target: 'near' },
  { cue: 'political prisoner*', polarity: -0.5, target: 'near' },
  { cue: 'war crime*', polarity: -0.8, target: 'near' },
  { cue: 'alleged', polarity: -0.3, target: 'near' },
  { cue: 'allegedly', polarity: -0.3, target: 'near' },
  { cue: 'accused of', polarity: -0.4, target: 'subject' },
  { cue: 'under fire', polarity: -0.4, target: 'subject' },
  { cue: 'faces criticism', polarity: -0.4, target: 'subject' },
  { cue: 'failure*', polarity: -0.4, target: 'near' },
  // Measures taken against the entity that follows.
  { cue: 'sanction*', polarity: -0.5, target: 'object' },
  { cue: 'targets', polarity: -0.5, target: 'object' },
  { cue: 'targeted', polarity: -0.5, target: 'object' },
  { cue: 'targeting', polarity: -0.5, target: 'object' },
  { cue: 'cautions over', polarity: -0.4, target: 'object' },
  { cue: 'cautions against', polarity: -0.4, target: 'object' },
  { cue: 'warns', polarity: -0.3, target: 'object' },
  { cue: 'condemns', polarity: -0.6, target: 'object' },
  { cue: 'condemned', polarity: -0.6, target: 'object' },
  { cue: 'criticizes', polarity: -0.5, target: 'object' },
  { cue: 'criticises', polarity: -0.5, target: 'object' },
  { cue: 'blames', polarity: -0.5, target: 'object' },
  { cue: 'expels', polarity: -0.5, target: 'object' },
  { cue: 'suspends', polarity: -0.4, target: 'object' },
  { cue: 'probe into', polarity: -0.4, target: 'object' },
  { cue: 'investigation into', polarity: -0.4, target: 'object' },
  { cue: 'crack down on', polarity: -0.5, target: 'object' },
  { cue: 'cracks down on', polarity: -0.5, target: 'object' },
  { cue: 'ban on', polarity: -0.4, target: 'object' },
  // Reproaches to the actor.
  { cue: 'silent on', polarity: -0.4, target: 'subject' },
  { cue: 'remains silent', polarity: -0.4, target: 'subject' },
  { cue: 'turns a blind eye', polarity: -0.5, target: 'subject' },
  { cue: 'fails to', polarity: -0.4, target: 'subject' },
  // Favourable frames.
  { cue: 'praises', polarity: 0.5, target: 'object' },
  { cue: 'praised', polarity: 0.5, target: 'object' },
  { cue: 'commends', polarity: 0.5, target: 'object' },
  { cue: 'commended', polarity: 0.5, target: 'object' },
  { cue: 'lauds', polarity: 0.5, target: 'object' },
  { cue: 'lauded', polarity: 0.5, target: 'object' },
  { cue: 'hails', polarity: 0.5, target: 'object' },
  { cue: 'hailed', polarity: 0.5, target: 'object' },
  { cue: 'welcomes', polarity: 0.4, target: 'object' },
  { cue: 'backs', polarity: 0.3, target: 'object' },
  { cue: 'support for', polarity: 0.3, target: 'object' },
  { cue: 'breakthrough', polarity: 0.4, target: 'near' },
  { cue: 'success', polarity: 0.4, target: 'near' },
  { cue: 'achievement*', polarity: 0.4, target: 'near' },
  { cue: 'award*', polarity: 0.3, target: 'near' },
  { cue: 'contribution*', polarity: 0.3, target: 'near' },
  { cue: 'professionalism', polarity: 0.4, target: 'near' },
  { cue: 'dedication', polarity: 0.3, target: 'near' },
];

/** A compiled cue: a regular expression over lower-cased text with word boundaries. */
export function cuePattern(cue: string): string {
  const star = cue.endsWith('*');
  const body = (star ? cue.slice(0, -1) : cue).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
  return star ? `${body}[\\p{L}]*` : body;
}
