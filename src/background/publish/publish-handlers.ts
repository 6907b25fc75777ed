/** The protocol's publishing messages (see shared/protocol.ts): the target, the connection test, status, publish now. */
import { normalizeTarget, publicBase, withoutSecrets, type PublishTarget } from '../../core/publish/publish-target';
import type { Handlers, PublishStatus } from '../../shared/protocol';
import { UserError } from '../../shared/user-error';
import type { SettingsStore } from '../settings-store';
import type { Fetch } from '../remote/remote-error';
import type { Publisher } from './publisher';
import type { Scheduler } from './schedule';
import { siteWriter } from './site-writer';

type PublishingHandlers = Pick<Handlers, 'getPublishing' | 'setPublishing' | 'testPublishing' | 'publishNow' | 'publishStatus'>;

export interface PublishingDeps {
  publisher: Publisher;
  settings: SettingsStore;
  scheduler: Scheduler;
  fetch: Fetch;
  /** The publishing folder moved (or went): sync through it, if any, starts over in the new one. */
  folderMoved?: () => Promise<void>;
}

export function publishingHandlers({ publisher, settings, scheduler, fetch, folderMoved }: PublishingDeps): PublishingHandlers {
  const { store } = publisher;

  /** The target as given, checked, with the saved secret when the form left it empty. */
  const complete = async (given: PublishTarget): Promise<PublishTarget> => {
    const normalized = normalizeTarget(given);
    if ('problem' in normalized) throw new UserError(normalized.problem);
    const saved = await store.target();
    // A saved secret goes only back to the server it was saved for: never to a new address typed beside it.
    if (normalized.kind === 'webdav' && !normalized.password && saved?.kind === 'webdav' && sameAccount(saved, normalized))
      return { ...normalized, password: saved.password };
    if (normalized.kind === 'github' && !normalized.token && saved?.kind === 'github' && sameAccount(saved, normalized))
      return { ...normalized, token: saved.token };
    return normalized;
  };

  return {
    async getPublishing() {
      const target = await store.target();
      return { publishing: target && withoutSecrets(target) };
    },

    async setPublishing({ publishing }) {
      const before = await store.target();
      const folderOf = (target: PublishTarget | null) => (target?.kind === 'webdav' ? target.url : null);
      if (!publishing) {
        await store.setTarget(null);
        if (folderOf(before) !== null) await folderMoved?.();
        return { publishing: null };
      }
      const target = await complete(publishing);
      if (target.kind === 'webdav' ? !target.password : !target.token) {
        throw new UserError(
          target.kind === 'webdav'
            ? 'Enter the password (or app password) for the WebDAV folder.'
            : 'Enter a GitHub token with contents: write.',
        );
      }
      await store.setTarget(target);
      if (folderOf(before) !== folderOf(target)) await folderMoved?.();
      // The feeds name where they are published: exports then give the same bytes as the published files.
      await settings.save({ feedUrl: `${publicBase(target)}feed.atom` });
      scheduler.soon();
      return { publishing: withoutSecrets(target) };
    },

    async testPublishing({ publishing }) {
      const target = await complete(publishing);
      await siteWriter(target, fetch).check();
      return { message: `Connected: Sharefeed can publish to ${publicBase(target)}` };
    },

    async publishNow() {
      const report = await publisher.run(true);
      if (!report) throw new UserError('Publishing is off — choose where to publish on the options page first.');
      return { report };
    },

    async publishStatus() {
      return { status: await statusOf(publisher) };
    },
  };
}

/** Whether a saved secret may fill in for `given`: the same server and the same account on it. */
function sameAccount(saved: PublishTarget, given: PublishTarget): boolean {
  if (saved.kind === 'webdav' && given.kind === 'webdav')
    return new URL(saved.url).origin === new URL(given.url).origin && saved.username === given.username;
  if (saved.kind === 'github' && given.kind === 'github') return saved.apiUrl === given.apiUrl && saved.owner === given.owner;
  return false;
}

async function statusOf(publisher: Publisher): Promise<PublishStatus> {
  const target = await publisher.store.target();
  const state = await publisher.store.state();
  const base = target && publicBase(target);
  const pending = state.full || (await publisher.store.lastChange()) > state.cursor;
  return {
    state: !target ? 'off' : publisher.busy ? 'publishing' : state.lastError ? 'failed' : pending ? 'pending' : 'idle',
    lastPublishedAt: state.lastPublishedAt,
    lastError: state.lastError,
    feedUrl: base && `${base}feed.atom`,
    pageUrl: base,
    lastReport: state.lastReport,
    nextAttemptAt: state.nextAttemptAt,
    lastPingError: state.lastPingError,
  };
}
