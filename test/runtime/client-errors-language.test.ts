// Issue 14: the web apps' own errors (no server answer to carry a message) are in one language — the user's.
import { afterEach, describe, expect, it, vi } from "vitest";
import { api, networkError } from "../../runtime/shared/api.js";
import { uploadFile } from "../../runtime/shared/upload.js";
import { streamImport } from "../../editor/catalogue/io/import-client.js";

const offline = () => vi.stubGlobal("fetch", () => Promise.reject(new TypeError("Failed to fetch")));

describe("client-side errors in the user's language (issue 14)", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("a request that never reaches the server says so in Chinese by default, in English when asked", async () => {
    offline();
    await expect(api("GET", "/api/things")).rejects.toMatchObject({ status: 0, code: "network", message: "无法连接服务器，请检查网络后重试" });
    await expect(uploadFile("/api/upload", new File(["x"], "a.pdf", { type: "application/pdf" }))).rejects.toMatchObject({ code: "network", message: "无法连接服务器，请检查网络后重试" });
    expect(networkError("en").message).toBe("Cannot reach the server; check the network and try again");
  });

  it("the streamed catalogue import answers in the language it was called with", async () => {
    offline();
    const out = await streamImport(new Blob(["x"]), { dryRun: true, validOnly: false }, "en", () => {});
    expect(out).toMatchObject({ ok: false, error: { code: "network", message: "Cannot reach the server; check the network and try again" } });
    vi.stubGlobal("fetch", () => Promise.resolve(new Response("", { status: 200, headers: { "Content-Type": "application/x-ndjson" } })));
    const cut = await streamImport(new Blob(["x"]), { dryRun: true, validOnly: false }, "zh-CN", () => {});
    expect(cut).toMatchObject({ ok: false, error: { code: "bad_response", message: "服务器的回答不完整：导入可能已中断，请查看事项清单后重试" } });
  });

  it("an unreadable successful answer names its status", async () => {
    vi.stubGlobal("fetch", () => Promise.resolve(new Response("<html>", { status: 200 })));
    await expect(api("GET", "/api/things")).rejects.toMatchObject({ code: "bad_response", message: "服务器返回了无法读取的内容（200）" });
  });
});
