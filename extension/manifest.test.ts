// The root manifest.json: what the extension asks the browser for, and the files it names.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chromeManifest, firefoxManifest } from '../scripts/package.mjs';

const root = new URL('../', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('manifest.json', root), 'utf8'));
const packageJson = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const staticFile = (path: string) => new URL(`extension/static/${path}`, root);

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): [number, number] {
  const bytes = readFileSync(staticFile(path));
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('manifest.json', () => {
  it('is Manifest V3 with the version of package.json', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.version).toBe(packageJson.version);
  });

  it('has a description the Chrome Web Store accepts (132 characters at most)', () => {
    expect(manifest.description.length).toBeGreaterThan(20);
    expect(manifest.description.length).toBeLessThanOrEqual(132);
  });

  it('asks only for storage, alarms, notifications and (Chrome) offscreen, and for Google only as an option', () => {
    // offscreen: the popup's views kept with no popup open (background/sw-views.ts); Chrome shows
    // no warning for it at install. Firefox has no such permission, and its package leaves it out.
    expect([...manifest.permissions].sort()).toEqual(['alarms', 'notifications', 'offscreen', 'storage']);
    expect([...chromeManifest(manifest).permissions].sort()).toEqual(['alarms', 'notifications', 'offscreen', 'storage']);
    expect([...firefoxManifest(manifest).permissions].sort()).toEqual(['alarms', 'notifications', 'storage']);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_host_permissions).toEqual(['https://script.google.com/*', 'https://script.googleusercontent.com/*', 'https://docs.google.com/spreadsheets/*']);
    expect(manifest.content_scripts).toBeUndefined();
  });

  it('keeps the default content security policy', () => {
    expect(manifest.content_security_policy).toBeUndefined();
  });

  it('runs the background as a module service worker in Chrome and as module scripts in Firefox', () => {
    expect(manifest.background).toMatchObject({ service_worker: 'background.js', scripts: ['background.js'], type: 'module' });
  });

  it('declares a Firefox ID, and that it collects no data', () => {
    expect(manifest.browser_specific_settings.gecko.id).toMatch(/^[\w.-]+@[\w.-]+$/);
    expect(manifest.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it.each(['16', '32', '48', '128'])('has a %s px icon of that size', (size) => {
    expect(pngSize(manifest.icons[size])).toEqual([Number(size), Number(size)]);
    expect(manifest.action.default_icon[size]).toBe(manifest.icons[size]);
  });

  it('names pages that exist in extension/static', () => {
    for (const page of [manifest.action.default_popup, manifest.options_ui.page]) expect(existsSync(staticFile(page)), page).toBe(true);
  });
});
