// The web app at scale: doGet and doPost of the built Code.js over the local spreadsheet
// runtime, for a tracker of 10 key results and one of 5,000 with 50,000 check-ins. Reports
// time (split into the add-on's script and the services it calls), Spreadsheet service calls,
// the feed's size, the cache's speed-up, and the cost of one check-in against the log's length.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { checkCheckInAnswer, checkGrownFeed, tallyRequests } from './feed-checks.mjs';
import { logEntries } from './check-in-log.mjs';
import { grownTracker, invalidateFeedCache, TOKEN } from './grown-tracker.mjs';
import { median } from './measure.mjs';
import { startServiceTimer } from './service-timer.mjs';
import { loadTypeScriptModules } from './typescript-modules.mjs';
import { callWebApp, getEvent, postEvent, sumCalls } from './web-app-calls.mjs';

export const GOAL = { minCacheSpeedup: 20 };

export const SIZES = {
  full: { trackers: [{ keyResults: 10, checkIns: 10 }, { keyResults: 5_000, checkIns: 50_000 }], feedRuns: 5, posts: 20 },
  quick: { trackers: [{ keyResults: 10, checkIns: 10 }, { keyResults: 200, checkIns: 2_000 }], feedRuns: 2, posts: 5 },
};

const sameCalls = (a, b) => JSON.stringify(a) === JSON.stringify(b);

/** A warm-up pair, then `runs` × (new revision, doGet that reads the sheets, doGet from the cache). */
function measureFeed(modules, tracker, timer, runs) {
  const event = getEvent({ token: TOKEN });
  const cold = [];
  const warm = [];
  for (let run = -1; run < runs; run++) {
    invalidateFeedCache(tracker, `get-${run}`);
    const read = callWebApp(tracker, timer, 'doGet', event);
    const cached = callWebApp(tracker, timer, 'doGet', event);
    checkGrownFeed(modules, `doGet of ${tracker.keyResults} key results`, read.text, tracker);
    if (!(read.calls['Range.getValues'] > 0)) throw new Error(`doGet of ${tracker.keyResults} key results: the doGet after a new revision read no sheet; the bench did not defeat the cache`);
    if (cached.text !== read.text) throw new Error(`doGet of ${tracker.keyResults} key results: the cached feed differs from the one just built`);
    if (run < 0) continue;
    cold.push(read);
    warm.push(cached);
  }
  return { cold, warm, text: cold[0].text };
}

/**
 * A warm-up check-in, then `posts` timed ones, all on distinct request IDs, then one retry of
 * the first: the log must hold each exactly once.
 */
function measurePosts(modules, tracker, timer, posts) {
  const what = `doPost with ${tracker.checkIns} check-ins in the log`;
  const sent = [];
  const results = [];
  for (let p = 0; p <= posts; p++) {
    const body = { token: TOKEN, id: `K${p % tracker.keyResults}`, value: 1_000 + p, requestId: `bench-post-${String(p).padStart(4, '0')}` };
    const result = callWebApp(tracker, timer, 'doPost', postEvent(body));
    checkCheckInAnswer(modules, `${what}, post ${p + 1}`, result.text, body, { duplicate: false });
    sent.push(body);
    results.push(result);
  }
  const retry = callWebApp(tracker, timer, 'doPost', postEvent(sent[0]));
  const latest = sent.findLast((body) => body.id === sent[0].id).value;
  checkCheckInAnswer(modules, `${what}, retry of post 1`, retry.text, sent[0], { duplicate: true, current: latest });
  const logged = logEntries(tracker.runtime.spreadsheet).map((entry) => entry.requestId);
  const tally = tallyRequests(sent.map((body) => body.requestId), logged);
  if (logged.length !== tracker.checkIns + sent.length || tally.lost.length > 0 || tally.duplicated.length > 0) {
    throw new Error(`${what}: the log holds ${logged.length} rows after ${sent.length} posts (expected ${tracker.checkIns + sent.length}); lost ${tally.lost.join(', ') || 'none'}, logged twice ${tally.duplicated.join(', ') || 'none'}`);
  }
  if (results.some((r) => !sameCalls(r.calls, results[0].calls))) throw new Error(`${what}: the check-ins made different Spreadsheet calls: ${results.map((r) => sumCalls(r.calls)).join(', ')}`);
  return { results: results.slice(1), retry, logRows: logged.length };
}

function timeFigures(samples) {
  const ms = median(samples.map((s) => s.ms));
  const serviceMs = median(samples.map((s) => s.serviceMs));
  return { ms, serviceMs, scriptMs: median(samples.map((s) => s.ms - s.serviceMs)) };
}

const sheetReads = (sample) => sample.calls['Range.getValues'] ?? 0;

