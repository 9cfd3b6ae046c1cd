// How a case's results leave the one exit (一口出件): pick-up at the window with a pick-up code, post with the
// carrier's tracking number, or online; and the hand-over the clerk records (送达回证: who received, when, signed).
import { sql } from "drizzle-orm";
import type { Queryable } from "../db/database.js";
import type { Handover } from "../documents/types.js";
import { iso } from "../util.js";

interface Row {
  application_id: string; method: string; pickup_code: string | null; carrier: string | null; tracking_no: string | null; address: string | null;
  recipient_name: string | null; recipient_id_number: string | null; signature: string | null; handed_over_at: string | null; handed_over_by: string | null;
}

const toHandover = (r: Row): Handover => ({
  method: r.method as Handover["method"],
  ...(r.pickup_code ? { pickupCode: r.pickup_code } : {}), ...(r.carrier ? { carrier: r.carrier } : {}), ...(r.tracking_no ? { trackingNo: r.tracking_no } : {}),
  ...(r.address ? { address: r.address } : {}), ...(r.recipient_name ? { recipientName: r.recipient_name } : {}),
  ...(r.recipient_id_number ? { recipientIdNumber: r.recipient_id_number } : {}), ...(r.signature ? { signature: r.signature } : {}),
  ...(r.handed_over_at ? { handedOverAt: r.handed_over_at } : {}), ...(r.handed_over_by ? { handedOverBy: r.handed_over_by } : {}),
});

/** The hand-over record of a case, if its results are on their way. */
export async function getHandover(q: Queryable, applicationId: string): Promise<Handover | undefined> {
  const r = await q.get<Row>(sql`SELECT * FROM result_handovers WHERE application_id = ${applicationId}`);
  return r && toHandover(r);
}

/** Opens the hand-over of a case when its results are issued (once: a second call keeps the first code). */
export async function openHandover(q: Queryable, applicationId: string, method: Handover["method"], fields: { pickupCode?: string; address?: string }, now: Date): Promise<void> {
  await q.run(sql`INSERT INTO result_handovers (application_id, method, pickup_code, address, created_at, updated_at)
    VALUES (${applicationId}, ${method}, ${fields.pickupCode ?? null}, ${fields.address ?? null}, ${iso(now)}, ${iso(now)}) ON CONFLICT (application_id) DO NOTHING`);
}

/** Records the carrier and tracking number of results sent by post. */
export async function setTracking(q: Queryable, applicationId: string, carrier: string, trackingNo: string, now: Date): Promise<number> {
  return q.run(sql`UPDATE result_handovers SET carrier = ${carrier}, tracking_no = ${trackingNo}, updated_at = ${iso(now)} WHERE application_id = ${applicationId} AND handed_over_at IS NULL`);
}

/** Records the hand-over (送达): who received the results, their signature, the clerk; once. */
export async function recordHandedOver(q: Queryable, applicationId: string, h: { recipientName: string; recipientIdNumber?: string; signature?: string; by: string }, now: Date): Promise<number> {
  return q.run(sql`UPDATE result_handovers SET recipient_name = ${h.recipientName}, recipient_id_number = ${h.recipientIdNumber ?? null}, signature = ${h.signature ?? null},
    handed_over_at = ${iso(now)}, handed_over_by = ${h.by}, updated_at = ${iso(now)} WHERE application_id = ${applicationId} AND handed_over_at IS NULL`);
}
