import { describe, expect, it } from 'vitest';
import { termForms, verbForms } from '../../lib/analysis/inflect';
import { expandAlternations, matchLoaded, pageDomains, pageNames, tokenize } from '../../lib/analysis/loaded';
import { Domain } from '../../lib/analysis/loaded-senses';
import { analyzeArticle } from '../../lib/analysis/report';
import { countsAsLoaded, isLexicalCategory } from '../../lib/lexicon/categories';
import { LOADEDNESS, LOADEDNESS_FLOOR } from '../../lib/lexicon/loadedness';

/** [text, category, id] triples, for compact exact assertions. */
const brief = (text: string) => matchLoaded(text).map((m) => [m.text, m.category, m.id]);

describe('matchLoaded on the reference article', () => {
  const sentence =
    'However, Azerbaijan’s complicated relationship with Western countries, and its inept and ' +
    'corruption-ridden diplomatic service and officials, further complicate the situation.';

  it('finds "inept" and "corruption-ridden" as pejorative labels with notes and neutral wordings', () => {
    const found = matchLoaded(sentence);
    expect(found.map((m) => [m.text, m.start, m.end, m.category])).toEqual([
      ['inept', sentence.indexOf('inept'), sentence.indexOf('inept') + 5, 'pejorative'],
      [
        'corruption-ridden',
        sentence.indexOf('corruption'),
        sentence.indexOf('corruption') + 'corruption-ridden'.length,
        'pejorative',
      ],
    ]);
    for (const m of found) {
      expect(m.note.length).toBeGreaterThan(10);
      expect(m.neutral).toBeTruthy();
      expect(m.polarity).toBeLessThan(0);
    }
  });

  it('finds "lauded" as reported praise', () => {
    const text = 'He lauded the professionalism and dedication of Azerbaijani soldiers.';
    expect(brief(text)).toEqual([['lauded', 'saying-verb', 'say-laud']]);
    expect(matchLoaded(text)[0]!.polarity).toBeGreaterThan(0);
  });

  it('matches "seeking to gain a foothold" as one phrase', () => {
    const text =
      'Kremlin spokesperson Dmitry Peskov accused NATO of seeking to gain a foothold in the region.';
    const m = matchLoaded(text)[0]!;
    expect(m.text).toBe('seeking to gain a foothold');
    expect(m.start).toBe(text.indexOf('seeking'));
    expect(m.end).toBe(text.indexOf(' in the region'));
    expect(m.category).toBe('pejorative');
  });
});

describe('inflections, case, possessives and boundaries', () => {
  it('matches verb forms of saying verbs', () => {
    expect(brief('She slams the plan. He slammed it. They are slamming it. Critics slam it.')).toEqual([
      ['slams', 'saying-verb', 'say-slam'],
      ['slammed', 'saying-verb', 'say-slam'],
      ['slamming', 'saying-verb', 'say-slam'],
      ['slam', 'saying-verb', 'say-slam'],
    ]);
  });

  it('matches plurals and possessives, straight and curly, with offsets that exclude the possessive', () => {
    const text = "The regimes fell. The regime's army and the regime’s police.";
    const curly = text.indexOf('regime’s');
    expect(matchLoaded(text).map((m) => [m.text, m.start, m.end])).toEqual([
      ['regimes', 4, 11],
      ['regime', 22, 28],
      ['regime', curly, curly + 6],
    ]);
  });

  it('is case-insensitive while keeping the text as written', () => {
    expect(brief('UNPRECEDENTED Corruption-Ridden Thugs')).toEqual([
      ['UNPRECEDENTED', 'intensifier', 'int-unprecedented'],
      ['Corruption-Ridden', 'pejorative', 'pej-corruption-ridden'],
      ['Thugs', 'pejorative', 'pej-thug'],
    ]);
  });

  it('matches comparatives and superlatives of short adjectives', () => {
    expect(brief('the craziest plan, the cruellest cut, an uglier row')).toEqual([
      ['craziest', 'pejorative', 'pej-crazy'],
      ['cruellest', 'emotive', 'emo-cruel'],
      ['uglier', 'emotive', 'emo-ugly'],
    ]);
  });

  it('respects word boundaries', () => {
    expect(matchLoaded('The regimen of daily exercise and the neverland ranch.')).toEqual([]);
  });

  it('matches productive hyphen suffixes over the whole compound', () => {
    expect(brief('a debt-ridden, bug-riddled and drought-stricken town')).toEqual([
      ['debt-ridden', 'pejorative', 'pej-x-ridden'],
      ['bug-riddled', 'pejorative', 'pej-x-riddled'],
      ['drought-stricken', 'emotive', 'emo-x-stricken'],
    ]);
  });

  it('matches multi-word idioms with inflected heads and plural tails', () => {
    expect(brief('They vowed to drain the swamp, not cut and run, and threw aides under the bus.')).toEqual([
      ['vowed', 'saying-verb', 'say-vow'],
      ['drain the swamp', 'pejorative', 'pej-drain-the-swamp'],
      ['cut and run', 'pejorative', 'pej-cut-and-run'],
      ['under the bus', 'emotive', 'emo-under-the-bus'],
    ]);
  });

  it('knows more productive suffixes, and plain compounds that only look like them', () => {
    expect(brief('liberal-bashing, race-baiting, rage-fueled, a fear-monger')).toEqual([
      ['liberal-bashing', 'pejorative', 'pej-x-bashing'],
      ['race-baiting', 'pejorative', 'pej-x-baiting'],
      ['rage-fueled', 'emotive', 'emo-x-fueled'],
      ['fear-monger', 'pejorative', 'pej-x-monger'],
    ]);
    expect(matchLoaded('A bed-ridden patient and a gas-fueled plant.')).toEqual([]);
  });

  it('prefers the longest match and never overlaps', () => {
    const found = matchLoaded('It was a witch hunt and a power grab.');
    expect(found.map((m) => m.text)).toEqual(['witch hunt', 'power grab']);
  });

  it('expands alternations in weasel phrases and inflects their last word', () => {
    expect(brief('Critics said the plan failed, and it is believed that some argue otherwise.')).toEqual([
      ['Critics said', 'hedge', 'hedge-critics-say'],
      ['it is believed', 'hedge', 'hedge-it-is-believed'],
      ['some argue', 'hedge', 'hedge-some-say'],
    ]);
  });

  it('filters by category', () => {
    const text = 'The inept regime slammed critics.';
    expect(matchLoaded(text, { categories: ['saying-verb'] }).map((m) => m.text)).toEqual(['slammed']);
  });
});

