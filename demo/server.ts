/**
 * `npm start`: builds (npm runs the build first), then serves the demo tracker.
 * Flags: --port N (8787), --data FILE (.demo-data/tracker.json), --fresh (new example tracker),
 * --time-zone ZONE (the demo spreadsheet's IANA zone; default the machine's).
 */
import { resolve } from 'node:path';
import { demoFlags } from './cli-flags.js';
import { machineTimeZone } from './demo-runtime.js';
import { DEMO_TOKEN, startDemoServer } from './demo-server.js';
import { realClock } from './real-clock.js';

async function main(): Promise<void> {
  const { port, dataFile, fresh, timeZone } = demoFlags(process.argv.slice(2), machineTimeZone());
  const demo = await startDemoServer({
    now: realClock,
    timeZone,
    port,
    dataFile,
    fresh,
    onRequest: (method, path, status) => console.log(`${realClock().toISOString()} ${method} ${path} → ${status}`),
  });
  const extension = resolve('dist/extension');
  console.log(`
okr-sheets demo tracker is running.

  Feed URL      ${demo.url}
  Access token  ${DEMO_TOKEN}
  Time zone     ${timeZone}  (the spreadsheet's; start with --time-zone Europe/Berlin for another)
  Saved in      ${dataFile}  (start with --fresh for a new example tracker)

  Like Google, /exec answers with a 302 to ${demo.echoOrigin}/macros/echo?…, which serves the
  JSON; ${demo.restrictedUrl} answers the HTML sign-in page of a deployment not open to "Anyone".

Next:
  1. Chrome: open chrome://extensions, turn on Developer mode, "Load unpacked" and pick
       ${extension}
     Firefox: open about:debugging#/runtime/this-firefox, "Load Temporary Add-on…" and pick
       ${extension}/manifest.json
  2. In the extension's options, add a tracker with the Feed URL and Access token above.
  3. Open the toolbar popup: the example key results, their grades and due check-ins appear.

Press Ctrl+C to stop.`);
  const stop = () => {
    demo.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`The demo could not start: ${(error as Error).message}`);
  if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') console.error('Another program uses that port: stop it, or start with --port 8788.');
  process.exit(1);
});
