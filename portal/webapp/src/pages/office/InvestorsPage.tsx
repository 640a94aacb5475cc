import { useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link, useParams, useSearchParams } from "react-router";
import { investorApi } from "../../api/clients";
import { ApiError, call } from "../../api/problem";
import { useInvestor, useInvestors, workKeys, type InvestorFilter } from "../../api/office";
import { INVESTOR_STATUSES, type Investor, type InvestorStatus } from "../../domain/types";
import { countryName, formatDateTime } from "../../format/format";
import { SelectField, TextField } from "../../forms/fields";
import { enumLabel } from "../../forms/labels";
import { ReasonAction } from "../../forms/ReasonAction";
import { useT } from "../../i18n";
import { Page } from "../../layout/Page";
import { Pager, pageOf } from "../../layout/Pager";
import { QueryView } from "../../layout/QueryView";
import { SummaryList } from "../../layout/SummaryList";
import { investorRows } from "../investor/InvestorPages";

function isInvestorStatus(value: string | null): value is InvestorStatus {
  return (INVESTOR_STATUSES as readonly string[]).includes(value ?? "");
}

/**
 * The register's state lives in the address. With no status chosen it shows the records waiting
 * for verification (reception's work); "all" is asked for explicitly.
 */
export function investorFilterOf(params: URLSearchParams): InvestorFilter {
  const status = params.get("status");
  const filter: InvestorFilter = { page: pageOf(params) };
  if (status === null) filter.status = "PENDING_VERIFICATION";
  else if (isInvestorStatus(status)) filter.status = status;
  const name = params.get("name")?.trim();
  if (name) filter.name = name;
  return filter;
}

function paramsOf(filter: InvestorFilter): Record<string, string> {
  const out: Record<string, string> = { status: filter.status ?? "all" };
  if (filter.name) out.name = filter.name;
  if (filter.page > 0) out.page = String(filter.page);
  return out;
}

function Filters({ filter, onApply }: { filter: InvestorFilter; onApply: (next: InvestorFilter) => void }) {
  const { t } = useT();
  const [status, setStatus] = useState<string>(filter.status ?? "all");
  const [name, setName] = useState(filter.name ?? "");
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next: InvestorFilter = { page: 0 };
    if (isInvestorStatus(status)) next.status = status;
    if (name.trim()) next.name = name.trim();
    onApply(next);
  };
  return (
    <form className="filters" noValidate onSubmit={submit} aria-label={t("investors.filtersLabel")} role="search">
      <SelectField
        path="filter.status"
        label={t("investors.filter.status")}
        value={status}
        onChange={setStatus}
        options={[{ value: "all", label: t("investors.filter.anyStatus") }, ...INVESTOR_STATUSES.map((s) => ({ value: s, label: enumLabel(t, "investorStatus", s) }))]}
      />
      <TextField path="filter.name" label={t("investors.filter.name")} value={name} onChange={setName} width="20" />
      <div className="filters__actions">
        <button type="submit" className="button">
          {t("work.inbox.filter.apply")}
        </button>
      </div>
    </form>
  );
}

function StatusTag({ status }: { status: InvestorStatus | undefined }) {
  const { t } = useT();
  return <strong className={`tag tag--${status ?? ""}`}>{enumLabel(t, "investorStatus", status)}</strong>;
}