describe('context guards', () => {
  it('does not treat "claimed N lives" or "claimed responsibility" as a verb of saying', () => {
    expect(matchLoaded('The storm claimed 30 lives and a militant group claimed responsibility.')).toEqual(
      [],
    );
    expect(brief('He claimed the vote was unfair.')).toEqual([['claimed', 'saying-verb', 'say-claim']]);
  });
});

describe('noun homographs of loaded verbs', () => {
  it('counts "blast" and "fuel" as verbs only', () => {
    const text = 'The blast killed two. Critics blast the plan. Jet fuel prices rose; the row fuelled anger.';
    expect(brief(text)).toEqual([
      ['blast', 'saying-verb', 'say-blast'],
      ['fuelled', 'emotive', 'emo-fuel'],
    ]);
    expect(matchLoaded(text)[0]!.start).toBe(text.indexOf('blast the'));
  });

  it('counts "pan", "cave" and "gut" only in their -ed and -ing forms', () => {
    const text =
      'A frying pan, a cave and a gut feeling. Critics panned it; the party caved and gutted the bill.';
    expect(brief(text)).toEqual([
      ['panned', 'saying-verb', 'say-pan'],
      ['caved', 'emotive', 'emo-cave'],
      ['gutted', 'emotive', 'emo-gut'],
    ]);
  });

  it('counts "fume" as a verb only, and "do nothing" as a label only with its hyphen', () => {
    expect(matchLoaded('He slept off the fumes of vanity. He would do nothing in the office.')).toEqual([]);
    expect(brief('The senator fumed at the delay. It was a do-nothing Congress.')).toEqual([
      ['fumed', 'saying-verb', 'say-fume'],
      ['do-nothing', 'pejorative', 'pej-do-nothing'],
    ]);
  });

  it('tells the verb "lies" from falsehoods', () => {
    expect(matchLoaded('The answer lies in the data. Therein lies the problem.')).toEqual([]);
    expect(brief('He told lies about the war.')).toEqual([['lies', 'pejorative', 'pej-lies']]);
  });

  it('leaves set phrases alone: proved difficult, the vast majority, Patriot missiles, a town that boasts', () => {
    const text =
      'The plan proved difficult. The vast majority agreed. Patriot missiles arrived. The town boasts a museum.';
    expect(matchLoaded(text)).toEqual([]);
    expect(brief('He boasted of wins.')).toEqual([['boasted', 'saying-verb', 'say-boast']]);
  });

  it('keeps "regime" for governments, not for systems of rules', () => {
    expect(matchLoaded('The new tax regime and the sanctions regime take effect in May.')).toEqual([]);
    expect(brief('The regime jailed its critics.')).toEqual([['regime', 'pejorative', 'pej-regime']]);
  });

  it('tells the verb "claim" from the noun', () => {
    const nouns = 'The claim was investigated. His claims of abuse were denied. Fastiggi’s claim is thin.';
    expect(matchLoaded(nouns)).toEqual([]);
    expect(brief('The mayor claims the plan will fail, and he claimed victory.')).toEqual([
      ['claims', 'saying-verb', 'say-claim'],
    ]);
  });

  it('reads senses: admitted to hospital, never in a perfect tense, clearly as manner, terrorist groups, the alleged incident', () => {
    const plain =
      'She was admitted to hospital. He had never met her. I’ve never seen it. Speak more clearly. ' +
      'They named a terrorist group. The alleged incident took place in May.';
    expect(matchLoaded(plain)).toEqual([]);
    expect(brief('He admitted the error and will never resign; he is clearly wrong.')).toEqual([
      ['admitted', 'saying-verb', 'say-admit'],
      ['never', 'absolute', 'abs-never'],
      ['clearly', 'absolute', 'abs-clearly'],
    ]);
  });

  it('finds loaded verbs in their inflected forms only where the base is a plain noun', () => {
    expect(brief('Stocks cratered as he slinked away; scammers preyed on the elderly and he lied.')).toEqual([
      ['cratered', 'intensifier', 'int-crater'],
      ['slinked', 'pejorative', 'pej-slink'],
      ['preyed on', 'emotive', 'emo-prey-on'],
      ['lied', 'pejorative', 'pej-lied'],
    ]);
    expect(matchLoaded('The crater was deep. He lies on the bed. No one was hurt.')).toEqual([]);
  });

  it('finds idioms of blame and hype, and leaves the physical "rogue wave" alone', () => {
    expect(brief('They were caught red-handed in a cover-up, then ballyhooed the deal.')).toEqual([
      ['caught red-handed', 'pejorative', 'pej-caught-red-handed'],
      ['cover-up', 'pejorative', 'pej-cover-up'],
      ['ballyhooed', 'pejorative', 'pej-ballyhooed'],
    ]);
    expect(brief('A rogue wave hit the rogue state.')).toEqual([
      ['rogue state', 'pejorative', 'pej-rogue-state'],
    ]);
  });

  it('matches a phrasal verb split by its object, not a preposition that opens a noun phrase', () => {
    expect(brief('The minister brushed it off.')).toEqual([
      ['brushed it off', 'saying-verb', 'say-brush-off'],
    ]);
    expect(brief('He brushed the criticism aside and moved on.')).toEqual([
      ['brushed the criticism aside', 'saying-verb', 'say-brush-aside'],
    ]);
    expect(brief('She played it down.')).toEqual([['played it down', 'saying-verb', 'say-play-down']]);
    expect(matchLoaded('He played the guitar down the hall. He brushed his coat off the chair.')).toEqual([]);
  });
});

