/** A bar for a fraction 0–1, announced as a percentage. Its colour comes from the item's status class. */
export function ProgressBar({ fraction, label }: { fraction: number; label: string }) {
  const percent = Math.round(fraction * 100);
  return (
    <div class="progress" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent}>
      <div class="progress-fill" style={{ width: `${percent}%` }} />
    </div>
  );
}
