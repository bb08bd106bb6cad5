/**
 * The labelled sentences the opinion model is fitted and judged on, read from ../shared/corpora
 * (never copied into the project), each with what the engine sees in it: the interpretable
 * features, whether it is in the outlet's voice, whether it carries a loaded term of the writer's,
 * and its words as the learned word scores see them.
 *
 * Groups for cross-validation: CheckThat by release (train, 2023 dev, 2023 test: no outlet is
 * given), BABE by outlet.
 *
 * Weak objective evidence (readPlainReports): NewsMTSC's training sentences whose tone towards
 * every target it marks is neutral, i.e. mostly plain news reporting. They have no opinion gold:
 * the fit may take them as objective rows with a small weight (Config.plainReports), and they
 * are never held out or judged. Its toned sentences may be taken as weak opinion rows.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFeatures, FEATURES } from '../../analysis/features';
import { judgingCues, reportedJudgement } from '../../analysis/score';
import { prepareSentence, writersOwn } from '../../analysis/sentence';
import type { Sentence } from '../../analysis/types';
import { writersWords } from '../../analysis/voice-judgement';
import { parseEntry } from '../eval/news-voice';
import { type Gold, type LabelSet, locators, pageReport, readLabels, type TrainSet } from '../eval/pages-dev';
import { parseCsv, readCheckThat } from '../eval/sentences';
import { articleSentences, labelledArticles } from './ptc-rows';

export interface Sample {
  text: string;
  corpus: 'checkthat' | 'babe' | 'newsmtsc' | 'pages';
  /** CheckThat release or BABE outlet. */
  group: string;
  /** CheckThat: SUBJ. BABE: label_bias Biased (undefined for "No agreement"). NewsMTSC: toned towards a target. */
  gold: boolean | undefined;
  /** BABE's label_opinion: 1 expresses the writer's opinion, 0.5 somewhat, 0 entirely factual. */
  opinion?: number;
  /** BABE's biased_words: the words its experts marked as biased (lower case). */
  biasedWords?: string[];
  /** Interpretable features, without the learned word scores. */
  features: number[];
  outlet: boolean;
  /** A source's sentence with the writer's own judging word in its frame: its label is 'opinion'. */
  writerFrame?: boolean;
  loaded: boolean;
  words: { lower: string; quoted: boolean; named?: boolean }[];
  /** The writer frames a view as their own ("I think"): score.ts adds STANCE_LOGIT. */
  framed: boolean;
  /** A source's sentence: its reported words, judged on their own as score.ts does. */
  reported?: {
    features: number[];
    words: { lower: string; quoted: boolean; named?: boolean }[];
    /** Logit added to the reported words' score (score.ts: the clause, stance and judging logits). */
    logit: number;
    stance: boolean;
    judging: boolean;
    /** Taken whenever higher; otherwise only when one of `cues` has a positive weight. */
    always: boolean;
    cues: number[];
  };
}

/** Feature columns the fit uses: all but the learned word parts, which it computes itself. */
export const FEATURE_COLUMNS: number[] = FEATURES.flatMap((f, i) =>
  f.name === 'word-scores' || f.name === 'word-peak' ? [] : [i],
);