describe('scare quotes', () => {
  it('finds a short lower-case quoted fragment with no speaker', () => {
    const text = 'The army’s “peace” mission left the region in ruins.';
    expect(matchLoaded(text).map((m) => [m.text, m.category, m.start])).toEqual([
      ['“peace”', 'scare-quote', text.indexOf('“')],
    ]);
  });

  it('leaves partial quotations after a verb of saying alone', () => {
    expect(matchLoaded('The researcher said the group was “delighted” with the decision.')).toEqual([]);
    expect(matchLoaded('The ice loss could have “substantial” effects, according to the report.')).toEqual(
      [],
    );
  });

  it('leaves real quotations and named terms alone', () => {
    expect(
      matchLoaded('“We will win,” she said. He called it “unworkable”. The film “Heat” opened.'),
    ).toEqual([]);
    expect(matchLoaded("It's the voters' choice, isn't it?")).toEqual([]);
  });
});

describe('neutral news sentences have no matches', () => {
  it.each([
    'The central bank raised its benchmark interest rate by a quarter of a percentage point on Tuesday.',
    'The minister said the talks would resume in Geneva next month.',
    'Police said two people were taken to hospital after the collision on the A1.',
    'The company reported revenue of $4.2 billion for the third quarter.',
    'NATO Secretary General Jens Stoltenberg visited Armenia and Georgia this week.',
  ])('%s', (text) => {
    expect(matchLoaded(text)).toEqual([]);
  });
});

describe('building blocks', () => {
  it('inflects verbs, doubling final consonants where English may', () => {
    expect(verbForms('slam')).toEqual(expect.arrayContaining(['slams', 'slammed', 'slamming']));
    expect(verbForms('claim')).toEqual(expect.arrayContaining(['claims', 'claimed', 'claiming']));
    expect(verbForms('decry')).toEqual(expect.arrayContaining(['decries', 'decried', 'decrying']));
    expect(verbForms('seek')).toEqual(['seeks', 'sought', 'seeking']);
  });

  it('inflects the head verb and the last noun of phrases', () => {
    const forms = termForms(['seek', 'to', 'gain', 'a', 'foothold'], 'phrase').map((p) => p.join(' '));
    expect(forms).toContain('seeking to gain a foothold');
    expect(termForms(['power', 'grab'], 'noun').map((p) => p.join(' '))).toEqual([
      'power grab',
      'power grabs',
    ]);
  });

  it('expands {a|b} groups', () => {
    expect(expandAlternations('it {is|was} {said|believed}')).toEqual([
      'it is said',
      'it is believed',
      'it was said',
      'it was believed',
    ]);
  });

  it('splits hyphenated compounds into joined parts and strips possessives', () => {
    const parts = tokenize('Russia’s so-called plan');
    expect(parts.map((p) => [p.key, p.joined, p.compound])).toEqual([
      ['russia', false, 0],
      ['so', false, 1],
      ['called', true, 1],
      ['plan', false, 3],
    ]);
  });

  // A megabyte of text: the timeout allows for a machine shared with other jobs (vitest's default is 5 s).
  it('runs in linear time on a large text without a pathological regex', () => {
    const chunk = 'The inept regime slammed “critics” amid an unprecedented, corruption-ridden crisis. ';
    const big = chunk.repeat(12_000);
    const found = matchLoaded(big);
    expect(found.length).toBe(12_000 * matchLoaded(chunk).length);
    expect(found.length).toBeGreaterThanOrEqual(12_000 * 6);
  }, 30_000);
});

describe('what a Report counts as loaded', () => {
  it('counts "illegals" whatever its learned score, and leaves "regime" to the score', () => {
    expect(LOADEDNESS['pej-illegals']).toBeLessThan(LOADEDNESS_FLOOR);
    expect(countsAsLoaded({ id: 'pej-illegals', category: 'pejorative' })).toBe(true);
    expect(LOADEDNESS['pej-regime']).toBeLessThan(LOADEDNESS_FLOOR);
    expect(countsAsLoaded({ id: 'pej-regime', category: 'pejorative' })).toBe(false);
    const text = 'The mayor said the illegals were taking the jobs of the town.';
    const report = analyzeArticle({ meta: {}, blocks: [{ kind: 'paragraph', text }] });
    expect(report.loaded.map((l) => l.text)).toEqual(['illegals']);
  });

  it('judges a rare phrasal verb of saying by its class ("played down", "hit back"), a rare idiom whatever', () => {
    // Phrasal verbs of saying too rare to be scored alone take the pooled score of their class
    // (BABE's experts marked 2 of 17 such matches): under the floor, like "downplay" itself.
    for (const id of ['say-play-down', 'say-hit-back', 'say-double-down', 'say-downplay'])
      expect(LOADEDNESS[id]).toBeLessThan(LOADEDNESS_FLOOR);
    const text = 'The senator played down the threat, and his aide hit back at the critics.';
    expect(matchLoaded(text).map((m) => m.id)).toEqual(['say-play-down', 'say-hit-back']);
    const report = analyzeArticle({ meta: {}, blocks: [{ kind: 'paragraph', text }] });
    expect(report.loaded.map((l) => l.text)).toEqual([]);
    // A rare idiom that is not a phrasal verb is not pooled and still counts.
    expect(LOADEDNESS['pej-kangaroo-court']).toBeUndefined();
    expect(countsAsLoaded({ id: 'pej-kangaroo-court', category: 'pejorative' })).toBe(true);
  });

  it('leaves an entry whose learned score is under the floor (a size word) to the sentence, not the marks', () => {
    // "vast" is loaded in some uses and a plain size in many ("a vast desert"): experts marked
    // under a third of its matches, so its score sits under the floor; "reckless" stays well above.
    expect(LOADEDNESS['int-vast']).toBeLessThan(LOADEDNESS_FLOOR);
    expect(LOADEDNESS['pej-reckless']).toBeGreaterThanOrEqual(LOADEDNESS_FLOOR);
    const text = 'The reckless owners built a vast warehouse next to the school.';
    expect(matchLoaded(text).map((m) => m.text)).toEqual(['reckless', 'vast']);
    const report = analyzeArticle({ meta: {}, blocks: [{ kind: 'paragraph', text }] });
    expect(report.loaded.map((l) => [l.text, l.category, l.sentence])).toEqual([
      ['reckless', 'pejorative', 0],
    ]);
    expect(report.summary.loadedTerms).toBe(1);
  });

  it('keeps hedges, absolutes, factives and scare quotes out of loaded[] but explains them as reasons', () => {
    const text =
      'The mayor allegedly never revealed the “savings” of her reckless plan to the council last spring.';
    const found = matchLoaded(text).map((m) => m.category);
    expect(found).toEqual(['hedge', 'absolute', 'factive', 'scare-quote', 'pejorative']);
    const report = analyzeArticle({ meta: {}, blocks: [{ kind: 'paragraph', text }] });
    expect(report.loaded.map((l) => [l.text, l.category])).toEqual([['reckless', 'pejorative']]);
    expect(report.summary.loadedTerms).toBe(1);
    const cues = report.sentences[0]!.reasons.map((r) => r.cue);
    expect(cues).toEqual(expect.arrayContaining(['loaded:hedge', 'loaded:pejorative']));
  });
});

