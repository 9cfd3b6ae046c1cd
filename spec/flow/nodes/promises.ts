// 容缺 promises made at acceptance: the clerk's (容缺受理 of materials missing at the window) and the applicant's own,
// signed with the application (容缺受理承诺书). A signed promise is kept whichever way the clerk accepts the case — a
// plain 受理 does not make a missing material stop being missing — with its deadline counted from acceptance.
import { beijingDateTime } from "../../beijing-time.js";
import { beijingDateTimeEn, type Bilingual } from "../../bilingual.js";
import type { Runtime } from "../runtime.js";
import type { PromiseRecord } from "../state.js";

/** A signed promise as the server passes it: the material ("item/material") and its working days after acceptance. */
export interface SignedPromise { material: string; days: number }

/** Whether two references name the same material: "item/material" and the material id alone are the same one. */
export function sameMaterial(a: string, b: string): boolean {
  return a === b || a.endsWith(`/${b}`) || b.endsWith(`/${a}`);
}

/** Records a promise of materials by a deadline, with the timer that breaks it; why: one place for both kinds. */
export function addMaterialPromise(rt: Runtime, node: string, materials: string[], deadline: string): PromiseRecord {
  const promise: PromiseRecord = { id: rt.id("p"), kind: "materials", node, at: rt.now, materials, supplied: [], deadline, status: "pending" };
  promise.timer = rt.schedule("promise_deadline", deadline, { promise: promise.id, node }).id;
  rt.state.promises.push(promise);
  return promise;
}

/** The applicant's signed promises the clerk's own 容缺 list does not already cover, one promise per deadline (受理后
 *  N 个工作日); why: a case accepted with a plain 受理 must still wait for, remind of and check the promised material. */
export function keepSignedPromises(rt: Runtime, node: string, signed: readonly SignedPromise[] = [], covered: readonly string[] = []): PromiseRecord[] {
  const byDeadline = new Map<string, string[]>();
  for (const s of signed) {
    if (covered.some((c) => sameMaterial(c, s.material))) continue;
    const deadline = rt.addDays(rt.now, s.days);
    (byDeadline.get(deadline) ?? byDeadline.set(deadline, []).get(deadline)!).push(s.material);
  }
  return [...byDeadline].map(([deadline, materials]) => addMaterialPromise(rt, node, materials, deadline));
}

/** The promises in words: 于 12月10日 17:30 前补交：A、B；于 … / "A", "B" by 10 Dec 2026 17:30; … */
export function promiseWords(rt: Runtime, promises: readonly PromiseRecord[]): Bilingual {
  return {
    zh: promises.map((p) => `于 ${beijingDateTime(p.deadline ?? rt.now)} 前补交：${rt.materialNames(p.materials)}`).join("；"),
    en: promises.map((p) => `${rt.materialNames(p.materials, true)} by ${beijingDateTimeEn(p.deadline ?? rt.now)}`).join("; "),
  };
}

/** What the acceptance's outbox message and notice carry about its promises (the first deadline is the earliest). */
export function promiseDetails(promises: readonly PromiseRecord[]): Record<string, unknown> {
  const sorted = [...promises].sort((a, b) => (a.deadline ?? "").localeCompare(b.deadline ?? ""));
  return {
    materials: promises.flatMap((p) => p.materials),
    deadline: sorted[0]?.deadline,
    promiseId: promises[0]?.id,
    promises: promises.map((p) => ({ id: p.id, materials: p.materials, deadline: p.deadline })),
  };
}
