/**
 * A WebSub hub for the tests, as far as a publisher sees one: it takes form-encoded `hub.mode=publish` notices
 * (answering 204, as hubs do) and records them; `refuse()` makes it answer 500. A real hub's work — fetching the
 * feed, notifying subscribers — is the hub's own business and not Sharefeed's, so it is not imitated here.
 */
import { createServer } from 'node:http';

export interface WebsubHub {
  url: string;
  /** Each notice received: the feeds it named. */
  notices: string[][];
  refuse(): void;
  close(): Promise<void>;
}

export async function startWebsubHub({ host = '127.0.0.2' } = {}): Promise<WebsubHub> {
  const notices: string[][] = [];
  let refusing = false;
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      const form = new URLSearchParams(body);
      if (req.method !== 'POST' || form.get('hub.mode') !== 'publish' || !form.getAll('hub.url').length) {
        res.writeHead(400).end('hub.mode=publish and hub.url are required');
        return;
      }
      if (refusing) {
        res.writeHead(500).end('hub unavailable');
        return;
      }
      notices.push(form.getAll('hub.url'));
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((done) => server.listen(0, host, done));
  const { port } = server.address() as { port: number };
  return {
    url: `http://${host}:${port}/hub`,
    notices,
    refuse: () => void (refusing = true),
    close: () => new Promise((done) => server.close(() => done())),
  };
}