/** The words of a Python-style list ("['criminals', \"don't\"]"), lower-cased. */
export function listedWords(field: string): string[] {
  return (field.match(/'[^']*'|"[^"]*"/g) ?? []).map((w) => w.slice(1, -1).toLowerCase());
}

function sample(
  text: string,
  base: Omit<Sample, 'features' | 'outlet' | 'loaded' | 'words' | 'text' | 'framed' | 'reported'>,
): Sample {
  const input = prepareSentence(text);
  const words: Sample['words'] = [];
  const f = extractFeatures(input, (lower, quoted, named) => words.push({ lower, quoted, named }));
  const outlet = input.voice === 'outlet';
  let reported: Sample['reported'];
  if (!outlet) {
    const rw: Sample['words'] = [];
    const r = reportedJudgement(input, f, (lower, quoted, named) => rw.push({ lower, quoted, named }));
    if (r)
      reported = {
        features: FEATURE_COLUMNS.map((i) => r.f.values[i]!),
        // (No reported words cut out: the sentence's own words.)
        words: r.clause ? rw : words,
        logit: r.logit,
        stance: r.stance,
        judging: r.judging,
        always: r.always,
        cues: judgingCues(r.f).flatMap((i) => {
          const k = FEATURE_COLUMNS.indexOf(i);
          return k >= 0 ? [k] : [];
        }),
      };
  }
  return {
    text,
    ...base,
    features: FEATURE_COLUMNS.map((i) => f.values[i]!),
    outlet,
    writerFrame: !outlet && writersWords(input).any,
    loaded: writersOwn(input).length > 0,
    words,
    framed: outlet && f.hits.some((h) => FEATURES[h.feature]!.name === 'first-person-stance'),
    reported,
  };
}

/**
 * NewsMTSC's training sentences (train.jsonl only: dev.jsonl is the tone figure's dev set), once
 * each, in file order: toned when its tone towards any of its targets is not neutral.
 */
export function newsSentences(jsonl: string): { text: string; toned: boolean }[] {
  const toned = new Map<string, boolean>();
  for (const line of jsonl.split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { sentence: string; polarity: number };
    toned.set(r.sentence, (toned.get(r.sentence) ?? false) || r.polarity !== 0);
  }
  return [...toned].map(([text, t]) => ({ text, toned: t }));
}

/**
 * NewsMTSC train as samples: the plain reports (neutral towards every target; gold false) and the
 * toned sentences (gold true), weak evidence the fit uses only when Config.plainReports says so.
 */
export function readPlainReports(dir: string): Sample[] {
  const text = readFileSync(join(dir, 'newsmtsc', 'train.jsonl'), 'utf8');
  return newsSentences(text).map((n) =>
    sample(n.text, { corpus: 'newsmtsc', group: 'newsmtsc', gold: n.toned }),
  );
}

export function readSamples(dir: string): Sample[] {
  const ct = join(dir, 'checkthat-subjectivity-en');
  const out: Sample[] = [];
  const releases: [string, string][] = [
    ['ct-train', 'train_en.tsv'],
    ['ct-2023-dev', 'derived_2023_dev_en.tsv'],
    ['ct-2023-test', 'derived_2023_test_en.tsv'],
  ];
  for (const [group, file] of releases) {
    for (const d of readCheckThat(join(ct, file)))
      out.push(sample(d.text, { corpus: 'checkthat', group, gold: d.gold }));
  }
  const recs = parseCsv(readFileSync(join(dir, 'babe-mbic', 'derived_sg2_in_sg1_mbic.csv'), 'utf8'));
  const head = recs[0] ?? [];
  const col = (name: string) => head.indexOf(name);
  for (const r of recs.slice(1)) {
    const bias = r[col('label_bias')];
    const op = r[col('label_opinion')] ?? '';
    const opinion = op.startsWith('Expresses')
      ? 1
      : op.startsWith('Somewhat')
        ? 0.5
        : op.startsWith('Entirely')
          ? 0
          : undefined;
    out.push(
      sample(r[col('text')] ?? '', {
        corpus: 'babe',
        group: r[col('outlet')] ?? '',
        gold: bias === 'Biased' ? true : bias === 'Non-biased' ? false : undefined,
        opinion,
        biasedWords: listedWords(r[col('biased_words')] ?? ''),
      }),
    );
  }
  return out;
}

/**
 * The sentences of one labelled page that the opinion fit takes: those the page report puts in
 * the outlet's voice and labelled own (gold true) or none (gold false). Reported gold is left out
 * (whether a source speaks is the voice rules' call, not the model's). `entries` are the page's
 * "hash:occurrence:label" labels, keyed as lib/cli/eval/pages-dev.ts keys them.
 */
export function labelledOutletSentences(
  sentences: readonly Pick<Sentence, 'text' | 'voice'>[],
  entries: readonly string[],
): { text: string; gold: boolean }[] {
  const gold = new Map(entries.map((e) => Object.values(parseEntry(e)) as [string, Gold]));
  const locs = locators(sentences.map((s) => s.text));
  return sentences.flatMap((s, i) => {
    const g = gold.get(locs[i]!);
    return s.voice === 'outlet' && (g === 'own' || g === 'none') ? [{ text: s.text, gold: g === 'own' }] : [];
  });
}

/**
 * A labelled page's or article's labelledOutletSentences as rows, those in the outlet's voice when
 * read alone too (the fit sees a sentence as `--sentences` does).
 */
function outletRows(sentences: readonly Sentence[], entries: readonly string[], group: string): Sample[] {
  return labelledOutletSentences(sentences, entries).flatMap(({ text, gold }) => {
    const row = sample(text, { corpus: 'pages', group, gold });
    return row.outlet ? [row] : [];
  });
}

/**
 * Our own labelled real pages (lib/cli/eval/pages-dev/labels*.json) as rows (outletRows). Group:
 * the page. Pages in order of their names; those in `skip`
 * are left out.
 */
export function readPageSamples(
  dir: string,
  sets: readonly (LabelSet | TrainSet)[],
  skip: readonly string[] = [],
): Sample[] {
  const pagesDir = join(dir, 'readability-pages');
  const out: Sample[] = [];
  for (const set of sets) {
    const labels = readLabels(set);
    for (const slug of Object.keys(labels.pages).sort()) {
      if (skip.includes(slug)) continue;
      const report = pageReport(pagesDir, slug);
      if (!report) continue;
      out.push(...outletRows(report.sentences, labels.pages[slug]!, `page:${slug}`));
    }
  }
  return out;
}

/**
 * The propaganda corpus's training articles (ptc-rows.ts, parts A and B; never ptc-voice's) as
 * rows, as readPageSamples takes a page's: outlet-voice sentences labelled own or none. Group: the
 * article.
 */
export function readArticleSamples(dir: string): Sample[] {
  const out: Sample[] = [];
  for (const { name, text, entries } of labelledArticles(dir)) {
    const sentences = articleSentences(text);
    if (!sentences) continue;
    out.push(...outletRows(sentences, entries, `ptc:${name}`));
  }
  return out;
}
