// Where notifications go. The inbox is ours (a row the portal shows); SMS goes through a sender — a real gateway in
// production, here the log-only sender that records exactly what would be sent and to whom. A sender gets the
// message id as its idempotency reference, so a gateway can drop a repeat after a crash between send and commit.
import type { Logger } from "../log.js";

/** One SMS to send. */
export interface SmsMessage { id: string; phone: string; body: string }

/** Something that sends SMS; throws to have the message retried later. */
export interface SmsSender { readonly name: string; send(m: SmsMessage): Promise<{ providerRef: string }> }

/** The local sender: sends nothing; the stored message row (phone, exact text, time) is the record, and the log says so. */
export class LogOnlySmsSender implements SmsSender {
  readonly name = "log";
  constructor(private readonly log?: Logger) {}
  async send(m: SmsMessage): Promise<{ providerRef: string }> {
    this.log?.info(`sms ${m.id} to ${m.phone.slice(0, 3)}****${m.phone.slice(-4)} (log only, ${m.body.length} characters)`);
    return { providerRef: `log:${m.id}` };
  }
}

let current: SmsSender = new LogOnlySmsSender();

/** The sender in use. */
export function smsSender(): SmsSender {
  return current;
}

/** Replaces the sender (a gateway in production; a failing one in tests of retries); returns the previous one. */
export function useSmsSender(s: SmsSender): SmsSender {
  const prev = current;
  current = s;
  return prev;
}
