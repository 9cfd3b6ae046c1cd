// Which field the on-screen keyboard types into: the editable element that has the focus (a tap on a field gives
// it), kept while keys are pressed (they never take the focus) and dropped when the focus goes anywhere else. The
// field's own keyboard hint is kept aside and the device's keyboard is told to stay away (inputmode=none).
import { useEffect, useState } from "react";
import { isEditable, type Editable } from "./editing.js";

/** The focused editable field, or undefined. */
export function useFocusedField(): Editable | undefined {
  const [field, setField] = useState<Editable>();
  useEffect(() => {
    const onIn = (e: FocusEvent) => {
      const el = e.target as Element | null;
      if (!isEditable(el)) return;
      if (!el.hasAttribute("data-kiosk-mode")) el.setAttribute("data-kiosk-mode", el.inputMode || "");
      el.inputMode = "none";
      setField(el);
      requestAnimationFrame(() => el.scrollIntoView({ block: "center", behavior: "smooth" }));
    };
    const onOut = () => setTimeout(() => {
      if (!isEditable(document.activeElement)) setField(undefined);
    }, 0);
    document.addEventListener("focusin", onIn);
    document.addEventListener("focusout", onOut);
    return () => {
      document.removeEventListener("focusin", onIn);
      document.removeEventListener("focusout", onOut);
    };
  }, []);
  return field;
}
