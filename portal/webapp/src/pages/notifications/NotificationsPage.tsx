import { useEffect, useState } from "react";
import { Link } from "react-router";
import { useNotifications } from "../../api/queries";
import { useSession } from "../../api/session";
import { formatDateTime } from "../../format/format";
import { enumLabel } from "../../forms/labels";
import { useT } from "../../i18n";
import { Page } from "../../layout/Page";
import { QueryView } from "../../layout/QueryView";
import { isUnread, lastOpened, markOpened } from "./unread";

/** Every notification, newest first; opening the list marks them read. */
export function NotificationsPage() {
  const { t, lang } = useT();
  const session = useSession();
  const username = session.data?.username;
  const [page, setPage] = useState(0);
  // What was unread when the page opened stays marked "new" while it is open.
  const [openedBefore] = useState(() => lastOpened(username));
  const notifications = useNotifications(page, 20);
  useEffect(() => {
    if (notifications.isSuccess && username) markOpened(username);
  }, [notifications.isSuccess, notifications.dataUpdatedAt, username]);
  return (
    <Page title={t("notifications.title")}>
      <QueryView query={notifications}>
        {(data) => {
          const items = data.items ?? [];
          if (items.length === 0) return <p>{t("notifications.none")}</p>;
          return (
            <>
              <ul className="notification-list">
                {items.map((n) => (
                  <li key={n.id} className={isUnread(n, openedBefore) ? "notification notification--unread" : "notification"}>
                    <p className="notification__meta">
                      {isUnread(n, openedBefore) && <strong className="tag tag--new">{t("notifications.new")}</strong>} {enumLabel(t, "notificationKind", n.kind)} ·{" "}
                      {n.createdAt && formatDateTime(n.createdAt, lang)}
                    </p>
                    <p>{n.message}</p>
                    {n.applicationId && (
                      <p>
                        <Link to={`/applications/${n.applicationId}`}>{t("notifications.toCase")}</Link>
                      </p>
                    )}
                  </li>
                ))}
              </ul>
              {(data.totalPages ?? 1) > 1 && (
                <nav className="pager" aria-label={t("notifications.pager")}>
                  <button type="button" className="button button--secondary" disabled={page === 0} onClick={() => setPage(page - 1)}>
                    {t("pager.previous")}
                  </button>
                  <span className="pager__where">{t("pager.where", { page: page + 1, total: data.totalPages ?? 1 })}</span>
                  <button type="button" className="button button--secondary" disabled={page + 1 >= (data.totalPages ?? 1)} onClick={() => setPage(page + 1)}>
                    {t("pager.next")}
                  </button>
                </nav>
              )}
            </>
          );
        }}
      </QueryView>
    </Page>
  );
}
