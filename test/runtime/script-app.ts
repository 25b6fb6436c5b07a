/**
 * ScriptApp (https://developers.google.com/apps-script/reference/script/script-app): the auth
 * modes, the script ID, and `getService().getUrl()`, the web app's URL
 * (https://developers.google.com/apps-script/reference/script/service#getUrl()).
 *
 * What getUrl answers depends on where it is called, and Google documents little of it:
 * - before any web-app deployment: null (documented);
 * - inside a web-app request (doGet/doPost through the deployment): that deployment's /exec URL;
 * - from the editor, a menu or a trigger: commonly the /dev URL, which serves only signed-in
 *   editors (https://developers.google.com/apps-script/guides/web#test_a_web_app_deployment).
 *   That is reported, not documented, so `serviceUrlOutsideRequest: 'exec'` lets a test take
 *   the other answer some projects see.
 * A Workspace deployment lives under /a/macros/<domain>/, and so does its /dev URL.
 * Also modelled, as a guess: `getActiveSpreadsheet()` answering null inside a web-app request
 * (`activeSpreadsheetInWebApp: false`); Google's bound-script guide does not say it works there
 * (https://developers.google.com/apps-script/guides/bound).
 */
import { enumOf } from './enums.js';

export interface WebAppOptions {
  /** The deployed web app's /exec URL; null (the default) before a deployment. */
  webAppUrl?: string | null;
  /** What getUrl answers outside a web-app request once deployed: 'dev' (default) or 'exec'. */
  serviceUrlOutsideRequest?: 'dev' | 'exec';
  /** Whether getActiveSpreadsheet() gives the bound spreadsheet inside doGet/doPost (default true). */
  activeSpreadsheetInWebApp?: boolean;
}

/** Whether the current execution is a web-app request, shared with SpreadsheetApp. */
export class WebAppState {
  inRequest = false;

  constructor(
    readonly options: WebAppOptions,
    readonly scriptId: string,
  ) {}

  /** Runs `body` as a request to the deployed web app (the way Google calls doGet/doPost). */
  request<T>(body: () => T): T {
    const previous = this.inRequest;
    this.inRequest = true;
    try {
      return body();
    } finally {
      this.inRequest = previous;
    }
  }

  /** The bound spreadsheet is hidden only inside a request, and only when the test says so. */
  hidesSpreadsheet(): boolean {
    return this.inRequest && this.options.activeSpreadsheetInWebApp === false;
  }

  url(): string | null {
    const exec = this.options.webAppUrl ?? null;
    if (exec === null) return null;
    if (this.inRequest || this.options.serviceUrlOutsideRequest === 'exec') return exec;
    const base = /^(https:\/\/script\.google\.com\/(?:a\/macros\/[^/]+|macros))\//.exec(exec)?.[1] ?? 'https://script.google.com/macros';
    return `${base}/s/${this.scriptId}/dev`;
  }
}

export function fakeScriptApp(state: WebAppState): Record<string, unknown> {
  return {
    AuthMode: enumOf('NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL'),
    getScriptId: () => state.scriptId,
    getService: () => ({ getUrl: () => state.url() }),
  };
}
