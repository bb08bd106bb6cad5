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
 * Errors print one line to stderr and set a non-zero exit code: 2 for a usage mistake, 1 for bad
 * input (missing file, binary data, not HTML, empty input, no article, not English). Never a stack
 * trace. Output is written with process.stdout.write and the process ends by itself, so large
 * outputs are flushed completely before exit.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// Resolved from a path string, not a URL object: test DOMs replace the global URL class.
export const DEMO_PAGE = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../assets/demo/nato-south-caucasus.html',
);

const USAGE = 'usage: npm run analyze -- [PAGE.html [--url URL] [--json] | --sentences FILE|-]';

/** An expected failure: its message is the one line the user sees. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly code = 1,
  ) {
    super(message);
  }
}

export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** The whole of standard input. */
  stdin(): Promise<Buffer>;
}

interface Args {
  page?: string;
  url?: string;
  json: boolean;
  sentences?: string;
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
    else if (a === '-h' || a === '--help') throw new CliError(USAGE, 2);
    else if (a.startsWith('-') && a !== '-') throw new CliError(`unknown option ${a}. ${USAGE}`, 2);
    else if (args.page === undefined) args.page = a;
    else throw new CliError(`one page at a time (got ${args.page} and ${a}). ${USAGE}`, 2);
  }
  if (args.sentences !== undefined && (args.page !== undefined || args.url !== undefined || args.json)) {
    throw new CliError(`--sentences takes no page, --url or --json. ${USAGE}`, 2);
  }
  return args;
}

function readInput(path: string): Buffer {
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new CliError(`${path} is a directory, not a file`);
    size = st.size;
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(`cannot read ${path}: no such file`);
  }
  try {
    return size === 0 ? Buffer.alloc(0) : readFileSync(path);
  } catch {
    throw new CliError(`cannot read ${path}: permission denied or unreadable`);
  }
}

/** Binary data: NUL bytes, or text that is not UTF-8 for more than a few characters. */
function decodeText(bytes: Buffer, name: string): string {
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) throw new CliError(`${name} is binary data, not text`);
  const text = new TextDecoder('utf-8').decode(bytes);
  let bad = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0 && bad <= 16; i = text.indexOf('\uFFFD', i + 1)) bad++;
  if (bad > 16 && bad > text.length / 1000) throw new CliError(`${name} is binary data, not UTF-8 text`);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

const HTML_HINT = /<\s*(?:!doctype\s+html|html|head|body|article|main|p|div|h[1-6]|title|meta|section)\b/i;

async function analyzePage(args: Args, io: Io): Promise<void> {
  const path = args.page ?? DEMO_PAGE;
  const html = decodeText(readInput(path), path);
  if (!html.trim()) throw new CliError(`${path} is empty`);
  if (!HTML_HINT.test(html.slice(0, 200_000))) throw new CliError(`${path} is not HTML`);

  // Loaded only here: --sentences starts faster without a DOM or the article pipeline.
  const [{ loadDocument }, { isArticlePage }, { extractArticle }, { analyzeArticle }, { formatReport }] =
    await Promise.all([
      import('./dom'),
      import('../page/detect'),
      import('../page/extract'),
      import('../analysis/report'),
      import('./format'),
    ]);
  const doc = loadDocument(html);
  const detection = isArticlePage(doc);
  if (!detection.isArticle) {
    const why = detection.signals.length ? ` (signals: ${detection.signals.join(', ')})` : '';
    throw new CliError(`no article found in ${path}: it does not look like an article page${why}`);
  }
  const { input } = extractArticle(doc, args.url);
  if (input.blocks.length === 0) throw new CliError(`no article text found in ${path}`);
  const report = analyzeArticle(input);
  if (!report.supported) {
    throw new CliError(`${path}: ${report.notice ?? `the article is in "${report.language}", not English`}`);
  }
  io.out(args.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
}

async function analyzeLines(source: string, io: Io): Promise<void> {
  const name = source === '-' ? 'standard input' : source;
  const bytes = source === '-' ? await io.stdin() : readInput(source);
  const text = decodeText(bytes, name);
  if (!text.trim()) throw new CliError(`${name} is empty: give one sentence per line`);
  const [{ analyzeSentence }, { matchLoaded }] = await Promise.all([
    import('../analysis/sentence'),
    import('../analysis/loaded'),
  ]);
  const match = (t: string) => matchLoaded(t);
  const lines = text.split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop(); // the final newline ends the last line
  const empty = JSON.stringify({ opinion: 0, label: 'fact', voice: 'outlet', loaded: [] });
  let chunk: string[] = [];
  for (const line of lines) {
    chunk.push(line.trim() ? JSON.stringify(analyzeSentence(line, match)) : empty);
    if (chunk.length === 500) {
      io.out(`${chunk.join('\n')}\n`);
      chunk = [];
    }
  }
  if (chunk.length) io.out(`${chunk.join('\n')}\n`);
}

/** Runs the command; returns the exit code. Never throws. */
export async function main(argv: string[], io: Io): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args.sentences !== undefined) await analyzeLines(args.sentences, io);
    else await analyzePage(args, io);
    return 0;
  } catch (e) {
    if (e instanceof CliError) {
      io.err(`slantwise: ${e.message}\n`);
      return e.code;
    }
    const message = e instanceof Error ? e.message : String(e);
    io.err(`slantwise: internal error: ${message.split('\n')[0]}\n`);
    return 1;
  }
}

const processIo: Io = {
  out: (text) => {
    process.stdout.write(text);
  },
  err: (text) => {
    process.stderr.write(text);
  },
  stdin: async () => {
    // Waiting on a terminal would look like a hang: say what is expected instead.
    if (process.stdin.isTTY)
      throw new CliError('standard input is a terminal: pipe sentences in, or give a file');
    const parts: Buffer[] = [];
    for await (const part of process.stdin) parts.push(part as Buffer);
    return Buffer.concat(parts);
  },
};

// Run only as the entry point (tests import main()).
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  // A closed pipe (analyze ... | head) is not an error worth a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') process.stderr.write(`slantwise: cannot write output: ${e.message}\n`);
    process.exitCode = e.code === 'EPIPE' ? 0 : 1;
  });
  main(process.argv.slice(2), processIo).then((code) => {
    process.exitCode = code;
  });
}
