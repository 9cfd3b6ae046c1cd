// The editor's i18n: the shared typed-key mechanism (runtime/shared/i18n.ts) with the editor's own dictionaries
// registered on first import, so the portal, workbench and kiosk bundles do not carry the designers' strings.
// Every editor source imports t() / useI18n() from here, which is what guarantees the registration.
import { registerMessages } from "../runtime/shared/i18n.js";
import { EDITOR_FLOW_EN, EDITOR_FLOW_ZH } from "../runtime/shared/i18n-editor-flow.js";
import { SITUATIONS_EN, SITUATIONS_ZH } from "../runtime/shared/i18n-editor-situations.js";
import { EDITOR_GUIDE_EN, EDITOR_GUIDE_ZH } from "../runtime/shared/i18n-editor-guide.js";
import { EDITOR_COND_EN, EDITOR_COND_ZH } from "../runtime/shared/i18n-editor-designers-common.js";
import { EDITOR_MATERIALS_EN, EDITOR_MATERIALS_ZH } from "../runtime/shared/i18n-editor-materials.js";
import { EDITOR_MERGE_EN, EDITOR_MERGE_ZH } from "../runtime/shared/i18n-editor-merge.js";
import { EDITOR_WORKSPACE_EN, EDITOR_WORKSPACE_ZH } from "../runtime/shared/i18n-editor-workspace.js";
import { EDITOR_ITEMS_EN, EDITOR_ITEMS_ZH } from "../runtime/shared/i18n-editor-items.js";
import { EDITOR_CATALOGUE_EN, EDITOR_CATALOGUE_ZH } from "../runtime/shared/i18n-editor-catalogue.js";
import { EDITOR_IO_EN, EDITOR_IO_ZH } from "../runtime/shared/i18n-editor-io.js";
import { EDITOR_UPGRADE_EN, EDITOR_UPGRADE_ZH } from "../runtime/shared/i18n-editor-upgrade.js";
import { EDITOR_PUBLISH_EN, EDITOR_PUBLISH_ZH } from "../runtime/shared/i18n-editor-publish.js";

export * from "../runtime/shared/i18n.js";

registerMessages(
  {
    ...EDITOR_FLOW_ZH, ...SITUATIONS_ZH, ...EDITOR_GUIDE_ZH, ...EDITOR_COND_ZH, ...EDITOR_MATERIALS_ZH, ...EDITOR_MERGE_ZH,
    ...EDITOR_WORKSPACE_ZH, ...EDITOR_ITEMS_ZH, ...EDITOR_CATALOGUE_ZH, ...EDITOR_IO_ZH, ...EDITOR_UPGRADE_ZH, ...EDITOR_PUBLISH_ZH,
  },
  {
    ...EDITOR_FLOW_EN, ...SITUATIONS_EN, ...EDITOR_GUIDE_EN, ...EDITOR_COND_EN, ...EDITOR_MATERIALS_EN, ...EDITOR_MERGE_EN,
    ...EDITOR_WORKSPACE_EN, ...EDITOR_ITEMS_EN, ...EDITOR_CATALOGUE_EN, ...EDITOR_IO_EN, ...EDITOR_UPGRADE_EN, ...EDITOR_PUBLISH_EN,
  },
);
