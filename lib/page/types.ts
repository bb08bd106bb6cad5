/**
 * What lib/page hands on: the analysis input, plus the map from block text offsets back to the
 * LIVE page's Text nodes, so Report spans can become DOM Ranges.
 */
import type { ArticleInput } from '../analysis/types';

/** One block's text as a run of live Text nodes: block.text === nodes.map(n => n.data).join('') after normalisation. */
export interface BlockMap {
  /** The block element in the live page (p, h2, blockquote, li, ...). */
  element: Element;
  /** Live Text nodes, in document order, whose data makes up the block text. */
  nodes: Text[];
  /**
   * For each node, the block-text offset at which its (used) data starts. Whitespace runs may be
   * collapsed in the block text, so `offsets[i]` maps block offsets to node offsets via `toNode`.
   */
  starts: number[];
  /** Block-text offset -> [node index, offset in node data]. */
  toNode(offset: number): [number, number];
}

export interface ExtractedArticle {
  input: ArticleInput;
  /** One entry per input.blocks entry, same order. */
  map: BlockMap[];
  /**
   * Set when the page was too large to read whole: the blocks are its first `chars` characters
   * (`blocks` of them), the rest of the article is not analysed.
   */
  truncated?: { chars: number; blocks: number };
}

export interface Detection {
  isArticle: boolean;
  /** Which signals fired ("json-ld:NewsArticle", "og:type=article", "article-element", "text-density"). */
  signals: string[];
  score: number;
  /** Set when the page was too large to read whole: the verdict rests on its first part. */
  truncated?: true;
}
