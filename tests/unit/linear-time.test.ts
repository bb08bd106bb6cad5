/**
 * About 1 MB of article-like text through analyzeArticle. No time is asserted (unit tests never
 * time), but a quadratic step or a catastrophic regular expression would make this run for many
 * minutes and hit the timeout.
 */
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../lib/analysis/report';
import type { Block } from '../../lib/analysis/types';

// Varied news sentences: names with roles, quotes, reported speech, loaded words, figures.
const SENTENCES = [
  'Minister Anna Kovacs said on Tuesday that the government would review the decision by the end of the year.',
  'The reckless plan, critics say, will clearly hurt the poorest families in the northern provinces.',
  '“We will not back down,” said Peter Novak, the opposition leader, at a rally in the capital.',
  'He accused the ruling party of seeking to gain a foothold in the regional councils before the vote.',
  'Exports rose by 12 percent last year, according to the national statistics office.',
  'The council of elders met in the old town hall and discussed the new railway line for two hours.',
];
const PER_BLOCK = 6;

function article(chars: number): Block[] {
  const blocks: Block[] = [];
  let size = 0;
  for (let n = 0; size < chars; n++) {
    if (n % 20 === 0) blocks.push({ kind: 'heading', text: `Part ${n / 20 + 1} of the Inquiry` });
    const text = Array.from({ length: PER_BLOCK }, (_, k) => SENTENCES[(n + k) % SENTENCES.length]).join(' ');
    blocks.push({ kind: 'paragraph', text });
    size += text.length;
  }
  return blocks;
}

describe('analyzeArticle on about 1 MB of text', () => {
  it('returns every block and sentence', { timeout: 120_000 }, () => {
    const blocks = article(1_000_000);
    const paragraphs = blocks.filter((b) => b.kind === 'paragraph').length;
    const headings = blocks.length - paragraphs;
    expect(paragraphs * 600).toBeGreaterThan(1_000_000);
    // All of it: the product caps analysis at 150,000 characters, this measures the analyser itself.
    const report = analyzeArticle(
      { meta: { site: 'The Daily', lang: 'en' }, blocks },
      { maxChars: Number.POSITIVE_INFINITY },
    );
    expect(report.supported).toBe(true);
    expect(report.blocks.length).toBe(blocks.length);
    expect(report.sentences.length).toBe(paragraphs * PER_BLOCK + headings);
    const last = report.sentences[report.sentences.length - 1]!;
    expect(report.blocks[last.block]!.text.slice(last.start, last.end)).toBe(last.text);
    expect(report.summary.sentences).toBe(report.sentences.length);
  });
});
