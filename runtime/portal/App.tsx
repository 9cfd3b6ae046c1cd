// The applicant portal: routes of the hash router to its screens, inside the common shell.
import { lazy, Suspense } from "react";
import { useI18n } from "../shared/i18n.js";
import { AppShell } from "../shared/layout.js";
import { match, navigate, useRoute } from "../shared/router.js";
import { useSession } from "../shared/session.js";
import { LoginForm } from "../shared/LoginForm.js";
import { Loading, PageTitle } from "../shared/ui.js";
import { CatalogPage } from "./CatalogPage.js";
import { BundlePage } from "./BundlePage.js";
import { GuidePage } from "./GuidePage.js";
import { MyApplicationsPage } from "./MyApplicationsPage.js";
import { MessagesPage } from "./MessagesPage.js";

// The form renderer (rjsf + Ajv) loads only when a form is shown: the catalog stays light on phones.
const ApplyPage = lazy(() => import("./ApplyPage.js").then((m) => ({ default: m.ApplyPage })));
const ApplicationPage = lazy(() => import("./ApplicationPage.js").then((m) => ({ default: m.ApplicationPage })));
// Service guides of catalogue items (办事指南) and their printable forms: a chunk of their own.
const GuideListPage = lazy(() => import("./guide/GuideListPage.js").then((m) => ({ default: m.GuideListPage })));
const ItemGuidePage = lazy(() => import("./guide/ItemGuidePage.js").then((m) => ({ default: m.ItemGuidePage })));
const BlankFormPage = lazy(() => import("./guide/BlankFormPage.js").then((m) => ({ default: m.BlankFormPage })));

function Screen() {
  const { t } = useI18n();
  const { path, query } = useRoute();
  const { user, loading } = useSession();
  let m: Record<string, string> | null;
  if (path === "/" || path === "") return <CatalogPage />;
  if (path === "/login") {
    return (
      <>
        <PageTitle appName={t("app.portal")}>{t("auth.loginTitle")}</PageTitle>
        <LoginForm heading={false} onDone={() => navigate(query.get("next") || "/")} />
      </>
    );
  }
  if ((m = match("/b/:key", path))) return <BundlePage bundleKey={m.key!} />;
  if ((m = match("/b/:key/guide", path))) return <GuidePage bundleKey={m.key!} />;
  if ((m = match("/b/:key/apply", path))) return <ApplyPage bundleKey={m.key!} />;
  if (path === "/items") return <GuideListPage />;
  if ((m = match("/items/:id", path))) return <ItemGuidePage key={m.id} itemId={m.id!} />;
  if ((m = match("/items/:id/situations/:sid", path))) return <ItemGuidePage key={`${m.id}/${m.sid}`} itemId={m.id!} situationId={m.sid!} />;
  if ((m = match("/items/:id/form", path))) return <BlankFormPage itemId={m.id!} sample={query.get("sample") === "1"} />;
  if (path === "/messages") return loading ? <Loading /> : user ? <MessagesPage /> : <LoginForm />;
  if (path === "/my" || (m = match("/my/:id", path))) {
    if (loading) return <Loading />;
    if (!user) {
      return (
        <>
          <PageTitle appName={t("app.portal")}>{t("portal.myApplications")}</PageTitle>
          <LoginForm />
        </>
      );
    }
    return path === "/my" ? <MyApplicationsPage /> : <ApplicationPage id={match("/my/:id", path)!.id!} />;
  }
  return <PageTitle appName={t("app.portal")}>{t("common.notFound")}</PageTitle>;
}

/** The portal app. */
export function PortalApp() {
  const { t } = useI18n();
  return (
    <AppShell appName={t("app.portal")} nav={[{ label: t("portal.catalog"), to: "/" }, { label: t("ig.nav"), to: "/items" }, { label: t("portal.myApplications"), to: "/my" }, { label: t("msg.nav"), to: "/messages" }]}>
      <Suspense fallback={<Loading />}>
        <Screen />
      </Suspense>
    </AppShell>
  );
}
