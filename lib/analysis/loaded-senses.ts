/**
 * Plain senses of loaded words: the same word in its sporting, medical, legal, insurance,
 * technical or literal sense is not loaded ("crushed Leeds 4-0", "an aggressive tumour", "violent
 * crime", "catastrophic coverage", "an exploit for the server", "a giant eagle").
 *
 * Each entry here lists, by lexicon id, the neighbouring words that make the plain sense
 * (the word right after or right before the match) and the domains whose vocabulary anywhere in
 * the sentence does. Sentence domains are read once per text in one linear pass.
 */
import type { Part } from './loaded';

/** Domains as bits of a mask. */
export const Domain = {
  Sport: 1,
  Medical: 2,
  Legal: 4,
  Insurance: 8,
  Tech: 16,
  Armed: 32,
  Game: 64,
  Nature: 128,
  Weather: 256,
  Science: 512,
} as const;
type DomainBit = (typeof Domain)[keyof typeof Domain];

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** Vocabulary that puts a sentence in a domain. Chosen to be rare outside it. */
const DOMAIN_WORDS: [DomainBit, Set<string>][] = [
  [
    Domain.Sport,
    words(
      'season seasons league leagues playoff playoffs tournament championship championships inning innings ' +
        'touchdown touchdowns quarterback quarterbacks halftime striker strikers midfielder goalkeeper pitcher ' +
        'pitchers batter batters homer homers rebounds nba nfl mlb nhl wnba fifa uefa ncaa olympics olympic ' +
        'medal medals scoreline matchup fixture fixtures semifinal semifinals quarterfinal quarterfinals ' +
        'coach coaches squad stadium wicket wickets goalkeeper',
    ),
  ],
  [
    Domain.Medical,
    words(
      'patient patients cancer cancers tumor tumors tumour tumours disease diseases symptom symptoms ' +
        'diagnosis diagnosed treatment treatments therapy chemotherapy surgery surgeon surgeons clinical ' +
        'infection infections dose doses medication medications clinic nurse nurses hospital hospitals ' +
        'oncologist physician physicians vaccine vaccines pain arthritis lymphoma leukemia leukaemia ' +
        'chemical chemicals tablets pills overdose toxicity',
    ),
  ],
  [
    Domain.Legal,
    words(
      'court courts judge jury prosecutor prosecutors charged charges convicted conviction sentenced plea ' +
        'pleaded guilty indictment indicted felony felonies misdemeanor defendant defendants plaintiff ' +
        'plaintiffs statute offender offenders offence offences offense offenses',
    ),
  ],
  [
    Domain.Insurance,
    words(
      'insurance insurer insurers insured policyholder policyholders coverage premium premiums deductible ' +
        'underwriting underwriter underwriters reinsurance actuarial',
    ),
  ],
  [
    Domain.Tech,
    words(
      'server servers software hardware kernel bug bugs vulnerability vulnerabilities malware ' +
        'database databases cpu gpu compiler browser browsers algorithm algorithms latency linux packet packets ' +
        'protocol encryption developer developers repository runtime javascript python firmware patch ' +
        'exploits bytes kilobytes megabytes gigabytes terabytes',
    ),
  ],
  [
    // An armed stand-off reported as such: "security forces raided the building to end the siege".
    Domain.Armed,
    words(
      'gunman gunmen hostage hostages hostage-taker troops soldiers militants militant raided raid ' +
        'stormed standoff stand-off besieged',
    ),
  ],
  [
    // Games and fiction, where monsters, clowns and predators are the cast: "hideous pig monsters
    // and, naturally, maniac clowns" in a review of a VR shooter.
    Domain.Game,
    words(
      'game games gameplay videogame videogames multiplayer console consoles playstation xbox nintendo ' +
        'psvr vr minecraft dungeon dungeons arcade shooter shooters novel novels novelist villain villains superhero ' +
        'superheroes',
    ),
  ],
  [
    // Animals in the wild: "being chased by a predator" in a story about whale strandings.
    Domain.Nature,
    words(
      'whale whales shark sharks prey wildlife animal animals mammal mammals species habitat habitats ' +
        'seal seals dolphin dolphins bird birds fish',
    ),
  ],
  [
    // Weather and natural forces: "how winter wreaks havoc on the pipes", "the hurricane caused
    // chaos on the roads". Not "flood" (news uses it for people: "a flood of migrants"), "ice"
    // (ICE, the immigration agency) or "storms" (the verb: "storms out of the hearing").
    Domain.Weather,
    words(
      'hurricane hurricanes typhoon typhoons cyclone cyclones tornado tornadoes blizzard blizzards ' +
        'snowstorm snowstorms snow snowfall sleet icy winter wintry rainfall downpour downpours ' +
        'wildfire wildfires earthquake earthquakes tsunami tsunamis heatwave weather',
    ),
  ],
  [
    // Mathematics and physics, where chaos is the name of a theory: "the attractor ... chaotic laps".
    Domain.Science,
    words(
      'physics physicist physicists mathematician mathematicians mathematics mathematical equation ' +
        'equations attractor attractors meteorologist meteorologists meteorology nonlinear dynamical ' +
        'theorem theorems',
    ),
  ],
];

