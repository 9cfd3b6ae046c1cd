// A signature on screen (手写签名): drawn with a finger, pen or mouse on a canvas (pointer events, so touch screens
// work), cleared and redrawn at will, handed over as a PNG data URL. Keyboard users get the clear button and a
// label; the canvas itself is a drawing surface with its own accessible name.
import { useEffect, useRef, useState } from "react";

/** Props: the accessible label, the clear button's text, and the callback with the PNG (undefined once cleared). */
export interface SignaturePadProps { label: string; clearLabel: string; onChange(png: string | undefined): void; width?: number; height?: number }

/** The signature pad. */
export function SignaturePad({ label, clearLabel, onChange, width = 480, height = 160 }: SignaturePadProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);
  const [empty, setEmpty] = useState(true);
  useEffect(() => {
    const ctx = ref.current?.getContext("2d");
    if (!ctx) return;
    ctx.fillStyle = "#fff";
    ctx.fillRect(0, 0, width, height);
    ctx.lineWidth = 2.5;
    ctx.lineCap = "round";
    ctx.strokeStyle = "#000";
  }, [width, height]);
  const point = (e: React.PointerEvent<HTMLCanvasElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    return { x: ((e.clientX - r.left) / r.width) * width, y: ((e.clientY - r.top) / r.height) * height };
  };
  const down = (e: React.PointerEvent<HTMLCanvasElement>) => {
    const ctx = e.currentTarget.getContext("2d")!;
    try { e.currentTarget.setPointerCapture(e.pointerId); } catch { /* a pointer the page did not see start: draw without capture */ }
    drawing.current = true;
    const p = point(e);
    ctx.beginPath();
    ctx.moveTo(p.x, p.y);
    ctx.lineTo(p.x + 0.1, p.y + 0.1);
    ctx.stroke();
  };
  const move = (e: React.PointerEvent<HTMLCanvasElement>) => {
    if (!drawing.current) return;
    const ctx = e.currentTarget.getContext("2d")!;
    const p = point(e);
    ctx.lineTo(p.x, p.y);
    ctx.stroke();
  };
  const up = (e: React.PointerEvent<HTMLCanvasElement>) => {
    if (!drawing.current) return;
    drawing.current = false;
    setEmpty(false);
    onChange(e.currentTarget.toDataURL("image/png"));
  };
  const clear = () => {
    const ctx = ref.current?.getContext("2d");
    if (!ctx) return;
    ctx.fillStyle = "#fff";
    ctx.fillRect(0, 0, width, height);
    setEmpty(true);
    onChange(undefined);
  };
  return (
    <div className="signature-pad">
      <canvas ref={ref} width={width} height={height} role="img" aria-label={label} data-empty={empty}
        style={{ width: "100%", maxWidth: `${width}px`, aspectRatio: `${width} / ${height}`, touchAction: "none", border: "1px solid var(--c-line)", borderRadius: "var(--radius)", background: "#fff" }}
        onPointerDown={down} onPointerMove={move} onPointerUp={up} onPointerCancel={up} onPointerLeave={up} />
      <button type="button" className="btn" onClick={clear} disabled={empty}>{clearLabel}</button>
    </div>
  );
}
