/**
 * `npm run analyze`: the command line of DESIGN.md (a public contract; benchmarks and the
 * evaluation call it).
 *
 *   analyze                           the bundled demo article, as a readable report
 *   analyze PAGE.html [--url URL] [--json]
 *                                     one page; --json prints the Report
 *   analyze --sentences FILE|-        one sentence per input line (- reads stdin), one JSON object
 *                                     per output line, in order. Every input line gets exactly one
 *                                     output line, blank lines too (judged as empty: opinion 0,
 *                                     label "fact"), so output line N always answers input line N.
 *
 * Any input is read by reading (files, FIFOs, /dev/stdin, <(...), -), in UTF-8 with or without a
 * BOM or UTF-16 LE/BE; a page may be at most 50 MB, then at most 5 MB of markup besides scripts
 * and styles, nested at most 2,000 deep (lib/cli/markup.ts), and is analysed in a worker with a
 * deadline and a heap limit (lib/cli/isolate.ts). --sentences streams line by line. The readable
 * report carries no control characters from the page.
 *
 * Errors print one line to stderr and set a non-zero exit code: 2 for a usage mistake, 1 for bad
 * input (missing file, binary data, not HTML, empty input, too large, too deep, too heavy, no
 * article, not English). Never a stack trace. Output is written with process.stdout.write and the process ends by itself, so large
 * outputs are flushed completely before exit.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type Chunks,
  CliError,
  escapeJsonControls,
  megabytes,
  openChunks,
  readAll,
  readLines,
  stripControls,
} from './input';
import { boundMarkup } from './markup';

export { CliError } from './input';

// Resolved from a path string, not a URL object: test DOMs replace the global URL class.
export const DEMO_PAGE = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../assets/demo/nato-south-caucasus.html',
);

const USAGE =
  'usage: npm run analyze -- [PAGE.html [--url URL] [--json] | --sentences FILE|- | --tone FILE|-]';

/** A page is read up to this many bytes; past it, one line says so. */
export const MAX_PAGE_BYTES = 50 * 1024 * 1024;
/** A --sentences line longer than this is judged on its first MAX_LINE characters. */
export const MAX_LINE = 100_000;

export interface Io {
  /** May return a promise that settles when the output can take more (back-pressure). */
  out(text: string): void | Promise<void>;
  err(text: string): void;
  /** Standard input, as it arrives. */
  stdin(): Chunks;
  /** Run the page pipeline in a worker with a deadline and a heap limit (the real command does). */
  isolate?: boolean;
}

interface Args {
  page?: string;
  url?: string;
  json: boolean;
  sentences?: string;
  tone?: string;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { json: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new CliError(`${a} needs a value. ${USAGE}`, 2);
      return v;
    };
    if (a === '--json') args.json = true;
    else if (a === '--url') args.url = value();
    else if (a === '--sentences') args.sentences = value();
    else if (a === '--tone') args.tone = value();
    else if (a === '-h' || a === '--help') throw new CliError(USAGE, 2);
    else if (a.startsWith('-') && a !== '-') throw new CliError(`unknown option ${a}. ${USAGE}`, 2);
    else if (args.page === undefined) args.page = a;
    else throw new CliError(`one page at a time (got ${args.page} and ${a}). ${USAGE}`, 2);
  }
  for (const [flag, given] of [
    ['--sentences', args.sentences],
    ['--tone', args.tone],
  ] as const) {
    if (given !== undefined && (args.page !== undefined || args.url !== undefined || args.json)) {
      throw new CliError(`${flag} takes no page, --url or --json. ${USAGE}`, 2);
    }
  }
  if (args.sentences !== undefined && args.tone !== undefined) {
    throw new CliError(`--sentences or --tone, not both. ${USAGE}`, 2);
  }
  return args;
}

/** `-` is standard input; anything else a path, read by reading (FIFOs and /dev/stdin included). */
function source(path: string, io: Io): { chunks: Chunks; name: string } {
  return path === '-'
    ? { chunks: io.stdin(), name: 'standard input' }
    : { chunks: openChunks(path), name: path };
}

const HTML_HINT = /<\s*(?:!doctype\s+html|html|head|body|article|main|p|div|h[1-6]|title|meta|section)\b/i;

async function analyzePage(args: Args, io: Io): Promise<void> {
  const { chunks, name: path } = source(args.page ?? DEMO_PAGE, io);
  const text = await readAll(chunks, path, MAX_PAGE_BYTES);
  if (!text.trim()) throw new CliError(`${path} is empty`);
  if (!HTML_HINT.test(text.slice(0, 200_000))) throw new CliError(`${path} is not HTML`);
  const { html, depth } = boundMarkup(text, path);
  const job = { html, url: args.url, path };
  const report = io.isolate
    ? await (await import('./isolate')).runPageIsolated(
        job,
        `${megabytes(html.length)} of markup, nested ${depth} deep`,
      )
    : await (await import('./page')).runPage(job);
  const { formatReport } = await import('./format');
  // The readable report is for a terminal: page text never carries control sequences to it.
  await io.out(
    args.json
      ? `${escapeJsonControls(JSON.stringify(report, null, 2))}\n`
      : stripControls(formatReport(report)),
  );
}

