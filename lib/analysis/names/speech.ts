/**
 * Verbs that attribute what follows to a source (verbs of saying, reporting and public stance),
 * by lemma. The matcher derives the inflections (-s, -ed, -ing, irregular pasts listed here), so
 * "said", "says", "saying"; "lauded", "lauding". A verb only attributes when its subject is a named
 * source, a pronoun or an unnamed-source noun; "Stoltenberg visited Armenia" stays the outlet's.
 */
export const SPEECH_VERBS: readonly string[] = [
  'say',
  'tell',
  'state',
  'add',
  'note',
  'accuse',
  'claim',
  'argue',
  'insist',
  'warn',
  'urge',
  'stress',
  'emphasize',
  'emphasise',
  'underscore',
  'underline',
  'reiterate',
  'express',
  // "Residents voiced concern": as "expressed" (only "voiced" and "voicing": see NOUN_FIRST).
  'voice',
  'commend',
  'laud',
  'praise',
  'hail',
  'welcome',
  'call',
  'announce',
  'explain',
  'acknowledge',
  'admit',
  'deny',
  'suggest',
  'assert',
  'declare',
  'criticize',
  'criticise',
  'condemn',
  'denounce',
  'blame',
  'highlight',
  'believe',
  'think',
  'feel',
  'write',
  'report',
  'reply',
  'respond',
  'ask',
  'allege',
  'describe',
  'reaffirm',
  'affirm',
  'caution',
  'question',
  'predict',
  'promise',
  'pledge',
  'vow',
  'threaten',
  'demand',
  'confirm',
  'contend',
  'maintain',
  'recall',
  'remark',
  'observe',
  'comment',
  'estimate',
  'concede',
  'complain',
  'lament',
  'dismiss',
  'reject',
  'slam',
  'blast',
  'tout',
  'boast',
  'brand',
  'label',
  'characterize',
  'characterise',
  'appeal',
  'propose',
  'recommend',
  'signal',
  'tweet',
  'post',
  'testify',
  'assure',
  'reassure',
  'thank',
  'congratulate',
  'applaud',
  'decry',
  'deplore',
  'mock',
  'ridicule',
  'scoff',
  'quip',
  'retort',
  'counter',
  'charge',
  'concur',
  'agree',
  'disagree',
  'inform',
  'advise',
  'point',
  'worry',
  'fear',
  'defend',
  'conclude',
  'disclose',
  'divulge',
  'confide',
  'suspect',
  'deem',
  // Views held or guessed at: "Some have speculated that ...", "Smith reckons the team is the best".
  'speculate',
  'opine',
  'theorize',
  'theorise',
  'hypothesize',
  'hypothesise',
  'surmise',
  'posit',
  'reckon',
  'wonder',
  // Said in a manner that takes a side: "hinted that the government is covering up ...", "implied
  // that the judge was biased", "protested that the plan was unfair", "joked that the council was
  // a circus".
  'hint',
  'imply',
  'insinuate',
  'protest',
  'object',
  'dispute',
  'rebut',
  'grumble',
  'sneer',
  'brag',
  'joke',
  'muse',
  // Only before "for" (the voice pass asks): "push for his resignation", "lobbied for the bill".
  'push',
  'press',
  'lobby',
];

/**
 * Verbs of saying that are also common nouns or have common non-speech senses ("Article posted with
 * permission", "Report calls for ..."): after a lone capitalised word they are no evidence of a name.
 */
export const SPEECH_WEAK: ReadonlySet<string> = new Set([
  'post',
  'protest',
  'object',
  'dispute',
  'joke',
  'hint',
  'muse',
  'call',
  'label',
  'brand',
  'signal',
  'report',
  'point',
  'counter',
  'charge',
  'question',
  'comment',
  'estimate',
  'maintain',
  'observe',
  'state',
  'note',
  'appeal',
  'express',
  'highlight',
]);

/** Irregular past forms of the verbs above. */
export const IRREGULAR_PASTS: Readonly<Record<string, string>> = {
  said: 'say',
  told: 'tell',
  thought: 'think',
  felt: 'feel',
  wrote: 'write',
  written: 'write',
};

/**
 * Nouns naming sources without naming them ("critics say", "officials said", "a source familiar with
 * the talks"). Maps the noun to how the speaker is shown.
 */
