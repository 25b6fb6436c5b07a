// `npm run push` and `npm run deploy`: the one step that talks to Google, through clasp.
// push: builds (npm runs the build first) and pushes dist/apps-script/ with `clasp push --force`
//       (a changed appsscript.json would otherwise stop at a prompt; push replaces the whole project).
// deploy: refuses a build older than its sources, pushes it, checks the project's versions, then
//       creates the web app deployment once and updates that same deployment afterwards, so the
//       /exec URL pasted into the extension never changes (a new deployment gets a new URL:
//       https://developers.google.com/apps-script/guides/web#deploy_a_script_as_a_web_app).
//       A plain push is never live at /exec: each deploy makes a new version, and Google keeps
//       at most 200 versions per project (https://developers.google.com/apps-script/guides/versions),
//       so deploy warns as that limit nears and stops at it, saying how to make room.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { menuPathOf } from './menu-path.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const ROOT_DIR = 'dist/apps-script';
const DEPLOYMENT_FILE = '.okr-deployment.json';
/** Google's limit of versions per script project. */
export const VERSION_LIMIT = 200;
/** Deploy warns from here on: ten deploys before the limit. */
export const VERSION_WARNING = 190;
/** The sources the build turns into dist/apps-script. */
const SOURCE_DIRS = ['apps-script', 'shared'];

/** Problems with the user's .clasp.json, as sentences that say what to do. */
export function checkClaspConfig(text) {
  if (text === null) {
    return [
      'No .clasp.json here. Copy .clasp.json.example to .clasp.json and put your script ID in it ' +
        '(Apps Script editor → Project Settings → Script ID), or create a new bound project with ' +
        `npx clasp create-script --type sheets --title "OKR tracker" --rootDir ${ROOT_DIR}.`,
    ];
  }
  let config;
  try {
    config = JSON.parse(text);
  } catch {
    return ['.clasp.json is not valid JSON.'];
  }
  const problems = [];
  if (typeof config.scriptId !== 'string' || !/^[\w-]{30,}$/.test(config.scriptId) || config.scriptId.includes('YOUR_SCRIPT_ID')) {
    problems.push('.clasp.json has no script ID: set "scriptId" to the ID from the Apps Script editor → Project Settings.');
  }
  const dir = config.rootDir ?? config.srcDir;
  if (dir !== ROOT_DIR) problems.push(`.clasp.json must have "rootDir": "${ROOT_DIR}" (the built add-on), not ${JSON.stringify(dir ?? null)}.`);
  return problems;
}

export function deployArgs(deploymentId, description) {
  return ['create-deployment', '--json', '--description', description, ...(deploymentId ? ['--deploymentId', deploymentId] : [])];
}

export function webAppUrl(deploymentId) {
  return `https://script.google.com/macros/s/${deploymentId}/exec`;
}

/**
 * What to say about the project's versions before a deploy adds one: null while there is room,
 * a warning near the limit, a refusal at it.
 */
export function versionAdvice(count) {
  const room = 'Delete versions no deployment uses: in the Apps Script editor open Project history, select an old version and choose Delete version (https://developers.google.com/apps-script/guides/versions).';
  if (count >= VERSION_LIMIT) {
    return { refuse: true, message: `This script project has ${count} versions, Google's limit of ${VERSION_LIMIT}: a deploy needs a new one. ${room}` };
  }
  if (count + 1 >= VERSION_WARNING) {
    return { refuse: false, message: `This deploy makes version ${count + 1} of at most ${VERSION_LIMIT} per script project; after ${VERSION_LIMIT - count - 1} more, deploying stops. ${room}` };
  }
  return null;
}

function newestChange(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestChange(join(path, name))), stat.mtimeMs);
}

