/**
 * The page session as a state machine (lib/session/machine.ts), in Node: each event's transitions
 * and effects, with no DOM and no browser. The article handle is a plain string here.
 */
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../lib/analysis/report';
import type { ArticleInput, Report } from '../../lib/analysis/types';
import type { Mark } from '../../lib/page/marks';
import { FIRST_LOOK_CHARS } from '../../lib/session/first-look';
import { MAX_RECHECKS, MAX_WAIT_MS, SETTLE_MS, SessionMachine } from '../../lib/session/machine';
import { cardData } from '../../lib/session/reveal';
import type { SessionEffect } from '../../lib/session/types';
import { DEFAULT_SETTINGS, mergeSettings, type Settings } from '../../lib/settings-schema';

const HREF = 'https://www.news.example/politics/budget';
const OTHER = 'https://www.news.example/world/other';

const PARAGRAPHS = [
  'The ministry announced on Tuesday that the budget for next year will rise by four percent.',
  'Its inept and corruption-ridden diplomatic service further complicates the situation, and the plan is a disgrace.',
  'The finance minister said the increase would pay for roads, schools and two new hospitals in the north.',
  'Critics say the shameful scheme is a reckless gamble that will devastate the poorest families.',
  'Officials said the figures were checked by the national audit office before they were published.',
  'The opposition leader claimed the numbers were invented, and said the government had lied for years.',
  // (A plain fact in the outlet's voice, for the card of a fact.)
  'The session ended shortly after noon.',
];
/** Long enough that the first look (its first ~1,500 characters) is under half the article. */
function articleInput(paragraphs = PARAGRAPHS.length): ArticleInput {
  const blocks = [];
  for (let i = 0; blocks.reduce((n, b) => n + b.text.length, 0) < FIRST_LOOK_CHARS * 3; i++)
    blocks.push({ kind: 'paragraph' as const, text: `${PARAGRAPHS[i % paragraphs]} (${i})` });
  return { meta: { site: 'The Post', url: HREF, lang: 'en' }, blocks };
}

const INPUT = articleInput();
const REPORT: Report = analyzeArticle(INPUT);

type Fx = SessionEffect<string>[];
const kinds = (fx: Fx) => fx.map((e) => e.type);
const find = <T extends Fx[number]['type']>(fx: Fx, type: T) =>
  fx.filter((e): e is Extract<Fx[number], { type: T }> => e.type === type);

/** A machine that has detected an article and extracted it at `href` (run 1). */
function extracted(opts: { href?: string; settings?: Settings | null; input?: ArticleInput } = {}) {
  const m = new SessionMachine<string>();
  const href = opts.href ?? HREF;
  m.send({ type: 'start', href });
  m.send({ type: 'detected', run: 1, isArticle: true });
  const fx = m.send({
    type: 'extracted',
    run: 1,
    href,
    article: 'article-1',
    input: opts.input ?? INPUT,
    marksDetached: false,
  });
  const more =
    opts.settings === null ? [] : m.send({ type: 'settings', settings: opts.settings ?? DEFAULT_SETTINGS });
  return { m, fx: [...fx, ...more] };
}

/** Marks drawn as asked (every mark placed), so the machine knows what is on the page. */
function drawAll(m: SessionMachine<string>, fx: Fx): Fx {
  const draws = find(fx, 'draw');
  const last = draws.at(-1);
  return last ? m.send({ type: 'drawn', placed: last.marks ?? [] }) : [];
}

/** A machine with the full Report drawn (no first look: the reply came as one). */
function done() {
  const { m } = extracted();
  m.send({ type: 'corrections', corrections: [] });
  m.send({
    type: 'first-look',
    run: 1,
    reply: { report: analyzeArticle({ ...INPUT, blocks: INPUT.blocks.slice(0, 3) }) },
  });
  const fx = m.send({ type: 'report', run: 1, reply: { report: REPORT } });
  drawAll(m, fx);
  return m;
}