/**
 * Domains that hold for a whole page when enough of its sentences are in them: a game review or a
 * piece on chaos theory names its subject in some sentences and describes it in the others ("take
 * down hideous pig monsters and, naturally, maniac clowns" in a review of a VR shooter; "chaos
 * started spilling out of a famous experiment" in a history of chaos theory).
 */
export const PAGE_DOMAINS = Domain.Game | Domain.Science;
/** Sentences a page needs in a domain, at least, for the domain to hold for every sentence. */
export const PAGE_DOMAIN_SENTENCES = 3;

interface Sense {
  /** The word right after the match that makes it plain ("horror film"). */
  after?: Set<string>;
  /** The word right before the match that makes it plain ("apex predator"). */
  before?: Set<string>;
  /** Domains whose vocabulary in the sentence makes it plain. */
  domains?: number;
  /** Loaded only when one of these words follows within three words ("landmark ruling", "explosion of"). */
  onlyAfter?: Set<string>;
  /** Loaded only when one of these words comes right before ("political machine"). */
  onlyBefore?: Set<string>;
  /** Plain when one of these words follows within three words ("a chaotic six hours"). */
  afterWithin?: Set<string>;
  /** A reaction noun: plain as the object of a verb that reports the reaction (REACTION_VERBS). */
  reaction?: boolean;
  /** A feeling: plain as what a copula reports of its subject ("Democrats were furious"). */
  feeling?: boolean;
}

/**
 * Verbs that report a reaction as their object, one word apart at most: "still elicits horror
 * from some New Zealanders", "sparked an outcry", "expressed outrage". The noun then names what
 * people felt, which the writer reports (BABE's experts marked none of these uses, 0 of 2).
 */
const REACTION_VERBS = words(
  'elicit elicits elicited eliciting spark sparks sparked sparking provoke provokes provoked provoking ' +
    'draw draws drew drawn drawing prompt prompts prompted prompting trigger triggers triggered ' +
    'triggering stir stirs stirred stirring cause causes caused causing express expresses expressed ' +
    'expressing voice voices voiced voicing',
);
const REACTION: Sense = { reaction: true };

/**
 * A feeling reported of its subject after a copula, one adverb apart at most: "Democrats were
 * furious when ...", "the king was reportedly furious", "we were shocked to see this video",
 * "community leaders were outraged". The writer reports how people felt (a plainer "angry" would
 * report the same); it does not colour the facts the way "outraged Democrats" or "a shocking
 * verdict" does. Not after a modal ("you should be outraged", "women everywhere should be
 * furious"): that tells the reader what to feel.
 */
const COPULAS = words(
  "is are was were am be been being 's 're 'm we're they're you're i'm he's she's it's " +
    'remain remains remained remaining seem seems seemed appear appears appeared became become becomes ' +
    'feel feels felt grew',
);
const MODALS = words(
  "should must ought would could might may will shall can can't cannot won't wouldn't shouldn't",
);
const FEELING: Sense = { feeling: true };
/** Adverbs by which the writer endorses the feeling ("is rightly incensed"): the writer's verdict. */
const ENDORSING = words('rightly rightfully justly justifiably understandably deservedly');
/** Adverbs between the copula and the feeling, besides those in -ly ("was reportedly furious"). */
const FEELING_ADVERBS = words('so very just also still soon too quite rather already again even all');

