// Who is calling and over what, behind reverse proxies: X-Forwarded-For and X-Forwarded-Proto are believed only as
// far as the configured proxies appended them (the client can write anything to the left of that), and only when
// the socket's peer is one of the configured proxy addresses (when listed). Without trust, the socket decides.
import type { Context } from "hono";
import { getConnInfo } from "@hono/node-server/conninfo";
import type { ProxyTrust } from "../config.js";

function socketAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? "unknown";
  } catch {
    return "unknown";
  }
}

const plain = (a: string) => a.replace(/^::ffff:/, "");

/** Whether forwarded headers of this request may be believed at all. */
function fromTrustedProxy(c: Context, trust: ProxyTrust): boolean {
  if (trust.hops < 1) return false;
  return !trust.addresses.length || trust.addresses.map(plain).includes(plain(socketAddress(c)));
}

/** The caller's address: the entry `hops` from the right of X-Forwarded-For (the one our nearest trusted proxy saw). */
export function clientAddress(c: Context, trust: ProxyTrust): string {
  const socket = socketAddress(c);
  if (!fromTrustedProxy(c, trust)) return socket;
  const chain = (c.req.header("x-forwarded-for") ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  if (!chain.length) return socket;
  return chain[Math.max(0, chain.length - trust.hops)]!.slice(0, 64);
}

/** Whether the request reached us over TLS: the URL's scheme, or the trusted proxy's X-Forwarded-Proto. */
export function overTls(c: Context, trust: ProxyTrust): boolean {
  if (new URL(c.req.url).protocol === "https:") return true;
  if (!fromTrustedProxy(c, trust)) return false;
  const protos = (c.req.header("x-forwarded-proto") ?? "").split(",").map((s) => s.trim().toLowerCase()).filter(Boolean);
  return protos.length > 0 && protos[Math.max(0, protos.length - trust.hops)] === "https";
}
