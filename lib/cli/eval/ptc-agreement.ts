/**
 * Agreement between two readers on the ptc-voice set (whole news articles; rules:
 * pages-dev/GUIDELINES.md and ptc-voice/GUIDELINES.md). The set was labelled by one reader; a second
 * reader labels a seeded random sample of its sentences, blind (without the first reader's labels or
 * the engine's output), into `ptc-voice/labels-second.json` (same format as labels.json:
 * { "articles": { "articleN.txt": ["hash:occurrence:label"] } }).
 *
 * ptc-voice is never read: this script prints no individual sentence of the labelled set beside a
 * label, and no disagreement list (there is no option for one; do not add it).
 *
 *   npx tsx lib/cli/eval/ptc-agreement.ts --sample N SEED   N sentences of ptc-voice's articles (as
 *        the engine segments them, in article order; labels.json is not read) picked by a seeded
 *        PRNG, each with its article, locator, and the sentence before and after it for context;
 *        no label and no engine output (for the second reader)
 *   npx tsx lib/cli/eval/ptc-agreement.ts                   raw agreement, Cohen's kappa, the
 *        confusion (original x second), and the engine's macro-F1 against each reader on exactly
 *        the doubly labelled sentences
 */
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { corporaDir } from './data-dir';
import { parseEntry } from './news-voice';
import {
  type Agreement,
  agreementTotal,
  cohenKappa,
  emptyAgreement,
  kappaStdError,
  rawAgreement,
  sampleIndices,
} from './pages-agreement';
import { CLASSES, emptyConfusion, f1For, type Gold, goldOf, locators, macroF1 } from './pages-dev';
import {
  type ArticleJudge,
  articleInput,
  drawnFrom,
  ENGINE,
  type PtcLabels,
  readPtcLabels,
} from './ptc-voice';

const SECOND_FILE = join(dirname(fileURLToPath(import.meta.url)), 'ptc-voice', 'labels-second.json');

/** One sentence of the sample: its article, locator, index in the article, and its neighbours. */
export interface SampledSentence {
  name: string;
  loc: string;
  index: number;
  before: string | undefined;
  text: string;
  after: string | undefined;
}

/**
 * `n` sentences drawn by the seeded PRNG (sampleIndices) from all the articles' sentences, taken in
 * the articles' order and each article's sentence order; returned in that order.
 */
export function sampleSentences(
  articles: readonly { name: string; sentences: readonly string[] }[],
  n: number,
  seed: number,
): SampledSentence[] {
  const all: SampledSentence[] = [];
  for (const { name, sentences } of articles) {
    const locs = locators([...sentences]);
    sentences.forEach((text, index) => {
      all.push({
        name,
        loc: locs[index]!,
        index,
        before: sentences[index - 1],
        text,
        after: sentences[index + 1],
      });
    });
  }
  return sampleIndices(all.length, n, seed).map((i) => all[i]!);
}

/** The two readers' agreement and the engine against each, on the sentences both labelled. */
export interface PtcAgreement {
  /** counts[original][second] */
  readers: Agreement;
  /** counts[original][engine] */
  vsFirst: Agreement;
  /** counts[second][engine] */
  vsSecond: Agreement;
  /** second-reader entries whose sentence the original labels or the engine's sentences lack */
  unmatched: number;
  articles: number;
}

/**
 * Compare the second reader's labels with the original's, and the engine (article name -> locator
 * -> its label, or no entry when the article is not judged) with each, on the doubly labelled
 * sentences only. Nothing per sentence is returned.
 */
export function compareReaders(
  first: PtcLabels,
  second: PtcLabels,
  engine: ReadonlyMap<string, ReadonlyMap<string, Gold>>,
): PtcAgreement {
  const out: PtcAgreement = {
    readers: emptyAgreement(),
    vsFirst: emptyAgreement(),
    vsSecond: emptyAgreement(),
    unmatched: 0,
    articles: 0,
  };
  for (const [name, entries] of Object.entries(second.articles)) {
    if (!entries.length) continue;
    out.articles++;
    const original = new Map(
      (first.articles[name] ?? []).map((e) => [parseEntry(e).loc, parseEntry(e).gold]),
    );
    const judged = engine.get(name);
    for (const entry of entries) {
      const { loc, gold: b } = parseEntry(entry);
      const a = original.get(loc);
      const got = judged?.get(loc);
      if (!a || !got) {
        out.unmatched++;
        continue;
      }
      out.readers[a][b]++;
      out.vsFirst[a][got]++;
      out.vsSecond[b][got]++;
    }
  }
  return out;
}