const SPORT_VERB: Sense = { domains: Domain.Sport };
/**
 * Adverbs that name the field a cost or risk lies in: "politically painful steps like cutting
 * spending", "a politically toxic issue", "a financially perilous year". The adjective then
 * assesses a cost in that field, as analysis does, rather than dramatising an event (not
 * "emotionally" or "physically", which only intensify).
 */
const COST_FIELD = words(
  'politically economically financially fiscally legally militarily strategically logistically ' +
    'electorally commercially diplomatically',
);
const FILM = 'film films movie movies story stories game games genre fiction writer writers novel novels';

/** By lexicon id. */
const SENSES: Record<string, Sense> = {
  // Sport: a result, not a verdict ("crushed Leeds 4-0", "a stunning upset").
  'emo-crush': SPORT_VERB,
  'emo-destroy': { domains: Domain.Sport | Domain.Tech, after: words('hours data files') },
  'emo-demolish': { domains: Domain.Sport, after: words('building buildings house houses homes wall') },
  'emo-annihilate': SPORT_VERB,
  'emo-slaughter': { after: words('cattle livestock pigs sheep animals chickens') },
  // "blasted out an email": sent to many at once.
  'say-blast': { after: words('home homer homers shot shots ball balls sample samples music out') },
  'say-slam': {
    // A wrestling throw: "body slammed him to the ground".
    before: words('grand body'),
    after: words('dunk dunks on into shut door doors brakes'),
    // A door, the brakes or the ground a few words on: "slammed his squad car door on him".
    afterWithin: words('door doors brakes ground floor wall pavement mat'),
  },
  'emo-stunning': { domains: Domain.Sport },
  'emo-stunned': { after: words('fish') },
  // Swore at: "were shouted and cursed at".
  'emo-cursed': { after: words('at') },
  // Medicine.
  'emo-aggressive': {
    domains: Domain.Medical | Domain.Tech,
    // Business copy: "an aggressive move into the grocery business", "aggressive pricing".
    after: words(
      'cancer cancers tumor tumors tumour tumours form forms treatment therapy chemotherapy move moves ' +
        'pricing expansion growth target targets investment investments acquisition acquisitions ' +
        'discounting discounts marketing hiring timeline timetable schedule fiscal monetary stimulus',
    ),
  },
  'emo-toxic': {
    domains: Domain.Medical,
    before: COST_FIELD,
    after: words(
      'chemical chemicals substance substances waste gas gases fumes metals metal levels dose doses ' +
        'algae shock spill spills exposure compound compounds',
    ),
  },
  'emo-lethal': {
    domains: Domain.Medical,
    after: words('dose doses injection injections force weapon weapons'),
  },
  'emo-trauma': {
    domains: Domain.Medical,
    before: words('head blunt brain physical'),
    after: words('center centre surgeon surgeons surgery unit units patients care team teams ward'),
  },
  // A disabled server or limb: "a crippling attack on the server", "crippling arthritis".
  'emo-crippling': { domains: Domain.Medical | Domain.Tech },
  'emo-agonizing': { domains: Domain.Medical },
  'emo-panic': { after: words('attack attacks disorder disorders button buttons room rooms') },
  // Law: the name of an offence or a legal test, not a description chosen by the writer.
  'emo-violent': {
    domains: Domain.Legal,
    after: words('crime crimes offender offenders offence offences offense offenses felony felonies'),
  },
  'emo-heinous': { domains: Domain.Legal },
  // The name of the issue: "protests over police brutality" (BABE's experts marked 0 of 4).
  'emo-brutality': { before: words('police') },
  // The name of an offence or a legal test ("malicious destruction of a building", "malicious
  // prosecution"), and software or mail that attacks ("the emails were malicious", "malicious code").
  'pej-malicious': {
    domains: Domain.Tech,
    after: words(
      'destruction mischief wounding prosecution damage code software link links email emails file files ' +
        'attachment attachments payload payloads website websites app apps actor actors',
    ),
  },
  // Insurance and emergency management.
  'emo-catastrophic': {
    domains: Domain.Insurance,
    after: words('coverage insurance illness illnesses plan plans injury injuries failure failures'),
  },
  'emo-catastrophe': {
    domains: Domain.Insurance,
    after: words('bond bonds model models modeling modelling'),
  },
  'emo-disaster': {
    domains: Domain.Insurance | Domain.Weather,
    // Disasters of nature named as their class: "the worst natural disaster in 90 years", "climate disasters".
    before: words('natural climate'),
    after: words(
      'relief recovery insurance declaration declarations management response ' +
        'preparedness plan plans assistance aid fund funds agency financing funding loan loans',
    ),
  },
  'emo-dangerous': {
    domains: Domain.Medical,
    after: words(
      'drug drugs chemical chemicals substance substances goods materials waste driving driver drivers ' +
        'dog dogs offender offenders weather conditions currents roads road levels',
    ),
  },
  // Technology and science.
  'emo-exploit': { domains: Domain.Tech },
  // Security jargon for a hostile input or party: "our evil data", "an evil twin access point".
  'pej-evil': { domains: Domain.Tech, after: words('twin twins maid') },
  'praise-dynamic': {
    domains: Domain.Tech,
    after: words(
      'library libraries content range pricing programming typing linking loading memory allocation ' +
        'boundary equilibrium system systems model models analysis page pages data link links ' +
        'ecology environment',
    ),
  },
  'pej-degenerate': {
    after: words('eigenvalue eigenvalues case cases matter state states solution solutions'),
  },
  'emo-extreme': { after: words('values value sports sport point points programming outliers') },
  // "plunged the country into chaos", "descended into chaos": the stock phrase of news copy; the
  // disorder weather makes ("the blizzard caused chaos on the roads"); the science of chaos.
  'emo-chaos': {
    before: words('into'),
    after: words('theory theorist theorists engineering'),
    domains: Domain.Weather | Domain.Science,
  },
  'emo-havoc': { domains: Domain.Weather },
  // Reactions reported as such ("sparked an outcry", "expressed outrage").
  'emo-outrage': REACTION,
  'emo-outcry': REACTION,
  'emo-fury': REACTION,
  'emo-furor': REACTION,
  'emo-uproar': REACTION,
  'emo-anguish': REACTION,
  'emo-wreak-havoc': { domains: Domain.Weather },
  // Feelings reported of their subject ("Democrats were furious", "we were shocked to see").
  'emo-furious': FEELING,
  'emo-outraged': FEELING,
  'emo-shocked': FEELING,
  'emo-incensed': FEELING,
  'emo-livid': FEELING,
  'emo-mayhem': { domains: Domain.Weather },
  // A system's dynamics, and a stretch of time or a jumble described as it was: "a chaotic six
  // hours", "a chaotic assemblage of utilities" (the judging use names conduct or a style).
  'emo-chaotic': {
    domains: Domain.Science,
    after: words('system systems dynamics attractor attractors behavior behaviour'),
    afterWithin: words(
      'hours hour minutes day days night nights week weeks morning mornings evening afternoon moments ' +
        'scene scenes assemblage tangle jumble mix',
    ),
  },
  'emo-horror': {
    reaction: true,
    domains: Domain.Game,
    after: words(`${FILM} show shows series franchise flick flicks icon fans`),
  },
  'emo-monster': { domains: Domain.Game },
  'pej-clown': { domains: Domain.Game },
  'pej-maniac': { domains: Domain.Game },
  'pej-trope': { domains: Domain.Game },
  'emo-hostile': {
    after: words(
      'takeover takeovers bid bids witness witnesses work environment relations territory terrain ' +
        'world worlds planet universe forces fire aircraft alien aliens encounter encounters',
    ),
  },
  'pej-cult': { after: words('hit hits classic classics following film films favorite favourite status') },
  'pej-mob': {
    domains: Domain.Game,
    after: words('boss bosses hit ties family families figure figures spawn spawns drops'),
  },
  'pej-predator': {
    domains: Domain.Game | Domain.Nature,
    before: words('apex natural top large marine mammalian native ambush'),
    after: words('species fish birds'),
  },
  'pej-radical': {
    before: words('free'),
    after: words('surgery prostatectomy mastectomy hysterectomy cystectomy nephrectomy sign expression'),
  },
  'pej-radicals': { before: words('free') },
  // The office as a platform ("the full weight of his office and bully pulpit"), not a person.
  'pej-bully': { after: words('pulpit pulpits') },
  // Terms of art: "noble gases", "a greedy algorithm", "cold snaps", "total spin" of a particle.
  'praise-noble': { after: words('gas gases metal metals element elements') },
  'pej-greedy': { after: words('algorithm algorithms heuristic heuristics search approach method') },
  'say-snap': { before: words('cold') },
  'emo-spin': {
    before: words('to total electron electrons nuclear quantum particle proton'),
    after: words('tunes records wheel wheels bike bikes class classes ball balls top tops cycle'),
  },
  // The noun, a musical instrument ("flutes and trumpets"), not the verb of self-promotion.
  'say-trumpet': { before: words('a an the and or flutes drums horns') },
  // A ship going down ("the sinking of the Rainbow Warrior"), not a decline cast as one.
  'emo-sinking': { after: words('of ship ships boat boats vessel vessels ferry') },
  // A direction, not a judgement: "walked backward", "move the clock backward".
  'pej-backward': {
    before: words(
      'move moved moves moving walk walked walking walks step stepped stepping steps lean leaned leaning ' +
        'fall fell falling falls count counted counting run ran running roll rolled rolling go goes went ' +
        'going look looked looking glance glanced slide slid sliding drive drove driving travel travelled ' +
        'traveled traveling travelling flow flowed flowing tilt tilted tilting bend bent bending jump ' +
        'jumped jumping read reading spell spelled played playing clock clocks time it them',
    ),
    after: words('compatibility compatible pass passes step steps direction glance glances'),
  },
  'praise-historic': {
    after: words(
      'district districts site sites building buildings preservation grievances home homes places ' +
        'register center centre town towns neighborhood neighbourhood church churches hotel house ' +
        'houses landmark landmarks structure structures downtown',
    ),
  },
  // Size words as plain labels: "a giant eagle", "a vast desert region", "a massive sperm whale".
  // An industry's largest firm is its "giant" in plain business news ("the tech giant", "energy
  // giants"); "the abortion giant" chooses the word.
  'int-giant': {
    before: words(
      'tech technology retail retailing oil energy media software internet search banking bank ' +
        'pharmaceutical pharma drug chemical chemicals mining gas ice food beverage telecom telecoms ' +
        'telecommunications auto automotive car carmaker insurance industrial chip chipmaking semiconductor ' +
        'e-commerce ecommerce shipping logistics payments streaming entertainment tobacco steel aerospace ' +
        'defense defence computing electronics networking consulting accounting fashion sportswear toy ' +
        'airline cable publishing grocery supermarket coffee beer brewing financial investment valley',
    ),
    after: words(
      'panda pandas squid tortoise tortoises eagle eagles snail snails sequoia sequoias redwood redwoods ' +
        'planet planets star stars screen screens bed beds batteries battery mech mechs robot robots ' +
        'wheel wheels',
    ),
  },
  // "The vast majority", "vast amounts": the usual words for a large share or quantity.
  'int-vast': {
    after: words(
      'desert region regions area areas territory expanse plains ocean forest majority majorities amount ' +
        'amounts number numbers sum sums quantity quantities array swath swaths swathes stretch stretches ' +
        'tract tracts network networks collection collections supply supplies range resources reserves ' +
        'library archive archives distance distances',
    ),
  },
  // The entry credits a person's humility; "a modest increase", "modest savings" only measure.
  'praise-modest': {
    after: words(
      'increase increases rise rises gain gains growth decline declines drop drops fall improvement ' +
        'improvements amount amounts sum sums savings income incomes budget budgets program programs ' +
        'programme programmes means home homes house houses size number numbers effect effects impact ' +
        'return returns recovery uptick pay salary salaries fee fees cost costs price prices change ' +
        'changes progress step steps share profit profits loss losses scale needs sample samples ' +
        'majority margin margins investment investments funding success surplus deficit',
    ),
  },
  // Type, not courage: "bold text", "in bold".
  'praise-bold': {
    before: words('in'),
    after: words('text type font face print letters lettering markup italic italics headline headlines'),
  },
  // The verb (to cut, to break into a computer), not the noun for a hireling writer.
  'pej-hack': {
    domains: Domain.Tech,
    before: words("to will would could can cannot might may must should did didn't"),
    after: words('into at away off out through it them'),
  },
  // Words written for this lexicon from the vector model's candidates, with their plain uses.
  'pej-lazy': {
    domains: Domain.Tech,
    after: words('loading load loaded evaluation initialization eye eyes susan river'),
  },
  'pej-decadent': { after: words('dessert desserts chocolate cake cakes treat treats brunch meal meals') },
  'pej-dumb': { after: words('phone phones terminal terminals luck waiter') },
  'pej-shrill': { after: words('whistle whistles cry cries scream screams call calls sound sounds') },
  'pej-abrasive': {
    after: words(
      'material materials pad pads surface surfaces cleaner cleaners particles wheel wheels blasting',
    ),
  },
  'emo-searing': { after: words('heat temperatures temperature sun pain summer afternoon') },
  // Physical senses: contaminated goods, jammed traffic, a pipe pouring water, decaying stone, a
  // line wound in ("tainted drugs", "snarled traffic", "spewing water", "crumbling roads").
  'emo-tainted': {
    after: words(
      'water blood food foods drug drugs milk meat supply supplies batch batches eggs vaccine vaccines products cocaine heroin',
    ),
  },
  // Torn physically: "ripped from the wall", "a fire ripped through the block" ("ripped into" the plan counts).
  'say-rip': { after: words('from out open up away through down') },
  // Spread by hand: "smeared feces on the walls", "smeared paint".
  'say-smear': {
    after: words('feces faeces excrement blood paint mud grease oil butter lipstick makeup ink dirt'),
  },
  'say-snarl': { after: words('traffic commute commutes roads road streets intersections') },
  'say-spew': {
    after: words('water smoke lava ash steam gas oil fumes sewage debris flames exhaust pollution sparks'),
  },
  'emo-crumbling': {
    after: words(
      'roads road bridges bridge infrastructure buildings building walls wall facade cliffs concrete brick',
    ),
  },
  'emo-reeling': { after: words('in them it') },
  // Soiled things and forces of nature: "dirty water", "dirty bomb", "destructive storms".
  'pej-dirty': {
    after: words(
      'water dishes laundry clothes clothing diapers nappies needle needles snow floor floors air coal ' +
        'fuel fuels energy bomb bombs socks shoes hands streets car cars room rooms kitchen kitchens ' +
        'bathroom bathrooms toilet toilets sheets plates window windows uniform uniforms hair feet',
    ),
  },
  'emo-destructive': {
    after: words(
      'storm storms hurricane hurricanes fire fires wildfire wildfires earthquake earthquakes flood floods ' +
        'flooding tornado tornadoes winds weather pest pests insects testing test tests interference',
    ),
    // A weapon's yield: "the most destructive of all nuclear weapons".
    afterWithin: words('weapon weapons bomb bombs warhead warheads'),
  },
  // Literal senses of entries written from the adverb and corpus lists: "incendiary devices",
  // "a twisted ankle", "tepid water", "gold-plated taps".
  'emo-incendiary': {
    after: words('device devices bomb bombs weapon weapons round rounds balloon balloons munitions'),
  },
  'pej-twisted': { after: words('ankle ankles knee knees metal wreckage steel wire wires pair') },
  'pej-tepid': { after: words('water tea coffee bath') },
  'pej-gold-plated': {
    after: words('jewelry jewellery watch watches necklace ring rings tap taps faucet faucets'),
  },
  // The economic verb: "further depressing the economy".
  'emo-depressing': {
    after: words(
      'economy economies prices price wages demand growth spending output sales turnout value values rates',
    ),
  },
  // The position named plainly in foreign news ("the killing of two leftist politicians", "leftist
  // rebels"); the tag stays loaded on media, causes, activists ("leftist media", "leftist notion").
  'pej-leftist': {
    after: words(
      'politician politicians figure figures party parties rebel rebels guerrilla guerrillas government ' +
        'governments president leader leaders coalition lawmakers candidate candidates',
    ),
  },
  // Of astronomy ("an astronomical observatory"), and a system that recovers ("more resilient against
  // connectivity problems" in software copy).
  'int-astronomical': {
    after: words(
      'observatory observatories observation observations society unit units object objects survey surveys telescope telescopes',
    ),
  },
  'praise-resilient': { domains: Domain.Tech },
  // "type it all out", "went all out": the adjective needs what is all-out ("an all-out war").
  'int-all-out': {
    onlyAfter: words(
      'war wars attack attacks assault offensive effort efforts push strike strikes battle battles campaign ' +
        'blitz conflict fight brawl bid',
    ),
  },
  // Pain in the body: "painful, swollen lymph nodes", "slow, painful deaths" of stranded whales.
  'emo-painful': {
    domains: Domain.Nature,
    before: COST_FIELD,
    after: words('death deaths injury injuries wound wounds swelling swellings joints'),
  },
  'emo-perilous': { before: COST_FIELD },
  'emo-stinging': { after: words('nettle nettles insect insects cells sensation pain eyes') },
  'emo-withering': { after: words('heat plants crops leaves') },
  'say-applaud': { before: words('audience audiences crowd crowds fans spectators') },
  // A siege in an armed stand-off is the event's name; "a community under siege" from critics counts.
  'emo-siege': { domains: Domain.Armed },
  // Genre and interface names: "endless runner games", "endless scrolling", "an endless loop".
  'emo-endless': {
    after: words('runner runners scroll scrolling loop loops mode feed feeds'),
  },
  // Bullying named as a social problem ("discrimination and bullying", "cyber bullying", "bullying
  // of anybody"), not pressure cast as bullying ("the bullying tactics of the governor").
  'pej-bullying': {
    before: words('and or cyber anti school workplace online'),
    after: words('and or prevention awareness'),
  },
  // A supporter is plainly a defender; praise needs the epithet ("a staunch defender of").
  'praise-defender': {
    onlyBefore: words(
      'staunch stalwart fierce tireless ardent passionate valiant heroic great true courageous',
    ),
  },
  // Plain uses of entries written in this round: refuse and tunnels, the verb to utter, a diagnosis.
  'pej-rubbish': {
    after: words(
      'collection collections collector collectors bin bins dump dumps tip tips heap heaps bag bags truck trucks',
    ),
  },
  'pej-boring': {
    after: words('machine machines company tunnel tunnels beetle beetles'),
    before: words('tunnel'),
  },
  'int-utter': {
    before: words(
      "to not never didn't couldn't could would will can cannot dare barely without did shall might",
    ),
  },
  'pej-psychopath': { domains: Domain.Medical | Domain.Legal },
  // Literal, not figurative: "a rocket explosion", "fires and explosions"; "an explosion of websites" counts.
  'int-explosion': { onlyAfter: words('of') },
  // A building or site; loaded as an adjective ("landmark ruling").
  'praise-landmark': {
    onlyAfter: words(
      'ruling rulings decision decisions deal deals agreement agreements law laws legislation case ' +
        'cases study studies paper report bill accord treaty victory moment achievement reform ' +
        'reforms settlement judgment judgement verdict speech election',
    ),
  },
  'pej-machine': {
    onlyBefore: words(
      'political propaganda war killing spin smear party attack hate lie lying fundraising publicity ' +
        'patronage media outrage money campaign misinformation disinformation noise pr',
    ),
  },
};

