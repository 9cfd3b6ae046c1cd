// The logged-in user of an app: loaded from GET /api/auth/me, changed by login/logout, shared by context.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import type { Role, UserView } from "../../spec/api.js";
import { api, ApiRequestError } from "./api.js";

interface Session {
  user: UserView | null;
  loading: boolean;
  login(username: string, password: string): Promise<UserView>;
  logout(): Promise<void>;
  /** Asks the server again who is logged in (after a login the app did itself: the kiosk's identity login). */
  refresh(): Promise<UserView | null>;
}

const SessionContext = createContext<Session | null>(null);

/** Provides the session to an app; asks the server who is logged in once at start. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<UserView | null>(null);
  const [loading, setLoading] = useState(true);
  const refresh = useCallback(() => api<{ user: UserView }>("GET", "/api/auth/me")
    .then((r) => (setUser(r.user), r.user))
    .catch((e: unknown) => {
      if (!(e instanceof ApiRequestError) || e.status !== 401) console.error(e);
      setUser(null);
      return null;
    }), []);
  useEffect(() => {
    void refresh().finally(() => setLoading(false));
  }, [refresh]);
  const login = useCallback(async (username: string, password: string) => {
    const r = await api<{ user: UserView }>("POST", "/api/auth/login", { username, password });
    setUser(r.user);
    return r.user;
  }, []);
  const logout = useCallback(async () => {
    try {
      await api("POST", "/api/auth/logout");
    } finally {
      setUser(null);
    }
  }, []);
  const value = useMemo(() => ({ user, loading, login, logout, refresh }), [user, loading, login, logout, refresh]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** The current session (must be inside SessionProvider). */
export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error("useSession outside SessionProvider");
  return s;
}

/** Whether the user holds any of the roles. */
export function hasRole(user: UserView | null, roles: Role[]): boolean {
  return !!user && user.roles.some((r) => roles.includes(r));
}
