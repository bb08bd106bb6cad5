/**
 * Runs the page pipeline in a worker thread with a deadline and a heap limit, so any page gets
 * an answer or one line within PAGE_BUDGET_MS of the process start, in bounded memory, whatever the DOM code does
 * with it. The worker loads TypeScript through tsx's documented register API (the command runs
 * under tsx); if a worker cannot be started, the pipeline runs in-process.
 */
import { Worker } from 'node:worker_threads';
import type { Report } from '../analysis/types';
import { CliError } from './input';
import { type PageJob, runPage } from './page';

/** The whole command answers within this (process start included), below the 30 s promised. */
export const PAGE_BUDGET_MS = 27_000;

/** What is left of the budget for the worker (SLANTWISE_PAGE_DEADLINE_MS overrides it, for tests). */
function deadline(): number {
  const set = Number(process.env.SLANTWISE_PAGE_DEADLINE_MS);
  if (set > 0) return set;
  return Math.max(2000, PAGE_BUDGET_MS - process.uptime() * 1000);
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;

/** The worker's JavaScript heap; the main thread holds at most the 50 MB input besides. */
export const PAGE_HEAP_MB = 640;

function workerCode(): string | undefined {
  try {
    const api = import.meta.resolve('tsx/esm/api');
    const entry = new URL('./page-worker.ts', import.meta.url).href;
    return `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
  } catch {
    return undefined;
  }
}

export function runPageIsolated(job: PageJob, describe: string): Promise<Report> {
  const code = workerCode();
  if (!code) return runPage(job);
  const ms = deadline();
  return new Promise<Report>((resolve, reject) => {
    let settled = false;
    const worker = new Worker(code, {
      eval: true,
      workerData: job,
      resourceLimits: { maxOldGenerationSizeMb: PAGE_HEAP_MB },
      stdout: true,
      stderr: true,
    });
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
      void worker.terminate();
    };
    const timer = setTimeout(
      () =>
        finish(() =>
          reject(
            new CliError(
              `${job.path}: no answer within ${seconds(ms)} (${describe}); the page is too heavy to analyse here`,
            ),
          ),
        ),
      ms,
    );
    worker.on('message', (m: { report?: Report; error?: string; code?: number }) =>
      finish(() =>
        m.report ? resolve(m.report) : reject(new CliError(m.error ?? 'internal error', m.code ?? 1)),
      ),
    );
    worker.on('error', (e: Error & { code?: string }) =>
      finish(() =>
        reject(
          new CliError(
            e.code === 'ERR_WORKER_OUT_OF_MEMORY'
              ? `${job.path}: analysing it needs more than ${PAGE_HEAP_MB} MB of memory (${describe})`
              : `internal error: ${e.message.split('\n')[0]}`,
          ),
        ),
      ),
    );
    worker.on('exit', (exit) =>
      finish(() => reject(new CliError(`internal error: the page worker stopped (${exit})`))),
    );
  });
}
