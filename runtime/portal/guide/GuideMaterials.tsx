// The materials table of a service guide (申请材料): name, form, necessity, number of copies, source, notes, the
// blank form and sample each material's department uploaded (下载空白表格 / 下载示例; on paper, a note that they can be
// downloaded), and for the application form without uploads the printable blank form and sample made from the form.
import { deferrableNecessity } from "../../../spec/material-rules.js";
import type { Material } from "../../../spec/item.js";
import { useI18n } from "../../shared/i18n.js";
import { href } from "../../shared/router.js";
import { codeLabel } from "../../shared/codes.js";
import { materialFileUrl } from "../../../spec/catalogue/material-files.js";
import { fileSize, typeLabel } from "../../../spec/files.js";

/** Whether a material is the item's application form itself (申请书 / 申请表 / 登记表 / 申报表), which gets the downloads. */
export function isApplicationForm(m: Pick<Material, "material_name">): boolean {
  return /申请(书|表)|登记表|申报表|报告书/.test(m.material_name);
}

/** Links to the printable blank form and (when the form carries examples) the filled-in sample. */
export function FormDownloads({ itemId, hasSample }: { itemId: string; hasSample: boolean }) {
  const { t } = useI18n();
  const path = `/items/${encodeURIComponent(itemId)}/form`;
  return (
    <span className="guide-downloads">
      <a href={href(path)}>{t("ig.blankForm")}</a>
      {hasSample && <> · <a href={href(path, { sample: "1" })}>{t("ig.sampleForm")}</a></>}
    </span>
  );
}

/** The uploaded blank form and sample of a material: download links on screen, a note on paper (which cannot download). */
function MaterialFileLinks({ m, itemId, version }: { m: Material; itemId: string; version: number }) {
  const { t } = useI18n();
  const { blank_form: blank, sample_form: sample } = m;
  if (!blank && !sample) return null;
  const about = (f: NonNullable<Material["blank_form"]>) => ({ name: m.material_name, type: typeLabel(f.mime), size: fileSize(f.size) });
  return (
    <>
      <span className="guide-downloads guide-file-links">
        {blank && <a href={materialFileUrl(itemId, version, blank.sha256)} download={blank.name} aria-label={t("ig.m.downloadBlankOf", about(blank))}>{t("ig.m.downloadBlank")}</a>}
        {sample && <a href={materialFileUrl(itemId, version, sample.sha256)} download={sample.name} aria-label={t("ig.m.downloadSampleOf", about(sample))}>{t("ig.m.downloadSample")}</a>}
      </span>
      <span className="guide-print-only">{t(blank && sample ? "ig.m.printBoth" : blank ? "ig.m.printBlank" : "ig.m.printSample")}</span>
    </>
  );
}

function Copies({ m }: { m: Material }) {
  const { t } = useI18n();
  if (!m.originals && !m.copies) return <>{t("ig.m.noPaper")}</>;
  return (
    <>
      {m.originals > 0 && <span className="guide-note-line">{t("ig.m.originals", { n: m.originals })}</span>}
      {m.copies > 0 && <span className="guide-note-line">{t("ig.m.copiesN", { n: m.copies })}</span>}
    </>
  );
}

function Notes({ m }: { m: Material }) {
  const { t } = useI18n();
  const lines = [
    m.source_type === "20" && m.licence_type ? t("ig.m.held") : "",
    deferrableNecessity(m.necessity) && m.deferral_days ? t("ig.m.deferral", { n: m.deferral_days }) : "",
    m.handle_case !== undefined ? t("ig.m.conditional") : "",
    m.paper_size ? t("ig.m.paper", { size: m.paper_size }) : "",
    m.notes ?? "",
  ].filter(Boolean);
  return <>{lines.map((l, i) => <span key={i} className="guide-note-line">{l}</span>)}</>;
}

/** Props: the materials, the item and version (for the downloads) and whether its form has a blank form / a sample. */
export function GuideMaterials({ materials, itemId, version, form }: { materials: Material[]; itemId: string; version: number; form: { blank: boolean; sample: boolean } }) {
  const { t } = useI18n();
  const uploaded = (m: Material) => !!(m.blank_form || m.sample_form);
  const formRow = form.blank ? materials.findIndex(isApplicationForm) : -1;
  const generatedRow = formRow >= 0 && uploaded(materials[formRow]!) ? -2 : formRow;
  return (
    <section className="guide-section" aria-labelledby="g-materials">
      <h2 id="g-materials">{t("ig.materials")}</h2>
      {form.blank && formRow === -1 && <p>{t("ig.m.download")}{t("common.labelSeparator")}<FormDownloads itemId={itemId} hasSample={form.sample} /></p>}
      {materials.length === 0 ? <p>{t("ig.noMaterials")}</p> : (
        <table className="table table--stack guide-table">
          <thead>
            <tr>
              <th scope="col" className="guide-col-no">#</th><th scope="col">{t("ig.m.name")}</th><th scope="col">{t("ig.m.form")}</th><th scope="col">{t("ig.m.necessity")}</th>
              <th scope="col">{t("ig.m.copies")}</th><th scope="col">{t("ig.m.source")}</th><th scope="col">{t("ig.m.notes")}</th>
            </tr>
          </thead>
          <tbody>
            {materials.map((m, i) => (
              <tr key={m.id}>
                <td data-label="#" className="guide-col-no">{i + 1}</td>
                <td data-label={t("ig.m.name")}>
                  {m.material_name}
                  {i === generatedRow && <><br /><FormDownloads itemId={itemId} hasSample={form.sample} /></>}
                  <MaterialFileLinks m={m} itemId={itemId} version={version} />
                </td>
                <td data-label={t("ig.m.form")} className="guide-nowrap">{codeLabel(t, "material_form", m.material_form)}</td>
                <td data-label={t("ig.m.necessity")} className="guide-nowrap">{codeLabel(t, "necessity", m.necessity)}</td>
                <td data-label={t("ig.m.copies")}><Copies m={m} /></td>
                <td data-label={t("ig.m.source")}>{codeLabel(t, "source_type", m.source_type)}{m.source_org ? t("common.inParens", { text: m.source_org }) : ""}</td>
                <td data-label={t("ig.m.notes")}><Notes m={m} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
