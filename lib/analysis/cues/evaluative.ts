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
    'nightmarish grim bleak dire ominous menacing brutal barbaric savage',
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

/** Words of necessity and importance the writer asserts ("crucial", "essential"). */
export const IMPORTANCE = set(
  'crucial critical essential fundamental imperative important indispensable key necessary ' +
    'paramount pivotal significant urgent vital decisive central major serious grave profound ' +
    'inevitable obvious evident undeniable unquestionable self-evident',
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
    'silence silenced trample trampled obsessed obsession freedom liberty tyranny',
);

/** Hedged or weasel attributions the writer makes without a named source. */
export const WEASEL = set(
  'reportedly allegedly purportedly supposedly ostensibly so-called critics experts observers ' +
    'some many most few',
);

/** Comparative and superlative heads that are not formed with -er/-est. */
export const DEGREE_WORDS = set('more most less least better best worse worst greater greatest');