describe('names, titles and headlines are not loaded wording', () => {
  it.each([
    // A surname that is also a word.
    'New Zealand declared war on Germany, with Prime Minister Michael Joseph Savage in office.',
    'Butcher, Andrew; McGrath, Terry (2004). Immigration and the city.',
    // A name made of words.
    'The economy is weak, said Lotfi Azzouz, country director for Amnesty International.',
    'Knoll, who first pitched the story idea for Rogue One, said the print was finished.',
    'Robots and Chozo warriors repressed all instances of the X-Parasite as they found them.',
    'Use a master for a configuration system like Puppet or Chef.',
    // A quoted title of a work.
    'The hit “Rez” gets the VR treatment, and the game “Thumper” joins it.',
    'She reviewed the film “The Phantom Menace” and the book “Dreadful Chapters” for the paper.',
  ])('%s', (text) => {
    expect(matchLoaded(text).filter((m) => m.category !== 'hedge' && m.category !== 'factive')).toEqual([]);
  });

  it('still marks a capitalised word at the start of a sentence or of a quotation', () => {
    expect(brief('Reckless spending ruined the city. He said: “Disgraceful and cruel.”')).toEqual([
      ['Reckless', 'pejorative', 'pej-reckless'],
      ['Disgraceful', 'pejorative', 'pej-disgraceful'],
      ['cruel', 'emotive', 'emo-cruel'],
    ]);
  });

  it('marks a label capitalised for effect when it stands alone', () => {
    expect(brief('It must register that Jihadists are the enemy.').map((m) => m[0])).toEqual(['Jihadists']);
  });

  it('leaves verbs in a headline alone, in title case or when the block is a heading', () => {
    expect(brief('Obama Admits US Gun Laws Are His Biggest Frustration')).toEqual([]);
    expect(brief('Senator Slams Reckless Budget Plan')).toEqual([['Reckless', 'pejorative', 'pej-reckless']]);
    expect(matchLoaded('Obama admits US gun laws are his biggest frustration', { heading: true })).toEqual(
      [],
    );
    expect(brief('Obama admitted the gun laws are his biggest frustration.').map((m) => m[0])).toEqual([
      'admitted',
    ]);
  });
});

describe('plain senses: sport, medicine, law, insurance, technology and plain labels', () => {
  it.each([
    // Sport.
    'Arsenal crushed Leeds 4-0 at the Emirates on Saturday.',
    'The Yankees destroyed the Red Sox in the final game of the season.',
    'He blasted a home run over the left-field wall in the ninth.',
    'The team pulled off a stunning comeback to win the championship.',
    // Medicine.
    'Doctors found an aggressive tumour and began chemotherapy within a week.',
    'She had taken a lethal dose of highly toxic slimming tablets.',
    'The hospital opened a new trauma centre for patients from across the region.',
    'He suffered from crippling arthritis for years before the surgery.',
    'She had a panic attack on the train.',
    // Law.
    'He was convicted of violent crimes in 2019 and sentenced to ten years.',
    'The court found the murder heinous under the state statute.',
    // Insurance and emergency management.
    'The plan offers catastrophic coverage with a high deductible.',
    'Federal disaster relief reached the county on Monday.',
    // Technology and science.
    'The researcher published code that exploits the vulnerability to crash any server.',
    'Plugins are often loaded as dynamic libraries.',
    'Even with degenerate eigenvalues an orthogonal basis exists.',
    'Remove extreme values before computing the mean.',
    'The paper laid the foundations of chaos theory.',
    'The attractor showed chaotic behaviour for every starting value.',
    'Did you forget to handle backward compatibility?',
    'Both acted in a horror film before the series began.',
    'The board rejected a hostile takeover bid from its rival.',
    'The game became a cult classic among fans of the genre.',
    'Giant pandas and giant tortoises live in the park.',
    'Darfur is a vast desert region of western Sudan.',
    'The lack of mammalian predators let flightless birds evolve; the apex predator was an eagle.',
    'Free radicals and radical surgery were the subjects of the lecture.',
    'The rocket was grounded after an explosion on the launch pad.',
    'Gunmen opened fire at a national landmark that showcases the country’s heritage.',
    'Tourists visited the historic district and the historic church on Sunday.',
    'Paper receipts jammed in the new voting machines at 40 polling places.',
    'He slammed on the brakes and the car slammed into a wall.',
    // Size words as plain labels, industries' largest firms, directions and terms of art.
    'The tech giant and two energy giants reported higher profits.',
    'The vast majority of borrowers repaid vast amounts of debt.',
    'Wages saw a modest increase and households built modest savings.',
    'Headings are set in bold text.',
    'The attacker tried to hack into the server, and others hacked at the door.',
    'She walked backward and moved the clock backward an hour.',
    'Four crew members died in a hostile encounter with the aliens.',
    'Ramsay isolated three more noble gases.',
    'The solver uses a greedy algorithm.',
    'Cold snaps can occur outside the season.',
    'The total spin of an electron pair is zero.',
    'Flutes and trumpets were used as signalling devices.',
    'The sinking of the ferry killed 300 people.',
    // Physical senses.
    'More people die from tainted drugs than from the drugs themselves.',
    'A water-main break snarled traffic on the West Side for hours.',
    'Crews clamped a cracked pipe that was spewing water onto the tracks.',
    'The city has no money to fix crumbling roads and bridges.',
    'The boats trail long lines of hooks before reeling them in.',
  ])('%s', (text) => {
    expect(matchLoaded(text).filter((m) => m.category !== 'hedge' && m.category !== 'absolute')).toEqual([]);
  });

  it('still marks the loaded use of the same words', () => {
    const marked = (text: string) =>
      matchLoaded(text)
        .filter((m) => isLexicalCategory(m.category))
        .map((m) => m.text);
    expect(marked('Critics say the governor wants to destroy the unions.')).toEqual(['destroy']);
    expect(marked('The senator blasted the Rooney Rule as an insufficient solution.')).toEqual(['blasted']);
    expect(marked('Platforms push aggressive agendas on energy and the environment.')).toEqual([
      'aggressive',
    ]);
    expect(marked('The right-wing misinformation machine kept the story alive.')).toEqual(['machine']);
    expect(marked('He claimed a landmark last-minute immigration deal with Mexico.')).toContain('landmark');
    expect(marked('The last decade saw an explosion of websites.')).toEqual(['explosion']);
    expect(marked('Democrats are attempting to exploit the pandemic for their agenda.')).toEqual(['exploit']);
    expect(marked('Planned Parenthood, the abortion giant, will keep its clinic open.')).toEqual(['giant']);
    expect(marked('He was too modest to mention the prize.')).toEqual(['modest']);
    expect(marked('They called him a party hack.')).toEqual(['hack']);
    expect(marked('The minister dismissed the plan as backward thinking.')).toEqual(['backward']);
    expect(marked('The White House put its own spin on the figures.')).toEqual(['spin']);
    expect(marked('The verdict left the tainted mayor without allies.')).toEqual(['tainted']);
    expect(marked('The senator snarled that the bill was a fraud.')).toEqual(['snarled']);
    expect(marked('Pundits keep spewing nonsense about the vote.')).toContain('spewing');
    expect(marked('The party is reeling from the defeat.')).toEqual(['reeling']);
  });
});

