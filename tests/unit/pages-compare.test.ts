import { describe, expect, it } from 'vitest';
import {
  errorCandidates,
  exceptionMessage,
  multisetMinus,
  ourRequests,
  settleErrors,
} from '../../lib/cli/pages-compare';

describe('pages: with the extension vs a plain run', () => {
  it('subtracts one for one', () => {
    expect(multisetMinus(['a', 'b', 'a', 'c'], ['a', 'c', 'd'])).toEqual(['b', 'a']);
    expect(multisetMinus([], ['a'])).toEqual([]);
  });

  it('names an exception by its first line', () => {
    expect(
      exceptionMessage({
        text: 'Uncaught',
        exception: { description: 'ReferenceError: googletag is not defined\n    at source.html:269:9' },
      }),
    ).toBe('ReferenceError: googletag is not defined');
    expect(exceptionMessage({ text: 'Uncaught', exception: { value: 'thrown string' } })).toBe(
      'thrown string',
    );
    expect(exceptionMessage({ text: 'Uncaught (in promise)' })).toBe('Uncaught (in promise)');
  });

  it('keeps as candidates only the errors seen more often with the extension, once each', () => {
    const plain = ['ReferenceError: googletag is not defined'];
    const withExt = [
      'ReferenceError: googletag is not defined',
      'ReferenceError: googletag is not defined',
      'TypeError: x is null',
      'TypeError: x is null',
    ];
    expect(errorCandidates(withExt, plain)).toEqual([
      'ReferenceError: googletag is not defined',
      'TypeError: x is null',
    ]);
    expect(errorCandidates(plain, plain)).toEqual([]);
  });

  it("drops a candidate the plain page throws in a repeat: the page's own flake", () => {
    expect(settleErrors(['A', 'B'], ['B', 'C'])).toEqual({ still: ['A'], flaky: ['B'] });
    expect(settleErrors(['A'], [])).toEqual({ still: ['A'], flaky: [] });
  });

  it('counts a traced request as ours only when the plain run did not make it as often', () => {
    const page = 'http://127.0.0.1:1/p/bg.jpg';
    // our style read started the page's own background image: the plain run fetched it too
    expect(ourRequests([`Image ${page}`], [`image ${page}`], [`image ${page}`])).toEqual({
      ours: [],
      madeAnyway: [`Image ${page}`],
    });
    // a second fetch of the same url, and one the plain page never makes, are ours
    expect(
      ourRequests(
        [`Image ${page}`, 'Fetch https://example.com/x'],
        [`image ${page}`, `image ${page}`, 'fetch https://example.com/x'],
        [`image ${page}`],
      ),
    ).toEqual({ ours: [`Image ${page}`, 'Fetch https://example.com/x'], madeAnyway: [] });
  });
});
