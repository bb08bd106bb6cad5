/**
 * Claims: the check-worthy assertions of an article, each with who asserts it, the verb and how
 * certain it is put. A sentence is a claim when a source is reported saying it, or when the
 * outlet asserts something checkable (a judgement, a cause, a prediction, a figure). Reported
 * speech embedded in another sentence ("..., with X accusing Y of ...", "X’s optimism regarding
 * ...") becomes a claim of its own for that speaker.
 */
import { REFERENCE_MARK } from './segment';
import type { Mention } from './tone';
import type { BlockKind, Claim, Entity, LoadedMatch, Sentence } from './types';

export interface ClaimInput {
  sentence: Sentence;
  kind: BlockKind;
  /** Loaded terms of the sentence, sentence-relative. */
  loaded: LoadedMatch[];
  /** Entities named in the sentence, block offsets. */
  mentions: Mention[];
}

// Word lists as plain (non-unicode) regular expressions: V8 runs these several times faster, and
// only English text reaches them. Words that make an assertion tentative or emphatic; the
// loaded lexicon's hedges are added.
const HEDGE =
  /\b(?:may|might|could|possibly|perhaps|probably|likely|unlikely|reportedly|allegedly|apparently|purportedly|supposedly|seemingly|appears? to|seems? to|is (?:thought|believed|said) to|are (?:thought|believed|said) to|suggests?|arguably)\b/gi;
const BOOSTER =
  /\b(?:clearly|undoubtedly|certainly|definitely|obviously|undeniably|surely|indisputably|unquestionably|doubtless|of course|without (?:a |any )?doubt|no doubt|beyond doubt)\b/gi;

// What makes an outlet's plain sentence check-worthy: causes, predictions, comparisons, figures.
const CHECKABLE =
  /\b(?:because|due to|caus(?:e|es|ed|ing)|led to|leads? to|result(?:s|ed)? in|as a result|will|would|is expected to|are expected to|percent|per cent|million|billion|trillion|most|majority|more than|less than|fewer than|doubled|tripled|increased?|decreased?|rose|fell|highest|lowest|largest|biggest)\b/i;
