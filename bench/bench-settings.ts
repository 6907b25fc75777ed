/** Feed settings with every field set, as a person who publishes their feed would have them. */
import type { FeedSettings } from '../src/core/settings';

export const BENCH_SETTINGS: FeedSettings = {
  feedId: 'urn:uuid:0b7e4f64-2f1d-4c55-9d2e-6a1f3c8b9e01',
  title: 'Ada’s shared stories',
  subtitle: 'Things worth reading, with a note on why',
  authorName: 'Ada Lovelace',
  authorEmail: 'ada@example.org',
  authorUrl: 'https://ada.example.org/',
  feedUrl: 'https://ada.example.org/feeds/sharefeed.atom',
  homeUrl: 'https://ada.example.org/',
  icon: 'https://ada.example.org/icon.png',
  language: 'en',
  rights: '',
  limit: 0,
  mode: 'full',
  updatedAt: '2026-01-01T00:00:00.000Z',
};