export const UNNAMED_SOURCES: Readonly<Record<string, string>> = {
  source: 'an unnamed source',
  sources: 'unnamed sources',
  official: 'an official',
  officials: 'officials',
  critic: 'a critic',
  critics: 'critics',
  analyst: 'an analyst',
  analysts: 'analysts',
  expert: 'an expert',
  experts: 'experts',
  observer: 'an observer',
  observers: 'observers',
  diplomat: 'a diplomat',
  diplomats: 'diplomats',
  insider: 'an insider',
  insiders: 'insiders',
  witness: 'a witness',
  witnesses: 'witnesses',
  resident: 'a resident',
  residents: 'residents',
  opponent: 'an opponent',
  opponents: 'opponents',
  supporter: 'a supporter',
  supporters: 'supporters',
  activist: 'an activist',
  activists: 'activists',
  spokesperson: 'a spokesperson',
  spokesman: 'a spokesman',
  spokeswoman: 'a spokeswoman',
  spokesmen: 'spokesmen',
  spokeswomen: 'spokeswomen',
  spokespeople: 'spokespeople',
  aide: 'an aide',
  aides: 'aides',
  people: 'people',
  folks: 'folks',
  authorities: 'the authorities',
  reports: 'reports',
  report: 'a report',
  media: 'the media',
  statement: 'a statement',
  study: 'a study',
  survey: 'a survey',
  poll: 'a poll',
  police: 'police',
  union: 'the union',
  unions: 'unions',
  protesters: 'protesters',
  lawmakers: 'lawmakers',
  lawmaker: 'a lawmaker',
  government: 'the government',
  ministry: 'the ministry',
  commentators: 'commentators',
  skeptics: 'skeptics',
  sceptics: 'sceptics',
  woman: 'a woman',
  women: 'women',
  man: 'a man',
  men: 'men',
  lawyer: 'a lawyer',
  lawyers: 'lawyers',
  attorney: 'an attorney',
  attorneys: 'attorneys',
  investigators: 'investigators',
  prosecutors: 'prosecutors',
  prosecutor: 'a prosecutor',
  scientists: 'scientists',
  researchers: 'researchers',
  economists: 'economists',
  voters: 'voters',
  proponents: 'proponents',
  advocates: 'advocates',
  defenders: 'defenders',
  detractors: 'detractors',
  campaigners: 'campaigners',
  groups: 'groups',
  company: 'the company',
  firm: 'the firm',
  airline: 'the airline',
  bank: 'the bank',
  agency: 'the agency',
  department: 'the department',
  embassy: 'the embassy',
  military: 'the military',
  army: 'the army',
  regime: 'the regime',
  council: 'the council',
  commission: 'the commission',
  court: 'the court',
  party: 'the party',
  organization: 'the organization',
  organisation: 'the organisation',
  memo: 'a memo',
  document: 'a document',
  documents: 'documents',
  letter: 'a letter',
  filing: 'a court filing',
  indictment: 'the indictment',
  complaint: 'the complaint',
  lawsuit: 'the lawsuit',
  analysis: 'an analysis',
  investigation: 'the investigation',
  audit: 'an audit',
  petition: 'a petition',
  politicians: 'politicians',
  leaders: 'leaders',
  legislators: 'legislators',
  senators: 'senators',
  scholars: 'scholars',
  historians: 'historians',
  academics: 'academics',
  doctors: 'doctors',
  physicians: 'physicians',
  parents: 'parents',
  teachers: 'teachers',
  executives: 'executives',
  editorial: 'an editorial',
  // A book's or a paper's author, as a review or a write-up names them: "The author argues that ...".
  author: 'the author',
  authors: 'the authors',
  story: 'a story',
  investors: 'investors',
  some: 'some',
  many: 'many',
  others: 'others',
  // "Those who know him say ...", "There are those who argue that ...".
  those: 'some',
  // Camps named by their politics: "Deficit hawks have warned that ...".
  hawks: 'hawks',
  doves: 'doves',
  hardliners: 'hardliners',
  liberals: 'liberals',
  conservatives: 'conservatives',
  progressives: 'progressives',
  moderates: 'moderates',
  // Comments and messages that say something: "comments accusing her of desecrating the flag".
  comments: 'comments',
  messages: 'messages',
  another: 'another',
  everyone: 'everyone',
  everybody: 'everybody',
};

/**
 * People by what they do or use, and the singular of the groups above: "one user wrote", "a
 * commenter noted", "another respondent said", "fans say". They speak only before or after a verb of
 * saying, and in the singular only with a determiner ("one user", "the buyer"): as a bare noun they
 * are more often a modifier ("customer demand", "fan site"), and they set out no view of their own
 * ("For fans, ..." is the writer's).
 */
