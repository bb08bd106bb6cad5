/**
 * Our loaded-wording lexicon: one file per category (see categories.ts for what each holds).
 * The matcher (lib/analysis/loaded.ts) compiles this list once.
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
