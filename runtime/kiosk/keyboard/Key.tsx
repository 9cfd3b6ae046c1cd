// One key of the on-screen keyboard: a large touch target that never takes the focus from the field being typed
// into (the mouse-down a tap produces is cancelled, so the field keeps its caret).
import type { ReactNode } from "react";

/** A key; `id` names it for tests and assistive technology when its face is a symbol. */
export function Key({ id, label, wide, pressed, onPress, children }: { id: string; label?: string; wide?: number; pressed?: boolean; onPress: () => void; children?: ReactNode }) {
  return (
    <button type="button" className="osk__key" data-key={id} aria-label={label} aria-pressed={pressed}
      style={wide ? { flexGrow: wide } : undefined} onMouseDown={(e) => e.preventDefault()} onClick={onPress}>
      {children ?? id}
    </button>
  );
}
