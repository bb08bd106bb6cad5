/**
 * `npx tsx lib/cli/report-digest.ts OUT_DIR`: writes everything the analysis answers over the
 * corpora, so a change meant to be output-neutral (a speed change) can be checked byte for byte
 * with `diff -r OLD_DIR NEW_DIR`. Reads ../shared/corpora or SLANTWISE_CORPORA; writes nothing
 * into the project.
 *
 *   OUT_DIR/pages/NAME.json   per Readability test page, the same run as `npm run bench`'s side:
 *                             detection, the extracted blocks with their map (element, node texts,
 *                             starts) and the whole Report, for every page (non-articles too)
 *   OUT_DIR/sentences.jsonl   `analyze --sentences` output for CheckThat, BABE and NewsMTSC sentences
 *   OUT_DIR/tone.jsonl        `analyze --tone` output for the NewsMTSC targets
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { matchLoaded } from '../analysis/loaded';
import { analyzeArticle } from '../analysis/report';
import { analyzeSentence } from '../analysis/sentence';
import { isArticlePage } from '../page/detect';
import { extractArticle } from '../page/extract';
import type { BlockMap } from '../page/types';
import { loadDocument } from './dom';
import { corporaDir } from './eval/data-dir';
import { corpusFiles, readBabe, readCheckThat } from './eval/sentences';
import { toneLine } from './tone-mode';

function describeMap(m: BlockMap): unknown {
  return {
    element: m.element.localName,
    nodes: m.nodes.map((n) => n.data),
    starts: m.starts,
  };
}

function pages(dir: string, out: string): number {
  mkdirSync(join(out, 'pages'), { recursive: true });
  const names = readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, 'source.html')))
    .sort();
  for (const name of names) {
    const html = readFileSync(join(dir, name, 'source.html'), 'utf8');
    const doc = loadDocument(html);
    const detection = isArticlePage(doc);
    const extracted = extractArticle(doc, `https://example.org/${name}`);
    const report = analyzeArticle(extracted.input);
    const digest = {
      detection,
      truncated: extracted.truncated ?? null,
      map: extracted.map.map(describeMap),
      report,
    };
    writeFileSync(join(out, 'pages', `${name}.json`), `${JSON.stringify(digest, null, 1)}\n`);
  }
  return names.length;
}

function sentenceTexts(corpora: string): string[] {
  const files = corpusFiles(corpora);
  const texts: string[] = [];
  for (const f of [files.checkthatTrain, files.checkthatDev])
    if (existsSync(f)) texts.push(...readCheckThat(f).map((l) => l.text));
  if (existsSync(files.babe)) texts.push(...readBabe(files.babe).map((l) => l.text));
  return texts;
}

function newsMtsc(corpora: string): { sentence: string; mention: string; from: number; to: number }[] {
  const file = join(corpora, 'newsmtsc', 'dev.jsonl');
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
}

function main(): void {
  const out = process.argv[2];
  if (!out) {
    console.error('usage: tsx lib/cli/report-digest.ts OUT_DIR');
    process.exitCode = 2;
    return;
  }
  const corpora = corporaDir();
  const dir = resolve(out);
  mkdirSync(dir, { recursive: true });
  const n = pages(join(corpora, 'readability-pages'), dir);
  const targets = newsMtsc(corpora);
  const texts = [...sentenceTexts(corpora), ...targets.map((t) => t.sentence)];
  const lines = texts.map((t) => (t.trim() ? JSON.stringify(analyzeSentence(t, (s) => matchLoaded(s))) : ''));
  writeFileSync(join(dir, 'sentences.jsonl'), `${lines.join('\n')}\n`);
  const tones = targets.map((t) => toneLine(JSON.stringify(t)));
  writeFileSync(join(dir, 'tone.jsonl'), `${tones.join('\n')}\n`);
  console.log(
    `report-digest: ${n} pages, ${texts.length} sentences, ${targets.length} tone targets -> ${dir}`,
  );
}

main();
