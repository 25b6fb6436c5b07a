export interface FirstPaintFile {
  file: string;
  gzip: number;
}
export interface FirstPaintOptions {
  page?: string;
  /** Only what paints the last view (classic scripts), not the modules. */
  reopened?: boolean;
}
export function firstPaintFiles(dir: string, options?: FirstPaintOptions): FirstPaintFile[];
export function firstPaintBytes(dir: string, options?: FirstPaintOptions): number;
