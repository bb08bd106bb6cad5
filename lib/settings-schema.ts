/**
 * Settings: the typed shape, its defaults, validation and migrations from older stored shapes.
 * Pure (no browser API) so it runs in Node tests; lib/settings.ts stores it.
 *
 * API (stable):
 *   SETTINGS_VERSION, DEFAULT_SETTINGS, LOADED_CATEGORIES
 *   migrateSettings(stored: unknown): Settings    any stored value (old, partial, junk) -> valid Settings
 *   mergeSettings(base, partial): Settings        a validated partial update
 *   opinionThreshold(sensitivity): number         the opinion score a sentence needs to be marked
 *   autoMarkFor(settings, site): boolean          whether marks are drawn without being asked on `site`
 *   normaliseSite(hostOrUrl): string              "https://www.Example.com/x" -> "example.com"
 *   COLOUR_SCHEMES[scheme]                        colours per mark kind for the page and the UI
 */
import type { LoadedCategory } from './analysis/types';
import { LOADED_CATEGORIES } from './lexicon/categories';
import {
  DEFAULT_SHORTCUTS,
  normaliseShortcut,
  SHORTCUT_ACTIONS,
  type Shortcuts,
  shortcutsProblem,
} from './shortcuts';

/** 3 added `shortcuts` (version 2 had none stored: the keys were fixed). */
export const SETTINGS_VERSION = 3;

/** How sure a mark must be before it is drawn. */
export type Sensitivity = 'low' | 'medium' | 'high';
export type ColourScheme = 'default' | 'high-contrast' | 'mono';
export type SiteRule = 'always-on' | 'always-off';

export type { Shortcuts };
export { LOADED_CATEGORIES };

export interface Settings {
  version: typeof SETTINGS_VERSION;
  sensitivity: Sensitivity;
  /** Which kinds of sentence marks are drawn. */
  sentences: { opinion: boolean; reported: boolean };
  /** Which loaded-wording categories are drawn. */
  categories: Record<LoadedCategory, boolean>;
  colourScheme: ColourScheme;
  /** Mark articles as soon as they load; otherwise only when asked (popup, shortcut). */
  autoMark: boolean;
  /** Per-site exceptions to autoMark, keyed by normalised host ("example.com"). */
  sites: Record<string, SiteRule>;
  /** In-page keys (lib/shortcuts.ts): "Alt+Shift+KeyN". Always usable and distinct. */
  shortcuts: Shortcuts;
}

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  version: SETTINGS_VERSION,
  sensitivity: 'medium',
  sentences: Object.freeze({ opinion: true, reported: true }),
  categories: Object.freeze(
    Object.fromEntries(LOADED_CATEGORIES.map((c) => [c, true])) as Record<LoadedCategory, boolean>,
  ),
  colourScheme: 'default',
  autoMark: true,
  sites: Object.freeze({}),
  shortcuts: DEFAULT_SHORTCUTS,
}) as Settings;

/** Opinion score (0..1) a sentence needs before it is marked; higher sensitivity marks more. */
export function opinionThreshold(sensitivity: Sensitivity): number {
  return sensitivity === 'high' ? 0.4 : sensitivity === 'low' ? 0.75 : 0.55;
}

