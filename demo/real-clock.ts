/**
 * The demo's clock: real time, on purpose. The demo is for trying the extension, whose "today"
 * is the browser's, so the demo tracker follows the same clock. This is the one place outside
 * bench/ that reads the machine's clock (a convention test, test/conventions/no-real-clock.test.ts,
 * holds every other test and runtime file to the runtime's clock).
 */
export const realClock = (): Date => new Date();
