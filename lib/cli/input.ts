/**
 * Reading the command line's input: files, FIFOs, /dev/stdin, process substitution and `-`, all
 * by reading (a pipe's `stat` size is 0), never more than a cap, binary data refused from its
 * first bytes, and text decoded from UTF-8 (with or without a BOM) or UTF-16 LE/BE.
 *
 *   readAll(chunks, name, cap): Promise<string>      the whole input as text, or a CliError past the cap
 *   readLines(chunks, name, maxLine): AsyncGenerator  line by line in bounded memory (for --sentences)
 *   openChunks(path): AsyncIterable<Uint8Array>        a file or stream by path, errors as one plain line
 *   stripControls(text): string                        C0/C1 controls out, newline and tab kept
 */
import { createReadStream, statSync } from 'node:fs';

/** An expected failure: its message is the one line the user sees. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly code = 1,
  ) {
    super(message);
  }
}

export type Chunks = AsyncIterable<Uint8Array> | Iterable<Uint8Array>;

/** The first bytes that decide the encoding and whether this is binary data. */
const HEAD = 8192;
const MB = 1024 * 1024;

export function megabytes(n: number): string {
  return `${Math.round((n / MB) * 10) / 10} MB`;
}

/** C0 and C1 control characters except tab and newline (ESC, CSI, OSC, BEL, CR, DEL ...). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

export function stripControls(text: string): string {
  return text.replace(CONTROLS, '');
}

/** JSON.stringify escapes C0 but writes C1 (U+0080..U+009F) and DEL raw: escape them too (same JSON value). */
export function escapeJsonControls(json: string): string {
  return json.replace(/[\u007F-\u009F]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** BOM first; without one, UTF-16 shows as NUL in every other byte of ASCII-heavy text. */
function sniff(head: Uint8Array): { encoding: Encoding; bom: number } {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bom: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bom: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bom: 2 };
  const n = head.length - (head.length % 2);
  if (n >= 4) {
    let evenZero = 0;
    let oddZero = 0;
    for (let i = 0; i < n; i += 2) {
      if (head[i] === 0) evenZero++;
      if (head[i + 1] === 0) oddZero++;
    }
    const pairs = n / 2;
    if (oddZero > pairs * 0.4 && evenZero === 0) return { encoding: 'utf-16le', bom: 0 };
    if (evenZero > pairs * 0.4 && oddZero === 0) return { encoding: 'utf-16be', bom: 0 };
  }
  return { encoding: 'utf-8', bom: 0 };
}

/** Decides from the head: throws on binary data, returns a streaming decoder otherwise. */
function decoderFor(head: Uint8Array, name: string): { decoder: TextDecoder; skip: number } {
  const { encoding, bom } = sniff(head);
  const decoder = new TextDecoder(encoding);
  const text = new TextDecoder(encoding).decode(head.subarray(bom));
  if (text.includes('\u0000')) throw new CliError(`${name} is binary data, not text`);
  // Text that is not valid in its encoding for more than a few characters is binary too (an image
  // with no NUL in its first bytes, a compressed file). The last few bytes may be a cut character.
  let bad = 0;
  const body = text.slice(0, Math.max(0, text.length - 2));
  for (let i = body.indexOf('\uFFFD'); i >= 0; i = body.indexOf('\uFFFD', i + 1)) bad++;
  if (bad > 16 && bad > body.length / 100) {
    throw new CliError(`${name} is binary data, not ${encoding === 'utf-8' ? 'UTF-8' : 'UTF-16'} text`);
  }
  return { decoder, skip: bom };
}

/** Buffers and plain Uint8Arrays alike. */
async function* asBytes(chunks: Chunks): AsyncGenerator<Uint8Array, void, undefined> {
  for await (const c of chunks) yield c instanceof Uint8Array ? c : new Uint8Array(c);
}

/**
 * Text decoded piece by piece: the head decides the encoding (and rejects binary data) before
 * anything else is read, so 300 MB of zeros are refused after the first 8 kB.
 */
async function* decodeStream(
  chunks: Chunks,
  name: string,
  cap: number,
): AsyncGenerator<string, void, undefined> {
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let decoder: TextDecoder | undefined;
  let total = 0;
  const start = (): string => {
    const head = concat(pending, pendingBytes);
    pending = [];
    const d = decoderFor(head.subarray(0, HEAD), name);
    decoder = d.decoder;
    return decoder.decode(head.subarray(d.skip), { stream: true });
  };
  for await (const chunk of asBytes(chunks)) {
    total += chunk.length;
    if (total > cap) throw new CliError(`${name} is over ${megabytes(cap)}: the limit for this input`);
    if (decoder) {
      yield decoder.decode(chunk, { stream: true });
      continue;
    }
    pending.push(chunk);
    pendingBytes += chunk.length;
    if (pendingBytes >= HEAD) yield start();
  }
  if (!decoder) {
    if (pendingBytes === 0) return;
    yield start();
  }
  yield decoder!.decode();
}

function concat(parts: Uint8Array[], length: number): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The whole input as text (a leading BOM dropped), at most `cap` bytes. */
export async function readAll(chunks: Chunks, name: string, cap: number): Promise<string> {
  const parts: string[] = [];
  for await (const piece of decodeStream(chunks, name, cap)) parts.push(piece);
  return parts.join('');
}

/**
 * Lines (without their \n or \r\n) as they arrive, in bounded memory: a line longer than
 * `maxLine` characters is cut there and the rest of it skipped up to its newline. A final line
 * with no newline is a line; a final newline ends the last line and adds none.
 */
export async function* readLines(
  chunks: Chunks,
  name: string,
  maxLine: number,
): AsyncGenerator<string, void, undefined> {
  let line = '';
  let skipping = false;
  let any = false;
  for await (const piece of decodeStream(chunks, name, Number.POSITIVE_INFINITY)) {
    let from = 0;
    while (from < piece.length) {
      any = true;
      const nl = piece.indexOf('\n', from);
      const end = nl < 0 ? piece.length : nl;
      if (!skipping) {
        line += piece.slice(from, Math.min(end, from + (maxLine - line.length)));
        if (line.length >= maxLine && nl < 0) skipping = true;
      }
      if (nl < 0) break;
      yield line.endsWith('\r') ? line.slice(0, -1) : line;
      line = '';
      skipping = false;
      from = nl + 1;
    }
  }
  if (any && (line !== '' || skipping)) yield line.endsWith('\r') ? line.slice(0, -1) : line;
}

/**
 * A path opened for reading by reading: regular files, FIFOs, /dev/stdin and /dev/fd/N (process
 * substitution) alike. Errors become one plain line.
 */
export async function* openChunks(path: string): AsyncGenerator<Uint8Array, void, undefined> {
  try {
    if (statSync(path).isDirectory()) throw new CliError(`${path} is a directory, not a file`);
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(`cannot read ${path}: ${reason(e)}`);
  }
  const stream = createReadStream(path, { highWaterMark: 64 * 1024 });
  try {
    for await (const chunk of stream) yield chunk as Buffer;
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(`cannot read ${path}: ${reason(e)}`);
  } finally {
    stream.destroy();
  }
}

function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a directory';
  return 'unreadable';
}
