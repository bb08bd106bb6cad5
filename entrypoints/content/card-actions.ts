/**
 * The card's corrections, kept on the device; the session watches corrections and redraws, so
 * marks come and go without anything more here.
 * - "Not loaded here" on a word's card: for this site.
 * - "Mark a word as loaded…" on a sentence's card: for this site unless the reader ticks "On
 *   every site". This site by default, as with "Not loaded here": whether a word takes a side
 *   depends on how an outlet uses it, and a narrow correction cannot spoil other sites' marks.
 */
import { addCorrection, removeCorrection } from '@/lib/corrections';
import { WORD_CATEGORIES } from '@/lib/lexicon/categories';
import type { Placed } from '@/lib/page/annotate';
import { candidateWords } from '@/lib/page/candidate-words';
import type { Settings } from '@/lib/settings';
import type { CardActions } from './card';

export interface CardActionsContext {
  /** The page's site, normalised. */
  site: string;
  /** The marks on the page now. */
  placed: readonly Placed[];
  settings: Settings;
  /** Close the card ("Not loaded here" takes the word's mark away). */
  hide(): void;
}

export function cardActions(p: Placed, { site, placed, settings, hide }: CardActionsContext): CardActions {
  const key = `${p.mark.kind}:${p.mark.block}:${p.mark.start}:${p.mark.end}`;
  if (p.mark.term) {
    const id = p.mark.term.id;
    const lexiconId = id && !id.startsWith('user:') ? id : undefined;
    return {
      key,
      site,
      onNotLoaded: (term, where) => {
        hide();
        addCorrection({ kind: 'not-loaded', term, site: where, ...(lexiconId ? { lexiconId } : {}) }).catch(
          () => undefined, // an unusable term (too long) is simply not recorded
        );
      },
    };
  }
  // Candidates from the sentence as it reads on the page, minus the words marked in it now.
  const marked = placed.flatMap((q) =>
    q.mark.term && q.mark.sentence === p.mark.sentence ? [q.mark.term.text] : [],
  );
  return {
    key,
    site,
    candidates: candidateWords(p.range.toString(), marked).map((c) => c.text),
    // Only categories drawn on the page: a word put under a hidden one would not appear.
    categories: WORD_CATEGORIES.filter((c) => settings.categories[c]),
    onMarkLoaded: (term, category, where) =>
      addCorrection({ kind: 'loaded', term, category, ...(where ? { site: where } : {}) }).then((c) => c.id),
    onUndo: (id) => removeCorrection(id),
  };
}
