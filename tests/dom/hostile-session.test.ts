// @vitest-environment-options { "url": "https://news.example/port-authority" }
/**
 * A page's own script against the content session (happy-dom, WXT's fake browser, the real engine
 * standing in for the background): WXT's "a newer copy started" event and its location event,
 * forged by name, stop, reset or re-target nothing; nor do a forged pagehide or bad messages.
 * Only a real newer copy or a real change of URL count.
 */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgedStartEvents, scriptStartedEvent } from '../../entrypoints/content/copy-guard';
import { analyzeArticle } from '../../lib/analysis/report';
import type { ArticleInput } from '../../lib/analysis/types';
import { droppedMessages } from '../../lib/messages';
import { highlightName } from '../../lib/page/highlight-styles';
import { installHighlightApi, loadHtml, snapshot, useSessions } from './session-harness';

const OPINION = highlightName('opinion');
const sessions = useSessions();
const sent: string[] = [];

beforeEach(() => {
  fakeBrowser.reset();
  sent.length = 0;
  fakeBrowser.runtime.onMessage.addListener(
    (msg: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
      const m = msg as { type: string; input?: ArticleInput } | null;
      if (!m) return undefined;
      if (m.type !== 'analyze' && m.type !== 'page-left') return undefined;
      sent.push(m.type);
      sendResponse(m.type === 'analyze' ? { report: analyzeArticle(m.input!) } : undefined);
      return true;
    },
  );
});

/** The hostile fixture, marked by a fresh session; resolves with the registry once drawn. */
async function marked() {
  const registry = installHighlightApi();
  loadHtml(readFileSync('tests/e2e/fixtures/hostile.html', 'utf8'));
  const ctx = sessions.start();
  await vi.waitFor(() => expect(registry.has(OPINION)).toBe(true));
  await vi.waitFor(() => expect(document.querySelectorAll('slantwise-legend')).toHaveLength(1));
  return { registry, ctx, drawn: snapshot(registry) };
}

/** What our own extension page (the popup) would send the tab. */
const fromPopup = (msg: unknown) =>
  fakeBrowser.runtime.onMessage.trigger(msg, { id: browser.runtime.id }, () => {}) as Promise<unknown[]>;

const later = (ms = 80) => new Promise((r) => setTimeout(r, ms));

describe('forged WXT events', () => {
  test('a forged "content script started" event does not stop the session', async () => {
    const { registry, ctx, drawn } = await marked();
    const forgedBefore = forgedStartEvents();
    const name = scriptStartedEvent();
    // `<extension id>:<entrypoint>:wxt:content-script-started` (no entrypoint name under test).
    expect(name.startsWith(`${browser.runtime.id}:`) && name.endsWith(':wxt:content-script-started')).toBe(
      true,
    );
    // What the page's script does (the event name is public): with and without WXT's detail.
    document.dispatchEvent(
      new CustomEvent(name, { detail: { contentScriptName: 'content', messageId: 'x' } }),
    );
    document.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName: 'content' } }));
    window.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName: 'content', messageId: 'y' } }));
    await later();
    expect(ctx.isInvalid).toBe(false);
    expect(forgedStartEvents()).toBe(forgedBefore + 3);
    expect(snapshot(registry)).toEqual(drawn);
    expect(document.querySelectorAll('slantwise-legend')).toHaveLength(1);
    expect(sent.filter((t) => t === 'page-left')).toEqual([]);
    // The session still answers the popup.
    const state = (await fromPopup({ type: 'get-state' })).find((r) => r !== undefined);
    expect((state as { kind: string }).kind).toBe('done');
  });

  test('forged location events clear nothing; a real change of URL still does', async () => {
    const { registry, drawn } = await marked();
    const analyses = sent.filter((t) => t === 'analyze').length;
    // WXT's name for it: `<extension id>:<entrypoint>:wxt:locationchange`.
    const name = scriptStartedEvent().replace(/content-script-started$/, 'locationchange');
    expect(name).toMatch(/:wxt:locationchange$/);
    for (let i = 0; i < 20; i++) window.dispatchEvent(new Event(name));
    await later(500); // past the session's settle time: a re-check would have run by now
    expect(snapshot(registry)).toEqual(drawn);
    expect(sent.filter((t) => t === 'page-left')).toEqual([]);
    expect(sent.filter((t) => t === 'analyze')).toHaveLength(analyses);
    // The page really navigates (history.pushState), and WXT's event follows: the marks go.
    history.pushState({}, '', '/another-story');
    window.dispatchEvent(new Event(name));
    await vi.waitFor(() => expect(sent).toContain('page-left'));
    expect(registry.has(OPINION)).toBe(false);
  });

  test('a forged pagehide does not tell the background the page was left', async () => {
    await marked();
    window.dispatchEvent(new Event('pagehide'));
    await later();
    expect(sent.filter((t) => t === 'page-left')).toEqual([]);
  });
});

describe('messages to the tab are checked where they arrive', () => {
  test('bad shapes are dropped and counted; the marks stay', async () => {
    const { registry, drawn } = await marked();
    const before = droppedMessages();
    const count = (k: string) => (droppedMessages()[k] ?? 0) - (before[k] ?? 0);
    const replies = [
      ...(await fromPopup({ type: 'set-marks', on: 'no' })),
      ...(await fromPopup({ type: 'set-marks' })),
      ...(await fromPopup({ type: 'reveal', target: { kind: 'sentence', index: '0' } })),
      ...(await fromPopup({ type: 'reveal', target: { kind: 'script', index: 0 } })),
      ...(await fromPopup({ type: 'get-state', extra: true })),
      ...(await fromPopup({ type: 'nonsense' })),
      ...(await fromPopup(null)),
    ];
    // Only the test's stand-in background listener may answer (it answers nothing of these).
    expect(replies.filter((r) => r !== undefined)).toEqual([]);
    expect(count('content:set-marks')).toBe(2);
    expect(count('content:reveal')).toBe(2);
    expect(count('content:get-state')).toBe(1);
    expect(count('content:nonsense')).toBe(1);
    expect(count('content:?')).toBe(1);
    expect(snapshot(registry)).toEqual(drawn);
    // A good one is acted on.
    const off = (await fromPopup({ type: 'set-marks', on: false })).find((r) => r !== undefined);
    expect(off).toEqual({ on: false });
    expect(registry.has(OPINION)).toBe(false);
  });

  test('a message from another extension is ignored', async () => {
    const { registry, drawn } = await marked();
    const replies = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'set-marks', on: false },
      { id: 'other' },
      () => {},
    );
    expect(replies.filter((r) => r !== undefined)).toEqual([]);
    expect(snapshot(registry)).toEqual(drawn);
  });
});