/** The figure lines of a comparison: counts, agreement, kappa, the confusion, the engine vs each reader. */
export function agreementLines(r: PtcAgreement): string[] {
  const n = agreementTotal(r.readers);
  const per = (m: Agreement): string => {
    const c = emptyConfusion();
    c.counts = m;
    c.located = agreementTotal(m);
    return (
      `macro-F1=${macroF1(c).toFixed(3)} (own ${f1For(c, 'own').f1.toFixed(3)}, ` +
      `reported ${f1For(c, 'reported').f1.toFixed(3)}, none ${f1For(c, 'none').f1.toFixed(3)})`
    );
  };
  return [
    `ptc-voice: second-read sentences=${n}${r.unmatched ? ` unmatched=${r.unmatched}` : ''} articles=${r.articles} ` +
      `raw agreement=${rawAgreement(r.readers).toFixed(3)} kappa=${cohenKappa(r.readers).toFixed(3)} ` +
      `(standard error ${kappaStdError(r.readers).toFixed(3)})`,
    `  ${'orig \\ second'.padEnd(14)}${CLASSES.map((k) => k.padStart(9)).join('')}`,
    ...CLASSES.map(
      (a) => `  ${a.padEnd(14)}${CLASSES.map((b) => String(r.readers[a][b]).padStart(9)).join('')}`,
    ),
    `  engine vs original reader: ${per(r.vsFirst)}`,
    `  engine vs second reader:   ${per(r.vsSecond)}`,
  ];
}

const flat = (t: string | undefined): string => (t === undefined ? '(none)' : t.replace(/\s+/g, ' ').trim());

/** The sample for the second reader: article, locator, the sentence and its neighbours; never a label. */
function printSample(n: number, seed: number): void {
  const articles = drawnFrom(corporaDir());
  if (typeof articles === 'string') {
    console.log(articles);
    return;
  }
  const segmented = articles.map(({ name, text }) => ({
    name,
    sentences: (ENGINE(articleInput(text)) ?? []).map((s) => s.text),
  }));
  const total = segmented.reduce((s, a) => s + a.sentences.length, 0);
  const picked = sampleSentences(segmented, n, seed);
  console.log(`# sample of ${picked.length} of ${total} sentences of ptc-voice's articles, seed ${seed}`);
  for (const s of picked) {
    console.log(`\n${s.name}\t${s.loc}\t#${s.index}`);
    console.log(`  before: ${flat(s.before)}`);
    console.log(`  >>>>>>: ${flat(s.text)}`);
    console.log(`  after:  ${flat(s.after)}`);
  }
}

/** The agreement figures; nothing per sentence. */
function report(judge: ArticleJudge = ENGINE): void {
  const second = readPtcLabels(SECOND_FILE);
  const first = readPtcLabels();
  if (!second || !first) {
    console.log('ptc-agreement: no labels.json or labels-second.json; nothing to measure.');
    return;
  }
  const articles = drawnFrom(corporaDir());
  if (typeof articles === 'string') {
    console.log(articles);
    return;
  }
  const engine = new Map<string, Map<string, Gold>>();
  for (const { name, text } of articles) {
    if (!(name in second.articles)) continue;
    const sentences = judge(articleInput(text));
    if (!sentences) continue;
    const locs = locators(sentences.map((s) => s.text));
    engine.set(name, new Map(locs.map((loc, i) => [loc, goldOf(sentences[i]!.label)])));
  }
  for (const line of agreementLines(compareReaders(first, second, engine))) console.log(line);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--sample');
  if (at >= 0) {
    const n = Number(args[at + 1]);
    const seed = Number(args[at + 2]);
    if (!Number.isInteger(n) || n < 1 || !Number.isInteger(seed)) {
      console.log('usage: --sample N SEED');
      process.exit(1);
    }
    printSample(n, seed);
  } else report();
}