/**
 * Line by line as the input arrives, so an endless stream gets answers as it goes in bounded
 * memory. Blank lines before the first sentence are only counted (an input of blank lines alone
 * is an error, and nothing was printed for it).
 */
interface LineAnswer {
  /** The JSON answer to one non-blank line. */
  answer(line: string): string;
  /** What a blank line gets, so output line N always answers input line N. */
  empty: string;
  /** What the input should hold, for the "empty" message. */
  expects: string;
}

/** --sentences: the DESIGN.md verdict per sentence. */
async function sentenceAnswer(): Promise<LineAnswer> {
  const [{ analyzeSentence }, { matchLoaded }] = await Promise.all([
    import('../analysis/sentence'),
    import('../analysis/loaded'),
  ]);
  const match = (t: string) => matchLoaded(t);
  return {
    answer: (line) => JSON.stringify(analyzeSentence(line, match)),
    empty: JSON.stringify({ opinion: 0, label: 'fact', voice: 'outlet', loaded: [] }),
    expects: 'one sentence per line',
  };
}

/** --tone: {"sentence","mention","from","to"} per line -> {"polarity","score"} (lib/cli/tone-mode.ts). */
async function toneAnswer(): Promise<LineAnswer> {
  const { toneLine } = await import('./tone-mode');
  return {
    answer: toneLine,
    empty: JSON.stringify({ polarity: 0, score: 0 }),
    expects: 'one JSON object per line',
  };
}

async function analyzeLines(path: string, io: Io, mode: LineAnswer): Promise<void> {
  const { chunks, name } = source(path, io);
  const lines = readLines(chunks, name, MAX_LINE);
  const { empty } = mode;
  let leadingBlanks = 0;
  let started = false;
  let chunk: string[] = [];
  let chunkChars = 0;
  const flush = async () => {
    if (!chunk.length) return;
    const text = `${chunk.join('\n')}\n`;
    chunk = [];
    chunkChars = 0;
    await io.out(escapeJsonControls(text));
  };
  for await (const line of lines) {
    if (!started) {
      if (!line.trim()) {
        leadingBlanks++;
        continue;
      }
      started = true;
      for (; leadingBlanks > 0; leadingBlanks--) chunk.push(empty);
    }
    const verdict = line.trim() ? mode.answer(line) : empty;
    chunk.push(verdict);
    chunkChars += verdict.length;
    if (chunk.length >= 500 || chunkChars >= 1 << 20) await flush();
  }
  if (!started) throw new CliError(`${name} is empty: give ${mode.expects}`);
  await flush();
}

/** File names and page text in a message: no control characters, no second line. */
function oneLine(text: string): string {
  return stripControls(text.replace(/[\r\n]+/g, ' '));
}

/** Runs the command; returns the exit code. Never throws. */
export async function main(argv: string[], io: Io): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args.sentences !== undefined) await analyzeLines(args.sentences, io, await sentenceAnswer());
    else if (args.tone !== undefined) await analyzeLines(args.tone, io, await toneAnswer());
    else await analyzePage(args, io);
    return 0;
  } catch (e) {
    if (e instanceof CliError) {
      io.err(`slantwise: ${oneLine(e.message)}\n`);
      return e.code;
    }
    const message = e instanceof Error ? e.message : String(e);
    io.err(`slantwise: internal error: ${oneLine(message.split('\n')[0] ?? '')}\n`);
    return 1;
  }
}

const processIo: Io = {
  isolate: true,
  out: (text) =>
    process.stdout.write(text)
      ? undefined
      : new Promise<void>((done) => {
          process.stdout.once('drain', done);
          // A closed pipe never drains: the error handler below ends the run.
          process.stdout.once('error', () => done());
        }),
  err: (text) => {
    process.stderr.write(text);
  },
  stdin: () => {
    // Waiting on a terminal would look like a hang: say what is expected instead.
    if (process.stdin.isTTY)
      throw new CliError('standard input is a terminal: pipe sentences in, or give a file');
    return process.stdin;
  },
};

// Run only as the entry point (tests import main()).
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  // A closed pipe (analyze ... | head) is not an error worth a stack trace.
  // Nothing more can be written, so nothing more is read either (an endless stdin would not end).
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') process.stderr.write(`slantwise: cannot write output: ${oneLine(e.message)}\n`);
    process.exit(e.code === 'EPIPE' ? 0 : 1);
  });
  main(process.argv.slice(2), processIo).then((code) => {
    process.exitCode = code;
  });
}
