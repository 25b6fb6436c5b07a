/**
 * Utilities (https://developers.google.com/apps-script/reference/utilities/utilities): UUIDs, dates formatted with Java patterns,
 * digests and HMACs as signed byte arrays, base64, `formatString`. `sleep` advances the runtime
 * clock instead of waiting (max 300,000 ms). Differences: MD2 is unsupported; `formatString`
 * knows %s, %d, %f (with precision) and %%; blobs are not faked.
 */
import { createHash, createHmac, randomUUID } from 'node:crypto';
import { toBuffer, toSigned, Charset, type CharsetName } from './bytes.js';
import { instrument } from './call-counter.js';
import { signatureMismatch, type RuntimeContext } from './context.js';
import { enumOf } from './enums.js';
import { formatJavaDate } from './format-date.js';
import { isDate } from './realm.js';

const DigestAlgorithm = enumOf('MD2', 'MD5', 'SHA_1', 'SHA_256', 'SHA_384', 'SHA_512');
const MacAlgorithm = enumOf('HMAC_MD5', 'HMAC_SHA_1', 'HMAC_SHA_256', 'HMAC_SHA_384', 'HMAC_SHA_512');
const NODE_HASH: Record<string, string> = { MD5: 'md5', SHA_1: 'sha1', SHA_256: 'sha256', SHA_384: 'sha384', SHA_512: 'sha512' };
const MAX_SLEEP_MS = 300_000;

function bytesArg(utilities: FakeUtilities, method: string, value: unknown, charset?: CharsetName): Buffer {
  return toBuffer(value, charset) ?? signatureMismatch(utilities.ctx, `Utilities.${method}`, [value]);
}

function hashName(utilities: FakeUtilities, method: string, algorithm: string): string {
  const name = NODE_HASH[algorithm.replace(/^HMAC_/, '')];
  if (name === undefined) return signatureMismatch(utilities.ctx, `Utilities.${method}`, [algorithm]);
  return name;
}

export class FakeUtilities {
  readonly DigestAlgorithm = DigestAlgorithm;
  readonly MacAlgorithm = MacAlgorithm;
  readonly Charset = Charset;

  constructor(readonly ctx: RuntimeContext) {}

  getUuid(): string {
    return randomUUID();
  }
  formatDate(date: Date, timeZone: string, format: string): string {
    if (!isDate(date) || typeof timeZone !== 'string' || typeof format !== 'string') signatureMismatch(this.ctx, 'Utilities.formatDate', [date, timeZone, format]);
    try {
      return formatJavaDate(date.getTime(), timeZone, format);
    } catch (error) {
      return this.ctx.fail(`Invalid argument: format (${(error as Error).message})`);
    }
  }
  formatString(template: string, ...args: unknown[]): string {
    let next = 0;
    return String(template).replace(/%(?:\.(\d+))?([sdf%])/g, (_, precision: string | undefined, kind: string) => {
      if (kind === '%') return '%';
      const value = args[next++];
      if (kind === 's') return String(value);
      if (kind === 'd') return String(Math.trunc(Number(value)));
      return Number(value).toFixed(precision === undefined ? 6 : Number(precision));
    });
  }
  computeDigest(algorithm: string, value: string | number[], charset?: CharsetName): number[] {
    const name = hashName(this, 'computeDigest', algorithm);
    return toSigned(createHash(name).update(bytesArg(this, 'computeDigest', value, charset)).digest());
  }
  computeHmacSignature(algorithm: string, value: string | number[], key: string | number[], charset?: CharsetName): number[] {
    const name = hashName(this, 'computeHmacSignature', algorithm);
    return toSigned(createHmac(name, bytesArg(this, 'computeHmacSignature', key, charset)).update(bytesArg(this, 'computeHmacSignature', value, charset)).digest());
  }
  computeHmacSha256Signature(value: string | number[], key: string | number[], charset?: CharsetName): number[] {
    const keyBytes = bytesArg(this, 'computeHmacSha256Signature', key, charset);
    return toSigned(createHmac('sha256', keyBytes).update(bytesArg(this, 'computeHmacSha256Signature', value, charset)).digest());
  }
  base64Encode(data: string | number[], charset?: CharsetName): string {
    return bytesArg(this, 'base64Encode', data, charset).toString('base64');
  }
  /** URL-safe alphabet (- and _), padding kept. */
  base64EncodeWebSafe(data: string | number[], charset?: CharsetName): string {
    return bytesArg(this, 'base64EncodeWebSafe', data, charset).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
  }
  base64Decode(encoded: string): number[] {
    if (typeof encoded !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(encoded.replace(/\s/g, ''))) this.ctx.fail('Could not decode string.');
    return toSigned(Buffer.from(encoded, 'base64'));
  }
  base64DecodeWebSafe(encoded: string): number[] {
    if (typeof encoded !== 'string' || !/^[A-Za-z0-9_-]*={0,2}$/.test(encoded.replace(/\s/g, ''))) this.ctx.fail('Could not decode string.');
    return toSigned(Buffer.from(encoded.replace(/-/g, '+').replace(/_/g, '/'), 'base64'));
  }
  /** Moves the runtime clock forward instead of waiting. */
  sleep(milliseconds: number): void {
    if (typeof milliseconds !== 'number' || !Number.isFinite(milliseconds)) signatureMismatch(this.ctx, 'Utilities.sleep', [milliseconds]);
    // The documented maximum; the exact message for going over it is not documented.
    if (milliseconds < 0 || milliseconds > MAX_SLEEP_MS) this.ctx.fail(`Invalid argument: milliseconds (must be 0 to ${MAX_SLEEP_MS})`);
    this.ctx.clock.advance(milliseconds);
  }
}

instrument(FakeUtilities, 'Utilities');
