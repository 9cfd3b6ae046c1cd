// Preview as an applicant: the runtime's smart-form renderer, with the guide's default answers, inside a frame
// of a phone (360 px), desktop (1280 px) or kiosk (1920 px) width, scaled to fit the screen.
import { Component, useEffect, useRef, useState, type ReactNode } from "react";
import { createPortal } from "react-dom";
import { GuideSchema } from "../../spec/bundle.js";
import { SmartFormSchema } from "../../spec/bundle.js";
import { withDefaults } from "../../spec/guide.js";
import { situatedForm } from "../../spec/situated-form.js";
import { SmartFormView } from "../../runtime/shared/form/SmartFormView.js";
import type { DraftDoc } from "../state/draft-store.js";
import { translate, useI18n, type MessageKey } from "../i18n.js";

const SIZES: ReadonlyArray<{ w: number; h: number; label: MessageKey }> = [{ w: 360, h: 740, label: "ed.preview.phone" }, { w: 1280, h: 800, label: "ed.preview.desktop" }, { w: 1920, h: 1080, label: "ed.preview.kiosk" }];

class Boundary extends Component<{ children: ReactNode; resetKey: unknown }, { error?: string }> {
  override state: { error?: string } = {};
  static getDerivedStateFromError(e: Error) { return { error: e.message }; }
  override componentDidUpdate(prev: { resetKey: unknown }) { if (prev.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: undefined }); }
  override render() { return this.state.error ? <p className="alert alert--error" role="alert">{translate("ed.preview.error", { error: this.state.error })}</p> : this.props.children; }
}

/** An iframe whose body renders `children` through a portal, with the page's stylesheets copied in, so the
 *  runtime's media queries see the frame's width (a phone layout at 360 px). */
function Frame({ width, height, title, children }: { width: number; height: number; title: string; children: ReactNode }) {
  const ref = useRef<HTMLIFrameElement>(null);
  const [body, setBody] = useState<HTMLElement>();
  useEffect(() => {
    const doc = ref.current?.contentDocument;
    if (!doc) return;
    doc.open();
    doc.write(`<!doctype html><html lang="${document.documentElement.lang}"><head><meta charset="utf-8"></head><body></body></html>`);
    doc.close();
    for (const el of document.querySelectorAll('link[rel="stylesheet"], style')) doc.head.appendChild(el.cloneNode(true));
    doc.body.style.margin = "0";
    setBody(doc.body);
  }, []);
  return (
    <iframe ref={ref} title={title} style={{ width, height, border: 0, display: "block", background: "var(--c-bg)" }}>
      {body && createPortal(<main style={{ maxWidth: "none" }}>{children}</main>, body)}
    </iframe>
  );
}

/** The draft's items as far as situating the form needs them (their ids). */
const itemIds = (items: unknown): Array<{ id: string }> =>
  (Array.isArray(items) ? items : []).flatMap((it) => (typeof (it as { id?: unknown })?.id === "string" ? [{ id: (it as { id: string }).id }] : []));

/** The preview tab. */
export function PreviewTab({ doc }: { doc: DraftDoc }) {
  const { t } = useI18n();
  const [size, setSize] = useState<(typeof SIZES)[number]>(SIZES[0]!);
  const [data, setData] = useState<Record<string, unknown>>({});
  const host = useRef<HTMLDivElement>(null);
  const [avail, setAvail] = useState(1000);
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setAvail(el.clientWidth));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  const form = SmartFormSchema.safeParse(doc.form);
  const guide = GuideSchema.safeParse(doc.guide ?? {});
  const answers = guide.success ? withDefaults(guide.data, {}) : {};
  const scale = Math.min(1, (avail - 16) / (size.w + 16));
  return (
    <div ref={host}>
      <div className="row" role="group" aria-label={t("ed.preview.widths")} style={{ gap: ".5rem", marginBottom: ".75rem" }}>
        {SIZES.map((s) => (
          <button key={s.w} type="button" className={s.w === size.w ? "btn btn--primary" : "btn"} aria-pressed={s.w === size.w} onClick={() => setSize(s)}>{t(s.label)}</button>
        ))}
        <span className="muted small">{t("ed.preview.scale", { percent: Math.round(scale * 100) })}</span>
      </div>
      {!form.success ? (
        <p className="alert alert--warning">{t("ed.preview.incomplete", { problem: form.error.issues[0]?.message ?? "" })}</p>
      ) : (
        <div style={{ height: (size.h + 16) * scale, overflow: "hidden" }} data-testid="preview-frame">
          <div className="preview-frame preview-scale" style={{ width: size.w + 16, height: size.h + 16, transform: `scale(${scale})` }}>
            <Frame key={size.w} width={size.w} height={size.h} title={t("ed.preview.frame", { size: t(size.label) })}>
              <Boundary resetKey={doc.form}>
                <SmartFormView form={situatedForm({ items: itemIds(doc.items), guide: guide.success ? guide.data : { applicability: {} }, form: form.data })} answers={answers as Record<string, unknown>} data={data} onChange={setData} onSubmit={() => window.alert(t("ed.preview.valid"))} />
              </Boundary>
            </Frame>
          </div>
        </div>
      )}
    </div>
  );
}
