/**
 * What a field's or section's visibility depends on: an edge `F → T` means "whether T is shown
 * depends on the answer to F" (a show/hide rule whose condition reads F targets T), and every
 * section points at its fields. A hidden field's answer reads as empty, so a cycle here is a real
 * paradox; `require` and `disable` rules never change an answer and cannot close a cycle (a pair
 * like "phone required when email empty, email required when phone empty" is fine).
 */
import type { FormDefinition } from '@tongxin/core';
import { conditionLeaves } from './conditions.js';
import { indexForm } from './model.js';

/** An edge, and the rule that made it (none for section → field). */
export type Edge = { to: string; rule?: number };
/** The visibility dependency graph; nodes in definition order (each section before its fields). */
export type Graph = { nodes: string[]; edges: Map<string, Edge[]> };

/**
 * Builds the visibility dependency graph of `def`; unknown keys are left out (the checker reports them).
 * @example visibilityGraph(opinionForm).edges.get('identity') // [{ to: 'contact', rule: 1 }]
 */
export function visibilityGraph(def: FormDefinition): Graph {
  const index = indexForm(def);
  const edges = new Map<string, Edge[]>();
  const add = (from: string, edge: Edge) => edges.get(from)?.push(edge);
  for (const { section, fields } of index.sections) {
    if (edges.has(section.key)) continue;
    edges.set(section.key, []);
    for (const key of fields) if (!edges.has(key)) edges.set(key, []);
  }
  // A field sharing its section's key is a duplicate (reported as such), not a cycle.
  for (const { section, fields } of index.sections) for (const key of fields) if (key !== section.key) add(section.key, { to: key });
  def.rules?.forEach((rule, r) => {
    if (rule.effect !== 'show' && rule.effect !== 'hide') return;
    const sources = new Set(conditionLeaves(rule.when, []).map(({ leaf }) => leaf.field));
    for (const from of sources) {
      if (!index.field.has(from)) continue;
      for (const to of rule.targets) if (edges.has(to)) add(from, { to, rule: r });
    }
  });
  return { nodes: [...edges.keys()], edges };
}

/**
 * Nodes so that every node comes after the nodes it depends on; nodes on a cycle come last,
 * in definition order (the checker rejects such definitions; this only keeps evaluation total).
 */
export function topologicalOrder(graph: Graph): string[] {
  const indegree = new Map(graph.nodes.map((n) => [n, 0]));
  for (const list of graph.edges.values()) for (const { to } of list) indegree.set(to, (indegree.get(to) ?? 0) + 1);
  const queue = graph.nodes.filter((n) => indegree.get(n) === 0);
  const done = new Set<string>();
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i] as string;
    done.add(node);
    for (const { to } of graph.edges.get(node) ?? []) {
      const left = (indegree.get(to) ?? 0) - 1;
      indegree.set(to, left);
      if (left === 0) queue.push(to);
    }
  }
  return [...queue, ...graph.nodes.filter((n) => !done.has(n))];
}

/**
 * One cycle per group of mutually dependent nodes, as keys from a node back to itself, with the
 * first rule on it.
 * @example findCycles(graph) // [{ keys: ['a', 'b', 'a'], rule: 0 }]
 */
export function findCycles(graph: Graph): { keys: string[]; rule: number | undefined }[] {
  const out: { keys: string[]; rule: number | undefined }[] = [];
  for (const component of stronglyConnected(graph)) {
    const inside = new Set(component);
    // Start where a rule leaves from (a field the condition reads), so the cycle reads naturally.
    const start =
      component.find((node) => graph.edges.get(node)?.some((e) => e.rule !== undefined && inside.has(e.to))) ?? (component[0] as string);
    // Breadth-first search inside the component for the shortest way back to the start.
    const via = new Map<string, { from: string; rule: number | undefined }>();
    const queue = [start];
    let closing: { from: string; rule: number | undefined } | undefined;
    for (let i = 0; i < queue.length && !closing; i++) {
      const node = queue[i] as string;
      for (const { to, rule } of graph.edges.get(node) ?? []) {
        if (to === start) {
          closing = { from: node, rule };
          break;
        }
        if (inside.has(to) && !via.has(to)) {
          via.set(to, { from: node, rule });
          queue.push(to);
        }
      }
    }
    if (!closing) continue; // a single node without a self-loop
    const keys = [start];
    const rules = [closing.rule];
    for (let node = closing.from; node !== start; ) {
      keys.unshift(node);
      const step = via.get(node);
      if (!step) break;
      rules.unshift(step.rule);
      node = step.from;
    }
    keys.unshift(start);
    out.push({ keys, rule: rules.find((r) => r !== undefined) });
  }
  return out;
}

/** Tarjan's strongly connected components, each listed in definition order. */
function stronglyConnected(graph: Graph): string[][] {
  const position = new Map(graph.nodes.map((n, i) => [n, i]));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node) as number);
    stack.push(node);
    onStack.add(node);
    for (const { to } of graph.edges.get(node) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node) as number, low.get(to) as number));
      } else if (onStack.has(to)) low.set(node, Math.min(low.get(node) as number, index.get(to) as number));
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let top: string | undefined;
    do {
      top = stack.pop() as string;
      onStack.delete(top);
      component.push(top);
    } while (top !== node);
    components.push(component.sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0)));
  };
  for (const node of graph.nodes) if (!index.has(node)) visit(node);
  return components.sort((a, b) => (position.get(a[0] as string) ?? 0) - (position.get(b[0] as string) ?? 0));
}
