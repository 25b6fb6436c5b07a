import type { Feed } from '../shared/feed/feed.js';

export const KEY_RESULTS_PER_OBJECTIVE: number;
export const BENCH_TRACKER_ID: string;
export const OPTIONS_KEY: string;
export const CACHE_KEY: string;
export function popupFeed(count: number): Feed;
export function benchStorage(feed: Feed, feedUrl: string, fetchedAt: number): Record<string, unknown>;
