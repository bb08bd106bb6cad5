/**
 * The shape of every message in lib/messages.ts, checked where it arrives. A message that does not
 * fit its kind's schema (wrong types, unknown kind, too large) is dropped and counted, never acted
 * on or stored. The checks are small predicates, no library: types, allowed values, sizes.
 * A Report (built by our own engine in the background) is checked for its structure: the fields
 * the badge, popup and card read, with their types.
 */
import type { ArticleInput, ArticleMeta, Block, BlockKind, RelatedInput, Report } from './analysis/types';
import { LOADED_CATEGORIES } from './lexicon/categories';
import type { ContentToBackground, PageState, PopupToBackground, Replies, ToContent } from './messages';

// ---------------------------------------------------------------- sizes

/** The most an article sent for analysis may hold; the content script trims to these (fitInput). */
export const LIMITS = {
  blocks: 200_000,
  /** All block text together (the engine analyses the first 150,000 characters of it). */
  textChars: 20_000_000,
  /** One meta field (title, site, byline, date, lang). */
  metaChars: 10_000,
  urlChars: 65_536,
  links: 1_000,
  linkTitleChars: 2_000,
  errorChars: 2_000,
} as const;

// ---------------------------------------------------------------- predicates

type Check = (v: unknown) => boolean;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const str =
  (max: number): Check =>
  (v) =>
    typeof v === 'string' && v.length <= max;
const anyStr: Check = (v) => typeof v === 'string';
const num: Check = (v) => typeof v === 'number' && Number.isFinite(v);
const int =
  (min = 0, max = Number.MAX_SAFE_INTEGER): Check =>
  (v) =>
    Number.isInteger(v) && (v as number) >= min && (v as number) <= max;
const bool: Check = (v) => typeof v === 'boolean';
const oneOf =
  (...values: readonly unknown[]): Check =>
  (v) =>
    values.includes(v);
const opt =
  (c: Check): Check =>
  (v) =>
    v === undefined || c(v);
const arr =
  (c: Check, max = Number.MAX_SAFE_INTEGER): Check =>
  (v) =>
    Array.isArray(v) && v.length <= max && v.every(c);
const either =
  (...checks: Check[]): Check =>
  (v) =>
    checks.some((c) => c(v));

/**
 * An object with these fields. `strict`: no other own keys (what we send has exactly these);
 * loose for Reports, whose extra fields nothing here reads.
 */
const obj =
  (shape: Record<string, Check>, strict = true): Check =>
  (v) => {
    if (!isObject(v)) return false;
    for (const [k, c] of Object.entries(shape)) if (!c(v[k])) return false;
    if (strict) for (const k of Object.keys(v)) if (!(k in shape)) return false;
    return true;
  };

// ---------------------------------------------------------------- article input

/**
 * One check per field of each input type. Typed as `Shape<T>`: a field added to ArticleMeta, Block
 * or RelatedInput without its check here fails the type check, instead of every analyze being
 * dropped at run time as an unknown key.
 */
type Shape<T> = { [K in keyof Required<T>]: Check };

const BLOCK_KINDS = [
  'heading',
  'paragraph',
  'quote',
  'list-item',
  'caption',
] as const satisfies readonly BlockKind[];
/** Every block kind is listed (a new kind without an entry here fails the type check). */
const ALL_BLOCK_KINDS: Exclude<BlockKind, (typeof BLOCK_KINDS)[number]> extends never ? true : never = true;
void ALL_BLOCK_KINDS;

const META: Shape<ArticleMeta> = {
  title: opt(str(LIMITS.metaChars)),
  site: opt(str(LIMITS.metaChars)),
  byline: opt(str(LIMITS.metaChars)),
  date: opt(str(LIMITS.metaChars)),
  lang: opt(str(LIMITS.metaChars)),
  url: opt(str(LIMITS.urlChars)),
};
const meta = (strict: boolean) => obj(META, strict);
const BLOCK: Shape<Block> = { kind: oneOf(...BLOCK_KINDS), text: anyStr };
const block = obj(BLOCK);
const LINK: Shape<RelatedInput['links'][number]> = {
  title: str(LIMITS.linkTitleChars),
  url: str(LIMITS.urlChars),
};
const RELATED: Shape<RelatedInput> = {
  heading: opt(str(LIMITS.metaChars)),
  links: arr(obj(LINK), LIMITS.links),
  excluded: int(0, 1_000_000),
};
const INPUT: Shape<ArticleInput> = {
  meta: meta(true),
  blocks: arr(block, LIMITS.blocks),
  related: opt(obj(RELATED)),
};

