// 签名: a handwritten signature drawn on a pad (touch and mouse), stored with the application as a PNG image
// with the signer's name and the time of signing — for 容缺 promises, 告知承诺 and counter confirmation.
import { msg, type FieldKind, type KindIssue } from "../types.js";

/** Largest signature image accepted, in characters of its data URL (≈ 150 KB of PNG). */
export const SIGNATURE_MAX_CHARS = 200_000;

export const signature: FieldKind = {
  name: "signature",
  label: msg("手写签名", "Signature"),
  group: "选择签名",
  elements: ["signature"],
  newSchema: () => ({
    type: "object", title: "签名", "x-kind": "signature",
    properties: { image: { type: "string", title: "签名图像" }, name: { type: "string", title: "签名人", maxLength: 50 }, signedAt: { type: "string", format: "date-time", title: "签名时间" } },
    required: ["image", "name", "signedAt"],
  }),
  check(value) {
    if (!value || typeof value !== "object") return [];
    const v = value as { image?: unknown; signedAt?: unknown };
    const out: KindIssue[] = [];
    if (typeof v.image === "string" && !/^data:image\/png;base64,[A-Za-z0-9+/=]+$/.test(v.image)) out.push({ path: ["image"], code: "image", message: msg("签名图像无效，请重新签名", "The signature image is invalid: sign again") });
    else if (typeof v.image === "string" && v.image.length > SIGNATURE_MAX_CHARS) out.push({ path: ["image"], code: "size", message: msg("签名图像过大，请清除后重新签名", "The signature image is too large: clear it and sign again") });
    if (typeof v.signedAt === "string" && Date.parse(v.signedAt) > Date.now() + 10 * 60_000) out.push({ path: ["signedAt"], code: "future", message: msg("签名时间不能晚于现在", "The signing time cannot be in the future") });
    return out;
  },
};
