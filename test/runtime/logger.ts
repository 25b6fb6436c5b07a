/**
 * Logger and console: everything written lands in `runtime.logs`, one string per call, so a
 * test can prove a secret is never logged. `Logger.log(format, ...values)` fills `%s`/`%d`
 * placeholders; objects are written as JSON (Apps Script prints Java-style maps for Logger).
 */
import { instrument } from './call-counter.js';
import type { RuntimeContext } from './context.js';
import { isDate } from './realm.js';

function logText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (isDate(value)) return String(value);
  if (typeof value === 'object' && value !== null) {
    try {
      return JSON.stringify(value);
    } catch {
      return String(value);
    }
  }
  return String(value);
}

export class FakeLogger {
  private readonly lines: string[] = [];

  constructor(readonly ctx: RuntimeContext) {}

  log(data: unknown, ...values: unknown[]): this {
    let text = logText(data);
    if (values.length > 0 && typeof data === 'string') {
      let next = 0;
      text = data.replace(/%[sd%]/g, (m) => (m === '%%' ? '%' : logText(values[next++])));
    }
    this.lines.push(text);
    this.ctx.logs.push(text);
    return this;
  }
  getLog(): string {
    return this.lines.join('\n');
  }
  clear(): void {
    this.lines.length = 0;
  }
}

instrument(FakeLogger, 'Logger');

/** `console.*` of the add-on's context: each call is one line in `runtime.logs`. */
export function fakeConsole(ctx: RuntimeContext): Record<'log' | 'info' | 'warn' | 'error' | 'debug', (...args: unknown[]) => void> {
  const write = (level: string) => (...args: unknown[]) => {
    ctx.calls.record(`console.${level}`);
    ctx.logs.push(args.map(logText).join(' '));
  };
  return { log: write('log'), info: write('info'), warn: write('warn'), error: write('error'), debug: write('debug') };
}
