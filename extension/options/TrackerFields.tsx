import { useEffect, useRef, useState } from 'preact/hooks';
import type { Tracker } from '../storage/options.js';
import * as strings from '../strings/options.js';
import { useOptionsHost } from '../hosts/host-context.js';
import { TextField } from './TextField.js';

interface Props {
  index: number;
  tracker: Tracker;
  /** Problems of this tracker's fields, by field name (url, token). */
  problems: Record<string, string>;
  removable: boolean;
  onChange(patch: Partial<Tracker>): void;
  onRemove(): void;
}

type TestState = { state: 'idle' } | { state: 'testing' } | { state: 'done'; ok: boolean; message: string };

/** One tracker's name, feed URL and token, with a Test that reads the feed without saving. */
export function TrackerFields({ index, tracker, problems, removable, onChange, onRemove }: Props) {
  const host = useOptionsHost();
  const [test, setTest] = useState<TestState>({ state: 'idle' });
  const id = `tracker-${index}`;
  // A result is about the address and token it was run with: editing either clears it.
  const tested = useRef({ url: tracker.url, token: tracker.token });
  useEffect(() => {
    if (tested.current.url === tracker.url && tested.current.token === tracker.token) return;
    tested.current = { url: tracker.url, token: tracker.token };
    setTest({ state: 'idle' });
  }, [tracker.url, tracker.token]);

  const runTest = async () => {
    if (tracker.token.trim() === '') {
      setTest({ state: 'done', ok: false, message: strings.tokenMissing });
      return;
    }
    setTest({ state: 'testing' });
    const result = await host.testTracker({ url: tracker.url, token: tracker.token.trim() });
    setTest(
      result.ok
        ? { state: 'done', ok: true, message: strings.testPassed(result.value.tracker.name, result.value.period.name, result.value.keyResults.length) }
        : { state: 'done', ok: false, message: result.error.message },
    );
  };

  return (
    <fieldset class="tracker">
      <legend>{strings.trackerLegend(index + 1)}</legend>
      <TextField id={`${id}-name`} label={strings.trackerName} hint={strings.trackerNameHint} value={tracker.name} onInput={(name) => onChange({ name })} />
      <TextField
        id={`${id}-url`}
        label={strings.feedUrl}
        hint={strings.feedUrlHint}
        type="url"
        value={tracker.url}
        problem={problems.url}
        onInput={(url) => onChange({ url })}
      />
      <TextField
        id={`${id}-token`}
        label={strings.accessToken}
        hint={strings.accessTokenHint}
        type="password"
        value={tracker.token}
        problem={problems.token}
        onInput={(token) => onChange({ token })}
      />
      <div class="actions">
        <button type="button" onClick={() => void runTest()} disabled={test.state === 'testing'}>
          {test.state === 'testing' ? strings.testing : strings.test}
        </button>
        {removable && (
          <button type="button" class="quiet" onClick={onRemove}>
            {strings.removeTracker}
          </button>
        )}
      </div>
      <p class={`test-result ${test.state === 'done' ? (test.ok ? 'ok' : 'problem') : ''}`} role="status">
        {test.state === 'done' ? test.message : ''}
      </p>
    </fieldset>
  );
}
