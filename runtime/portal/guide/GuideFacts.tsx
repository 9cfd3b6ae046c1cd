// 基本信息 of a service guide: the item's codes, type, department, level, who it serves, how it is applied for,
// the online level, where it can be done, visits, result and conveniences — code lists shown in words.
import { Fragment } from "react";
import type { Item } from "../../../spec/item.js";
import { useI18n } from "../../shared/i18n.js";
import { codeLabel, codeLabels } from "../../shared/codes.js";
import { GuideSection } from "./GuideSections.js";

const SUPPORTS = ["appointment", "payment", "express", "kiosk"] as const;

/** Props: the published item and its department's display name. */
export function GuideFacts({ item, deptName }: { item: Item; deptName: string }) {
  const { t } = useI18n();
  const supports = SUPPORTS.filter((k) => item.supports[k]).map((k) => t(`ig.support.${k}`));
  const rows: Array<[string, string]> = [
    [t("ig.code"), item.task_code ?? ""],
    [t("ig.catalogCode"), item.catalog_code ?? ""],
    [t("ig.type"), codeLabel(t, "task_type", item.task_type)],
    [t("ig.dept"), deptName],
    [t("ig.level"), codeLabel(t, "use_level", item.use_level)],
    [t("ig.serve"), codeLabels(t, "serve_type", item.serve_type)],
    [t("ig.handle"), codeLabels(t, "handle_type", item.handle_type)],
    [t("ig.projectType"), codeLabel(t, "project_type", item.project_type)],
    [t("ig.online"), codeLabel(t, "online_level", item.online_level)],
    [t("ig.cross"), codeLabel(t, "cross_scope", item.cross_scope)],
    [t("ig.visits"), item.limit_scene_num === 0 ? t("ig.visitsNone") : t("ig.visitsN", { n: item.limit_scene_num })],
    [t("ig.limitNum"), item.limit_num ?? ""],
    [t("ig.result"), item.result_name ? t("ig.resultLine", { type: codeLabel(t, "result_type", item.result_type), name: item.result_name }) : codeLabel(t, "result_type", item.result_type)],
    [t("ig.intermediary"), t(item.has_intermediary ? "ig.intermediaryYes" : "ig.intermediaryNo")],
    [t("ig.supports"), supports.join(t("common.listSeparator"))],
  ];
  return (
    <GuideSection id="g-basic" title={t("ig.basic")}>
      <dl className="facts guide-facts">
        {rows.filter(([, v]) => v).map(([k, v]) => <Fragment key={k}><dt>{k}</dt><dd>{v}</dd></Fragment>)}
      </dl>
    </GuideSection>
  );
}
