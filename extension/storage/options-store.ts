/** Options in storage.local: the access tokens are secrets, so nothing goes to storage.sync. */
import { browser } from '../platform/browser.js';
import type { Options } from './options.js';
import { mergeOptions } from './options.js';
import { OPTIONS_KEY } from './storage-keys.js';

export async function loadOptions(): Promise<Options> {
  const stored = await browser.storage.local.get(OPTIONS_KEY);
  return mergeOptions(stored[OPTIONS_KEY]);
}

export async function saveOptions(options: Options): Promise<void> {
  await browser.storage.local.set({ [OPTIONS_KEY]: options });
}
