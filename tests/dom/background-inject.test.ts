/**
 * The background injects the full content script where the first stage found an article (one
 * `load-content` message, only from a content script in a tab), and itself when the reader asks
 * to analyse a page where nothing answers. A loaded web page where nothing answers is "not an
 * article" for the popup (only the first stage runs there). WXT's fake browser (Chrome MV3 build).
 */
import { beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { droppedMessages, type TabState } from '../../lib/messages';

const TAB = 7;
const fromFirstStage = { id: browser.runtime.id, tab: { id: TAB }, frameId: 0, url: 'https://s.example/a' };
const fromPopup = () => ({ id: browser.runtime.id, url: browser.runtime.getURL('/popup.html') });

async function send(msg: unknown, sender: object): Promise<unknown> {
  const replies = await fakeBrowser.runtime.onMessage.trigger(msg, sender, () => {});
  return replies.find((r) => r !== undefined);
}

let injected: unknown[] = [];
let injectFails = false;
let tabAnswers: ((msg: unknown) => unknown) | null = null;
let tabStatus = 'complete';

beforeAll(() => {
  const menus = fakeBrowser.contextMenus as unknown as Record<string, unknown>;
  menus.onClicked = { addListener() {} };
  menus.removeAll = async () => {};
  menus.create = () => 0;
  (fakeBrowser as unknown as { scripting: unknown }).scripting = {
    executeScript: async (details: unknown) => {
      if (injectFails) throw new Error('Cannot access contents of the page');
      injected.push(details);
      return [];
    },
  };
  const tabs = fakeBrowser.tabs as unknown as Record<string, unknown>;
  tabs.sendMessage = async (_tabId: number, msg: unknown) => {
    if (!tabAnswers) throw new Error('Could not establish connection. Receiving end does not exist.');
    return tabAnswers(msg);
  };
  tabs.get = async (id: number) => ({ id, url: 'https://s.example/a', status: tabStatus });
});

beforeEach(() => {
  injected = [];
  injectFails = false;
  tabAnswers = null;
  tabStatus = 'complete';
  fakeBrowser.runtime.onMessage.removeAllListeners();
  background.main();
});

describe('injecting the full content script', () => {
  test('on the first stage’s request, into its tab and frame, at once', async () => {
    expect(await send({ type: 'load-content' }, fromFirstStage)).toEqual({ loaded: true });
    expect(injected).toEqual([
      {
        target: { tabId: TAB, frameIds: [0] },
        files: ['/content-scripts/content.js'],
        injectImmediately: true,
      },
    ]);
    injectFails = true;
    expect(await send({ type: 'load-content' }, fromFirstStage)).toEqual({ loaded: false });
  });

  test('never for an extension page, a sender without a tab, or a message that does not fit', async () => {
    const before = droppedMessages()['background:load-content'] ?? 0;
    expect(await send({ type: 'load-content' }, fromPopup())).toBeUndefined();
    expect(
      await send({ type: 'load-content' }, { id: browser.runtime.id, url: 'https://s.example/a' }),
    ).toBeUndefined();
    expect(await send({ type: 'load-content', file: 'x.js' }, fromFirstStage)).toBeUndefined();
    expect(
      await send({ type: 'load-content' }, { ...fromFirstStage, id: 'another-extension' }),
    ).toBeUndefined();
    // Dropped twice: from the popup (not a popup message) and with a key it does not have.
    expect(droppedMessages()['background:load-content']).toBe(before + 2);
    expect(injected).toEqual([]);
  });

  test('"Analyze this page anyway" where nothing answers: injects, then asks the full script', async () => {
    const asked: unknown[] = [];
    let state: TabState = await (async () => {
      // Nothing in the tab answers until the full script is injected.
      const scripting = (
        fakeBrowser as unknown as { scripting: { executeScript(d: unknown): Promise<unknown> } }
      ).scripting;
      const inject = scripting.executeScript;
      scripting.executeScript = async (d: unknown) => {
        await inject(d);
        tabAnswers = (msg) => {
          asked.push(msg);
          return { kind: 'not-article' };
        };
        return [];
      };
      try {
        return (await send({ type: 'analyze-tab', tabId: TAB }, fromPopup())) as TabState;
      } finally {
        scripting.executeScript = inject;
      }
    })();
    expect(injected).toHaveLength(1);
    expect(asked).toEqual([{ type: 'analyze-now' }]);
    expect(state.kind).toBe('not-article');

    // A tab whose full script answers is not injected again.
    injected = [];
    state = (await send({ type: 'analyze-tab', tabId: TAB }, fromPopup())) as TabState;
    expect(injected).toEqual([]);
    expect(asked).toHaveLength(2);
  });

  test('while the injected script has not yet decided, the popup hears "no answer yet" (and asks again)', async () => {
    await send({ type: 'load-content' }, fromFirstStage);
    // Not yet answering, then answering with the undecided script's first state.
    expect(((await send({ type: 'get-tab-state', tabId: TAB }, fromPopup())) as TabState).kind).toBe(
      'unknown',
    );
    tabAnswers = () => ({ kind: 'not-article' });
    expect(((await send({ type: 'get-tab-state', tabId: TAB }, fromPopup())) as TabState).kind).toBe(
      'unknown',
    );
    // A decided state passes through.
    tabAnswers = () => ({ kind: 'analysing' });
    expect(((await send({ type: 'get-tab-state', tabId: TAB }, fromPopup())) as TabState).kind).toBe(
      'analysing',
    );
  });

  test('the popup hears "not an article" for a loaded web page where only the first stage runs', async () => {
    expect(((await send({ type: 'get-tab-state', tabId: TAB }, fromPopup())) as TabState).kind).toBe(
      'not-article',
    );
    tabStatus = 'loading';
    expect(((await send({ type: 'get-tab-state', tabId: TAB }, fromPopup())) as TabState).kind).toBe(
      'unknown',
    );
    expect(injected).toEqual([]);
  });
});