describe('start and detection', () => {
  it('starts observing and runs the cheap check', () => {
    const m = new SessionMachine<string>();
    expect(m.send({ type: 'start', href: HREF })).toEqual([{ type: 'observe' }, { type: 'detect', run: 1 }]);
    expect(m.page).toEqual({ kind: 'not-article' });
  });

  it('a page that is not an article gets nothing more: no listeners, no storage, no extraction', () => {
    const m = new SessionMachine<string>();
    m.send({ type: 'start', href: HREF });
    expect(m.send({ type: 'detected', run: 1, isArticle: false })).toEqual([]);
    expect(m.send({ type: 'detected', run: 1, isArticle: null })).toEqual([]);
    expect(m.page).toEqual({ kind: 'not-article' });
  });

  it('an article wires the listeners and reads storage once, then extracts', () => {
    const m = new SessionMachine<string>();
    m.send({ type: 'start', href: HREF });
    expect(m.send({ type: 'detected', run: 1, isArticle: true })).toEqual([
      { type: 'activate' },
      { type: 'load-prefs' },
      { type: 'extract', run: 1 },
    ]);
    // A later run (the page changed) extracts again, but wires and reads nothing twice.
    m.send({ type: 'mutation', now: 0 });
    expect(m.send({ type: 'settled', hidden: false })).toEqual([{ type: 'detect', run: 2 }]);
    expect(m.send({ type: 'detected', run: 2, isArticle: true })).toEqual([{ type: 'extract', run: 2 }]);
  });
});

describe('extraction and the two requests', () => {
  it('waits for the settings, then asks for the first look and then the whole article', () => {
    const { m, fx } = extracted({ settings: null });
    expect(fx).toEqual([]);
    expect(m.page).toEqual({ kind: 'not-article' });
    const asked = m.send({ type: 'settings', settings: DEFAULT_SETTINGS });
    const analyze = find(asked, 'analyze');
    expect(analyze.map((a) => [a.run, a.partial, a.force])).toEqual([
      [1, true, false],
      [1, false, false],
    ]);
    expect(analyze[1]!.input.blocks).toEqual(INPUT.blocks);
    const opening = analyze[0]!.input.blocks;
    expect(opening).toEqual(INPUT.blocks.slice(0, opening.length));
    expect(opening.reduce((n, b) => n + b.text.length, 0)).toBeLessThanOrEqual(FIRST_LOOK_CHARS);
    expect(m.page).toEqual({ kind: 'analysing' });
  });

  it('a short article is asked for in one request', () => {
    const short = { meta: INPUT.meta, blocks: INPUT.blocks.slice(0, 2) };
    const { fx } = extracted({ input: short });
    expect(find(fx, 'analyze').map((a) => a.partial)).toEqual([false]);
  });

  it('an empty extraction is no article; a failed one leaves the state as it was', () => {
    const { m } = extracted({ input: { meta: {}, blocks: [] } });
    expect(m.page).toEqual({ kind: 'not-article' });
    const n = new SessionMachine<string>();
    n.send({ type: 'start', href: HREF });
    n.send({ type: 'detected', run: 1, isArticle: true });
    const fx = n.send({
      type: 'extracted',
      run: 1,
      href: HREF,
      article: null,
      input: null,
      marksDetached: false,
    });
    expect(fx).toEqual([]);
    expect(n.send({ type: 'settings', settings: DEFAULT_SETTINGS })).toEqual([
      { type: 'keys', shortcuts: DEFAULT_SETTINGS.shortcuts },
    ]);
  });

  it('draws the first look once corrections are read, then the full Report over it without a clear', () => {
    const { m } = extracted();
    const look = analyzeArticle({ ...INPUT, blocks: INPUT.blocks.slice(0, 3) });
    expect(m.send({ type: 'first-look', run: 1, reply: { report: look } })).toEqual([]);
    const first = m.send({ type: 'corrections', corrections: [] });
    expect(kinds(first)).toEqual(['clear', 'draw']);
    const draw = find(first, 'draw')[0]!;
    expect(draw.article).toBe('article-1');
    expect(draw.marks!.length).toBeGreaterThan(0);
    expect(m.view?.partial).toBe(true);
    expect(m.page).toEqual({ kind: 'analysing' });
    expect(kinds(drawAll(m, first))).toEqual(['legend']);

    const full = m.send({ type: 'report', run: 1, reply: { report: REPORT } });
    expect(kinds(full)).toEqual(['draw']);
    expect(find(full, 'draw')[0]!.marks!.length).toBeGreaterThan(draw.marks!.length);
    expect(m.view?.partial).toBe(false);
    expect(m.view?.report).toBe(REPORT);
    expect(m.page).toEqual({ kind: 'done', report: REPORT });
  });

  it('a full Report that comes before the first look waits for it, so the order of drawing holds', () => {
    const { m } = extracted();
    m.send({ type: 'corrections', corrections: [] });
    expect(m.send({ type: 'report', run: 1, reply: { report: REPORT } })).toEqual([]);
    const fx = m.send({ type: 'first-look', run: 1, reply: undefined }); // the first look failed
    expect(kinds(fx)).toEqual(['clear', 'draw']);
    expect(m.page.kind).toBe('done');
  });

  it('an error, or no answer, ends in the error state and takes a first look’s marks away', () => {
    const { m } = extracted();
    m.send({ type: 'corrections', corrections: [] });
    m.send({ type: 'first-look', run: 1, reply: { report: REPORT } });
    expect(m.view?.partial).toBe(true);
    expect(kinds(m.send({ type: 'report', run: 1, reply: { error: 'boom' } }))).toEqual(['clear']);
    expect(m.page).toEqual({ kind: 'error', message: 'boom' });
    expect(m.view).toBeNull();
    const n = extracted({ input: { meta: INPUT.meta, blocks: INPUT.blocks.slice(0, 2) } }).m;
    n.send({ type: 'corrections', corrections: [] });
    n.send({ type: 'report', run: 1, reply: undefined });
    expect(n.page).toEqual({ kind: 'error', message: 'The analysis did not answer.' });
  });

  it('a Report in a language not supported is recorded, with no marks and no legend', () => {
    const { m } = extracted({ input: { meta: INPUT.meta, blocks: INPUT.blocks.slice(0, 2) } });
    m.send({ type: 'corrections', corrections: [] });
    const french = { ...REPORT, supported: false, language: 'fr' } as Report;
    const fx = m.send({ type: 'report', run: 1, reply: { report: french } });
    expect(find(fx, 'draw')[0]!.marks).toBeNull();
    expect(m.page).toEqual({ kind: 'unsupported-language', language: 'fr', report: french });
    expect(m.send({ type: 'drawn', placed: [] })).toEqual([{ type: 'legend', view: null }]);
  });
});

