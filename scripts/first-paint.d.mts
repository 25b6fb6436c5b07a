export interface FirstPaintFile {
  file: string;
  gzip: number;
}
export function firstPaintFiles(dir: string, page?: string): FirstPaintFile[];
export function firstPaintBytes(dir: string, page?: string): number;
