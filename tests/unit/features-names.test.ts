import { describe, expect, it } from 'vitest';
import { extractFeatures, FEATURES } from '../../lib/analysis/features';

/** The words a feature fires on in a writer's sentence. */
function cues(text: string, feature: string): string[] {
  const f = extractFeatures({ text, voice: 'outlet', quoted: [], loaded: [] });
  return f.hits.filter((h) => FEATURES[h.feature]!.name === feature).map((h) => h.text);
}

describe('extractFeatures: a name is no verb of saying', () => {
  it('does not read a capitalised word inside the sentence as a verb of saying', () => {
    expect(cues('Aid to the United States rose last year.', 'saying-verb')).toEqual([]);
    expect(cues('The ministry states that aid rose.', 'saying-verb')).toEqual(['states']);
    // The first word of a sentence is capitalised anyway: still the verb.
    expect(cues('Says the ministry: aid rose.', 'saying-verb')).toEqual(['Says']);
  });
});
