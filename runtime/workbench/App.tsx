// The handling workbench: staff log in, see their department's inbox and decide on cases.
import { lazy, Suspense } from "react";
import type { Role } from "../../spec/api.js";
import { useI18n } from "../shared/i18n.js";
import { AppShell } from "../shared/layout.js";
import { match, useRoute } from "../shared/router.js";
import { hasRole, useSession } from "../shared/session.js";
import { LoginForm } from "../shared/LoginForm.js";
import { Loading, PageTitle } from "../shared/ui.js";
import { InboxPage } from "./InboxPage.js";

const CasePage = lazy(() => import("./CasePage.js").then((m) => ({ default: m.CasePage })));

const STAFF: Role[] = ["clerk", "reviewer"];

function Screen() {
  const { t } = useI18n();
  const { path } = useRoute();
  const { user, loading } = useSession();
  if (loading) return <Loading />;
  if (!user || !hasRole(user, STAFF)) {
    return (
      <>
        <PageTitle appName={t("app.workbench")}>{t("auth.loginTitle")}</PageTitle>
        {user && <p className="alert alert--warning" role="alert">{t("auth.needRole", { roles: "clerk / reviewer" })}</p>}
        <LoginForm heading={false} />
      </>
    );
  }
  const m = match("/case/:id", path);
  if (m) return <CasePage applicationId={m.id!} />;
  return <InboxPage />;
}

/** The workbench app. */
export function WorkbenchApp() {
  const { t } = useI18n();
  return (
    <AppShell appName={t("app.workbench")} nav={[{ label: t("wb.inbox"), to: "/" }]}>
      <Suspense fallback={<Loading />}>
        <Screen />
      </Suspense>
    </AppShell>
  );
}
