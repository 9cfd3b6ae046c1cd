// Webhook targets must not turn the server into a door to its own network: loopback, private, link-local,
// carrier-grade NAT, multicast and reserved addresses are refused — by literal address and by what a name resolves
// to, checked when the subscription is made and again before every delivery (a name may be re-pointed) — unless
// the operator allows the host or network (YIJIAN_WEBHOOK_ALLOW: "cases.dept.gov.cn,10.20.0.0/16").
import { BlockList, isIP } from "node:net";
import { lookup } from "node:dns/promises";
import { say, type Bilingual } from "../messages.js";

const internal = new BlockList();
for (const [net, bits] of [["0.0.0.0", 8], ["10.0.0.0", 8], ["100.64.0.0", 10], ["127.0.0.0", 8], ["169.254.0.0", 16], ["172.16.0.0", 12], ["192.0.0.0", 24], ["192.168.0.0", 16], ["198.18.0.0", 15], ["224.0.0.0", 4], ["240.0.0.0", 4]] as const) internal.addSubnet(net, bits, "ipv4");
for (const [net, bits] of [["::", 128], ["::1", 128], ["fc00::", 7], ["fe80::", 10], ["ff00::", 8], ["64:ff9b::", 96]] as const) internal.addSubnet(net, bits, "ipv6");

/** Whether an address is loopback / private / link-local / reserved (IPv4-mapped IPv6 included). */
export function isInternalAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  const a = mapped ?? address;
  const family = isIP(a);
  if (!family) return true;
  return internal.check(a, family === 4 ? "ipv4" : "ipv6");
}

function allowed(host: string, address: string, allow: string[]): boolean {
  for (const entry of allow) {
    if (entry.toLowerCase() === host.toLowerCase() || entry === address) return true;
    const [net, bits] = entry.split("/");
    const family = net ? isIP(net) : 0;
    if (family && bits !== undefined && isIP(address) === family) {
      const list = new BlockList();
      list.addSubnet(net!, Number(bits), family === 4 ? "ipv4" : "ipv6");
      if (list.check(address, family === 4 ? "ipv4" : "ipv6")) return true;
    }
  }
  return false;
}

/** Why a webhook URL may not be used (undefined when it may): its host or an address it resolves to is internal. */
export async function webhookTargetProblem(url: string, allow: string[]): Promise<Bilingual | undefined> {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return say("不是合法的网址", "This is not a valid URL");
  }
  if (u.protocol !== "http:" && u.protocol !== "https:") return say("只支持 http 或 https 网址", "Only http and https URLs are supported");
  if (u.username || u.password) return say("网址中不能包含用户名或密码", "The URL cannot contain a username or password");
  const host = u.hostname.replace(/^\[|\]$/g, "");
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);
  } catch {
    return say(`无法解析主机 ${host}`, `The host ${host} does not resolve`);
  }
  const bad = addresses.find((a) => isInternalAddress(a) && !allowed(host, a, allow));
  return bad ? say(`目标 ${host} 指向内部地址 ${bad}，未在 YIJIAN_WEBHOOK_ALLOW 中允许`, `The target ${host} points to the internal address ${bad}, which YIJIAN_WEBHOOK_ALLOW does not allow`) : undefined;
}
