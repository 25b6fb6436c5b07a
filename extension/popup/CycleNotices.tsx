import type { FeedFinding, FeedPeriod } from '../../shared/feed/feed.js';
import * as strings from '../strings/popup.js';
import { SheetLink } from './SheetLink.js';

interface Props {
  period: FeedPeriod;
  findings: readonly FeedFinding[] | undefined;
  trackerUrl: string | null;
}

/**
 * What the end of the cycle and the OKR checks ask of the team: the review still to fill in,
 * and the findings, counted, with the list one click away (a native disclosure: keyboard and
 * screen reader support come with it). Nothing shows for a feed without these fields.
 */
export function CycleNotices({ period, findings, trackerUrl }: Props) {
  const toReview = period.reviewPeriod ? (period.toReview ?? 0) : 0;
  const reviewLink = period.reviewLink ?? trackerUrl;
  return (
    <>
      {toReview > 0 && (
        <p class="notice review">
          {strings.reviewDue(period.reviewPeriod as string, toReview)}
          {reviewLink && (
            <>
              {' '}
              <SheetLink href={reviewLink}>{strings.openReview}</SheetLink>
            </>
          )}
        </p>
      )}
      {findings && findings.length > 0 && (
        <details class="findings">
          <summary>{strings.findingsCount(findings.length)}</summary>
          <ul>
            {findings.map((finding, i) => (
              <li key={`${finding.kind}:${finding.id}:${i}`}>
                {finding.link ? <SheetLink href={finding.link}>{finding.id}</SheetLink> : <strong>{finding.id}</strong>}: {finding.message}
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
