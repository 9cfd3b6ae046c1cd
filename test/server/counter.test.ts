// The counter's pure pieces: the digest a one-time code is bound to does not depend on key order but on every
// value; draft codes use only the readable alphabet; a signature must really be a PNG; only the lead's clerks file.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { contentDigest, signatureProblems } from "../../server/counter/filing.js";
import { newDraftCode } from "../../server/counter/draft-codes.js";
import { DRAFT_CODE_ALPHABET, DRAFT_CODE_LENGTH } from "../../server/counter/store.js";
import { mayFile } from "../../server/counter/session.js";
import { tinyPdf, tinyPng } from "../helpers/files.js";
import type { User } from "../../server/store/users.js";
import type { Bundle } from "../../spec/bundle.js";

/** The same object with its keys (at every depth) in reverse order. */
function reversed(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(reversed);
  if (v && typeof v === "object") return Object.fromEntries(Object.keys(v).reverse().map((k) => [k, reversed((v as Record<string, unknown>)[k])]));
  return v;
}

describe("counter", () => {
  it("binds a code to the content, whatever the key order, and to every value in it", () => {
    fc.assert(fc.property(fc.dictionary(fc.string(), fc.jsonValue()), fc.string(), (data, extra) => {
      const content = { answers: { a: 1 }, data, materials: { attachments: [], deferred: [] } };
      expect(contentDigest(reversed(content) as typeof content)).toBe(contentDigest(content));
      const key = `k${extra}`;
      const changed = { ...content, data: { ...data, [key]: data[key] === 1 ? 2 : 1 } };
      expect(contentDigest(changed)).not.toBe(contentDigest(content));
    }));
  });

  it("makes draft codes of the readable alphabet only", () => {
    for (let i = 0; i < 500; i++) {
      const code = newDraftCode();
      expect(code).toHaveLength(DRAFT_CODE_LENGTH);
      expect([...code].every((ch) => DRAFT_CODE_ALPHABET.includes(ch))).toBe(true);
    }
    expect(DRAFT_CODE_ALPHABET).not.toMatch(/[01258BILOSZ]/);
  });

  it("accepts a PNG signature and refuses anything else", async () => {
    expect(await signatureProblems(`data:image/png;base64,${tinyPng().toString("base64")}`)).toEqual([]);
    for (const bad of ["", "data:image/png;base64,", `data:image/png;base64,${tinyPdf().toString("base64")}`, `data:image/jpeg;base64,${tinyPng().toString("base64")}`]) {
      expect((await signatureProblems(bad))[0]).toMatchObject({ pointer: "/confirmation/signature" });
    }
  });

  it("lets only clerks of the lead department file", () => {
    const spec = { lead: "samr" } as Bundle;
    const user = (roles: User["roles"], department?: string) => ({ roles, ...(department ? { department } : {}) }) as User;
    expect(mayFile(user(["clerk"], "samr"), spec)).toBe(true);
    expect(mayFile(user(["clerk"], "urban"), spec)).toBe(false);
    expect(mayFile(user(["reviewer"], "samr"), spec)).toBe(false);
    expect(mayFile(user(["clerk"]), spec)).toBe(false);
  });
});
