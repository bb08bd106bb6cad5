/**
 * Evaluative words written for this project: words by which a writer judges rather than reports.
 * Grouped by what they do; base forms (the feature code also tries -ly adverbs, plurals and simple
 * verb endings). Kept separate from the loaded-wording lexicon (lib/lexicon), which marks words
 * for the reader; these only feed the opinion score.
 */

const set = (words: string): Set<string> => new Set(words.trim().split(/\s+/));

/** Negative judgement of people, acts or ideas. */
export const NEGATIVE_JUDGEMENT = set(
  'absurd abysmal appalling atrocious awful bad baseless bizarre blatant brazen callous careless ' +
    'catastrophic chaotic cheap clueless clumsy corrupt cowardly crazy crooked cruel cynical dangerous ' +
    'deceitful deceptive deluded delusional deplorable desperate despicable destructive dishonest ' +
    'disastrous disgraceful disgusting dismal disturbing dreadful dubious dumb egregious embarrassing ' +
    'evil extreme extremist failed fake false farcical feckless flawed foolish fraudulent futile ' +
    'grotesque hateful heinous hideous horrendous horrible horrific hostile hypocritical idiotic ' +
    'ignorant illegitimate immoral incompetent inept inexcusable infamous insane insidious ' +
    'irresponsible laughable lazy ludicrous mediocre misguided misleading monstrous nasty naive ' +
    'nefarious nonsensical obscene offensive outrageous pathetic petty pointless poor preposterous ' +
    'questionable radical reckless repugnant reprehensible ridiculous rotten ruthless sad scandalous ' +
    'shameful shameless shoddy sick silly sinister sloppy stupid terrible toxic tragic troubling ' +
    'unacceptable unfair unhinged unjust unscrupulous untrue useless vicious vile weak wicked wrong ' +
    'worthless woke draconian authoritarian tyrannical totalitarian dystopian orwellian elitist ' +
    'partisan biased bigoted racist sexist xenophobic hysterical paranoid divisive inflammatory ' +
    'incendiary unprecedented alarming shocking stunning staggering devastating horrifying ' +
    'nightmarish grim bleak dire ominous menacing brutal barbaric savage unconstitutional unethical ' +
    'inhumane unwise counterproductive wasteful unworkable unsustainable hopeless',
);

/** Positive judgement. */
export const POSITIVE_JUDGEMENT = set(
  'admirable amazing astonishing beautiful bold brave brilliant commendable compelling courageous ' +
    'decent delightful dedicated excellent exceptional extraordinary fabulous fair fantastic ' +
    'formidable generous genuine glorious good great groundbreaking heroic honest honorable ' +
    'impressive incredible inspiring inspirational invaluable landmark legendary magnificent ' +
    'marvelous masterful meaningful noble outstanding perfect phenomenal praiseworthy principled ' +
    'promising remarkable respectable robust sensible sincere smart splendid stellar strong ' +
    'stunning successful superb terrific thoughtful tremendous trustworthy unparalleled valiant ' +
    'valuable visionary vital wise wonderful worthy historic longstanding steadfast staunch ' +
    'unwavering tireless vibrant',
);

/** Emotion and attitude nouns/verbs a writer uses to colour events. */
export const ATTITUDE = set(
  'outrage scandal disgrace disaster fiasco debacle farce hoax sham scam fraud lie lies lying ' +
    'propaganda hypocrisy nonsense garbage rubbish betrayal chaos crisis mess tragedy travesty ' +
    'catastrophe shame folly nightmare agenda ideology narrative regime elites cronies thugs ' +
    'mob zealots radicals extremists fanatics puppet stooge crony apologists cult hysteria panic ' +
    'fear fears hope hopes dream dreams love hate hates hatred anger angry rage contempt disdain ' +
    'destroy destroys destroyed ruin ruins ruined wreck wrecked undermine undermines undermined ' +
    'sabotage exploit exploits exploited pander panders pandering smear smears attack attacks ' +
    'weaponize weaponized weaponizing indoctrinate indoctrination brainwash censor censorship ' +
    'silence silenced trample trampled obsessed obsession freedom liberty tyranny ' +
    // A verdict in one noun: "the decision was a mistake", "a triumph for the party".
    'mistake mistakes blunder blunders misstep missteps boondoggle embarrassment triumph masterpiece',
);

/** Hedged or weasel attributions the writer makes without a named source. */
export const WEASEL = set(
  'reportedly allegedly purportedly supposedly ostensibly so-called critics experts observers ' +
    'some many most few',
);

/** Comparative and superlative heads that are not formed with -er/-est. */
export const DEGREE_WORDS = set('more most less least better best worse worst greater greatest');