describe('"claim" as a verb of saying needs what was claimed', () => {
  it.each([
    'The goals they claim for data collection are broad.',
    'First, tasks are explicitly claimed through an exclusive task state.',
    'A task can be claimed only if its state is Enqueued.',
    'The office sent Captain Hobson to claim sovereignty over the islands.',
    'People could claim multiple religions in the census.',
    'Proof: as claimed.',
    // The noun: a right claimed, and what a claim is for before it.
    'Tribal claims to the foreshore have proved controversial.',
    'He filed unemployment claims, which were denied.',
    'Most were eligible asylum claims, lawyers said.',
    'The harassment claims, first reported in May, were settled.',
  ])('%s', (text) => {
    expect(matchLoaded(text, { categories: ['saying-verb'] })).toEqual([]);
  });

  it.each([
    'Some advertisers claim that you can opt out.',
    'Yagan claims he did not know about the donation.',
    'Supporters claimed the boycott was justified.',
    'A magazine claimed Trump relied on lies to win.',
    'The company claims its new prices have saved customers money.',
    'He claimed, without evidence, that the vote was rigged.',
    'She claims to have seen the letter.',
    'He claims to the court that he was abroad.',
  ])('%s', (text) => {
    expect(matchLoaded(text, { categories: ['saying-verb'] }).map((m) => m.id)).toEqual(['say-claim']);
  });
});

describe('a word named rather than used', () => {
  it('is not loaded wording: "the word “literally”", "the term useless"', () => {
    expect(matchLoaded('There is no excuse to misuse the word “literally.”')).toEqual([]);
    expect(matchLoaded('He is so sensitive that the term useless shuts him down.')).toEqual([]);
    expect(matchLoaded('It was literally useless.').map((m) => m.text)).toEqual(['literally', 'useless']);
  });
});

describe('context notes from the real-pages dev set', () => {
  const lexical = (text: string) =>
    matchLoaded(text)
      .filter((m) => isLexicalCategory(m.category))
      .map((m) => m.text);

  it.each([
    // The word itself is the topic.
    'Maybe I should define literally.',
    'Literally means actually.',
    'People use literally as a sort of verbal crutch.',
    'No need to add “literally” to the sentence.',
    'Sadly this post did not stop the abuse of literally.',
    // A quoted title inside a headline, and a title with a lower-case small word.
    'On Behalf of “Literally”',
    'In her book “A Paradise Built in Hell: The Extraordinary Communities that Arise in Disaster,” she wrote of it.',
    // An idiom of degree, not a dismissal.
    'That play was so funny I laughed my head off.',
    // Plain senses: drugs, an armed stand-off, a genre, diplomacy, a kind of armed group.
    'She never understood how dangerous the tablets she took were.',
    'Security forces raided the building to end the siege after gunmen seized the tourists.',
    'It is one of those endless runner games for the phone.',
    'After nearly 20 years of hostile relations, the two governments will talk.',
    'Thousands have joined jihadist groups, and extremist militants hold two cities.',
    // "Claims" opening a sentence is the noun.
    'Claims that immediate action is imperative do not stand up.',
    // Bullying named as a problem; a supporter called a defender.
    'He is not a fan of discrimination and bullying of anybody.',
    'They discussed multicultural issues, bullying and violence in Chicago.',
    'Uber has many libertarian defenders.',
  ])('%s', (text) => {
    expect(lexical(text)).toEqual([]);
  });

  it('still marks the same words used for effect', () => {
    expect(lexical('It was literally the worst speech of literally thousands.')).toEqual([
      'literally',
      'literally',
    ]);
    expect(lexical('The senator laughed off the question.')).toEqual(['laughed off']);
    expect(lexical('Critics say the dangerous rhetoric of the mayor must stop.')).toEqual(['dangerous']);
    expect(lexical('A community under siege from developers is fighting back.')).toEqual(['siege']);
    expect(lexical('The mayor was openly hostile to the press.')).toEqual(['hostile']);
    expect(lexical('Tunisian forces fought gunbattles with jihadists at home.')).toEqual(['jihadists']);
    expect(lexical('Uber claims that its rating system is better.')).toEqual(['claims']);
    expect(lexical('The governor relied on bullying tactics.')).toEqual(['bullying']);
    expect(lexical('She was a staunch defender of the regime.')).toContain('defender');
  });
});

