// Task and timer ids cannot be derived from the case id, on both dialects: a new case's ids carry a keyed MAC, the
// ids a clerk could guess from the case id are not found, and everything keyed on an id still works — acting on the
// task, a second activation after a correction (its own unique activation), and the timers fired by their id.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { DIALECTS } from "../helpers/db.js";
import { startPublished, type ApiServer, type Client } from "../helpers/api.js";
import { VALID_DATA } from "../fixtures/bundle.js";
import { flowBundle } from "../fixtures/flow.js";
import { caseObjectId, seqOfId } from "../../spec/flow/ids.js";

describe.each(DIALECTS)("unguessable task and timer ids on %s", (dialect) => {
  let api: ApiServer;
  let applicant: Client;
  let clerk: Client;
  beforeAll(async () => {
    ({ api, applicant, clerk } = await startPublished(dialect, flowBundle("ids-shop")));
  });
  afterAll(() => api?.stop());

  const tasksOf = (id: string) => api.tdb.db.all<{ id: string; activation: number; status: string }>(sql`SELECT id, activation, status FROM tasks WHERE application_id = ${id} ORDER BY created_at, id`);
  const timersOf = (id: string) => api.tdb.db.all<{ dedupe_key: string }>(sql`SELECT t.dedupe_key FROM timers t JOIN flow_instances i ON i.id = t.instance_id WHERE i.application_id = ${id}`);

  it("gives tasks and timers ids nobody can derive from the case id, and everything keyed on them still works", async () => {
    const sub = await applicant.post("/api/applications", { bundleKey: "ids-shop", version: 1, answers: {}, data: VALID_DATA });
    const id = sub.body.id as string;
    const [first] = await tasksOf(id);
    const timers = await timersOf(id);
    expect(timers.length).toBeGreaterThan(0);
    for (const x of [first!.id, ...timers.map((t) => t.dedupe_key)]) {
      // the case id, a position and a keyed MAC: only the MAC makes it, and it cannot be computed without the key
      expect(x).toMatch(new RegExp(`^${id}-[a-z]+\\d+-[0-9a-f]{24}$`));
    }
    // what a clerk could try from the case id alone is not there
    for (let n = 1; n <= 40; n++) {
      const guess = await clerk.post(`/api/tasks/${encodeURIComponent(`${id}-t${n}`)}/complete`, { action: "accept" });
      expect(guess.status, `${id}-t${n}`).toBe(404);
    }
    // two cases' ids for the same position differ (each case has its own key)
    const other = (await applicant.post("/api/applications", { bundleKey: "ids-shop", version: 1, answers: {}, data: VALID_DATA })).body.id as string;
    const [otherFirst] = await tasksOf(other);
    expect(seqOfId(otherFirst!.id)).toBe(seqOfId(first!.id));
    expect(otherFirst!.id).not.toBe(first!.id);

    // the real id works; a correction round creates a second activation with its own number
    const ret = await clerk.post(`/api/tasks/${first!.id}/complete`, { action: "return_for_correction", deficiencies: [{ kind: "field", ref: "/area", label: "经营面积", reason: "请核对" }] });
    expect(ret.status, JSON.stringify(ret.body)).toBe(200);
    expect((await applicant.post(`/api/applications/${id}/events`, { type: "applicant_corrected", data: { ...VALID_DATA, area: 60 } })).status).toBe(200);
    const tasks = await tasksOf(id);
    expect(tasks).toHaveLength(2);
    expect(Number(tasks[1]!.activation)).toBeGreaterThan(Number(tasks[0]!.activation));
    expect(Number(tasks[1]!.activation)).toBe(seqOfId(tasks[1]!.id));
    expect((await clerk.post(`/api/tasks/${tasks[1]!.id}/complete`, { action: "accept" })).status).toBe(200);
  });

  it("reads the sequence of both id forms (cases started before keyed ids keep theirs)", () => {
    expect(caseObjectId("case1", "t", 5)).toBe("case1-t5");
    expect(seqOfId("case1-t5")).toBe(5);
    const keyed = caseObjectId("case1", "t", 12, "00".repeat(16));
    expect(keyed).toMatch(/^case1-t12-[0-9a-f]{24}$/);
    expect(seqOfId(keyed)).toBe(12);
    expect(caseObjectId("case1", "t", 12, "11".repeat(16))).not.toBe(keyed);
  });
});
