import type { Feed } from '../shared/feed/feed.js';

export function staticPopupPage(feed: Feed, extensionDir: string): string;
