// The gate in front of the staff apps (workbench, editor): while the session loads, a spinner; without a user
// holding one of the app's roles, its login page (with a warning when someone is signed in without those roles);
// otherwise the app's screens for that user.
import type { ReactNode } from "react";
import type { Role, UserView } from "../../spec/api.js";
import { useI18n } from "./i18n.js";
import { hasRole, useSession } from "./session.js";
import { LoginForm } from "./LoginForm.js";
import { Loading, PageTitle } from "./ui.js";

/** Shows `children(user)` only to a signed-in user with one of `roles`; the app's login page to everyone else. */
export function StaffGate({ appName, roles, children }: { appName: string; roles: Role[]; children: (user: UserView) => ReactNode }) {
  const { t } = useI18n();
  const { user, loading } = useSession();
  if (loading) return <Loading />;
  if (!user || !hasRole(user, roles)) {
    return (
      <>
        <PageTitle appName={appName}>{t("auth.loginTitle")}</PageTitle>
        {user && <p className="alert alert--warning" role="alert">{t("auth.needRole", { roles: roles.join(" / ") })}</p>}
        <LoginForm heading={false} />
      </>
    );
  }
  return <>{children(user)}</>;
}
