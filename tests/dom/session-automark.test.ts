/**
 * Automatic marking switched in the options reaches open tabs without a reload (issue 5): the
 * content session analyses an article it skipped because marking was off, and takes away the
 * marks it drew on its own when marking is turned off; marks the reader asked for stay.
 * Driven like tests/dom/content-session.test.ts: happy-dom, WXT's fake browser, the real engine
 * standing in for the background.
 */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyzeArticle } from '../../lib/analysis/report';
import type { ArticleInput } from '../../lib/analysis/types';
import type { ContentToBackground } from '../../lib/messages';
import { highlightName } from '../../lib/page/highlight-styles';
import { saveSettings } from '../../lib/settings';
import { installHighlightApi, loadHtml, useSessions } from './session-harness';

const OPINION_HIGHLIGHT = highlightName('opinion');

const OPINION =
  'The authority’s inept and corruption-ridden management, which has squandered public money for years, deserves every bit of the scrutiny it is finally getting.';

const load = (name: string) => loadHtml(readFileSync(`tests/e2e/fixtures/${name}`, 'utf8'));

const { start } = useSessions();
/** Every message the session sent to the background, in order. */
const sent: ContentToBackground[] = [];

beforeEach(() => {
  fakeBrowser.reset();
  sent.length = 0;
  fakeBrowser.runtime.onMessage.addListener(
    (msg: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
      const m = msg as ContentToBackground;
      if (m.type !== 'analyze' && m.type !== 'page-left') return undefined;
      sent.push(m);
      sendResponse(m.type === 'analyze' ? { report: analyzeArticle(m.input as ArticleInput) } : undefined);
      return true;
    },
  );
});

const opinions = (registry: Map<string, Set<Range>>) =>
  [...(registry.get(OPINION_HIGHLIGHT) ?? [])].map((r) => r.toString());
const types = () => sent.map((m) => m.type);
const settle = () => new Promise((r) => setTimeout(r, 50));

describe('automatic marking follows the options in an open tab', () => {
  test('turned on: an article skipped while it was off is analysed and marked', async () => {
    await saveSettings({ autoMark: false });
    const registry = installHighlightApi();
    load('hostile.html');
    start();
    await settle();
    expect(types()).toEqual([]);
    expect(registry.size).toBe(0);
    expect(document.querySelector('slantwise-legend')).toBeNull();

    await saveSettings({ autoMark: true });
    await vi.waitFor(() => expect(opinions(registry)).toEqual([OPINION]));
    expect(types()).toEqual(['analyze']);
    // The legend is drawn one task after the marks.
    await vi.waitFor(() => expect(document.querySelectorAll('slantwise-legend')).toHaveLength(1));
  });

  test('turned off: marks drawn on their own go; turned on again: they come back', async () => {
    const registry = installHighlightApi();
    load('hostile.html');
    const bodyBefore = document.body.innerHTML;
    start();
    await vi.waitFor(() => expect(opinions(registry)).toEqual([OPINION]));
    const drawn = Object.fromEntries([...registry].map(([k, v]) => [k, [...v].map((r) => r.toString())]));

    await saveSettings({ autoMark: false });
    await vi.waitFor(() => expect(registry.size).toBe(0));
    expect(document.getElementById('slantwise-highlight-styles')).toBeNull();
    expect(document.querySelector('slantwise-legend')).toBeNull();
    expect(types()).toEqual(['analyze', 'page-left']);
    expect(document.body.innerHTML).toBe(bodyBefore);

    await saveSettings({ autoMark: true });
    await vi.waitFor(() => expect(opinions(registry)).toEqual([OPINION]));
    expect(Object.fromEntries([...registry].map(([k, v]) => [k, [...v].map((r) => r.toString())]))).toEqual(
      drawn,
    );
    expect(types()).toEqual(['analyze', 'page-left', 'analyze']);
  });

  test('marks the reader asked for stay when marking is switched off', async () => {
    await saveSettings({ autoMark: false });
    const registry = installHighlightApi();
    load('hostile.html');
    const listen = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
    start();
    await settle();
    expect(registry.size).toBe(0);

    // The popup's "Analyze this page anyway", as the background forwards it to the tab.
    const onMessage = listen.mock.calls[0]![0] as (msg: unknown, sender: { id?: string }) => Promise<unknown>;
    const state = (await onMessage({ type: 'analyze-now' }, { id: fakeBrowser.runtime.id })) as {
      kind: string;
    };
    expect(state.kind).toBe('done');
    expect(opinions(registry)).toEqual([OPINION]);

    await saveSettings({ autoMark: true });
    await settle();
    await saveSettings({ autoMark: false });
    await settle();
    expect(opinions(registry)).toEqual([OPINION]);
    expect(types()).toEqual(['analyze']);
  });
});
