/**
 * The background: runs the analysis engine (loaded once here, so the injected script stays small),
 * keeps each tab's state, sets the toolbar badge (how many sentences are the outlet's own opinion),
 * and answers the popup. Wiring only; the work lives in lib/.
 *
 * MV3 service workers are stopped when idle and lose this memory. Nothing is lost for good: the
 * badge stays set per tab, and when the map has no entry we ask the tab's content script, which
 * keeps its own state.
 */
import { browser } from 'wxt/browser';
import { analyzeArticle } from '@/lib/analysis/report';
import type { ArticleInput, Report } from '@/lib/analysis/types';
import { injectContent } from '@/lib/inject-content';
import type { Message, PageState, Replies, TabState, ToContent } from '@/lib/messages';
import { droppedMessages, parseFromContent, parseFromPopup, parsePageState } from '@/lib/messages';
import { recordArticle } from '@/lib/profiles';
import { normaliseSite } from '@/lib/settings';

const MENU_ID = 'slantwise-analyze-page';

/**
 * A made-up article (no page text) that takes the engine's paths once when the background starts
 * (quotes, reported speech, loaded words, related headlines), so the first real page does not pay
 * for building lexicon matchers and warming the JIT: measured in Node, the demo article's first
 * analysis after this warm-up takes about half as long. The background usually wakes on the
 * tab's navigation (tabs.onUpdated), well before the content script asks; the cost is paid once
 * per background start, not per page.
 */
const WARM_UP: ArticleInput = {
  meta: { title: 'City Council Approves New Budget', site: 'Slantwise', lang: 'en' },
  blocks: [
    { kind: 'heading', text: 'City Council Approves New Budget' },
    {
      kind: 'paragraph',
      text: 'The council approved the budget on Monday. Mayor Ana Lind said the plan was “a triumph for every resident”, while critics slammed the so-called savings.',
    },
    {
      kind: 'paragraph',
      text: 'According to officials, the reckless spending of previous years allegedly left a huge deficit. He praised the staff and warned of difficult choices ahead.',
    },
  ],
  related: {
    heading: 'More from Slantwise',
    links: [
      { title: 'Council Accused of Hiding Budget Losses', url: 'https://example.com/a' },
      { title: 'Mayor Faces Sanctions Over Alleged Abuses', url: 'https://example.com/b' },
    ],
    excluded: 0,
  },
};

/** The outlet's own opinion sentences: the number on the badge. */
function badgeCount(report: Report): number {
  return report.sentences.filter((s) => s.label === 'opinion').length;
}