/** Word -> the domains it signals (a bit mask): one lookup per word. */
const DOMAIN_OF = new Map<string, number>();
for (const [domain, set] of DOMAIN_WORDS)
  for (const w of set) DOMAIN_OF.set(w, (DOMAIN_OF.get(w) ?? 0) | domain);

/**
 * Per part: the domains of its sentence (a bit mask), with `page` (the page's domains, see
 * PAGE_DOMAINS) added to every part. One pass; sentences end at . ! ? or a line break.
 */
export function sentenceDomains(text: string, parts: Part[], page = 0): Uint16Array {
  const out = new Uint16Array(parts.length);
  let from = 0;
  let mask = 0;
  const flush = (to: number) => {
    if (mask | page) out.fill(mask | page, from, to);
    from = to;
    mask = 0;
  };
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k]!;
    if (k > 0) {
      for (let c = parts[k - 1]!.end; c < p.start; c++) {
        const ch = text.charCodeAt(c);
        if (ch === 46 || ch === 33 || ch === 63 || ch === 10) {
          flush(k);
          break;
        }
      }
    }
    mask |= DOMAIN_OF.get(p.key) ?? 0;
    // A score: "4-0", "3–1".
    if (!(mask & Domain.Sport) && /^\d{1,3}$/.test(p.key) && k + 1 < parts.length) {
      const gap = text.slice(p.end, parts[k + 1]!.start);
      if ((gap === '-' || gap === '\u2013') && /^\d{1,3}$/.test(parts[k + 1]!.key)) mask |= Domain.Sport;
    }
  }
  flush(parts.length);
  return out;
}

