import { describe, expect, it } from 'vitest';
import { errorKinds, type Judged, predictedBiased } from '../../lib/cli/train/opinion-errors';

const words = (n: number) => Array.from({ length: n }, () => ({ lower: 'w', quoted: false }));
const row = (over: Partial<Judged['sample']>, p: number): Judged => ({
  sample: {
    gold: true,
    opinion: 0.5,
    outlet: true,
    writerFrame: false,
    loaded: false,
    words: words(10),
    ...over,
  },
  p,
});

describe('the opinion model error kinds', () => {
  it('reads BABE as npm run eval does: label opinion or a writer’s loaded term', () => {
    expect(predictedBiased(row({}, 0.6))).toBe(true);
    expect(predictedBiased(row({ outlet: false }, 0.9))).toBe(false);
    expect(predictedBiased(row({ outlet: false, writerFrame: true }, 0.9))).toBe(true);
    expect(predictedBiased(row({ loaded: true }, 0.1))).toBe(true);
  });

  it('counts misses and false alarms by voice, closeness and BABE’s opinion label', () => {
    const kinds = errorKinds([
      row({}, 0.7), // hit
      row({ gold: false, opinion: 0 }, 0.2), // correct rejection
      row({ outlet: false }, 0.95), // miss: a source's voice, reported-opinion
      row({ opinion: 0, words: words(40) }, 0.45), // miss: outlet, near, long, "entirely factual"
      row({ gold: false, loaded: true }, 0.3), // false alarm by a loaded term alone
      row({ gold: false, opinion: 0 }, 0.8), // false alarm, "entirely factual"
      row({ gold: false, opinion: 1 }, 0.8), // false alarm, opinion but not bias
      row({ gold: undefined }, 0.9), // no bias label: skipped
    ]);
    expect(kinds).toEqual({
      'true positive': 1,
      'true negative': 1,
      miss: 2,
      "miss: a source's voice": 1,
      "miss: a source's voice, opinion >= 0.5 (reported-opinion)": 1,
      "miss: the outlet's voice": 1,
      "miss: the outlet's voice, 0.4 <= opinion < 0.5": 1,
      "miss: the outlet's voice, over 30 words": 1,
      'miss: BABE opinion label "entirely factual"': 1,
      'false alarm': 3,
      "false alarm: by a writer's loaded term alone": 1,
      "false alarm: the outlet's voice, opinion >= 0.5": 2,
      'false alarm: ... and BABE opinion label "entirely factual"': 1,
      'false alarm: ... and BABE opinion label at least "somewhat" (opinion, not bias)': 1,
    });
  });
});
