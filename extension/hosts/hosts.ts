/**
 * What each page may ask of the browser: one host per page, PopupHost and OptionsHost.
 * Components reach their page's host through a context (host-context.ts), never by importing
 * `browser`, so they render in tests with a fake host and the browser-specific code stays in
 * popup-host.ts (with popup-extras.ts) and options-host.ts.
 */
import type { Feed } from '../../shared/feed/feed.js';
import type { CheckInInput } from '../check-in/check-in-input.js';
import type { Conflict } from '../check-in/check-ins-since.js';
import type { NewCheckIn } from '../check-in/outbox.js';
import type { Snoozes } from '../check-in/snooze.js';
import type { Outcome, TrackerAddress } from '../feed/feed-client.js';
import type { Snapshot } from '../feed/snapshot.js';
import type { Message, Reply } from '../platform/messages.js';
import type { TestResult } from '../reminders/test-notification.js';
import type { LastView } from '../storage/last-view-store.js';
import type { Options } from '../storage/options.js';

/** What the popup keeps beside the snapshot, read by PopupHost.readExtras. */
export interface Extras {
  snoozes: Snoozes;
  /** By conflictKey. */
  conflicts: Record<string, Conflict>;
  /** Unsaved check-in forms, by draftKey (check-in/draft-key.ts). */
  drafts: Record<string, CheckInInput>;
}

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
  // Drafts, snoozes, the conflicts the worker kept, a tab for the sheet and the last view: not needed to paint
  // the list, so the real host loads their code after the first paint (popup-extras.ts).
  readExtras(): Promise<Extras>;
  readDraft(trackerId: string, keyResultId: string): Promise<CheckInInput | null>;
  /** null forgets the draft. */
  saveDraft(trackerId: string, keyResultId: string, input: CheckInInput | null): Promise<void>;
  dismissConflict(trackerId: string, keyResultId: string): Promise<void>;
  /** Keeps the popup's view for its next opening (popup/remember-view.ts). */
  rememberView(view: LastView): Promise<void>;
  /** Shows `url` in a tab already open on the same spreadsheet when one can be found, else in a new tab. */
  openSheet(url: string): Promise<void>;
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
  /** Shows a notification as a reminder would look (the reminder settings' test button). */
  sendTestNotification(): Promise<TestResult>;
}
