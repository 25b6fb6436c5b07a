import { SPARKLINE, sparklineGeometry, type PeriodScale } from './sparkline-geometry.js';

interface Props {
  weekly: readonly (number | null)[];
  scale: PeriodScale;
  /** The text alternative (format/progress-text.ts trendText): the picture's grades in words. */
  label: string;
}

/**
 * The weekly grades as a line over the dashed expected-progress line: inline SVG elements, one
 * image to a screen reader. Colours come from CSS (the item's status, the theme's muted grey).
 */
export function Sparkline({ weekly, scale, label }: Props) {
  const geometry = sparklineGeometry(weekly, scale);
  if (geometry === null) return null;
  const { width, height } = SPARKLINE;
  return (
    <svg class="sparkline" role="img" aria-label={label} width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
      <path class="spark-expected" d={geometry.expected} />
      <path class="spark-grades" d={geometry.grades} />
      <circle class="spark-last" cx={geometry.last.x} cy={geometry.last.y} r={2} />
    </svg>
  );
}