/** "https://www.Example.com/a" or "WWW.example.com" -> "example.com". Empty string when unusable. */
export function normaliseSite(hostOrUrl: string): string {
  let host = hostOrUrl.trim().toLowerCase();
  if (host.includes('://')) {
    try {
      host = new URL(host).hostname;
    } catch {
      return '';
    }
  }
  host = host
    .replace(/[/?#].*$/, '')
    .replace(/:\d+$/, '')
    .replace(/\.$/, '');
  if (host.startsWith('www.')) host = host.slice(4);
  return /^[a-z0-9.-]+$/.test(host) || /^\[[0-9a-f:]+\]$/.test(host) ? host : '';
}

/** A site rule applies to its host and every subdomain; the most specific rule wins. */
export function siteRuleFor(settings: Settings, site: string): SiteRule | undefined {
  let host = normaliseSite(site);
  while (host) {
    const rule = settings.sites[host];
    if (rule) return rule;
    const dot = host.indexOf('.');
    if (dot < 0) return undefined;
    host = host.slice(dot + 1);
  }
  return undefined;
}

export function autoMarkFor(settings: Settings, site: string): boolean {
  const rule = siteRuleFor(settings, site);
  return rule ? rule === 'always-on' : settings.autoMark;
}

const SENSITIVITIES: readonly Sensitivity[] = ['low', 'medium', 'high'];
const SCHEMES: readonly ColourScheme[] = ['default', 'high-contrast', 'mono'];

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function pickBool(v: unknown, fallback: boolean): boolean {
  return typeof v === 'boolean' ? v : fallback;
}

/**
 * Each key must be usable, and the three must differ; a set with a clash is not half-kept (which
 * action would lose?), so it falls back to `base` as a whole.
 */
function validShortcuts(raw: unknown, base: Shortcuts): Shortcuts {
  const given = isRecord(raw) ? raw : {};
  const next = Object.fromEntries(
    SHORTCUT_ACTIONS.map((a) => [a, normaliseShortcut(given[a]) ?? base[a]]),
  ) as Shortcuts;
  if (!shortcutsProblem(next)) return next;
  return shortcutsProblem(base) ? { ...DEFAULT_SHORTCUTS } : { ...base };
}

/** Validates a current-version shape field by field; anything invalid falls back to the default. */
function validate(raw: Record<string, unknown>, base: Settings): Settings {
  const sentences = isRecord(raw.sentences) ? raw.sentences : {};
  const categories = isRecord(raw.categories) ? raw.categories : {};
  const sites: Record<string, SiteRule> = {};
  const rawSites = isRecord(raw.sites) ? raw.sites : base.sites;
  for (const [host, rule] of Object.entries(rawSites)) {
    const site = normaliseSite(host);
    if (site && (rule === 'always-on' || rule === 'always-off')) sites[site] = rule;
  }
  return {
    version: SETTINGS_VERSION,
    sensitivity: SENSITIVITIES.includes(raw.sensitivity as Sensitivity)
      ? (raw.sensitivity as Sensitivity)
      : base.sensitivity,
    sentences: {
      opinion: pickBool(sentences.opinion, base.sentences.opinion),
      reported: pickBool(sentences.reported, base.sentences.reported),
    },
    categories: Object.fromEntries(
      LOADED_CATEGORIES.map((c) => [c, pickBool(categories[c], base.categories[c])]),
    ) as Record<LoadedCategory, boolean>,
    colourScheme: SCHEMES.includes(raw.colourScheme as ColourScheme)
      ? (raw.colourScheme as ColourScheme)
      : base.colourScheme,
    autoMark: pickBool(raw.autoMark, base.autoMark),
    sites,
    shortcuts: validShortcuts(raw.shortcuts, base.shortcuts),
  };
}

/**
 * Version 1 (0.0.x builds) stored: `{version: 1, threshold: 0..1, hidden: LoadedCategory[],
 * scheme: 'normal' | 'contrast' | 'mono', auto: boolean, disabledSites: string[], enabledSites?: string[]}`.
 * A value with no version at all is treated as version 1.
 */
function fromV1(raw: Record<string, unknown>): Record<string, unknown> {
  const threshold = typeof raw.threshold === 'number' ? raw.threshold : undefined;
  const sensitivity =
    threshold === undefined ? undefined : threshold >= 0.7 ? 'low' : threshold <= 0.45 ? 'high' : 'medium';
  const hidden = Array.isArray(raw.hidden) ? raw.hidden : [];
  const sites: Record<string, SiteRule> = {};
  for (const s of Array.isArray(raw.enabledSites) ? raw.enabledSites : []) {
    if (typeof s === 'string') sites[s] = 'always-on';
  }
  // "off" wins over "on" when a v1 list named a site twice: the user asked us to stay away.
  for (const s of Array.isArray(raw.disabledSites) ? raw.disabledSites : []) {
    if (typeof s === 'string') sites[s] = 'always-off';
  }
  const scheme = raw.scheme === 'contrast' ? 'high-contrast' : raw.scheme === 'mono' ? 'mono' : 'default';
  return {
    sensitivity,
    categories: Object.fromEntries(LOADED_CATEGORIES.map((c) => [c, !hidden.includes(c)])),
    colourScheme: scheme,
    autoMark: raw.auto,
    sites,
  };
}

/**
 * Version 2 had every field of version 3 but `shortcuts` (then fixed at Alt+Shift+N/P/M, which are
 * the defaults), so it validates as it is: the missing field takes the defaults.
 * Any stored value -> valid current Settings. Never throws.
 */
export function migrateSettings(stored: unknown): Settings {
  if (!isRecord(stored)) return validate({}, DEFAULT_SETTINGS);
  const version = typeof stored.version === 'number' ? stored.version : 1;
  const current = version <= 1 ? fromV1(stored) : stored;
  return validate(current, DEFAULT_SETTINGS);
}

/** A partial update over the whole settings, validated (nested objects merge, not replace). */
export type SettingsPatch = Partial<Omit<Settings, 'version' | 'sentences' | 'categories' | 'shortcuts'>> & {
  sentences?: Partial<Settings['sentences']>;
  categories?: Partial<Record<LoadedCategory, boolean>>;
  /** Merged over the current keys; a result that is unusable or clashes keeps the current keys. */
  shortcuts?: Partial<Shortcuts>;
};

export function mergeSettings(base: Settings, patch: SettingsPatch): Settings {
  return validate(
    {
      ...base,
      ...patch,
      sentences: { ...base.sentences, ...patch.sentences },
      categories: { ...base.categories, ...patch.categories },
      sites: patch.sites ?? base.sites,
      shortcuts: { ...base.shortcuts, ...patch.shortcuts },
    },
    base,
  );
}

/** Colours per mark kind. Default is Okabe-Ito based, told apart without red/green. */
export interface MarkColours {
  opinion: string;
  reported: string;
  loaded: string;
  /** Underline colour of loaded terms. */
  loadedLine: string;
  /** Underline of negative-tone terms (pejorative, emotive) and of praise; absent: `loadedLine`. */
  negativeLine?: string;
  praiseLine?: string;
}

export const COLOUR_SCHEMES: Record<ColourScheme, MarkColours> = {
  default: {
    opinion: 'rgba(230, 159, 0, 0.28)', // Okabe-Ito orange
    reported: 'rgba(86, 180, 233, 0.25)', // Okabe-Ito sky blue
    loaded: 'rgba(204, 121, 167, 0.30)', // Okabe-Ito reddish purple
    loadedLine: '#0072B2', // Okabe-Ito blue
    negativeLine: '#D55E00', // Okabe-Ito vermillion
    praiseLine: '#009E73', // Okabe-Ito bluish green
  },
  'high-contrast': {
    opinion: 'rgba(255, 214, 0, 0.65)',
    reported: 'rgba(0, 170, 255, 0.45)',
    loaded: 'rgba(255, 0, 170, 0.40)',
    loadedLine: '#000000',
    negativeLine: '#A63A00',
    praiseLine: '#006B4F',
  },
  mono: {
    opinion: 'rgba(128, 128, 128, 0.22)',
    reported: 'rgba(128, 128, 128, 0.12)',
    loaded: 'rgba(128, 128, 128, 0.35)',
    loadedLine: '#555555',
  },
};
