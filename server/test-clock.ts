// A TEST-ONLY clock: end-to-end tests run the real server as a child process and need time to pass (a 容缺
// deadline of days). With NODE_ENV=test and YIJIAN_TEST_CLOCK_OFFSET_FILE set, the server's clock is the system
// time plus the milliseconds written in that file (re-read on every call, so a test moves time while the server
// runs). Outside NODE_ENV=test the variable makes the server refuse to start, so production cannot enable it.
import { readFileSync } from "node:fs";
import type { Clock } from "./util.js";

/** The offset clock when the test-only variable is set, else undefined. */
export function testClockFromEnv(env: NodeJS.ProcessEnv = process.env): Clock | undefined {
  const file = env.YIJIAN_TEST_CLOCK_OFFSET_FILE;
  if (!file) return undefined;
  if (env.NODE_ENV !== "test") throw new Error("YIJIAN_TEST_CLOCK_OFFSET_FILE is for tests only and requires NODE_ENV=test; unset it");
  const offset = () => {
    try {
      const n = Number(readFileSync(file, "utf8").trim() || "0");
      return Number.isFinite(n) ? n : 0;
    } catch {
      return 0;
    }
  };
  return { now: () => new Date(Date.now() + offset()) };
}
