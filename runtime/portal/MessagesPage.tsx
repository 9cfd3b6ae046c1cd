// "我的消息": the applicant's inbox — acceptance, corrections with their list, 容缺 reminders, results with the
// pick-up code, rating invitations — newest first, unread marked, each linking to its case.
import { useState } from "react";
import { api } from "../shared/api.js";
import { formatDateTime, useI18n } from "../shared/i18n.js";
import { href } from "../shared/router.js";
import { useApi } from "../shared/useApi.js";
import { ErrorBox, Loading, PageTitle } from "../shared/ui.js";

interface Message { id: string; applicationId: string | null; event: string; title: string; body: string; createdAt: string; readAt: string | null }

/** The inbox screen. */
export function MessagesPage() {
  const { t, lang } = useI18n();
  const inbox = useApi<{ messages: Message[]; unread: number }>("/api/notifications");
  const [read, setRead] = useState<Set<string>>(new Set());
  const markRead = async (id: string) => {
    await api("POST", `/api/notifications/${encodeURIComponent(id)}/read`, {});
    setRead((s) => new Set(s).add(id));
  };
  const messages = inbox.data?.messages ?? [];
  const unread = messages.filter((m) => !m.readAt && !read.has(m.id)).length;
  return (
    <>
      <PageTitle appName={t("app.portal")}>{t("msg.title")}</PageTitle>
      <p className="muted">{t("msg.intro")}</p>
      {inbox.loading && !inbox.data && <Loading />}
      {inbox.error && <ErrorBox error={inbox.error} onRetry={inbox.reload} />}
      {inbox.data && (
        <section aria-labelledby="msg-list">
          <h2 id="msg-list" className="small">{t("msg.unread", { n: unread })}</h2>
          {messages.length === 0 && <p>{t("msg.none")}</p>}
          <ul className="plain-list messages" style={{ listStyle: "none", paddingLeft: 0 }}>
            {messages.map((m) => {
              const isNew = !m.readAt && !read.has(m.id);
              return (
                <li key={m.id} className={`card message${isNew ? " message--new" : ""}`} data-event={m.event}>
                  <h3 className="row">
                    {isNew && <span className="badge badge--due_soon">{t("msg.new")}</span>}
                    <span>{m.title}</span>
                  </h3>
                  <p>{m.body}</p>
                  <p className="row small muted">
                    <time dateTime={m.createdAt}>{formatDateTime(m.createdAt, lang)}</time>
                    {m.applicationId && <a href={href(`/my/${encodeURIComponent(m.applicationId)}`)}>{t("msg.openCase")}</a>}
                    {isNew && <button type="button" className="btn" onClick={() => void markRead(m.id)} aria-label={`${t("msg.markRead")}${t("common.labelSeparator")}${m.title}`}>{t("msg.markRead")}</button>}
                  </p>
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </>
  );
}
