/**
 * Sliced detection and extraction: the same result as in one go, work handed back to the page
 * between slices, and a stop on abort. The clock is the meter itself (1 µs per step), so the
 * slices are measured in steps, never in time.
 */
import { describe, expect, it } from 'vitest';
import { detectSteps, isArticlePage, isArticlePageSliced } from '../../lib/page/detect';
import { extractArticle, extractArticleSliced } from '../../lib/page/extract';
import { Meter, runSliced, type Steps, yieldToPage } from '../../lib/page/slice';
import { htmlDocument } from './page-fixtures';

const para = (i: number) =>
  `Paragraph ${i}: the council approved the plan after a long debate about its cost.`;
const articlePage = (n: number) =>
  htmlDocument(
    `<!doctype html><html lang="en"><head><meta property="og:type" content="article"></head><body><article><h1>Plan approved</h1>${Array.from({ length: n }, (_, i) => `<div><p>${para(i)}</p></div>`).join('')}</article></body></html>`,
  );

/** A clock that reads the meter: one microsecond per step. Records each slice's length in steps. */
function meteredClock(meter: Meter): { now: () => number; pause: () => Promise<void>; slices: number[] } {
  const slices: number[] = [];
  let sliceStart = 0;
  return {
    now: () => meter.steps / 1000,
    pause: async () => {
      slices.push(meter.steps - sliceStart);
      sliceStart = meter.steps;
    },
    slices,
  };
}

describe('extractArticleSliced', () => {
  it('gives the same article as extractArticle, in slices of at most the budget', async () => {
    const doc = articlePage(600);
    const whole = extractArticle(doc, 'https://news.example/a');
    const meter = new Meter();
    const clock = meteredClock(meter);
    const sliced = await extractArticleSliced(doc, {
      url: 'https://news.example/a',
      meter,
      budgetMs: 1,
      ...clock,
    });
    expect(sliced.input).toEqual(whole.input);
    expect(sliced.map.map((m) => m.element)).toEqual(whole.map.map((m) => m.element));
    // 1 ms at 1 µs a step: 1,000 steps a slice, overshooting by at most one block's reading.
    expect(clock.slices.length).toBeGreaterThan(3);
    expect(Math.max(...clock.slices)).toBeLessThanOrEqual(1000 + 600);
  });

  it('stops when aborted between slices, with the signal’s reason', async () => {
    const doc = articlePage(600);
    const controller = new AbortController();
    const meter = new Meter();
    const clock = meteredClock(meter);
    let pauses = 0;
    const result = extractArticleSliced(doc, {
      meter,
      budgetMs: 2,
      now: clock.now,
      pause: async () => {
        if (++pauses === 2) controller.abort(new Error('navigated away'));
      },
      signal: controller.signal,
    });
    await expect(result).rejects.toThrow('navigated away');
    const stepsAtAbort = meter.steps;
    await yieldToPage();
    expect(meter.steps).toBe(stepsAtAbort);
    expect(pauses).toBe(2);
  });

  it('does not start on a signal already aborted', async () => {
    const controller = new AbortController();
    controller.abort(new Error('gone'));
    await expect(extractArticleSliced(articlePage(3), { signal: controller.signal })).rejects.toThrow('gone');
  });
});

describe('isArticlePageSliced', () => {
  it('gives the same verdict as isArticlePage, handing the thread back in between', async () => {
    const doc = articlePage(600);
    const meter = new Meter();
    const clock = meteredClock(meter);
    const sliced = await isArticlePageSliced(doc, { meter, budgetMs: 1, ...clock });
    expect(sliced).toEqual(isArticlePage(doc));
    expect(clock.slices.length).toBeGreaterThan(1);
    expect(Math.max(...clock.slices)).toBeLessThanOrEqual(1000 + 600);
  });

  it('runs in real slices with the default scheduler', async () => {
    const doc = articlePage(50);
    expect(await isArticlePageSliced(doc)).toEqual(isArticlePage(doc));
    const m = new Meter();
    expect(await runSliced(detectSteps(doc, m), { budgetMs: 1 })).toEqual(isArticlePage(doc));
  });
});

describe('runSliced', () => {
  it('clamps the budget to 16 ms', async () => {
    let t = 0;
    const slices: number[] = [];
    let start = 0;
    function* work(): Steps<string> {
      for (let i = 0; i < 100; i++) {
        t += 1;
        yield;
      }
      return 'done';
    }
    const out = await runSliced(work(), {
      budgetMs: 1000,
      now: () => t,
      pause: async () => {
        slices.push(t - start);
        start = t;
      },
    });
    expect(out).toBe('done');
    expect(slices.length).toBeGreaterThanOrEqual(5);
    expect(Math.max(...slices)).toBe(16);
  });
});
