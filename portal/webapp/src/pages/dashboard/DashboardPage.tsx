import { useState } from "react";
import { Link } from "react-router";
import { useApplications, useLicences, useNotifications, useTimelines } from "../../api/queries";
import { useSession } from "../../api/session";
import { currentStage, type Application } from "../../domain/types";
import { formatDate, formatDateTime } from "../../format/format";
import { enumLabel } from "../../forms/labels";
import { useT } from "../../i18n";
import { Page } from "../../layout/Page";
import { QueryView } from "../../layout/QueryView";
import { ClockText, NextActionText, StatusTag } from "../case/CaseParts";
import { isUnread, lastOpened } from "../notifications/unread";
import { Pager } from "../../layout/Pager";

const PAGE_SIZE = 10;

function ApplicationsTable({ items }: { items: Application[] }) {
  const { t, lang } = useT();
  const timelines = useTimelines(items.map((a) => a.id ?? "").filter(Boolean));
  return (
    <div className="table-wrap">
      <table className="table table--responsive">
        <caption className="visually-hidden">{t("dashboard.applicationsCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("dashboard.col.reference")}</th>
            <th scope="col">{t("dashboard.col.project")}</th>
            <th scope="col">{t("dashboard.col.status")}</th>
            <th scope="col">{t("dashboard.col.stage")}</th>
            <th scope="col">{t("dashboard.col.clock")}</th>
            <th scope="col">{t("dashboard.col.appointment")}</th>
            <th scope="col">{t("dashboard.col.next")}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((a, i) => {
            const timeline = timelines[i]?.data;
            const stage = currentStage(timeline);
            return (
              <tr key={a.id}>
                <th scope="row" data-label={t("dashboard.col.reference")}>
                  <Link to={`/applications/${a.id ?? ""}`}>{a.reference}</Link>
                </th>
                <td data-label={t("dashboard.col.project")}>{a.projectName || <span className="muted">{t("common.notGiven")}</span>}</td>
                <td data-label={t("dashboard.col.status")}>
                  <StatusTag status={a.status} />
                </td>
                <td data-label={t("dashboard.col.stage")}>{stage ? enumLabel(t, "office", stage) : <span className="muted">–</span>}</td>
                <td data-label={t("dashboard.col.clock")}>{a.status === "DRAFT" ? <span className="muted">–</span> : <ClockText timeline={timeline} />}</td>
                <td data-label={t("dashboard.col.appointment")}>{a.appointmentDate ? formatDate(a.appointmentDate, lang) : <span className="muted">–</span>}</td>
                <td data-label={t("dashboard.col.next")}>
                  <NextActionText application={a} timeline={timeline} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function Applications() {
  const { t } = useT();
  const [page, setPage] = useState(0);
  const applications = useApplications(page, PAGE_SIZE);
  return (
    <section aria-labelledby="applications-title">
      <h2 id="applications-title">{t("dashboard.applications")}</h2>
      <QueryView query={applications}>
        {(data) =>
          (data.items ?? []).length === 0 ? (
            <p>{t("dashboard.noApplications")}</p>
          ) : (
            <>
              <ApplicationsTable items={data.items ?? []} />
              <Pager page={page} totalPages={data.totalPages ?? 1} onPage={setPage} label={t("dashboard.applicationsPager")} />
            </>
          )
        }
      </QueryView>
    </section>
  );
}

function Licences() {
  const { t, lang } = useT();
  const licensed = useApplications(0, 50, "LICENSED");
  const items = licensed.data?.items ?? [];
  const licences = useLicences(items.map((a) => a.id ?? "").filter(Boolean));
  return (
    <section aria-labelledby="licences-title">
      <h2 id="licences-title">{t("dashboard.licences")}</h2>
      <QueryView query={licensed}>
        {() =>
          items.length === 0 ? (
            <p>{t("dashboard.noLicences")}</p>
          ) : (
            <ul className="card-list">
              {items.map((a, i) => {
                const licence = licences[i]?.data;
                return (
                  <li key={a.id} className="card">
                    <p className="card__title">
                      <Link to={`/applications/${a.id ?? ""}/licence`}>{licence?.certificateNumber ?? a.reference}</Link>
                    </p>
                    <p>{a.projectName}</p>
                    {licence?.issuedOn && <p className="hint">{t("dashboard.issuedOn", { date: formatDate(licence.issuedOn, lang) })}</p>}
                  </li>
                );
              })}
            </ul>
          )
        }
      </QueryView>
    </section>
  );
}

function Notifications() {
  const { t, lang } = useT();
  const session = useSession();
  const notifications = useNotifications(0, 20);
  const openedAt = lastOpened(session.data?.username);
  return (
    <section aria-labelledby="notifications-title">
      <h2 id="notifications-title">{t("dashboard.notifications")}</h2>
      <QueryView query={notifications}>
        {(data) => {
          const items = data.items ?? [];
          const unread = items.filter((n) => isUnread(n, openedAt)).length;
          return (
            <>
              <p>{unread > 0 ? t("dashboard.unread", { count: unread }) : t("dashboard.noUnread")}</p>
              {items.length > 0 && (
                <ul className="notification-list">
                  {items.slice(0, 5).map((n) => (
                    <li key={n.id} className={isUnread(n, openedAt) ? "notification notification--unread" : "notification"}>
                      <p className="notification__meta">
                        {isUnread(n, openedAt) && <strong className="tag tag--new">{t("notifications.new")}</strong>} {enumLabel(t, "notificationKind", n.kind)} ·{" "}
                        {n.createdAt && formatDateTime(n.createdAt, lang)}
                      </p>
                      <p>{n.message}</p>
                    </li>
                  ))}
                </ul>
              )}
              <p>
                <Link to="/notifications">{t("dashboard.allNotifications")}</Link>
              </p>
            </>
          );
        }}
      </QueryView>
    </section>
  );
}

export function DashboardPage() {
  const { t } = useT();
  const session = useSession();
  return (
    <Page title={t("dashboard.title")} wide lead={session.data?.name ? <p>{t("dashboard.greeting", { name: session.data.name })}</p> : undefined}>
      <p>
        <Link to="/applications/new" className="button button--start">
          {t("dashboard.newApplication")}
        </Link>
      </p>
      <Applications />
      <div className="columns">
        <div className="column">
          <Licences />
        </div>
        <div className="column">
          <Notifications />
        </div>
      </div>
    </Page>
  );
}
