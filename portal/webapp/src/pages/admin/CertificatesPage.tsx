import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { licensingApi } from "../../api/clients";
import { call } from "../../api/problem";
import { workKeys } from "../../api/office";
import { formatDateTime } from "../../format/format";
import { ReasonAction } from "../../forms/ReasonAction";
import { useT } from "../../i18n";
import { Page } from "../../layout/Page";
import { Pager } from "../../layout/Pager";
import { QueryView } from "../../layout/QueryView";
import type { LicensingSchemas } from "@onestop/frontend-contracts";

type Certificate = LicensingSchemas["schemas"]["OfficialCertificate"];

function Revoke({ certificate, onDone }: { certificate: Certificate; onDone: () => void }) {
  const { t } = useT();
  if (certificate.status === "REVOKED") return null;
  return (
    <ReasonAction
      path={`revocation-${certificate.id ?? ""}`}
      openLabel={t("admin.revoke")}
      about={certificate.subjectDn}
      label={t("admin.reason")}
      hint={t("admin.reasonHint")}
      needed={t("admin.reasonNeeded")}
      confirmLabel={t("admin.confirmRevoke")}
      maxLength={500}
      onConfirm={async (reason) => {
        await call(licensingApi.POST("/certificates/{id}/revocation", { params: { path: { id: certificate.id ?? "" } }, body: { reason } }));
        onDone();
      }}
    />
  );
}

/** The administrator's list of officials' signing certificates, and revocation with a reason. */
export function CertificatesPage() {
  const { t, lang } = useT();
  const client = useQueryClient();
  const [page, setPage] = useState(0);
  const certificates = useQuery({
    queryKey: workKeys.certificates(page),
    queryFn: () => call(licensingApi.GET("/certificates", { params: { query: { page, size: 20 } } })),
    placeholderData: keepPreviousData,
  });
  return (
    <Page title={t("admin.title")} lead={<p>{t("admin.lead")}</p>} wide>
      <QueryView query={certificates}>
        {(data) => (
          <>
            <div className="table-wrap">
              <table className="table table--responsive">
                <caption className="visually-hidden">{t("admin.caption")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("signing.col.subject")}</th>
                    <th scope="col">{t("admin.col.official")}</th>
                    <th scope="col">{t("admin.col.registered")}</th>
                    <th scope="col">{t("signing.col.status")}</th>
                    <th scope="col">{t("admin.col.action")}</th>
                  </tr>
                </thead>
                <tbody>
                  {(data.items ?? []).map((c) => (
                    <tr key={c.id}>
                      <th scope="row" data-label={t("signing.col.subject")}>
                        {c.subjectDn}
                        <br />
                        <code className="hash">{c.fingerprint}</code>
                      </th>
                      <td data-label={t("admin.col.official")}>{c.officialSubject}</td>
                      <td data-label={t("admin.col.registered")}>{c.registeredAt ? formatDateTime(c.registeredAt, lang) : ""}</td>
                      <td data-label={t("signing.col.status")}>
                        <strong className={`tag tag--${c.status ?? ""}`}>{t(`certificateStatus.${c.status ?? ""}`, { defaultValue: c.status ?? "" })}</strong>
                        {c.revocationReason && (
                          <p className="muted">
                            {t("admin.revokedBecause", { reason: c.revocationReason, date: c.revokedAt ? formatDateTime(c.revokedAt, lang) : "" })}
                          </p>
                        )}
                      </td>
                      <td data-label={t("admin.col.action")}>
                        <Revoke certificate={c} onDone={() => void client.invalidateQueries({ queryKey: ["certificates"] })} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Pager page={page} totalPages={data.totalPages ?? 1} onPage={setPage} label={t("admin.pagerLabel")} />
          </>
        )}
      </QueryView>
    </Page>
  );
}
