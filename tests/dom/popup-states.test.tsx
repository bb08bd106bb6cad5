import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, type Mocked, vi } from 'vitest';
import { Popup } from '../../components/popup/Popup';
import type { PopupActions } from '../../components/popup/types';
import type { Report } from '../../lib/analysis/types';
import type { TabState } from '../../lib/messages';
import demo from '../fixtures/reports/demo-handwritten.json';

const load = (): Report => structuredClone(demo) as Report;

function actions(): Mocked<PopupActions> {
  return {
    analyze: vi.fn<PopupActions['analyze']>(),
    reveal: vi.fn<PopupActions['reveal']>(async () => true),
    copyText: vi.fn<PopupActions['copyText']>(async () => {}),
    saveFile: vi.fn<PopupActions['saveFile']>(),
  };
}

function show(state: TabState | null, a = actions()) {
  render(<Popup state={state} version="0.1.0" actions={a} />);
  return a;
}

const main = () => screen.getByRole('main');

afterEach(cleanup);

describe('popup states', () => {
  it('loading: a busy skeleton with a status, and the same reserved height as the report', () => {
    show(null);
    expect(main().getAttribute('aria-busy')).toBe('true');
    expect(screen.getByRole('status').textContent).toBe('Loading…');
    expect(screen.getByTestId('skeleton').querySelectorAll('.sw-bone').length).toBe(5);
    expect(main().className).toBe('sw-popup');
  });

  it('analysing: says so while busy', () => {
    show({ kind: 'analysing' });
    expect(main().getAttribute('aria-busy')).toBe('true');
    expect(screen.getByRole('status').textContent).toBe('Analysing this article…');
  });

  it('not an article: offers "Analyze this page anyway"', () => {
    const a = show({ kind: 'not-article' });
    expect(main().getAttribute('aria-busy')).toBe('false');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Not a news article');
    expect(main().querySelector('p')?.textContent).toBe(
      'This page doesn’t look like a news article, so Slantwise left it alone.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Analyze this page anyway' }));
    expect(a.analyze).toHaveBeenCalledTimes(1);
  });

  it('restricted: says the extension may not run there, with nothing to click', () => {
    show({ kind: 'restricted' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Slantwise can’t run on this page');
    expect(main().querySelector('p')?.textContent).toBe(
      'Browsers don’t let extensions read or mark their own pages (settings, new tabs) or extension store pages. Open a news article to use Slantwise.',
    );
    expect(screen.queryAllByRole('button')).toEqual([]);
  });

  it('unknown: explains and still lets the user ask for an analysis', () => {
    const a = show({ kind: 'unknown' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('No answer from this page yet');
    expect(texts([...main().querySelectorAll('p')])).toEqual([
      'If the page is still loading, wait a moment and open Slantwise again. If the page was open before Slantwise was installed or updated, reload it.',
      'Browser pages (settings, new tabs) and extension stores are off limits to extensions.',
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Analyze this page anyway' }));
    expect(a.analyze).toHaveBeenCalledTimes(1);
  });

  it('unsupported language: names the language, shows the title, marks nothing', () => {
    const report = load();
    report.supported = false;
    report.language = 'de';
    report.meta.title = 'Die NATO im Südkaukasus';
    show({ kind: 'unsupported-language', language: 'de', report });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Die NATO im Südkaukasus');
    expect(screen.getByRole('note').textContent).toBe(
      'This article is in German. Slantwise reads English only for now, so nothing on the page is marked.',
    );
    expect(screen.queryByTestId('statement')).toBeNull();
    expect(screen.queryByRole('region', { name: 'Claims by voice' })).toBeNull();
  });

  it('error: a clear message, the details, and a retry', () => {
    const a = show({ kind: 'error', message: 'Timed out after 5 s' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Analysis failed');
    expect(texts([...main().querySelectorAll('p')])).toEqual([
      'Slantwise could not analyse this page. The page itself is unaffected.',
      'Details: Timed out after 5 s',
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(a.analyze).toHaveBeenCalledTimes(1);
  });

  it('done: the two pictures, then every section, as landmarks with headings, in reading order', () => {
    show({ kind: 'done', report: load() });
    expect(main().getAttribute('aria-busy')).toBe('false');
    expect(screen.getAllByRole('region').map((r) => r.querySelector('h2')?.textContent)).toEqual([
      'Slant by voice',
      'Sentence by sentence',
      'Claims by voice',
      'Loaded language (6)',
      'Who and what it names',
      'Related-story slant',
      'Export',
    ]);
  });

  it('done: a claim whose mark is gone says so', async () => {
    const a = actions();
    a.reveal.mockResolvedValueOnce(false);
    show({ kind: 'done', report: load() }, a);
    fireEvent.click(screen.getByRole('button', { name: 'may' }));
    expect(a.reveal).toHaveBeenCalledWith({ kind: 'loaded', index: 5 });
    await waitFor(() =>
      expect(screen.getByTestId('reveal-status').textContent).toBe(
        'That passage is no longer on the page. Reload the page to analyse it again.',
      ),
    );
  });
});

function texts(els: Element[]) {
  return els.map((el) => el.textContent);
}
