// The editor's i18n: the shared typed-key mechanism (runtime/shared/i18n.ts) with the editor's own dictionaries
// (editor/i18n/<domain>.ts, zh and en) registered on first import, so the portal, workbench and kiosk bundles do not
// carry the designers' strings; their keys join MessageKey by declaration merging, so t() checks them.
// Every editor source imports t() / useI18n() from here, which is what guarantees the registration.
import { registerMessages } from "../runtime/shared/i18n.js";
import { EDITOR_FLOW_EN, EDITOR_FLOW_ZH } from "./i18n/flow.js";
import { SITUATIONS_EN, SITUATIONS_ZH } from "./i18n/situations.js";
import { EDITOR_GUIDE_EN, EDITOR_GUIDE_ZH } from "./i18n/guide.js";
import { EDITOR_COND_EN, EDITOR_COND_ZH } from "./i18n/designers-common.js";
import { EDITOR_MATERIALS_EN, EDITOR_MATERIALS_ZH } from "./i18n/materials.js";
import { EDITOR_MERGE_EN, EDITOR_MERGE_ZH } from "./i18n/merge.js";
import { EDITOR_WORKSPACE_EN, EDITOR_WORKSPACE_ZH } from "./i18n/workspace.js";
import { EDITOR_ITEMS_EN, EDITOR_ITEMS_ZH } from "./i18n/items.js";
import { EDITOR_CATALOGUE_EN, EDITOR_CATALOGUE_ZH } from "./i18n/catalogue.js";
import { EDITOR_IO_EN, EDITOR_IO_ZH } from "./i18n/io.js";
import { EDITOR_UPGRADE_EN, EDITOR_UPGRADE_ZH } from "./i18n/upgrade.js";
import { EDITOR_PUBLISH_EN, EDITOR_PUBLISH_ZH } from "./i18n/publish.js";
import { EDITOR_FORM_DESIGNER_EN, EDITOR_FORM_DESIGNER_ZH } from "./i18n/form-designer.js";
import { EDITOR_VIEWS_EN, EDITOR_VIEWS_ZH } from "./i18n/views.js";

export * from "../runtime/shared/i18n.js";

type EditorDictionaries = typeof EDITOR_FLOW_ZH & typeof SITUATIONS_ZH & typeof EDITOR_GUIDE_ZH & typeof EDITOR_COND_ZH & typeof EDITOR_MATERIALS_ZH
  & typeof EDITOR_MERGE_ZH & typeof EDITOR_WORKSPACE_ZH & typeof EDITOR_ITEMS_ZH & typeof EDITOR_CATALOGUE_ZH & typeof EDITOR_IO_ZH & typeof EDITOR_UPGRADE_ZH & typeof EDITOR_PUBLISH_ZH
  & typeof EDITOR_FORM_DESIGNER_ZH & typeof EDITOR_VIEWS_ZH;
declare module "../runtime/shared/i18n.js" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the editor's keys, merged into the shared declaration
  interface RegisteredMessages extends EditorDictionaries {}
}

registerMessages(
  {
    ...EDITOR_FLOW_ZH, ...SITUATIONS_ZH, ...EDITOR_GUIDE_ZH, ...EDITOR_COND_ZH, ...EDITOR_MATERIALS_ZH, ...EDITOR_MERGE_ZH,
    ...EDITOR_WORKSPACE_ZH, ...EDITOR_ITEMS_ZH, ...EDITOR_CATALOGUE_ZH, ...EDITOR_IO_ZH, ...EDITOR_UPGRADE_ZH, ...EDITOR_PUBLISH_ZH,
    ...EDITOR_FORM_DESIGNER_ZH, ...EDITOR_VIEWS_ZH,
  },
  {
    ...EDITOR_FLOW_EN, ...SITUATIONS_EN, ...EDITOR_GUIDE_EN, ...EDITOR_COND_EN, ...EDITOR_MATERIALS_EN, ...EDITOR_MERGE_EN,
    ...EDITOR_WORKSPACE_EN, ...EDITOR_ITEMS_EN, ...EDITOR_CATALOGUE_EN, ...EDITOR_IO_EN, ...EDITOR_UPGRADE_EN, ...EDITOR_PUBLISH_EN,
    ...EDITOR_FORM_DESIGNER_EN, ...EDITOR_VIEWS_EN,
  },
);
