import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkClaspConfig, deployArgs, main, versionAdvice, VERSION_LIMIT, webAppUrl } from '../../scripts/clasp.mjs';

const ID = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcdEFGH';

describe('checkClaspConfig', () => {
  it('accepts a script ID with the built folder as rootDir', () => {
    expect(checkClaspConfig(JSON.stringify({ scriptId: ID, rootDir: 'dist/apps-script' }))).toEqual([]);
  });

  it.each([
    [null, 'No .clasp.json here'],
    ['{', 'not valid JSON'],
    [JSON.stringify({ scriptId: 'PASTE_YOUR_SCRIPT_ID_HERE', rootDir: 'dist/apps-script' }), 'no script ID'],
    [JSON.stringify({ scriptId: ID }), '"rootDir": "dist/apps-script"'],
    [JSON.stringify({ scriptId: ID, rootDir: 'apps-script' }), 'not "apps-script"'],
  ])('explains what is wrong with %s', (text, expected) => {
    expect(checkClaspConfig(text).join(' ')).toContain(expected);
  });
});

describe('deploy', () => {
  it('creates a deployment the first time and updates the same one afterwards', () => {
    expect(deployArgs(undefined, 'okr-sheets 0.1.0')).toEqual(['create-deployment', '--json', '--description', 'okr-sheets 0.1.0']);
    expect(deployArgs('AKfyc123', 'okr-sheets 0.1.0')).toContain('--deploymentId');
    expect(deployArgs('AKfyc123', 'x').slice(-1)).toEqual(['AKfyc123']);
  });

  it('gives the /exec URL of a deployment', () => {
    expect(webAppUrl('AKfyc123')).toBe('https://script.google.com/macros/s/AKfyc123/exec');
  });
});

describe('npm run deploy, against a fake clasp', () => {
  const fake = fileURLToPath(new URL('./fake-clasp.mjs', import.meta.url));
  let root: string;
  let log: string;
  const said: string[] = [];
  const out = { log: (text: string) => said.push(text), error: (text: string) => said.push(`error: ${text}`) };
  const calls = () => readFileSync(log, 'utf8').trim().split('\n').filter(Boolean).map((line) => (JSON.parse(line) as string[])[0]);

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'okr-clasp-'));
    log = join(root, 'calls.log');
    writeFileSync(log, '');
    said.length = 0;
    for (const dir of ['apps-script', 'shared', 'dist/apps-script']) mkdirSync(join(root, dir), { recursive: true });
    writeFileSync(join(root, 'apps-script/main.ts'), '');
    writeFileSync(join(root, 'shared/grade.ts'), '');
    const old = new Date(Date.UTC(2026, 0, 1));
    for (const path of ['apps-script/main.ts', 'shared/grade.ts', 'apps-script', 'shared']) utimesSync(join(root, path), old, old);
    writeFileSync(join(root, 'dist/apps-script/Code.js'), '// built');
    writeFileSync(join(root, 'package.json'), JSON.stringify({ version: '0.1.0' }));
    writeFileSync(join(root, '.clasp.json'), JSON.stringify({ scriptId: ID, rootDir: 'dist/apps-script' }));
    vi.stubEnv('CLASP_BIN', fake);
    vi.stubEnv('FAKE_CLASP_LOG', log);
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    rmSync(root, { recursive: true, force: true });
  });

  it('pushes, checks the versions, then creates the deployment and prints its /exec URL', async () => {
    expect(await main('deploy', root, out)).toBe(0);
    expect(calls()).toEqual(['push', 'list-versions', 'create-deployment']);
    expect(said.join('\n')).toContain('Feed URL: https://script.google.com/macros/s/AKfycbFakeDeployment01/exec');
    expect(said.join('\n')).toContain('OKR → Publish for the browser extension…');
    expect(JSON.parse(readFileSync(join(root, '.okr-deployment.json'), 'utf8'))).toEqual({ deploymentId: 'AKfycbFakeDeployment01' });
  });

  it('updates the same deployment the second time, so the URL stays', async () => {
    await main('deploy', root, out);
    writeFileSync(log, '');
    expect(await main('deploy', root, out)).toBe(0);
    const lines = readFileSync(log, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as string[]);
    expect(lines.at(-1)).toContain('AKfycbFakeDeployment01');
  });

  it('refuses a build older than its sources, and calls clasp not at all', async () => {
    writeFileSync(join(root, 'shared/grade.ts'), '// edited after the build');
    utimesSync(join(root, 'dist/apps-script/Code.js'), new Date(Date.UTC(2026, 0, 2)), new Date(Date.UTC(2026, 0, 2)));
    expect(await main('deploy', root, out)).toBe(1);
    expect(calls()).toEqual([]);
    expect(said.join('\n')).toContain('dist/apps-script is older than shared/: run npm run push');
  });

  it('deploys nothing when the push fails', async () => {
    vi.stubEnv('FAKE_CLASP_PUSH', '1');
    expect(await main('deploy', root, out)).toBe(1);
    expect(calls()).toEqual(['push']);
    expect(said.join('\n')).toContain('nothing was deployed');
  });

  it('warns as the 200-version limit nears, and still deploys', async () => {
    vi.stubEnv('FAKE_CLASP_VERSIONS', '195');
    expect(await main('deploy', root, out)).toBe(0);
    expect(said.join('\n')).toContain('error: This deploy makes version 196 of at most 200');
    expect(calls()).toContain('create-deployment');
  });

  it('stops at 200 versions and says how to make room', async () => {
    vi.stubEnv('FAKE_CLASP_VERSIONS', '200');
    expect(await main('deploy', root, out)).toBe(1);
    expect(calls()).toEqual(['push', 'list-versions']);
    expect(said.join('\n')).toContain('Project history');
  });

  it.each([
    [0, null],
    [188, null],
    [189, 'version 190'],
    [199, 'version 200'],
    [200, "Google's limit of 200"],
  ])('advises on %i versions: %s', (count, words) => {
    const advice = versionAdvice(count);
    if (words === null) expect(advice).toBeNull();
    else expect(advice?.message).toContain(words);
    expect(advice?.refuse ?? false).toBe(count >= VERSION_LIMIT);
  });

  it('names the menu path of the add-on after a push', async () => {
    expect(await main('push', root, out)).toBe(0);
    expect(said.join('\n')).toContain('Reload the spreadsheet and use OKR → Set up tracker.');
  });
});
