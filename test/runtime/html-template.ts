/**
 * HtmlTemplate and the `HtmlService` object. Scriptlets (`<?= ?>` printed escaped, `<?!= ?>`
 * printed raw, `<? ?>` run) are evaluated with the template's properties in scope, then the
 * add-on's globals (so `include()` helpers work), like Apps Script's evaluation in the script's
 * global scope. Differences: the code runs in the test realm, not the add-on's.
 */
import { instrument } from './call-counter.js';
import { signatureMismatch, type RuntimeContext } from './context.js';
import { escapeHtml, FakeHtmlOutput, readHtmlFile, SandboxMode, XFrameOptionsMode } from './html.js';
import { messageOf } from './realm.js';

const SCRIPTLET = /<\?(!?=)?([\s\S]*?)\?>/g;

/** Compiles a template to the body of `function (scope, escape) { with (scope) {...} }`. */
function compileTemplate(source: string): string {
  const parts: string[] = ['let __out = "";'];
  let last = 0;
  for (const match of source.matchAll(SCRIPTLET)) {
    parts.push(`__out += ${JSON.stringify(source.slice(last, match.index))};`);
    const [, print, code] = match;
    if (print === '=') parts.push(`__out += __escape(String((${code})));`);
    else if (print === '!=') parts.push(`__out += String((${code}));`);
    else parts.push(code);
    last = (match.index ?? 0) + match[0].length;
  }
  parts.push(`__out += ${JSON.stringify(source.slice(last))};`, 'return __out;');
  return `with (__scope) {\n${parts.join('\n')}\n}`;
}

export class FakeHtmlTemplate {
  constructor(
    readonly ctx: RuntimeContext,
    readonly source: string,
    readonly globals: () => Record<string, unknown>,
  ) {}
  getRawContent(): string {
    return this.source;
  }
  getCode(): string {
    return compileTemplate(this.source);
  }
  evaluate(): FakeHtmlOutput {
    const own = this as unknown as Record<string, unknown>;
    const globals = this.globals();
    const hidden = new Set(['ctx', 'source', 'globals']);
    const scope = new Proxy({} as Record<string, unknown>, {
      has: (_, key) => typeof key === 'string' && ((key in own && !hidden.has(key) && Object.prototype.hasOwnProperty.call(own, key)) || key in globals),
      get: (_, key) => (typeof key !== 'string' ? undefined : Object.prototype.hasOwnProperty.call(own, key) && !hidden.has(key) ? own[key] : globals[key]),
    });
    try {
      const run = new Function('__scope', '__escape', compileTemplate(this.source)) as (scope: object, escape: (s: string) => string) => string;
      return new FakeHtmlOutput(this.ctx, run(scope, escapeHtml));
    } catch (error) {
      return this.ctx.fail(`Error evaluating template: ${messageOf(error)}`);
    }
  }
}

instrument(FakeHtmlTemplate, 'HtmlTemplate');

export class FakeHtmlService {
  readonly SandboxMode = SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode;

  constructor(
    readonly ctx: RuntimeContext,
    readonly globals: () => Record<string, unknown>,
  ) {}
  createHtmlOutput(html = ''): FakeHtmlOutput {
    if (typeof html !== 'string') signatureMismatch(this.ctx, 'HtmlService.createHtmlOutput', [html]);
    return new FakeHtmlOutput(this.ctx, html);
  }
  createHtmlOutputFromFile(filename: string): FakeHtmlOutput {
    return new FakeHtmlOutput(this.ctx, readHtmlFile(this.ctx, filename));
  }
  createTemplate(html: string): FakeHtmlTemplate {
    if (typeof html !== 'string') signatureMismatch(this.ctx, 'HtmlService.createTemplate', [html]);
    return new FakeHtmlTemplate(this.ctx, html, this.globals);
  }
  createTemplateFromFile(filename: string): FakeHtmlTemplate {
    return new FakeHtmlTemplate(this.ctx, readHtmlFile(this.ctx, filename), this.globals);
  }
}

instrument(FakeHtmlService, 'HtmlService');
