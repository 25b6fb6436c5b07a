/**
 * How actions talk to the person who clicked the menu. A small interface so the action logic
 * can be driven without a UI (the demo server, tests) and the wording lives in one place.
 */
export interface Dialogs {
  /** Asks a yes/no question; true for yes. */
  confirm(title: string, message: string): boolean;
  /** Tells the user something that needs no answer. */
  inform(title: string, message: string): void;
}

export function sheetsDialogs(): Dialogs {
  const ui = SpreadsheetApp.getUi();
  return {
    confirm: (title, message) => ui.alert(title, message, ui.ButtonSet.YES_NO) === ui.Button.YES,
    inform: (title, message) => {
      ui.alert(title, message, ui.ButtonSet.OK);
    },
  };
}

/** For callers with nobody to ask: every question is answered `answer`. */
export function silentDialogs(answer: boolean, messages: string[] = []): Dialogs {
  return {
    confirm: (title, message) => {
      messages.push(`${title}: ${message}`);
      return answer;
    },
    inform: (title, message) => {
      messages.push(`${title}: ${message}`);
    },
  };
}

/** Holds the script lock around `work`, so menu actions and web-app check-ins never interleave writes. */
export function withScriptLock<T>(work: () => T, timeoutMs = 30_000): T {
  const lock = LockService.getScriptLock();
  lock.waitLock(timeoutMs);
  try {
    const result = work();
    // Flush before releasing, as the Lock docs advise (https://developers.google.com/apps-script/reference/lock/lock#releaseLock()).
    SpreadsheetApp.flush();
    return result;
  } finally {
    lock.releaseLock();
  }
}
