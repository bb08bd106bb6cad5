/**
 * The background checks each message against its kind's schema before it acts or stores anything
 * (WXT's fake browser; the real background entrypoint and engine). A content script's page-state
 * never brings a Report into the tab's state; a malformed `analyze` is not analysed; the popup's
 * messages need whole tab ids; everything dropped is counted.
 */
import { beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { analyzeArticle } from '../../lib/analysis/report';
import type { ArticleInput } from '../../lib/analysis/types';
import { droppedMessages, type TabState } from '../../lib/messages';

const INPUT: ArticleInput = {
  meta: { title: 'Port Authority Chief Resigns', lang: 'en' },
  blocks: [
    { kind: 'heading', text: 'Port Authority Chief Resigns After Audit' },
    {
      kind: 'paragraph',
      text: 'The authority’s inept and corruption-ridden management deserves every bit of the scrutiny it is getting.',
    },
  ],
};

const TAB = 7;
const fromTab = { id: browser.runtime.id, tab: { id: TAB }, url: 'https://s.example/a' };
const fromPopup = () => ({ id: browser.runtime.id, url: browser.runtime.getURL('/popup.html') });

/** The background's answer (its listener is the only one registered). */
async function send(msg: unknown, sender: object): Promise<unknown> {
  const replies = await fakeBrowser.runtime.onMessage.trigger(msg, sender, () => {});
  return replies.find((r) => r !== undefined);
}
const dropped = (k: string) => droppedMessages()[k] ?? 0;

beforeAll(() => {
  // Menus are not part of this test; the fake browser leaves them unimplemented.
  const menus = fakeBrowser.contextMenus as unknown as Record<string, unknown>;
  menus.onClicked = { addListener() {} };
  menus.removeAll = async () => {};
  menus.create = () => 0;
});

beforeEach(() => {
  fakeBrowser.runtime.onMessage.removeAllListeners();
  background.main();
});

describe('the background drops what does not fit', () => {
  test('a page-state carrying a Report is dropped, not kept for the popup', async () => {
    const before = dropped('background:page-state');
    const report = analyzeArticle(INPUT);
    await send({ type: 'page-state', state: { kind: 'done', report }, url: fromTab.url }, fromTab);
    expect(dropped('background:page-state')).toBe(before + 1);
    const state = (await send({ type: 'get-tab-state', tabId: TAB }, fromPopup())) as TabState;
    expect(state.kind).not.toBe('done');
    // A well-formed one is kept.
    await send(
      { type: 'page-state', state: { kind: 'error', message: 'no text' }, url: fromTab.url },
      fromTab,
    );
    expect(await send({ type: 'get-tab-state', tabId: TAB }, fromPopup())).toEqual({
      kind: 'error',
      message: 'no text',
    });
  });

  test('a malformed analyze gets no answer; a good one gets the Report', async () => {
    const before = dropped('background:analyze');
    const bad = [
      { type: 'analyze', input: { ...INPUT, blocks: [{ kind: 'script', text: 'x' }] } },
      { type: 'analyze', input: { ...INPUT, blocks: 'text' } },
      { type: 'analyze', input: INPUT, partial: 'yes' },
    ];
    for (const m of bad) expect(await send(m, fromTab)).toBeUndefined();
    expect(dropped('background:analyze')).toBe(before + 3);
    const reply = (await send({ type: 'analyze', input: INPUT, partial: true }, fromTab)) as {
      report: { supported: boolean };
    };
    expect(reply.report.supported).toBe(true);
  });

  test('the popup’s messages need a whole tab id, and a tab may not send them', async () => {
    const before = dropped('background:get-tab-state');
    expect(await send({ type: 'get-tab-state', tabId: '7' }, fromPopup())).toBeUndefined();
    expect(await send({ type: 'get-tab-state', tabId: TAB }, fromTab)).toBeUndefined();
    expect(dropped('background:get-tab-state')).toBe(before + 2);
  });

  test('another extension is not listened to at all', async () => {
    const before = JSON.stringify(droppedMessages());
    expect(await send({ type: 'analyze', input: INPUT }, { ...fromTab, id: 'other' })).toBeUndefined();
    expect(JSON.stringify(droppedMessages())).toBe(before);
  });
});

describe('the tab state the popup is given', () => {
  test('a page’s late answer does not overwrite an analysis that finished while it was asked', async () => {
    // The popup opens while the page is being analysed: the background knows no state yet, so it
    // asks the page, which answers "analysing" — but that answer arrives after the analysis was in.
    const tabs = fakeBrowser.tabs as unknown as { sendMessage: (...a: unknown[]) => Promise<unknown> };
    const original = tabs.sendMessage;
    let answer: (value: unknown) => void = () => {};
    tabs.sendMessage = () => new Promise((resolve) => (answer = resolve));
    try {
      const tab = 9;
      const sender = { ...fromTab, tab: { id: tab } };
      const asked = send({ type: 'get-tab-state', tabId: tab }, fromPopup()) as Promise<TabState>;
      await send({ type: 'analyze', input: INPUT }, sender);
      await new Promise((resolve) => setTimeout(resolve, 0)); // the Report is recorded
      answer({ kind: 'analysing' });
      expect((await asked).kind).toBe('done');
      expect(((await send({ type: 'get-tab-state', tabId: tab }, fromPopup())) as TabState).kind).toBe(
        'done',
      );
    } finally {
      tabs.sendMessage = original;
    }
  });
});
