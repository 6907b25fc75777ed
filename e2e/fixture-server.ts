/**
 * Serves test pages on 127.0.0.1: the real web pages of the corpus (src/core/test-pages.ts) under /pages/<name>/ and
 * our own hand-written ones in test-pages/ under /own/<name>/ (with their images), plus a small PDF for the
 * PDF-viewer case.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { PAGES_DIR } from '../src/core/test-pages';

export const ROOT = resolve(import.meta.dirname, '..');

export const OWN_PAGES = resolve(ROOT, 'test-pages');

export interface FixtureServer {
  origin: string;
  url: (path: string) => string;
  close: () => Promise<void>;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = resolveFile(path);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': file.type, 'cache-control': 'no-store' }).end(file.body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (p) => `${origin}${p}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

const ASSET_TYPES: Record<string, string> = { '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg' };

function resolveFile(path: string): { type: string; body: Buffer | string } | null {
  const page = /^\/(pages|own)\/([\w.-]+)\/$/.exec(path);
  if (page) {
    const dir = page[1] === 'pages' ? PAGES_DIR : OWN_PAGES;
    const file = join(dir, page[2]!, 'source.html');
    return existsSync(file) ? { type: 'text/html; charset=utf-8', body: readFileSync(file) } : null;
  }
  const asset = /^\/own\/([\w.-]+)\/([\w.-]+\.(svg|png|jpg))$/.exec(path);
  if (asset) {
    const file = join(OWN_PAGES, asset[1]!, asset[2]!);
    return existsSync(file) ? { type: ASSET_TYPES[extname(file)]!, body: readFileSync(file) } : null;
  }
  if (path === '/files/sample.pdf') return { type: 'application/pdf', body: minimalPdf() };
  return null;
}

/** A one-page PDF saying "Hello", so Chromium opens its PDF viewer. */
function minimalPdf(): string {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    '<< /Length 44 >>\nstream\nBT /F1 24 Tf 40 100 Td (Hello) Tj ET\nendstream',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((obj, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${obj}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return body;
}
