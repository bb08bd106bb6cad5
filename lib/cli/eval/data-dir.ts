/** Where the labelled corpora live: ../shared/corpora beside the repo, or SLANTWISE_CORPORA. */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export function corporaDir(): string {
  if (process.env.SLANTWISE_CORPORA) return resolve(process.env.SLANTWISE_CORPORA);
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
  return resolve(root, '..', 'shared', 'corpora');
}
