import { describe, expect, it } from 'vitest';
import { isFurniture } from '../../lib/analysis/furniture';
import { analyzeArticle } from '../../lib/analysis/report';
import type { Block } from '../../lib/analysis/types';

describe('isFurniture', () => {
  it('knows a call to action, alone or with the title it links', () => {
    expect(isFurniture('Buy Now')).toBe(true);
    expect(isFurniture('Read more')).toBe(true);
    expect(isFurniture('Learn More: Seven Tips for Repurposing Video Content')).toBe(true);
    expect(isFurniture('Acme Blender from $49.99 Shop Now 12')).toBe(true);
  });

  it('knows widget labels and the headings of recommendation boxes', () => {
    expect(isFurniture('Like this:')).toBe(true);
    expect(isFurniture('More about:')).toBe(true);
    expect(isFurniture('You May Like')).toBe(true);
    expect(isFurniture('Related Stories')).toBe(true);
    expect(isFurniture('Promoted By Outbrain')).toBe(true);
    expect(isFurniture('Sponsored by Acme Bank')).toBe(true);
  });

  it('knows share counters, player status, paging and staff credits', () => {
    expect(isFurniture('137 1 Share Back')).toBe(true);
    expect(isFurniture('2.4k Shares 18 Comments')).toBe(true);
    expect(isFurniture('Loaded: 0% Progress: 0%')).toBe(true);
    expect(isFurniture('Current Time: 0:00 / Duration: 3:12')).toBe(true);
    expect(isFurniture('Next page: Security>>')).toBe(true);
    expect(isFurniture('« Previous post')).toBe(true);
    expect(isFurniture('Page editor: Jonathan Corbet')).toBe(true);
  });

  it('leaves prose that holds the same words alone', () => {
    expect(isFurniture('Buy Now, Pay Later schemes grew fast last year.')).toBe(false);
    expect(isFurniture('The set costs $99 and shoppers can Buy Now or wait for the sale in May.')).toBe(
      false,
    );
    expect(isFurniture('Read more about the ruling in our explainer, which covers every appeal.')).toBe(
      false,
    );
    expect(isFurniture('It goes like this:')).toBe(false);
    expect(isFurniture('Makali wrote:')).toBe(false);
    expect(isFurniture('Proof:')).toBe(false);
    expect(isFurniture('Next, the committee voted on the budget.')).toBe(false);
    expect(isFurniture('Next week the council will meet again.')).toBe(false);
    expect(isFurniture('You may like the new design more than the old one.')).toBe(false);
    expect(isFurniture('The editor: a hard job in hard times.')).toBe(false);
    expect(isFurniture('We shared 137 photos.')).toBe(false);
    expect(isFurniture('Average age: 71')).toBe(false);
    expect(isFurniture('Processing Date: 06-22-2017')).toBe(false);
  });
});

describe('analyzeArticle: furniture blocks', () => {
  const prose = 'The disgraceful plan is a shameful betrayal of voters, and everyone knows it.';
  const blocks: Block[] = [
    { kind: 'heading', text: 'Council backs the new budget' },
    { kind: 'paragraph', text: prose },
    { kind: 'paragraph', text: 'Learn More: Why This Shameful Budget Is A Disaster' },
    { kind: 'heading', text: 'You May Like' },
    { kind: 'paragraph', text: 'Acme Phone from $610.00 Buy Now 87' },
  ];
  const report = analyzeArticle({ meta: { lang: 'en', site: 'The Post' }, blocks });
  const inBlock = (b: number) => report.sentences.filter((s) => s.block === b);

  it('gives a furniture block no opinion, no reasons and no loaded words', () => {
    for (const b of [2, 3, 4]) {
      const [s] = inBlock(b);
      expect(s).toMatchObject({ opinion: 0, label: 'fact', voice: 'outlet', reasons: [] });
      expect(report.loaded.filter((l) => l.block === b)).toEqual([]);
      expect(report.claims.filter((c) => c.block === b)).toEqual([]);
    }
  });

  it('still scores the article prose around it', () => {
    const [s] = inBlock(1);
    expect(s!.label).toBe('opinion');
    expect(report.loaded.filter((l) => l.block === 1).map((l) => l.text)).toContain('disgraceful');
  });
});
