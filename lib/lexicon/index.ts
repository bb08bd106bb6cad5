/**
 * Our loaded-wording lexicon: one file per category (see categories.ts for what each holds).
 * The matcher (lib/analysis/loaded.ts) compiles this list once.
 *
 * Term syntax (lower case):
 * - a word or hyphenated word ("inept", "corruption-ridden"); a space or hyphen in a term matches
 *   either in the text;
 * - a phrase ("seek to {gain|establish} a foothold"): `{a|b}` lists alternatives; the matcher
 *   inflects the first word as a verb and the last as a noun or verb;
 * - a productive suffix ("*-ridden"): any hyphenated compound ending so ("debt-ridden").
 * `pos` picks the inflections: noun (plural), verb (-s, -ed, -ing, irregulars), adj/adv (none).
 * A term may stand in two categories only when its forms differ (pej "savage" adj, say "savaged").
 */
import type { LexiconEntry } from '../analysis/types';
import { absolute } from './absolute';
import { emotive } from './emotive';
import { factive } from './factive';
import { hedge } from './hedge';
import { intensifier } from './intensifier';
import { pejorative } from './pejorative';
import { praise } from './praise';
import { sayingVerb } from './saying-verb';

export { CATEGORIES } from './categories';
export { SCARE_QUOTE } from './scare-quote';

/** Every file's entries, by category, in a fixed order (earlier files win ties in the matcher). */
export const LEXICON_FILES: Record<string, readonly LexiconEntry[]> = {
  pejorative,
  praise,
  emotive,
  intensifier,
  'saying-verb': sayingVerb,
  factive,
  hedge,
  absolute,
};

export const LEXICON: readonly LexiconEntry[] = Object.values(LEXICON_FILES).flat();
