// The login form of every app (username + password), with the server's message on failure.
import { useState, type FormEvent } from "react";
import { ApiRequestError } from "./api.js";
import { useI18n } from "./i18n.js";
import { useSession } from "./session.js";
import type { UserView } from "../../spec/api.js";

/** Logs a user in; calls onDone with the user. `headingLevel` lets it sit inside another page. */
export function LoginForm({ onDone, hint, heading = true }: { onDone?: (u: UserView) => void; hint?: string; heading?: boolean }) {
  const { t } = useI18n();
  const { login } = useSession();
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!username || !password) return setError(t("auth.required"));
    setBusy(true);
    setError(undefined);
    try {
      const u = await login(username.trim(), password);
      onDone?.(u);
    } catch (err) {
      setError(err instanceof ApiRequestError ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }
  return (
    <form className="card login" onSubmit={submit} noValidate aria-labelledby={heading ? "login-title" : undefined}>
      {heading && <h2 id="login-title">{t("auth.loginTitle")}</h2>}
      <p className="muted">{hint ?? t("auth.loginHint")}</p>
      <div className="field">
        <label htmlFor="login-username">{t("auth.username")}</label>
        <input id="login-username" name="username" type="text" autoComplete="username" value={username} onChange={(e) => setUsername(e.target.value)} />
      </div>
      <div className="field" style={{ marginTop: ".75rem" }}>
        <label htmlFor="login-password">{t("auth.password")}</label>
        <input id="login-password" name="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />
      </div>
      <div className="field__error" role="alert" id="login-error">
        {error}
      </div>
      <button type="submit" className="btn btn--primary" disabled={busy}>
        {busy ? t("auth.loggingIn") : t("auth.login")}
      </button>
    </form>
  );
}
