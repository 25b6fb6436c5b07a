/**
 * A scripted `fetch` that records every request. Each answer is a Response, or one of the ways
 * the network fails: 'network-error' rejects with the TypeError browsers throw, 'hang' waits
 * until the request is aborted (for the timeout).
 */
export interface RecordedRequest {
  url: string;
  method: string;
  body: string | null;
  headers: Record<string, string>;
  init: RequestInit;
}

export type Answer = Response | 'network-error' | 'hang';

export function jsonAnswer(value: unknown, status = 200): Response {
  return new Response(JSON.stringify(value), { status, headers: { 'Content-Type': 'application/json' } });
}

export function htmlAnswer(status = 200): Response {
  return new Response('<!DOCTYPE html><html><head><title>Error</title></head><body>Script function not found: doGet</body></html>', {
    status,
    headers: { 'Content-Type': 'text/html' },
  });
}

export function fakeFetch(answer: (request: RecordedRequest) => Answer | Promise<Answer>) {
  const requests: RecordedRequest[] = [];
  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const request: RecordedRequest = {
      url: String(input),
      method: init.method ?? 'GET',
      body: typeof init.body === 'string' ? init.body : null,
      headers: Object.fromEntries(new Headers(init.headers).entries()),
      init,
    };
    requests.push(request);
    const result = await answer(request);
    if (result === 'network-error') throw new TypeError('Failed to fetch');
    if (result === 'hang') {
      return new Promise<Response>((_, reject) => {
        init.signal?.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')));
      });
    }
    return result;
  };
  return { fetch: fetch as typeof globalThis.fetch, requests };
}
