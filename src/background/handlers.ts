/** The protocol's implementation. Dependencies come in, so the same handlers run in the worker and in tests. */
import type { Handlers } from '../shared/protocol';
import { UserError } from '../shared/user-error';
import { canonicalUrl } from '../core/canonical-url';
import { writeFeed } from '../core/feed/index';
import { parseBackup } from '../core/backup';
import { mergeShares } from '../core/merge-shares';
import { normalizeTags, summarize } from '../core/share';
import { settingsProblem } from '../core/settings';
import type { ExtractReply, ExtractRequest } from '../extract/types';
import { toStoredPage, type CapturedPage } from '../core/captured-page';
import type { Captures } from './captures';
import type { ShareRepository } from './shares';
import type { SettingsStore } from './settings-store';
import type { TabStatus } from './tab-status';
import { composeShare, linkShare, reshare, type ShareInput } from './compose-share';
import type { Share } from '../core/share';

export interface Deps {
  shares: ShareRepository;
  settings: SettingsStore;
  tabStatus: TabStatus;
  /** The captures popups previewed, kept for their Share press. */
  captures: Captures;
  /** The address of the page in a tab, when the extension may see it (after a toolbar press on that page). */
  tabUrl: (tabId: number) => Promise<string | undefined>;
  extract: (tabId: number, request: ExtractRequest) => Promise<ExtractReply>;
  /** Marks a tab's toolbar button: its page is shared (true) or not (false). */
  markShared: (tabId: number, shared: boolean) => Promise<void>;
  /** The text of a file an extension page handed over as a `blob:` URL. */
  readFile: (url: string) => Promise<string>;
  now: () => string;
  newId: () => string;
  /** Tells the open pages how far a restore got. */
  progress?: (done: number, total: number) => void;
}

/**
 * Characters of shares in one reply. Chrome refuses messages over 64 MiB, and a character may take up to six
 * bytes in transit (a JSON `\uXXXX` escape): 8 M characters always fit.
 */
const MESSAGE_BUDGET = 8_000_000;

const NOT_FOUND = 'That share no longer exists — it may have been deleted in another window.';

/** Every handler but publishing's (publish/publish-handlers.ts) and sync's (sync/sync-handlers.ts). */
export type CoreHandlers = Omit<
  Handlers,
  'getPublishing' | 'setPublishing' | 'testPublishing' | 'publishNow' | 'publishStatus' | 'getSync' | 'setSync' | 'syncNow' | 'syncStatus'
>;

