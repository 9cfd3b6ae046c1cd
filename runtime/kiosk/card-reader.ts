// The ID-card reader (身份证阅读器) of a terminal, behind an interface: readers come from many vendors, and each
// ships a local bridge service on the terminal that reads the card's chip through its security module. The local
// implementation talks to such a bridge on the terminal's loopback address (configured per terminal, config.ts) with
// one vendor-neutral request: GET <bridge>/card → { idNumber, name } when a card lies on the reader, 404 when none.
// A read only fills in who it is: the one-time code still proves the person holds the account's phone.

/** What a card gives: the ID number and the name printed on it. */
export interface CardRead { idNumber: string; name: string }

/** A card reader: waits for a card until it is read or the wait is aborted. */
export interface CardReader {
  read(signal: AbortSignal): Promise<CardRead>;
}

/** The bridge answered something that is not a card read (a vendor bridge of another protocol). */
export class CardReaderError extends Error {}

const sleep = (ms: number, signal: AbortSignal) => new Promise<void>((resolve, reject) => {
  const t = setTimeout(resolve, ms);
  signal.addEventListener("abort", () => { clearTimeout(t); reject(signal.reason); }, { once: true });
});

/** The local implementation: polls the terminal's reader bridge until a card is read. */
export function bridgeCardReader(baseUrl: string, pollMs = 700): CardReader {
  return {
    async read(signal) {
      for (;;) {
        const res = await fetch(new URL("card", baseUrl), { signal, cache: "no-store" });
        if (res.ok) {
          const body = (await res.json()) as Partial<CardRead>;
          if (typeof body.idNumber !== "string" || typeof body.name !== "string") throw new CardReaderError("unexpected answer from the card reader");
          return { idNumber: body.idNumber.trim().toUpperCase(), name: body.name.trim() };
        }
        if (res.status !== 404) throw new CardReaderError(`card reader answered ${res.status}`);
        await sleep(pollMs, signal);
      }
    },
  };
}
