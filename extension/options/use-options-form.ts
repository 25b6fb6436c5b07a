/**
 * The options form's state: a draft edited freely, checked on Save. Numbers stay text while
 * typed, so "1" on the way to "15" is not an error yet.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Options, OptionsProblem, Tracker } from '../storage/options.js';
import { normaliseOptions, validateOptions } from '../storage/options.js';
import type { ReminderOptions } from '../reminders/reminder-options.js';
import * as strings from '../strings/options.js';
import type { OptionsHost } from '../hosts/hosts.js';

export interface Draft extends ReminderOptions {
  trackers: Tracker[];
  name: string;
  refreshMinutes: string;
}

export interface OptionsForm {
  draft: Draft | null;
  problems: OptionsProblem[];
  status: string;
  /** Edited since the last load or save: the Save bar says so. */
  dirty: boolean;
  update(patch: Partial<Draft>): void;
  updateTracker(index: number, patch: Partial<Tracker>): void;
  addTracker(): void;
  removeTracker(index: number): void;
  save(): Promise<void>;
}

function toDraft(options: Options, host: OptionsHost): Draft {
  const trackers = options.trackers.length > 0 ? options.trackers : [blankTracker(host)];
  return { ...options, trackers, refreshMinutes: String(options.refreshMinutes) };
}

function blankTracker(host: OptionsHost): Tracker {
  return { id: host.newId(), name: '', url: '', token: '' };
}

export function useOptionsForm(host: OptionsHost): OptionsForm {
  const [draft, setDraft] = useState<Draft | null>(null);
  const [problems, setProblems] = useState<OptionsProblem[]>([]);
  const [status, setStatus] = useState('');
  const [dirty, setDirty] = useState(false);

  useEffect(() => {
    void host.loadOptions().then((options) => setDraft(toDraft(options, host)));
  }, [host]);

  const edit = (next: Draft) => {
    setDraft(next);
    setDirty(true);
    setStatus('');
  };

  return {
    draft,
    problems,
    status,
    dirty,
    update: (patch) => draft && edit({ ...draft, ...patch }),
    updateTracker: (index, patch) => draft && edit({ ...draft, trackers: draft.trackers.map((tracker, at) => (at === index ? { ...tracker, ...patch } : tracker)) }),
    addTracker: () => draft && edit({ ...draft, trackers: [...draft.trackers, blankTracker(host)] }),
    removeTracker: (index) => draft && edit({ ...draft, trackers: draft.trackers.filter((_, at) => at !== index) }),
    async save() {
      if (draft === null) return;
      const options: Options = { ...draft, refreshMinutes: Number(draft.refreshMinutes.trim() || Number.NaN) };
      const found = validateOptions(options);
      setProblems(found);
      if (found.length > 0) {
        setStatus(strings.fixProblems);
        return;
      }
      const saved = normaliseOptions(options);
      await host.saveOptions(saved);
      setDraft(toDraft(saved, host));
      setDirty(false);
      setStatus(strings.saved);
    },
  };
}