describe('the same article again', () => {
  it('is not asked for again; it is redrawn only when the page replaced the marked text', () => {
    const m = done();
    m.send({ type: 'mutation', now: 0 });
    m.send({ type: 'settled', hidden: false });
    m.send({ type: 'detected', run: 2, isArticle: true });
    const same = { type: 'extracted', run: 2, href: HREF, input: INPUT } as const;
    expect(m.send({ ...same, article: 'article-2', marksDetached: false })).toEqual([]);
    m.send({ type: 'mutation', now: 10_000 });
    m.send({ type: 'settled', hidden: false });
    m.send({ type: 'detected', run: 3, isArticle: true });
    const fx = m.send({ ...same, run: 3, article: 'article-3', marksDetached: true });
    expect(kinds(fx)).toEqual(['draw']);
    expect(find(fx, 'draw')[0]!.article).toBe('article-3');
    expect(m.page.kind).toBe('done');
  });
});

describe('stale results', () => {
  it('after a navigation, the old run’s Report changes nothing', () => {
    const { m } = extracted();
    m.send({ type: 'corrections', corrections: [] });
    m.send({ type: 'first-look', run: 1, reply: { report: REPORT } });
    expect(m.view).not.toBeNull();
    const nav = m.send({ type: 'location', href: OTHER, now: 5 });
    expect(kinds(nav)).toEqual(['clear', 'page-left', 'observe', 'settle']);
    expect(m.page).toEqual({ kind: 'not-article' });
    expect(m.send({ type: 'report', run: 1, reply: { report: REPORT } })).toEqual([]);
    expect(
      m.send({ type: 'extracted', run: 1, href: HREF, article: 'x', input: INPUT, marksDetached: false }),
    ).toEqual([]);
    expect(m.send({ type: 'detected', run: 1, isArticle: true })).toEqual([]);
    expect(m.view).toBeNull();
    expect(m.page).toEqual({ kind: 'not-article' });
  });

  it('a location event with the URL unchanged (a page can dispatch it by name) does nothing', () => {
    const m = done();
    expect(m.send({ type: 'location', href: HREF, now: 1 })).toEqual([]);
    expect(m.page.kind).toBe('done');
    expect(m.view).not.toBeNull();
  });

  it('a run overtaken by a newer one drops its extraction', () => {
    const m = new SessionMachine<string>();
    m.send({ type: 'start', href: HREF });
    m.send({ type: 'detected', run: 1, isArticle: true });
    m.send({ type: 'mutation', now: 0 });
    m.send({ type: 'settled', hidden: false }); // run 2 starts
    m.send({ type: 'settings', settings: DEFAULT_SETTINGS });
    const old = m.send({
      type: 'extracted',
      run: 1,
      href: HREF,
      article: 'old',
      input: INPUT,
      marksDetached: false,
    });
    expect(old).toEqual([]);
    expect(m.page).toEqual({ kind: 'not-article' });
  });
});

