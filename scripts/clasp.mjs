// `npm run push` and `npm run deploy`: the one step that talks to Google, through clasp.
// push: builds (npm runs the build first) and pushes dist/apps-script/ with `clasp push --force`
//       (a changed appsscript.json would otherwise stop at a prompt; push replaces the whole project).
// deploy: creates the web app deployment once, then updates that same deployment, so the
//       /exec URL pasted into the extension never changes (a new deployment gets a new URL).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const ROOT_DIR = 'dist/apps-script';
const DEPLOYMENT_FILE = '.okr-deployment.json';

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

function clasp(args) {
  const bin = process.env.CLASP_BIN ?? join(root, 'node_modules/.bin/clasp');
  const result = spawnSync(bin, args, { cwd: root, encoding: 'utf8', stdio: ['inherit', 'pipe', 'inherit'] });
  if (result.error) throw result.error;
  return { status: result.status ?? 1, stdout: result.stdout ?? '' };
}

function main(command) {
  const configPath = join(root, '.clasp.json');
  const problems = checkClaspConfig(existsSync(configPath) ? readFileSync(configPath, 'utf8') : null);
  if (problems.length > 0) {
    for (const p of problems) console.error(p);
    return 1;
  }
  if (command === 'push') {
    if (!existsSync(join(root, ROOT_DIR, 'Code.js'))) {
      console.error('dist/apps-script/Code.js is missing: run npm run build first (npm run push does).');
      return 1;
    }
    const { status, stdout } = clasp(['push', '--force']);
    process.stdout.write(stdout);
    if (status === 0) console.log('Pushed. Reload the spreadsheet and use Extensions → okr-sheets → Set up tracker.');
    return status;
  }
  if (command === 'deploy') {
    const file = join(root, DEPLOYMENT_FILE);
    const saved = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).deploymentId : undefined;
    const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
    const { status, stdout } = clasp(deployArgs(saved, `okr-sheets ${version}`));
    if (status !== 0) return status;
    let deploymentId = saved;
    try {
      deploymentId = JSON.parse(stdout).deploymentId ?? saved;
    } catch {
      process.stdout.write(stdout);
    }
    if (!deploymentId) {
      console.error('clasp did not report a deployment ID; run npx clasp list-deployments to find it.');
      return 1;
    }
    writeFileSync(file, `${JSON.stringify({ deploymentId }, null, 2)}\n`);
    console.log(`${saved ? 'Updated' : 'Created'} the web app deployment.\nFeed URL: ${webAppUrl(deploymentId)}`);
    console.log('Check in the Apps Script editor (Deploy → Manage deployments) that it runs as you and that "Who has access" is Anyone.');
    return 0;
  }
  console.error('usage: node scripts/clasp.mjs push|deploy');
  return 2;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exit(main(process.argv[2]));
