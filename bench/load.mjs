// The demo server under load and faults, in this process on 127.0.0.1 and a free port:
// concurrent clients post check-ins while the server drops a share of its answers after
// writing, retrying with the same request ID until answered; then the log must hold every
// check-in exactly once. Then a burst of feed GETs, every one of which must be answered.
import { performance } from 'node:perf_hooks';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { logEntries } from './check-in-log.mjs';
import { tallyRequests } from './feed-checks.mjs';
import { percentile, runPool } from './latency.mjs';
import { seededRandom } from './random.mjs';
import { getFeed, postUntilAnswered, RETRY } from './retrying-client.mjs';
import { loadTypeScriptModules } from './typescript-modules.mjs';

export const SIZES = {
  full: { clients: 20, checkIns: 500, gets: 1_000, getConcurrency: 50 },
  quick: { clients: 20, checkIns: 50, gets: 100, getConcurrency: 20 },
};
export const FAULTS = { dropAfterWrite: 0.1, seed: 20260102 };
/** The example tracker's key results and KPIs that take numbers. */
const TARGETS = ['KR1', 'KR2', 'KR3', 'KR6', 'KPI1', 'KPI2', 'KPI3', 'KPI4'];

const checkInBody = (token, i) => ({ token, id: TARGETS[i % TARGETS.length], value: i, requestId: `load-check-in-${String(i).padStart(4, '0')}` });

function answerProblem(answer, body) {
  if (answer === null) return 'no answer after every attempt';
  if (answer.ok !== true) return `refused: ${JSON.stringify(answer.error ?? answer).slice(0, 160)}`;
  const { checkIn } = answer;
  if (checkIn?.requestId !== body.requestId || checkIn.id !== body.id || checkIn.value !== body.value) return `answered for another check-in: ${JSON.stringify(checkIn)}`;
  return null;
}

/** The latest logged value of each target, as the feed must show it after the posts. */
function feedProblems(feed, entries) {
  const latest = new Map();
  for (const entry of entries) latest.set(entry.id, entry.value);
  const shown = new Map([...feed.keyResults.map((k) => [k.id, k.current]), ...feed.kpis.map((k) => [k.id, k.value])]);
  return TARGETS.filter((id) => latest.has(id) && shown.get(id) !== latest.get(id)).map((id) => `${id} shows ${shown.get(id)}, the log's latest is ${latest.get(id)}`);
}

async function postPhase(demo, token, { clients, checkIns }) {
  const bodies = Array.from({ length: checkIns }, (_, i) => checkInBody(token, i));
  const start = performance.now();
  const outcomes = await runPool(checkIns, clients, (i) => postUntilAnswered(demo.url, bodies[i]));
  const wallMs = performance.now() - start;
  const failures = outcomes.map((o, i) => answerProblem(o.answer, bodies[i])).filter((p) => p !== null);
  const entries = logEntries(demo.runtime.spreadsheet);
  const tally = tallyRequests(bodies.map((b) => b.requestId), entries.map((e) => e.requestId));
  const byRequest = new Map(bodies.map((b) => [b.requestId, b]));
  const wrong = entries.filter((e) => byRequest.has(e.requestId) && (byRequest.get(e.requestId).id !== e.id || byRequest.get(e.requestId).value !== e.value));
  const problems = (kind) => outcomes.reduce((sum, o) => sum + (o.problems[kind] ?? 0), 0);
  const figures = {
    name: `check-ins, ${Math.round(FAULTS.dropAfterWrite * 100)}% of answers dropped`,
    clients,
    requests: checkIns,
    retries: outcomes.reduce((sum, o) => sum + o.attempts - 1, 0),
    dropped: problems('no-response'),
    timedOut: problems('timeout'),
    duplicateAnswers: outcomes.filter((o) => o.answer?.duplicate === true).length,
    rowsWritten: tally.rows,
    duplicates: tally.extraRows,
    lost: tally.lost.length,
    failures: failures.length,
    p50Ms: percentile(outcomes.map((o) => o.ms), 50),
    p99Ms: percentile(outcomes.map((o) => o.ms), 99),
    perSecond: checkIns / (wallMs / 1000),
  };
  const faults = [
    ...failures.slice(0, 3),
    ...(tally.lost.length > 0 ? [`lost: ${tally.lost.slice(0, 5).join(', ')}`] : []),
    ...(tally.duplicated.length > 0 ? [`logged more than once: ${tally.duplicated.slice(0, 5).join(', ')}`] : []),
    ...(wrong.length > 0 ? [`logged with another ID or value: ${JSON.stringify(wrong.slice(0, 3))}`] : []),
  ];
  if (faults.length > 0) throw new Error(`load: ${faults.join('; ')}`);
  return { figures, entries, other: { conflicts: problems('conflict'), badStatus: problems('bad-status'), notJson: problems('not-json') } };
}

