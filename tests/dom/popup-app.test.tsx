import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, type Mocked, vi } from 'vitest';
import {
  App,
  NOT_ARTICLE_RECHECKS,
  NOT_ARTICLE_SLOW_RECHECKS,
  type PopupBridge,
} from '../../entrypoints/popup/App';
import type { Report } from '../../lib/analysis/types';
import type { TabState } from '../../lib/messages';
import demo from '../fixtures/reports/demo-handwritten.json';

const load = (): Report => structuredClone(demo) as Report;

function bridge(states: TabState[], extra: Partial<Mocked<PopupBridge>> = {}): Mocked<PopupBridge> {
  const queue = [...states];
  return {
    version: '0.1.0',
    getState: vi.fn<PopupBridge['getState']>(async () => (queue.length > 1 ? queue.shift()! : queue[0]!)),
    analyze: vi.fn<PopupBridge['analyze']>(async () => ({ kind: 'analysing' })),
    reveal: vi.fn<PopupBridge['reveal']>(async () => true),
    copyText: vi.fn<PopupBridge['copyText']>(async () => {}),
    saveFile: vi.fn<PopupBridge['saveFile']>(),
    ...extra,
  };
}

afterEach(cleanup);

describe('popup App wiring', () => {
  it('asks again while the page is analysing, then shows the report', async () => {
    const b = bridge([{ kind: 'analysing' }, { kind: 'analysing' }, { kind: 'done', report: load() }]);
    render(<App bridge={b} pollMs={5} />);
    expect(screen.getByRole('status').textContent).toBe('Loading…');
    await screen.findByRole('heading', { name: 'Claims by voice' });
    expect(b.getState).toHaveBeenCalledTimes(3);
    expect(screen.getByRole('main').getAttribute('aria-busy')).toBe('false');
  });

  it('asks again a few times after "not an article": a page that just loaded may not have decided yet', async () => {
    const b = bridge([{ kind: 'not-article' }, { kind: 'not-article' }, { kind: 'done', report: load() }]);
    render(<App bridge={b} pollMs={5} />);
    await screen.findByRole('heading', { name: 'Claims by voice' });
    expect(b.getState).toHaveBeenCalledTimes(3);
    cleanup();
    // A page that stays "not an article" is asked a bounded number of times, then left on screen:
    // NOT_ARTICLE_RECHECKS times one interval apart (2 ms here), then more, five intervals apart.
    const asked: number[] = [];
    const stays = bridge([], {
      getState: vi.fn<PopupBridge['getState']>(async () => {
        asked.push(performance.now());
        return { kind: 'not-article' };
      }),
    });
    render(<App bridge={stays} pollMs={2} />);
    await screen.findByRole('button', { name: 'Analyze this page anyway' });
    const all = NOT_ARTICLE_RECHECKS + NOT_ARTICLE_SLOW_RECHECKS + 1;
    await waitFor(() => expect(stays.getState).toHaveBeenCalledTimes(all));
    const slowGaps = asked
      .slice(NOT_ARTICLE_RECHECKS + 1)
      .map((t, i) => t - asked[NOT_ARTICLE_RECHECKS + i]!);
    expect(slowGaps).toHaveLength(NOT_ARTICLE_SLOW_RECHECKS);
    for (const gap of slowGaps) expect(gap).toBeGreaterThanOrEqual(9);
    await new Promise((r) => setTimeout(r, 100));
    expect(stays.getState).toHaveBeenCalledTimes(all);
  });

  it('turns a failed request into the error state', async () => {
    const b = bridge([], {
      getState: vi.fn<PopupBridge['getState']>(async () => {
        throw new Error('Could not establish connection. Receiving end does not exist.');
      }),
    });
    render(<App bridge={b} pollMs={5} />);
    expect(
      (await screen.findByText('Details: Could not establish connection. Receiving end does not exist.'))
        .tagName,
    ).toBe('P');
  });

  it('"Analyze this page anyway" asks the background, shows progress, then the result', async () => {
    const b = bridge([{ kind: 'not-article' }]);
    render(<App bridge={b} pollMs={5} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Analyze this page anyway' }));
    expect(b.analyze).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('status').textContent).toBe('Analysing this article…');
    // the background answered "analysing": the popup polls until the tab is done
    b.getState.mockResolvedValue({ kind: 'done', report: load() });
    await screen.findByRole('heading', { name: 'Claims by voice' });
  });

  it('uses the tab URL for the export when the browser gives one, else the Report’s', async () => {
    const saveFile = vi.fn<PopupBridge['saveFile']>();
    const b = bridge([{ kind: 'done', report: load() }], { saveFile, url: 'https://live.example/a' });
    render(<App bridge={b} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Download JSON' }));
    expect(JSON.parse(saveFile.mock.calls[0]![1]).url).toBe('https://live.example/a');
    cleanup();
    const saveFile2 = vi.fn<PopupBridge['saveFile']>();
    render(<App bridge={bridge([{ kind: 'done', report: load() }], { saveFile: saveFile2 })} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Download JSON' }));
    expect(JSON.parse(saveFile2.mock.calls[0]![1]).url).toBe('https://thepost.example/nato-south-caucasus');
  });

  it('shows the outlet profile line once the report is there, and goes on without one', async () => {
    const report = load();
    const getProfile = vi.fn<NonNullable<PopupBridge['getProfile']>>(async () => ({
      site: 'the post',
      articles: 4,
      first: 0,
      last: 0,
      opinionShare: 0.1,
      loadedPer1000: 12,
      negative: [{ name: 'Azerbaijan', tone: -0.5, mentions: 9, articles: 3 }],
      positive: [],
      topTerms: [],
      timeline: [],
    }));
    render(<App bridge={bridge([{ kind: 'done', report }], { getProfile })} />);
    expect((await screen.findByTestId('outlet-so-far')).textContent).toBe(
      'The Post so far: 4 articles read on this device, 10% own opinion, 12.0 loaded terms per 1,000 words; cast most negatively: Azerbaijan.',
    );
    expect(getProfile).toHaveBeenCalledWith(report);
    cleanup();
    const failing = vi.fn<NonNullable<PopupBridge['getProfile']>>(async () => {
      throw new Error('storage unavailable');
    });
    render(<App bridge={bridge([{ kind: 'done', report: load() }], { getProfile: failing })} />);
    await screen.findByRole('heading', { name: 'Claims by voice' });
    await waitFor(() => expect(failing).toHaveBeenCalledTimes(1));
    expect(screen.queryByTestId('outlet-so-far')).toBeNull();
  });

  it('sends reveal for the claim that was clicked', async () => {
    const b = bridge([{ kind: 'done', report: load() }]);
    render(<App bridge={b} />);
    const buttons = await screen.findAllByRole('button', { name: /^“Achieving/ });
    fireEvent.click(buttons[0]!);
    await waitFor(() => expect(b.reveal).toHaveBeenCalledWith({ kind: 'claim', index: 4 }));
  });
});
