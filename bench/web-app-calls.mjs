// doGet/doPost of a loaded add-on, called with the event objects Apps Script passes
// (https://developers.google.com/apps-script/guides/web#request_parameters), timed and counted: wall time, time inside services, and Spreadsheet
// service calls.
import { performance } from 'node:perf_hooks';

const SPREADSHEET_SERVICE = /^(SpreadsheetApp|Spreadsheet|Sheet|Range)\./;

export function getEvent(query) {
  const url = new URL('http://127.0.0.1/exec');
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
  const parameter = Object.fromEntries(url.searchParams);
  const parameters = Object.fromEntries(Object.entries(parameter).map(([k, v]) => [k, [v]]));
  return { queryString: url.search.slice(1), parameter, parameters, contextPath: '', contentLength: -1 };
}

export function postEvent(body) {
  const contents = JSON.stringify(body);
  return { queryString: '', parameter: {}, parameters: {}, contextPath: '', contentLength: contents.length, postData: { length: contents.length, type: 'text/plain', contents, name: 'postData' } };
}

/** The Spreadsheet service calls of the counter, by `Class.method`. */
export function spreadsheetCalls(counter) {
  return Object.fromEntries(Object.entries(counter.snapshot()).filter(([key]) => SPREADSHEET_SERVICE.test(key)));
}

export function sumCalls(calls) {
  return Object.values(calls).reduce((sum, n) => sum + n, 0);
}

/**
 * Runs `addOn[entry](event)` once: `{ text, ms, serviceMs, calls }`, calls being the
 * Spreadsheet service calls it made. `timer` is a service timer (service-timer.mjs).
 */
export function callWebApp(tracker, timer, entry, event) {
  const { runtime, addOn } = tracker;
  runtime.calls.reset();
  const serviceBefore = timer.elapsedMs();
  const start = performance.now();
  const output = addOn[entry](event);
  const ms = performance.now() - start;
  const text = output.getContent();
  return { text, ms, serviceMs: timer.elapsedMs() - serviceBefore, calls: spreadsheetCalls(runtime.calls) };
}

/** The JSON of an answer, or a thrown message that quotes its start. */
export function parseAnswer(what, text) {
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`${what}: the answer is not JSON: ${text.slice(0, 200)}`);
  }
}
