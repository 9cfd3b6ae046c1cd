// The terminal's on-screen keyboard (屏幕键盘): it appears under any focused text field, in digits for numbers,
// phones and ID numbers (with X for the check character), and in pinyin for Chinese — letters collect in the bar,
// a tap on a candidate types the character or word — or plain letters (ABC). Keys are large (≥ 64 px), never take
// the focus, and type through the field's own input events (editing.ts), so every form behaves as with a keyboard.
import { useEffect, useMemo, useState } from "react";
import { useI18n } from "../../shared/i18n.js";
import { candidatesFor, type Candidate } from "./candidates.js";
import { CandidateBar } from "./Candidates.js";
import { deleteBack, insertText, modeFor, PINYIN_COMMA, type Editable } from "./editing.js";
import { Key } from "./Key.js";
import { useFocusedField } from "./useFocusedField.js";
import { usePinyinTable } from "./useTable.js";

type Mode = "digits" | "pinyin" | "latin";
const LETTER_ROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];
const DIGIT_ROWS = ["123", "456", "789"];

/** The keyboard; renders nothing while no field has the focus. */
export function OnScreenKeyboard() {
  const { t } = useI18n();
  const field = useFocusedField();
  const [mode, setMode] = useState<Mode>("pinyin");
  const [letters, setLetters] = useState("");
  const [page, setPage] = useState(0);
  const [shift, setShift] = useState(false);
  useEffect(() => {
    setLetters("");
    setPage(0);
    if (field) setMode((m) => modeFor(field, m));
  }, [field]);
  const table = usePinyinTable(mode === "pinyin" && !!field);
  const candidates = useMemo(() => (table ? candidatesFor(table, letters) : []), [table, letters]);
  useEffect(() => {
    document.body.classList.toggle("kiosk--keyboard", !!field);
    return () => document.body.classList.remove("kiosk--keyboard");
  }, [field]);
  if (!field) return null;
  const target: Editable = field;
  const type = (s: string) => {
    if (!target.isConnected) return;
    if (document.activeElement !== target) target.focus({ preventScroll: true });
    insertText(target, s);
  };
  const setBuffer = (s: string) => {
    setLetters(s);
    setPage(0);
  };
  const pick = (c: Candidate) => {
    type(c.text);
    setBuffer(letters.slice(c.letters));
  };
  const letter = (ch: string) => {
    if (mode === "pinyin") return setBuffer(letters + ch);
    type(shift ? ch.toUpperCase() : ch);
    setShift(false);
  };
  const back = () => (letters ? setBuffer(letters.slice(0, -1)) : deleteBack(target));
  const space = () => {
    if (letters && candidates[0]) return pick(candidates[0]);
    type(mode === "pinyin" ? "" : " ");
  };
  const done = () => {
    if (letters) type(letters);
    setBuffer("");
    target.blur();
  };
  const modeKey = (m: Mode, face: string, label: string) => <Key id={`mode-${m}`} label={label} pressed={mode === m} onPress={() => { if (letters) type(letters); setBuffer(""); setMode(m); }}>{face}</Key>;
  return (
    <div className="osk" role="group" aria-label={t("kiosk.kbName")} onMouseDown={(e) => e.preventDefault()}>
      {mode === "pinyin" && <CandidateBar letters={letters} candidates={candidates} page={page} loading={!table} onPick={pick} onPage={setPage} />}
      {mode === "digits" ? (
        <div className="osk__pad">
          {DIGIT_ROWS.map((row) => <div className="osk__row" key={row}>{[...row].map((d) => <Key key={d} id={d} onPress={() => type(d)} />)}</div>)}
          <div className="osk__row">
            <Key id="X" label={t("kiosk.kbIdX")} onPress={() => type("X")} />
            <Key id="0" onPress={() => type("0")} />
            <Key id="backspace" label={t("kiosk.kbBack")} onPress={back}>⌫</Key>
          </div>
        </div>
      ) : (
        <div className="osk__letters-pad">
          {mode === "latin" && <div className="osk__row">{[..."1234567890"].map((d) => <Key key={d} id={d} onPress={() => type(d)} />)}</div>}
          {LETTER_ROWS.map((row, i) => (
            <div className="osk__row" key={row}>
              {i === 2 && mode === "latin" && <Key id="shift" label={t("kiosk.kbShift")} pressed={shift} wide={1.5} onPress={() => setShift((s) => !s)}>⇧</Key>}
              {[...row].map((ch) => <Key key={ch} id={ch} onPress={() => letter(ch)}>{shift ? ch.toUpperCase() : ch}</Key>)}
              {i === 2 && <Key id="backspace" label={t("kiosk.kbBack")} wide={1.5} onPress={back}>⌫</Key>}
            </div>
          ))}
        </div>
      )}
      <div className="osk__row osk__row--bottom">
        {modeKey("digits", "123", t("kiosk.kbDigits"))}
        {modeKey("pinyin", t("kiosk.kbPinyinFace"), t("kiosk.kbPinyin"))}
        {modeKey("latin", "ABC", t("kiosk.kbLatin"))}
        {mode !== "digits" && <Key id="space" label={t("kiosk.kbSpace")} wide={4} onPress={space}>{t("kiosk.kbSpace")}</Key>}
        {mode === "pinyin" && <Key id="comma" label={t("kiosk.kbComma")} onPress={() => type(PINYIN_COMMA)}>{PINYIN_COMMA}</Key>}
        {mode === "digits" && <Key id="dot" label="." onPress={() => type(".")}>.</Key>}
        {mode !== "pinyin" && <Key id="dash" label="-" onPress={() => type("-")}>-</Key>}
        <Key id="done" label={t("kiosk.kbDone")} wide={2} onPress={done}>{t("kiosk.kbDone")}</Key>
      </div>
    </div>
  );
}
