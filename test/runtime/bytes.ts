/**
 * Byte arrays as Apps Script hands them to scripts: Java `byte[]`, so JS arrays of *signed*
 * integers −128…127 (https://developers.google.com/apps-script/reference/utilities/utilities#computeDigest(DigestAlgorithm,String); the sign as widely reported). Inputs may be strings (in a charset) or such
 * arrays.
 */
import { enumOf } from './enums.js';

export const Charset = enumOf('US_ASCII', 'UTF_8');
export type CharsetName = keyof typeof Charset;

export function toSigned(buffer: Uint8Array): number[] {
  return Array.from(buffer, (b) => (b > 127 ? b - 256 : b));
}

/** A string (encoded in `charset`, UTF-8 by default) or a byte array, as raw bytes. */
export function toBuffer(value: unknown, charset: CharsetName = 'UTF_8'): Buffer | undefined {
  if (typeof value === 'string') return charset === 'US_ASCII' ? Buffer.from(value.replace(/[\u0080-\uffff]/g, '?'), 'ascii') : Buffer.from(value, 'utf8');
  if (Array.isArray(value) && value.every((b) => typeof b === 'number' && Number.isInteger(b) && b >= -128 && b <= 255)) {
    return Buffer.from(value.map((b: number) => b & 0xff));
  }
  return undefined;
}