describe('entries written from the vector model candidates and the expert spans', () => {
  const lexical = (text: string) =>
    matchLoaded(text)
      .filter((m) => isLexicalCategory(m.category))
      .map((m) => m.id);

  it('marks everyday evaluative words and idioms', () => {
    expect(lexical('The bogus claims were silly, and his hell-bent allies shed crocodile tears.')).toEqual([
      'pej-bogus',
      'pej-silly',
      'pej-hell-bent',
      'pej-crocodile-tears',
    ]);
    expect(lexical('It was an utter disaster and a staggering waste, the last straw for voters.')).toEqual([
      'int-utter',
      'emo-disaster',
      'int-staggering',
      'emo-the-last-straw',
    ]);
    expect(
      lexical('Critics called the lacklustre film riveting only in its tip of the iceberg moments.'),
    ).toEqual(['pej-lacklustre', 'praise-riveting', 'int-tip-of-the-iceberg']);
  });

  it('leaves their plain uses alone', () => {
    expect(lexical('He did not utter a word at the hearing.')).toEqual([]);
    expect(
      lexical('Rubbish collection resumes on Monday, and the tunnel boring machine arrives in May.'),
    ).toEqual([]);
    expect(lexical('The court heard the defendant was diagnosed as a psychopath.')).toEqual([]);
    expect(lexical('zlib shrinks our evil data so the packet crashes the server.')).toEqual([]);
    expect(lexical('The bug exposes thousands of servers to a crippling attack.')).toEqual([]);
    expect(lexical('Critics called the crippling sanctions an evil policy.')).toEqual([
      'emo-crippling',
      'pej-evil',
    ]);
  });
});

describe('entries written for coverage: evaluative adjectives, their adverbs, emotive nouns', () => {
  const lexical = (text: string) =>
    matchLoaded(text)
      .filter((m) => isLexicalCategory(m.category))
      .map((m) => m.id);

  it('marks them in their judging use', () => {
    expect(lexical('The puerile, bombastic speech was laughably slapdash.')).toEqual([
      'pej-puerile',
      'pej-bombastic',
      'pej-laughably',
      'pej-slapdash',
    ]);
    expect(lexical('Officials arrogantly and recklessly ignored the flagrantly illegal scheme.')).toEqual([
      'pej-arrogantly',
      'pej-recklessly',
      'emo-flagrantly',
    ]);
    expect(lexical('His sanctimonious enablers took dirty money and chanted incendiary slogans.')).toEqual([
      'pej-sanctimonious',
      'pej-enabler',
      'pej-dirty',
      'emo-incendiary',
    ]);
    expect(lexical('It was a depressing display of twisted logic and tepid support.')).toEqual([
      'emo-depressing',
      'pej-twisted',
      'pej-tepid',
    ]);
  });

  it('marks idioms of blame, and inflects a hyphenated verb on its last part', () => {
    expect(lexical('They lined their pockets, and the hearing was political theater and a hit job.')).toEqual(
      ['pej-line-their-pockets', 'pej-political-theater', 'pej-hit-job'],
    );
    expect(lexical('He flip-flopped, cherry-picked the data and strong-armed the board.')).toEqual([
      'pej-flip-flop',
      'pej-cherry-pick',
      'emo-strong-arm',
    ]);
    expect(lexical('She cherry-picks quotes.')).toEqual(['pej-cherry-pick']);
  });

  it('leaves their literal and economic senses alone', () => {
    expect(lexical('Cutting spending as revenue falls risks further depressing the economy.')).toEqual([]);
    expect(lexical('Wash the dirty dishes before the destructive storm arrives.')).toEqual([]);
    expect(lexical('Police found an incendiary device near a twisted ankle brace in tepid water.')).toEqual(
      [],
    );
  });
});

describe('news collocations, games and plain political labels', () => {
  const lexical = (text: string) =>
    matchLoaded(text)
      .filter((m) => isLexicalCategory(m.category))
      .map((m) => m.id);

  it.each([
    'The declaration of martial law plunged the country into chaos.',
    'Amazon bought Whole Foods in an aggressive move into the grocery business.',
    'Lawmakers were shouted and cursed at as they left the chamber.',
    'The horror game channels the classic trope of teens lost in the woods.',
    'In this VR game you shoot monsters, a maniac and a pack of clowns.',
    'The killing of two leftist politicians prompted a fresh political crisis.',
    'The controller serves requests for claiming a task for execution.',
    'The Minecraft update added guardian mobs with item drops.',
    'The signal came from an astronomical observatory in Chile.',
    'Replicated databases make the service more resilient against outages.',
    'Write the list down or type it all out.',
    'Whales may strand after being chased by a predator.',
    'The stranded whales suffered slow, painful deaths on the beach.',
    'Officials described a chaotic six hours between the declaration and its end.',
    'The former is less bad with version control systems like Mercurial.',
    'Critics on Rotten Tomatoes were split.',
  ])('%s', (text) => {
    expect(lexical(text)).toEqual([]);
  });

  it('still marks the same words where they judge', () => {
    expect(lexical('Chaos reigned as the leftist media ignored the story.')).toEqual([
      'emo-chaos',
      'pej-leftist',
    ]);
    expect(lexical('The aggressive attacks on protesters were condemned.')).toEqual(['emo-aggressive']);
    expect(lexical('Fears of an all-out war grew.')).toEqual(['int-all-out']);
    expect(lexical('Allies were alarmed by his chaotic style.')).toEqual(['emo-chaotic']);
    expect(lexical('The Orwellian Ministry of Truth is back, and his mood is mercurial.')).toEqual([
      'pej-orwellian',
      'pej-mercurial',
    ]);
    expect(lexical('The senator called his rival a monster and a clown.')).toEqual([
      'emo-monster',
      'pej-clown',
    ]);
  });
});

