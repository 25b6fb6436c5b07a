import { describe, expect, it } from 'vitest';
import { documentOf, findSheetTab, isSheetLink } from './sheet-tab.js';

const SHEET = 'https://docs.google.com/spreadsheets/d/abc123/edit';

describe('finding the sheet tab', () => {
  it.each([
    ['a row link of the sheet', `${SHEET}#gid=7&range=A5`, 'sheets:abc123'],
    ['the sheet for a second signed-in account', 'https://docs.google.com/spreadsheets/u/1/d/abc123/edit', 'sheets:abc123'],
    ['another address', 'http://127.0.0.1:8080/sheet?x=1#y', 'http://127.0.0.1:8080/sheet'],
    ['no address', 'not a url', null],
  ])('names the document of %s', (_name, url, document) => {
    expect(documentOf(url)).toBe(document);
  });

  it('picks a tab on the same spreadsheet, whatever its range', () => {
    const tabs = [{ id: 1, url: 'https://docs.google.com/spreadsheets/d/other/edit' }, { id: 2, url: `${SHEET}#gid=0` }];
    expect(findSheetTab(tabs, `${SHEET}#gid=7&range=A5`)?.id).toBe(2);
  });

  it('finds nothing when the browser hides the URLs (no "tabs" permission)', () => {
    expect(findSheetTab([{ id: 1 }, { id: 2, windowId: 1 }], SHEET)).toBeNull();
  });
});

describe('isSheetLink', () => {
  it.each([
    ['https://docs.google.com/spreadsheets/d/abc/edit#gid=1&range=A2', true],
    ['http://127.0.0.1:8787/', true],
    ['javascript:alert(1)', false],
    ['data:text/html,hi', false],
    ['http://docs.google.com/spreadsheets/d/abc', false],
    ['https://docs.google.com.evil.com/spreadsheets/d/abc', false],
    ['https://evil.com/?docs.google.com/spreadsheets/', false],
    ['https://docs.google.com@evil.com/spreadsheets/', false],
    [null, false],
  ])('opens %j: %s', (url, expected) => {
    expect(isSheetLink(url)).toBe(expected);
  });
});
