/**
 * The page pipeline of the command line: markup -> DOM -> is it an article -> blocks -> Report.
 * Throws a CliError with the one line to print when there is no article or it is not English.
 * Runs in a worker thread from the real command (lib/cli/page-worker.ts, so a deadline and a
 * memory limit hold whatever the page), and in-process from tests.
 */
import type { Report } from '../analysis/types';
import { CliError } from './input';

export interface PageJob {
  html: string;
  url?: string;
  /** How the page is named in messages. */
  path: string;
}

export async function runPage({ html, url, path }: PageJob): Promise<Report> {
  const [{ loadDocument }, { isArticlePage }, { extractArticle }, { analyzeArticle }] = await Promise.all([
    import('./dom'),
    import('../page/detect'),
    import('../page/extract'),
    import('../analysis/report'),
  ]);
  const doc = loadDocument(html);
  const detection = isArticlePage(doc);
  if (!detection.isArticle) {
    const why = detection.signals.length ? ` (signals: ${detection.signals.join(', ')})` : '';
    throw new CliError(`no article found in ${path}: it does not look like an article page${why}`);
  }
  const { input } = extractArticle(doc, url);
  if (input.blocks.length === 0) throw new CliError(`no article text found in ${path}`);
  const report = analyzeArticle(input);
  if (!report.supported) {
    throw new CliError(`${path}: ${report.notice ?? `the article is in "${report.language}", not English`}`);
  }
  return report;
}