/**
 * Colourful verbs and nouns of depiction: how a writer paints an act instead of naming it
 * ("ripped", "tirade", "crusade"). Base forms; the feature code strips -s, -ed and -ing.
 */
export const SLANT = set(
  'rip slam blast bash lash lambaste trash shred skewer torch unload unleash erupt explode fume rant ' +
    'rave whine whimper gloat boast brag tout peddle push spew spout parrot regurgitate hawk shill ' +
    'cheerlead cozy kowtow grovel cave capitulate flip-flop backpedal dodge duck evade stonewall ' +
    'scramble flounder stumble bungle botch fumble meddle scheme plot collude conspire cover-up ' +
    'whitewash rig hijack seize grab snatch loot plunder gut slash scrap axe torpedo derail sabotage ' +
    'stoke fuel inflame incite stir foment weaponize exploit prey bully intimidate harass threaten ' +
    'bully berate scold lecture preach moralize virtue-signal grandstand posture pander spin ' +
    'brutalize terrorize demonize vilify smear slander malign disparage belittle mock sneer scoff ' +
    'tirade crusade rampage meltdown tantrum outburst screed diatribe harangue jeremiad broadside ' +
    'onslaught assault war invasion flood surge influx horde swarm wave scourge plague epidemic ' +
    'blow setback debacle fiasco embarrassment humiliation rebuke snub slap gaffe blunder stunt ' +
    'ploy gimmick charade sham scam grift con racket swindle windfall giveaway handout bailout ' +
    'boondoggle pork loophole wasteland hellhole cesspool quagmire morass swamp bloodbath carnage ' +
    'massacre slaughter purge witch-hunt lynching inquisition gestapo thug goon henchman lackey ' +
    'crony sycophant cheerleader mouthpiece shill apologist denier alarmist fearmonger conspiracy ' +
    'theorist zealot ideologue demagogue firebrand agitator provocateur troll bigot racist ' +
    'misogynist xenophobe fascist communist socialist marxist radical leftist rightwing far-right ' +
    'far-left hard-left hard-right ultra-conservative ultra-liberal anti-american unamerican ' +
    'pro-abortion anti-life anti-gun gun-grabber illegals illegal-alien amnesty open-borders ' +
    'gushing fawning glowing breathless slavish cushy lavish bloated wasteful ill-conceived ' +
    'half-baked wrongheaded knee-jerk heavy-handed high-handed ham-fisted tone-deaf out-of-touch ' +
    'so-called self-proclaimed self-styled would-be wannabe notorious infamous disgraced embattled ' +
    'beleaguered hapless feckless spineless gutless brazen defiant unrepentant unapologetic ' +
    'vaunted much-hyped overblown overhyped exaggerated inflated dubious debunked discredited ' +
    'baseless unfounded unsubstantiated conspiratorial fringe extreme extremist hardline ' +
    'militant radicalized divisive polarizing controversial incendiary inflammatory vitriolic ' +
    'venomous hateful vile despicable contemptible deplorable abhorrent odious loathsome ' +
    'blatant flagrant naked shameless unabashed unconscionable indefensible unforgivable ' +
    'heartless callous cold-blooded cruel inhumane barbaric draconian punitive harsh sweeping ' +
    'radical drastic aggressive relentless ruthless merciless unrelenting unprecedented historic ' +
    'landmark sweeping massive huge enormous staggering whopping astronomical skyrocketing ' +
    'soaring plummeting crumbling collapsing failing failed broken rigged corrupt crooked ' +
    'lawless reckless dangerous deadly lethal toxic poisonous',
);

/**
 * Partisan labels and framings: words that name a side, an opponent or an issue the way one camp
 * does ("anti-vaxxer", "gun grabber", "pro-abortion", "illegal aliens").
 */
export const PARTISAN = set(
  'leftist leftists left-wing right-wing far-right far-left alt-right alt-left radical-left ' +
    'socialists socialism communists communism marxism marxists fascism fascists nazi nazis ' +
    'neo-nazi neo-nazis supremacist supremacists supremacy nationalist nationalists nationalism ' +
    'globalist globalists globalism elitism elites establishment deep-state swamp rinos rino ' +
    'libs libtards snowflakes snowflake woke wokeness sjw trumpers trumpism maga never-trumpers ' +
    'democrat-run dem dems gop-led anti-vaxxers anti-vaxxer anti-vax vaxxers truthers birther ' +
    'deniers denier denialism alarmists alarmism climate-change-denier pro-abortion ' +
    'abortionists abortionist baby-killing unborn pro-life pro-choice anti-choice anti-abortion ' +
    'forced-birth gun-grabbers gun-grabbing gun-nuts illegals aliens alien amnesty open-borders ' +
    'invasion invaders chain-migration anchor sanctuary mob mobs rioters looters thugs antifa ' +
    'insurrection insurrectionists insurrectionist seditionists sedition traitor traitors treason ' +
    'treasonous coup propaganda propagandist regime regimes dictator dictators dictatorship ' +
    'autocrat autocrats authoritarianism tyrant tyrants oligarch oligarchs plutocrats ' +
    'billionaires corporatists big-pharma big-tech big-oil mainstream-media msm fake-news ' +
    'lamestream cabal puppet puppets puppeteer stooges lapdog lapdogs cronyism nepotism ' +
    'indoctrination groomers grooming radicalization hysteria fearmongering scaremongering ' +
    'censorship cancel-culture virtue-signaling identity-politics critical-race-theory ' +
    'white-privilege systemic patriarchy misogyny bigotry homophobia homophobic transphobic ' +
    'transphobia islamophobia islamophobic xenophobia racism racists hate-speech hatemongers',
);

