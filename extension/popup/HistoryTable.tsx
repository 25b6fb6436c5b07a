import type { FeedKeyResult } from '../../shared/feed/feed.js';
import { formatDay, formatValue, unitSuffix } from '../format/format.js';
import * as strings from '../strings/popup.js';

interface Props {
  id: string;
  keyResult: FeedKeyResult;
}

/**
 * This period's check-ins of one key result, newest first: the one just posted, or the one a
 * teammate added since, is what a reader of a 600 px popup looks for, and a quarter of weekly
 * check-ins would push it below the fold. (The feed lists them oldest first; the sparkline
 * already reads left to right in time.)
 */
export function HistoryTable({ id, keyResult }: Props) {
  const history = keyResult.history ?? [];
  if (history.length === 0) {
    return (
      <p id={id} class="history-empty">
        {strings.noHistory}
      </p>
    );
  }
  const unit = unitSuffix(keyResult).trim();
  return (
    <table id={id} class="history" aria-label={strings.historyOf(keyResult.title)}>
      <thead>
        <tr>
          <th scope="col">{strings.dateColumn}</th>
          <th scope="col">{unit === '' ? strings.valueLabel : `${strings.valueLabel} (${unit})`}</th>
          <th scope="col">{strings.confidenceColumn}</th>
          <th scope="col">{strings.noteLabel}</th>
        </tr>
      </thead>
      <tbody>
        {history
          .map((point, index) => (
            <tr key={`${point.time} ${index}`}>
              <td>{formatDay(point.time)}</td>
              <td class="number">{formatValue(keyResult, point.value)}</td>
              <td class="number">{point.confidence === null ? strings.noValue : `${point.confidence}/10`}</td>
              <td class="note">{point.note ?? ''}</td>
            </tr>
          ))
          .reverse()}
      </tbody>
    </table>
  );
}
