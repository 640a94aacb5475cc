import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useSearchParams } from "react-router";
import { licensingApi } from "../../api/clients";
import { call } from "../../api/problem";
import { ErrorSummary } from "../../forms/ErrorSummary";
import { errorModelOf } from "../../forms/errorModel";
import { TextField } from "../../forms/fields";
import { enumLabel } from "../../forms/labels";
import { isDocumentType } from "../../domain/types";
import { useT } from "../../i18n";
import { Page } from "../../layout/Page";
import { QueryView } from "../../layout/QueryView";
import { Bars } from "./AuditParts";
import type { LicensingSchemas } from "@onestop/frontend-contracts";

type Performance = LicensingSchemas["schemas"]["Performance"];
type ReasonCount = LicensingSchemas["schemas"]["ReasonCount"];

function today(): string {
  return new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
}

function daysBefore(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - n);
  return d.toISOString().slice(0, 10);
}

/** The statistics name stages by their BPMN activity (completenessCheck): the stage is COMPLETENESS_CHECK. */
export function stageOfActivity(activity: string): string {
  return activity.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase();
}

/** Hanoi days to the API's instants: from the first day's start to the last day's end. */
export function periodOf(from: string, to: string): { from: string; to: string } {
  const end = new Date(`${to}T00:00:00+07:00`);
  end.setUTCDate(end.getUTCDate() + 1);
  return { from: new Date(`${from}T00:00:00+07:00`).toISOString(), to: end.toISOString() };
}

function PerformanceTable({ rows, caption, keyLabel, label }: { rows: Performance[]; caption: string; keyLabel: string; label: (row: Performance) => string }) {
  const { t, lang } = useT();
  const n = (v: number | undefined, digits = 1) => (v === undefined || v === null ? "—" : new Intl.NumberFormat(lang === "vi" ? "vi-VN" : "en-GB", { maximumFractionDigits: digits }).format(v));
  const pct = (v: number | undefined) => (v === undefined || v === null ? "—" : new Intl.NumberFormat(lang === "vi" ? "vi-VN" : "en-GB", { style: "percent", maximumFractionDigits: 0 }).format(v));
  return (
    <div className="chart-and-table">
      <Bars caption={t("audit.stats.onTimeChart")} max={1} rows={rows.map((r) => ({ label: label(r), value: r.onTimeRate ?? 0, text: pct(r.onTimeRate) }))} />
      <div className="table-wrap">
        <table className="table table--responsive">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{keyLabel}</th>
              <th scope="col">{t("audit.stats.completed")}</th>
              <th scope="col">{t("audit.stats.onTime")}</th>
              <th scope="col">{t("audit.stats.median")}</th>
              <th scope="col">{t("audit.stats.p90")}</th>
              <th scope="col">{t("audit.stats.late")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row" className="table__wrap" data-label={keyLabel}>
                  {label(r)}
                </th>
                <td data-label={t("audit.stats.completed")}>{n(r.completed, 0)}</td>
                <td data-label={t("audit.stats.onTime")}>{pct(r.onTimeRate)}</td>
                <td data-label={t("audit.stats.median")}>{t("audit.stats.days", { days: n(r.medianWorkingDays) })}</td>
                <td data-label={t("audit.stats.p90")}>{t("audit.stats.days", { days: n(r.p90WorkingDays) })}</td>
                <td data-label={t("audit.stats.late")}>{n(r.late, 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** A supplement reason comes as "DOCUMENT_TYPE: reason": the document is named in words. */
export function reasonText(t: ReturnType<typeof useT>["t"], reason: string): string {
  const match = /^([A-Z_]+): ([\s\S]*)$/.exec(reason);
  return match?.[1] && isDocumentType(match[1]) ? `${enumLabel(t, "documentType", match[1])}: ${match[2] ?? ""}` : reason;
}

function Reasons({ rows, caption }: { rows: ReasonCount[]; caption: string }) {
  const { t } = useT();
  if (rows.length === 0) return <p className="muted">{t("audit.stats.noReasons")}</p>;
  const max = Math.max(...rows.map((r) => r.count ?? 0));
  return (
    <div className="chart-and-table">
      <Bars caption={caption} max={max} rows={rows.map((r) => ({ label: reasonText(t, r.reason ?? ""), value: r.count ?? 0, text: String(r.count ?? 0) }))} />
      <div className="table-wrap">
        <table className="table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t("audit.stats.reason")}</th>
              <th scope="col">{t("audit.stats.count")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.reason}>
                <th scope="row" className="table__wrap">
                  {reasonText(t, r.reason ?? "")}
                </th>
                <td>{r.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** Statistics for a chosen period: charts for the eye, the tables beside them as their text. */
export function AuditStatisticsPage() {
  const { t } = useT();
  const [params, setParams] = useSearchParams();
  const to = params.get("to") ?? today();
  const from = params.get("from") ?? daysBefore(to, 29);
  const [form, setForm] = useState({ from, to });
  const stats = useQuery({
    queryKey: ["audit", "statistics", from, to],
    queryFn: () => call(licensingApi.GET("/audit/statistics", { params: { query: periodOf(from, to) } })),
    placeholderData: keepPreviousData,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setParams({ from: form.from, to: form.to });
  };
  return (
    <Page title={t("audit.stats.title")} lead={<p>{t("audit.stats.lead")}</p>} wide>
      <form className="filters" noValidate onSubmit={submit} aria-label={t("audit.stats.periodLabel")}>
        <ErrorSummary model={stats.isError ? errorModelOf(stats.error) : null} />
        <TextField path="from" type="date" label={t("audit.stats.from")} value={form.from} onChange={(v) => setForm({ ...form, from: v })} width="10" />
        <TextField path="to" type="date" label={t("audit.stats.to")} value={form.to} onChange={(v) => setForm({ ...form, to: v })} width="10" />
        <div className="filters__actions">
          <button type="submit" className="button">
            {t("audit.stats.show")}
          </button>
        </div>
      </form>
      {!stats.isError && (
        <QueryView query={stats}>
          {(s) => (
            <>
              <p>{t("audit.stats.overdueNow", { tasks: s.overdueOpenTasks ?? 0, cases: s.overdueCases ?? 0 })}</p>
              <section aria-labelledby="stages-title">
                <h2 id="stages-title">{t("audit.stats.byStage")}</h2>
                <PerformanceTable rows={s.stages ?? []} caption={t("audit.stats.byStageCaption")} keyLabel={t("work.col.stage")} label={(r) => enumLabel(t, "stage", stageOfActivity(r.key ?? ""))} />
              </section>
              <section aria-labelledby="officials-title">
                <h2 id="officials-title">{t("audit.stats.byOfficial")}</h2>
                <PerformanceTable rows={s.officials ?? []} caption={t("audit.stats.byOfficialCaption")} keyLabel={t("audit.case.official")} label={(r) => r.label ?? r.key ?? ""} />
              </section>
              <section aria-labelledby="supplements-title">
                <h2 id="supplements-title">{t("audit.stats.supplementReasons")}</h2>
                <Reasons rows={s.supplementReasons ?? []} caption={t("audit.stats.supplementReasons")} />
              </section>
              <section aria-labelledby="refusals-title">
                <h2 id="refusals-title">{t("audit.stats.refusalReasons")}</h2>
                <Reasons rows={s.refusalReasons ?? []} caption={t("audit.stats.refusalReasons")} />
              </section>
            </>
          )}
        </QueryView>
      )}
    </Page>
  );
}
