/** The loaded-wording matcher the sentence verdict uses (the lexicon helper's, once it lands). */
import type { LoadedMatcher } from '../../analysis/sentence';

export function loadedMatcher(): LoadedMatcher {
  return () => [];
}
