/**
 * Inflected surface forms for lexicon terms. We over-generate on purpose: a form that is not an
 * English word ("visitted") never occurs in text, so it costs nothing, while a missed real form
 * ("slammed") is a missed loaded term. Forms are lower case; apostrophes are straight.
 */

/**
 * Irregular verbs: base -> [3sg, past, past participle, -ing]. The lexicon's heads inflect by it, and
 * the voice pass reads any of these forms as a verb (IRREGULAR_FORMS). A verb whose past is its base
 * ("hit", "put") lists no past.
 */
const IRREGULAR_VERBS: Record<string, string[]> = {
  be: ['is', 'are', 'was', 'were', 'been', 'being'],
  have: ['has', 'had', 'having'],
  say: ['says', 'said', 'saying'],
  tell: ['tells', 'told', 'telling'],
  fight: ['fights', 'fought', 'fighting'],
  hit: ['hits', 'hitting'],
  seek: ['seeks', 'sought', 'seeking'],
  shake: ['shakes', 'shook', 'shaken', 'shaking'],
  take: ['takes', 'took', 'taken', 'taking'],
  break: ['breaks', 'broke', 'broken', 'breaking'],
  make: ['makes', 'made', 'making'],
  throw: ['throws', 'threw', 'thrown', 'throwing'],
  tear: ['tears', 'tore', 'torn', 'tearing'],
  strike: ['strikes', 'struck', 'stricken', 'striking'],
  speak: ['speaks', 'spoke', 'spoken', 'speaking'],
  write: ['writes', 'wrote', 'written', 'writing'],
  give: ['gives', 'gave', 'given', 'giving'],
  go: ['goes', 'went', 'gone', 'going'],
  run: ['runs', 'ran', 'running'],
  sink: ['sinks', 'sank', 'sunk', 'sinking'],
  swear: ['swears', 'swore', 'sworn', 'swearing'],
  lie: ['lies', 'lied', 'lying'],
  die: ['dies', 'died', 'dying'],
  lay: ['lays', 'laid', 'laying'],
  pay: ['pays', 'paid', 'paying'],
  spin: ['spins', 'spun', 'spinning'],
  shoot: ['shoots', 'shot', 'shooting'],
  stand: ['stands', 'stood', 'standing'],
  draw: ['draws', 'drew', 'drawn', 'drawing'],
  blow: ['blows', 'blew', 'blown', 'blowing'],
  grow: ['grows', 'grew', 'grown', 'growing'],
  know: ['knows', 'knew', 'known', 'knowing'],
  think: ['thinks', 'thought', 'thinking'],
  find: ['finds', 'found', 'finding'],
  hold: ['holds', 'held', 'holding'],
  keep: ['keeps', 'kept', 'keeping'],
  lead: ['leads', 'led', 'leading'],
  leave: ['leaves', 'left', 'leaving'],
  bring: ['brings', 'brought', 'bringing'],
  come: ['comes', 'came', 'coming'],
  get: ['gets', 'got', 'gotten', 'getting'],
  let: ['lets', 'letting'],
  put: ['puts', 'putting'],
  set: ['sets', 'setting'],
  cut: ['cuts', 'cutting'],
  sell: ['sells', 'sold', 'selling'],
  steal: ['steals', 'stole', 'stolen', 'stealing'],
  bite: ['bites', 'bit', 'bitten', 'biting'],
  fall: ['falls', 'fell', 'fallen', 'falling'],
  feel: ['feels', 'felt', 'feeling'],
  mislead: ['misleads', 'misled', 'misleading'],
  undertake: ['undertakes', 'undertook', 'undertaken', 'undertaking'],
  overthrow: ['overthrows', 'overthrew', 'overthrown', 'overthrowing'],
  withdraw: ['withdraws', 'withdrew', 'withdrawn', 'withdrawing'],
  forsake: ['forsakes', 'forsook', 'forsaken', 'forsaking'],
  bear: ['bears', 'bore', 'borne', 'bearing'],
  meet: ['meets', 'met', 'meeting'],
  win: ['wins', 'won', 'winning'],
  lose: ['loses', 'lost', 'losing'],
  send: ['sends', 'sent', 'sending'],
  spend: ['spends', 'spent', 'spending'],
  choose: ['chooses', 'chose', 'chosen', 'choosing'],
  drive: ['drives', 'drove', 'driven', 'driving'],
  rise: ['rises', 'rose', 'risen', 'rising'],
  flee: ['flees', 'fled', 'fleeing'],
  sit: ['sits', 'sat', 'sitting'],
  see: ['sees', 'saw', 'seen', 'seeing'],
  begin: ['begins', 'began', 'begun', 'beginning'],
  become: ['becomes', 'became', 'becoming'],
  fly: ['flies', 'flew', 'flown', 'flying'],
  buy: ['buys', 'bought', 'buying'],
  catch: ['catches', 'caught', 'catching'],
  teach: ['teaches', 'taught', 'teaching'],
  hear: ['hears', 'heard', 'hearing'],
  shut: ['shuts', 'shutting'],
  quit: ['quits', 'quitting'],
  read: ['reads', 'reading'],
};