/** Reception's register of investor records: those waiting for verification first. */
export function InvestorRegisterPage() {
  const { t, lang } = useT();
  const [params, setParams] = useSearchParams();
  const filter = investorFilterOf(params);
  const investors = useInvestors(filter);
  const go = (next: InvestorFilter) => setParams(paramsOf(next));
  return (
    <Page title={t("investors.title")} lead={<p>{t("investors.lead")}</p>} wide>
      <Filters key={params.toString()} filter={filter} onApply={go} />
      <QueryView query={investors}>
        {(page) => (
          <>
            <p role="status" className="result-count">
              {t("investors.showing", { count: page.totalItems ?? 0 })}
            </p>
            {(page.items ?? []).length === 0 ? (
              <p>{t(filter.status === "PENDING_VERIFICATION" ? "investors.emptyPending" : "investors.empty")}</p>
            ) : (
              <div className="table-wrap">
                <table className="table table--responsive">
                  <caption className="visually-hidden">{t("investors.caption")}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("field.legalName")}</th>
                      <th scope="col">{t("field.type")}</th>
                      <th scope="col">{t("field.identityDocument_number")}</th>
                      <th scope="col">{t("field.country")}</th>
                      <th scope="col">{t("investors.col.registered")}</th>
                      <th scope="col">{t("investors.col.status")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {(page.items ?? []).map((i: Investor) => (
                      <tr key={i.id}>
                        <th scope="row" data-label={t("field.legalName")}>
                          <Link to={`/investors/${i.id ?? ""}`}>{i.legalName}</Link>
                        </th>
                        <td data-label={t("field.type")}>{enumLabel(t, "investorType", i.type)}</td>
                        <td data-label={t("field.identityDocument_number")}>{i.identityDocument?.number}</td>
                        <td data-label={t("field.country")}>{i.country && countryName(i.country, lang)}</td>
                        <td data-label={t("investors.col.registered")}>{i.createdAt && formatDateTime(i.createdAt, lang)}</td>
                        <td data-label={t("investors.col.status")}>
                          <StatusTag status={i.status} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            <Pager page={filter.page} totalPages={page.totalPages ?? 1} onPage={(p) => go({ ...filter, page: p })} label={t("investors.pagerLabel")} />
          </>
        )}
      </QueryView>
    </Page>
  );
}

type Action = "verify" | "reject" | "suspend" | "reinstate";

/**
 * What reception may do with the record in its status. Every action sends the version it was
 * shown (If-Match): if a colleague or the investor changed the record meanwhile, the service
 * answers 412 and the page shows the record as it is now.
 */
function Decide({ investor }: { investor: Investor }) {
  const { t } = useT();
  const client = useQueryClient();
  const [done, setDone] = useState<Action | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = investor.id ?? "";
  const params = { path: { id }, header: { "If-Match": `"${investor.version ?? 0}"` } };
  const send = async (action: Action, reason?: string) => {
    setProblem(null);
    const request =
      action === "verify"
        ? investorApi.POST("/investors/{id}/verify", { params })
        : action === "reinstate"
          ? investorApi.POST("/investors/{id}/reinstate", { params })
          : investorApi.POST(action === "reject" ? "/investors/{id}/reject" : "/investors/{id}/suspend", { params, body: { reason: reason ?? "" } });
    try {
      const updated = await call(request);
      client.setQueryData(workKeys.investor(id), updated);
      setDone(action);
    } catch (e) {
      if (e instanceof ApiError && e.status === 412) {
        setProblem(t("investors.stale"));
        await client.invalidateQueries({ queryKey: workKeys.investor(id) });
        return;
      }
      // A reason the service refuses is shown by its field; anything else above the actions.
      if (reason !== undefined && e instanceof ApiError && e.status === 400) throw e;
      setProblem(e instanceof ApiError ? (e.problem.detail ?? e.problem.title) || t("errors.unexpected") : t("errors.network"));
    } finally {
      void client.invalidateQueries({ queryKey: ["investors"] });
    }
  };
  const run = (action: Action) => {
    setBusy(true);
    void send(action).finally(() => setBusy(false));
  };
  const reason = (action: "reject" | "suspend") => (
    <ReasonAction
      path={`${action}-reason`}
      openLabel={t(`investors.${action}.open`)}
      label={t(`investors.${action}.reason`)}
      hint={t("investors.reasonHint")}
      needed={t("investors.reasonNeeded")}
      confirmLabel={t(`investors.${action}.confirm`)}
      maxLength={2000}
      onConfirm={(text) => send(action, text)}
    />
  );
  return (
    <section className="panel" aria-labelledby="decide-title">
      <h2 id="decide-title">{t("investors.decideTitle")}</h2>
      {done && (
        <p className="notice notice--success" role="status">
          {t(`investors.done.${done}`)}
        </p>
      )}
      {problem && (
        <p className="notice notice--error" role="alert">
          {problem}
        </p>
      )}
      {investor.status === "PENDING_VERIFICATION" && (
        <>
          <p>{t("investors.pendingBody")}</p>
          <div className="button-group">
            <button type="button" className="button" disabled={busy} onClick={() => run("verify")}>
              {t("investors.verify")}
            </button>
          </div>
          {reason("reject")}
        </>
      )}
      {investor.status === "VERIFIED" && (
        <>
          <p>{t("investors.verifiedBody")}</p>
          {reason("suspend")}
        </>
      )}
      {investor.status === "SUSPENDED" && (
        <>
          <p>{t("investors.suspendedBody")}</p>
          <button type="button" className="button" disabled={busy} onClick={() => run("reinstate")}>
            {t("investors.reinstate")}
          </button>
        </>
      )}
      {investor.status === "REJECTED" && <p>{t("investors.rejectedBody")}</p>}
    </section>
  );
}

/** One investor record as reception checks it against the documents, and the decision on it. */
export function InvestorReviewPage() {
  const { t, lang } = useT();
  const { id = "" } = useParams();
  const investor = useInvestor(id);
  return (
    <Page title={investor.data?.legalName ?? t("investors.recordTitle")} wide>
      <p>
        <Link to="/investors">{t("investors.back")}</Link>
      </p>
      <QueryView query={investor}>
        {(record) => (
          <div className="columns">
            <section className="column--wide" aria-labelledby="record-title">
              <h2 id="record-title">{t("investors.recordTitle")}</h2>
              <p>
                <StatusTag status={record.status} />
                {record.statusChangedAt && <span className="muted"> {t("status.changedAt", { at: formatDateTime(record.statusChangedAt, lang) })}</span>}
              </p>
              {record.statusReason && <blockquote className="quote">{record.statusReason}</blockquote>}
              <SummaryList rows={investorRows(t, lang, record)} />
            </section>
            <Decide investor={record} />
          </div>
        )}
      </QueryView>
    </Page>
  );
}
