// The shared fixture of an end-to-end test file: a real server (by default with the preferred built-in bundle
// published), one Chromium, and the page errors the pages report. Filled in beforeAll, closed in afterAll.
import { afterAll, beforeAll } from "vitest";
import type { Browser } from "playwright-core";
import type { TestServer } from "../helpers/server.js";
import { launchBrowser } from "./browser.js";
import { startWithBundle } from "./server.js";

/** What a test file gets: valid inside its tests (set by beforeAll). */
export interface E2ESuite { server: TestServer; bundleKey: string; browser: Browser; pageErrors: string[] }

/** Registers the suite's beforeAll/afterAll and returns the object they fill; why: one setup for every e2e file. */
export function e2eSuite(start: () => Promise<{ server: TestServer; bundleKey?: string }> = startWithBundle): E2ESuite {
  const suite = { pageErrors: [] as string[] } as E2ESuite;
  beforeAll(async () => {
    const started = await start();
    suite.server = started.server;
    suite.bundleKey = started.bundleKey ?? "";
    suite.browser = await launchBrowser();
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.stop();
  });
  return suite;
}
