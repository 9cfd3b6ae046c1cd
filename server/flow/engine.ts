// The server's flow engine: the spec/flow state machine (flow/machine-runner.ts), with the timers of the
// notifications it sends. A bundle cannot be published or started without a flow, so there is no other engine.
import { machineRunner } from "./machine-runner.js";
import type { FlowRunner } from "./runner.js";
import { notificationTimerHandlers } from "../notifications/timers.js";

/** The engine every route and worker runs cases on. */
export const flowEngine: FlowRunner = {
  ...machineRunner,
  timerHandlers: { ...machineRunner.timerHandlers, ...notificationTimerHandlers },
};