export const PEOPLE_BY_ROLE: Readonly<Record<string, string>> = {
  user: 'a user',
  users: 'users',
  commenter: 'a commenter',
  commenters: 'commenters',
  respondent: 'a respondent',
  respondents: 'respondents',
  participant: 'a participant',
  participants: 'participants',
  buyer: 'a buyer',
  buyers: 'buyers',
  customer: 'a customer',
  customers: 'customers',
  consumer: 'a consumer',
  consumers: 'consumers',
  reader: 'a reader',
  readers: 'readers',
  viewer: 'a viewer',
  viewers: 'viewers',
  fan: 'a fan',
  fans: 'fans',
  member: 'a member',
  members: 'members',
  employee: 'an employee',
  employees: 'employees',
  worker: 'a worker',
  workers: 'workers',
  student: 'a student',
  students: 'students',
  patient: 'a patient',
  patients: 'patients',
  passenger: 'a passenger',
  passengers: 'passengers',
  visitor: 'a visitor',
  visitors: 'visitors',
  neighbor: 'a neighbor',
  neighbors: 'neighbors',
  neighbour: 'a neighbour',
  neighbours: 'neighbours',
  colleague: 'a colleague',
  colleagues: 'colleagues',
  vendor: 'a vendor',
  vendors: 'vendors',
  seller: 'a seller',
  sellers: 'sellers',
  owner: 'an owner',
  owners: 'owners',
  developer: 'a developer',
  developers: 'developers',
  player: 'a player',
  players: 'players',
  poster: 'a poster',
  blogger: 'a blogger',
  bloggers: 'bloggers',
  scientist: 'a scientist',
  researcher: 'a researcher',
  economist: 'an economist',
  voter: 'a voter',
  proponent: 'a proponent',
  advocate: 'an advocate',
  campaigner: 'a campaigner',
  politician: 'a politician',
  scholar: 'a scholar',
  historian: 'a historian',
  academic: 'an academic',
  doctor: 'a doctor',
  physician: 'a physician',
  parent: 'a parent',
  teacher: 'a teacher',
  executive: 'an executive',
  investor: 'an investor',
  protester: 'a protester',
  commentator: 'a commentator',
  investigator: 'an investigator',
  ally: 'an ally',
  allies: 'allies',
  backer: 'a backer',
  backers: 'backers',
  friend: 'a friend',
  friends: 'friends',
  rival: 'a rival',
  rivals: 'rivals',
  reviewer: 'a reviewer',
  reviewers: 'reviewers',
  physicist: 'a physicist',
  physicists: 'physicists',
  mathematician: 'a mathematician',
  mathematicians: 'mathematicians',
  biologist: 'a biologist',
  biologists: 'biologists',
  chemist: 'a chemist',
  chemists: 'chemists',
  astronomer: 'an astronomer',
  astronomers: 'astronomers',
  engineer: 'an engineer',
  engineers: 'engineers',
  psychologist: 'a psychologist',
  psychologists: 'psychologists',
  philosopher: 'a philosopher',
  philosophers: 'philosophers',
  theorist: 'a theorist',
  theorists: 'theorists',
  someone: 'someone',
  somebody: 'somebody',
  // Family, as news quotes them ("his wife said", "her parents believe").
  wife: 'his wife',
  husband: 'her husband',
  widow: 'a widow',
  spouse: 'a spouse',
  mother: 'a mother',
  father: 'a father',
  son: 'a son',
  daughter: 'a daughter',
  brother: 'a brother',
  sister: 'a sister',
  parents: 'parents',
  relative: 'a relative',
  relatives: 'relatives',
};

/**
 * Bodies that speak as one, right before their verb and after a determiner or an owner: "the group
 * said", "the governor's office called ...". Never with words between them and the verb ("the
 * administration for proposing" is no speaker), never as a modifier ("association states").
 */
export const SPEAKING_BODIES: Readonly<Record<string, string>> = {
  group: 'the group',
  campaign: 'the campaign',
  administration: 'the administration',
  team: 'the team',
  coalition: 'the coalition',
  alliance: 'the alliance',
  association: 'the association',
  foundation: 'the foundation',
  institute: 'the institute',
  board: 'the board',
  committee: 'the committee',
  panel: 'the panel',
  office: 'the office',
  family: 'the family',
  newspaper: 'the newspaper',
  magazine: 'the magazine',
  website: 'the website',
  site: 'the site',
  outlet: 'the outlet',
  network: 'the network',
  channel: 'the channel',
  management: 'the management',
};

