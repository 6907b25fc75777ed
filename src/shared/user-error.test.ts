import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { UserError, errorSentence } from './user-error';

describe('errorSentence', () => {
  it('passes a UserError’s own sentence through', () => {
    expect(errorSentence(new UserError('This page is a PDF.'))).toBe('This page is a PDF.');
  });

  it('names a full disk, however the browser words it', () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const wrapped = new Dexie.AbortError('Transaction aborted', quota);
    for (const err of [quota, wrapped]) expect(errorSentence(err)).toMatch(/^Your browser’s storage for Sharefeed is full/);
  });

  it('names a database that cannot be opened, as Dexie reports it', async () => {
    // No IndexedDB at all (Node has none): what a browser with storage turned off gives Dexie.
    const db = new Dexie('nowhere', { indexedDB: undefined, IDBKeyRange: undefined });
    db.version(1).stores({ t: 'id' });
    const err = await db
      .table('t')
      .put({ id: 1 })
      .catch((e: unknown) => e);
    expect(errorSentence(err)).toMatch(/^Sharefeed cannot open its database .* nothing was saved; retry/);
  });

  it('names a clash on the page address', () => {
    expect(errorSentence(new Dexie.ConstraintError('Unable to add key to index'))).toMatch(/^Another share already has/);
  });

  it('keeps anything else’s message, in a sentence', () => {
    expect(errorSentence(new Error('boom'))).toBe('Something went wrong in Sharefeed: boom');
    expect(errorSentence('plain')).toBe('Something went wrong in Sharefeed: plain');
  });
});
