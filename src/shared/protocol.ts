/**
 * Every message between the extension's pages and the background, in one place.
 * A request is `{ type, ...fields }`; every reply is `{ ok: true, ...result }` or `{ ok: false, error }`, where
 * `error` is one sentence a person can act on. Nothing else in the code names a message type as a string.
 */
import browser from './browser';
import type { Runtime } from './browser';
import type { Capture, Share, ShareSummary } from '../core/share';
import type { FeedSettings } from '../core/settings';
import type { FeedFile, FeedFormat } from '../core/feed/index';
import type { CapturedPage } from '../core/captured-page';
import type { MergeReport } from '../core/merge-shares';
import type { PublicTarget, PublishTarget } from '../core/publish/publish-target';
import { errorSentence } from './user-error';

/** A request that carries nothing but its type. */
type NoFields = Record<never, never>;

export interface TagCount {
  tag: string;
  count: number;
}

export interface Protocol {
  /** Extract the tab (after a toolbar press) and say whether its canonical URL is already shared. */
  previewTab: {
    req: { tabId: number; mode?: 'auto' | 'selection' };
    /** `existing`: the share of this page already stored, without its article's HTML (the popup shows only its fields). */
    res: { page: CapturedPage; existing: ShareSummary | null };
  };
  /**
   * Store the page: the capture this tab's popup previewed when the tab still shows it, else the page read now
   * (`fresh`: always read now, as the shortcut and the menus do). Updates the existing share when the canonical
   * URL is already shared.
   */
  shareTab: {
    req: { tabId: number; comment?: string; tags?: string[]; title?: string; capture?: Capture; fresh?: boolean };
    /** The share as stored, without its article's HTML: a long article is not sent back to the popup that just gave it. */
    res: { share: ShareSummary; updated: boolean };
  };
  /** A link-only share, for pages the extension may not read and for "Share this link". */
  shareLink: {
    req: { url: string; title: string; comment?: string; tags?: string[] };
    /** As shareTab's: the share without its article's HTML (a link share of an article page keeps the article). */
    res: { share: ShareSummary; updated: boolean };
  };
  listShares: {
    req: { query?: string; tag?: string; offset?: number; limit?: number };
    res: { shares: Share[]; total: number };
  };
  /** As listShares, without the articles' HTML: what the popup's history shows. */
  listHistory: {
    req: { query?: string; tag?: string; offset?: number; limit?: number };
    res: { shares: ShareSummary[]; total: number };
  };
  getShare: { req: { id: string }; res: { share: Share } };
  /** Ids of every share (or one tag's), newest first, at most `limit`: the list a long export then reads. */
  shareIds: { req: { tag?: string; limit?: number }; res: { ids: string[] } };
  /**
   * The shares with these ids, in order, as many as fit in one message (browsers cap a message at 64 MiB and
   * articles may be large): `read` says how many ids were answered; ids of deleted shares are skipped.
   */
  readShares: { req: { ids: string[] }; res: { shares: Share[]; read: number } };
  updateShare: {
    req: { id: string; title?: string; comment?: string; tags?: string[] };
    res: { share: Share };
  };
  /** Replies with the removed share so the person can undo. */
  deleteShare: { req: { id: string }; res: { share: Share } };
  /** Undo of deleteShare: puts the share back exactly as it was. */
  restoreShare: { req: { share: Share }; res: { share: Share } };
  listTags: { req: NoFields; res: { tags: TagCount[] } };
  exportFeed: { req: { format: FeedFormat; tag?: string }; res: FeedFile };
  getSettings: { req: NoFields; res: { settings: FeedSettings } };
  saveSettings: { req: { settings: Omit<FeedSettings, 'feedId' | 'updatedAt'> }; res: { settings: FeedSettings } };
  /**
   * Restore a backup file, given as a `blob:` URL the options page made of it (a file can be far larger than a
   * message): validated whole before anything is written, applied in one transaction.
   */
  restoreBackup: { req: { file: string; mode: 'merge' | 'replace' }; res: { report: MergeReport } };
  /** Add shares parsed from an import file (feeds, bookmarks, Pocket) in the options page. */
  importShares: { req: { shares: Share[] }; res: { report: MergeReport } };
  /**
   * Why the last keyboard-shortcut or menu share on this tab failed, if it did: kept until the tab loads another
   * page or a share from it succeeds, so every popup opened on the tab shows it.
   */
  tabStatus: { req: { tabId: number }; res: { error: string | null } };
  /** What upgrades had to tell the person (a share cut to fit, say), until dismissed. */
  notices: { req: NoFields; res: { notices: string[] } };
  dismissNotices: { req: NoFields; res: NoFields };

  /** The publishing target as the options page shows it: no password, no token (only whether one is saved). */
  getPublishing: { req: NoFields; res: { publishing: PublicTarget | null } };
  /**
   * Save the target (or `null`: stop publishing). An empty password or token keeps the saved one. The feed's public
   * address follows the target, and everything is published again to it.
   */
  setPublishing: { req: { publishing: PublishTarget | null }; res: { publishing: PublicTarget | null } };
  /** Check a target's address, credentials and right to write, without saving it. */
  testPublishing: { req: { publishing: PublishTarget }; res: { message: string } };
  /** Publish what is pending now. */
  publishNow: { req: NoFields; res: { report: PublishReport } };
  publishStatus: { req: NoFields; res: { status: PublishStatus } };

