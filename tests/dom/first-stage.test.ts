import { afterEach, describe, expect, it, vi } from 'vitest';
import { startFirstStage } from '../../entrypoints/first-stage/stage';
import { handoff } from '../../lib/page/handoff';
import { trustedKey } from './trusted';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

function fakeRuntime(reply: unknown = { loaded: true }) {
  const sent: unknown[] = [];
  const sendMessage = async (m: unknown) => {
    sent.push(m);
    return reply;
  };
  return { sent, runtime: () => ({ sendMessage }) };
}

describe('the first stage', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    const h = handoff();
    if (h) {
      h.full = false;
      h.keydown = null;
    }
  });

  it('asks the background once for the full script on an article, and never touches the API otherwise', async () => {
    const article = fakeRuntime();
    startFirstStage({ runtime: article.runtime, isArticle: async () => true });
    await wait(20);
    expect(article.sent).toEqual([{ type: 'load-content' }]);
    // The full script's first check takes this answer instead of detecting the page again.
    expect(handoff()!.article).toBe(true);
    document.body.append(document.createElement('p'));
    await wait(400);
    expect(article.sent).toHaveLength(1);

    const other = fakeRuntime();
    const runtime = vi.fn(other.runtime);
    startFirstStage({ runtime, isArticle: async () => false });
    await wait(20);
    expect(runtime).not.toHaveBeenCalled();
  });

  it('looks again when the page changes, and asks once the change makes it an article', async () => {
    const { sent, runtime } = fakeRuntime();
    let checks = 0;
    startFirstStage({
      runtime,
      isArticle: async (doc) => {
        checks++;
        return doc.getElementsByTagName('p').length >= 3;
      },
    });
    await wait(20);
    expect(checks).toBe(1);
    expect(sent).toEqual([]);
    for (let i = 0; i < 3; i++) document.body.append(document.createElement('p'));
    await wait(450); // the settle time (300 ms) after the last change
    expect(checks).toBe(2);
    expect(sent).toEqual([{ type: 'load-content' }]);
  });

  it('looks again after a check that the page changed during', async () => {
    const { sent, runtime } = fakeRuntime();
    let checks = 0;
    startFirstStage({
      runtime,
      isArticle: async (doc) => {
        checks++;
        const article = doc.getElementsByTagName('p').length >= 3;
        await wait(500); // a slow check: the page changes meanwhile
        return article;
      },
    });
    await wait(20);
    for (let i = 0; i < 3; i++) document.body.append(document.createElement('p'));
    await wait(400); // settled while the first check still runs: that flush finds it busy
    expect(sent).toEqual([]);
    await wait(1600); // the first check ends, the page is looked at again
    expect(checks).toBe(2);
    expect(sent).toEqual([{ type: 'load-content' }]);
  }, 10_000);

  it('asks again on a later change when the background could not inject it', async () => {
    const { sent, runtime } = fakeRuntime({ loaded: false });
    startFirstStage({ runtime, isArticle: async () => true });
    await wait(20);
    expect(sent).toHaveLength(1);
    document.body.append(document.createElement('div'));
    await wait(450);
    expect(sent).toHaveLength(2);
  });

  it('asks again a little later, twice at most, when the background could not inject it', async () => {
    const { sent, runtime } = fakeRuntime({ loaded: false });
    startFirstStage({ runtime, isArticle: async () => true });
    await wait(20);
    expect(sent).toHaveLength(1);
    await wait(1100);
    expect(sent).toHaveLength(2);
    await wait(2100);
    expect(sent).toHaveLength(3);
    await wait(3100);
    expect(sent).toHaveLength(3);
  }, 10_000);

  it('stops once a full script runs in the frame', async () => {
    const { sent, runtime } = fakeRuntime();
    let article = false;
    startFirstStage({ runtime, isArticle: async () => article });
    await wait(20);
    handoff()!.full = true;
    article = true;
    document.body.append(document.createElement('p'));
    await wait(450);
    expect(sent).toEqual([]);
  });

  it('hands the reader’s keydowns (only trusted ones) to the session’s handler', () => {
    startFirstStage({ runtime: fakeRuntime().runtime, isArticle: async () => false });
    const seen: string[] = [];
    handoff()!.keydown = (e) => seen.push(e.code);
    trustedKey({ code: 'KeyN', altKey: true, shiftKey: true });
    window.dispatchEvent(new KeyboardEvent('keydown', { code: 'KeyP', bubbles: true }));
    expect(seen).toEqual(['KeyN']);
  });
});
