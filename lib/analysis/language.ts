/**
 * Language check: is this text English? Our lexicon and rules are English only, so a German or
 * Russian article must be reported as unsupported rather than marked with nonsense. Pure and
 * linear: it looks at (at most) the first few thousand words.
 */

/** Function words: short, frequent, and nearly unique to each language. */
const STOPWORDS: Record<string, string[]> = {
  en: [
    'the',
    'and',
    'of',
    'to',
    'in',
    'is',
    'that',
    'for',
    'it',
    'with',
    'as',
    'was',
    'on',
    'are',
    'by',
    'this',
    'be',
    'from',
    'at',
    'or',
    'an',
    'have',
    'has',
    'not',
    'but',
    'which',
    'its',
    'their',
    'they',
    'he',
    'she',
    'were',
    'been',
    'will',
    'would',
    'also',
    'after',
    'than',
    // Shared with Romance languages ("a"), but a short English sentence may have few others:
    // a tie goes to English.
    'a',
    'said',
    'his',
    'her',
    'who',
    'had',
    'we',
    'you',
    'our',
    'what',
    'there',
    'should',
    'about',
    'into',
    'more',
    'can',
  ],
  de: [
    'der',
    'die',
    'und',
    'das',
    'ist',
    'nicht',
    'mit',
    'den',
    'von',
    'zu',
    'ein',
    'eine',
    'sich',
    'auf',
    'dem',
    'auch',
    'es',
    'wird',
    'für',
    'im',
    'des',
    'sie',
    'nach',
    'bei',
    'werden',
    'oder',
    'wie',
    'aus',
    'hat',
    'sind',
    'noch',
    'einer',
    'über',
    'durch',
    'aber',
  ],
  fr: [
    'le',
    'la',
    'les',
    'et',
    'des',
    'du',
    'un',
    'une',
    'est',
    'que',
    'qui',
    'dans',
    'pour',
    'pas',
    'sur',
    'au',
    'avec',
    'par',
    'ce',
    'il',
    'elle',
    'sont',
    'aux',
    'mais',
    'ont',
    'été',
    'cette',
    'leur',
    'ses',
    'nous',
    'vous',
    'être',
  ],
  es: [
    'el',
    'la',
    'los',
    'las',
    'y',
    'de',
    'que',
    'en',
    'un',
    'una',
    'es',
    'por',
    'con',
    'para',
    'del',
    'se',
    'su',
    'al',
    'lo',
    'como',
    'más',
    'pero',
    'sus',
    'fue',
    'este',
    'esta',
    'ha',
    'han',
    'muy',
  ],
  it: [
    'il',
    'di',
    'che',
    'e',
    'la',
    'per',
    'un',
    'una',
    'del',
    'della',
    'non',
    'sono',
    'con',
    'gli',
    'le',
    'da',
    'si',
    'nel',
    'alla',
    'anche',
    'più',
    'come',
    'ha',
    'dei',
    'delle',
    'questo',
    'ma',
  ],
  pt: [
    'o',
    'a',
    'os',
    'as',
    'de',
    'que',
    'e',
    'do',
    'da',
    'em',
    'um',
    'uma',
    'para',
    'com',
    'não',
    'dos',
    'das',
    'por',
    'se',
    'na',
    'no',
    'mais',
    'como',
    'foi',
    'ao',
    'seu',
    'sua',
    'são',
    'mas',
  ],
  nl: [
    'de',
    'het',
    'een',
    'en',
    'van',
    'is',
    'dat',
    'op',
    'te',
    'in',
    'voor',
    'niet',
    'met',
    'zijn',
    'aan',
    'er',
    'ook',
    'als',
    'bij',
    'door',
    'wordt',
    'naar',
    'maar',
    'nog',
    'werd',
    'dit',
    'deze',
  ],
  // Latin: placeholder "lorem ipsum" text is Latin-like, and a page of it is not English prose.
  la: [
    'et',
    'est',
    'ut',
    'sed',
    'non',
    'ad',
    'cum',
    'quis',
    'qui',
    'quod',
    'nisi',
    'enim',
    'atque',
    'sunt',
    'esse',
    'ex',
    'aut',
    'nec',
    'vel',
  ],
};

const LANGUAGE_NAMES: Record<string, string> = {
  en: 'English',
  de: 'German',
  fr: 'French',
  es: 'Spanish',
  it: 'Italian',
  pt: 'Portuguese',
  nl: 'Dutch',
  la: 'Latin',
  ru: 'Russian',
  uk: 'Ukrainian',
  el: 'Greek',
  ar: 'Arabic',
  he: 'Hebrew',
  fa: 'Persian',
  zh: 'Chinese',
  ja: 'Japanese',
  ko: 'Korean',
  hi: 'Hindi',
  th: 'Thai',
  tr: 'Turkish',
  pl: 'Polish',
  sv: 'Swedish',
  cs: 'Czech',
  sk: 'Slovak',
  hu: 'Hungarian',
  ro: 'Romanian',
  fi: 'Finnish',
  da: 'Danish',
  no: 'Norwegian',
  nb: 'Norwegian',
  bg: 'Bulgarian',
  sr: 'Serbian',
  hr: 'Croatian',
  ca: 'Catalan',
  id: 'Indonesian',
  vi: 'Vietnamese',
};

