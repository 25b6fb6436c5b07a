/**
 * HtmlService (https://developers.google.com/apps-script/reference/html): HTML outputs for
 * sidebars, dialogs and web pages, files read from the built `dist/apps-script/` (or
 * `options.htmlDir`). Differences: sandbox and X-Frame modes are recorded only (IFRAME is the
 * only real mode, https://developers.google.com/apps-script/reference/html/sandbox-mode); templates are evaluated by `html-template.ts`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { instrument } from './call-counter.js';
import { signatureMismatch, type RuntimeContext } from './context.js';
import { enumOf } from './enums.js';

export const SandboxMode = enumOf('EMULATED', 'IFRAME', 'NATIVE');
export const XFrameOptionsMode = enumOf('ALLOWALL', 'DEFAULT');

export interface HtmlOutputState {
  content: string;
  title: string;
  width: number | undefined;
  height: number | undefined;
  sandboxMode: string;
  xFrameOptionsMode: string;
  metaTags: { name: string; content: string }[];
  faviconUrl: string | undefined;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch);
}

export class FakeHtmlOutput {
  readonly state: HtmlOutputState;

  constructor(
    readonly ctx: RuntimeContext,
    content = '',
  ) {
    this.state = { content, title: '', width: undefined, height: undefined, sandboxMode: 'IFRAME', xFrameOptionsMode: 'DEFAULT', metaTags: [], faviconUrl: undefined };
  }
  getContent(): string {
    return this.state.content;
  }
  setContent(content: string): this {
    this.state.content = String(content);
    return this;
  }
  append(addedContent: string): this {
    this.state.content += String(addedContent);
    return this;
  }
  appendUntrusted(addedContent: string): this {
    this.state.content += escapeHtml(String(addedContent));
    return this;
  }
  clear(): this {
    this.state.content = '';
    return this;
  }
  getTitle(): string {
    return this.state.title;
  }
  setTitle(title: string): this {
    this.state.title = String(title);
    return this;
  }
  getWidth(): number | undefined {
    return this.state.width;
  }
  setWidth(width: number): this {
    this.state.width = width;
    return this;
  }
  getHeight(): number | undefined {
    return this.state.height;
  }
  setHeight(height: number): this {
    this.state.height = height;
    return this;
  }
  setSandboxMode(mode: string): this {
    this.state.sandboxMode = String(mode);
    return this;
  }
  setXFrameOptionsMode(mode: string): this {
    this.state.xFrameOptionsMode = String(mode);
    return this;
  }
  addMetaTag(name: string, content: string): this {
    this.state.metaTags.push({ name: String(name), content: String(content) });
    return this;
  }
  setFaviconUrl(iconUrl: string): this {
    this.state.faviconUrl = String(iconUrl);
    return this;
  }
}

instrument(FakeHtmlOutput, 'HtmlOutput');

/** The text of `name.html` in the HTML directory, or Apps Script's error. */
export function readHtmlFile(ctx: RuntimeContext, name: string): string {
  if (typeof name !== 'string') signatureMismatch(ctx, 'HtmlService.createHtmlOutputFromFile', [name]);
  const file = name.endsWith('.html') ? name : `${name}.html`;
  try {
    return readFileSync(join(ctx.options.htmlDir, file), 'utf8');
  } catch {
    return ctx.fail(`No HTML file named ${name.replace(/\.html$/, '')} was found.`);
  }
}
