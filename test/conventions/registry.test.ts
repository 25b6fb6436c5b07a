// The registry is the one source of the Apps Script stubs, the HyperFormula plugin and the
// README reference, so every entry must be complete, and every example must be true.
import { describe, expect, it } from 'vitest';
import type { CallContext } from '../../shared/functions/custom-function.js';
import { CUSTOM_FUNCTIONS } from '../../shared/functions/functions.js';
import { zoneNamed } from '../../shared/zone.js';
import { displayValue, parseLiteralFormula } from './literal-formula.js';

// Examples must not depend on the day they run: one that omits as_of fails here.
const NO_CLOCK: CallContext = {
  now: () => {
    throw new Error('an example read the clock: pass every date as a literal');
  },
  // DATE(y, m, d) gives a local-midnight Date (literal-formula.ts), and the unit tests run in New York.
  zone: zoneNamed('America/New_York'),
};

const specs = CUSTOM_FUNCTIONS.map((spec) => [spec.name, spec] as const);
const examples = CUSTOM_FUNCTIONS.flatMap((spec) => spec.examples.map((example) => [example.formula, example.result, spec] as const));

describe('the custom-function registry', () => {
  it('has unique names', () => {
    const names = CUSTOM_FUNCTIONS.map((spec) => spec.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(specs)('names %s in upper snake case starting OKR_ or KPI_', (name) => {
    expect(name).toMatch(/^(OKR|KPI)_[A-Z0-9]+(_[A-Z0-9]+)*$/);
  });

  it.each(specs)('gives %s a summary, a description and a returns line', (_, spec) => {
    expect(spec.summary.trim()).not.toBe('');
    expect(spec.summary).not.toContain('\n');
    expect(spec.description.trim()).not.toBe('');
    expect(spec.returns.trim()).not.toBe('');
  });

  it.each(specs)('gives %s described parameters with lower snake case identifier names', (_, spec) => {
    expect(spec.params.length).toBeGreaterThan(0);
    for (const param of spec.params) {
      expect(param.name).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/);
      expect(param.description.trim()).not.toBe('');
    }
    expect(new Set(spec.params.map((p) => p.name)).size).toBe(spec.params.length);
  });

  it.each(specs)('puts the optional parameters of %s last', (_, spec) => {
    const firstOptional = spec.params.findIndex((p) => p.optional === true);
    if (firstOptional >= 0) expect(spec.params.slice(firstOptional).every((p) => p.optional === true)).toBe(true);
  });

  it.each(specs)('gives %s at least two examples and one error', (_, spec) => {
    expect(spec.examples.length).toBeGreaterThanOrEqual(2);
    expect(spec.errors.length).toBeGreaterThanOrEqual(1);
  });

  it.each(specs)('starts every error message of %s with the function name', (name, spec) => {
    for (const message of spec.errors) expect(message.startsWith(`${name}: `)).toBe(true);
  });

  it.each(specs)('calls %s in its examples with no more arguments than it has parameters', (name, spec) => {
    for (const example of spec.examples) {
      const call = parseLiteralFormula(example.formula);
      expect(call.name).toBe(name);
      expect(call.args.length).toBeLessThanOrEqual(spec.params.length);
    }
  });
});

describe('the registry examples', () => {
  it.each(examples)('%s gives %j', (formula, result, spec) => {
    const { args } = parseLiteralFormula(formula);
    expect(displayValue(spec.impl(args, NO_CLOCK))).toBe(result);
  });
});
