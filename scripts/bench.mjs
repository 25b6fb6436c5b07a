// `npm run bench`: runs each benchmark module of bench/, prints one table per module and writes
// every result, with the machine and the date, to bench/results.json.
//
//   node scripts/bench.mjs [--only NAME] [--quick] [--markdown] [--out FILE]
//
// A module is bench/NAME.mjs exporting `async function run(context)` that returns
// `{ title, rows: [{ name, ...figures }], notes? }`. Modules not written yet are skipped.
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { formatMarkdown, formatTable } from '../bench/format-table.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export const MODULES = ['functions', 'feed', 'popup', 'load'];

const USAGE = `usage: node scripts/bench.mjs [--only ${MODULES.join('|')}] [--quick] [--markdown] [--out FILE]`;

/** Reads the command line; throws a message with the usage for anything it does not know. */
export function parseBenchArgs(argv) {
  const options = { only: null, quick: false, markdown: false, out: join(root, 'bench/results.json') };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--quick') options.quick = true;
    else if (arg === '--markdown') options.markdown = true;
    else if (arg === '--only' || arg === '--out') {
      const value = argv[++i];
      if (value === undefined || value.startsWith('--')) throw new Error(`${arg} needs a value\n${USAGE}`);
      if (arg === '--out') options.out = resolve(value);
      else if (!MODULES.includes(value)) throw new Error(`--only ${value}: no such benchmark; use one of ${MODULES.join(', ')}\n${USAGE}`);
      else options.only = value;
    } else throw new Error(`unknown argument ${arg}\n${USAGE}`);
  }
  return options;
}

export function machine() {
  const cpus = os.cpus();
  return {
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    cpus: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    node: process.version,
  };
}

/** Checks a module's result against the contract, so a broken module fails with its name. */
export function checkResult(name, result) {
  const problem =
    typeof result !== 'object' || result === null
      ? 'returned no object'
      : typeof result.title !== 'string'
        ? 'has no title'
        : !Array.isArray(result.rows)
          ? 'has no rows'
          : result.rows.some((row) => typeof row !== 'object' || row === null || typeof row.name !== 'string')
            ? 'has a row without a name'
            : null;
  if (problem !== null) throw new Error(`bench/${name}.mjs ${problem}: run(context) must return { title, rows: [{ name, ...figures }], notes? }`);
  return result;
}

function print(name, result, markdown) {
  console.log(`\n${result.title}  [${name}]\n`);
  console.log(markdown ? formatMarkdown(result.rows) : formatTable(result.rows));
  for (const note of result.notes ?? []) console.log(`  · ${note}`);
}

export async function main(argv) {
  const options = parseBenchArgs(argv);
  // The load when the run began: on a shared machine it says how far to trust the figures.
  const loadAverage = os.loadavg()[0];
  const report = { date: new Date().toISOString(), machine: machine(), loadAverage, quick: options.quick, modules: {}, skipped: [] };
  const { os: system, cpus, cpuModel, node } = report.machine;
  console.log(`${system}, ${cpus} × ${cpuModel}, Node ${node}, load average ${loadAverage.toFixed(2)}${options.quick ? ' (quick)' : ''}`);
  let failed = false;
  for (const name of options.only === null ? MODULES : [options.only]) {
    const file = join(root, 'bench', `${name}.mjs`);
    if (!existsSync(file)) {
      console.log(`\n[${name}] skipped: bench/${name}.mjs does not exist yet`);
      report.skipped.push(name);
      continue;
    }
    try {
      const module = await import(pathToFileURL(file).href);
      const result = checkResult(name, await module.run({ quick: options.quick, root, log: (line) => console.log(line) }));
      report.modules[name] = result;
      print(name, result, options.markdown);
    } catch (error) {
      failed = true;
      report.modules[name] = { error: error instanceof Error ? error.message : String(error) };
      console.error(`\n[${name}] failed: ${error instanceof Error ? error.stack : error}`);
    }
  }
  await writeFile(options.out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nwrote ${options.out}`);
  return failed ? 1 : 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 2;
    },
  );
}
