import { describe, expect, it } from 'vitest';
import { extractFeatures, FEATURES } from '../../lib/analysis/features';

/** The words a feature fires on in a writer's sentence. */
function cues(text: string, feature: string): string[] {
  const f = extractFeatures({ text, voice: 'outlet', quoted: [], loaded: [] });
  return f.hits.filter((h) => FEATURES[h.feature]!.name === feature).map((h) => h.text);
}

describe('extractFeatures: a name is no verb of saying and no loaded word', () => {
  it('does not read a capitalised word inside the sentence as a verb of saying', () => {
    expect(cues('Aid to the United States rose last year.', 'saying-verb')).toEqual([]);
    expect(cues('The ministry states that aid rose.', 'saying-verb')).toEqual(['states']);
    // The first word of a sentence is capitalised anyway: still the verb.
    expect(cues('Says the ministry: aid rose.', 'saying-verb')).toEqual(['Says']);
  });

  it('passes over a capitalised word inside the sentence for the word-peak reading', () => {
    const peak = (text: string) => {
      const f = extractFeatures({ text, voice: 'outlet', quoted: [], loaded: [] });
      const i = FEATURES.findIndex((d) => d.name === 'word-peak');
      return { value: f.values[i]!, word: cues(text, 'word-peak') };
    };
    const named = peak('The talks with the Islamists ended.');
    const plain = peak('The talks with the islamists ended.');
    expect(named.word).not.toContain('Islamists');
    expect(plain.word).toEqual(['islamists']);
    // Without the name the sentence's peak is that of its other words.
    expect(named.value).toBe(peak('The talks ended.').value);
    expect(plain.value).toBeGreaterThan(named.value);
    // The first word is capitalised anyway: it still counts.
    expect(peak('Islamists ended the talks.').word).toEqual(['Islamists']);
  });
});
