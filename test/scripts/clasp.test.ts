import { describe, expect, it } from 'vitest';
import { checkClaspConfig, deployArgs, webAppUrl } from '../../scripts/clasp.mjs';

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