describe('disorder made by weather, costs in a named field, and the science of chaos', () => {
  const lexical = (text: string) =>
    matchLoaded(text)
      .filter((m) => isLexicalCategory(m.category))
      .map((m) => m.id);

  it.each([
    'The blizzard caused chaos on the roads for a second day.',
    'Each winter, frost and road salt wreak havoc on the water mains.',
    'An icy week caused mayhem in the pipes under the avenue.',
    'The hurricane left havoc along the coast.',
    'Cutting pensions is politically painful for any government.',
    'Both parties avoided the fiscally painful choices the deficit required.',
    'The bill became a politically toxic issue in the suburbs.',
    'Leaving the alliance would be militarily perilous.',
    'Near the attractor the orbit keeps making chaotic loops, as the equations predict.',
  ])('plain: %s', (text) => {
    expect(lexical(text)).toEqual([]);
  });

  it('still marks the same words where they dramatise or judge', () => {
    expect(lexical('The new travel rules caused chaos at the airports.')).toEqual(['emo-chaos']);
    // The immigration agency and the verb are not weather.
    expect(lexical('ICE raids caused chaos in the neighbourhood.')).toEqual(['emo-chaos']);
    expect(lexical('The senator storms out as chaos engulfs the hearing.')).toEqual(['emo-chaos']);
    expect(lexical('Protesters wreaked havoc downtown.')).toEqual(['emo-wreak-havoc']);
    expect(lexical('The committee hearing descended into mayhem.')).toEqual(['emo-mayhem']);
    expect(lexical('The vote was a painful defeat for the party.')).toEqual(['emo-painful']);
    expect(lexical('Voters are tired of his toxic rhetoric.')).toEqual(['emo-toxic']);
    expect(lexical('Allies were alarmed by his chaotic leadership.')).toEqual(['emo-chaotic']);
  });
});

describe('a reaction reported as what people felt', () => {
  const lexical = (text: string) =>
    matchLoaded(text)
      .filter((m) => isLexicalCategory(m.category))
      .map((m) => m.id);

  it.each([
    'The ritual still elicits horror from some visitors.',
    'The ruling sparked an outcry among parents.',
    'Union leaders expressed outrage at the closures.',
    'The announcement provoked fury in the village.',
    'The verdict caused deep anguish to the families.',
  ])('plain: %s', (text) => {
    expect(lexical(text)).toEqual([]);
  });

  it('still marks the same nouns where the writer casts the event with them', () => {
    expect(lexical('The horror of his policies is plain to see.')).toEqual(['emo-horror']);
    expect(lexical('The plan is an outrage.')).toEqual(['emo-outrage']);
    expect(lexical('Fury over the tax swept the town.')).toEqual(['emo-fury']);
  });
});

describe('a page-level domain: a game review or a chaos-theory piece', () => {
  const review = [
    'The new VR shooter from the studio is out this week.',
    'The game sends you through a dimly lit carnival at night.',
    'You take down cardboard targets, pig monsters and, naturally, maniac clowns.',
    'Its multiplayer mode pits two teams against each other.',
    'Like most console games this year, it runs at 60 frames a second.',
  ];
  const lexical = (text: string, page?: number) =>
    matchLoaded(text, page === undefined ? {} : { pageDomains: page })
      .filter((m) => countsAsLoaded(m))
      .map((m) => m.id);

  it('holds when at least three sentences name the domain', () => {
    expect(pageDomains(review)).toBe(Domain.Game);
    expect(pageDomains(review.slice(0, 3))).toBe(0);
    expect(
      pageDomains([
        'Lorenz found that his equations never settled down.',
        'A physicist later named the pattern.',
        'Mathematicians proved the theorem decades on.',
      ]),
    ).toBe(Domain.Science);
  });

  it('makes the cast of a game plain in sentences that do not name the game', () => {
    const sentence = review[2]!;
    expect(lexical(sentence)).toEqual(['emo-monster', 'pej-maniac', 'pej-clown']);
    expect(lexical(sentence, pageDomains(review))).toEqual([]);
    // Only the words whose plain sense is the game's cast: a reviewer's own verdict still marks.
    expect(
      lexical('The story is ridiculous and the ending is a diabolical mess.', pageDomains(review)),
    ).toEqual(['emo-ridiculous', 'pej-diabolical']);
  });

  it('does not spread from one passing mention on a political page', () => {
    const page = [
      'The senator blamed video games for the attack.',
      'Critics called him a maniac and a clown.',
      'His aides said the remarks were taken out of context.',
    ];
    expect(pageDomains(page)).toBe(0);
    expect(lexical(page[1]!, pageDomains(page))).toEqual(['pej-maniac', 'pej-clown']);
  });

  it('reads chaos as the science on a page about chaos theory', () => {
    const page = [
      'Lorenz ran his equations on a small computer in 1961.',
      'Tiny differences in the starting values changed the forecast completely.',
      'A physicist later called the result the butterfly effect.',
      'Mathematicians needed years to prove the attractor was strange.',
      'Half a century ago, chaos started spilling out of that experiment.',
    ];
    const domains = pageDomains(page);
    expect(domains).toBe(Domain.Science);
    expect(lexical(page[4]!)).toEqual(['emo-chaos']);
    expect(lexical(page[4]!, domains)).toEqual([]);
  });

  it('is applied by the Report to every sentence of the page', () => {
    const blocks = review.map((text) => ({ kind: 'paragraph' as const, text }));
    const report = analyzeArticle({ meta: {}, blocks });
    expect(report.loaded.map((l) => l.text)).toEqual([]);
    const political = [
      'The senator called his rival a maniac.',
      'His rival answered that the senator was a clown.',
    ].map((text) => ({ kind: 'paragraph' as const, text }));
    expect(analyzeArticle({ meta: {}, blocks: political }).loaded.map((l) => l.text)).toEqual([
      'maniac',
      'clown',
    ]);
  });
});

