// The minimal editor app: designers and admins list bundles, edit drafts as JSON, admins publish.
// Monaco and @xyflow/react stay in editor/ only (lazy chunks).
import type { Role, UserView } from "../spec/api.js";
import { useI18n } from "./i18n.js";
import { AppShell } from "../runtime/shared/layout.js";
import { match, useRoute } from "../runtime/shared/router.js";
import { hasRole } from "../runtime/shared/session.js";
import { StaffGate } from "../runtime/shared/StaffGate.js";
import { BundleListPage } from "./BundleListPage.js";
import { WorkspacePage } from "./workspace/WorkspacePage.js";
import { CataloguePage } from "./catalogue/CataloguePage.js";
import { ItemPage } from "./catalogue/ItemPage.js";
import { CatalogueIoPage } from "./catalogue/io/CatalogueIoPage.js";
import { CatalogueTools } from "./catalogue/io/CatalogueTools.js";

const DESIGNERS: Role[] = ["designer", "admin"];

function Screen() {
  const { t } = useI18n();
  return <StaffGate appName={t("app.editor")} roles={DESIGNERS}>{(user) => <Screens user={user} />}</StaffGate>;
}

function Screens({ user }: { user: UserView }) {
  const { path } = useRoute();
  if (path === "/catalogue/io") return <CatalogueIoPage />;
  if (path === "/catalogue") return <CataloguePage tools={<CatalogueTools />} />;
  const item = match("/catalogue/:id", path);
  if (item) return <ItemPage key={item.id} itemId={item.id!} />;
  const m = match("/bundle/:key", path);
  if (m) return <WorkspacePage bundleKey={m.key!} canPublish={hasRole(user, ["admin"])} />;
  return <BundleListPage isAdmin={hasRole(user, ["admin"])} />;
}

/** The editor app. */
export function EditorApp() {
  const { t } = useI18n();
  return (
    <AppShell appName={t("app.editor")} nav={[{ label: t("ed.bundles"), to: "/" }, { label: t("ed.catalogue.title"), to: "/catalogue" }]}>
      <Screen />
    </AppShell>
  );
}
