/**
 * Publishing as a queue the worker can drop at any moment: the change log says what changed, the state row says what
 * was published, and one run — debounced, woken by a timer or an alarm — brings the target up to date: it plans the
 * site from the catalog (core/site), renders only the files the changes can have touched, sends only those whose
 * bytes differ from what was published, removes files the site no longer has, then moves its cursor. A run that
 * fails leaves the cursor where it was, so the next one carries every change made meanwhile.
 */
import { writeFeed } from '../../core/feed/index';
import { FORMATS } from '../../core/feed/formats';
import { tagKey } from '../../core/feed/select';
import { publicBase, targetOrigins, type PublishTarget } from '../../core/publish/publish-target';
import type { FeedSettings } from '../../core/settings';
import { renderPage } from '../../core/site/site-page';
import { planSite, type SiteEntry, type SiteFile } from '../../core/site/site-plan';
import type { ShareRepository } from '../shares';
import type { SettingsStore } from '../settings-store';
import type { SharefeedDb } from '../db';
import { RemoteError, type Fetch } from '../remote/remote-error';
import type { Probe, Reach } from '../remote/reachability';
import type { PublishReport } from '../../shared/protocol';
import { PublishStore, type PublishState } from './publish-store';
import { siteWriter, type SiteFileBody } from './site-writer';
import { pingHub } from './websub';

export interface PublisherDeps {
  db: SharefeedDb;
  shares: ShareRepository;
  settings: SettingsStore;
  fetch: Fetch;
  now: () => string;
  /** Whether the extension may reach these host patterns (a granted permission); CORS may allow it otherwise. */
  mayReach: (origins: string[]) => Promise<boolean>;
  /** Why a server we hold no permission for gave no answer (remote/reachability.ts). */
  reach: (probe: Probe) => Promise<Reach>;
  /** Wake a run at this time even if the worker is stopped before (chrome.alarms). */
  wakeAt: (when: number) => void;
}

/** Back-off after failures in a row: 30 s, 1, 2, 4… minutes, at most an hour. */
export function retryDelay(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);
}

export class Publisher {
  readonly store: PublishStore;
  /** The run under way in this worker, so two wakes never publish at once. */
  private running: Promise<PublishReport | null> | null = null;
  /** The one run asked for while another was under way, started when it ends. */
  private queued: Promise<PublishReport | null> | null = null;

  constructor(private readonly deps: PublisherDeps) {
    this.store = new PublishStore(deps.db);
  }

  get busy(): boolean {
    return this.running !== null;
  }

  /**
   * Publishes what is pending; null when there is no target. Throws the failure's sentence (RemoteError). Asked
   * while a run is under way, it runs once more after it (one run queued at most), so a change or a new target
   * made meanwhile is published without waiting for the next change. `force` (Publish now) publishes even when
   * nothing changed here: it still reads the folder's index, so files missing there are sent again.
   */
  run(force = false): Promise<PublishReport | null> {
    if (!this.running) {
      this.running = this.publish(force).finally(() => (this.running = null));
      return this.running;
    }
    this.queued ??= this.running
      .catch(() => undefined)
      .then(() => {
        this.queued = null;
        return this.run(force);
      });
    return this.queued;
  }

  private async publish(force: boolean): Promise<PublishReport | null> {
    const { target, state } = await this.store.snapshot();
    if (!target) return null;
    // Nothing changed since the last publish (a backstop alarm, a second wake): no request, and the status as it was.
    const upTo = await this.store.lastChange();
    if (!force && !state.full && upTo <= state.cursor) {
      return { feedUrl: `${publicBase(target)}feed.atom`, files: [], removed: [], requests: 0 };
    }
    try {
      const report = await this.publishTo(target, state, upTo);
      await this.store.update({ attempts: 0, nextAttemptAt: null, lastError: null }, state.generation);
      return report;
    } catch (err) {
      const { message, retry } = await this.failure(err, target);
      const attempts = state.attempts + 1;
      const retryAt = err instanceof RemoteError && err.retryAt ? err.retryAt : Date.parse(this.deps.now()) + retryDelay(attempts);
      await this.store.update(
        { attempts, lastError: message, nextAttemptAt: retry ? new Date(retryAt).toISOString() : null },
        state.generation,
      );
      if (retry) this.deps.wakeAt(retryAt);
      throw new RemoteError(message);
    }
  }