const MONTH =
  /(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?/;
const DATE = new RegExp(
  `(?:${MONTH.source}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s*(?:\\d{4})?|\\b\\d{4}\\b|\\d{1,2}:\\d{2})`,
  'gi',
);

// The verb of an outlet's own assertion, when it uses one that asserts rather than narrates.
const ASSERT_VERB =
  /\b(?:underscores|underscored|highlights|highlighted|shows|showed|proves|proved|demonstrates|demonstrated|reveals|revealed|remains|remained|requires|required|will require|complicates?|complicated|poses?|posed|means|meant|threatens|threatened|undermines|undermined|causes|caused|led to|leads to|results in|resulted in|suggests|suggested)\b/gi;
// Verbs by which the outlet interprets rather than reports: such a sentence is a claim.
const INTERPRETIVE =
  /^(?:underscores|highlights|shows|proves|demonstrates|reveals|means|suggests|complicates?|undermines|threatens|poses?)$/i;
// A determiner or possessive before an -ed form makes it an adjective ("its complicated relationship").
const ADJECTIVE_BEFORE =
  /(?:\b(?:the|a|an|its|his|her|their|our|this|that|these|those|more|most|very)|[’']s)\s+$/iu;

/** The asserting verb of a sentence, skipping participles used as adjectives. */
export function assertingVerb(text: string): string | undefined {
  ASSERT_VERB.lastIndex = 0;
  for (let m = ASSERT_VERB.exec(text); m !== null; m = ASSERT_VERB.exec(text)) {
    if (ADJECTIVE_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
    return m[0];
  }
  return undefined;
}

// A reported-speech verb right after a name: "Peskov accusing NATO of ...", "Aliyev said ...".
const SAYING_AFTER =
  /^\s*(?:,[^,]{1,60},\s*)?(said|says|saying|told|tells|telling|(?:accus|claim|argu|insist|warn|stat|assert|alleg|maintain|contend|charg|deni|deny|predict|declar|announc|acknowledg|admitt?|stress|emphasi[sz]|urg|call|not|repeat|reiterat|complain|dismiss|reject|vow|pledg|promis)(?:e|es|ed|ing|s|ied|ies|y)?)\b/i;
// A stance a person is reported to hold: "Aliyev’s optimism regarding ...".
const STANCE_AFTER =
  /^[’']s\s+(optimism|pessimism|view|views|belief|beliefs|hope|hopes|concern|concerns|claim|claims|assertion|assertions|insistence|position|assessment|warning|warnings|confidence|skepticism|scepticism|doubts?|fears?|argument|stance|demand|demands|promise|pledge|vow|expectation|expectations|accusation|accusations|allegation|allegations|denial)\b/i;

/** Role words before a name ("Kremlin spokesperson", "President"), when entities gave none. */
const ROLE_WORD =
  /(?<![\p{L}])(?:president|prime minister|minister|secretary general|secretary|spokesperson|spokesman|spokeswoman|chancellor|ambassador|senator|governor|mayor|general|chief|chairman|chairwoman|chair|director|leader|head|envoy|commissioner|premier|king|queen)\s+$/iu;
/** Capitalised qualifiers before the role word ("Kremlin", "NATO Secretary"). */
const QUALIFIER = /(?:\p{Lu}[\p{L}.-]*\s+)+$/u;

function findAll(re: RegExp, text: string): string[] {
  // (match with a global regex gives every match's text, without matchAll's copy of the regex)
  return text.match(re) ?? [];
}

/** How sure the claim is put, from hedges and boosters in its text. */
export function certaintyOf(
  text: string,
  loaded: Pick<LoadedMatch, 'category' | 'text'>[] = [],
): {
  certainty: Claim['certainty'];
  hedges: string[];
} {
  const hedges = [
    ...findAll(HEDGE, text),
    ...loaded.filter((l) => l.category === 'hedge').map((l) => l.text),
  ];
  const boosters = findAll(BOOSTER, text);
  const words = [...new Set([...hedges, ...boosters].map((w) => w.toLowerCase()))];
  const certainty = hedges.length ? 'hedged' : boosters.length ? 'boosted' : 'plain';
  return { certainty, hedges: words };
}

/** Whether an outlet's own sentence asserts something worth checking. */
export function isCheckWorthy(
  s: Pick<Sentence, 'text' | 'label'>,
  loaded: Pick<LoadedMatch, 'polarity'>[],
): boolean {
  if (s.label === 'opinion' || s.label === 'claim' || s.label === 'reported-opinion') return true;
  if (loaded.some((l) => l.polarity !== 0)) return true;
  const undated = s.text.replace(DATE, ' ').replace(REFERENCE_MARK, ' ');
  if (/\d/.test(undated) || CHECKABLE.test(undated)) return true;
  const verb = assertingVerb(s.text);
  return verb !== undefined && INTERPRETIVE.test(verb);
}

/** A dateline, credit or fragment: too short to assert anything. */
function isFragment(text: string): boolean {
  // Only English reaches here (the language check comes first), so ASCII and Latin letters do:
  // fewer than four runs of [A-Za-z\u00C0-\u024F], counted without making them.
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length && words < 4; i++) {
    const c = text.charCodeAt(i);
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f);
    if (letter && !inWord) words++;
    inWord = letter;
  }
  return words < 4;
}

/** A question (possibly inside closing quotes) asks rather than asserts. */
function isQuestion(text: string): boolean {
  return (
    /\?[\s"'”’)\]]*$/.test(text) ||
    /\?["”’']\s+(?:[\w.’'-]+\s+){0,4}(?:asked|asks|wondered|wonders)\.?$/i.test(text)
  );
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[\s.!?,;:]/.test(text[e - 1] ?? '')) e--;
  return e;
}

/** Where an embedded claim ends: at the next clause break after it, or the sentence end. */
function clauseEnd(text: string, from: number): number {
  const rest = text.slice(from);
  const m = /[;]|\s[\u2013\u2014-]\s|,\s+(?:but|while|whereas|however|although)\s/u.exec(rest);
  return trimEnd(text, from, m ? from + m.index : text.length);
}

function roleOf(known: string | undefined, text: string, start: number): { role?: string; from: number } {
  const before = text.slice(Math.max(0, start - 60), start);
  const word = ROLE_WORD.exec(before);
  let lead = '';
  if (word) {
    const qualifier = QUALIFIER.exec(before.slice(0, word.index));
    // An article before the qualifier belongs to the sentence, not the title.
    lead = ((qualifier?.[0] ?? '') + word[0]).replace(/^(?:The|A|An)\s+/, '');
  }
  const from = start - lead.length;
  const role = known ?? (lead.trim() || undefined);
  return { ...(role ? { role } : {}), from };
}

/**
 * The claims of an article in reading order. `outlet` names the outlet for its own claims
 * ("The Post").
 */
export function findClaims(items: ClaimInput[], entities: Entity[], outlet: string): Claim[] {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const claims: Claim[] = [];
  for (const { sentence: s, kind, loaded, mentions } of items) {
    // Headings, captions, datelines and questions assert nothing to check.
    if (kind === 'heading' || kind === 'caption' || isFragment(s.text) || isQuestion(s.text)) continue;
    const main: Claim | undefined = (() => {
      const { certainty, hedges } = certaintyOf(s.text, loaded);
      const base = {
        block: s.block,
        start: s.start,
        end: s.end,
        sentence: s.index,
        text: s.text,
        certainty,
        hedges,
      };
      if (s.voice !== 'outlet') {
        const v = s.voice;
        return {
          ...base,
          speaker: v.speaker,
          ...(v.entity ? { entity: v.entity } : {}),
          ...(v.role ? { role: v.role } : {}),
          ...(v.verb ? { verb: v.verb } : {}),
        };
      }
      if (!isCheckWorthy(s, loaded)) return undefined;
      const verb = assertingVerb(s.text);
      return { ...base, speaker: outlet, ...(verb ? { verb } : {}) };
    })();
    if (main) claims.push(main);
    const mainSpeaker = main?.entity ?? main?.speaker;
    // Reported speech inside the sentence, by someone other than its main speaker.
    for (const m of mentions) {
      const e = byId.get(m.entity);
      if (e?.type !== 'person' || e.id === mainSpeaker || e.name === mainSpeaker) continue;
      // A mention may include its possessive ending ("Aliyev’s"); read from before it.
      const at = m.end - s.start - (/[’']s$/u.test(m.text) ? 2 : 0);
      const after = s.text.slice(at, at + 80);
      const saying = SAYING_AFTER.exec(after);
      const stance = saying ? undefined : STANCE_AFTER.exec(after);
      if (!saying && !stance) continue;
      const { role, from } = roleOf(m.role ?? e.role, s.text, m.start - s.start);
      const end = clauseEnd(s.text, at);
      if (end <= from) continue;
      const text = s.text.slice(from, end);
      const { certainty, hedges } = certaintyOf(text);
      claims.push({
        block: s.block,
        start: s.start + from,
        end: s.start + end,
        sentence: s.index,
        text,
        speaker: e.name,
        entity: e.id,
        ...(role ? { role } : {}),
        ...(saying ? { verb: saying[1] } : {}),
        certainty,
        hedges,
      });
    }
  }
  return claims;
}
