/**
 * How each kind of mark looks. Okabe-Ito colours (safe for the common colour-vision deficiencies),
 * and every kind also differs in something other than hue (fill strength, underline style), so
 * marks stay distinguishable in grey scale too.
 */
import type { LoadedCategory } from '../analysis/types';
import { LOADED_CATEGORIES } from '../lexicon/categories';
import { COLOUR_SCHEMES, type MarkColours } from '../settings-schema';
import type { MarkKind } from './marks';

/** A reader's colour scheme (lib/settings-schema.ts); the default is the Okabe-Ito one. */
export type Palette = MarkColours;

export const DEFAULT_PALETTE: Palette = COLOUR_SCHEMES.default;

export const MARK_KINDS: readonly MarkKind[] = [
  'opinion',
  'reported',
  ...LOADED_CATEGORIES.map((c) => `loaded-${c}` as const),
];

/** Prefix of every CSS highlight name we register (the page world can read CSS.highlights). */
export const HIGHLIGHT_PREFIX = 'slantwise-';

/**
 * The page's script can list CSS.highlights and read each highlight's ranges, so the names say
 * nothing about the reader: not the category a mark stands for, and not whether the reader added
 * it. One highlight per look (sentence fill, or a word's underline), numbered: kinds that look
 * alike share one (pejorative and emotive words; saying verbs and presupposing verbs; hedges and
 * scare quotes; intensifiers and absolutes), and a word the reader marked as loaded joins the
 * highlight of the engine's words of its category.
 */
const STYLE_SLOT: Record<MarkKind, number> = {
  opinion: 1,
  reported: 2,
  'loaded-pejorative': 3,
  'loaded-emotive': 3,
  'loaded-praise': 4,
  'loaded-saying-verb': 5,
  'loaded-factive': 5,
  'loaded-hedge': 6,
  'loaded-scare-quote': 6,
  'loaded-intensifier': 7,
  'loaded-absolute': 7,
};

export function highlightName(kind: MarkKind): string {
  return `${HIGHLIGHT_PREFIX}${STYLE_SLOT[kind]}`;
}

/** Every highlight name a kind of mark may use, each once (sentence looks first). */
export const HIGHLIGHT_NAMES: readonly string[] = [...new Set(MARK_KINDS.map(highlightName))];

/** The names of word marks' highlights. */
export const WORD_HIGHLIGHT_NAMES: readonly string[] = [
  ...new Set(MARK_KINDS.filter((k) => k.startsWith('loaded-')).map(highlightName)),
];

/** A short-lived highlight for "show me this" (popup click, keyboard step). */
export const FLASH_HIGHLIGHT = `${HIGHLIGHT_PREFIX}0`;

/** Underline style per category: tone words wavy, praise double, framing dashed, hedges dotted. */
const LINE_STYLE: Record<LoadedCategory, 'wavy' | 'double' | 'dashed' | 'dotted' | 'solid'> = {
  pejorative: 'wavy',
  emotive: 'wavy',
  praise: 'double',
  'saying-verb': 'dashed',
  factive: 'dashed',
  hedge: 'dotted',
  'scare-quote': 'dotted',
  intensifier: 'solid',
  absolute: 'solid',
};

/** Negative tone and praise get their own line colour where the scheme has one (not in 'mono'). */
function lineColour(category: LoadedCategory, palette: Palette): string {
  if (category === 'pejorative' || category === 'emotive') return palette.negativeLine ?? palette.loadedLine;
  if (category === 'praise') return palette.praiseLine ?? palette.loadedLine;
  return palette.loadedLine;
}

/** CSS declarations for one kind of mark (used for ::highlight() rules and fallback elements). */
export function declarations(kind: MarkKind, palette: Palette = DEFAULT_PALETTE): Record<string, string> {
  if (kind === 'opinion') return { 'background-color': palette.opinion };
  if (kind === 'reported') return { 'background-color': palette.reported };
  const category = kind.slice('loaded-'.length) as LoadedCategory;
  return {
    'background-color': palette.loaded,
    'text-decoration-line': 'underline',
    'text-decoration-style': LINE_STYLE[category],
    'text-decoration-color': lineColour(category, palette),
    'text-decoration-thickness': '2px',
  };
}

/**
 * The stylesheet for the CSS Custom Highlight API. `:root *::highlight()` outranks a page's bare
 * `::highlight()` rule by specificity, and `!important` outranks its normal rules, so a hostile
 * page cannot blank our marks out by accident or on purpose.
 */
export function highlightCss(palette: Palette = DEFAULT_PALETTE): string {
  // One rule per highlight name: kinds that share a name share their look (one representative).
  const rules = new Map<string, MarkKind>();
  for (const kind of MARK_KINDS) if (!rules.has(highlightName(kind))) rules.set(highlightName(kind), kind);
  return [...rules]
    .map(([name, kind]) => {
      const body = Object.entries(declarations(kind, palette))
        .map(([k, v]) => `${k}: ${v} !important;`)
        .join(' ');
      return `:root::highlight(${name}), :root *::highlight(${name}) { ${body} }`;
    })
    .concat(
      `:root::highlight(${FLASH_HIGHLIGHT}), :root *::highlight(${FLASH_HIGHLIGHT}) { background-color: rgba(240, 228, 66, 0.85) !important; }`,
    )
    .join('\n');
}
