/**
 * Bounds a page's markup before the DOM parse, in one linear pass, so a hostile or huge page
 * gets an answer quickly:
 *   - the content of <script> (except JSON, which carries the page's metadata) and <style>, and
 *     comments, are dropped: no page code reads them and on real pages they are most of the bytes;
 *   - what is left may hold at most MAX_MARKUP characters;
 *   - elements may nest at most MAX_DEPTH deep. The DOM parser's open-element stack is quadratic
 *     in the depth (200,000 nested <div>s: minutes), and browsers stop nesting far sooner
 *     (Chromium at 512).
 * The depth follows the parser's rules where they matter (void elements, self-closing tags in
 * SVG and MathML only, raw-text elements, <p>/<li>/<td>/<option>... closed by the next one), so ordinary pages with
 * unclosed paragraphs are not counted as deep.
 */
import { CliError, megabytes } from './input';

export const MAX_MARKUP = 5 * 1024 * 1024;
export const MAX_DEPTH = 2000;

const VOID = new Set([
  'area',
  'base',
  'basefont',
  'bgsound',
  'br',
  'col',
  'command',
  'embed',
  'frame',
  'hr',
  'image',
  'img',
  'input',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

/** Elements whose content is text up to their end tag. */
const RAW = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);

const P = ['p'];
const BLOCKS_CLOSING_P = [
  'address',
  'article',
  'aside',
  'blockquote',
  'details',
  'div',
  'dl',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'ul',
];
/** An opening tag -> open elements it closes (the parser's "open implies close"). */
const IMPLIES_CLOSE = new Map<string, string[]>([
  ...BLOCKS_CLOSING_P.map((t): [string, string[]] => [t, P]),
  ['tr', ['tr', 'th', 'td']],
  ['th', ['th']],
  ['td', ['thead', 'th', 'td']],
  ['li', ['li']],
  ['option', ['option']],
  ['optgroup', ['optgroup', 'option']],
  ['dd', ['dd', 'dt']],
  ['dt', ['dd', 'dt']],
  ['rt', ['rt', 'rp']],
  ['rp', ['rt', 'rp']],
]);

/** How far down the open stack an end tag looks for its element (keeps the pass linear). */
const CLOSE_REACH = 64;

const NAME = /[^\s/>]*/y;

function readName(html: string, at: number): string {
  NAME.lastIndex = at;
  NAME.exec(html);
  return html.slice(at, NAME.lastIndex).toLowerCase();
}

/** The index just past the tag's closing '>', quotes of attribute values respected. */
function tagEnd(html: string, at: number): number {
  let i = at;
  let prev = '';
  while (i < html.length) {
    const c = html[i]!;
    if (c === '>') return i + 1;
    if ((c === '"' || c === "'") && prev === '=') {
      const q = html.indexOf(c, i + 1);
      if (q < 0) return html.length;
      i = q + 1;
      prev = c;
      continue;
    }
    if (c !== ' ' && c !== '\t' && c !== '\n' && c !== '\r') prev = c;
    i++;
  }
  return html.length;
}

export interface Bounded {
  html: string;
  /** Deepest nesting seen. */
  depth: number;
}

/** Throws a CliError naming the page when it is too large or too deep; otherwise the lighter markup. */
export function boundMarkup(html: string, name: string): Bounded {
  const out: string[] = [];
  let kept = 0;
  const keep = (from: number, to: number) => {
    if (to <= from) return;
    kept += to - from;
    if (kept > MAX_MARKUP) {
      throw new CliError(
        `${name} holds more than ${megabytes(MAX_MARKUP)} of markup besides scripts and styles: the limit for a page`,
      );
    }
    out.push(html.slice(from, to));
  };
  const stack: string[] = [];
  // Index in `stack` of the outermost open <svg>/<math>: inside them "<x/>" closes itself.
  let foreign = -1;
  let depth = 0;
  let copied = 0; // html[copied..] not yet handled
  let i = html.indexOf('<');
  while (i >= 0 && i < html.length) {
    const next = html[i + 1];
    if (next === '!' && html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      keep(copied, i);
      copied = end < 0 ? html.length : end + 3;
      i = html.indexOf('<', copied);
      continue;
    }
    if (next === '/') {
      const tag = readName(html, i + 2);
      const end = tagEnd(html, i + 2);
      const floor = Math.max(0, stack.length - CLOSE_REACH);
      for (let k = stack.length - 1; k >= floor; k--) {
        if (stack[k] === tag) {
          stack.length = k;
          if (foreign >= k) foreign = -1;
          break;
        }
      }
      i = html.indexOf('<', end);
      continue;
    }
    if (!next || !/[a-zA-Z]/.test(next)) {
      i = html.indexOf('<', i + 1);
      continue;
    }
    const tag = readName(html, i + 1);
    const end = tagEnd(html, i + 1);
    const closes = IMPLIES_CLOSE.get(tag);
    if (closes) while (stack.length && closes.includes(stack[stack.length - 1]!)) stack.pop();
    if (foreign >= stack.length) foreign = -1;
    const selfClosing = foreign >= 0 && html[end - 2] === '/';
    if (RAW.has(tag) && !selfClosing) {
      // Raw text runs to the matching end tag; script (not JSON) and style content is dropped.
      const close = new RegExp(`</${tag}[\\s/>]`, 'gi');
      close.lastIndex = end;
      const m = close.exec(html);
      const stop = m ? m.index : html.length;
      const json = /\btype\s*=\s*["']?[^"'>]*json/i.test(html.slice(i, end));
      if ((tag === 'script' && !json) || tag === 'style') {
        keep(copied, end);
        copied = stop;
      }
      i = html.indexOf('<', stop + 1);
      continue;
    }
    if (!VOID.has(tag) && !selfClosing) {
      if (foreign < 0 && (tag === 'svg' || tag === 'math')) foreign = stack.length;
      stack.push(tag);
      if (stack.length > depth) depth = stack.length;
      if (depth > MAX_DEPTH) {
        throw new CliError(`${name} nests elements more than ${MAX_DEPTH} deep: the limit for a page`);
      }
    }
    i = html.indexOf('<', end);
  }
  keep(copied, html.length);
  return { html: out.join(''), depth };
}
