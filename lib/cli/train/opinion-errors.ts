/**
 * The sentence model's errors on BABE, each outlet left out (the trainer's `evaluate` with the
 * shipped settings), counted by kind: whose voice the sentence is in, how close the opinion came
 * to 0.5, whether BABE's own opinion label agrees, and what a writer's loaded term did. For reading
 * where the BABE figure is lost before changing the model (issue 10).
 *
 *   npx tsx lib/cli/train/opinion-errors.ts                  counts, all outlets and each
 *   npx tsx lib/cli/train/opinion-errors.ts --show fn Fox    ... and that outlet's misses (or fp)
 *
 * Reads BABE's gold as `npm run eval` does (bias label; predicted = label 'opinion' or a writer's
 * loaded term). Prints to the terminal only; nothing from the corpora is written.
 */
import { corporaDir } from '../eval/data-dir';
import { OPINION_CONFIG } from '../train';
import { embeddings, evaluate } from './opinion';
import { readSamples, type Sample } from './opinion-data';
import { loadVectors, releaseVectors, vectorVocabulary } from './vectors';

export interface Judged {
  sample: Pick<Sample, 'gold' | 'opinion' | 'outlet' | 'writerFrame' | 'loaded' | 'words'>;
  /** The left-out opinion, as `--sentences` gives it. */
  p: number;
}

/** Label 'opinion' (the outlet's voice, or the writer's judging word in a source's frame). */
const own = (j: Judged) => j.sample.outlet || j.sample.writerFrame === true;
/** What `npm run eval` counts as biased: label 'opinion' or a writer's loaded term. */
export const predictedBiased = (j: Judged) => (j.p >= 0.5 && own(j)) || j.sample.loaded;

/** The error counts by kind (rows without a bias label are skipped). */
export function errorKinds(rows: Judged[]): Record<string, number> {
  const out: Record<string, number> = {};
  const add = (k: string, when: boolean) => {
    if (when) out[k] = (out[k] ?? 0) + 1;
  };
  for (const j of rows) {
    const { gold, opinion, loaded } = j.sample;
    if (gold === undefined) continue;
    const pred = predictedBiased(j);
    add('true positive', gold && pred);
    add('true negative', !gold && !pred);
    if (gold && !pred) {
      add('miss', true);
      add("miss: a source's voice", !own(j));
      add("miss: a source's voice, opinion >= 0.5 (reported-opinion)", !own(j) && j.p >= 0.5);
      add("miss: the outlet's voice", own(j));
      add("miss: the outlet's voice, 0.4 <= opinion < 0.5", own(j) && j.p >= 0.4);
      add("miss: the outlet's voice, over 30 words", own(j) && j.sample.words.length > 30);
      add('miss: BABE opinion label "entirely factual"', opinion === 0);
    }
    if (!gold && pred) {
      add('false alarm', true);
      add("false alarm: by a writer's loaded term alone", loaded && !(j.p >= 0.5 && own(j)));
      add("false alarm: the outlet's voice, opinion >= 0.5", j.p >= 0.5 && own(j));
      add(
        'false alarm: ... and BABE opinion label "entirely factual"',
        j.p >= 0.5 && own(j) && opinion === 0,
      );
      add(
        'false alarm: ... and BABE opinion label at least "somewhat" (opinion, not bias)',
        j.p >= 0.5 && own(j) && (opinion ?? 0) >= 0.5,
      );
    }
  }
  return out;
}

function main() {
  const samples = readSamples(corporaDir());
  const emb = embeddings(vectorVocabulary(), (w) => loadVectors(w), OPINION_CONFIG.vocab);
  releaseVectors();
  const e = evaluate(samples, emb, OPINION_CONFIG);
  const babe = samples.flatMap((s, i) =>
    s.corpus === 'babe' ? [{ sample: s, p: e.probs.get(i)!, text: s.text, group: s.group }] : [],
  );
  const print = (name: string, rows: Judged[]) => {
    console.log(`${name} (${rows.filter((j) => j.sample.gold !== undefined).length} with a bias label)`);
    const kinds = errorKinds(rows);
    // (Hits, then misses, then false alarms; within each, the broader kinds first.)
    const rank = (k: string) => (k.startsWith('true') ? 0 : k.startsWith('miss') ? 1 : 2);
    const keys = Object.keys(kinds).sort((a, b) => rank(a) - rank(b) || a.length - b.length);
    for (const k of keys) console.log(`  ${k.padEnd(80)} ${kinds[k]}`);
  };
  print('BABE, each outlet left out', babe);
  for (const g of [...new Set(babe.map((j) => j.group))].sort())
    print(
      g,
      babe.filter((j) => j.group === g),
    );
  const at = process.argv.indexOf('--show');
  if (at < 0) return;
  const kind = process.argv[at + 1];
  const outlet = process.argv.slice(at + 2).join(' ');
  for (const j of babe) {
    if (j.group !== outlet || j.sample.gold === undefined) continue;
    const pred = predictedBiased(j);
    if (kind === 'fn' ? !j.sample.gold || pred : j.sample.gold || !pred) continue;
    const voice = j.sample.outlet ? 'outlet' : j.sample.writerFrame ? 'writer-frame' : 'source';
    console.log(
      `${j.p.toFixed(2)} ${voice}${j.sample.loaded ? ' loaded' : ''} opinion=${j.sample.opinion ?? '-'} | ${j.text}`,
    );
  }
}

if (process.argv[1] && /opinion-errors\.ts$/.test(process.argv[1])) main();
