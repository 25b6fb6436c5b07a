export function checkGrownFeed(modules: unknown, what: string, text: string, size: { keyResults: number; checkIns: number }): unknown;
export function checkCheckInAnswer(
  modules: unknown,
  what: string,
  text: string,
  sent: { id: string; value: number; requestId: string },
  expected: { duplicate: boolean; current?: number },
): unknown;
export function tallyRequests(sent: readonly string[], logged: readonly unknown[]): { rows: number; lost: string[]; duplicated: string[]; extraRows: number };