export function isArticleInput(v: unknown): v is ArticleInput {
  if (!obj(INPUT)(v)) return false;
  let chars = 0;
  for (const b of (v as ArticleInput).blocks) chars += b.text.length;
  return chars <= LIMITS.textChars;
}

/** The input cut to LIMITS (leading blocks first), so what we send is never dropped for its size. */
export function fitInput(input: ArticleInput): ArticleInput {
  const m: ArticleInput['meta'] = {};
  for (const [k, v] of Object.entries(input.meta)) {
    if (typeof v !== 'string' || !Object.hasOwn(META, k)) continue;
    const max = k === 'url' ? LIMITS.urlChars : LIMITS.metaChars;
    if (k === 'url' && v.length > max) continue; // a cut URL would name another page
    (m as Record<string, string>)[k] = v.slice(0, max);
  }
  const blocks: ArticleInput['blocks'] = [];
  let room = LIMITS.textChars;
  for (const b of input.blocks.slice(0, LIMITS.blocks)) {
    if (room <= 0) break;
    const text = b.text.length > room ? b.text.slice(0, room) : b.text;
    blocks.push({ kind: b.kind, text });
    room -= text.length;
  }
  const out: ArticleInput = { meta: m, blocks };
  if (input.related) {
    const r = input.related;
    out.related = {
      links: r.links
        .filter((l) => l.url.length <= LIMITS.urlChars)
        .slice(0, LIMITS.links)
        .map((l) => ({ title: l.title.slice(0, LIMITS.linkTitleChars), url: l.url })),
      excluded: Math.min(Math.max(0, Math.floor(r.excluded) || 0), 1_000_000),
    };
    if (r.heading !== undefined) out.related.heading = r.heading.slice(0, LIMITS.metaChars);
  }
  return out;
}

// ---------------------------------------------------------------- reports

const span = { block: int(), start: int(), end: int() };
const attribution = obj(
  {
    speaker: anyStr,
    entity: opt(anyStr),
    role: opt(anyStr),
    via: oneOf('quote', 'indirect', 'according-to', 'pronoun', 'continuation', 'unnamed'),
    verb: opt(anyStr),
  },
  false,
);
const voice = either(oneOf('outlet'), attribution);
const reason = obj({ ...span, cue: anyStr, text: anyStr, weight: num, explain: anyStr }, false);
const sentence = obj(
  {
    ...span,
    index: int(),
    text: anyStr,
    opinion: num,
    label: oneOf('opinion', 'reported-opinion', 'claim', 'fact'),
    voice,
    reasons: arr(reason),
  },
  false,
);
const loadedMatch = {
  id: anyStr,
  text: anyStr,
  category: oneOf(...LOADED_CATEGORIES),
  note: anyStr,
  neutral: opt(anyStr),
  polarity: num,
};
const loadedTerm = obj({ ...loadedMatch, ...span, sentence: int(), voice }, false);
const claim = obj(
  {
    ...span,
    sentence: int(),
    text: anyStr,
    speaker: anyStr,
    certainty: oneOf('hedged', 'plain', 'boosted'),
    hedges: arr(anyStr),
  },
  false,
);
const tone = obj({ score: num, mentions: num }, false);
const entity = obj(
  {
    id: anyStr,
    name: anyStr,
    type: oneOf('person', 'place', 'organization'),
    aliases: arr(anyStr),
    mentions: num,
    sentences: arr(int()),
    tone: obj({ outlet: tone, quoted: tone }, false),
  },
  false,
);
const story = obj(
  {
    title: anyStr,
    url: anyStr,
    tone: num,
    loaded: arr(obj({ ...loadedMatch, start: int(), end: int() }, false)),
    themes: arr(anyStr),
  },
  false,
);
const related = obj(
  { heading: opt(anyStr), stories: arr(story), excluded: num, byEntity: arr(obj({ name: anyStr }, false)) },
  false,
);
const summary = obj(
  {
    words: num,
    sentences: num,
    opinionShare: num,
    outletOpinion: num,
    reportedOpinion: num,
    claims: num,
    loadedTerms: num,
    loadedPer1000: num,
    loadedByCategory: isObject,
    leans: arr(obj({ name: anyStr, direction: oneOf('against', 'for', 'mixed', 'none') }, false)),
    statement: anyStr,
  },
  false,
);
const reportShape = obj(
  {
    version: oneOf(1),
    meta: meta(false),
    language: anyStr,
    supported: bool,
    notice: opt(anyStr),
    blocks: arr(block),
    sentences: arr(sentence),
    loaded: arr(loadedTerm),
    claims: arr(claim),
    entities: arr(entity),
    related,
    summary,
  },
  false,
);

