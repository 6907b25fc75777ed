/**
 * Publishing and sync against a real Apache mod_dav on loopback (test-servers/apache-dav.ts), with the product's
 * own repository, publisher and syncer (in Node, over fake-indexeddb — the same code the worker runs):
 * - one new share published at 10,000 shares ÷ at 100 (goal ≤ 1.5×): only the newest files are touched;
 * - share → the new feed on the server (debounce excluded): median and p95;
 * - a sync round with nothing new at 10,000 ÷ at 100 (goal ≤ 1.5×), and its requests;
 * - the first sync of 10,000 shares: time and requests, both ways (sending, then receiving in a second browser).
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { DAV_PASSWORD, DAV_USER, startDav, type DavServer } from '../test-servers/apache-dav';
import { SharefeedDb } from '../src/background/db';
import { ShareRepository } from '../src/background/shares';
import { SettingsStore } from '../src/background/settings-store';
import { Publisher } from '../src/background/publish/publisher';
import { PublishStore } from '../src/background/publish/publish-store';
import { Syncer } from '../src/background/sync/syncer';
import { toStoredShare } from '../src/core/stored-share';
import { seedShare } from '../e2e/seed';
import { median, ms, ratio } from './measure';

let clock = Date.UTC(2026, 0, 1);
const now = () => new Date((clock += 1000)).toISOString();
const remote = (url: string, init?: RequestInit) => fetch(url, init);

async function browserWith(count: number, dav: DavServer, folder: string) {
  const db = new SharefeedDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  const shares = new ShareRepository(db, undefined, now);
  const settings = new SettingsStore(db, now, () => crypto.randomUUID());
  for (let i = 0; i < count; i += 500) {
    await shares.apply(
      Array.from({ length: Math.min(500, count - i) }, (_, j) => toStoredShare(seedShare(i + j, 5_000))),
      [],
    );
  }
  const publisher = new Publisher({
    db,
    shares,
    settings,
    fetch: remote,
    now,
    mayReach: async () => true,
    reach: async () => 'answers' as const,
    wakeAt: () => undefined,
  });
  const target = { kind: 'webdav' as const, url: `${dav.folderUrl}${folder}/`, username: DAV_USER, password: DAV_PASSWORD };
  return { db, shares, settings, publisher, target };
}

async function publishOneMore(count: number, dav: DavServer, runs: number) {
  const b = await browserWith(count, dav, `publish-${count}`);
  await b.publisher.store.setTarget(b.target);
  await b.publisher.run(); // the first, full publish: not measured
  const times: number[] = [];
  const files: number[] = [];
  for (let i = 0; i < runs; i++) {
    await b.shares.put(toStoredShare(seedShare(count + 1000 + i, 5_000)));
    const start = performance.now();
    const report = (await b.publisher.run())!;
    times.push(performance.now() - start);
    files.push(report.files.length);
  }
  return { median: median(times), times, files: median(files) };
}

async function syncWith(count: number, dav: DavServer) {
  const folder = `${dav.folderUrl}sync-${count}/`;
  const make = async (n: number) => {
    const b = await browserWith(n, dav, `unused-${count}`);
    const syncer = new Syncer({ db: b.db, shares: b.shares, settings: b.settings, publishing: new PublishStore(b.db), fetch: remote, now });
    await syncer.store.setConfig({ enabled: true, kind: 'webdav', url: folder, username: DAV_USER, password: DAV_PASSWORD }, true);
    return syncer;
  };
  const a = await make(count);
  let start = performance.now();
  const first = (await a.run())!;
  const firstSend = performance.now() - start;
  const b = await make(0);
  start = performance.now();
  const receive = (await b.run())!;
  const firstReceive = performance.now() - start;
  await a.run(); // learns the manifest's ETag
  const quiet: number[] = [];
  let requests = 0;
  for (let i = 0; i < 21; i++) {
    start = performance.now();
    requests = (await a.run())!.requests;
    quiet.push(performance.now() - start);
  }
  return {
    firstSend,
    firstSendRequests: first.requests,
    firstReceive,
    firstReceiveRequests: receive.requests,
    pulled: receive.pulled,
    quiet: median(quiet),
    fastest: Math.min(...quiet),
    quietRequests: requests,
  };
}

export async function benchPublish(): Promise<string[]> {
  const dav = await startDav();
  try {
    const small = await publishOneMore(100, dav, 11);
    const large = await publishOneMore(10_000, dav, 11);
    const latency = await publishOneMore(100, dav, 21);
    const sorted = [...latency.times].sort((x, y) => x - y);
    const syncSmall = await syncWith(100, dav);
    const syncLarge = await syncWith(10_000, dav);
    return [
      'Publishing to Apache mod_dav on loopback (the product’s publisher and repository in Node; 5 KB articles)',
      `  one new share published: at 100 shares ${ms(small.median)}, at 10,000 ${ms(large.median)} → ${ratio(large.median / small.median)} (goal ≤ 1.5×); files sent ${small.files} and ${large.files}`,
      `  share → the new feed on the server (debounce excluded): median ${ms(median(latency.times))}, p95 ${ms(sorted[Math.floor(sorted.length * 0.95)]!)}`,
      'Sync through the same Apache',
      `  a round with nothing new: at 100 shares ${ms(syncSmall.quiet)}, at 10,000 ${ms(syncLarge.quiet)} → ${ratio(syncLarge.quiet / syncSmall.quiet)} (goal ≤ 1.5×); ${syncLarge.quietRequests} request(s); fastest of 21: ${ms(syncSmall.fastest)} and ${ms(syncLarge.fastest)}`,
      `  first sync of 10,000 shares: sending ${(syncLarge.firstSend / 1000).toFixed(1)} s (${syncLarge.firstSendRequests.toLocaleString('en')} requests), receiving in a second browser ${(syncLarge.firstReceive / 1000).toFixed(1)} s (${syncLarge.firstReceiveRequests.toLocaleString('en')} requests, ${syncLarge.pulled.toLocaleString('en')} shares)`,
    ];
  } finally {
    await dav.dispose();
  }
}
