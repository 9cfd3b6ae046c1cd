// JSON view: the bundle draft in monaco, validated live against the bundle meta-schema (with completion).
// Valid edits reach the store (debounced); store changes (visual edits, undo) update monaco keeping the cursor;
// text that does not parse stays in monaco and never reaches the store.
import { useEffect, useRef, useState } from "react";
import type { DesignerProps } from "../state/draft-store.js";
import { BUNDLE_MODEL_URI, monaco } from "./monaco.js";
import { offsetOfPointer } from "./locate.js";
import { translate, useI18n } from "../i18n.js";

const DEBOUNCE_MS = 350;
const text = (doc: unknown) => JSON.stringify(doc, null, 2);

/** Props: DesignerProps plus a pointer to reveal. */
export default function JsonView({ doc, onChange, focus }: DesignerProps & { focus?: { pointer: string; n: number } }) {
  const { t, lang } = useI18n();
  const host = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  /** The text of the document the store holds, as last synchronised with monaco. */
  const synced = useRef<string>(text(doc));
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const [parseError, setParseError] = useState<string>();

  useEffect(() => {
    const uri = monaco.Uri.parse(BUNDLE_MODEL_URI);
    monaco.editor.getModel(uri)?.dispose();
    const model = monaco.editor.createModel(synced.current, "json", uri);
    const editor = monaco.editor.create(host.current!, {
      model, automaticLayout: true, minimap: { enabled: false }, tabSize: 2, fontSize: 14, scrollBeyondLastLine: false,
      ariaLabel: translate("ed.json.aria"), accessibilitySupport: "on", wordWrap: "off", fixedOverflowWidgets: true,
    });
    editorRef.current = editor;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const sub = model.onDidChangeContent((e) => {
      if ((e as { isFlush?: boolean }).isFlush) return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        const value = model.getValue();
        let parsed: unknown;
        try {
          parsed = JSON.parse(value);
        } catch (err) {
          setParseError((err as Error).message);
          return;
        }
        if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) {
          setParseError(translate("ed.json.notObject"));
          return;
        }
        setParseError(undefined);
        const normal = text(parsed);
        if (normal === synced.current) return;
        synced.current = normal;
        onChangeRef.current(parsed as Record<string, unknown>, translate("ed.json.undo.edit"));
      }, DEBOUNCE_MS);
    });
    return () => {
      clearTimeout(timer);
      sub.dispose();
      editor.dispose();
      model.dispose();
      editorRef.current = null;
    };
  }, []);

  // The editor's accessible name follows the interface language.
  useEffect(() => { editorRef.current?.updateOptions({ ariaLabel: translate("ed.json.aria", undefined, lang) }); }, [lang]);

  // Store → monaco: replace the text as one edit (undoable in monaco) and keep cursor and scroll.
  useEffect(() => {
    const editor = editorRef.current;
    const model = editor?.getModel();
    if (!editor || !model) return;
    const next = text(doc);
    if (next === synced.current) return;
    synced.current = next;
    const view = editor.saveViewState();
    model.pushEditOperations([], [{ range: model.getFullModelRange(), text: next }], () => null);
    if (view) editor.restoreViewState(view);
    setParseError(undefined);
  }, [doc]);

  // Reveal a problem's pointer.
  useEffect(() => {
    const editor = editorRef.current;
    const model = editor?.getModel();
    if (!focus || !editor || !model) return;
    const offset = offsetOfPointer(model.getValue(), focus.pointer);
    if (offset === undefined) return;
    const pos = model.getPositionAt(offset);
    editor.setPosition(pos);
    editor.revealPositionInCenter(pos);
    editor.focus();
  }, [focus]);

  return (
    <div>
      <p className="muted small" id="json-help">
        {t("ed.json.help")}
      </p>
      {parseError && <p className="alert alert--warning" role="status" data-testid="json-parse-error">{t("ed.json.syntaxError", { error: parseError })}</p>}
      <div ref={host} className="monaco-host" data-testid="monaco" aria-describedby="json-help" />
    </div>
  );
}
