import { useQueryClient } from "@tanstack/react-query";
import { Link, Navigate, useNavigate } from "react-router";
import { investorApi } from "../../api/clients";
import { call, isStatus } from "../../api/problem";
import { keys, useMe } from "../../api/queries";
import type { Values } from "../../api/unsaved";
import type { Investor } from "../../domain/types";
import { countryName, formatDate, formatDateTime } from "../../format/format";
import { enumLabel } from "../../forms/labels";
import { useSubmit } from "../../forms/useForm";
import { useT } from "../../i18n";
import { Page } from "../../layout/Page";
import { LoadFailure, Loading, QueryView } from "../../layout/QueryView";
import { SummaryList, type Row } from "../../layout/SummaryList";
import { InvestorForm } from "./InvestorForm";
import { investorRequest, valuesOfInvestor } from "./investorForm";

/** How often the pending page asks whether the record was verified. */
const POLL_MS = 5_000;

export function RegistrationPage() {
  const { t } = useT();
  const me = useMe();
  const client = useQueryClient();
  const navigate = useNavigate();
  const { submit, pending, errors } = useSubmit({
    mutationFn: ({ values }: { values: Values; markSaved: () => void }) =>
      call(investorApi.POST("/investors", { body: investorRequest(values) })),
    onSuccess: (investor, { markSaved }) => {
      markSaved();
      client.setQueryData(keys.me, investor);
      void navigate("/investor/status", { state: { flash: "investor.registered" } });
    },
  });
  if (me.data) return <Navigate to="/investor/status" replace />;
  return (
    <Page title={t("register.title")} lead={<p>{t("register.lead")}</p>}>
      {me.isPending ? (
        <Loading />
      ) : me.isError ? (
        <LoadFailure error={me.error} onRetry={() => void me.refetch()} />
      ) : (
        <InvestorForm
          initial={valuesOfInvestor(undefined)}
          submitLabel={t("register.submit")}
          pending={pending}
          errors={errors}
          onSubmit={(values, markSaved) => submit({ values, markSaved })}
        />
      )}
    </Page>
  );
}

export function investorRows(t: ReturnType<typeof useT>["t"], lang: ReturnType<typeof useT>["lang"], i: Investor): Row[] {
  const rows: Row[] = [
    { key: t("field.type"), value: enumLabel(t, "investorType", i.type) },
    { key: t("field.legalName"), value: i.legalName },
    { key: t("field.country"), value: i.country && countryName(i.country, lang) },
    { key: t("field.identityDocument_type"), value: enumLabel(t, "identityDocumentType", i.identityDocument?.type) },
    { key: t("field.identityDocument_number"), value: i.identityDocument?.number },
    { key: t("field.identityDocument_issuingCountry"), value: i.identityDocument?.issuingCountry && countryName(i.identityDocument.issuingCountry, lang) },
    { key: t("field.identityDocument_expiresOn"), value: i.identityDocument?.expiresOn && formatDate(i.identityDocument.expiresOn, lang) },
    {
      key: t("investor.addressTitle"),
      value: [i.registeredAddress?.street, i.registeredAddress?.city, i.registeredAddress?.postalCode, i.registeredAddress?.country && countryName(i.registeredAddress.country, lang)]
        .filter(Boolean)
        .join(", "),
    },
    { key: t("field.contactEmail"), value: i.contactEmail },
    { key: t("field.contactPhone"), value: i.contactPhone },
  ];
  if (i.legalRepresentative) {
    rows.push({
      key: t("investor.representativeTitle"),
      value: `${i.legalRepresentative.fullName} – ${i.legalRepresentative.position} (${countryName(i.legalRepresentative.nationality, lang)})`,
    });
  }
  return rows;
}

