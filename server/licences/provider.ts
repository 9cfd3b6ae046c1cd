// E-licences (电子证照) the government already holds, used to prefill forms (免证办). The provider interface is the
// boundary to the national/provincial licence platform, which cannot run here; the local implementation reads the
// licences table (seeded for the demo accounts, loadable by an operator).
import { sql } from "drizzle-orm";
import type { Queryable } from "../db/database.js";
import { fromJson } from "../util.js";

/** One licence of a holder (a person's ID number or a company's USCC). */
export interface Licence { holderId: string; type: string; title: string; fields: Record<string, unknown>; issuedAt: string }

/** Where licences come from. */
export interface LicenceProvider {
  /** The holder's licence of a type, if any. */
  find(holderId: string, type: string): Promise<Licence | undefined>;
}

/** The local provider over the licences table. */
export function dbLicenceProvider(q: Queryable): LicenceProvider {
  return {
    async find(holderId, type) {
      const r = await q.get<{ holder_id: string; type: string; title: string; fields: string; issued_at: string }>(
        sql`SELECT * FROM licences WHERE holder_id = ${holderId} AND type = ${type}`,
      );
      return r && { holderId: r.holder_id, type: r.type, title: r.title, fields: fromJson(r.fields), issuedAt: r.issued_at };
    },
  };
}