describe('settings and corrections', () => {
  const off = mergeSettings(DEFAULT_SETTINGS, { sites: { 'news.example': 'always-off' } });

  it('an article on a site marked only on request is skipped; turning marking on analyses it', () => {
    const { m, fx } = extracted({ settings: off });
    expect(find(fx, 'analyze')).toEqual([]);
    expect(m.skipped).toBe(true);
    expect(m.page).toEqual({ kind: 'not-article' });
    const on = m.send({ type: 'settings', settings: DEFAULT_SETTINGS });
    expect(find(on, 'detect')).toEqual([{ type: 'detect', run: 2 }]);
    expect(m.skipped).toBe(false);
  });

  it('turning marking off for the site takes marks away and drops a run in flight', () => {
    const m = done();
    const fx = m.send({ type: 'settings', settings: off });
    expect(kinds(fx)).toEqual(['keys', 'clear', 'page-left']);
    expect(m.view).toBeNull();
    expect(m.page).toEqual({ kind: 'not-article' });
  });

  it('marks the reader asked for stay when automatic marking goes off', () => {
    const m = new SessionMachine<string>();
    m.send({ type: 'start', href: HREF });
    m.send({ type: 'request', id: 1, request: { type: 'analyze-now' } });
    m.send({ type: 'detected', run: 2, isArticle: false }); // forced: analysed all the same
    m.send({ type: 'extracted', run: 2, href: HREF, article: 'a', input: INPUT, marksDetached: false });
    m.send({ type: 'settings', settings: DEFAULT_SETTINGS });
    m.send({ type: 'corrections', corrections: [] });
    m.send({ type: 'first-look', run: 2, reply: undefined });
    m.send({ type: 'report', run: 2, reply: { report: REPORT } });
    expect(kinds(m.send({ type: 'settings', settings: off }))).toEqual(['keys', 'draw']);
    expect(m.view).not.toBeNull();
  });

  it('a changed setting or correction redraws with what it selects, and the keys follow', () => {
    const m = done();
    const before = m.marksToDraw()!.length;
    const fewer = mergeSettings(DEFAULT_SETTINGS, { sentences: { opinion: false, reported: false } });
    const fx = m.send({ type: 'settings', settings: fewer });
    expect(kinds(fx)).toEqual(['keys', 'draw']);
    const drawn = find(fx, 'draw')[0]!.marks!;
    expect(drawn.length).toBeLessThan(before);
    expect(drawn.every((mk) => mk.term)).toBe(true);
    const term = REPORT.loaded[0]!;
    const corrected = m.send({
      type: 'corrections',
      corrections: [
        { id: 'c1', kind: 'not-loaded', term: term.text.toLowerCase(), site: 'news.example', created: 1 },
      ],
    });
    const after = find(corrected, 'draw')[0]!.marks!;
    expect(after.some((mk) => mk.term?.text === term.text)).toBe(false);
  });
});

