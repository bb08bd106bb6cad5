/** Worker-thread entry of the page pipeline (see lib/cli/page.ts and lib/cli/isolate.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { CliError } from './input';
import { type PageJob, runPage } from './page';

runPage(workerData as PageJob).then(
  (report) => parentPort?.postMessage({ report }),
  (e: unknown) =>
    parentPort?.postMessage(
      e instanceof CliError
        ? { error: e.message, code: e.code }
        : { error: `internal error: ${e instanceof Error ? e.message : String(e)}`, code: 1 },
    ),
);