/**
 * More words of depiction common in partisan news writing, kept apart from SLANT only to keep
 * each list readable. Base forms.
 */
export const DEPICTION = set(
  'absurdity arrogance audacity blunder bluster bombast bravado buffoon buffoonery charlatan ' +
    'chicanery clown con-man crackpot crook deceit deception delusion demagoguery dereliction ' +
    'disarray duplicity farce fearmonger fraudster fury gall greed grifter hack hatchet hubris ' +
    'huckster idiocy idiot ignorance incompetence ineptitude insanity lunacy lunatic madness ' +
    'malfeasance mendacity misconduct misinformation disinformation moron nonsense obstruction ' +
    'outrage pandemonium paranoia perfidy pettiness phony pomposity quack rhetoric scoundrel ' +
    'shenanigans smug snake spectacle stench stupidity travesty treachery trickery tripe ' +
    'villain villainy vitriol whining zealotry bogus bonkers crass creepy cringe cringeworthy ' +
    'deranged dimwitted dopey dumbest empty fanatical fishy flimsy foolhardy goofy gullible ' +
    'half-hearted hollow idiotic ill-advised ill-informed imbecilic inane incoherent infantile ' +
    'insulting juvenile lame loony mindless moronic nutty obnoxious pompous puerile rabid rambling ' +
    'sanctimonious self-serving shady sleazy slimy smarmy sneaky spurious unhinged unserious vapid ' +
    'wacky weird whiny wild wretched alarming appalled aghast furious incensed livid outraged ' +
    'seething stunned terrified horrified disgusted enraged infuriated irate angrily bitterly ' +
    'furiously desperately frantically wildly shamelessly blatantly brazenly falsely wrongly ' +
    'baselessly recklessly dangerously cynically conveniently curiously mysteriously ' +
    'suspiciously tellingly ironically predictably unsurprisingly laughably ridiculously ' +
    'embarrassingly woefully sorely grossly badly sadly tragically shockingly stunningly ' +
    'staggeringly jaw-dropping eye-popping mind-boggling head-scratching bombshell explosive ' +
    'damning scathing blistering searing withering stinging fiery furious heated bitter nasty ' +
    'ugly messy chaotic turbulent tumultuous explosive catastrophic apocalyptic doomsday ' +
    'existential grave dire crippling devastating ravaging sweeping radical extreme draconian ' +
    'onerous burdensome job-killing job-crushing tax-hiking big-government nanny-state',
);

/**
 * Everyday evaluative adjectives and adverbs: the writer grading things (good, poor, odd, vague),
 * beyond the strongly charged words above. Base forms.
 */
export const GRADING = set(
  'acceptable adequate admirably appropriate awkward beneficial better bland boring careful ' +
    'cheap clever clumsy confused confusing convenient convincing costly crude curious decent ' +
    'deficient delicate difficult disappointing doubtful dull easy effective efficient elegant ' +
    'emotional encouraging excessive exciting fascinating flimsy fortunate fragile frustrating ' +
    'fruitful generous gentle hard harmful harmless healthy helpful helpless hopeful hopeless ' +
    'ideal illogical impractical improper inadequate inappropriate incoherent inconsistent ' +
    'inconvenient ineffective inefficient inevitable inferior insufficient intelligent ' +
    'interesting irrational irrelevant lucky mediocre mild modest naive neat nice odd ' +
    'overdue overwhelming painful peculiar pleasant plausible pointless polite poor powerful ' +
    'practical pragmatic precious predictable pretentious problematic productive proper ' +
    'questionable rational reasonable refreshing regrettable relevant reliable remarkable ' +
    'ridiculous risky rough rude sensible shallow silly simplistic skilful skillful sloppy ' +
    'sophisticated sound stale strange striking stubborn subtle superficial superior ' +
    'suspicious tedious terrible thoughtless timid tiresome tough trivial troubled ugly ' +
    'unacceptable unbelievable uncomfortable unconvincing understandable undesirable uneasy ' +
    'unfortunate unhealthy unhelpful unimportant unlucky unnecessary unpleasant unpopular ' +
    'unrealistic unreasonable unreliable unsatisfactory unstable unsustainable unwise unworthy ' +
    'useful vague valid viable vulnerable weird welcome wasteful wise worrying worthwhile ' +
    'admittedly alas fortunately unfortunately happily sadly regrettably hopefully thankfully ' +
    'oddly strangely curiously surprisingly interestingly remarkably notoriously rightly ' +
    'wrongly justly unjustly wisely foolishly needlessly pointlessly arguably supposedly',
);

