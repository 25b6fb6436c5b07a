/**
 * ContentService (https://developers.google.com/apps-script/reference/content): text outputs a web app returns. As in Apps Script
 * there is no `setHeader` (calling it is a TypeError) and no status code; the MIME type is an
 * enum. `httpContentType` maps it to the header the local demo server sends.
 */
import { instrument } from './call-counter.js';
import { signatureMismatch, type RuntimeContext } from './context.js';
import { enumOf } from './enums.js';

const MimeType = enumOf('ATOM', 'CSV', 'ICAL', 'JAVASCRIPT', 'JSON', 'RSS', 'TEXT', 'VCARD', 'XML');
export type MimeTypeName = keyof typeof MimeType;

const CONTENT_TYPES: Record<MimeTypeName, string> = {
  ATOM: 'application/atom+xml',
  CSV: 'text/csv',
  ICAL: 'text/calendar',
  JAVASCRIPT: 'application/javascript',
  JSON: 'application/json',
  RSS: 'application/rss+xml',
  TEXT: 'text/plain',
  VCARD: 'text/vcard',
  XML: 'text/xml',
};

export function httpContentType(mimeType: MimeTypeName): string {
  return `${CONTENT_TYPES[mimeType]}; charset=utf-8`;
}

export class FakeTextOutput {
  content: string;
  mimeType: MimeTypeName = 'TEXT';
  fileName: string | null = null;

  constructor(
    readonly ctx: RuntimeContext,
    content = '',
  ) {
    this.content = content;
  }
  getContent(): string {
    return this.content;
  }
  setContent(content: string): this {
    this.content = String(content);
    return this;
  }
  append(addedContent: string): this {
    this.content += String(addedContent);
    return this;
  }
  clear(): this {
    this.content = '';
    return this;
  }
  getMimeType(): MimeTypeName {
    return this.mimeType;
  }
  setMimeType(mimeType: MimeTypeName): this {
    if (!(mimeType in MimeType)) signatureMismatch(this.ctx, 'TextOutput.setMimeType', [mimeType]);
    this.mimeType = mimeType;
    return this;
  }
  downloadAsFile(filename: string): this {
    this.fileName = String(filename);
    return this;
  }
  getFileName(): string | null {
    return this.fileName;
  }
}

export class FakeContentService {
  readonly MimeType = MimeType;

  constructor(readonly ctx: RuntimeContext) {}
  createTextOutput(content = ''): FakeTextOutput {
    return new FakeTextOutput(this.ctx, String(content));
  }
}

instrument(FakeTextOutput, 'TextOutput');
instrument(FakeContentService, 'ContentService');