let verbs: Set<string> | undefined;
// Words seen so far -> lemma ('' for "not a verb of saying"); bounded so a huge text cannot grow it.
const cache = new Map<string, string>();

/** Three lower-case ASCII letters as one number. */
const tripleKey = (a: number, b: number, c: number): number => (a * 128 + b) * 128 + c;

let openings: Set<number> | undefined;
/**
 * The first three letters (tripleKey numbers) a word can have and still be a verb of saying.
 * lemmaOf finds a lemma as the word itself, an irregular past, or the word with its ending cut
 * and at most one letter ('y' or 'e') added; every lemma has at least three letters, so the word
 * opens with the lemma's first three, or, for a three-letter lemma ending in 'y' or 'e' ("say" in
 * "saies"), its first two and an 'i' ("-ies", "-ied", "-ing").
 */
function verbOpenings(): Set<number> {
  if (openings) return openings;
  const out = new Set<number>();
  const add = (w: string) => out.add(tripleKey(w.charCodeAt(0), w.charCodeAt(1), w.charCodeAt(2)));
  for (const w of [...SPEECH_VERBS, ...Object.keys(IRREGULAR_PASTS)]) {
    add(w);
    if (w.length === 3 && (w.endsWith('y') || w.endsWith('e'))) add(`${w.slice(0, 2)}i`);
  }
  openings = out;
  return out;
}

/** ASCII A-Z to lower case; any other code unit as it is. */
const asciiLower = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);

/**
 * Whether the word can be a verb of saying at all, asked before the cache (most words are not
 * one, and a number set answers faster than a string map). A word opening with a non-ASCII unit
 * is left to lemmaOf: its lower case may be longer or ASCII ("K" Kelvin sign).
 */
function mayBeSpeechVerb(word: string): boolean {
  if (word.length < 3) return false;
  const a = word.charCodeAt(0);
  const b = word.charCodeAt(1);
  const c = word.charCodeAt(2);
  if (a >= 128 || b >= 128 || c >= 128) return true;
  return verbOpenings().has(tripleKey(asciiLower(a), asciiLower(b), asciiLower(c)));
}

/**
 * The lemma of a verb of saying written in any inflection ("lauded" -> "laud", "accusing" ->
 * "accuse", "denies" -> "deny", "said" -> "say"), or undefined when the word is not one.
 */
export function speechLemma(word: string): string | undefined {
  if (!mayBeSpeechVerb(word)) return undefined;
  const hit = cache.get(word);
  if (hit !== undefined) return hit || undefined;
  const lemma = lemmaOf(word);
  if (cache.size > 20000) cache.clear();
  cache.set(word, lemma ?? '');
  return lemma;
}

/** Verbs of saying whose bare and -s forms are mostly nouns. */
const NOUN_FIRST = new Set(['voice']);

function lemmaOf(word: string): string | undefined {
  verbs ??= new Set(SPEECH_VERBS);
  const w = word.toLowerCase();
  const irregular = IRREGULAR_PASTS[w];
  if (irregular) return irregular;
  // "voice" and "voices" are mostly the noun ("in a firm voice", "academic voices"): only
  // "voiced" and "voicing" say.
  if (NOUN_FIRST.has(w.replace(/s$/, ''))) return undefined;
  if (verbs.has(w)) return w;
  const tries: string[] = [];
  if (w.endsWith('ies')) tries.push(`${w.slice(0, -3)}y`);
  if (w.endsWith('ied')) tries.push(`${w.slice(0, -3)}y`);
  if (w.endsWith('es')) tries.push(w.slice(0, -2));
  if (w.endsWith('s')) tries.push(w.slice(0, -1));
  if (w.endsWith('ed')) tries.push(w.slice(0, -2), w.slice(0, -1));
  if (w.endsWith('ing')) tries.push(w.slice(0, -3), `${w.slice(0, -3)}e`);
  // doubled consonant: "slammed", "slamming"
  if (/([bdglmnprt])\1(?:ed|ing)$/.test(w)) tries.push(w.replace(/([bdglmnprt])\1(?:ed|ing)$/, '$1'));
  for (const t of tries) if (verbs.has(t)) return t;
  return undefined;
}
