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
import { boundMarkup, MAX_DEPTH } from '../../lib/cli/markup';
import { extractArticle } from '../../lib/page/extract';

const ROOT = resolve(import.meta.dirname, '..', '..');
const PAGES = join(ROOT, 'tests/fixtures/pages');
const TMP = mkdtempSync(join(tmpdir(), 'slantwise-cli-'));

async function run(
  args: string[],
  stdin: string | Iterable<Uint8Array> = '',
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, {
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
    stdin: () => (typeof stdin === 'string' ? [Buffer.from(stdin)] : stdin),
  });
  return { code, out, err };
}

function spawnCli(args: string[], input?: string, env: Record<string, string> = {}) {
  return spawnSync(join(ROOT, 'node_modules/.bin/tsx'), ['lib/cli/analyze.ts', ...args], {
    cwd: ROOT,
    input,
    env: { ...process.env, ...env },
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

describe('npm run analyze -- --tone', () => {
  it('answers each target line with its polarity, in order; a blank line or a bad line still gets a line', async () => {
    const input = [
      JSON.stringify({
        sentence: 'Critics accused Governor Jones of lying to voters.',
        mention: 'Governor Jones',
      }),
      '',
      JSON.stringify({ sentence: 'The mayor praised Smith for her courage.', from: 18, to: 23 }),
      'not json',
      JSON.stringify({ sentence: 'The council meets on Tuesday.', mention: 'Smith' }),
    ].join('\n');
    const { code, out, err } = await run(['--tone', '-'], input);
    expect({ code, err }).toEqual({ code: 0, err: '' });
    const answers = out
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(answers).toHaveLength(5);
    expect(answers[0].polarity).toBe(-1);
    expect(answers[1]).toEqual({ polarity: 0, score: 0 });
    expect(answers[2].polarity).toBe(1);
    expect(answers[3]).toMatchObject({ polarity: 0, score: 0 });
    expect(answers[3].error).toMatch(/JSON/);
    expect(answers[4]).toEqual({ polarity: 0, score: 0, error: 'mention not found in the sentence' });
  });

  it('takes no page with it', async () => {
    expect(await run(['--tone', '-', 'a.html'])).toEqual({
      code: 2,
      out: '',
      err: 'slantwise: --tone takes no page, --url or --json. usage: npm run analyze -- [PAGE.html [--url URL] [--json] | --sentences FILE|- | --tone FILE|-]\n',
    });
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
      'slantwise: unknown option --colour. usage: npm run analyze -- [PAGE.html [--url URL] [--json] | --sentences FILE|- | --tone FILE|-]\n',
    ],
    [
      '--url without its value',
      [DEMO_PAGE, '--url'],
      2,
      'slantwise: --url needs a value. usage: npm run analyze -- [PAGE.html [--url URL] [--json] | --sentences FILE|- | --tone FILE|-]\n',
    ],
    [
      'two pages',
      ['a.html', 'b.html'],
      2,
      'slantwise: one page at a time (got a.html and b.html). usage: npm run analyze -- [PAGE.html [--url URL] [--json] | --sentences FILE|- | --tone FILE|-]\n',
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

  it('analyses a page in a worker, and gives one line when the deadline passes', () => {
    const r = spawnCli([DEMO_PAGE, '--json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as Report).meta.title).toBe(
      'NATO Treads Fine Line Between Armenia, Azerbaijan in South Caucasus Mission',
    );
    const late = spawnCli([DEMO_PAGE], undefined, { SLANTWISE_PAGE_DEADLINE_MS: '500' });
    expect({ status: late.status, stdout: late.stdout }).toEqual({ status: 1, stdout: '' });
    expect(late.stderr).toMatch(
      /^slantwise: \S+nato-south-caucasus\.html: no answer within 0\.5 s \(\d+(\.\d)? MB of markup, nested \d+ deep\); the page is too heavy to analyse here\n$/,
    );
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

describe('any input', () => {
  const demo = readFileSync(DEMO_PAGE, 'utf8');
  const demoTitle = 'NATO Treads Fine Line Between Armenia, Azerbaijan in South Caucasus Mission';

  it('strips control characters (raw and as entities) from the readable report, keeps the text', async () => {
    const hostile = demo
      .replaceAll(demoTitle, `\u001b[1;31m${demoTitle}\u001b]8;;http://x.example\u0007&#27;[2J\u009b31m`)
      .replace(/(<p[^>]*>)/, '$1\u001b[5mBlinking&#27;]0;title&#7; ');
    const { code, out, err } = await run([tmpFile('hostile.html', hostile)]);
    expect({ code, err }).toEqual({ code: 0, err: '' });
    const controls = [...out].filter((c) => c !== '\n' && c !== '\t' && /\p{Cc}/u.test(c));
    expect(controls).toEqual([]);
    expect(out.split('\n')[0]).toBe(`[1;31m${demoTitle}]8;;http://x.example[2J31m`);
    expect(out).toContain('[5mBlinking]0;title ');
    expect(out).not.toContain('http://x.example\u0007');
    // JSON stays exact, with every control character escaped.
    const json = await run([tmpFile('hostile.html', hostile), '--json']);
    for (const c of ['\u001b', '\u0007', '\u009b']) expect(json.out).not.toContain(c);
    expect((JSON.parse(json.out) as Report).meta.title).toBe(
      `\u001b[1;31m${demoTitle}\u001b]8;;http://x.example\u0007\u001b[2J\u009b31m`,
    );
  });

  it.each([
    ['UTF-16 LE with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(demo, 'utf16le')])],
    [
      'UTF-16 BE with a BOM',
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(demo, 'utf16le').swap16()]),
    ],
    ['UTF-16 LE without a BOM', Buffer.from(demo, 'utf16le')],
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(demo)])],
  ])('reads %s', async (_name, bytes) => {
    const { code, out, err } = await run([tmpFile('encoded.html', bytes), '--json']);
    expect({ code, err }).toEqual({ code: 0, err: '' });
    expect((JSON.parse(out) as Report).meta.title).toBe(demoTitle);
  });

  it('reads UTF-16 sentences', async () => {
    const bytes = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('The inept plan failed.\r\nIt rained.\n', 'utf16le'),
    ]);
    const { code, out } = await run(['--sentences', tmpFile('sentences16.txt', bytes)]);
    expect(code).toBe(0);
    const lines = out
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0].loaded).toContainEqual({ text: 'inept', start: 4, end: 9, category: 'pejorative' });
  });

  it('reads a page from standard input with -', async () => {
    const { code, out } = await run(['-', '--json'], demo);
    expect(code).toBe(0);
    expect((JSON.parse(out) as Report).meta.title).toBe(demoTitle);
  });

  it('refuses binary data from its first chunk, without reading the rest', async () => {
    let pulled = 0;
    function* zeros() {
      for (let i = 0; i < 5000; i++) {
        pulled++;
        yield new Uint8Array(64 * 1024); // 5000 x 64 kB = 328 MB if it were all read
      }
    }
    for (const args of [['-'], ['--sentences', '-']]) {
      pulled = 0;
      const { code, out, err } = await run(args, zeros());
      expect({ code, out, err }).toEqual({
        code: 1,
        out: '',
        err: 'slantwise: standard input is binary data, not text\n',
      });
      expect(pulled).toBeLessThanOrEqual(2);
    }
  });

  it('refuses a page over 50 MB with one line, reading no more than the cap', async () => {
    let pulled = 0;
    const chunk = new TextEncoder().encode(`<p>${'word '.repeat(200_000)}</p>\n`);
    function* page() {
      yield new TextEncoder().encode('<!doctype html><html><body>');
      for (let i = 0; i < 1000; i++) {
        pulled += chunk.length;
        yield chunk; // 1000 MB if it were all read
      }
    }
    const r = await run(['-'], page());
    expect(r).toEqual({
      code: 1,
      out: '',
      err: 'slantwise: standard input is over 50 MB: the limit for this input\n',
    });
    expect(pulled).toBeLessThan(52 * 1024 * 1024);
  });

  it('answers 20 MB of markup and 200,000 nested elements with one line', async () => {
    const para = '<p>The minister said on Monday that the plan would go ahead despite protests.</p>\n';
    const big = tmpFile(
      'big.html',
      `<!doctype html><html><body><article>${para.repeat(260_000)}</article></body></html>`,
    );
    expect((await run([big])).err).toBe(
      `slantwise: ${big} holds more than 5 MB of markup besides scripts and styles: the limit for a page\n`,
    );
    const deep = tmpFile(
      'deep.html',
      `<html><body>${'<div>'.repeat(200_000)}<p>Deep.</p>${'</div>'.repeat(200_000)}</body></html>`,
    );
    expect(await run([deep])).toEqual({
      code: 1,
      out: '',
      err: `slantwise: ${deep} nests elements more than 2000 deep: the limit for a page\n`,
    });
  });

  it('reads a page whose scripts and styles are most of its bytes', async () => {
    const script = `<script>var x = "${'<div>'.repeat(10_000)}${'a'.repeat(6 * 1024 * 1024)}";</script><style>p{color:red}</style>`;
    const page = demo.replace('</head>', `${script}<!-- ${'<div>'.repeat(5000)} --></head>`);
    const { code, out } = await run([tmpFile('scripts.html', page), '--json']);
    expect(code).toBe(0);
    expect((JSON.parse(out) as Report).meta.title).toBe(demoTitle);
  });

  it('cuts a very long --sentences line and still answers every line', async () => {
    const text = `The inept plan failed.\n${'word '.repeat(100_000)}\nIt rained.\n`;
    const { code, out } = await run(['--sentences', '-'], text);
    expect(code).toBe(0);
    expect(out.trimEnd().split('\n')).toHaveLength(3);
  });
});

describe('streams, through the real process', { timeout: 120_000 }, () => {
  const page = DEMO_PAGE;
  const tsx = join(ROOT, 'node_modules/.bin/tsx');
  const bash = (script: string) =>
    spawnSync('bash', ['-c', script], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 110_000,
      env: { ...process.env, TSX: tsx },
    });

  it('reads a FIFO, process substitution and /dev/stdin (their stat size is 0)', () => {
    const fifo = join(TMP, 'page.fifo');
    const r = bash(
      `mkfifo '${fifo}' && (cat '${page}' > '${fifo}' &) && "$TSX" lib/cli/analyze.ts '${fifo}' --json | head -c 300 | grep -c '"version": 1' ; ` +
        `"$TSX" lib/cli/analyze.ts --sentences <(printf 'The inept plan failed.\\nIt rained.\\n') | wc -l ; ` +
        `printf 'One.\\nTwo.\\nThree.\\n' | "$TSX" lib/cli/analyze.ts --sentences /dev/stdin | wc -l`,
    );
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n').map((l) => l.trim())).toEqual(['1', '2', '3', '']);
  });

  it('answers an endless stdin as it goes and stops when the reader does', () => {
    const r = bash(
      `yes 'The scandalous plan failed.' | "$TSX" lib/cli/analyze.ts --sentences - | head -n 3000 | sort | uniq -c`,
    );
    expect(r.status).toBe(0);
    const [count, line] = r.stdout.trim().split(/ (.+)/);
    expect(Number(count)).toBe(3000);
    expect(JSON.parse(line!).loaded[0].text).toBe('scandalous');
  });
});

describe('boundMarkup: what the parse is given', () => {
  it('counts depth by the parser rules: unclosed paragraphs, list items and void tags are not nesting', () => {
    const flat = `<html><body>${'<p>One<br><img src=x>'.repeat(5000)}<ul>${'<li>x'.repeat(5000)}</ul>${'<div/>'.repeat(10)}</body></html>`;
    // <div/> is an open tag in HTML: ten of them nest ten deep.
    expect(boundMarkup(flat, 'p').depth).toBe(2 + 10);
    const svg = `<html><body><svg>${'<path d="M0 0"/>'.repeat(5000)}</svg></body></html>`;
    expect(boundMarkup(svg, 's').depth).toBe(3);
    expect(() => boundMarkup(`${'<span>'.repeat(MAX_DEPTH + 1)}x`, 'deep.html')).toThrow(
      'deep.html nests elements more than 2000 deep: the limit for a page',
    );
  });

  it('drops script and style content and comments, keeps JSON data, attributes and text', () => {
    const page =
      '<head><script src="a.js"></script><script>if (a < b) { x = "</div>" }</script>' +
      '<script type="application/ld+json">{"headline":"H <b>"}</script><style>p > a {}</style></head>' +
      '<body><!-- <div><div> --><p title="a > b">Text</p><textarea><div></textarea></body>';
    expect(boundMarkup(page, 'x').html).toBe(
      '<head><script src="a.js"></script><script></script>' +
        '<script type="application/ld+json">{"headline":"H <b>"}</script><style></style></head>' +
        '<body><p title="a > b">Text</p><textarea><div></textarea></body>',
    );
  });
});