async function getPhase(demo, token, { gets, getConcurrency }) {
  const url = `${demo.url}?token=${encodeURIComponent(token)}`;
  const start = performance.now();
  const results = await runPool(gets, getConcurrency, () => getFeed(url).then(({ ok, ms, problem }) => ({ ok, ms, problem })));
  const wallMs = performance.now() - start;
  const failed = results.filter((r) => !r.ok);
  return {
    name: `feed GETs, ${getConcurrency} at a time`,
    clients: getConcurrency,
    requests: gets,
    failures: failed.length,
    p50Ms: percentile(results.map((r) => r.ms), 50),
    p99Ms: percentile(results.map((r) => r.ms), 99),
    perSecond: gets / (wallMs / 1000),
    allAnswered: failed.length === 0,
    ...(failed.length > 0 ? { firstFailure: failed[0].problem } : {}),
  };
}

/** `context.quick`: 50 check-ins and 100 GETs, for the smoke test. `context.root`: the project folder. */
export async function run(context = {}) {
  const quick = context.quick === true;
  const root = context.root ?? join(dirname(fileURLToPath(import.meta.url)), '..');
  const sizes = quick ? SIZES.quick : SIZES.full;
  const modules = await loadTypeScriptModules(root);
  const demo = await modules.startDemoServer({ port: 0, host: '127.0.0.1', dropAfterWrite: FAULTS.dropAfterWrite, random: seededRandom(FAULTS.seed) });
  try {
    context.log?.(`  ${sizes.checkIns} check-ins from ${sizes.clients} clients to ${demo.url}…`);
    const posts = await postPhase(demo, modules.DEMO_TOKEN, sizes);
    const after = await getFeed(`${demo.url}?token=${modules.DEMO_TOKEN}`);
    const stale = after.ok ? feedProblems(after.feed, posts.entries) : [`the feed after the posts failed: ${after.problem}`];
    if (stale.length > 0) throw new Error(`load: the feed disagrees with the log after the posts: ${stale.join('; ')}`);
    context.log?.(`  ${sizes.gets} feed GETs, ${sizes.getConcurrency} at a time…`);
    const gets = await getPhase(demo, modules.DEMO_TOKEN, sizes);
    return {
      title: 'Demo server under load: retried check-ins with dropped answers, then a burst of feed GETs (127.0.0.1)',
      rows: [posts.figures, gets],
      notes: [
        `The demo server (demo/demo-server.ts) runs the built Code.js over the local spreadsheet runtime in this process; it drops ${FAULTS.dropAfterWrite * 100}% of POST answers after the write (seeded). Clients and server share one event loop, so latencies include queueing behind the server's synchronous doPost.`,
        `Each check-in has its own request ID; a client retries the same body after ${RETRY.firstBackoffMs}–${RETRY.maxBackoffMs} ms of backoff, at most ${RETRY.maxAttempts} attempts. dropped: attempts whose connection was cut; timed out: attempts given up after ${RETRY.timeoutMs / 1000} s (the server still works through them); duplicate answers: retries the web app recognised as already logged. p50/p99: from the first attempt to the answer.`,
        `Checked from the Check-ins sheet: each request ID logged exactly once with its ID and value (duplicates = 0, lost = 0), and the feed then shows each target's latest logged value. Other failed attempts: ${posts.other.conflicts} busy (conflict), ${posts.other.badStatus} HTTP errors, ${posts.other.notJson} non-JSON answers.`,
        'A GET fails when it gets no answer, an HTTP status other than 200, a body that is not JSON, or a JSON error; all GETs read the same revision, so the feed cache answers all but the first.',
      ],
      checks: { checkIns: sizes.checkIns, logged: posts.figures.rowsWritten, duplicates: posts.figures.duplicates, lost: posts.figures.lost, failures: posts.figures.failures, feedAgreesWithLog: true, getFailures: gets.failures },
    };
  } finally {
    await demo.close();
  }
}
