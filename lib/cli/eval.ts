/**
 * `npm run eval`: scores the engine against the labelled corpora in ../shared/corpora (or
 * SLANTWISE_CORPORA). Sentences are judged one by one through analyzeSentence, exactly as
 * `npm run analyze -- --sentences` judges them. Prints a plain message when the corpora are absent.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { analyzeSentence } from '../analysis/sentence';
import { corporaDir } from './eval/data-dir';
import { evalExtraction } from './eval/extraction';
import { evalNewsVoice } from './eval/news-voice';
import { evalNewsWords } from './eval/news-voice-words';
import { opinionFigureLines, opinionFigures } from './eval/opinion-figures';
import { evalPagesDev } from './eval/pages-dev';
import { evalPageWords } from './eval/pages-dev-words';
import { evalPtcVoice } from './eval/ptc-voice';
import { evalSentences } from './eval/sentences';
import { evalToneLines } from './eval/tone';
import { evalPtcTraining } from './train/ptc-rows';

async function main(): Promise<void> {
  const dir = corporaDir();
  if (!existsSync(dir)) {
    console.log(`eval: no corpora at ${dir} (set SLANTWISE_CORPORA to their folder); nothing to measure.`);
    return;
  }
  const rows = evalSentences(dir, (text) => analyzeSentence(text));
  console.log(`eval over ${dir}`);
  const fit = opinionFigures();
  console.log(
    `sentence model: fitted on ${fit?.fittedOn ?? 'see lib/analysis/model-weights.ts'}. ` +
      'The corpus figures in this table are therefore in-sample; the honest ones follow it.',
  );
  console.log('| measure | n | macro-F1 | F1 pos | F1 neg | accuracy | how |');
  console.log('|---|---|---|---|---|---|---|');
  for (const r of rows) {
    const s = r.scores;
    console.log(
      `| ${r.name} | ${s.n} | ${s.macroF1.toFixed(3)} | ${s.f1Pos.toFixed(3)} | ${s.f1Neg.toFixed(3)} | ${s.accuracy.toFixed(3)} | ${r.note} |`,
    );
  }
  if (fit) for (const line of opinionFigureLines(fit)) console.log(line);
  // Word and span measures belong to the loaded-wording lexicon; run them when that part is there.
  const words = join(dirname(fileURLToPath(import.meta.url)), 'eval', 'words.ts');
  if (existsSync(words)) {
    const mod = (await import(pathToFileURL(words).href)) as {
      evalWords?: (dir: string) => unknown;
    };
    if (typeof mod.evalWords === 'function') {
      const out = await mod.evalWords(dir);
      if (typeof out === 'string') console.log(out);
      else if (Array.isArray(out)) for (const line of out) console.log(String(line));
    }
  }
  // Reported opinion on real pages: our own labelled dev set (lib/cli/eval/pages-dev/, monitored).
  for (const line of evalPagesDev(dir)) console.log(line);
  // Loaded-word precision on the same pages: every loaded[] mark judged in its sentence (monitored).
  for (const line of evalPageWords(dir)) console.log(line);
  // Whose voice on single news sentences: 480 NewsMTSC train sentences judged alone (half A may be read, B never).
  for (const line of evalNewsVoice(dir)) console.log(line);
  // Loaded-word precision on the same sentences: every analyze --sentences loaded[] mark judged in its sentence.
  for (const line of evalNewsWords(dir)) console.log(line);
  // Whose voice on whole news articles: 17 drawn propaganda-corpus articles through the page path (never read).
  for (const line of evalPtcVoice(dir)) console.log(line);
  // The same kind of articles labelled for training (not fitted on): read while writing voice rules.
  for (const line of evalPtcTraining(dir)) console.log(line);
  // Tone towards a target: NewsMTSC dev (monitored; the model is fitted on NewsMTSC train).
  for (const line of evalToneLines(dir)) console.log(line);
  // Whether the blocks we extract are the article (pages, not sentences: the figures above do not move).
  for (const line of evalExtraction(dir)) console.log(line);
}

main().catch((err: unknown) => {
  console.error(`eval: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