export function createHandlers(deps: Deps): CoreHandlers {
  const { shares, settings, now, newId } = deps;

  /** Reads the tab and passes every capture through the storage gate: what anyone sees is what would be stored. */
  const extractOrThrow = async (tabId: number, request: ExtractRequest) => {
    const reply = await deps.extract(tabId, request);
    if (!reply.ok) throw new UserError(reply.error);
    return toStoredPage(reply.page);
  };

  /**
   * The capture Share stores: the one this tab's popup previewed, when the tab still shows that page, so what is
   * stored is what was shown and the page is not read twice; otherwise (the tab moved on, the preview is old, or
   * the share comes from the shortcut or a menu) the page is read now.
   */
  const captureFor = async (tabId: number, mode: ExtractRequest['mode'], fresh: boolean) => {
    if (!fresh) {
      const [kept, url] = await Promise.all([deps.captures.get(tabId), deps.tabUrl(tabId)]);
      // The preview holds the selection too (as its capture or an alternative) when there was one to show.
      const holds = (page: CapturedPage) =>
        mode !== 'selection' || page.capture === 'selection' || page.alternatives.some((a) => a.capture === 'selection');
      if (kept && kept.url === url && holds(kept.page)) return kept.page;
    }
    return extractOrThrow(tabId, { mode });
  };

  const store = (share: Share, input: ShareInput) => shares.upsert(share, (existing) => reshare(existing, share, input));

  return {
    async previewTab({ tabId, mode = 'auto' }) {
      const page = await extractOrThrow(tabId, { mode });
      // Keeping it is a convenience: if it cannot be kept (a full disk), Share reads the page again.
      if (mode === 'auto') await deps.captures.keep(tabId, page).catch(() => undefined);
      const existing = await shares.findByCanonicalUrl(page.canonicalUrl);
      // A ✓ left from before the share was deleted goes too.
      await deps.markShared(tabId, existing !== null);
      return { page, existing: existing && summarize(existing) };
    },

    async shareTab({ tabId, comment, tags, title, capture, fresh = false }) {
      const page = await captureFor(tabId, capture === 'selection' ? 'selection' : 'auto', fresh);
      const input = { comment, tags, title, capture };
      const { share, updated } = await store(composeShare(page, input, newId(), now()), input);
      await Promise.all([deps.markShared(tabId, true), deps.tabStatus.clear(tabId)]);
      return { share: summarize(share), updated };
    },

    async shareLink({ url, title, comment, tags }) {
      if (!/^https?:\/\//i.test(url)) throw new UserError('Only web links (http or https) can be shared.');
      const { share, updated } = await store(
        linkShare({ url, canonicalUrl: canonicalUrl(url), title }, { comment, tags }, newId(), now()),
        {
          comment,
          tags,
        },
      );
      return { share: summarize(share), updated };
    },

    async listShares(query) {
      return shares.list(query);
    },

    async listHistory(query) {
      const { shares: page, total } = await shares.list(query);
      return { shares: page.map(summarize), total };
    },

    async getShare({ id }) {
      const share = await shares.get(id);
      if (!share) throw new UserError(NOT_FOUND);
      return { share };
    },

    async shareIds({ tag, limit }) {
      return { ids: await shares.ids({ tag, limit }) };
    },

    async readShares({ ids }) {
      return shares.readMany(ids, MESSAGE_BUDGET);
    },

    async updateShare({ id, title, comment, tags }) {
      const share = await shares.get(id);
      if (!share) throw new UserError(NOT_FOUND);
      const next = {
        ...share,
        title: title?.trim() || share.title,
        comment: comment === undefined ? share.comment : comment.trim(),
        tags: tags === undefined ? share.tags : normalizeTags(tags),
        updatedAt: now(),
      };
      return { share: await shares.put(next) };
    },

    async deleteShare({ id }) {
      const share = await shares.remove(id);
      if (!share) throw new UserError(NOT_FOUND);
      return { share };
    },

    async restoreShare({ share }) {
      const clash = await shares.findByCanonicalUrl(share.canonicalUrl);
      if (clash && clash.id !== share.id) {
        throw new UserError('This page was shared again since you deleted it, so the old share was not restored.');
      }
      // Everything as it was, but the time of this change: an undo is newer than the deletion it undoes, so a browser
      // that synced the deletion takes the share back too.
      return { share: await shares.put({ ...share, updatedAt: now() }) };
    },

    async listTags() {
      return { tags: await shares.tags() };
    },

    async exportFeed({ format, tag }) {
      const feedSettings = await settings.get();
      // Read only the entries the feed will hold, not the whole history.
      const limit = feedSettings.limit > 0 ? feedSettings.limit : Number.MAX_SAFE_INTEGER;
      const { shares: newest } = await shares.list({ tag, limit });
      return writeFeed(format, newest, feedSettings, tag);
    },

    async getSettings() {
      return { settings: await settings.get() };
    },

    async saveSettings({ settings: changes }) {
      const problem = settingsProblem(changes);
      if (problem) throw new UserError(problem);
      return { settings: await settings.save(changes) };
    },

    async restoreBackup({ file, mode }) {
      const parsed = parseBackup(await deps.readFile(file), (done, total) => deps.progress?.(done, total));
      if (!parsed.ok) throw new UserError(parsed.error);
      const { shares: incoming } = parsed.backup;
      // Merging needs only the shares that could clash; replacing must see them all.
      const existing = mode === 'merge' ? await shares.matching(incoming) : await shares.all();
      const merged = mergeShares(existing, incoming, mode);
      await shares.apply(merged.put, merged.remove);
      if (mode === 'replace') await settings.replace(parsed.backup.settings);
      return { report: merged.report };
    },

    async importShares({ shares: incoming }) {
      const merged = mergeShares(await shares.matching(incoming), incoming, 'merge');
      await shares.apply(merged.put, merged.remove);
      return { report: merged.report };
    },

    async notices() {
      return { notices: await settings.notices() };
    },

    async dismissNotices() {
      await settings.dismissNotices();
      return {};
    },

    async tabStatus({ tabId }) {
      return { error: await deps.tabStatus.read(tabId) };
    },
  };
}
