/**
 * The command line of DESIGN.md, run for real: most cases through main() (the same code the
 * binary runs), and the process-level behaviour (exit code, one stderr line, stdin, flushing a
 * large output) by spawning `tsx lib/cli/analyze.ts`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../lib/analysis/report';
import type { Report } from '../../lib/analysis/types';
import { DEMO_PAGE, main } from '../../lib/cli/analyze';
import { loadDocument } from '../../lib/cli/dom';
import { formatReport } from '../../lib/cli/format';
import { extractArticle } from '../../lib/page/extract';

const ROOT = resolve(import.meta.dirname, '..', '..');
const PAGES = join(ROOT, 'tests/fixtures/pages');
const TMP = mkdtempSync(join(tmpdir(), 'slantwise-cli-'));

async function run(args: string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, {
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
    stdin: () => [Buffer.from(stdin)],
  });
  return { code, out, err };
}

function spawnCli(args: string[], input?: string) {
  return spawnSync(join(ROOT, 'node_modules/.bin/tsx'), ['lib/cli/analyze.ts', ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    timeout: 110_000,
    maxBuffer: 64 * 1024 * 1024,
  });
}

function tmpFile(name: string, content: string | Buffer): string {
  const path = join(TMP, name);
  writeFileSync(path, content);
  return path;
}

describe('npm run analyze (no argument): the demo article', () => {
  it('prints the readable report of the bundled demo page', async () => {
    const { code, out, err } = await run([]);
    expect(err).toBe('');
    expect(code).toBe(0);
    const doc = loadDocument(readFileSync(DEMO_PAGE, 'utf8'));
    const report = analyzeArticle(extractArticle(doc).input);
    expect(out).toBe(formatReport(report));
    const lines = out.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'NATO Treads Fine Line Between Armenia, Azerbaijan in South Caucasus Mission',
      'The Post · Anna Keller · 2024-03-21',
      '',
    ]);
    expect(lines[3]).toBe(`Lean: ${report.summary.statement}`);
    for (const heading of [
      'Opinion sentences',
      'Loaded wording',
      'Claims by speaker',
      'Entities and tone (-1 negative .. +1 positive)',
      'Related stories ("More from The Post")',
    ]) {
      expect(lines).toContain(heading);
    }
    expect(out).toContain(
      'Czech Government Remains Silent on Alleged Corruption Links of Azerbaijani Officials',
    );
    expect(out).toContain('Liechtenstein Cautions Over Restoring Voting Rights for Azerbaijan at PACE');
    expect(out).toContain('US Congress Targets Azerbaijan with Sanctions Over Alleged Human Rights Abuses');
    expect(lines).toContain('Promoted or sponsored links left out: 4');
    expect(out).not.toContain('Walk-In Shower');
  });
});

describe('npm run analyze -- PAGE.html', () => {
  it('--json prints the Report with the --url as the page address', async () => {
    const { code, out, err } = await run([DEMO_PAGE, '--url', 'https://www.thepost.example/x', '--json']);
    expect({ code, err }).toEqual({ code: 0, err: '' });
    const report = JSON.parse(out) as Report;
    expect(report.version).toBe(1);
    expect(report.supported).toBe(true);
    expect(report.meta).toEqual({
      title: 'NATO Treads Fine Line Between Armenia, Azerbaijan in South Caucasus Mission',
      site: 'The Post',
      byline: 'Anna Keller',
      date: '2024-03-21',
      lang: 'en',
      url: 'https://www.thepost.example/x',
    });
    expect(report.blocks).toHaveLength(10);
    expect(report.related.excluded).toBe(4);
    expect(report.related.heading).toBe('More from The Post');
    expect(report.related.stories.map((s) => s.url)).toEqual([
      'https://www.thepost.example/europe/2024/03/19/czech-government-remains-silent-on-alleged-corruption-links-of-azerbaijani-officials',
      'https://www.thepost.example/europe/2024/03/14/liechtenstein-cautions-over-restoring-voting-rights-for-azerbaijan-at-pace',
      'https://www.thepost.example/world/2024/03/08/us-congress-targets-azerbaijan-with-sanctions-over-alleged-human-rights-abuses',
    ]);
    expect(out.endsWith('}\n')).toBe(true);
  });

  it('reads a malformed page', async () => {
    const { code, out } = await run([join(PAGES, 'malformed-article/index.html'), '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(out) as Report;
    expect(report.meta.title).toBe('Harbour bridge reopens after repairs');
    expect(report.blocks.map((b) => b.kind)).toEqual(['heading', ...Array(5).fill('paragraph')]);
    expect(report.related).toMatchObject({ stories: [], excluded: 0 });
  });
});

describe('npm run analyze -- --sentences', () => {
  it('gives one JSON object per input line, in order, blank lines included', async () => {
    const file = tmpFile(
      'sentences.txt',
      'The inept officials ruined everything.\r\n\nThe meeting is on Tuesday.\n   \nHe said the plan was sound.\n',
    );
    const { code, out, err } = await run(['--sentences', file]);
    expect({ code, err }).toEqual({ code: 0, err: '' });
    const lines = out.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(5);
    const verdicts = lines.map((l) => JSON.parse(l));
    for (const v of verdicts) expect(Object.keys(v)).toEqual(['opinion', 'label', 'voice', 'loaded']);
    expect(verdicts[1]).toEqual({ opinion: 0, label: 'fact', voice: 'outlet', loaded: [] });
    expect(verdicts[3]).toEqual({ opinion: 0, label: 'fact', voice: 'outlet', loaded: [] });
    expect(verdicts[0].voice).toBe('outlet');
    expect(verdicts[0].loaded).toContainEqual({ text: 'inept', start: 4, end: 9, category: 'pejorative' });
    expect(verdicts[4].voice).toBe('attributed');
  });

  it('reads standard input with -', async () => {
    const { code, out } = await run(['--sentences', '-'], 'A calm and ordinary sentence.\nAnother one.');
    expect(code).toBe(0);
    expect(out.split('\n')).toHaveLength(3);
  });
});

describe('errors: one line on stderr, non-zero exit, nothing on stdout', () => {
  const cases: [string, string[], number, string][] = [
    [
      'a missing file',
      ['/no/such/page.html'],
      1,
      'slantwise: cannot read /no/such/page.html: no such file\n',
    ],
    ['a directory', [TMP], 1, `slantwise: ${TMP} is a directory, not a file\n`],
    ['an empty file', [tmpFile('empty.html', '')], 1, `slantwise: ${join(TMP, 'empty.html')} is empty\n`],
    [
      'binary data',
      [tmpFile('image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))],
      1,
      `slantwise: ${join(TMP, 'image.png')} is binary data, not text\n`,
    ],
    [
      'plain text',
      [tmpFile('notes.txt', 'Just a note.\nNo markup here at all.\n')],
      1,
      `slantwise: ${join(TMP, 'notes.txt')} is not HTML\n`,
    ],
    [
      'a home page with no article',
      [join(PAGES, 'news-home/index.html')],
      1,
      `slantwise: no article found in ${join(PAGES, 'news-home/index.html')}: it does not look like an article page (signals: json-ld:listing, headline-grid)\n`,
    ],
    [
      'an unknown option',
      ['--colour'],
      2,
      'slantwise: unknown option --colour. usage: npm run analyze -- [PAGE.html [--url URL] [--json] | --sentences FILE|-]\n',
    ],
    [
      '--url without its value',
      [DEMO_PAGE, '--url'],
      2,
      'slantwise: --url needs a value. usage: npm run analyze -- [PAGE.html [--url URL] [--json] | --sentences FILE|-]\n',
    ],
    [
      'two pages',
      ['a.html', 'b.html'],
      2,
      'slantwise: one page at a time (got a.html and b.html). usage: npm run analyze -- [PAGE.html [--url URL] [--json] | --sentences FILE|-]\n',
    ],
    [
      'empty sentence input',
      ['--sentences', tmpFile('blank.txt', '\n \n\t\n')],
      1,
      `slantwise: ${join(TMP, 'blank.txt')} is empty: give one sentence per line\n`,
    ],
    [
      'a missing sentence file',
      ['--sentences', '/no/such/lines.txt'],
      1,
      'slantwise: cannot read /no/such/lines.txt: no such file\n',
    ],
  ];
  it.each(cases)('%s', async (_name, args, code, message) => {
    expect(await run(args)).toEqual({ code, out: '', err: message });
  });

  it('a non-English article: says so and marks nothing', async () => {
    const { code, out, err } = await run([join(PAGES, 'german-article/index.html')]);
    expect({ code, out }).toEqual({ code: 1, out: '' });
    expect(err.split('\n')).toHaveLength(2);
    expect(err).toMatch(/^slantwise: .*german-article\/index\.html: .*German.*\n$/);
  });
});

// Spawning tsx takes seconds on a busy machine: these two get a generous limit.
describe('the real process', { timeout: 120_000 }, () => {
  it('exits non-zero with one stderr line and no stack trace', () => {
    const r = spawnCli(['/no/such/page.html']);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('slantwise: cannot read /no/such/page.html: no such file\n');
  });

  it('answers 2,000 lines from stdin with 2,000 lines, in order, fully flushed', () => {
    const lines = Array.from({ length: 2000 }, (_, i) =>
      i % 2 ? `Officials said the ${i}th report was fine.` : `The scandalous ${i}th plan failed.`,
    );
    const r = spawnCli(['--sentences', '-'], `${lines.join('\n')}\n`);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = r.stdout.split('\n');
    expect(out.pop()).toBe('');
    expect(out).toHaveLength(2000);
    const verdicts = out.map((l) => JSON.parse(l));
    expect(verdicts.map((v) => v.voice)).toEqual(lines.map((_, i) => (i % 2 ? 'attributed' : 'outlet')));
  });
});
