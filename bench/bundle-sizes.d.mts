export interface BundleSize {
  name: string;
  /** Relative to the project folder. */
  path: string;
  gzipBudget: number | null;
  rawBytes: number;
  gzipBytes: number;
}

export const POPUP_GZIP_BUDGET: number;
export const BUNDLES: readonly Omit<BundleSize, 'rawBytes' | 'gzipBytes'>[];
export function bundleSizes(root: string): BundleSize[];
