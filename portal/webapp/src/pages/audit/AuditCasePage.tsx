import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "react-router";
import { licensingApi } from "../../api/clients";
import { call } from "../../api/problem";
import { formatDate, formatDateTime, type Lang } from "../../format/format";
import { enumLabel } from "../../forms/labels";
import { useT } from "../../i18n";
import { Page } from "../../layout/Page";
import { QueryView } from "../../layout/QueryView";
import { SummaryList } from "../../layout/SummaryList";
import { Download } from "./AuditParts";
import type { LicensingSchemas } from "@onestop/frontend-contracts";

type S = LicensingSchemas["schemas"];
type Item = { at: string; source: string; what: string; who: string; detail: string };

/** One readable timeline of everything the history holds, oldest first. */
export function mergedTimeline(history: S["History"], t: (k: string, o?: Record<string, unknown>) => string, lang: Lang): Item[] {
  const items: Item[] = [];
  for (const r of history.auditRecords ?? []) {
    items.push({ at: r.occurredAt ?? "", source: t("audit.source.audit", { seq: r.seq ?? "" }), what: t(`timelineAction.${r.eventType ?? ""}`, { defaultValue: r.eventType ?? "" }), who: r.actorUsername ?? "", detail: r.outcome === "SUCCESS" ? "" : (r.outcome ?? "") });
  }
  for (const a of history.activities ?? []) {
    if (a.startedAt) items.push({ at: a.startedAt, source: t("audit.source.engine"), what: t("audit.activityStarted", { name: a.name ?? a.activityId ?? "" }), who: a.assignee ?? (a.candidateGroups ?? []).join(", "), detail: a.dueAt ? t("timeline.dueAt", { date: formatDateTime(a.dueAt, lang) }) : "" });
  }
  for (const d of history.documents ?? []) {
    if (d.uploadedAt) items.push({ at: d.uploadedAt, source: t("audit.source.document"), what: t("audit.documentVersion", { type: enumLabel(t as never, "documentType", d.type), version: d.version ?? 1 }), who: "", detail: d.sha256 ?? "" });
  }
  for (const n of history.notifications ?? []) {
    if (n.createdAt) items.push({ at: n.createdAt, source: t("audit.source.notification"), what: n.message ?? n.kind ?? "", who: "", detail: n.emailStatus ? t("audit.email", { status: n.emailStatus }) : "" });
  }
  return items.sort((x, y) => x.at.localeCompare(y.at));
}

