/**
 * Session (https://developers.google.com/apps-script/reference/base/session): the active user's email ("" when anonymous or inside a
 * custom function), the effective user (the owner, as for "execute as me"), the script's zone,
 * and a temporary user key that is stable per user and script and rotates every 30 days of the
 * runtime clock.
 */
import { createHash } from 'node:crypto';
import { instrument } from './call-counter.js';
import type { RuntimeContext } from './context.js';

const KEY_PERIOD_MS = 30 * 86_400_000;

export class FakeUser {
  constructor(
    readonly ctx: RuntimeContext,
    readonly email: string,
  ) {}
  getEmail(): string {
    return this.email;
  }
  getUsername(): string {
    return this.email.split('@')[0] ?? '';
  }
}

export class FakeSession {
  constructor(
    readonly ctx: RuntimeContext,
    readonly scriptId: string,
  ) {}
  getActiveUser(): FakeUser {
    return new FakeUser(this.ctx, this.ctx.activeUser());
  }
  getEffectiveUser(): FakeUser {
    return new FakeUser(this.ctx, this.ctx.options.owner);
  }
  /**
   * The script project's zone, the manifest's `timeZone`, not the spreadsheet's
   * (https://developers.google.com/apps-script/reference/base/session#getScriptTimeZone()).
   */
  getScriptTimeZone(): string {
    return this.ctx.options.scriptTimeZone;
  }
  getActiveUserLocale(): string {
    return 'en';
  }
  getTemporaryActiveUserKey(): string {
    const period = Math.floor(this.ctx.nowMs() / KEY_PERIOD_MS);
    return createHash('sha256').update(`${this.scriptId}|${this.ctx.activeUser()}|${period}`).digest('base64url').slice(0, 43);
  }
}

instrument(FakeUser, 'User');
instrument(FakeSession, 'Session');