/** The same feed's size without the key results' check-in history, the largest addition to the feed. */
function withoutHistory(text) {
  const feed = JSON.parse(text);
  for (const keyResult of feed.keyResults) delete keyResult.history;
  const slim = JSON.stringify(feed);
  return { bytesWithoutHistory: Buffer.byteLength(slim), gzipBytesWithoutHistory: gzipSync(slim).length };
}

function rowsFor({ keyResults, checkIns }, feed, posts, smallPostCalls) {
  const size = { keyResults, checkIns };
  const bytes = Buffer.byteLength(feed.text);
  const cold = timeFigures(feed.cold);
  const warm = timeFigures(feed.warm);
  const speedupRatio = cold.ms / warm.ms;
  const postCalls = posts.results[0].calls;
  return [
    { name: 'doGet, reads the sheets', ...size, ...cold, spreadsheetCalls: sumCalls(feed.cold[0].calls), sheetReads: sheetReads(feed.cold[0]), bytes, gzipBytes: gzipSync(feed.text).length, ...withoutHistory(feed.text) },
    { name: 'doGet again, from cache', ...size, ...warm, spreadsheetCalls: sumCalls(feed.warm[0].calls), sheetReads: sheetReads(feed.warm[0]), speedupRatio, meetsGoal: speedupRatio >= GOAL.minCacheSpeedup },
    { name: 'doPost, one check-in', ...size, ...timeFigures(posts.results), spreadsheetCalls: sumCalls(postCalls), meetsGoal: smallPostCalls === null ? null : sameCalls(postCalls, smallPostCalls) },
    { name: 'doPost, retry (duplicate)', ...size, ...timeFigures([posts.retry]), spreadsheetCalls: sumCalls(posts.retry.calls) },
  ];
}

/**
 * `context.quick`: a 200-key-result tracker and few runs, for the smoke test. `context.root`:
 * the project folder (holds dist/apps-script/Code.js). `context.log`: progress lines.
 */
export async function run(context = {}) {
  const quick = context.quick === true;
  const root = context.root ?? join(dirname(fileURLToPath(import.meta.url)), '..');
  const sizes = quick ? SIZES.quick : SIZES.full;
  const modules = await loadTypeScriptModules(root);
  const rows = [];
  const checks = [];
  let smallPostCalls = null;
  for (const size of sizes.trackers) {
    context.log?.(`  tracker of ${size.keyResults.toLocaleString('en-US')} key results and ${size.checkIns.toLocaleString('en-US')} check-ins…`);
    const tracker = grownTracker(modules, root, { ...size, now: Date.now() });
    const timer = startServiceTimer(tracker.runtime);
    try {
      const feed = measureFeed(modules, tracker, timer, sizes.feedRuns);
      const posts = measurePosts(modules, tracker, timer, sizes.posts);
      rows.push(...rowsFor(size, feed, posts, smallPostCalls));
      smallPostCalls ??= posts.results[0].calls;
      checks.push({ ...size, feedsChecked: feed.cold.length + 1, postsChecked: posts.results.length + 1, retriesChecked: 1, logRows: posts.logRows });
    } finally {
      timer.stop();
      tracker.runtime.destroy();
    }
  }
  return {
    title: 'Web app at scale: doGet (the feed) and doPost (a check-in) through the local spreadsheet runtime',
    rows,
    notes: [
      `Medians: doGet of ${sizes.feedRuns} runs after a warm-up (each run: a new content revision, one doGet that reads the sheets, one that the cache answers); doPost of ${sizes.posts} check-ins on new request IDs after a warm-up one, then one retry of the first.`,
      'service ms: time inside the local fakes of SpreadsheetApp, CacheService, PropertiesService and LockService, including the formula engine recalculating the sheet in the flush before the lock is released; Apps Script runs these on Google\'s servers at other speeds. script ms = ms − service ms: the add-on\'s own code, run here in Node\'s V8.',
      `spreadsheet calls: SpreadsheetApp/Spreadsheet/Sheet/Range calls of one request; sheet reads: its Range.getValues calls (0 when the cache answers). Goal for doPost: the same calls with a ${sizes.trackers[0].checkIns}-row log as with ${sizes.trackers[1].checkIns.toLocaleString('en-US')} rows ("meets goal"). Goal for the cache: ≥ ${GOAL.minCacheSpeedup}× (speedup ratio = median ms of the doGet that reads the sheets / median ms of the one from cache; the fake cache is in memory, a real CacheService.getAll costs a round trip).`,
      'Checked before reporting: every feed validates against the contract and gives every key result the latest value of the log; the cached feed equals the built one; every check-in answer carries the value sent and the key result\'s new current value; the retry is reported as a duplicate; the log holds each request ID exactly once.',
    ],
    checks,
  };
}