export function isReport(v: unknown): v is Report {
  return reportShape(v);
}

const pageState = either(
  obj({ kind: oneOf('not-article', 'analysing') }),
  obj({ kind: oneOf('done'), report: isReport }),
  obj({ kind: oneOf('unsupported-language'), language: anyStr, report: isReport }),
  obj({ kind: oneOf('error'), message: str(LIMITS.errorChars) }),
);

// ---------------------------------------------------------------- counting what is dropped

const dropped = new Map<string, number>();

/** How many messages (or replies) each receiver dropped, by receiver and type, since it started. */
export function droppedMessages(): Record<string, number> {
  return Object.fromEntries(dropped);
}

export function resetDroppedMessages(): void {
  dropped.clear();
}

function drop(where: string, v: unknown): null {
  const type = isObject(v) && typeof v.type === 'string' && v.type.length <= 40 ? v.type : '?';
  const key = `${where}:${type}`;
  dropped.set(key, (dropped.get(key) ?? 0) + 1);
  return null;
}

function parse<T>(where: string, schemas: Record<string, Check>, v: unknown): T | null {
  if (!isObject(v) || typeof v.type !== 'string' || !Object.hasOwn(schemas, v.type)) return drop(where, v);
  return schemas[v.type]!(v) ? (v as T) : drop(where, v);
}

// ---------------------------------------------------------------- per receiver

const CONTENT_TO_BACKGROUND: Record<ContentToBackground['type'], Check> = {
  // Only states without a Report: a Report the background keeps is one its own engine made.
  'page-state': obj({
    type: oneOf('page-state'),
    state: either(
      obj({ kind: oneOf('not-article', 'analysing') }),
      obj({ kind: oneOf('error'), message: str(LIMITS.errorChars) }),
    ),
    url: str(LIMITS.urlChars),
  }),
  'page-left': obj({ type: oneOf('page-left') }),
  'load-content': obj({ type: oneOf('load-content') }),
  analyze: obj({ type: oneOf('analyze'), input: isArticleInput, force: opt(bool), partial: opt(bool) }),
};

const POPUP_TO_BACKGROUND: Record<PopupToBackground['type'], Check> = {
  'get-tab-state': obj({ type: oneOf('get-tab-state'), tabId: int() }),
  'analyze-tab': obj({ type: oneOf('analyze-tab'), tabId: int() }),
};

const TO_CONTENT: Record<ToContent['type'], Check> = {
  'get-state': obj({ type: oneOf('get-state') }),
  'analyze-now': obj({ type: oneOf('analyze-now') }),
  'set-marks': obj({ type: oneOf('set-marks'), on: bool }),
  reveal: obj({
    type: oneOf('reveal'),
    target: obj({ kind: oneOf('sentence', 'loaded', 'claim'), index: int(0, 10_000_000) }),
  }),
};

/** In the background, from a content script. */
export const parseFromContent = (v: unknown) =>
  parse<ContentToBackground>('background', CONTENT_TO_BACKGROUND, v);

/** In the background, from the popup or options page. */
export const parseFromPopup = (v: unknown) => parse<PopupToBackground>('background', POPUP_TO_BACKGROUND, v);

/** In a content script, from the background or popup. */
export const parseToContent = (v: unknown) => parse<ToContent>('content', TO_CONTENT, v);

/** A content script's page state (its reply to get-state / analyze-now), where it is kept. */
export function parsePageState(v: unknown): PageState | null {
  return pageState(v) ? (v as PageState) : drop('reply', { type: 'page-state' });
}

/** The background's answer to `analyze`, in the content script. */
export function parseAnalyzeReply(v: unknown): Replies['analyze'] | null {
  if (obj({ report: isReport })(v) || obj({ error: anyStr })(v)) return v as Replies['analyze'];
  return drop('reply', { type: 'analyze' });
}
