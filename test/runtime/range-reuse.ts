/**
 * HyperFormula 3.5 links a formula to a finite range by walking every cell of the range, each
 * time a formula names it, even when the range's vertex already exists and is linked to its
 * cells (DependencyGraph.processCellDependencies). The tracker's per-row sparklines each name the
 * whole Progress block (`INDEX(Progress!$I$3:$V$1001, ROW()-1)`), so building a tracker walked
 * 14 million cells. Google Sheets has no such cost, and the runtime should not either.
 *
 * The first formula to name a range goes through HyperFormula unchanged (it creates the range's
 * vertex and links its cells); the next ones only link the existing vertex to themselves, which
 * is the edge HyperFormula would add last. What HyperFormula computes is unchanged; the runtime
 * tests (formula-engine.test.ts) prove later edits still reach every such formula.
 */
interface RangeDependency {
  start: unknown;
  end: unknown;
  isFinite(): boolean;
}

interface Vertex {
  idInGraph?: number;
}

interface DependencyGraph {
  processCellDependencies(dependencies: unknown[], endVertex: Vertex): void;
  getRange(start: unknown, end: unknown): Vertex | undefined;
  graph: { addEdge(from: number, to: number): void };
}

const isFiniteRange = (dependency: unknown): dependency is RangeDependency =>
  typeof dependency === 'object' && dependency !== null && 'start' in dependency && 'end' in dependency && typeof (dependency as RangeDependency).isFinite === 'function' && (dependency as RangeDependency).isFinite();

/** Makes `engine` (a HyperFormula instance) link formulas to ranges it already knows without walking their cells. */
export function reuseLinkedRanges(engine: unknown): void {
  const graph = (engine as { dependencyGraph: DependencyGraph }).dependencyGraph;
  const process = graph.processCellDependencies.bind(graph);
  const linked = new WeakSet<Vertex>();
  graph.processCellDependencies = (dependencies, endVertex) => {
    const fresh: unknown[] = [];
    for (const dependency of dependencies) {
      const known = isFiniteRange(dependency) ? graph.getRange(dependency.start, dependency.end) : undefined;
      if (known !== undefined && linked.has(known) && known.idInGraph !== undefined && endVertex.idInGraph !== undefined) {
        graph.graph.addEdge(known.idInGraph, endVertex.idInGraph);
      } else {
        fresh.push(dependency);
      }
    }
    process(fresh, endVertex);
    for (const dependency of fresh) {
      const vertex = isFiniteRange(dependency) ? graph.getRange(dependency.start, dependency.end) : undefined;
      if (vertex !== undefined) linked.add(vertex);
    }
  };
}
