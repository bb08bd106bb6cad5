/**
 * End-to-end harness: a localhost static server and the BUILT extension in real Chromium and
 * Firefox ESR (lib/cli/browsers, shared with the in-browser bench), plus what only the tests need:
 * screenshots as pixels and reading the page.
 *
 *   const server = await serve([fixturesDir, demoDir]);
 *   const b = await launchChromium(extDir('chrome-mv3'));   // or launchFirefox(extDir('firefox-mv2'))
 *   const page = await b.open(`${server.url}/article.html`);
 *   ...; await b.close(); await server.close();
 */
import { inflateSync } from 'node:zlib';
import type { TestPage } from '../../lib/cli/browsers/launch';

export * from '../../lib/cli/browsers/launch';
export * from '../../lib/cli/browsers/serve';

// ---------------------------------------------------------------- screenshots as pixels

export interface Pixels {
  width: number;
  height: number;
  /** RGBA, 4 bytes a pixel. */
  data: Uint8Array;
}

/** Decode a non-interlaced 8-bit RGB/RGBA PNG (what both browsers' screenshots produce). */
export function decodePng(png: Buffer): Pixels {
  if (png.readUInt32BE(0) !== 0x89504e47) throw new Error('not a PNG');
  let pos = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Buffer[] = [];
  while (pos < png.length) {
    const len = png.readUInt32BE(pos);
    const type = png.toString('latin1', pos + 4, pos + 8);
    const body = png.subarray(pos + 8, pos + 8 + len);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const [depth, colour, , , interlace] = [body[8], body[9], body[10], body[11], body[12]];
      if (depth !== 8 || interlace !== 0 || (colour !== 2 && colour !== 6)) {
        throw new Error(`unsupported PNG: depth ${depth}, colour type ${colour}, interlace ${interlace}`);
      }
      channels = colour === 6 ? 4 : 3;
    } else if (type === 'IDAT') idat.push(body);
    else if (type === 'IEND') break;
    pos += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const out = new Uint8Array(width * height * 4);
  let prev = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const cur = new Uint8Array(stride);
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? cur[i - channels]! : 0;
      const b = prev[i]!;
      const c = i >= channels ? prev[i - channels]! : 0;
      const x = line[i]!;
      let v: number;
      if (filter === 0) v = x;
      else if (filter === 1) v = x + a;
      else if (filter === 2) v = x + b;
      else if (filter === 3) v = x + ((a + b) >> 1);
      else {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        v = x + (pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
      }
      cur[i] = v & 0xff;
    }
    for (let px = 0; px < width; px++) {
      const o = (y * width + px) * 4;
      out[o] = cur[px * channels]!;
      out[o + 1] = cur[px * channels + 1]!;
      out[o + 2] = cur[px * channels + 2]!;
      out[o + 3] = channels === 4 ? cur[px * channels + 3]! : 255;
    }
    prev = cur;
  }
  return { width, height, data: out };
}

/** Share of pixels (0..1) whose colour differs between two same-sized images by more than `tolerance`. */
export function pixelDifference(a: Pixels, b: Pixels, tolerance = 24): number {
  if (a.width !== b.width || a.height !== b.height) throw new Error('images differ in size');
  let differ = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    const d =
      Math.abs(a.data[i]! - b.data[i]!) +
      Math.abs(a.data[i + 1]! - b.data[i + 1]!) +
      Math.abs(a.data[i + 2]! - b.data[i + 2]!);
    if (d > tolerance) differ++;
  }
  return differ / (a.width * a.height);
}

// ---------------------------------------------------------------- reading the page

/** Viewport rect of the first whole-word occurrence of `word` in the body's text; null if none. */
export function wordRect(page: TestPage, word: string) {
  return page.evaluate((w) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      const m = new RegExp(`(^|[^\\p{L}])(${w})(?![\\p{L}])`, 'u').exec(n.data);
      if (!m) continue;
      const r = document.createRange();
      const start = m.index + m[1]!.length;
      r.setStart(n, start);
      r.setEnd(n, start + w.length);
      const b = r.getBoundingClientRect();
      return { left: b.left, top: b.top, right: b.right, bottom: b.bottom, width: b.width, height: b.height };
    }
    return null;
  }, word);
}
