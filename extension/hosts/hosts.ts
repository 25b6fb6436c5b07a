/**
 * What the pages may ask of the browser, as two small interfaces. Components reach them through
 * a context (host-context.ts), never by importing `browser`, so they render in tests with a fake
 * host and the browser-specific code stays in popup-host.ts and options-host.ts.
 */
import type { Feed } from '../../shared/feed/feed.js';
import type { Outcome, TrackerAddress } from '../feed/feed-client.js';
import type { Message, Reply } from '../platform/messages.js';
import type { Options } from '../storage/options.js';
import type { NewCheckIn } from '../check-in/outbox.js';
import type { Snapshot } from '../feed/snapshot.js';

export interface PopupHost {
  readSnapshot(): Promise<Snapshot>;
  /** Calls `listener` whenever storage changes; returns the function that stops it. */
  onChange(listener: () => void): () => void;
  send(message: Message): Promise<Reply>;
  /** Writes the check-in to the outbox first, then asks the worker to send it. */
  addCheckIn(checkIn: NewCheckIn): Promise<void>;
  /** Forgets a check-in the tracker refused. */
  dismiss(requestId: string): Promise<void>;
  openOptions(): Promise<void>;
  now(): number;
}

export interface OptionsHost {
  loadOptions(): Promise<Options>;
  /** Saves, then tells the worker to re-create its alarm and read the feeds. */
  saveOptions(options: Options): Promise<void>;
  testTracker(address: TrackerAddress): Promise<Outcome<Feed>>;
  /** Whether the optional host permission for `origins` (from the manifest) is granted. */
  hasAccess(origins: readonly string[]): Promise<boolean>;
  /** Must be called straight from a click: browsers grant permissions only to a user action. */
  requestAccess(origins: readonly string[]): Promise<boolean>;
  /** Gives the optional permission back; resolves true once it is gone. */
  removeAccess(origins: readonly string[]): Promise<boolean>;
  newId(): string;
}
