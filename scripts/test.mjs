// npm test: build, then run every test while ESLint and knip (`npm run lint`) and the type check
// (`npm run typecheck`) run alongside at the lowest CPU priority. The tests need the build
// (dist/); the lint and the type check need nothing but the sources, and the tests need nothing
// of theirs, so they run on what the tests leave idle (the browser tests wait on pages and timers)
// instead of ~45 s before them. Their output is printed once the tests end; any failure fails the
// run. Arguments go to vitest: `npm test -- test/e2e`.
import { spawn } from 'node:child_process';
import { setPriority } from 'node:os';

const LOWEST_PRIORITY = 19;
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Runs a command; resolves with its exit code and, unless `inherit`, its combined output. */
function run(command, args, { inherit = false, background = false } = {}) {
  const started = Date.now();
  const child = spawn(command, args, { stdio: inherit ? 'inherit' : ['ignore', 'pipe', 'pipe'], shell: process.platform === 'win32' });
  // Set before npm starts the script's own processes, which inherit it.
  if (background) setPriority(child.pid, LOWEST_PRIORITY);
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  return new Promise((resolve) => {
    child.on('error', (error) => resolve({ code: 1, output: `${output}${error.message}\n`, seconds: (Date.now() - started) / 1000 }));
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output, seconds: (Date.now() - started) / 1000 }));
  });
}

const build = await run(npm, ['run', '--silent', 'build'], { inherit: true });
if (build.code !== 0) process.exit(build.code);

const checks = ['lint', 'typecheck'].map((script) => ({ script, result: run(npm, ['run', '--silent', script], { background: true }) }));
const tests = await run('npx', ['vitest', 'run', ...process.argv.slice(2)], { inherit: true });

let failed = tests.code !== 0;
for (const { script, result } of checks) {
  const { code, output, seconds } = await result;
  if (code === 0) {
    console.log(`npm run ${script}: passed (${seconds.toFixed(0)} s, alongside the tests)`);
  } else {
    failed = true;
    process.stdout.write(output);
    console.log(`npm run ${script}: FAILED (exit code ${code})`);
  }
}
process.exit(failed ? 1 : 0);
