/**
 * The answers waiting at their echo URLs. Google serves a web app's output from "a one-time URL
 * at script.googleusercontent.com" (https://developers.google.com/apps-script/guides/content#redirects):
 * the script has already run, and the echo URL only hands over what it returned. Here an answer
 * is taken once, and one never fetched is dropped after `ttlMs` (a client that does not follow
 * redirects must not make the demo grow without end).
 */
import { randomBytes } from 'node:crypto';

export interface EchoAnswer {
  type: string;
  body: string;
}

export class EchoStore {
  private readonly answers = new Map<string, EchoAnswer & { expires: number }>();

  constructor(
    private readonly ttlMs = 60_000,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Keeps an answer and gives the key its echo URL carries (`user_content_key`). */
  put(answer: EchoAnswer): string {
    this.dropExpired();
    // Unguessable, like Google's: the key is all that stands between a reader and the answer.
    const key = randomBytes(24).toString('base64url');
    this.answers.set(key, { ...answer, expires: this.clock() + this.ttlMs });
    return key;
  }

  /** The answer for a key, once; undefined for an unknown, used or expired key. */
  take(key: string): EchoAnswer | undefined {
    const found = this.answers.get(key);
    this.answers.delete(key);
    if (found === undefined || found.expires < this.clock()) return undefined;
    return { type: found.type, body: found.body };
  }

  get size(): number {
    return this.answers.size;
  }

  private dropExpired(): void {
    const now = this.clock();
    // Map order is insertion order, and every entry lives equally long: stop at the first live one.
    for (const [key, entry] of this.answers) {
      if (entry.expires >= now) break;
      this.answers.delete(key);
    }
  }
}
