// The feed and check-in benchmarks time only right answers: each feed is validated against the
// contract and every key result's current value compared with the log the bench wrote; each
// check-in answer must carry the value sent; the log must hold each request exactly once.
import { latestBulkValue } from './grown-tracker.mjs';
import { parseAnswer } from './web-app-calls.mjs';

function fail(what, problem) {
  throw new Error(`${what}: ${problem}`);
}

/** Checks a feed of the grown tracker (before any post); returns the parsed feed. */
export function checkGrownFeed(modules, what, text, { keyResults, checkIns }) {
  const feed = parseAnswer(what, text);
  if (feed.error !== undefined) fail(what, `the web app answered an error: ${JSON.stringify(feed.error)}`);
  const validation = modules.validateFeed(feed);
  if (!validation.ok) fail(what, `the feed breaks the contract: ${validation.problems.slice(0, 3).join('; ')}`);
  if (feed.keyResults.length !== keyResults) fail(what, `${feed.keyResults.length} key results in the feed, expected ${keyResults}`);
  feed.keyResults.forEach((kr, i) => {
    const expected = latestBulkValue(i, keyResults, checkIns);
    if (kr.id !== `K${i}`) fail(what, `key result ${i} is ${kr.id}, expected K${i}`);
    if (kr.current !== expected) fail(what, `${kr.id}: current ${JSON.stringify(kr.current)}, expected ${expected} (the latest of the log)`);
  });
  return feed;
}

/**
 * Checks a check-in answer against what was sent; `current` is the key result's value expected
 * after it (the value sent, unless later check-ins came before a retry). Returns the answer.
 */
export function checkCheckInAnswer(modules, what, text, sent, { duplicate, current = sent.value }) {
  const answer = parseAnswer(what, text);
  if (answer.ok !== true) fail(what, `the check-in failed: ${text.slice(0, 200)}`);
  const validation = modules.validateCheckInResponse(answer);
  if (!validation.ok) fail(what, `the answer breaks the contract: ${validation.problems.slice(0, 3).join('; ')}`);
  if (answer.checkIn.requestId !== sent.requestId) fail(what, `the answer is for request ${answer.checkIn.requestId}, not ${sent.requestId}`);
  if (answer.checkIn.value !== sent.value) fail(what, `the answer records ${JSON.stringify(answer.checkIn.value)}, not ${sent.value}`);
  if (answer.keyResult?.id !== sent.id) fail(what, `the answer's key result is ${answer.keyResult?.id}, not ${sent.id}`);
  if (answer.keyResult.current !== current) fail(what, `${sent.id}'s current value is ${JSON.stringify(answer.keyResult.current)}, expected ${current}`);
  if ((answer.duplicate === true) !== duplicate) fail(what, duplicate ? 'a repeated request ID was not reported as a duplicate' : 'a new check-in was reported as a duplicate');
  return answer;
}

/**
 * How often each of `sent` request IDs is in `logged` (the log's Request ID column): lists of
 * the IDs missing and of those logged more than once, and the rows of those IDs.
 */
export function tallyRequests(sent, logged) {
  const counts = new Map(sent.map((id) => [id, 0]));
  let rows = 0;
  for (const id of logged) {
    const count = counts.get(id);
    if (count === undefined) continue;
    counts.set(id, count + 1);
    rows += 1;
  }
  const lost = [];
  const duplicated = [];
  for (const [id, count] of counts) {
    if (count === 0) lost.push(id);
    else if (count > 1) duplicated.push(id);
  }
  return { rows, lost, duplicated, extraRows: rows - (sent.length - lost.length) };
}