/** Non-Latin scripts (code point ranges) name their language family well enough for a notice. */
const SCRIPTS: [number, number, string][] = [
  [0x0400, 0x04ff, 'ru'],
  [0x0370, 0x03ff, 'el'],
  [0x0600, 0x06ff, 'ar'],
  [0x0590, 0x05ff, 'he'],
  [0x3040, 0x30ff, 'ja'],
  [0xac00, 0xd7af, 'ko'],
  [0x4e00, 0x9fff, 'zh'],
  [0x0900, 0x097f, 'hi'],
  [0x0e00, 0x0e7f, 'th'],
];

const LOOKUP = new Map<string, string[]>();
for (const [lang, words] of Object.entries(STOPWORDS)) {
  for (const w of words) LOOKUP.set(w, [...(LOOKUP.get(w) ?? []), lang]);
}

/** How much text we look at: enough to be sure, bounded so the check stays cheap. */
const MAX_CHARS = 20_000;
/** Below this many words the text alone cannot decide; the page's own tag does. */
const MIN_WORDS = 12;

export interface LanguageGuess {
  /** Primary subtag: "en", "de", ..., or "und" when nothing can be said. */
  language: string;
  /** Share of words that are English function words (0..1). */
  englishRatio: number;
  /** Whether the text itself was long enough to decide. */
  confident: boolean;
}

/** Length of the longest listed word (UTF-16 units). */
const LOOKUP_LONGEST = Math.max(...[...LOOKUP.keys()].map((w) => w.length));

/** Index of the non-Latin script holding code unit c, or -1. */
function scriptOf(c: number): number {
  for (let k = 0; k < SCRIPTS.length; k++) if (c >= SCRIPTS[k]![0] && c <= SCRIPTS[k]![1]) return k;
  return -1;
}

const LETTER = /\p{L}/u;

/** UTF-16 units of the letter at i (2 outside the BMP), 0 when it is none. */
function letterAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 128) return (c | 32) >= 97 && (c | 32) <= 122 ? 1 : 0;
  const cp = text.codePointAt(i)!;
  if (!LETTER.test(String.fromCodePoint(cp))) return 0;
  return cp > 0xffff ? 2 : 1;
}

/** Guess the language of a text from its script and its function words. */
export function guessLanguage(text: string): LanguageGuess {
  const sample = text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text;
  // One pass over the characters: Latin letters, and hits per non-Latin script.
  let letters = 0;
  let latin = 0;
  const scriptHits = SCRIPTS.map(() => 0);
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (
      (c >= 65 && c <= 90) ||
      (c >= 97 && c <= 122) ||
      (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)
    ) {
      letters++;
      latin++;
    } else if (c > 0x24f) {
      const k = scriptOf(c);
      if (k >= 0) {
        letters++;
        scriptHits[k]!++;
      } else if (/\p{L}/u.test(sample[i]!)) letters++;
    }
  }
  if (letters === 0) return { language: 'und', englishRatio: 0, confident: false };
  if (latin / letters < 0.5) {
    for (let k = 0; k < SCRIPTS.length; k++) {
      if (scriptHits[k]! / letters > 0.2)
        return { language: SCRIPTS[k]![2], englishRatio: 0, confident: letters >= 40 };
    }
    return { language: 'und', englishRatio: 0, confident: false };
  }
  const counts: Record<string, number> = {};
  let words = 0;
  // The runs /\p{L}+/gu matches; only those short enough to be a listed word are cut out.
  const lower = sample.toLowerCase();
  for (let i = 0; i < lower.length; ) {
    let k = letterAt(lower, i);
    if (k === 0) {
      i++;
      continue;
    }
    const start = i;
    while (k > 0) {
      i += k;
      k = letterAt(lower, i);
    }
    words++;
    if (i - start > LOOKUP_LONGEST) continue;
    const langs = LOOKUP.get(lower.slice(start, i));
    if (langs) for (const l of langs) counts[l] = (counts[l] ?? 0) + 1;
  }
  const englishRatio = words ? (counts.en ?? 0) / words : 0;
  let best = 'und';
  let bestCount = 0;
  for (const [lang, n] of Object.entries(counts)) {
    if (n > bestCount || (n === bestCount && lang === 'en')) {
      best = lang;
      bestCount = n;
    }
  }
  // English prose runs at 30-50% function words; a few stray hits say little.
  const confident = words >= MIN_WORDS && bestCount / words >= 0.08;
  return { language: confident ? best : 'und', englishRatio, confident };
}

export interface LanguageCheck {
  language: string;
  supported: boolean;
  notice?: string;
}

/** The primary subtag of a BCP 47 tag: "en-GB" -> "en". */
function primary(tag: string | undefined): string | undefined {
  const p = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return p && /^[a-z]{2,3}$/.test(p) ? p : undefined;
}

/** Say what a language is called, for the notice. */
export function languageName(code: string): string {
  return LANGUAGE_NAMES[code] ?? `another language (${code})`;
}

/**
 * Decide whether to analyse: the text decides when it is long enough to be sure (pages often
 * carry a wrong or template-wide lang tag); otherwise the page's own tag; otherwise English.
 */
export function checkLanguage(text: string, metaLang?: string): LanguageCheck {
  const guess = guessLanguage(text);
  const tagged = primary(metaLang);
  const language = guess.confident
    ? guess.language
    : (tagged ?? (guess.language !== 'und' ? guess.language : 'en'));
  if (language === 'en') return { language, supported: true };
  return {
    language,
    supported: false,
    notice: `This article appears to be in ${languageName(language)}. Slantwise reads English only, so nothing on this page is marked.`,
  };
}
