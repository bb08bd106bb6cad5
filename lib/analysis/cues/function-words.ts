/**
 * Closed-class cue words for the opinion score: who speaks (first and second person), how sure and
 * how insistent the writer is (modals, hedges, boosters), how the sentence argues (contrast,
 * negation, rhetorical openers), and what anchors a report in fact (attribution verbs, dates,
 * units). Written for this project. All lower case; apostrophes straight.
 */

const set = (words: string): Set<string> => new Set(words.trim().split(/\s+/));

/** The writer speaking for themself. */
export const FIRST_SINGULAR = set('i me my mine myself');
/** The writer speaking for a group ("we must", "our country"). */
export const FIRST_PLURAL = set('we us our ours ourselves');
/** The writer as the subject of a clause ("I think", "we're sure"). */
export const FIRST_PERSON_SUBJECTS = set("i we i'm i'd we're we'd i've we've i'll we'll");
/** Verbs and states by which a writer frames a view as their own ("I suspect", "we believe", "I'm sure"). */
export const FRAMING_VERBS = set(
  'think believe suspect guess bet doubt reckon wonder suppose fear hope feel expect imagine ' +
    'argue contend maintain insist suggest submit say predict worry know sure convinced certain ' +
    'agree disagree find would be shocked surprised glad happy sorry afraid',
);
/** Addressing the reader. */
export const SECOND_PERSON = set('you your yours yourself yourselves');
/** Obligation and prescription: what ought to happen is a judgement. */
export const OBLIGATION = set('should must ought shouldn mustn need needs');
/** Verbs and phrases by which a writer signals inference rather than report. */
export const EPISTEMIC = set(
  'seems seem seemed appears appear apparently arguably presumably supposedly suspect suspects guess ' +
    'believe believes think thinks feel feels suppose doubt doubts wonder',
);
/** Boosters: the writer insisting. */
export const BOOSTERS = set(
  'clearly obviously certainly surely undoubtedly undeniably indeed truly really plainly evidently ' +
    'definitely absolutely of-course naturally frankly simply actually literally precisely especially ' +
    'particularly notably',
);
/** Degree intensifiers in front of an adjective or adverb. */
export const INTENSIFIERS = set(
  'very extremely incredibly highly deeply utterly totally completely entirely hugely enormously ' +
    'remarkably terribly awfully exceptionally extraordinarily profoundly severely seriously ' +
    'thoroughly wholly vastly immensely tremendously so too quite rather pretty fairly increasingly ' +
    'ever even most least much far way',
);
/** Absolutes and sweeping quantifiers. */
export const ABSOLUTES = set(
  'all every everyone everybody everything always never nobody nothing none nowhere no-one ' +
    'entire whole any anyone anything only',
);
/** Negation. */
export const NEGATION = set("not no never nor neither n't cannot nothing nobody without");
/** Contrast and concession: argumentative structure. */
export const CONTRAST = set(
  'but yet however although though nevertheless nonetheless instead rather whereas despite still even ' +
    'merely mere just',
);
/** Words that open argument or conclusion. */
export const ARGUMENT = set('therefore thus hence so because since consequently indeed fact truth why');
/** Wh-words that open a question (rhetorical when the writer asks). */
export const QUESTION_WORDS = set('why how what who whom whose where when which is are do does did can will');
/** Verbs of saying and reporting that attribute a statement to a source. */
export const SAYING = set(
  'said says say saying told tells tell stated states announced announces reported reports added ' +
    'adds noted notes explained explains confirmed confirms declared declares according asked ' +
    'replied wrote writes testified acknowledged acknowledges insisted insists argued argues claimed ' +
    'claims warned warns urged urges commented commends commended praised lauded welcomed denied ' +
    'denies accused accuses alleged alleges suggested suggests predicted estimated estimates cited ' +
    'quoted tweeted posted revealed revealed admitted disclosed pointed recalled described',
);
/**
 * Verbs in which a source's judgement is the verb itself ("lauded", "slammed"). The plain verbs
 * of reporting a disagreement ("criticized", "accused", "blamed") are left out: news style uses
 * them as the neutral report, and what the source judges is then in the rest of the sentence.
 */
export const JUDGING_VERBS = set(
  'praised praises lauded lauds commended commends hailed hails applauded applauds extolled ' +
    'condemned condemns slammed slams blasted blasts denounced denounces decried decries ' +
    'ridiculed ridicules mocked mocks lambasted lambastes rebuked rebukes castigated castigates ' +
    'derided derides assailed assails lamented laments deplored deplores excoriated berated ' +
    'scolded chastised vilified',
);
/**
 * Adjectives of a view or a feeling that, after "is/are/remain", attribute what follows to the
 * subject ("officials are concerned", "the union is adamant", "Doe wasn't convinced").
 */
