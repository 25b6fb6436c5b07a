/**
 * Sheets serial numbers: days since 1899-12-30 00:00 wall-clock time, fractions for the time of
 * day (https://developers.google.com/apps-script/guides/sheets/functions#data_types). Conversions to and from instants take the zone.
 */
import { fromUtcFields, instantOf, wallClockOf, type WallClock } from './time-zone.js';

const SERIAL_EPOCH_UTC = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** A Sheets serial number as wall-clock fields (pure arithmetic, no zone). */
export function serialToWallClock(serial: number): WallClock {
  return fromUtcFields(new Date(SERIAL_EPOCH_UTC + Math.round(serial * DAY_MS)));
}

function wallClockToSerial(w: Pick<WallClock, 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second' | 'ms'>): number {
  return (Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.ms) - SERIAL_EPOCH_UTC) / DAY_MS;
}

/** The serial number a Date becomes when written to a sheet in `zone`. */
export function instantToSerial(ms: number, zone: string): number {
  return wallClockToSerial(wallClockOf(ms, zone));
}

/** The instant (ms) a date cell holding `serial` stands for in `zone`. */
export function serialToInstant(serial: number, zone: string): number {
  return instantOf(serialToWallClock(serial), zone);
}

/**
 * A Date whose *local* getters report the wall clock of a serial number, whatever the process
 * zone. HyperFormula turns a Date cell into a typed date serial by reading local getters
 * (https://github.com/handsontable/hyperformula/blob/master/src/CellContentParser.ts), so handing it one of these stores exactly `serial`, typed as a date.
 */
export class SerialDate extends Date {
  /** The serial number this date stands for. */
  get serial(): number {
    return (this.getTime() - SERIAL_EPOCH_UTC) / DAY_MS;
  }

  constructor(serial: number) {
    super(SERIAL_EPOCH_UTC + Math.round(serial * DAY_MS));
  }
  override getFullYear(): number {
    return this.getUTCFullYear();
  }
  override getMonth(): number {
    return this.getUTCMonth();
  }
  override getDate(): number {
    return this.getUTCDate();
  }
  override getHours(): number {
    return this.getUTCHours();
  }
  override getMinutes(): number {
    return this.getUTCMinutes();
  }
  override getSeconds(): number {
    return this.getUTCSeconds();
  }
  override getMilliseconds(): number {
    return this.getUTCMilliseconds();
  }
}