  /** Publishes the changes after `state.cursor` up to change `upTo`. */
  private async publishTo(target: PublishTarget, state: PublishState, upTo: number): Promise<PublishReport> {
    const { shares } = this.deps;
    const base = publicBase(target);
    const changes = await this.deps.db.changes.where('seq').above(state.cursor).toArray();
    const settings = siteSettings(await this.deps.settings.get(), base);
    const entries = await shares.entries();
    const plan = planSite(entries);
    const files = plan.files;
    const full = state.full || changes.some((c) => c.kind === 'settings');
    const touched = full ? null : plan.touched(changes, state.totals);
    const writer = siteWriter(target, this.deps.fetch);
    const shared = await writer.begin();
    const changed: SiteFileBody[] = [];
    let removed: string[];
    // What was last published, by any browser publishing here (shared), else by this one.
    const hashes = { ...(shared ?? state.hashes) };
    try {
      for (const file of files) {
        if (touched && !touched.has(file.path) && (!shared || file.path in shared)) continue;
        const body = await this.render(file, settings, entries);
        const hash = await sha256(body);
        if (hashes[file.path] === hash) continue;
        hashes[file.path] = hash;
        changed.push({ path: file.path, body, contentType: contentType(file) });
      }
      const present = new Set(files.map((f) => f.path));
      removed = Object.keys(hashes).filter((path) => !present.has(path));
      for (const path of removed) delete hashes[path];
      if (changed.length || removed.length) await writer.write(changed, removed);
    } catch (err) {
      await writer.end(null).catch(() => undefined);
      throw err;
    }
    // The index is written only when it changed (nothing sent: only the lock was taken and given back).
    await writer.end(shared && !changed.length && !removed.length ? null : hashes);
    const at = this.deps.now();
    const report = { files: changed.map((f) => ({ path: f.path, bytes: new TextEncoder().encode(f.body).length })), removed, at };
    // A publish that found nothing to send keeps the last report that sent something (what the options page shows).
    const sent = changed.length || removed.length ? { lastReport: report } : {};
    // Set aside when another target was set meanwhile: that one starts from nothing, whatever this run sent.
    await this.store.update({ cursor: upTo, full: false, hashes, totals: plan.totals, lastPublishedAt: at, ...sent }, state.generation);
    const feeds = changed.filter((f) => /\.(atom|rss|json)$/.test(f.path)).map((f) => base + encodePath(f.path));
    if (settings.hubUrl && feeds.length) {
      await this.store.update({ lastPingError: await pingHub(settings.hubUrl, feeds, this.deps.fetch) }, state.generation);
    }
    return { feedUrl: `${base}feed.atom`, files: report.files, removed, requests: writer.requests() };
  }

  /** One file's bytes; `entries` is the catalog read once for the whole publish (newest first). */
  private async render(file: SiteFile, settings: FeedSettings, entries: readonly SiteEntry[]): Promise<string> {
    const { shares } = this.deps;
    if (file.kind === 'feed') {
      const limit = settings.limit > 0 ? settings.limit : Number.MAX_SAFE_INTEGER;
      const key = file.tag === null ? null : tagKey(file.tag);
      const ids: string[] = [];
      for (const entry of entries) {
        if (ids.length >= limit) break;
        if (key === null || entry.tags.some((t) => tagKey(t) === key)) ids.push(entry.id);
      }
      return writeFeed(file.format, await shares.getMany(ids), settings, file.tag ?? undefined).body;
    }
    return renderPage({ ...file, settings, shares: await shares.getMany(file.ids) });
  }

  /**
   * The failure's sentence, and whether to retry on our own: a server down or busy is retried with back-off; a
   * refused password or a missing permission waits for the person.
   */
  private async failure(err: unknown, target: PublishTarget): Promise<{ message: string; retry: boolean }> {
    if (err instanceof RemoteError && err.noAnswer && !(await this.deps.mayReach(targetOrigins(target)).catch(() => false))) {
      // Without the permission, a server answering CORS is still reached: no answer is then an outage, retried as
      // any other; only a server that is up but does not let us in waits for the person.
      if ((await this.deps.reach(probeOf(target)).catch(() => 'down')) === 'refuses-us') {
        return { message: noAccessSentence(target), retry: false };
      }
    }
    if (err instanceof RemoteError) return { message: err.message, retry: err.unreachable };
    return { message: `Publishing failed (${err instanceof Error ? err.message : String(err)}).`, retry: true };
  }
}

/** How a credential-less probe asks the target's server: a WebDAV PROPFIND, or a GitHub API call, as real requests do. */
export function probeOf(target: PublishTarget): Probe {
  if (target.kind === 'webdav') return { url: target.url, method: 'PROPFIND', headers: { Depth: '0' } };
  return { url: target.apiUrl ?? 'https://api.github.com', method: 'GET', headers: { 'X-GitHub-Api-Version': '2022-11-28' } };
}

/** Publishing waits for the person to allow the target's host again (or for the server to allow CORS). */
export function noAccessSentence(target: PublishTarget): string {
  const host = targetOrigins(target)[0]!.replace(/^\w+:\/\/|\/\*$/g, '');
  return `Sharefeed may not reach ${host}: allow it on the options page (Publishing → Save), or have the server answer Sharefeed’s requests (CORS).`;
}

/** The settings the site is written with: the feed's address is where this target publishes it. */
export function siteSettings(settings: FeedSettings, base: string): FeedSettings {
  return { ...settings, feedUrl: `${base}feed.atom` };
}

function contentType(file: SiteFile): string {
  return file.kind === 'feed' ? `${FORMATS[file.format].mimeType}; charset=utf-8` : 'text/html; charset=utf-8';
}

function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