/** The page-level domains (PAGE_DOMAINS) whose vocabulary the words of one sentence use. */
export function pageDomainsOf(parts: readonly Part[]): number {
  let mask = 0;
  for (const p of parts) mask |= DOMAIN_OF.get(p.key) ?? 0;
  return mask & PAGE_DOMAINS;
}

const DETERMINERS = words('a an the his her their its our my your this that these those');

const keyAt = (parts: Part[], k: number): string => (k >= 0 && k < parts.length ? parts[k]!.key : '');

/** One of `set` within the three words after parts[last], in the same clause. */
function followedBy(parts: Part[], last: number, set: Set<string>): boolean {
  for (let k = last + 1; k <= last + 4 && k < parts.length && parts[k]!.gapOk; k++) {
    if (set.has(parts[k]!.key)) return true;
  }
  return false;
}

/** Whether the match at parts[i..last] (lexicon id `id`) is used in a plain sense here. */
export function plainSense(
  parts: Part[],
  domains: () => Uint16Array,
  i: number,
  last: number,
  id: string,
): boolean {
  const sense = SENSES[id];
  if (!sense) return false;
  let after = last + 1 < parts.length && parts[last + 1]!.gapOk ? keyAt(parts, last + 1) : '';
  // "blasted a home run", "destroyed the data": look past one determiner.
  if (DETERMINERS.has(after) && last + 2 < parts.length && parts[last + 2]!.gapOk)
    after = keyAt(parts, last + 2);
  const before = i > 0 && parts[i]!.gapOk ? keyAt(parts, i - 1) : '';
  if (sense.onlyAfter && !followedBy(parts, last, sense.onlyAfter)) return true;
  if (sense.onlyBefore && !sense.onlyBefore.has(before)) return true;
  if (sense.after?.has(after) || sense.before?.has(before)) return true;
  if (sense.afterWithin && followedBy(parts, last, sense.afterWithin)) return true;
  if (sense.reaction && before) {
    if (REACTION_VERBS.has(before)) return true;
    if (parts[i - 1]!.gapOk && REACTION_VERBS.has(keyAt(parts, i - 2))) return true;
  }
  if (sense.feeling && before && reportedFeeling(parts, i)) return true;
  return sense.domains !== undefined && (domains()[i]! & sense.domains) !== 0;
}

/** Verbs that leave someone in a state: "left the team furious", "leaving voters livid". */
const LEAVE = words('left leave leaves leaving');

/**
 * A copula right before parts[i], or one adverb before it, and no modal before the copula; or the
 * state someone was left in ("the announcement left Mrs. Clinton's team furious"), with the person
 * named in at most three words between.
 */
function reportedFeeling(parts: Part[], i: number): boolean {
  for (let k = i - 2; k >= Math.max(0, i - 4); k--) if (LEAVE.has(parts[k]!.key)) return true;
  let k = i - 1;
  if (!COPULAS.has(parts[k]!.key)) {
    const adverb = parts[k]!.key;
    if (ENDORSING.has(adverb) || (!adverb.endsWith('ly') && !FEELING_ADVERBS.has(adverb))) return false;
    if (!parts[k]!.gapOk || k === 0) return false;
    k--;
    if (!COPULAS.has(parts[k]!.key)) return false;
  }
  return !(k > 0 && parts[k]!.gapOk && MODALS.has(parts[k - 1]!.key));
}
