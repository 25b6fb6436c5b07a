/**
 * What Google's web-app front end answers, hop by hop (https://developers.google.com/apps-script/guides/content#redirects; as measured in https://github.com/tanaikech/taking-advantage-of-Web-Apps-with-google-apps-script):
 * - `/exec` runs the script, then answers 302 with `Location:` an echo URL on another origin;
 * - the echo URL answers 200 with the script's output;
 * - a request Google refuses (a deployment the caller may not use, a script failure) answers an
 *   HTML page with status 200 and no redirect.
 * Both hops carry `Access-Control-Allow-Origin: *`: the Fetch standard CORS-checks every hop of a
 * cross-origin redirect, and only `*` passes once the origin has become "null" (tanaikech's CORS
 * tests, inferred). Google's own refusal pages most likely carry no CORS header (a guess), so
 * a reader without host permission for Google sees a network error there; the demo's pages do
 * carry `*`, standing in for an extension that holds the optional permission, so the extension's
 * HTML message is what the browser tests see.
 */
import type { ServerResponse } from 'node:http';

const NO_CACHE = {
  'Cache-Control': 'no-cache, no-store, max-age=0, must-revalidate',
  Pragma: 'no-cache',
  Expires: 'Mon, 01 Jan 1990 00:00:00 GMT',
};
const ANY_ORIGIN = { 'Access-Control-Allow-Origin': '*' };
const HTML = 'text/html; charset=utf-8';

const escape = (text: string) => text.replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The /exec hop: the script has run; its output waits at `location`. */
export function sendRedirect(response: ServerResponse, location: string): void {
  response.writeHead(302, { 'Content-Type': HTML, Location: location, ...ANY_ORIGIN, ...NO_CACHE });
  // The body Google's front end sends with its 302s; clients that follow redirects never read it.
  response.end(`<HTML><HEAD><TITLE>Moved Temporarily</TITLE></HEAD><BODY><H1>Moved Temporarily</H1>The document has moved <A HREF="${escape(location)}">here</A>.</BODY></HTML>`);
}

/** The echo hop: the script's output, with the MIME type it set. */
export function sendEcho(response: ServerResponse, type: string, body: string): void {
  response.writeHead(200, { 'Content-Type': type, 'X-Content-Type-Options': 'nosniff', ...ANY_ORIGIN, ...NO_CACHE });
  response.end(body);
}

export function sendPage(response: ServerResponse, status: number, title: string, text: string): void {
  response.writeHead(status, { 'Content-Type': HTML, ...ANY_ORIGIN, ...NO_CACHE });
  response.end(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>${escape(title)}</title></head><body><p>${escape(text)}</p></body></html>`);
}

/** A deployment whose access is not "Anyone": Google answers its sign-in page (https://github.com/tanaikech/taking-advantage-of-Web-Apps-with-google-apps-script). */
export function sendSignIn(response: ServerResponse): void {
  sendPage(response, 200, 'Sign in - Google Accounts', 'Sign in to continue to Google Drive. (okr-sheets demo: this deployment does not allow access by "Anyone".)');
}

/** A path that is no deployment, or an echo key that was used or never existed. */
export function sendNotFound(response: ServerResponse): void {
  sendPage(response, 404, 'Page Not Found', 'Sorry, unable to open the file at this time.');
}

/** A script failure: 200 and an HTML error page, no redirect (https://github.com/tanaikech/taking-advantage-of-Web-Apps-with-google-apps-script). */
export function sendScriptError(response: ServerResponse, message: string): void {
  sendPage(response, 200, 'Error', message);
}
