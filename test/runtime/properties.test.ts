import { describe, expect, it } from 'vitest';
import { useRuntime } from './fixtures.js';
import { STORE_LIMIT_BYTES, VALUE_LIMIT_BYTES } from './properties.js';

describe('PropertiesService (https://developers.google.com/apps-script/reference/properties)', () => {
  it('stores strings, coerces everything else, and gives null when missing', () => {
    const { services } = useRuntime();
    const props = services.PropertiesService.getScriptProperties();
    props.setProperty('n', 5 as never).setProperty('o', { a: 1 } as never).setProperty('b', true as never);
    expect(props.getProperties()).toEqual({ n: '5', o: '[object Object]', b: 'true' });
    expect(props.getProperty('missing')).toBeNull();
    expect(props.getKeys()).toEqual(['n', 'o', 'b']);
  });

  it('hands out copies and keeps stores apart', () => {
    const { services } = useRuntime();
    const script = services.PropertiesService.getScriptProperties();
    script.setProperty('token', 'secret');
    const copy = script.getProperties();
    copy.token = 'changed';
    expect(services.PropertiesService.getScriptProperties().getProperty('token')).toBe('secret');
    expect(services.PropertiesService.getUserProperties().getProperty('token')).toBeNull();
    expect(services.PropertiesService.getDocumentProperties().getProperty('token')).toBeNull();
  });

  it('sets several at once, optionally deleting the others, and deletes', () => {
    const { services } = useRuntime();
    const props = services.PropertiesService.getUserProperties();
    props.setProperties({ a: '1', b: '2' });
    props.setProperties({ c: 3 }, true);
    expect(props.getProperties()).toEqual({ c: '3' });
    props.setProperty('d', '4').deleteProperty('c');
    expect(props.getKeys()).toEqual(['d']);
    props.deleteAllProperties();
    expect(props.getKeys()).toEqual([]);
  });

  it('keeps a separate user store per user', () => {
    const alice = useRuntime({ user: 'alice@example.com' });
    alice.services.PropertiesService.getUserProperties().setProperty('k', 'alice');
    expect(alice.services.PropertiesService.getUserProperties().getProperty('k')).toBe('alice');
    const again = useRuntime({ user: 'bob@example.com' }, alice.toJSON());
    expect(again.services.PropertiesService.getUserProperties().getProperty('k')).toBeNull();
  });

  it('enforces 9 KB a value and 500 KB a store, writing nothing when over', () => {
    const { services } = useRuntime();
    const props = services.PropertiesService.getScriptProperties();
    props.setProperty('max', 'x'.repeat(VALUE_LIMIT_BYTES));
    expect(() => props.setProperty('big', 'x'.repeat(VALUE_LIMIT_BYTES + 1))).toThrow('Argument too large: value');
    expect(() => props.setProperty('multibyte', 'é'.repeat(VALUE_LIMIT_BYTES / 2 + 1))).toThrow('Argument too large: value');
    const many = Object.fromEntries(Array.from({ length: Math.ceil(STORE_LIMIT_BYTES / 9000) }, (_, i) => [`k${i}`, 'y'.repeat(9000)]));
    expect(() => props.setProperties(many)).toThrow('You have exceeded the property storage quota. Please remove some properties and try again.');
    expect(props.getKeys()).toEqual(['max']);
  });

  it.each([
    [() => '', 'Invalid argument: key'],
    [() => null, 'Invalid argument: key'],
  ])('rejects a bad key (%#)', (key, message) => {
    const { services } = useRuntime();
    expect(() => services.PropertiesService.getScriptProperties().setProperty(key() as never, 'v')).toThrow(message);
  });
});
