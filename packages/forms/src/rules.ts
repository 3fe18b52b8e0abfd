/**
 * The rule engine: which fields and sections are shown, required and disabled for the current
 * answers. The plan (compiled conditions, evaluation order) is built once per definition object.
 *
 * Semantics:
 * - defaults: visible, not disabled, required as the field's `required` flag;
 * - a field or section targeted by any `show` rule is hidden unless one of those holds;
 * - show/hide rules apply in definition order (a later rule that holds wins);
 * - `require` / `disable` rules set their flag when they hold (they never clear it);
 * - a hidden or disabled section hides or disables its fields;
 * - conditions read a hidden field's answer as empty — hidden answers are never submitted, so
 *   validating the submitted value again gives the same state. Visibility is therefore computed
 *   in dependency order (see `graph.ts`); the checker rejects circular rules;
 * - `required` in the result is effective: a hidden or disabled field is never required.
 */
import type { FormDefinition } from '@tongxin/core';
import { compileCondition, type Test } from './conditions.js';
import { topologicalOrder, visibilityGraph } from './graph.js';
import { indexForm, own } from './model.js';

/** The state of one field or section. */
export type FieldState = { visible: boolean; required: boolean; disabled: boolean };
/** The state of every field and section, by key. */
export type FormState = Record<string, FieldState>;

/** One field or section, in dependency order, with what decides its visibility. */
type Node = {
  key: string;
  /** The section of a field (undefined for a section). */
  section: string | undefined;
  /** Targeted by at least one `show` rule (hidden by default). */
  showTarget: boolean;
  /** Show/hide rules targeting it, in definition order. */
  visibility: { rule: number; show: boolean }[];
};

type Plan = {
  /** Every field and section in definition order (the order of the result). */
  entries: { key: string; section: string | undefined; field: boolean; required: boolean }[];
  nodes: Node[];
  /** Compiled condition of every rule. */
  tests: Test[];
  /** Require/disable rules in definition order. */
  flags: { rule: number; require: boolean; targets: string[] }[];
};

const plans = new WeakMap<FormDefinition, Plan>();

/** Builds (once per definition) what `evaluate` needs. */
function planOf(def: FormDefinition): Plan {
  const cached = plans.get(def);
  if (cached) return cached;
  const index = indexForm(def);
  const rules = def.rules ?? [];
  const graph = visibilityGraph(def);
  const sectionOf = new Map(index.fields.map(({ field, section }) => [field.key, section]));
  const nodes = new Map<string, Node>(
    topologicalOrder(graph).map((key) => [key, { key, section: sectionOf.get(key), showTarget: false, visibility: [] }]),
  );
  const flags: Plan['flags'] = [];
  rules.forEach((rule, r) => {
    if (rule.effect === 'require' || rule.effect === 'disable') {
      flags.push({ rule: r, require: rule.effect === 'require', targets: rule.targets });
      return;
    }
    for (const target of rule.targets) {
      const node = nodes.get(target);
      if (!node) continue;
      node.showTarget ||= rule.effect === 'show';
      node.visibility.push({ rule: r, show: rule.effect === 'show' });
    }
  });
  const plan: Plan = {
    entries: graph.nodes.map((key) => {
      const field = index.field.get(key)?.field;
      const answerable = field !== undefined && field.type !== 'notice';
      return { key, section: sectionOf.get(key), field: answerable, required: answerable && field.required === true };
    }),
    nodes: [...nodes.values()],
    tests: rules.map((rule) => compileCondition(rule.when)),
    flags,
  };
  plans.set(def, plan);
  return plan;
}

/**
 * The state of every field and section of `def` for `answers`.
 * @example
 * const state = evaluate(opinionForm, { identity: 'anonymous' });
 * state.contact // { visible: false, required: false, disabled: false }
 */
export function evaluate(def: FormDefinition, answers: Record<string, unknown>): FormState {
  const plan = planOf(def);
  const visible = new Map<string, boolean>();
  const results: (boolean | undefined)[] = new Array(plan.tests.length);
  const read = (key: string) => (visible.get(key) === false ? undefined : own(answers, key));
  const holds = (rule: number) => (results[rule] ??= (plan.tests[rule] as Test)(read));

  for (const { key, section, showTarget, visibility } of plan.nodes) {
    let shown = !showTarget;
    for (const { rule, show } of visibility) if (holds(rule)) shown = show;
    visible.set(key, shown && (section === undefined || visible.get(section) !== false));
  }

  const required = new Set<string>();
  const disabled = new Set<string>();
  for (const { rule, require, targets } of plan.flags) {
    if (!holds(rule)) continue;
    for (const target of targets) (require ? required : disabled).add(target);
  }

  const state: FormState = {};
  for (const entry of plan.entries) {
    const { key, section } = entry;
    const isVisible = visible.get(key) !== false;
    const isDisabled = disabled.size > 0 && (disabled.has(key) || (section !== undefined && disabled.has(section)));
    const isRequired = entry.field && (entry.required || required.has(key)) && isVisible && !isDisabled;
    state[key] = { visible: isVisible, required: isRequired, disabled: isDisabled };
  }
  return state;
}
