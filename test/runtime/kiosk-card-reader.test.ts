// The card reader's local implementation against a bridge service on loopback (as a reader vendor's runs on the
// terminal): it waits while no card lies on the reader (404), returns the read ID number and name, refuses an answer
// that is no card read, and stops waiting when aborted.
import { afterEach, describe, expect, it } from "vitest";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { bridgeCardReader, CardReaderError } from "../../runtime/kiosk/card-reader.js";

let server: Server | undefined;
afterEach(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())));

/** A bridge answering its /card requests with the given replies, then 404 forever. */
async function bridge(replies: Array<[number, unknown]>): Promise<{ url: string; calls: () => number }> {
  let n = 0;
  server = createServer((req, res) => {
    const [status, body] = req.url === "/card" ? replies[n++] ?? [404, { error: "no card" }] : [400, {}];
    res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
  });
  await new Promise<void>((ok) => server!.listen(0, "127.0.0.1", ok));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, calls: () => n };
}

describe("card reader bridge", () => {
  it("waits for a card, then returns its ID number (upper case) and name", async () => {
    const b = await bridge([[404, {}], [404, {}], [200, { idNumber: " 11010519491231002x ", name: "张三 " }]]);
    await expect(bridgeCardReader(b.url, 10).read(new AbortController().signal)).resolves.toEqual({ idNumber: "11010519491231002X", name: "张三" });
    expect(b.calls()).toBe(3);
  });

  it("refuses an answer that is not a card read, and a failing bridge", async () => {
    const b = await bridge([[200, { id: "x" }], [500, {}]]);
    await expect(bridgeCardReader(b.url, 10).read(new AbortController().signal)).rejects.toBeInstanceOf(CardReaderError);
    await expect(bridgeCardReader(b.url, 10).read(new AbortController().signal)).rejects.toThrow("card reader answered 500");
  });

  it("stops waiting when the applicant cancels", async () => {
    const b = await bridge([]);
    const stop = new AbortController();
    const reading = bridgeCardReader(b.url, 20).read(stop.signal);
    setTimeout(() => stop.abort(new Error("cancelled")), 60);
    await expect(reading).rejects.toThrow("cancelled");
  });
});
