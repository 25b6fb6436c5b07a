/**
 * HyperFormula 3.5 lists every cell whose value an edit or a recalculation changed: each edit
 * and each resumeEvaluation returns that list, and the valuesUpdated event carries it. A spilled
 * array counts cell by cell, and the list is built as a map keyed by address, so a recalculation
 * of the tracker (array formulas down 1,000 rows) builds and exports thousands of entries, and a
 * restored tracker all of its cells at once. The runtime reads neither the lists nor the event:
 * it reads values from the engine when a script asks. Building them was a sixth of the workbook
 * tests' time.
 *
 * The lists are HyperFormula's ContentChanges objects; here they keep nothing, so every list is
 * empty. HyperFormula reads them itself only to keep a column index up to date
 * (`useColumnIndex`), which the runtime does not turn on; the engine refuses to start if it is.
 * What HyperFormula computes is unchanged.
 */
interface ContentChangesPrototype {
  add(address: unknown, change: unknown): void;
  addAll(other: unknown): unknown;
  addChange(newValue: unknown, address: unknown, oldValue?: unknown): void;
  addInterpreterValue(value: unknown, address: unknown, oldValue?: unknown): void;
  exportChanges(exporter: unknown): unknown[];
}

const patched = new WeakSet<object>();

/** Makes every change list of `engine` (a HyperFormula instance) empty, for all instances in this process. */
export function skipChangeLists(engine: unknown): void {
  const hf = engine as { getConfig(): { useColumnIndex: boolean }; _crudOperations?: { operations?: { changes?: object } } };
  if (hf.getConfig().useColumnIndex) throw new Error('skipChangeLists: a column index reads the change lists; turn useColumnIndex off');
  const changes = hf._crudOperations?.operations?.changes;
  const prototype = changes === undefined ? undefined : (Object.getPrototypeOf(changes) as ContentChangesPrototype & object);
  if (prototype === undefined || typeof prototype.add !== 'function' || typeof prototype.exportChanges !== 'function') {
    throw new Error('skipChangeLists: HyperFormula no longer keeps its change lists where 3.5 did');
  }
  if (patched.has(prototype)) return;
  patched.add(prototype);
  prototype.add = () => undefined;
  prototype.addChange = () => undefined;
  prototype.addInterpreterValue = () => undefined;
  prototype.addAll = function (this: unknown) {
    return this;
  };
  prototype.exportChanges = () => [];
}
