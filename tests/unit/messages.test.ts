/**
 * Every message kind has a schema checked where it arrives: good messages pass unchanged, bad
 * shapes are dropped and counted, a Report the background keeps is one its own engine made, and
 * the content script cuts what it sends to the sizes the background accepts.
 */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../lib/analysis/report';
import type { ArticleInput } from '../../lib/analysis/types';
import {
  droppedMessages,
  parseAnalyzeReply,
  parseFromContent,
  parseFromPopup,
  parsePageState,
  parseToContent,
} from '../../lib/messages';
import { fitInput, isArticleInput, isReport, LIMITS, resetDroppedMessages } from '../../lib/messages-schema';

const INPUT: ArticleInput = {
  meta: {
    title: 'Port Authority Chief Resigns',
    site: 'The Sentinel',
    lang: 'en',
    url: 'https://s.example/a',
  },
  blocks: [
    { kind: 'heading', text: 'Port Authority Chief Resigns After Audit' },
    {
      kind: 'paragraph',
      text: 'The authority’s inept and corruption-ridden management deserves every bit of the scrutiny it is getting, critics said.',
    },
  ],
  related: {
    heading: 'More',
    links: [{ title: 'Audit names eleven contracts', url: 'https://s.example/b' }],
    excluded: 1,
  },
};

beforeEach(() => resetDroppedMessages());

describe('from a content script, in the background', () => {
  it('a well-formed analyze, page-left and report-free page-state pass as they are', () => {
    const analyze = { type: 'analyze', input: INPUT, force: false, partial: true };
    expect(parseFromContent(analyze)).toBe(analyze);
    expect(parseFromContent({ type: 'page-left' })).toEqual({ type: 'page-left' });
    const state = { type: 'page-state', state: { kind: 'error', message: 'x' }, url: 'https://s.example/a' };
    expect(parseFromContent(state)).toBe(state);
    expect(droppedMessages()).toEqual({});
  });

  it('bad shapes are dropped and counted by kind', () => {
    const bad: unknown[] = [
      null,
      'analyze',
      [],
      { type: 42 },
      { type: 'get-tab-state', tabId: 1 }, // a popup's message, from a page's script
      { type: 'analyze' },
      { type: 'analyze', input: { ...INPUT, blocks: [{ kind: 'script', text: 'x' }] } },
      { type: 'analyze', input: { ...INPUT, blocks: [{ kind: 'paragraph', text: 7 }] } },
      { type: 'analyze', input: { ...INPUT, meta: { title: ['x'] } } },
      { type: 'analyze', input: { ...INPUT, meta: { ...INPUT.meta, extra: 'x' } } },
      { type: 'analyze', input: INPUT, force: 'yes' },
      { type: 'analyze', input: { ...INPUT, related: { links: [{ title: 'x' }], excluded: 0 } } },
      { type: 'analyze', input: { ...INPUT, related: { links: [], excluded: -1 } } },
      { type: 'page-left', extra: 1 },
      // A Report is never taken from a page's side: only the background's engine makes the ones it keeps.
      {
        type: 'page-state',
        state: { kind: 'done', report: analyzeArticle(INPUT) },
        url: 'https://s.example/a',
      },
      { type: 'page-state', state: { kind: 'nonsense' }, url: 'https://s.example/a' },
      { type: 'page-state', state: { kind: 'error', message: 'x'.repeat(LIMITS.errorChars + 1) }, url: '' },
    ];
    for (const m of bad) expect(parseFromContent(m)).toBeNull();
    expect(droppedMessages()).toEqual({
      'background:?': 4,
      'background:get-tab-state': 1,
      'background:analyze': 8,
      'background:page-left': 1,
      'background:page-state': 3,
    });
  });

  it('sizes: too many blocks, too much text or too long a meta field is dropped', () => {
    const blocks = Array.from({ length: LIMITS.blocks + 1 }, () => ({
      kind: 'paragraph' as const,
      text: 'a',
    }));
    expect(isArticleInput({ meta: {}, blocks })).toBe(false);
    expect(isArticleInput({ meta: {}, blocks: blocks.slice(0, LIMITS.blocks) })).toBe(true);
    const big = 'a'.repeat(LIMITS.textChars / 2);
    expect(
      isArticleInput({
        meta: {},
        blocks: [
          { kind: 'paragraph', text: big },
          { kind: 'paragraph', text: `${big}a` },
        ],
      }),
    ).toBe(false);
    expect(isArticleInput({ meta: { title: 'a'.repeat(LIMITS.metaChars + 1) }, blocks: [] })).toBe(false);
  });

  it('fitInput cuts an oversized article to what passes, leading text first', () => {
    const big = 'a'.repeat(LIMITS.textChars / 2 + 10);
    const input: ArticleInput = {
      meta: {
        title: 't'.repeat(LIMITS.metaChars + 5),
        url: `https://s.example/${'u'.repeat(LIMITS.urlChars)}`,
      },
      blocks: [
        { kind: 'heading', text: 'Head' },
        { kind: 'paragraph', text: big },
        { kind: 'paragraph', text: big },
        { kind: 'paragraph', text: 'never reached' },
      ],
      related: {
        links: Array.from({ length: LIMITS.links + 3 }, (_, i) => ({
          title: `t${i}`,
          url: `https://s.example/${i}`,
        })),
        excluded: 2,
      },
    };
    expect(isArticleInput(input)).toBe(false);
    const fitted = fitInput(input);
    expect(isArticleInput(fitted)).toBe(true);
    expect(fitted.meta.title).toHaveLength(LIMITS.metaChars);
    expect(fitted.meta.url).toBeUndefined(); // a cut URL would name another page
    expect(fitted.blocks.map((b) => b.text.length)).toEqual([
      4,
      big.length,
      LIMITS.textChars - 4 - big.length,
    ]);
    expect(fitted.related!.links).toHaveLength(LIMITS.links);
    // What already fits comes through unchanged.
    expect(fitInput(INPUT)).toEqual(INPUT);
  });
});