function StatusPanel({ investor }: { investor: Investor }) {
  const { t, lang } = useT();
  switch (investor.status) {
    case "VERIFIED":
      return (
        <div className="panel panel--success">
          <h2>{t("status.verified.title")}</h2>
          <p>{t("status.verified.body")}</p>
          <p>
            <Link to="/dashboard" className="button">
              {t("status.verified.toDashboard")}
            </Link>
          </p>
        </div>
      );
    case "REJECTED":
    case "SUSPENDED": {
      const which = investor.status === "REJECTED" ? "rejected" : "suspended";
      return (
        <div className="panel panel--warning">
          <h2>{t(`status.${which}.title`)}</h2>
          <p>{t("status.reasonIntro")}</p>
          <blockquote className="quote">{investor.statusReason ?? t("status.noReason")}</blockquote>
          {investor.statusChangedAt && <p>{t("status.changedAt", { at: formatDateTime(investor.statusChangedAt, lang) })}</p>}
          <p>{t(`status.${which}.next`)}</p>
          {which === "rejected" && (
            <p>
              <Link to="/investor/profile/edit" className="button">
                {t("status.rejected.correct")}
              </Link>
            </p>
          )}
        </div>
      );
    }
    default:
      return (
        <div className="panel">
          <h2>{t("status.pending.title")}</h2>
          <p>{t("status.pending.body")}</p>
          <h3>{t("status.pending.nextTitle")}</h3>
          <ol className="list list--number">
            <li>{t("status.pending.step1")}</li>
            <li>{t("status.pending.step2")}</li>
            <li>{t("status.pending.step3")}</li>
          </ol>
          <p className="hint">{t("status.pending.polling")}</p>
        </div>
      );
  }
}

/** Where verification stands; while pending it asks the service every few seconds. */
export function InvestorStatusPage() {
  const { t } = useT();
  const me = useMe({ pollWhilePendingMs: POLL_MS });
  if (me.data === null) return <Navigate to="/investor/register" replace />;
  return (
    <Page title={t("status.title")}>
      <QueryView query={me}>
        {(investor) =>
          investor && (
            <>
              <div role="status" aria-live="polite" className="status-line">
                {t("status.current")} <strong className={`tag tag--${investor.status ?? ""}`}>{enumLabel(t, "investorStatus", investor.status)}</strong>
              </div>
              <StatusPanel investor={investor} />
              <p>
                <Link to="/investor/profile">{t("status.viewDetails")}</Link>
              </p>
            </>
          )
        }
      </QueryView>
    </Page>
  );
}

export function ProfilePage() {
  const { t, lang } = useT();
  const me = useMe();
  if (me.data === null) return <Navigate to="/investor/register" replace />;
  return (
    <Page title={t("profile.title")}>
      <QueryView query={me}>
        {(investor) =>
          investor && (
            <>
              <p className="status-line">
                {t("status.current")} <strong className={`tag tag--${investor.status ?? ""}`}>{enumLabel(t, "investorStatus", investor.status)}</strong>{" "}
                <Link to="/investor/status">{t("profile.statusLink")}</Link>
              </p>
              <SummaryList rows={investorRows(t, lang, investor)} />
              <p>{t("profile.correctionNote")}</p>
              <p>
                <Link to="/investor/profile/edit" className="button button--secondary">
                  {t("profile.edit")}
                </Link>
              </p>
            </>
          )
        }
      </QueryView>
    </Page>
  );
}

/** Corrects the record: PUT with If-Match = its version; a stale version (412) reloads it. */
export function ProfileEditPage() {
  const { t } = useT();
  const me = useMe();
  const client = useQueryClient();
  const navigate = useNavigate();
  const { submit, pending, errors, mutation } = useSubmit({
    mutationFn: ({ investor, values }: { investor: Investor; values: Values; markSaved: () => void }) =>
      call(
        investorApi.PUT("/investors/{id}", {
          params: { path: { id: investor.id ?? "" }, header: { "If-Match": `"${investor.version ?? 0}"` } },
          body: investorRequest(values),
        }),
      ),
    onSuccess: (investor, { markSaved }) => {
      markSaved();
      client.setQueryData(keys.me, investor);
      void navigate("/investor/profile", { state: { flash: "profile.saved" } });
    },
    onError: (error) => {
      if (isStatus(error, 412)) void client.invalidateQueries({ queryKey: keys.me });
    },
  });
  const stale = isStatus(mutation.error, 412);
  if (me.data === null) return <Navigate to="/investor/register" replace />;
  return (
    <Page title={t("profile.editTitle")} lead={<p>{t("profile.editLead")}</p>}>
      {stale && (
        <p className="notice notice--warning" role="alert">
          {t("form.changedElsewhere")}
        </p>
      )}
      <QueryView query={me}>
        {(investor) =>
          investor && (
            <InvestorForm
              key={investor.version}
              initial={valuesOfInvestor(investor)}
              submitLabel={t("profile.save")}
              pending={pending}
              errors={stale ? null : errors}
              onSubmit={(values, markSaved) => submit({ investor, values, markSaved })}
            />
          )
        }
      </QueryView>
    </Page>
  );
}
