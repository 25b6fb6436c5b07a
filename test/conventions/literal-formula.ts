/**
 * Parses the example formulas of the registry, which use literal arguments only, into the
 * values Sheets would pass a custom function. The grammar, and nothing more:
 *
 *   =NAME(arg, arg, …)   an empty arg is "" (a blank); args not written are not passed
 *   arg    number | number% | "text" ("" inside for a quote) | TRUE | FALSE | DATE(y,m,d) | array
 *   array  {v, v; v, v}  "," between columns, ";" between rows, as in Sheets (en-US)
 *
 * DATE gives a local-midnight Date, as Sheets hands a date cell to a custom function.
 */
export interface LiteralCall {
  name: string;
  args: unknown[];
}

class Reader {
  pos = 0;
  constructor(readonly text: string) {}

  fail(what: string): never {
    throw new Error(`${what} at position ${this.pos} of ${this.text}`);
  }

  skipSpace(): void {
    while (this.text[this.pos] === ' ') this.pos++;
  }

  peek(): string {
    this.skipSpace();
    return this.text[this.pos] ?? '';
  }

  expect(char: string): void {
    if (this.peek() !== char) this.fail(`expected ${char}`);
    this.pos++;
  }

  match(pattern: RegExp): string | undefined {
    this.skipSpace();
    pattern.lastIndex = this.pos;
    const found = pattern.exec(this.text);
    if (found === null) return undefined;
    this.pos += found[0].length;
    return found[0];
  }
}

const NAME = /[A-Z][A-Z0-9_]*/y;
const NUMBER = /-?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?%?/iy;
const WORD = /TRUE|FALSE|DATE/y;
const INTEGER = /-?\d+/y;

function readString(reader: Reader): string {
  reader.expect('"');
  let text = '';
  for (;;) {
    const char = reader.text[reader.pos++];
    if (char === undefined) reader.fail('unterminated text');
    if (char !== '"') text += char;
    else if (reader.text[reader.pos] === '"') text += reader.text[reader.pos++];
    else return text;
  }
}

function readDate(reader: Reader): Date {
  reader.expect('(');
  const parts: number[] = [];
  for (let i = 0; i < 3; i++) {
    if (i > 0) reader.expect(',');
    const digits = reader.match(INTEGER) ?? reader.fail('expected a whole number in DATE');
    parts.push(Number(digits));
  }
  reader.expect(')');
  return new Date(parts[0], parts[1] - 1, parts[2]);
}

function readValue(reader: Reader): unknown {
  const next = reader.peek();
  if (next === '"') return readString(reader);
  const word = reader.match(WORD);
  if (word === 'TRUE') return true;
  if (word === 'FALSE') return false;
  if (word === 'DATE') return readDate(reader);
  const number = reader.match(NUMBER) ?? reader.fail('expected a literal');
  return number.endsWith('%') ? Number(number.slice(0, -1)) / 100 : Number(number);
}

function readArray(reader: Reader): unknown[][] {
  reader.expect('{');
  const rows: unknown[][] = [[readValue(reader)]];
  for (;;) {
    const next = reader.peek();
    reader.pos++;
    if (next === ',') rows[rows.length - 1].push(readValue(reader));
    else if (next === ';') rows.push([readValue(reader)]);
    else if (next === '}') break;
    else reader.fail('expected , ; or }');
  }
  if (rows.some((row) => row.length !== rows[0].length)) reader.fail('array rows of different lengths');
  return rows;
}

function readArg(reader: Reader): unknown {
  const next = reader.peek();
  if (next === ',' || next === ')') return '';
  return next === '{' ? readArray(reader) : readValue(reader);
}

export function parseLiteralFormula(formula: string): LiteralCall {
  const reader = new Reader(formula.trim());
  reader.expect('=');
  const name = reader.match(NAME) ?? reader.fail('expected a function name');
  reader.expect('(');
  const args: unknown[] = [];
  if (reader.peek() === ')') reader.pos++;
  else {
    for (;;) {
      args.push(readArg(reader));
      const next = reader.peek();
      reader.pos++;
      if (next === ')') break;
      if (next !== ',') reader.fail('expected , or )');
    }
  }
  if (reader.peek() !== '') reader.fail('unexpected text after the call');
  return { name, args };
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * A result as the examples write it: numbers to 10 significant digits (what a cell formatted
 * as a number shows at most), dates as YYYY-MM-DD (with HH:MM if not midnight), blank as "",
 * ranges in the array-literal syntax.
 */
export function displayValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(Number(value.toPrecision(10)));
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) {
    const day = `${value.getFullYear()}-${pad2(value.getMonth() + 1)}-${pad2(value.getDate())}`;
    return value.getHours() === 0 && value.getMinutes() === 0 ? day : `${day} ${pad2(value.getHours())}:${pad2(value.getMinutes())}`;
  }
  if (Array.isArray(value)) return `{${value.map((row) => (Array.isArray(row) ? row : [row]).map(displayValue).join(',')).join(';')}}`;
  return String(value);
}