function Signatures({ checks }: { checks: S["DecisionCheck"][] }) {
  const { t, lang } = useT();
  if (checks.length === 0) return <p className="muted">{t("work.decisions.none")}</p>;
  return (
    <div className="table-wrap">
      <table className="table table--responsive">
        <caption className="visually-hidden">{t("audit.case.signaturesCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("work.col.stage")}</th>
            <th scope="col">{t("audit.case.outcome")}</th>
            <th scope="col">{t("audit.case.official")}</th>
            <th scope="col">{t("audit.case.verifiedNow")}</th>
          </tr>
        </thead>
        <tbody>
          {checks.map((c) => (
            <tr key={c.taskId}>
              <th scope="row" className="table__wrap" data-label={t("work.col.stage")}>
                {enumLabel(t, "stage", c.stage)}
                <br />
                <span className="muted">{c.decidedAt ? formatDateTime(c.decidedAt, lang) : ""}</span>
              </th>
              <td data-label={t("audit.case.outcome")}>{enumLabel(t, "decisionOutcome", c.outcome)}</td>
              <td data-label={t("audit.case.official")}>{c.official}</td>
              <td data-label={t("audit.case.verifiedNow")}>
                {c.validNow ? <strong className="tag tag--verified">{t("audit.case.valid")}</strong> : <strong className="tag tag--overdue">{t("audit.case.invalid")}</strong>}
                {(c.problems ?? []).length > 0 && (
                  <ul className="list list--bullet">
                    {(c.problems ?? []).map((p) => (
                      <li key={p}>{p}</li>
                    ))}
                  </ul>
                )}
                <br />
                <code className="hash">{c.documentHash}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Control({ control }: { control: S["ProcessingControl"] }) {
  const { t, lang } = useT();
  const when = (v?: string) => (v ? formatDateTime(v, lang) : "");
  return (
    <div className="table-wrap">
      <table className="table table--responsive">
        <caption className="visually-hidden">{t("audit.case.controlCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("audit.control.step")}</th>
            <th scope="col">{t("audit.control.handedOverBy")}</th>
            <th scope="col">{t("audit.control.receivedBy")}</th>
            <th scope="col">{t("audit.control.times")}</th>
            <th scope="col">{t("audit.control.result")}</th>
          </tr>
        </thead>
        <tbody>
          {(control.steps ?? []).map((s, i) => (
            <tr key={i}>
              <th scope="row" className="table__wrap" data-label={t("audit.control.step")}>
                {s.step}
              </th>
              <td data-label={t("audit.control.handedOverBy")}>{s.handedOverBy}</td>
              <td data-label={t("audit.control.receivedBy")}>{s.receivedBy}</td>
              <td data-label={t("audit.control.times")}>
                {t("audit.control.timesText", { received: when(s.receivedAt), due: when(s.dueAt), completed: when(s.completedAt) || "—" })}
              </td>
              <td data-label={t("audit.control.result")}>
                {enumLabel(t, "decisionOutcome", s.result)} {s.timeliness && <span className="muted">({enumLabel(t, "audit.timeliness", s.timeliness)})</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A case as an auditor sees it: everything that happened, every decision re-verified now. */
export function AuditCasePage() {
  const { t, lang } = useT();
  const { id = "" } = useParams();
  const path = { params: { path: { id } } };
  const history = useQuery({ queryKey: ["audit", "history", id], queryFn: () => call(licensingApi.GET("/audit/cases/{id}/history", path)) });
  const signatures = useQuery({ queryKey: ["audit", "signatures", id], queryFn: () => call(licensingApi.GET("/audit/cases/{id}/signatures", path)) });
  const control = useQuery({ queryKey: ["audit", "control", id], queryFn: () => call(licensingApi.GET("/audit/cases/{id}/processing-control", path)) });
  const base = `/api/licensing/audit/cases/${id}`;
  return (
    <QueryView query={history}>
      {(h) => {
        const c = h.caseFile ?? {};
        const items = mergedTimeline(h, t, lang);
        return (
          <Page title={t("audit.case.title", { reference: c.reference ?? "" })} lead={<p>{c.projectName} · {c.investorName}</p>} wide>
            <p>
              <Link to="/audit">{t("audit.case.back")}</Link>
            </p>
            <SummaryList
              rows={[
                { key: t("audit.search.status"), value: <strong className={`tag tag--${c.status ?? ""}`}>{enumLabel(t, "applicationStatus", c.status)}</strong> },
                { key: t("audit.search.submitted"), value: c.submittedAt ? formatDateTime(c.submittedAt, lang) : "" },
                { key: t("audit.search.due"), value: c.statutoryDueDate ? formatDate(c.statutoryDueDate, lang) : "" },
                { key: t("work.case.ruleSet"), value: c.ruleSet },
                { key: t("work.case.dossierHash"), value: <code className="hash">{c.dossierHash}</code> },
                { key: t("audit.case.clock"), value: h.clock ? t("clock.used", { used: h.clock.daysUsed ?? 0, limit: h.clock.limitDays ?? 0 }) : "" },
              ]}
            />
            <section aria-labelledby="downloads-title">
              <h2 id="downloads-title">{t("audit.case.downloads")}</h2>
              <div className="button-group">
                <Download href={`${base}/export`} label={t("audit.case.exportJson")} />
                <Download href={`${base}/export/csv`} label={t("audit.case.exportCsv")} />
                <Download href={`${base}/report`} label={t("audit.case.report")} />
              </div>
            </section>
            <section aria-labelledby="signatures-title">
              <h2 id="signatures-title">{t("audit.case.signatures")}</h2>
              <QueryView query={signatures}>{(list) => <Signatures checks={list} />}</QueryView>
            </section>
            <section aria-labelledby="control-title">
              <h2 id="control-title">{t("audit.case.control")}</h2>
              <QueryView query={control}>{(sheet) => <Control control={sheet} />}</QueryView>
            </section>
            <section aria-labelledby="history-title">
              <h2 id="history-title">{t("audit.case.history")}</h2>
              <div className="table-wrap">
                <table className="table table--responsive">
                  <caption className="visually-hidden">{t("audit.case.historyCaption")}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("audit.case.when")}</th>
                      <th scope="col">{t("audit.case.source")}</th>
                      <th scope="col">{t("audit.case.what")}</th>
                      <th scope="col">{t("audit.case.who")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {items.map((e, i) => (
                      <tr key={i}>
                        <td data-label={t("audit.case.when")}>
                          <time dateTime={e.at}>{formatDateTime(e.at, lang)}</time>
                        </td>
                        <td data-label={t("audit.case.source")}>{e.source}</td>
                        <td data-label={t("audit.case.what")}>
                          {e.what}
                          {e.detail && (
                            <>
                              <br />
                              <span className="muted hash">{e.detail}</span>
                            </>
                          )}
                        </td>
                        <td data-label={t("audit.case.who")}>{e.who}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          </Page>
        );
      }}
    </QueryView>
  );
}