describe('plain senses seen in a sample of news sentences', () => {
  const lexical = (text: string) =>
    matchLoaded(text)
      .filter((m) => isLexicalCategory(m.category))
      .map((m) => m.id);

  it.each([
    'Local officials were furious when the county cut the grant.',
    'The mayor was reportedly furious about the delay.',
    'We were shocked to learn the plant would close.',
    'Parents remain outraged that the school stayed shut.',
    'I am shocked and saddened by the news.',
    'Some members were especially incensed by the second vote.',
    'The governor was livid when the plan leaked.',
    'The ruling left the mayor’s staff furious.',
  ])('a feeling reported after a copula is plain: %s', (text) => {
    expect(lexical(text)).toEqual([]);
  });

  it('still marks the feeling as an epithet, as an effect, or as what the reader should feel', () => {
    expect(lexical('Outraged parents stormed the meeting.')).toEqual(['emo-outraged']);
    expect(lexical('Voters should be furious about this giveaway.')).toEqual(['emo-furious']);
    expect(lexical('The vote shocked the party leadership.')).toEqual(['emo-shocked']);
    expect(lexical('The bishop is rightly incensed by the ruling.')).toEqual(['emo-incensed']);
  });

  it.each([
    ['“We will keep the shelter open,” Snipes said on Monday.', 'say-snipe'],
    ['It was a long night, Mr. Brat told reporters.', 'pej-brat'],
    ['She read a passage from Fire and Fury to the crowd.', 'emo-fury'],
  ])('a capitalised word is a name or a title: %s', (text, id) => {
    expect(lexical(text)).not.toContain(id);
  });

  it('still marks the same words as used words', () => {
    expect(lexical('Critics snipe at the plan from the sidelines.')).toEqual(['say-snipe']);
    expect(lexical('He behaved like a spoiled brat at the hearing.')).toContain('pej-brat');
    expect(lexical('The fire and fury of his speech alarmed allies.')).toContain('emo-fury');
    expect(lexical('It suits the Catholic and Leftist establishment.')).toEqual(['pej-leftist']);
  });

  it.each([
    ['He was charged with malicious destruction of property.', 'pej-malicious'],
    ['Researchers confirmed the attachments were malicious software.', 'pej-malicious'],
    ['The president used the bully pulpit to push the bill.', 'pej-bully'],
    ['Late votes from the suburbs put her over the top.', 'pej-over-the-top'],
    ['The devil is in the details of the budget.', 'emo-devil'],
    ['The campaign posted a mocked-up photo of the rally.', 'say-mock'],
    ['She slammed the car door and drove off.', 'say-slam'],
    ['He slammed his office door behind him.', 'say-slam'],
    ['Floods and other natural disasters cost the region billions.', 'emo-disaster'],
    ['Congress passed an emergency disaster funding bill.', 'emo-disaster'],
    ['Thousands marched against police brutality on Saturday.', 'emo-brutality'],
    ['She joined an anti-fascist group in college.', 'pej-fascist'],
    ['The campaign blasted out a fundraising email.', 'say-blast'],
    ['The hurricane was the worst disaster the island had seen.', 'emo-disaster'],
    ['Younger leaders now claim the mantle of the movement.', 'say-claim'],
    ['The lawsuit claims the company hid the defect.', 'say-claim'],
    ['The wrestler body slammed his opponent.', 'say-slam'],
    ['The guard slammed him to the ground.', 'say-slam'],
    ['The posters were ripped from the walls overnight.', 'say-rip'],
    ['A fire ripped through the warehouse on Sunday.', 'say-rip'],
    ['The second blast shattered windows across the street.', 'say-blast'],
    ['The rival party tried to steal some of the reform thunder.', 'say-thunder'],
    ['Vandals smeared paint on the door of the office.', 'say-smear'],
    ['It was the most destructive of the nuclear weapons tested.', 'emo-destructive'],
    ['Talks with North Korean dictator Kim Jong-un ended early.', 'pej-dictator'],
    ['Protests against Syria’s dictator, Bashar al-Assad, grew.', 'pej-dictator'],
    ['Troops loyal to strongman Khalifa Haftar advanced.', 'pej-strongman'],
  ])('plain sense: %s', (text, id) => {
    expect(lexical(text)).not.toContain(id);
  });

  it('still marks the judging uses of the same words', () => {
    expect(lexical('He made a malicious attack on his rival.')).toContain('pej-malicious');
    expect(lexical('The senator is a bully and a liar.')).toContain('pej-bully');
    expect(lexical('His over-the-top rhetoric alienated moderates.')).toContain('pej-over-the-top');
    expect(lexical('Critics call him the devil incarnate.')).toContain('emo-devil');
    expect(lexical('The senator mocked the proposal on television.')).toContain('say-mock');
    expect(lexical('The senator slammed the proposal as reckless.')).toContain('say-slam');
    expect(lexical('The new health law is a disaster.')).toContain('emo-disaster');
    expect(lexical('The brutality of the regime shocked observers.')).toContain('emo-brutality');
    expect(lexical('He called his critics fascist thugs.')).toContain('pej-fascist');
    expect(lexical('The minister claims the plan will save money.')).toContain('say-claim');
    expect(lexical('We are electing a president, not a dictator.')).toContain('pej-dictator');
    expect(lexical('The governor acts like a dictator in Albany.')).toContain('pej-dictator');
    expect(lexical('The Dictator Pope')).toContain('pej-dictator');
    expect(lexical('The columnist ripped into the budget on Sunday.')).toContain('say-rip-into');
    expect(lexical('The country is being ripped apart by this law.')).toContain('say-rip');
    expect(lexical('The mayor will blast the council tonight.')).toContain('say-blast');
    expect(lexical('The senator thundered against the deal.')).toContain('say-thunder');
    expect(lexical('They smeared the judge with false claims.')).toContain('say-smear');
    expect(lexical('These destructive policies hurt families.')).toContain('emo-destructive');
  });
});

describe('words a page writes as names', () => {
  it('leaves a loaded word the page only capitalises, inside its sentences, as a name', () => {
    const paragraph = (text: string) => ({ kind: 'paragraph' as const, text });
    const report = analyzeArticle({
      meta: {},
      blocks: [
        paragraph('We use Mercurial for our code. Teams move to Mercurial when the repository grows.'),
        paragraph('Mercurial keeps history safe. Her mood was mercurial at best.'),
      ],
    });
    // Written in lower case too, the word is a word: no name on this page.
    expect(report.loaded.map((m) => m.text)).toEqual(['Mercurial', 'mercurial']);
    const named = analyzeArticle({
      meta: {},
      blocks: [
        paragraph('We use Mercurial for our code. Teams move to Mercurial when the repository grows.'),
        paragraph('Mercurial keeps history safe.'),
      ],
    });
    expect(named.loaded).toEqual([]);
    expect(pageNames(['We use Mercurial here.', 'Teams love Mercurial.'])).toEqual(new Set(['mercurial']));
    // A title-case headline capitalises every longer word: no evidence of a name.
    expect(pageNames(['Baby Photo Seen As Unpatriotic', 'Baby Photo Seen As Unpatriotic'])).toEqual(
      new Set(),
    );
  });
});
