/** The protocol's implementation. Dependencies come in, so the same handlers run in the worker and in tests. */
import type { Handlers } from '../shared/protocol';
import { UserError } from '../shared/user-error';
import { canonicalUrl } from '../core/canonical-url';
import { writeFeed } from '../core/feed/index';
import { parseBackup, serializeBackup } from '../core/backup';
import { mergeShares } from '../core/merge-shares';
import { normalizeTags } from '../core/share';
import { settingsProblem } from '../core/settings';
import type { ExtractReply, ExtractRequest } from '../extract/types';
import type { ShareRepository } from './shares';
import type { SettingsStore } from './settings-store';
import type { TabStatus } from './tab-status';
import { composeShare, linkShare, reshare } from './compose-share';

export interface Deps {
  shares: ShareRepository;
  settings: SettingsStore;
  tabStatus: TabStatus;
  extract: (tabId: number, request: ExtractRequest) => Promise<ExtractReply>;
  /** Marks a tab's toolbar button: its page is shared. */
  markShared: (tabId: number) => Promise<void>;
  now: () => string;
  newId: () => string;
}

const NOT_FOUND = 'That share no longer exists — it may have been deleted in another window.';

export function createHandlers(deps: Deps): Handlers {
  const { shares, settings, now, newId } = deps;

  const extractOrThrow = async (tabId: number, request: ExtractRequest) => {
    const reply = await deps.extract(tabId, request);
    if (!reply.ok) throw new UserError(reply.error);
    return reply.page;
  };

  const store = (share: ReturnType<typeof composeShare>) =>
    shares.upsert(share, (existing) => reshare(existing, share));

  return {
    async previewTab({ tabId, mode = 'auto' }) {
      const page = await extractOrThrow(tabId, { mode });
      const existing = await shares.findByCanonicalUrl(page.canonicalUrl);
      if (existing) await deps.markShared(tabId);
      return { page, existing };
    },

    async shareTab({ tabId, comment, tags, title, capture }) {
      const page = await extractOrThrow(tabId, { mode: capture === 'selection' ? 'selection' : 'auto' });
      const result = await store(composeShare(page, { comment, tags, title, capture }, newId(), now()));
      await deps.markShared(tabId);
      return result;
    },

    async shareLink({ url, title, comment, tags }) {
      if (!/^https?:\/\//i.test(url)) throw new UserError('Only web links (http or https) can be shared.');
      return store(linkShare({ url, canonicalUrl: canonicalUrl(url), title }, { comment, tags }, newId(), now()));
    },

    async listShares(query) {
      return shares.list(query);
    },

    async getShare({ id }) {
      const share = await shares.get(id);
      if (!share) throw new UserError(NOT_FOUND);
      return { share };
    },

    async findShare({ url }) {
      return { share: await shares.findByCanonicalUrl(canonicalUrl(url)) };
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
      return { share: await shares.put(share) };
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

    async exportBackup() {
      const [all, feedSettings] = await Promise.all([shares.all(), settings.get()]);
      const date = now().slice(0, 10);
      return {
        filename: `sharefeed-backup-${date}.json`,
        mimeType: 'application/json',
        body: serializeBackup(all, feedSettings, now()),
      };
    },

    async restoreBackup({ text, mode }) {
      const parsed = parseBackup(text);
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

    async takeTabStatus({ tabId }) {
      return { error: await deps.tabStatus.take(tabId) };
    },
  };
}