export const STATES_OF_MIND = set(
  'concerned worried adamant confident convinced optimistic pessimistic skeptical sceptical ' +
    'furious angry upset appalled outraged alarmed hopeful doubtful certain determined ' +
    'frustrated disappointed dismayed disturbed troubled incensed livid unhappy dissatisfied ' +
    'wary unconvinced baffled puzzled perplexed impressed unimpressed sure unsure surprised shocked ' +
    'stunned cautious supportive opposed enthusiastic',
);
/**
 * Verbs of saying whose reported words are a view by the verb's own meaning: "X argued that ...",
 * "X warned ...", "X accused Y of ...", "X believes ...". ("said", "told", "announced" report words
 * that may as well be facts.) The voice pass reads them to label a source's sentence as reported
 * opinion; the opinion score's features do not count them.
 */
export const STANCE_VERBS = set(
  'argue argues argued arguing believe believes believed believing think thinks thought thinking ' +
    'feel feels felt ' +
    'insist insists insisted insisting warn warns warned warning urge urges urged urging ' +
    'accuse accuses accused accusing blame blames blamed blaming criticize criticizes criticized ' +
    'criticizing criticise criticises criticised criticising defend defends defended defending ' +
    'fear fears feared worry worries worried hope hopes hoped expect expects expected predict ' +
    'predicts predicted contend contends contended complain complains complained lament laments ' +
    'lamented question questioned questions doubt doubts doubted demand demands demanded ' +
    'condemn condemns condemned condemning denounce denounces denounced decry decries decried ' +
    'deplore deplores deplored slam slams slammed slamming blast blasts blasted mock mocks mocked ' +
    'ridicule ridiculed scoff scoffed praise praises praised praising laud lauds lauded hail hails ' +
    'hailed commend commends commended applaud applauds applauded welcome welcomes welcomed ' +
    'disagree disagrees disagreed suggest suggests suggested describe describes described characterize characterized ' +
    'recommend recommends recommended recommending advise advises advised advising ' +
    'characterise characterised brand branded label labeled labelled caution cautions cautioned ' +
    'concede concedes conceded tout touts touted boast boasts boasted allege alleges alleged ' +
    'suspect suspects suspected deem deems deemed consider considers considered ' +
    'speculate speculates speculated speculating opine opines opined theorize theorizes theorized ' +
    'theorise theorises theorised hypothesize hypothesized hypothesise hypothesised surmise surmised ' +
    'posit posits posited reckon reckons reckoned wonder wonders wondered wondering ' +
    'hint hints hinted hinting imply implies implied implying insinuate insinuates insinuated insinuating protest protests ' +
    'protested protesting object objects objected objecting dispute disputes disputed disputing ' +
    'rebut rebuts rebutted grumble grumbles grumbled grumbling sneer sneers sneered sneering brag ' +
    'brags bragged bragging ' +
    'thank thanks thanked thanking congratulate congratulates congratulated congratulating ' +
    // States of mind after "is/are" ("officials are concerned", "the union is adamant").
    // (and those that take an object: "critical of", "divided over"; see voice-clause.ts)
    `${[...STATES_OF_MIND].join(' ')} critical divided`,
);
/** Months, weekdays and time words: anchors of reported events. */
export const TIME_WORDS = set(
  'january february march april may june july august september october november december jan feb ' +
    'mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday ' +
    'sunday yesterday today tomorrow tonight week weeks month months year years decade annual ' +
    'weekend morning afternoon evening night',
);
/** Units and measures: anchors of reported fact. */
export const UNIT_WORDS = set(
  'percent per cent million millions billion billions trillion thousand thousands hundred hundreds ' +
    'dollars dollar euros pounds miles kilometers km kg tons tonnes points votes cases deaths people ' +
    'residents members officials',
);
/** Evidence words typical of reporting. */
export const REPORT_WORDS = set(
  'study studies survey surveys data report reports statement statements poll polls analysis ' +
    'researchers according filed filing documents record records figures census',
);
/** Institutions and offices: who acts in a report. */
export const INSTITUTION_WORDS = set(
  'department agency ministry spokesperson spokesman spokeswoman official officials court judge ' +
    'police authorities committee commission office prosecutors lawmakers legislature council ' +
    'parliament senate congress',
);
/** The others: "they" set against "we". */
export const THIRD_PLURAL = set('they them their theirs themselves');
/** Sweeping generalisations about groups. */
export const GENERIC_GROUPS = set(
  'one people everyone everybody nobody anyone americans citizens voters elites leftists liberals ' +
    'conservatives progressives democrats republicans politicians media establishment left right ' +
    'globalists socialists marxists activists mainstream',
);
/** Demonstratives and deixis used when the writer points at things ("this is", "such"). */
export const DEIXIS = set('this these that those such');
/** Copulas: "X is Y" statements are where judgements sit. */
export const COPULA = set("is are was were be being been isn't aren't wasn't weren't 's");

/**
 * Verbs that open an imperative: the writer telling the reader what to do or think, or, in advice
 * and how-to copy, what to do ("Take the duvet off the bed", "Avoid the minibar", "Don't ...").
 */
export const IMPERATIVE_OPENERS = set(
  'consider imagine look remember note think observe let stop ask forget beware understand recall ' +
    'compare try watch see keep picture suppose behold mind face admit accept ' +
    "take make avoid choose check start don't don’t please skip ignore follow get give put read",
);
