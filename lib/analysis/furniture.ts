/**
 * Page furniture that extraction kept as a block: a site's widgets and navigation, not the
 * article ("Buy Now", "Learn More: <title>", "Like this:", "137 1 Share Back", "Loaded: 0%
 * Progress: 0%", "Next page: Security>>", "Promoted By Zergnet", "You May Like", "Page editor:
 * Jane Doe"). Readability keeps some of these lines, so extraction keeps them too; the analysis
 * reads them as labels: no opinion, no loaded words, no claims (report.ts).
 *
 * Each rule is a general kind of short block, never one site's strings, and asks for the whole
 * block to be that kind: prose that merely holds the words ("Buy Now, Pay Later schemes grew",
 * "Next, the committee voted", "It looks like this:") is left alone.
 */

const MAX_WORDS = 14;
// Longer than any block of MAX_WORDS words that furniture is made of.
const MAX_CHARS = 240;

const words = (text: string): string[] => text.trim().split(/\s+/).filter(Boolean);

// A call to action, as buttons and teaser links set it ("Buy Now", "Learn More", "Read more").
const CTA =
  '(?:Buy|Shop|Order|Learn|Read|See|View|Watch|Listen|Download|Subscribe|Sign|Register|Click|Tap|Find Out|Get|Try|Donate|Join)' +
  ' (?:Now|More|Up|In|Here|Today|All|Free|Deal|Online|It)';
// The whole block is the call, or the call and the title of what it links ("Learn More: Seven Tips").
const CTA_LINE = new RegExp(String.raw`^${CTA}(?:\s*[:»›>]+.*)?$`, 'iu');
// A product box: a price and the call in title case at its end, maybe a counter after it.
const CTA_PRODUCT = new RegExp(String.raw`[$€£]\s?\d.*\b${CTA}[\s\d]*$`, 'u');

// A widget's label: a word and the dangling word its buttons or links complete ("Like this:",
// "More about:", "Share this:", "Filed under:"); a speaker's "Makali wrote:" or "Proof:" is not one.
const WIDGET_LABEL = /^[\p{L}'’-]+ (?:this|about|under|in|on|with|also|to|by):$/iu;

// The heading of a recommendation or sponsored-links box.
const WIDGET_HEADING =
  /^(?:(?:you|we think you) (?:may|might|will) (?:also )?(?:like|enjoy)|recommended(?: for you| stories| reading)?|related (?:searches|stories|articles|posts|links|content|videos|coverage)|more (?:stories|articles|videos|from)(?: [\p{L}\d.&'’-]+){0,4}|around the web|trending(?: now)?|most (?:popular|read|viewed)|(?:promoted|sponsored|presented|powered|paid for) by(?: [\p{L}\d.&'’-]+){1,4})$/iu;

// Counters and buttons of a share bar: numbers and the buttons' words only ("137 1 Share Back").
const SHARE_WORDS = new Set(
  (
    'share shares shared back comment comments like likes view views tweet pin email e-mail print ' +
    'reply replies save saved facebook twitter reddit whatsapp linkedin flipboard pinterest x'
  ).split(' '),
);

// A media player's status: label and percent or time pairs only ("Loaded: 0% Progress: 0%",
// "Duration: 3:12"); a data line ("Average age: 71") is not one.
const STATUS_VALUE = String.raw`(?:\d+(?:[.,]\d+)?%|\d{1,2}(?::\d\d){1,2}(?:\s*/\s*\d{1,2}(?::\d\d){1,2})?)`;
const STATUS_PAIR = String.raw`\p{L}+(?: \p{L}+)?:\s*${STATUS_VALUE}`;
const PLAYER_STATUS = new RegExp(String.raw`^${STATUS_PAIR}(?:\s*[/|]?\s*${STATUS_PAIR})*$`, 'u');

// Paging between parts of an article or between posts ("Next page: Security>>", "« Previous post").
const PAGING =
  /^(?:[«‹<]+\s*)?(?:next|previous|prev|older|newer)(?: (?:page|post|posts|article|story|chapter|entries|part))?\s*(?::.*|[»›>]+.*|[»›>]*)$/iu;

// A staff credit: "Page editor: Jane Doe", "Edited by: Jane Doe" (a role, a colon, a name).
const STAFF_CREDIT =
  /^(?:[\p{L}]+ )?(?:editor|editors|author|authors|writer|reporter|photographer|producer|edited by|written by|reported by):\s*\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|de|van|von))*$/u;

/** Whether a block's whole text is page furniture rather than article prose. */
export function isFurniture(text: string): boolean {
  const t = text.trim();
  // (A paragraph is no furniture: no need to split it into words.)
  if (t.length > MAX_CHARS) return false;
  const w = words(t);
  if (w.length === 0 || w.length > MAX_WORDS) return false;
  if (CTA_LINE.test(t) || CTA_PRODUCT.test(t)) return true;
  if (WIDGET_LABEL.test(t)) return true;
  if (w.length <= 6 && WIDGET_HEADING.test(t)) return true;
  if (isShareBar(w)) return true;
  if (PLAYER_STATUS.test(t)) return true;
  if (w.length <= 8 && PAGING.test(t)) return true;
  return w.length <= 8 && STAFF_CREDIT.test(t);
}

function isShareBar(w: string[]): boolean {
  let button = false;
  for (const word of w) {
    if (/^[\d.,]+[kKmM]?$/.test(word)) continue;
    if (!SHARE_WORDS.has(word.toLowerCase())) return false;
    button = true;
  }
  return button;
}
