// What transfer (转办), suspension (中止) and extension (延期) ask of the person deciding: the department and person
// a task goes to and why; the legal reason for stopping the clock; how many working days to add (within what the
// node allows) and why. The server checks the same and answers with the problem's pointer.
import { SUSPEND_REASONS } from "../../spec/flow/state.js";
import { useI18n, type MessageKey } from "../shared/i18n.js";
import { useApi } from "../shared/useApi.js";

/** The inputs of the three actions as edited. */
export interface HandlingInput { department: string; assignee: string; reason: string; suspendReason: keyof typeof SUSPEND_REASONS | ""; note: string; days: string; extendReason: string }

/** Empty inputs. */
export const EMPTY_HANDLING: HandlingInput = { department: "", assignee: "", reason: "", suspendReason: "", note: "", days: "", extendReason: "" };

interface Targets { role: "clerk" | "reviewer"; departments: Array<{ id: string; name: string; nameEn: string; staff: Array<{ id: string; displayName: string }> }> }

type Set = (patch: Partial<HandlingInput>) => void;

/** The transfer target and reason. */
export function TransferFields({ taskId, value, set }: { taskId: string; value: HandlingInput; set: Set }) {
  const { t, lang } = useI18n();
  const targets = useApi<Targets>(`/api/tasks/${encodeURIComponent(taskId)}/transfer-targets`);
  const dept = targets.data?.departments.find((d) => d.id === value.department);
  const role = t(`wb.role.${targets.data?.role ?? "reviewer"}` as MessageKey);
  return (
    <fieldset className="subgroup">
      <legend>{t("wb.transfer")}</legend>
      <div className="form-grid">
        <div className="field">
          <label htmlFor="transfer-department">{t("wb.transferDept")}<span className="req" aria-hidden="true">*</span></label>
          <select id="transfer-department" value={value.department} aria-required onChange={(e) => set({ department: e.target.value, assignee: "" })}>
            <option value="">{t("widget.choose")}</option>
            {(targets.data?.departments ?? []).map((d) => <option key={d.id} value={d.id}>{lang === "en" ? d.nameEn : d.name}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="transfer-person">{t("wb.transferPerson")}</label>
          <select id="transfer-person" value={value.assignee} disabled={!dept} onChange={(e) => set({ assignee: e.target.value })}>
            <option value="">{t("wb.transferAnyone", { role })}</option>
            {(dept?.staff ?? []).map((s) => <option key={s.id} value={s.id}>{s.displayName}</option>)}
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor="transfer-reason">{t("wb.transferReason")}<span className="req" aria-hidden="true">*</span></label>
        <input id="transfer-reason" type="text" value={value.reason} maxLength={500} aria-required onChange={(e) => set({ reason: e.target.value })} />
      </div>
    </fieldset>
  );
}

/** The legal reason for suspending, and what is being done. */
export function SuspendFields({ value, set }: { value: HandlingInput; set: Set }) {
  const { t } = useI18n();
  return (
    <fieldset className="subgroup">
      <legend>{t("wb.suspend")}</legend>
      <p className="field__help">{t("wb.suspendHint")}</p>
      <div className="form-grid">
        <div className="field">
          <label htmlFor="suspend-reason">{t("wb.suspendReason")}<span className="req" aria-hidden="true">*</span></label>
          {/* no reason is chosen for the clerk: stopping a case's clock is a legal act that needs a deliberate choice */}
          <select id="suspend-reason" value={value.suspendReason} aria-required onChange={(e) => set({ suspendReason: e.target.value as HandlingInput["suspendReason"] })}>
            <option value="">{t("widget.choose")}</option>
            {Object.keys(SUSPEND_REASONS).map((r) => <option key={r} value={r}>{t(`wb.reason.${r}` as MessageKey)}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="suspend-note">{t("wb.suspendNote")}</label>
          <input id="suspend-note" type="text" value={value.note} maxLength={500} onChange={(e) => set({ note: e.target.value })} />
        </div>
      </div>
    </fieldset>
  );
}

/** The working days to add and why. */
export function ExtendFields({ max, value, set }: { max: number; value: HandlingInput; set: Set }) {
  const { t } = useI18n();
  return (
    <fieldset className="subgroup">
      <legend>{t("wb.extend")}</legend>
      <div className="form-grid">
        <div className="field">
          <label htmlFor="extend-days">{t("wb.extendDays", { max })}<span className="req" aria-hidden="true">*</span></label>
          <input id="extend-days" type="text" inputMode="numeric" value={value.days} aria-required onChange={(e) => set({ days: e.target.value.replace(/\D/g, "") })} />
        </div>
        <div className="field">
          <label htmlFor="extend-reason">{t("wb.extendReason")}<span className="req" aria-hidden="true">*</span></label>
          <input id="extend-reason" type="text" value={value.extendReason} maxLength={500} aria-required onChange={(e) => set({ extendReason: e.target.value })} />
        </div>
      </div>
    </fieldset>
  );
}

/** The request fields of a handling action, or the first problem (message key and the input to focus). */
export function handlingPayload(action: string, v: HandlingInput, max: number): { extra: Record<string, unknown> } | { problem: MessageKey; focus: string; max?: number } {
  if (action === "transfer") {
    if (!v.department) return { problem: "wb.transferDeptRequired", focus: "transfer-department" };
    if (!v.reason.trim()) return { problem: "wb.transferReasonRequired", focus: "transfer-reason" };
    return { extra: { to: { department: v.department, ...(v.assignee ? { assignee: v.assignee } : {}) }, reason: v.reason.trim() } };
  }
  if (action === "suspend") {
    if (!v.suspendReason) return { problem: "wb.suspendReasonRequired", focus: "suspend-reason" };
    if (v.suspendReason === "other" && !v.note.trim()) return { problem: "wb.suspendNoteRequired", focus: "suspend-note" };
    return { extra: { reason: v.suspendReason, ...(v.note.trim() ? { note: v.note.trim() } : {}) } };
  }
  if (action === "extend") {
    const days = Number(v.days);
    if (!Number.isInteger(days) || days < 1 || days > max) return { problem: "wb.extendDaysInvalid", focus: "extend-days", max };
    if (!v.extendReason.trim()) return { problem: "wb.extendReasonRequired", focus: "extend-reason" };
    return { extra: { days, reason: v.extendReason.trim() } };
  }
  return { extra: {} };
}