/**
 * More evaluative adjectives and adverbs of everyday English, negative and positive, for the
 * grading feature (kept apart from GRADING only to keep each list short enough to read).
 */
export const GRADING_MORE = set(
  'abject abrasive abusive aimless alarmingly amateurish ambiguous anemic annoying antiquated ' +
    'apathetic arbitrary arrogant atrocious baffling banal belligerent bitter bleak boastful ' +
    'bumbling callously capricious careless chilling clueless cocky complacent conceited ' +
    'condescending contemptuous contrived corrosive counterproductive cowardly craven creepy ' +
    'cringing cumbersome cunning daft damaging dangerous dastardly debilitating deceptive ' +
    'defective degrading dehumanizing demeaning deplorable desperate destabilizing detrimental ' +
    'dire dirty disdainful dishonorable disingenuous dismissive disorganized disreputable ' +
    'disrespectful disruptive distasteful distorted dodgy dogmatic domineering dreary dysfunctional ' +
    'erratic evasive exasperating exploitative fanciful far-fetched fatuous faulty fickle fishy ' +
    'frivolous futile garish glib greedy grim gross hamfisted haphazard harsh hasty heavy-handed ' +
    'hideous hostile humiliating hysterical ignoble ill-fated immature impetuous imprudent ' +
    'impulsive inane incapable incompetent inconsiderate indecent indifferent inept inexcusable ' +
    'inexperienced infuriating inhumane insensitive insincere insipid insolent intolerable ' +
    'intolerant irksome irrational jarring lax lousy malicious manipulative meddlesome mendacious ' +
    'messy miserable misleading miserly muddled murky narrow-minded negligent nonsensical ' +
    'objectionable oblivious obsolete obstinate opportunistic oppressive overbearing overrated ' +
    'paltry patronizing perverse petulant pitiful pompous preachy presumptuous pretentious ' +
    'reckless repressive repulsive resentful rigid ruinous sanctimonious scandalous scornful ' +
    'self-righteous selfish senseless shabby short-sighted shortsighted sickening simplistic ' +
    'sinister slipshod sloppy sly smug sneaky snobbish sordid spiteful squalid stingy sub-par ' +
    'substandard tacky tasteless tawdry thoughtless threatening tiresome treacherous twisted ' +
    'unbearable uncaring uncivil underhanded undeserved unethical unfit unforgivable unjustified ' +
    'unprofessional unqualified unscrupulous unsound untrustworthy unwarranted unwelcome ' +
    'vengeful vindictive wanton wayward wishy-washy woeful wrongheaded ' +
    'accomplished adept admirable adorable agile ambitious astute authentic balanced blessed ' +
    'bright capable charming cherished competent compassionate confident conscientious ' +
    'considerate constructive courteous creative credible dazzling deft dependable deserving ' +
    'diligent dignified distinguished dynamic eloquent eminent empathetic energetic enlightened ' +
    'enlightening enthusiastic esteemed ethical exemplary exquisite faithful fearless fine-tuned ' +
    'flawless forward-thinking gifted gracious hardworking heartening heartwarming honorable ' +
    'humane humble idealistic illustrious imaginative impeccable incisive industrious ' +
    'ingenious innovative insightful inspired judicious just kind laudable level-headed loyal ' +
    'lucid magnanimous mature measured meritorious meticulous modern-minded moral nimble ' +
    'open-minded optimistic passionate patient peerless perceptive persuasive pioneering ' +
    'poised polished praiseworthy prescient prestigious proficient progressive prudent ' +
    'reassuring refined reliable renowned resilient resolute resourceful respected responsible ' +
    'revered righteous sagacious seasoned selfless sharp shrewd skilled sparkling spectacular ' +
    'stalwart stately steady sterling stunning sublime supportive talented tenacious ' +
    'thoughtful timely tolerant trusted truthful unflappable unselfish upstanding venerable ' +
    'versatile vigilant virtuous warm-hearted well-intentioned wholesome worthwhile zealous',
);