describe('marks, legend and the popup’s requests', () => {
  it('the legend counts what was placed; toggles hide the card and redraw', () => {
    const m = done();
    const placed = m.marksToDraw()!;
    const legend = find(m.send({ type: 'drawn', placed: placed.slice(0, 2) }), 'legend')[0]!.view!;
    expect(Object.values(legend.counts).reduce((a, b) => a + (b ?? 0), 0)).toBe(2);
    expect([legend.on, legend.expanded]).toEqual([true, false]);
    expect(find(m.send({ type: 'toggle-legend' }), 'legend')[0]!.view!.expanded).toBe(true);
    const off = m.send({ type: 'toggle-marks' });
    expect(kinds(off)).toEqual(['hide-card', 'draw']);
    expect(find(off, 'draw')[0]!.marks).toBeNull();
    expect(find(m.send({ type: 'drawn', placed: [] }), 'legend')[0]!.view).toMatchObject({
      counts: {},
      on: false,
    });
  });

  it('get-state and set-marks are answered at once', () => {
    const m = done();
    expect(m.send({ type: 'request', id: 7, request: { type: 'get-state' } })).toEqual([
      { type: 'reply', id: 7, value: { kind: 'done', report: REPORT } },
    ]);
    const fx = m.send({ type: 'request', id: 8, request: { type: 'set-marks', on: false } });
    expect(kinds(fx)).toEqual(['hide-card', 'draw', 'reply']);
    expect(fx.at(-1)).toEqual({ type: 'reply', id: 8, value: { on: false } });
  });

  it('analyze-now forces a page that is not detected as an article and answers when its run ends', () => {
    const m = new SessionMachine<string>();
    m.send({ type: 'start', href: HREF });
    m.send({ type: 'detected', run: 1, isArticle: false });
    expect(m.send({ type: 'request', id: 3, request: { type: 'analyze-now' } })).toEqual([
      { type: 'detect', run: 2 },
    ]);
    expect(m.forced).toBe(true);
    m.send({ type: 'detected', run: 2, isArticle: false });
    const fx = m.send({
      type: 'extracted',
      run: 2,
      href: HREF,
      article: 'a',
      input: INPUT,
      marksDetached: false,
    });
    m.send({ type: 'settings', settings: DEFAULT_SETTINGS });
    expect(find(fx, 'reply')).toEqual([]);
    m.send({ type: 'corrections', corrections: [] });
    m.send({ type: 'first-look', run: 2, reply: undefined });
    const end = m.send({ type: 'report', run: 2, reply: { report: REPORT } });
    expect(find(end, 'reply')).toEqual([{ type: 'reply', id: 3, value: { kind: 'done', report: REPORT } }]);
    expect(find(m.send({ type: 'report', run: 2, reply: { report: REPORT } }), 'reply')).toEqual([]);
  });

  it('analyze-now overtaken by a newer run is answered when its own late result comes back', () => {
    const m = new SessionMachine<string>();
    m.send({ type: 'start', href: HREF });
    m.send({ type: 'request', id: 4, request: { type: 'analyze-now' } }); // run 2
    m.send({ type: 'location', href: OTHER, now: 0 }); // run 3, not forced any more
    const late = m.send({ type: 'detected', run: 2, isArticle: true });
    expect(late).toEqual([{ type: 'reply', id: 4, value: { kind: 'not-article' } }]);
    expect(m.forced).toBe(false);
  });

  it('reveal shows a drawn mark by index, finds one not drawn by its span, and says when there is none', () => {
    const m = done();
    const placed: Mark[] = m.marksToDraw()!;
    m.send({ type: 'drawn', placed });
    const drawnTerms = new Set(placed.map((p) => p.term));
    const termIndex = REPORT.loaded.findIndex((t) => drawnTerms.has(t));
    expect(termIndex).toBeGreaterThanOrEqual(0);
    const fx = m.send({
      type: 'request',
      id: 1,
      request: { type: 'reveal', target: { kind: 'loaded', index: termIndex } },
    });
    expect(fx).toEqual([
      { type: 'reveal', id: 1, index: placed.findIndex((p) => p.term === REPORT.loaded[termIndex]) },
    ]);
    const fact = REPORT.sentences.findIndex((s) => s.label === 'fact');
    expect(fact).toBeGreaterThanOrEqual(0);
    const hidden = m.send({
      type: 'request',
      id: 2,
      request: { type: 'reveal', target: { kind: 'sentence', index: fact } },
    });
    expect(hidden).toEqual([
      {
        type: 'reveal-span',
        id: 2,
        article: 'article-1',
        span: REPORT.sentences[fact],
        mark: expect.objectContaining({ sentence: fact, block: REPORT.sentences[fact]!.block }),
      },
    ]);
    expect(
      m.send({
        type: 'request',
        id: 3,
        request: { type: 'reveal', target: { kind: 'sentence', index: 9999 } },
      }),
    ).toEqual([{ type: 'reply', id: 3, value: { found: false } }]);
    const empty = new SessionMachine<string>();
    expect(
      empty.send({
        type: 'request',
        id: 4,
        request: { type: 'reveal', target: { kind: 'sentence', index: 0 } },
      }),
    ).toEqual([{ type: 'reply', id: 4, value: { found: false } }]);
  });
});

