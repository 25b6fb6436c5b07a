/**
 * `npm start`'s flags: --port N (8787), --data FILE (.demo-data/tracker.json), --fresh (a new
 * example tracker), --time-zone ZONE (the demo spreadsheet's IANA zone; default the machine's).
 */
import { resolve } from 'node:path';

export interface DemoFlags {
  port: number;
  dataFile: string;
  fresh: boolean;
  timeZone: string;
}

export function demoFlags(argv: readonly string[], machineZone: string): DemoFlags {
  const flag = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  return {
    port: Number(flag('port') ?? 8787),
    dataFile: resolve(flag('data') ?? '.demo-data/tracker.json'),
    fresh: argv.includes('--fresh'),
    timeZone: flag('time-zone') ?? machineZone,
  };
}
