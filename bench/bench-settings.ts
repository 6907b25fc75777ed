/** The feed settings of the writers' golden tests (every field set), with no entry limit: the bench writes all. */
import type { FeedSettings } from '../src/core/settings';
import { TEST_SETTINGS } from '../src/core/feed/test-fixtures';

export const BENCH_SETTINGS: FeedSettings = { ...TEST_SETTINGS, limit: 0 };
