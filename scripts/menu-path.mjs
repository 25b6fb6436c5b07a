// The add-on's menu paths for the build and clasp helpers, from the same constant as the
// add-on's own texts (shared/menu-path.ts), compiled on the fly by esbuild.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

async function menuModule() {
  const result = await build({ entryPoints: [join(ROOT, 'shared/menu-path.ts')], write: false, format: 'esm', bundle: true, logLevel: 'warning' });
  return import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`);
}

/** The path to the menu item with caption key `caption` (`setUp`, `publish`, …). */
export async function menuPathOf(caption) {
  const module = await menuModule();
  if (!(caption in module.MENU)) throw new Error(`menu-path: no menu item ${caption}`);
  return module.menuPath(module.MENU[caption]);
}

/**
 * Fills `{{menu:<key>}}` in a page the add-on serves as a plain file (the sidebar), which
 * cannot import the constant; an unknown key fails the build.
 */
export async function fillMenuPaths(text) {
  const module = await menuModule();
  return text.replace(/\{\{menu:(\w+)\}\}/g, (_, key) => {
    if (!(key in module.MENU)) throw new Error(`menu-path: no menu item ${key} ({{menu:${key}}})`);
    return module.menuPath(module.MENU[key]);
  });
}
