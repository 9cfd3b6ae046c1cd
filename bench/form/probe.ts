// In-page measurement, identical for every renderer. First render: from the entry module's start (and from
// navigation) until the frame after the page's `ready()` holds. Keystroke: a capture-phase keydown listener takes
// performance.now(); "processing" ends when the input event has been handled by everything on the page (a
// bubbling listener on window runs after React's root listener, which renders and commits a discrete update
// synchronously); "frame" ends in requestAnimationFrame → setTimeout(0), i.e. after the next frame.
export interface Sample { frame: number | null; processing: number | null }
export interface BenchState {
  firstRender: { mount: number; fromNavigation: number } | null;
  keys: Sample[];
  clicks: Sample[];
}

declare global {
  interface Window { __bench: BenchState }
}

function nextFrame(s: Sample, t: number): void {
  requestAnimationFrame(() => setTimeout(() => { s.frame = performance.now() - t; }, 0));
}

/** Installs the listeners; call first thing in a page's entry, then render; `ready` says the form is on screen. */
export function startProbe(ready: () => boolean): void {
  const t0 = performance.now();
  const state: BenchState = { firstRender: null, keys: [], clicks: [] };
  window.__bench = state;
  let current: { s: Sample; t: number } | null = null;
  addEventListener("keydown", () => {
    const t = performance.now();
    const s: Sample = { frame: null, processing: null };
    state.keys.push(s);
    current = { s, t };
    nextFrame(s, t);
  }, true);
  addEventListener("input", () => {
    if (current && current.s.processing === null) current.s.processing = performance.now() - current.t;
  }, false);
  addEventListener("click", () => {
    const t = performance.now();
    const s: Sample = { frame: null, processing: null };
    state.clicks.push(s);
    nextFrame(s, t);
  }, true);
  const check = () => {
    if (!ready()) return void requestAnimationFrame(check);
    setTimeout(() => {
      const now = performance.now();
      state.firstRender = { mount: now - t0, fromNavigation: now };
    }, 0);
  };
  requestAnimationFrame(check);
}