export default defineBackground(() => {
  const tabs = new Map<number, PageState>();
  setTimeout(() => {
    try {
      analyzeArticle(WARM_UP);
    } catch {
      // a warm-up failure shows up again, with its message, on the first real page
    }
  }, 0);
  // Chrome MV3 has `action`, Firefox MV2 `browserAction`.
  const action = browser.action ?? browser.browserAction;
  const extensionOrigin = browser.runtime.getURL('/').replace(/\/$/, '');

  const setBadge = (tabId: number, state: PageState | undefined) => {
    const text =
      state?.kind === 'done' ? String(badgeCount(state.report)) : state?.kind === 'analysing' ? '…' : '';
    action.setBadgeText({ tabId, text }).catch(() => {});
    if (text) action.setBadgeBackgroundColor({ tabId, color: '#8A4B00' }).catch(() => {});
  };
  const setState = (tabId: number, state: PageState | undefined) => {
    if (state) tabs.set(tabId, state);
    else tabs.delete(tabId);
    setBadge(tabId, state);
  };

  const askTab = async <T extends ToContent['type']>(tabId: number, msg: Extract<ToContent, { type: T }>) =>
    (await browser.tabs.sendMessage(tabId, msg)) as Replies[T];

  /**
   * Tabs whose first stage found an article and asked for the full script, and when: until the
   * full script has looked at the page and asked for its analysis, the popup hears "no answer yet"
   * (it asks again) rather than the "not an article" of a script that has not decided.
   */
  const loading = new Map<number, number>();
  const LOADING_MS = 5000;
  const stillLoading = (tabId: number) =>
    Date.now() - (loading.get(tabId) ?? Number.NEGATIVE_INFINITY) < LOADING_MS;

  async function tabState(tabId: number): Promise<TabState> {
    const known = tabs.get(tabId);
    if (known) return known;
    try {
      // The content script's own state (this background lost its memory): kept only if well formed.
      const state = parsePageState(await askTab(tabId, { type: 'get-state' }));
      // The page's analysis may have come in while the page was asked: that state is newer than
      // the page's answer (which may still say "analysing"), and storing the answer over it would
      // leave the popup on "Analysing" for good.
      const newer = tabs.get(tabId);
      if (newer) return newer;
      if (state?.kind === 'not-article' && stillLoading(tabId)) return { kind: 'unknown' };
      if (state) setState(tabId, state);
      return state ?? { kind: 'unknown' };
    } catch {
      return tabs.get(tabId) ?? (stillLoading(tabId) ? { kind: 'unknown' } : unreachable(tabId));
    }
  }

  /**
   * No content script answered. On a web page that has loaded, only the first stage runs there
   * (it found no article, and does not answer, to cost the page nothing more): not an article.
   * Otherwise a page we may not touch, or one still loading.
   */
  async function unreachable(tabId: number): Promise<TabState> {
    const tab = await browser.tabs.get(tabId).catch(() => undefined);
    const url = tab?.url ?? '';
    if (/^(https?|file):/.test(url) && tab?.status === 'complete') return { kind: 'not-article' };
    return /^(https?|file):/.test(url) || url === '' ? { kind: 'unknown' } : { kind: 'restricted' };
  }

  /**
   * The reader asks (popup, context menu). On a page where only the first stage runs (not an
   * article), or none of ours (opened before the extension was installed or reloaded), nothing
   * answers `analyze-now`: the full content script is injected, then asked.
   */
  async function analyseTab(tabId: number): Promise<TabState> {
    const ask = async () => {
      const reply = await askTab(tabId, { type: 'analyze-now' }).catch(() => undefined);
      return reply === undefined ? null : parsePageState(reply);
    };
    const state = (await ask()) ?? ((await injectContent(tabId)) ? await ask() : null);
    return state ?? unreachable(tabId);
  }

  function analyse(
    input: Extract<Message, { type: 'analyze' }>['input'],
    tabId: number,
    pageUrl: string,
    forced: boolean,
  ): Replies['analyze'] {
    setState(tabId, { kind: 'analysing' });
    try {
      const report = analyzeArticle(input);
      // The reply goes first: the badge and the outlet profile (extension API calls, a storage
      // read and write) wait for the next task, so the page gets its marks sooner.
      setTimeout(() => record(report, tabId, pageUrl, forced), 0);
      return { report };
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      setState(tabId, { kind: 'error', message });
      return { error: message };
    }
  }

  function record(report: Report, tabId: number, pageUrl: string, forced: boolean): void {
    // A newer request for this tab (another page, or the same page again) owns its state now.
    if (tabs.get(tabId)?.kind !== 'analysing') return;
    setState(
      tabId,
      report.supported
        ? { kind: 'done', report }
        : { kind: 'unsupported-language', language: report.language, report },
    );
    // Outlet profiles are keyed by the page's host (sender.url needs no tabs permission); a page
    // analysed only because the reader asked (not detected as an article) is not counted.
    const site = normaliseSite(pageUrl || report.meta.url || '');
    if (report.supported && site && !forced) recordArticle(site, report, Date.now()).catch(() => {});
  }

  /** A first look at the opening blocks: only the Report, nothing recorded (the full one follows). */
  function firstLook(input: Extract<Message, { type: 'analyze' }>['input']): Replies['analyze'] {
    try {
      return { report: analyzeArticle(input) };
    } catch (e) {
      return { error: e instanceof Error ? e.message : String(e) };
    }
  }

  // For debugging (the service worker's console) and the end-to-end tests: messages dropped so far.
  (globalThis as { slantwiseDroppedMessages?: () => Record<string, number> }).slantwiseDroppedMessages =
    droppedMessages;

  browser.runtime.onMessage.addListener((raw: unknown, sender): Promise<unknown> | undefined => {
    // Only our own contexts: content scripts (in a tab) and extension pages (popup, options).
    if (sender.id !== browser.runtime.id) return undefined;
    const fromExtensionPage = (sender.url ?? '').startsWith(extensionOrigin);
    const tabId = sender.tab?.id;
    // Each message is checked against its kind's schema, by who may send it; a bad one is dropped
    // (and counted) here, before anything acts on it or stores it.
    const msg: Message | null = fromExtensionPage ? parseFromPopup(raw) : parseFromContent(raw);
    if (!msg) return undefined;
    switch (msg.type) {
      case 'analyze':
        if (fromExtensionPage || tabId === undefined) return undefined;
        loading.delete(tabId);
        if (msg.partial) return Promise.resolve(firstLook(msg.input));
        return Promise.resolve(analyse(msg.input, tabId, sender.url ?? '', msg.force === true));
      case 'page-state':
        if (fromExtensionPage || tabId === undefined) return undefined;
        setState(tabId, msg.state);
        return Promise.resolve(undefined);
      case 'page-left':
        if (fromExtensionPage || tabId === undefined) return undefined;
        setState(tabId, undefined);
        return Promise.resolve(undefined);
      case 'load-content':
        // The first stage found an article in this frame (only a content script can ask).
        if (fromExtensionPage || tabId === undefined) return undefined;
        if ((sender.frameId ?? 0) === 0) loading.set(tabId, Date.now());
        return injectContent(tabId, sender.frameId ?? 0).then((loaded): Replies['load-content'] => ({
          loaded,
        }));
      case 'get-tab-state':
        if (!fromExtensionPage) return undefined;
        return tabState(msg.tabId);
      case 'analyze-tab':
        if (!fromExtensionPage) return undefined;
        return analyseTab(msg.tabId);
      default:
        return undefined;
    }
  });

  // A full navigation or a closed tab ends that tab's report.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && tabs.get(tabId)?.kind !== 'analysing') setState(tabId, undefined);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    tabs.delete(tabId);
    loading.delete(tabId);
  });

  // "Analyze this page anyway", for pages the cheap check did not take for an article.
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.removeAll().then(() =>
      browser.contextMenus.create({
        id: MENU_ID,
        title: 'Analyze this page with Slantwise',
        contexts: ['page'],
      }),
    );
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID && tab?.id !== undefined) void analyseTab(tab.id);
  });
});