describe('page changes, navigation, pagehide and stop', () => {
  it('waits for the page to settle: a quiet time after the last change, and at most a longest wait', () => {
    const m = new SessionMachine<string>();
    m.send({ type: 'start', href: HREF });
    expect(m.send({ type: 'mutation', now: 1000 })).toEqual([{ type: 'settle', ms: SETTLE_MS }]);
    expect(m.send({ type: 'mutation', now: 1000 + MAX_WAIT_MS - 100 })).toEqual([
      { type: 'settle', ms: 100 },
    ]);
    expect(m.send({ type: 'mutation', now: 1000 + MAX_WAIT_MS + 50 })).toEqual([{ type: 'settle', ms: 0 }]);
    expect(m.send({ type: 'settled', hidden: false })).toEqual([{ type: 'detect', run: 2 }]);
    // After a look the wait starts afresh.
    expect(m.send({ type: 'mutation', now: 9000 })).toEqual([{ type: 'settle', ms: SETTLE_MS }]);
  });

  it('work waits while the tab is hidden', () => {
    const m = new SessionMachine<string>();
    m.send({ type: 'start', href: HREF });
    m.send({ type: 'mutation', now: 0 });
    expect(m.send({ type: 'settled', hidden: true })).toEqual([{ type: 'wait-visible' }]);
  });

  it('a page that is not an article is re-checked a bounded number of times per URL', () => {
    const m = new SessionMachine<string>();
    m.send({ type: 'start', href: HREF });
    for (let i = 0; i < MAX_RECHECKS; i++) {
      m.send({ type: 'mutation', now: i * 5000 });
      expect(kinds(m.send({ type: 'settled', hidden: false }))).toEqual(['detect']);
    }
    m.send({ type: 'mutation', now: 99_000 });
    expect(m.send({ type: 'settled', hidden: false })).toEqual([{ type: 'disconnect' }]);
    // A new URL counts afresh.
    expect(kinds(m.send({ type: 'location', href: OTHER, now: 100_000 }))).toEqual(['observe', 'settle']);
    expect(kinds(m.send({ type: 'settled', hidden: false }))).toEqual(['detect']);
  });

  it('only a trusted pagehide with marks tells the background the page is left', () => {
    const m = done();
    expect(m.send({ type: 'pagehide', trusted: false })).toEqual([]);
    expect(m.send({ type: 'pagehide', trusted: true })).toEqual([{ type: 'page-left' }]);
    expect(new SessionMachine<string>().send({ type: 'pagehide', trusted: true })).toEqual([]);
  });

  it('stop undoes everything once; nothing after it acts', () => {
    const m = done();
    expect(m.send({ type: 'stop' })).toEqual([{ type: 'clear' }, { type: 'destroy' }]);
    expect(m.send({ type: 'report', run: 1, reply: { report: REPORT } })).toEqual([]);
    expect(m.send({ type: 'request', id: 1, request: { type: 'get-state' } })).toEqual([]);
    expect(m.send({ type: 'toggle-marks' })).toEqual([]);
  });
});

describe('the card of a mark shown from the popup', () => {
  it('says a claim or a fact is no opinion, and keeps the opinion labels', () => {
    const label = (kind: 'claim' | 'fact' | 'opinion') => {
      const i = REPORT.sentences.findIndex((s) => s.label === kind && s.voice === 'outlet');
      expect(i, kind).toBeGreaterThanOrEqual(0);
      const s = REPORT.sentences[i]!;
      return cardData(REPORT, { kind: 'opinion', block: s.block, start: s.start, end: s.end, sentence: i })
        .label;
    };
    expect(label('fact')).toBe('A statement of fact, not an opinion');
    expect(label('opinion')).toBe('The outlet’s own opinion');
    expect(label('claim')).toBe('A claim, not an opinion');
  });
});
