import { createHash, createHmac } from 'node:crypto';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { useRuntime } from './fixtures.js';

const instant = new Date('2026-01-05T18:30:05.042Z');

describe('Utilities (https://developers.google.com/apps-script/reference/utilities/utilities)', () => {
  it.each([
    ["yyyy-MM-dd'T'HH:mm:ssXXX", 'America/New_York', '2026-01-05T13:30:05-05:00'],
    ["yyyy-MM-dd'T'HH:mm:ssXXX", 'UTC', '2026-01-05T18:30:05Z'],
    ['yyyy-MM-dd HH:mm:ss.SSS Z', 'Asia/Kolkata', '2026-01-06 00:00:05.042 +0530'],
    ['EEE, d MMM yyyy h:mm a', 'America/New_York', 'Mon, 5 Jan 2026 1:30 PM'],
    ['EEEE MMMM dd yy', 'GMT+4:00', 'Monday January 05 26'],
    ["h 'o''clock' z", 'America/New_York', "1 o'clock EST"],
    ['yyyy-MM-dd HH:mm', 'Not/AZone', '2026-01-05 18:30'],
  ])('formats with %s in %s', (pattern, zone, expected) => {
    const { services } = useRuntime();
    expect(services.Utilities.formatDate(instant, zone, pattern)).toBe(expected);
  });

  it('rejects a non-Date and an illegal pattern letter', () => {
    const { services } = useRuntime();
    expect(() => services.Utilities.formatDate('2026-01-05' as never, 'UTC', 'yyyy')).toThrow("The parameters (String,String,String) don't match the method signature for Utilities.formatDate.");
    expect(() => services.Utilities.formatDate(instant, 'UTC', 'yyyy-qq')).toThrow("Illegal pattern character 'q'");
  });

  test.prop([fc.string(), fc.constantFrom('MD5', 'SHA_1', 'SHA_256', 'SHA_512')], { numRuns: 30 })('computes digests as signed bytes that match the real hash', (text, algorithm) => {
    const { services } = useRuntime();
    const bytes = services.Utilities.computeDigest(algorithm, text);
    expect(bytes.every((b) => Number.isInteger(b) && b >= -128 && b <= 127)).toBe(true);
    const hex = bytes.map((b) => ((b + 256) % 256).toString(16).padStart(2, '0')).join('');
    const node = { MD5: 'md5', SHA_1: 'sha1', SHA_256: 'sha256', SHA_512: 'sha512' }[algorithm];
    expect(hex).toBe(createHash(node).update(text, 'utf8').digest('hex'));
  });

  it('signs with HMAC-SHA256 as signed bytes', () => {
    const { services } = useRuntime();
    const bytes = services.Utilities.computeHmacSha256Signature('payload', 'key');
    expect(Buffer.from(bytes.map((b) => b & 0xff)).toString('hex')).toBe(createHmac('sha256', 'key').update('payload').digest('hex'));
    expect(bytes.some((b) => b < 0)).toBe(true);
  });

  it('encodes base64 plainly and web-safe, and decodes to signed bytes', () => {
    const { services } = useRuntime();
    const text = 'ÿþ?>';
    expect(services.Utilities.base64Encode(text)).toBe(Buffer.from(text).toString('base64'));
    expect(services.Utilities.base64EncodeWebSafe([-5, -17, -1])).toBe('--__');
    expect(services.Utilities.base64Decode('+/8=')).toEqual([-5, -1]);
    expect(() => services.Utilities.base64Decode('not base64!')).toThrow('Could not decode string.');
  });

  it('makes lowercase random v4 UUIDs', () => {
    const { services } = useRuntime();
    const a = services.Utilities.getUuid();
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(services.Utilities.getUuid()).not.toBe(a);
  });

  it('sleeps by moving the runtime clock, up to 300,000 ms', () => {
    const start = new Date('2026-01-15T15:00:00Z');
    const { services, clock } = useRuntime({ now: () => start });
    services.Utilities.sleep(1500);
    expect(clock.now().getTime() - start.getTime()).toBe(1500);
    expect(() => services.Utilities.sleep(300_001)).toThrow('Invalid argument: milliseconds');
  });

  it('formats strings with %s, %d and %f', () => {
    const { services } = useRuntime();
    expect(services.Utilities.formatString('%s scored %d (%.2f) 100%%', 'KR-1', 7.9, 0.7)).toBe('KR-1 scored 7 (0.70) 100%');
  });
});