/**
 * Every irregular form of the verbs above, and the base of a verb whose past is its base ("hit",
 * "put", "read"): a word among them is a verb form, not a noun.
 */
export const IRREGULAR_FORMS: ReadonlySet<string> = new Set(
  Object.entries(IRREGULAR_VERBS).flatMap(([base, forms]) =>
    forms.some((f) => !f.endsWith('s') && !f.endsWith('ing')) ? forms : [base, ...forms],
  ),
);

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

function isVowel(ch: string | undefined): boolean {
  return ch !== undefined && VOWELS.has(ch);
}

/** Plural (and 3rd person singular, which is spelled the same way). */
export function pluralize(word: string): string[] {
  if (/(s|x|z|ch|sh)$/.test(word)) return [`${word}es`];
  if (word.endsWith('y') && !isVowel(word[word.length - 2])) return [`${word.slice(0, -1)}ies`];
  if (word.endsWith('man')) return [`${word.slice(0, -3)}men`, `${word}s`];
  return [`${word}s`];
}

/** Regular verb forms: -s, -ed, -ing, with both doubled and plain final consonants. */
export function verbForms(word: string): string[] {
  const irregular = IRREGULAR_VERBS[word];
  if (irregular) return irregular;
  const out = new Set<string>(pluralize(word));
  const last = word[word.length - 1] ?? '';
  const prev = word[word.length - 2];
  if (last === 'e') {
    const stem = word.slice(0, -1);
    out.add(`${stem}ed`);
    out.add(`${stem}ing`);
    if (word.endsWith('ie')) out.add(`${word.slice(0, -2)}ying`);
  } else if (last === 'y' && !isVowel(prev)) {
    out.add(`${word.slice(0, -1)}ied`);
    out.add(`${word}ing`);
  } else {
    out.add(`${word}ed`);
    out.add(`${word}ing`);
    // Consonant-vowel-consonant endings often double (slammed, admitted); when they do not
    // (visited), the doubled form simply never occurs.
    if (!isVowel(last) && isVowel(prev) && !isVowel(word[word.length - 3]) && !/[wxy]/.test(last)) {
      out.add(`${word}${last}ed`);
      out.add(`${word}${last}ing`);
    }
    // British spelling doubles a final l after any vowel (fuelled, labelled, signalled).
    if (last === 'l' && isVowel(prev)) {
      out.add(`${word}led`);
      out.add(`${word}ling`);
    }
    if (last === 'c') {
      out.add(`${word}ked`);
      out.add(`${word}king`);
    }
  }
  return [...out];
}

/** Comparative and superlative (crazier, cruellest, harshest); only short adjectives take them. */
export function adjectiveForms(word: string): string[] {
  if (word.length > 7 || word.includes('-')) return [];
  const last = word[word.length - 1] ?? '';
  const prev = word[word.length - 2];
  if (last === 'e') return [`${word}r`, `${word}st`];
  if (last === 'y' && !isVowel(prev)) return [`${word.slice(0, -1)}ier`, `${word.slice(0, -1)}iest`];
  const out = [`${word}er`, `${word}est`];
  if (!isVowel(last) && isVowel(prev) && !isVowel(word[word.length - 3]) && !/[wxy]/.test(last)) {
    out.push(`${word}${last}er`, `${word}${last}est`);
  }
  if (last === 'l' && isVowel(prev)) out.push(`${word}ler`, `${word}lest`);
  return out;
}

export type InflectPos = 'adj' | 'noun' | 'verb' | 'adv' | 'phrase';

/** All forms of one word for a part of speech, the base form first. */
export function wordForms(word: string, pos: InflectPos): string[] {
  if (!/^[a-z]+$/.test(word)) return [word];
  switch (pos) {
    case 'noun':
      return [word, ...pluralize(word)];
    case 'verb':
      return [word, ...verbForms(word)];
    case 'phrase':
      return [word, ...pluralize(word), ...verbForms(word)];
    case 'adj':
      return [word, ...adjectiveForms(word)];
    default:
      return [word];
  }
}

/**
 * Forms of a multi-part term (parts already split). Single words inflect by their part of speech.
 * Phrases inflect their first part as a verb ("seek to gain a foothold" -> "seeking to ...") and
 * their last part as a noun or verb ("power grab" -> "power grabs", "critics say" -> "critics said").
 */
export function termForms(parts: string[], pos: InflectPos): string[][] {
  const first = parts[0] ?? '';
  if (parts.length === 1) return wordForms(first, pos).map((w) => [w]);
  const seen = new Set<string>();
  const out: string[][] = [];
  const add = (p: string[]) => {
    const key = p.join(' ');
    if (!seen.has(key)) {
      seen.add(key);
      out.push(p);
    }
  };
  add(parts);
  if (pos === 'adj' || pos === 'adv') return out;
  const firsts = pos === 'noun' ? [first] : wordForms(first, 'verb');
  const last = parts[parts.length - 1] ?? '';
  const lasts = pos === 'verb' ? [last] : wordForms(last, pos === 'noun' ? 'noun' : 'phrase');
  for (const f of firsts) {
    for (const l of lasts) {
      const p = parts.slice();
      p[0] = f;
      p[p.length - 1] = l;
      add(p);
    }
  }
  return out;
}