describe('from the popup, in the background', () => {
  it('tab ids are whole numbers', () => {
    expect(parseFromPopup({ type: 'get-tab-state', tabId: 3 })).toEqual({ type: 'get-tab-state', tabId: 3 });
    expect(parseFromPopup({ type: 'analyze-tab', tabId: '3' })).toBeNull();
    expect(parseFromPopup({ type: 'analyze-tab', tabId: 1.5 })).toBeNull();
    expect(parseFromPopup({ type: 'analyze', input: INPUT })).toBeNull(); // not the popup's to send
    expect(droppedMessages()).toEqual({ 'background:analyze-tab': 2, 'background:analyze': 1 });
  });
});

describe('to a content script', () => {
  it('each kind with its fields, nothing more', () => {
    expect(parseToContent({ type: 'get-state' })).toEqual({ type: 'get-state' });
    expect(parseToContent({ type: 'set-marks', on: true })).toEqual({ type: 'set-marks', on: true });
    const reveal = { type: 'reveal', target: { kind: 'loaded', index: 2 } };
    expect(parseToContent(reveal)).toBe(reveal);
    expect(parseToContent({ type: 'reveal', target: { kind: 'loaded', index: -1 } })).toBeNull();
    expect(parseToContent({ type: 'reveal', target: { kind: 'loaded' } })).toBeNull();
    expect(parseToContent({ type: 'set-marks', on: 1 })).toBeNull();
    expect(parseToContent({ type: 'analyze-now', force: true })).toBeNull();
    expect(parseToContent({ type: '__proto__' })).toBeNull();
    expect(parseToContent({ type: 'toString' })).toBeNull();
    expect(droppedMessages()).toEqual({
      'content:reveal': 2,
      'content:set-marks': 1,
      'content:analyze-now': 1,
      'content:__proto__': 1,
      'content:toString': 1,
    });
  });
});

describe('Reports and page states', () => {
  const reports = [
    analyzeArticle(INPUT),
    analyzeArticle({ meta: {}, blocks: [] }),
    analyzeArticle({
      meta: { lang: 'de' },
      blocks: [
        {
          kind: 'paragraph',
          text: 'Der Rat hat den Haushalt am Montag beschlossen, sagte der Bürgermeister.',
        },
      ],
    }),
    JSON.parse(readFileSync('tests/fixtures/reports/demo-handwritten.json', 'utf8')),
  ];

  it('every Report the engine makes passes, supported or not', () => {
    for (const r of reports) expect(isReport(r)).toBe(true);
    expect(reports[2].supported).toBe(false);
  });

  it('a Report with a wrong field type does not', () => {
    const r = analyzeArticle(INPUT);
    expect(isReport({ ...r, supported: 'yes' })).toBe(false);
    expect(isReport({ ...r, version: 2 })).toBe(false);
    expect(isReport({ ...r, sentences: [{ ...r.sentences[0], label: 'propaganda' }] })).toBe(false);
    expect(isReport({ ...r, loaded: [{ ...r.loaded[0], category: 'slur' }] })).toBe(false);
    expect(isReport({ ...r, summary: { ...r.summary, statement: 3 } })).toBe(false);
    expect(isReport({ ...r, sentences: undefined })).toBe(false);
  });

  it('a content script’s state is kept only when well formed; the analyze reply is checked too', () => {
    const report = reports[0];
    expect(parsePageState({ kind: 'done', report })).toEqual({ kind: 'done', report });
    expect(parsePageState({ kind: 'analysing' })).toEqual({ kind: 'analysing' });
    expect(parsePageState({ kind: 'done' })).toBeNull();
    expect(parsePageState({ kind: 'done', report: { ...report, blocks: 'x' } })).toBeNull();
    expect(parsePageState(undefined)).toBeNull();
    expect(parseAnalyzeReply({ report })).toEqual({ report });
    expect(parseAnalyzeReply({ error: 'x' })).toEqual({ error: 'x' });
    expect(parseAnalyzeReply({ report: {} })).toBeNull();
    expect(droppedMessages()).toEqual({ 'reply:page-state': 3, 'reply:analyze': 1 });
  });
});