  /**
   * Turn sync on or off, with the publishing WebDAV connection (its folder's `sync/`) or one of its own. An empty
   * password keeps the saved one. The reply never holds a password.
   */
  setSync: { req: { sync: SyncSettings }; res: { sync: PublicSyncSettings } };
  getSync: { req: NoFields; res: { sync: PublicSyncSettings | null } };
  /** One sync round now. */
  syncNow: { req: NoFields; res: { report: SyncReport } };
  syncStatus: { req: NoFields; res: { status: SyncStatus } };
}

export type SyncSettings =
  { enabled: boolean; useConnection: 'publishing' } | { enabled: boolean; kind: 'webdav'; url: string; username: string; password: string };

export type PublicSyncSettings =
  | { enabled: boolean; useConnection: 'publishing' }
  | { enabled: boolean; kind: 'webdav'; url: string; username: string; hasSecret: boolean };

export interface SyncReport {
  pulled: number;
  pushed: number;
  deleted: number;
  conflicts: number;
  requests: number;
  /** Files in the sync folder that were refused, each with its reason (left as they are). */
  problems: string[];
}

export interface SyncStatus {
  state: 'off' | 'idle' | 'syncing' | 'failed';
  lastSyncedAt: string | null;
  lastError: string | null;
  /** During a long first sync. */
  progress: { done: number; total: number } | null;
  lastReport: SyncReport | null;
}

export interface PublishReport {
  feedUrl: string;
  files: { path: string; bytes: number }[];
  removed: string[];
  requests: number;
}

/** What a publish sent (each file's size) and removed, and when. */
export interface PublishedFiles {
  files: { path: string; bytes: number }[];
  removed: string[];
  at: string;
}

export interface PublishStatus {
  state: 'off' | 'idle' | 'pending' | 'publishing' | 'failed';
  lastPublishedAt: string | null;
  lastError: string | null;
  /** Public addresses of the main feed and the page; null when publishing is off. */
  feedUrl: string | null;
  pageUrl: string | null;
  /** The last publish: its files and their sizes. */
  lastReport: PublishedFiles | null;
  nextAttemptAt: string | null;
  /** Why the last WebSub ping failed, if it did. */
  lastPingError: string | null;
}

/** What the background tells the open pages on its own (one-way): progress of long work. */
export interface Events {
  /** A restore: each share's article is checked through the storage gate before anything is written. */
  restoreProgress: { done: number; total: number };
}

type EventMessage<E extends keyof Events> = { event: E } & Events[E];

/** The background tells every open extension page (no reply expected; no page open is fine). */
export function announce<E extends keyof Events>(event: E, fields: Events[E]): void {
  browser.runtime.sendMessage({ event, ...fields } as EventMessage<E>).catch(() => undefined);
}

/** A page listens for one kind of event from the background; answers the function that stops listening. */
export function listen<E extends keyof Events>(event: E, handler: (fields: Events[E]) => void): () => void {
  const listener = (message: unknown, sender: Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const m = message as Partial<EventMessage<E>> | undefined;
    if (m?.event === event) handler(m as Events[E]);
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

export type MessageType = keyof Protocol;
export type Request<T extends MessageType> = { type: T } & Protocol[T]['req'];
export type Reply<T extends MessageType> = ({ ok: true } & Protocol[T]['res']) | { ok: false; error: string };
export type AnyRequest = { [T in MessageType]: Request<T> }[MessageType];

const NO_ANSWER = 'Sharefeed’s background did not answer — reload the extension and try again.';

/** Send one typed request to the background. Never throws: transport failures become `{ ok: false }`. */
export async function send<T extends MessageType>(request: Request<T>): Promise<Reply<T>> {
  try {
    const reply = (await browser.runtime.sendMessage(request)) as Reply<T> | undefined;
    return reply ?? { ok: false, error: NO_ANSWER };
  } catch (err) {
    return { ok: false, error: `${NO_ANSWER} (${(err as Error).message})` };
  }
}

export type Handlers = {
  [T in MessageType]: (request: Request<T>) => Promise<Protocol[T]['res']>;
};

/**
 * Serve the protocol in the background. Only the extension's own pages may call it: web pages and other
 * extensions are ignored, so a hostile page can never read or write shares.
 */
export function serve(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id || !sender.url?.startsWith(browser.runtime.getURL(''))) return undefined;
    const request = message as AnyRequest;
    if (typeof request?.type !== 'string' || !Object.hasOwn(handlers, request.type)) return undefined;
    const handler = handlers[request.type] as (r: AnyRequest) => Promise<object>;
    return handler(request).then(
      (result) => ({ ok: true, ...result }),
      (err: unknown) => ({ ok: false, error: errorSentence(err) }),
    );
  });
}
