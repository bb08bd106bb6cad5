/**
 * A static file server on 127.0.0.1 for the browser runs (e2e tests, the in-browser bench and the
 * pages run): real pages over HTTP, and a record of every path asked for.
 */
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';

export interface Server {
  /** `http://127.0.0.1:PORT` */
  url: string;
  /** Every path requested so far, in order (so tests can see nothing unexpected was fetched). */
  requests: string[];
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/**
 * Serve files from one or more folders on 127.0.0.1 (a free port). A path is looked up in each
 * folder in turn; `/` serves `index.html`.
 */
export function serve(dirs: string | string[]): Promise<Server> {
  const roots = (Array.isArray(dirs) ? dirs : [dirs]).map((d) => path.resolve(d));
  const requests: string[] = [];
  const server = http.createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(pathname);
    const rel = path.normalize(pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    for (const root of roots) {
      const file = path.join(root, rel);
      if (!file.startsWith(root)) break;
      try {
        const body = await readFile(file);
        res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
        res.end(body);
        return;
      } catch {
        // try the next folder
      }
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({
        url: `http://127.0.0.1:${port}`,
        requests,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    }),
  );
}
