// The handling workbench: staff log in, see their department's inbox and decide on cases; supervisors and admins
// watch every department's time limits (全程电子监察) and read any case.
import { lazy, Suspense } from "react";
import type { Role, UserView } from "../../spec/api.js";
import { useI18n } from "../shared/i18n.js";
import { AppShell, type NavLink } from "../shared/layout.js";
import { match, useRoute } from "../shared/router.js";
import { hasRole, useSession } from "../shared/session.js";
import { StaffGate } from "../shared/StaffGate.js";
import { Loading, PageTitle } from "../shared/ui.js";
import { InboxPage } from "./InboxPage.js";

const CasePage = lazy(() => import("./CasePage.js").then((m) => ({ default: m.CasePage })));
const RatingsPage = lazy(() => import("./RatingsPage.js").then((m) => ({ default: m.RatingsPage })));
const CounterIdentifyPage = lazy(() => import("./counter/IdentifyPage.js").then((m) => ({ default: m.IdentifyPage })));
const CounterFilePage = lazy(() => import("./counter/FilePage.js").then((m) => ({ default: m.FilePage })));
const SupervisionPage = lazy(() => import("./SupervisionPage.js").then((m) => ({ default: m.SupervisionPage })));

const STAFF: Role[] = ["clerk", "reviewer"];
/** Who may use the supervision view (the server's GET /api/supervision allows the same roles). */
export const SUPERVISORS: Role[] = ["supervisor", "admin"];

function Screen() {
  const { t } = useI18n();
  return <StaffGate appName={t("app.workbench")} roles={[...STAFF, ...SUPERVISORS]}>{(user) => <Screens user={user} />}</StaffGate>;
}

function Screens({ user }: { user: UserView }) {
  const { t } = useI18n();
  const { path } = useRoute();
  const m = match("/case/:id", path);
  if (m) return <CasePage applicationId={m.id!} />;
  if (path === "/ratings") return <RatingsPage />;
  if (hasRole(user, ["clerk"]) && path === "/counter") return <CounterIdentifyPage />;
  const counter = hasRole(user, ["clerk"]) ? match("/counter/:id", path) : null;
  if (counter) return <CounterFilePage sessionId={counter.id!} key={counter.id} />;
  const supervising = path === "/supervision" || (path === "/" && !hasRole(user, STAFF));
  if (supervising) {
    if (hasRole(user, SUPERVISORS)) return <SupervisionPage />;
    return (
      <>
        <PageTitle appName={t("app.workbench")}>{t("sv.title")}</PageTitle>
        <p className="alert alert--warning" role="alert">{t("sv.needRole")}</p>
      </>
    );
  }
  return <InboxPage />;
}

/** The workbench app. */
export function WorkbenchApp() {
  const { t } = useI18n();
  const { user } = useSession();
  const nav: NavLink[] = [];
  if (!user || hasRole(user, STAFF)) nav.push({ label: t("wb.inbox"), to: "/" });
  if (hasRole(user, SUPERVISORS)) nav.push({ label: t("sv.nav"), to: "/supervision" });
  if (hasRole(user, ["clerk"])) nav.push({ label: t("counter.nav"), to: "/counter" });
  if (user) nav.push({ label: t("rt.nav"), to: "/ratings" });
  return (
    <AppShell appName={t("app.workbench")} nav={nav}>
      <Suspense fallback={<Loading />}>
        <Screen />
      </Suspense>
    </AppShell>
  );
}