/** Why the built add-on cannot be pushed as it is, or null. */
export function staleBuild(root) {
  const code = join(root, ROOT_DIR, 'Code.js');
  if (!existsSync(code)) return `${ROOT_DIR}/Code.js is missing: run npm run push (it builds first), then npm run deploy.`;
  const built = statSync(code).mtimeMs;
  const changed = SOURCE_DIRS.map((dir) => [dir, newestChange(join(root, dir))]).filter(([, time]) => time > built);
  if (changed.length > 0) return `${ROOT_DIR} is older than ${changed.map(([dir]) => `${dir}/`).join(' and ')}: run npm run push (it builds and pushes), then npm run deploy.`;
  return null;
}

function runClasp(root, args) {
  const bin = process.env.CLASP_BIN ?? join(root, 'node_modules/.bin/clasp');
  const result = spawnSync(bin, args, { cwd: root, encoding: 'utf8', stdio: ['inherit', 'pipe', 'inherit'] });
  if (result.error) throw result.error;
  return { status: result.status ?? 1, stdout: result.stdout ?? '' };
}

/** The number of versions of the project, or null when clasp cannot tell. */
function countVersions(clasp) {
  const { status, stdout } = clasp(['list-versions', '--json']);
  if (status !== 0) return null;
  try {
    const list = JSON.parse(stdout);
    return Array.isArray(list) ? list.length : null;
  } catch {
    return null;
  }
}

async function push(clasp, out) {
  const { status, stdout } = clasp(['push', '--force']);
  if (stdout.trim() !== '') out.log(stdout.trimEnd());
  if (status === 0) out.log(`Pushed. Reload the spreadsheet and use ${await menuPathOf('setUp')}.`);
  return status;
}

async function deploy(root, clasp, out) {
  const stale = staleBuild(root);
  if (stale !== null) {
    out.error(stale);
    return 1;
  }
  const pushed = await push(clasp, out);
  if (pushed !== 0) {
    out.error('The push failed, so nothing was deployed: fix what clasp says above, then run npm run deploy again.');
    return pushed;
  }
  const versions = countVersions(clasp);
  const advice = versions === null ? null : versionAdvice(versions);
  if (versions === null) out.error(`clasp could not list the project's versions; Google keeps at most ${VERSION_LIMIT} (npx clasp list-versions).`);
  if (advice !== null) {
    out.error(advice.message);
    if (advice.refuse) return 1;
  }
  const file = join(root, DEPLOYMENT_FILE);
  const saved = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).deploymentId : undefined;
  const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
  const { status, stdout } = clasp(deployArgs(saved, `okr-sheets ${version}`));
  if (status !== 0) return status;
  let deploymentId = saved;
  try {
    deploymentId = JSON.parse(stdout).deploymentId ?? saved;
  } catch {
    out.log(stdout.trimEnd());
  }
  if (!deploymentId) {
    out.error('clasp did not report a deployment ID; run npx clasp list-deployments to find it.');
    return 1;
  }
  writeFileSync(file, `${JSON.stringify({ deploymentId }, null, 2)}\n`);
  out.log(`${saved ? 'Updated' : 'Created'} the web app deployment.\nFeed URL: ${webAppUrl(deploymentId)}`);
  out.log(`Paste it into the extension's options with the token from ${await menuPathOf('publish')}.`);
  out.log('Check in the Apps Script editor (Deploy → Manage deployments) that it runs as you and that "Who has access" is Anyone.');
  return 0;
}

/** Runs `push` or `deploy` in `root` (the repository); returns the exit status. */
export async function main(command, root = ROOT, out = console) {
  const clasp = (args) => runClasp(root, args);
  const configPath = join(root, '.clasp.json');
  const problems = checkClaspConfig(existsSync(configPath) ? readFileSync(configPath, 'utf8') : null);
  if (problems.length > 0) {
    for (const p of problems) out.error(p);
    return 1;
  }
  if (command === 'push') {
    if (!existsSync(join(root, ROOT_DIR, 'Code.js'))) {
      out.error('dist/apps-script/Code.js is missing: run npm run build first (npm run push does).');
      return 1;
    }
    return push(clasp, out);
  }
  if (command === 'deploy') return deploy(root, clasp, out);
  out.error('usage: node scripts/clasp.mjs push|deploy');
  return 2;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exit(await main(process.argv[2]));
