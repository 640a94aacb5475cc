import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link, useSearchParams } from "react-router";
import { licensingApi } from "../../api/clients";
import { call } from "../../api/problem";
import { CASE_STAGES } from "../../domain/types";
import { formatDate, formatDateTime } from "../../format/format";
import { ErrorSummary } from "../../forms/ErrorSummary";
import { errorModelOf, messageFor } from "../../forms/errorModel";
import { SelectField, TextField } from "../../forms/fields";
import { enumLabel } from "../../forms/labels";
import { useT } from "../../i18n";
import { Page } from "../../layout/Page";
import { Pager } from "../../layout/Pager";
import { QueryView } from "../../layout/QueryView";

const STATUSES = ["UNDER_REVIEW", "SUPPLEMENT_REQUESTED", "ENVIRONMENTAL_REVIEW", "APPRAISAL", "AWAITING_APPROVAL", "LICENSED", "REJECTED", "LAPSED", "WITHDRAWN"];
const FIELDS = ["investorId", "status", "stage", "from", "to", "overdue", "official"] as const;

/** Day inputs are dates; the API takes instants: the day's start in Hanoi, the next day's for "to". */
function instant(day: string, end: boolean): string {
  const d = new Date(`${day}T00:00:00+07:00`);
  if (end) d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString();
}

/** The auditors' case search: every filter the API has, in the address. */
export function AuditSearchPage() {
  const { t, lang } = useT();
  const [params, setParams] = useSearchParams();
  const value = (k: string) => params.get(k) ?? "";
  const [form, setForm] = useState<Record<string, string>>(Object.fromEntries(FIELDS.map((f) => [f, value(f)])));
  const page = Number.parseInt(value("page") || "0", 10) || 0;
  const query: Record<string, string | number | boolean> = { page, size: 20 };
  for (const f of FIELDS) {
    const v = value(f);
    if (!v) continue;
    if (f === "from" || f === "to") query[f] = instant(v, f === "to");
    else if (f === "overdue") query[f] = v === "true";
    else query[f] = v;
  }
  const cases = useQuery({
    queryKey: ["audit", "cases", query],
    queryFn: () => call(licensingApi.GET("/audit/cases", { params: { query } })),
    placeholderData: keepPreviousData,
  });
  const errors = cases.isError ? errorModelOf(cases.error) : null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setParams(Object.fromEntries(Object.entries(form).filter(([, v]) => v.trim() !== "").map(([k, v]) => [k, v.trim()])));
  };
  const set = (k: string) => (v: string) => setForm({ ...form, [k]: v });
  return (
    <Page title={t("audit.search.title")} lead={<p>{t("audit.search.lead")}</p>} wide>
      <form className="filters" noValidate onSubmit={submit} role="search" aria-label={t("audit.search.formLabel")}>
        <ErrorSummary model={errors} />
        <SelectField path="status" label={t("audit.search.status")} value={form.status ?? ""} onChange={set("status")} options={[{ value: "", label: t("audit.search.any") }, ...STATUSES.map((s) => ({ value: s, label: enumLabel(t, "applicationStatus", s) }))]} />
        <SelectField path="stage" label={t("audit.search.stage")} value={form.stage ?? ""} onChange={set("stage")} options={[{ value: "", label: t("audit.search.any") }, ...CASE_STAGES.map((s) => ({ value: s, label: enumLabel(t, "stage", s) }))]} />
        <TextField path="from" type="date" label={t("audit.search.from")} value={form.from ?? ""} onChange={set("from")} width="10" error={messageFor(errors, "from")} />
        <TextField path="to" type="date" label={t("audit.search.to")} value={form.to ?? ""} onChange={set("to")} width="10" error={messageFor(errors, "to")} />
        <SelectField path="overdue" label={t("audit.search.overdue")} value={form.overdue ?? ""} onChange={set("overdue")} options={[{ value: "", label: t("audit.search.any") }, { value: "true", label: t("audit.search.overdueYes") }, { value: "false", label: t("audit.search.overdueNo") }]} />
        <TextField path="official" label={t("audit.search.official")} hint={t("audit.search.officialHint")} value={form.official ?? ""} onChange={set("official")} width="10" spellCheck={false} error={messageFor(errors, "official")} />
        <TextField path="investorId" label={t("audit.search.investorId")} value={form.investorId ?? ""} onChange={set("investorId")} width="20" spellCheck={false} error={messageFor(errors, "investorId")} />
        <div className="filters__actions">
          <button type="submit" className="button">
            {t("audit.search.submit")}
          </button>
        </div>
      </form>
      {!cases.isError && (
        <QueryView query={cases}>
          {(data) => (
            <>
              <p role="status" className="result-count">
                {t("audit.search.found", { count: data.totalItems ?? 0 })}
              </p>
              <div className="table-wrap">
                <table className="table table--responsive">
                  <caption className="visually-hidden">{t("audit.search.caption")}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("work.col.reference")}</th>
                      <th scope="col">{t("work.col.project")}</th>
                      <th scope="col">{t("audit.search.status")}</th>
                      <th scope="col">{t("audit.search.submitted")}</th>
                      <th scope="col">{t("audit.search.due")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {(data.items ?? []).map((c) => (
                      <tr key={c.id}>
                        <th scope="row" data-label={t("work.col.reference")}>
                          <Link to={`/audit/cases/${c.id ?? ""}`}>{c.reference}</Link>
                        </th>
                        <td data-label={t("work.col.project")}>
                          {c.projectName}
                          <br />
                          <span className="muted">{c.investorName}</span>
                        </td>
                        <td data-label={t("audit.search.status")}>
                          <strong className={`tag tag--${c.status ?? ""}`}>{enumLabel(t, "applicationStatus", c.status)}</strong>
                          {c.overdue && (
                            <>
                              {" "}
                              <strong className="tag tag--overdue">{t("work.task.overdue")}</strong>
                            </>
                          )}
                        </td>
                        <td data-label={t("audit.search.submitted")}>{c.submittedAt ? formatDateTime(c.submittedAt, lang) : ""}</td>
                        <td data-label={t("audit.search.due")}>{c.statutoryDueDate ? formatDate(c.statutoryDueDate, lang) : ""}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <Pager page={page} totalPages={data.totalPages ?? 1} onPage={(p) => setParams({ ...Object.fromEntries(params), page: String(p) })} label={t("audit.search.pagerLabel")} />
            </>
          )}
        </QueryView>
      )}
    </Page>
  );
}
