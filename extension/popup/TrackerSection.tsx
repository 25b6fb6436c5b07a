import type { Scope } from '../check-in/due.js';
import { blocksCheckIns } from '../feed/feed-error.js';
import { firstScreen } from '../feed/first-screen.js';
import { groupByObjective } from '../feed/grouping.js';
import type { Tracker } from '../storage/options.js';
import type { Snapshot } from '../feed/snapshot.js';
import { EMPTY_CACHE } from '../feed/snapshot.js';
import * as strings from '../strings/popup.js';
import { trackerName } from '../feed/tracker-name.js';
import type { Extras } from '../hosts/hosts.js';
import { LazyCycleNotices } from './chunks.js';
import { ObjectiveSection } from './ObjectiveSection.js';
import { usePeriodScale } from './period-scale.js';
import { RefreshStatus } from './RefreshStatus.js';
import { SheetLink } from './SheetLink.js';
import { useAfterFirstPaint } from './use-after-first-paint.js';

interface Props {
  tracker: Tracker;
  snapshot: Snapshot;
  scope: Scope;
  now: number;
  today: string;
  extras: Extras;
  openForm: string | null;
  refreshing: boolean;
  onRefresh(): void;
  onOpenForm(key: string | null): void;
}

/**
 * One tracker: its name and sheet link, how fresh the copy is, then its objectives: the first
 * screenful at once, the rest one frame later.
 */
export function TrackerSection({ tracker, snapshot, scope, now, today, extras, openForm, refreshing, onRefresh, onOpenForm }: Props) {
  const everything = useAfterFirstPaint();
  const cache = snapshot.caches[tracker.id] ?? EMPTY_CACHE;
  const { feed } = cache;
  const scale = usePeriodScale(feed?.period);
  const name = snapshot.options.name;
  const groups = feed ? groupByObjective(feed, scope, name) : [];
  const outbox = snapshot.outbox.filter((item) => item.trackerId === tracker.id);
  const headingId = `tracker-${tracker.id}`;
  const canCheckIn = !blocksCheckIns(cache.error);
  return (
    <section class="tracker" aria-labelledby={headingId}>
      <div class="tracker-head">
        <h2 id={headingId}>{trackerName(tracker, feed)}</h2>
        {feed?.tracker.url && <SheetLink href={feed.tracker.url}>{strings.openTracker}</SheetLink>}
      </div>
      <RefreshStatus cache={cache} now={now} refreshing={refreshing} onRefresh={onRefresh} />
      {feed && <LazyCycleNotices.Component period={feed.period} findings={feed.findings} trackerUrl={feed.tracker.url} />}
      {feed && scope === 'mine' && name !== '' && groups.length === 0 && <p class="hint">{strings.noneMine(name)}</p>}
      {(everything ? groups : firstScreen(groups)).map((group) => (
        <ObjectiveSection
          key={group.objective?.id ?? ''}
          trackerId={tracker.id}
          group={group}
          outbox={outbox}
          by={name}
          scale={scale}
          trackerUrl={feed?.tracker.url ?? null}
          extras={extras}
          openForm={openForm}
          today={today}
          canCheckIn={canCheckIn}
          onOpenForm={onOpenForm}
        />
      ))}
    </section>
  );
}
