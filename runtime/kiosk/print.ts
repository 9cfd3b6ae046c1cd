// Printing at the terminal: the page itself (the receipt, with print CSS that leaves out everything but it) or a
// formal document's printable A4 page, loaded in a hidden frame and printed from there — the terminal has no browser
// chrome, so nothing may open in a new tab.

/** Prints the current page (the kiosk's print CSS shows only the element marked .kiosk-printable). */
export function printPage(): void {
  window.print();
}

/** Prints a same-origin printable page (a document's /api/documents/:id/html) without leaving the screen. */
export function printUrl(url: string): Promise<void> {
  return new Promise((resolve) => {
    const frame = document.createElement("iframe");
    frame.className = "kiosk-print-frame";
    frame.setAttribute("aria-hidden", "true");
    frame.src = url;
    frame.onload = () => {
      frame.contentWindow?.print();
      setTimeout(() => { frame.remove(); resolve(); }, 1000);
    };
    document.body.appendChild(frame);
  });
}
