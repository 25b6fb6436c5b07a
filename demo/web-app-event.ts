/**
 * The event object Apps Script hands to doGet/doPost, built from a Node request
 * (https://developers.google.com/apps-script/guides/web#request_parameters): query parameters in `parameter`/`parameters`, the raw body in
 * `postData.contents` (never parsed), `contentLength` -1 for GET, no headers.
 */
export interface WebAppEvent {
  queryString: string;
  parameter: Record<string, string>;
  parameters: Record<string, string[]>;
  contextPath: '';
  contentLength: number;
  pathInfo?: string;
  postData?: { length: number; type: string; contents: string; name: 'postData' };
}

export function webAppEvent(url: URL, body?: { contents: string; type: string }): WebAppEvent {
  const parameter: Record<string, string> = {};
  const parameters: Record<string, string[]> = {};
  for (const [key, value] of url.searchParams) {
    if (!(key in parameter)) parameter[key] = value;
    (parameters[key] ??= []).push(value);
  }
  const event: WebAppEvent = { queryString: url.search.replace(/^\?/, ''), parameter, parameters, contextPath: '', contentLength: -1 };
  if (body !== undefined) {
    const length = Buffer.byteLength(body.contents);
    event.contentLength = length;
    event.postData = { length, type: body.type, contents: body.contents, name: 'postData' };
  }
  return event;
}
