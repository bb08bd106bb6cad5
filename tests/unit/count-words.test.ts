import { describe, expect, it } from 'vitest';
import { countWords } from '../../lib/analysis/summary';

// countWords counts what /[\p{L}\p{N}]+(?:[’'-][\p{L}\p{N}]+)*/gu matches, without building the matches.
describe('countWords', () => {
  it('joins words over inner apostrophes and hyphens only', () => {
    expect(countWords("Don't stop—it's 9-to-5 work, isn’t it?")).toBe(7);
    expect(countWords("'quoted' -dash- end-")).toBe(3);
  });
  it('counts letters and digits of any script, also outside the BMP', () => {
    expect(countWords('état café 中文 ٣٤')).toBe(4);
    expect(countWords('𝐀𝐁𝐂 and 😀 here')).toBe(3);
    expect(countWords('x\uD835y')).toBe(2);
  });
  it('finds none in empty or punctuation-only text', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('  ...  ')).toBe(0);
  });
});
