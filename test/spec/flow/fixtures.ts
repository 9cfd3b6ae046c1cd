// Shared fixtures for the flow tests: the 企业开办 template flow, a tiny flow builder, staff actors and a
// helper that applies an event and fails the test with the machine's own message when it is refused.
import { readFileSync } from "node:fs";
import { expect } from "vitest";
import { createCase, prepareDefinition, transition, type Effect, type FlowDefinition, type FlowEventInput, type FlowState } from "../../../spec/flow/index.js";

/** Department ids of the registry. */
export const DEPARTMENTS = (JSON.parse(readFileSync(new URL("../../../templates/departments.json", import.meta.url), "utf8")) as { departments: Array<{ id: string }> }).departments.map((d) => d.id);

/** Department names of the registry by id (for steps named by their department: 部门审批（税务局）). */
export const DEPARTMENT_NAMES = Object.fromEntries((JSON.parse(readFileSync(new URL("../../../templates/departments.json", import.meta.url), "utf8")) as { departments: Array<{ id: string; name: string; nameEn: string }> }).departments.map((d) => [d.id, { zh: d.name, en: d.nameEn }]));

/** The raw 企业开办 flow document. */
export function qiyeFlow(): Record<string, any> {
  return JSON.parse(readFileSync(new URL("../../../templates/qiye-kaiban/flow.json", import.meta.url), "utf8"));
}

/** Guide answers of the 企业开办 template under which every parallel branch has work. */
export const ALL_BRANCHES = { needseal: true, hireemployees: true, bankaccount: true };

/** Monday 23 Nov 2026, 10:00 in Beijing. */
export const T0 = "2026-11-23T02:00:00.000Z";

/** A staff member of a department. */
export const staff = (department: string, role: "clerk" | "reviewer" = "reviewer", id = `${department}-${role}`) => ({ id, department, roles: [role] });
export const applicant = { id: "zhang-san" };

type NodeSpec = [id: string, type: string, data?: Record<string, unknown>];
type EdgeSpec = [source: string, target: string, data?: Record<string, unknown>];

/** Builds a flow document from short node and edge lists (positions laid out left to right). */
export function flowOf(nodes: NodeSpec[], edges: EdgeSpec[], caseLimit: Record<string, number> | null = { statutoryDays: 20, promisedDays: 10 }): Record<string, any> {
  return {
    schemaVersion: 1,
    ...(caseLimit ? { caseLimit } : {}),
    nodes: nodes.map(([id, type, data], i) => ({ id, type, position: { x: i * 150, y: 0 }, data: data ?? {} })),
    edges: edges.map(([source, target, data], i) => ({ id: `e${i}-${source}-${target}`, source, target, ...(data ? { data } : {}) })),
  };
}

/** A review node's data with limits. */
export const review = (department: string, extra: Record<string, unknown> = {}) => ({ department, statutoryDays: 5, promisedDays: 2, ...extra });

/** A case driven through the machine, with every effect kept. */
export class Case {
  state: FlowState;
  effects: Effect[] = [];
  constructor(readonly def: FlowDefinition, id = "c1") {
    this.state = createCase(def, id);
  }
  static of(flow: unknown, version = 1): Case {
    return new Case(prepareDefinition(flow, { version }));
  }
  /** Applies an event that must be accepted; returns its effects. */
  do(event: FlowEventInput, now: string): Effect[] {
    const r = transition(this.def, this.state, event, now);
    if (!r.ok) expect.fail(`${event.type} refused: ${r.error.code} ${r.error.message} (allowed: ${r.error.allowed.join(", ")})`);
    this.state = r.state;
    this.effects.push(...r.effects);
    return r.effects;
  }
  /** Applies an event that must be refused; returns the error. */
  refuse(event: FlowEventInput, now: string) {
    const r = transition(this.def, this.state, event, now);
    if (r.ok) expect.fail(`${event.type} was accepted but should be refused`);
    return r.error;
  }
  open(node?: string) {
    return Object.values(this.state.tasks).filter((t) => t.status === "open" && (!node || t.node === node));
  }
  task(node: string) {
    const t = this.open(node)[0];
    if (!t) expect.fail(`no open task at ${node}; open: ${this.open().map((x) => x.node).join(", ")}`);
    return t;
  }
  timers(kind?: string, node?: string) {
    return Object.values(this.state.timers).filter((t) => (!kind || t.kind === kind) && (!node || t.node === node));
  }
  topics() {
    return this.effects.flatMap((e) => (e.type === "outbox" ? [e.topic] : []));
  }
}
