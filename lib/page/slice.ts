/**
 * Page work in slices. Detection and extraction are written as generators that count their steps
 * on a Meter and pause (`yield`) every few hundred steps; a driver either runs them to the end at
 * once (the CLI, tests) or in slices of at most `budgetMs` that hand the page's main thread back
 * between them (the content script), so a huge page never sees one long task from us.
 *
 * The meter also bounds the work: past `maxSteps` the generators stop where they are and say so
 * (`truncated`), whatever the page's size or depth.
 */

/** Work written as a generator: `yield` means "a good place to pause". */
export type Steps<T> = Generator<void, T, void>;

/** Steps between pauses: small enough that a slice overshoots its budget by well under a millisecond. */
const PAUSE_EVERY = 256;

export class Meter {
  /** Steps taken so far (nodes visited, characters read / 64, …): the operation count tests read. */
  steps = 0;
  /** True once the step cap was reached: the work stopped early and covers only part of the page. */
  truncated = false;
  private nextPause = PAUSE_EVERY;

  constructor(readonly maxSteps = Number.POSITIVE_INFINITY) {}

  /** Counts n steps where the caller cannot pause (inside a helper); the next tick() pauses if due. */
  count(n = 1): void {
    this.steps += n;
  }

  /** Counts n steps; true when it is time to pause (the caller then yields). */
  tick(n = 1): boolean {
    this.steps += n;
    if (this.steps < this.nextPause) return false;
    this.nextPause = this.steps + PAUSE_EVERY;
    return true;
  }

  /** True (and marks the work truncated) once the cap is reached. */
  get spent(): boolean {
    if (this.steps < this.maxSteps) return false;
    this.truncated = true;
    return true;
  }
}

/** Runs the work to its end in one go (the CLI, and callers that are not on a page). */
export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

export interface SliceOptions {
  /** Stops the work between slices: the promise rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Longest slice of work before the page gets its thread back (ms; default 8, at most 16). */
  budgetMs?: number;
  /** How to give the thread back; default `yieldToPage`. Tests pass their own. */
  pause?: () => Promise<void>;
  /** Clock; default performance.now. Tests pass their own. */
  now?: () => number;
}

interface SchedulerLike {
  yield?: () => Promise<void>;
}

/**
 * Gives the main thread back to the page for one turn: scheduler.yield() where the browser has
 * it (the continuation keeps its priority), else a MessageChannel message (no 4 ms clamp as
 * nested setTimeout has), else setTimeout.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (scheduler && typeof scheduler.yield === 'function') return scheduler.yield();
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Runs the work in slices of at most `budgetMs`, pausing between them. */
export async function runSliced<T>(steps: Steps<T>, options: SliceOptions = {}): Promise<T> {
  const budget = Math.min(16, Math.max(1, options.budgetMs ?? 8));
  const pause = options.pause ?? yieldToPage;
  const now = options.now ?? (() => performance.now());
  const { signal } = options;
  signal?.throwIfAborted();
  let deadline = now() + budget;
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (now() < deadline) continue;
    await pause();
    if (signal?.aborted) {
      steps.return(undefined as T);
      signal.throwIfAborted();
    }
    deadline = now() + budget;
  }
}
