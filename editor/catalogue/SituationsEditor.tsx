// The situations (情形) of an item draft, editable by the owning department's staff: add, open one to edit, reorder
// and delete; each row says how many of the server's problems concern it, and a problem's pointer opens its
// situation and focuses the field (the draft editor lists the problems).
import { useEffect, useState } from "react";
import type { ShownProblem } from "../workspace/problems.js";
import { itemMaterialsOf, type SituationInput } from "../../spec/catalogue/situation.js";
import { useI18n } from "../i18n.js";
import { problemsUnder } from "../workspace/problems.js";
import { SituationEditor } from "./SituationEditor.js";
import { situationFieldId } from "./SituationField.js";
import type { Json } from "../../spec/common.js";

const arr = <T,>(v: unknown): T[] => (Array.isArray(v) ? (v as T[]) : []);

/** A situation id not used yet by the item's situations. */
function freshId(list: SituationInput[]): string {
  const used = new Set(list.map((s) => s.id));
  let n = list.length + 1;
  while (used.has(`s${n}`)) n++;
  return `s${n}`;
}

/** Props: the item draft, the problems (pointers under `base`), a problem to focus and the setter of the situations. */
export function SituationsEditor({ item, base, problems, focus, onChange }: {
  item: Json; base: string; problems: ShownProblem[]; focus?: { pointer: string; n: number }; onChange(next: SituationInput[]): void;
}) {
  const { t } = useI18n();
  const list = arr<SituationInput>(item.situations);
  const [open, setOpen] = useState<number>();
  const at = `${base}/situations`;
  useEffect(() => {
    if (!focus?.pointer.startsWith(`${at}/`)) return;
    const [index, key] = focus.pointer.slice(at.length + 1).split("/");
    const i = Number(index);
    if (!Number.isInteger(i)) return;
    setOpen(i);
    setTimeout(() => (document.getElementById(situationFieldId(i, key ?? "title")) ?? document.getElementById(situationFieldId(i, "title")))?.focus(), 0);
  }, [focus, at]);
  const name = (s: SituationInput) => s.title?.trim() || t("ed.situation.untitled");
  const move = (i: number, d: number) => {
    const next = [...list];
    const [x] = next.splice(i, 1);
    next.splice(i + d, 0, x!);
    onChange(next);
    if (open === i) setOpen(i + d);
    else if (open === i + d) setOpen(i);
  };
  const remove = (i: number) => {
    if (!window.confirm(t("ed.situation.removeConfirm", { title: name(list[i]!) }))) return;
    onChange(list.filter((_, j) => j !== i));
    setOpen(open === i ? undefined : open !== undefined && open > i ? open - 1 : open);
  };
  const add = () => {
    onChange([...list, { id: freshId(list), title: "", materials: [] }]);
    setOpen(list.length);
    setTimeout(() => document.getElementById(situationFieldId(list.length, "title"))?.focus(), 0);
  };
  const itemMaterials = arr<{ id: string }>(item.materials);
  return (
    <section className="cat-sits" aria-labelledby="cat-sits-head" data-testid="situations-editor">
      <h3 id="cat-sits-head">{t("ed.situation.heading", { n: list.length })}</h3>
      <p className="small muted">{list.length ? t("ed.situation.intro") : t("ed.situation.none")}</p>
      <ol className="cat-sits__list" aria-label={t("ed.situation.list")}>
        {list.map((s, i) => {
          const n = problemsUnder(problems, `${at}/${i}`);
          const title = name(s);
          const promise = s.promise_day ?? (typeof item.promise_day === "number" ? item.promise_day : "—");
          return (
            <li key={i} className="cat-sits__item" data-testid={`situation-${i}`}>
              <div className="cat-sits__head">
                <button type="button" className="linklike cat-sits__title" aria-expanded={open === i} aria-controls={`sit-${i}-panel`}
                  aria-label={t(open === i ? "ed.situation.close" : "ed.situation.edit", { title })} onClick={() => setOpen(open === i ? undefined : i)}>
                  <span aria-hidden="true">{open === i ? "▾" : "▸"}</span> {title}
                </button>
                <span className="small muted">{t("ed.situation.summary", { materials: itemMaterialsOf(itemMaterials, s).length + arr(s.materials).length, promise })}</span>
                {n > 0 && <span className="badge badge--overdue">{n === 1 ? t("ed.situation.problemOne") : t("ed.situation.problems", { n })}</span>}
                <span className="cat-sits__tools">
                  <button type="button" className="btn btn--small" disabled={i === 0} onClick={() => move(i, -1)} aria-label={t("ed.situation.moveUp", { title })}>↑</button>
                  <button type="button" className="btn btn--small" disabled={i === list.length - 1} onClick={() => move(i, 1)} aria-label={t("ed.situation.moveDown", { title })}>↓</button>
                  <button type="button" className="btn btn--small btn--danger" onClick={() => remove(i)} aria-label={t("ed.situation.remove", { title })}>×</button>
                </span>
              </div>
              {open === i && (
                <div id={`sit-${i}-panel`}>
                  <SituationEditor situation={s} index={i} item={item} pointer={`${at}/${i}`} problems={problems}
                    onChange={(next) => onChange(list.map((x, j) => (j === i ? next : x)))} />
                </div>
              )}
            </li>
          );
        })}
      </ol>
      <button type="button" className="btn" onClick={add}>+ {t("ed.situation.add")}</button>
    </section>
  );
}
