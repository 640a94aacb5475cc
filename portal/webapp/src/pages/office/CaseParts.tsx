import { useState } from "react";
import { useDocuments } from "../../api/queries";
import { useSignedDecisions } from "../../api/office";
import type { Application, DossierDocument } from "../../domain/types";
import { formatArea, formatBytes, formatCount, formatDate, formatDateTime, formatMoney } from "../../format/format";
import { enumLabel, fieldLabel } from "../../forms/labels";
import { useT } from "../../i18n";
import { QueryView } from "../../layout/QueryView";
import { SummaryList } from "../../layout/SummaryList";
import { DocumentViewer } from "./DocumentViewer";

/** The application as filed: what the official decides on. */
export function ApplicationSummary({ application }: { application: Application }) {
  const { t, lang } = useT();
  const a = application;
  const capital = a.totalCapital?.amount ? formatMoney(a.totalCapital.amount, a.totalCapital.currency ?? "VND", lang) : "";
  return (
    <SummaryList
      rows={[
        { key: fieldLabel(t, "projectName"), value: a.projectName },
        { key: fieldLabel(t, "objectives"), value: a.objectives },
        { key: fieldLabel(t, "sectorCode"), value: a.sectorCode },
        { key: fieldLabel(t, "location.park"), value: [enumLabel(t, "park", a.location?.park), a.location?.zone].filter(Boolean).join(", ") },
        { key: t("field.landAreaM2"), value: a.landAreaM2 ? formatArea(a.landAreaM2, lang) : "" },
        { key: fieldLabel(t, "totalCapital.amount"), value: capital },
        { key: fieldLabel(t, "plannedSchedule.constructionStart"), value: a.plannedSchedule?.constructionStart ? formatDate(a.plannedSchedule.constructionStart, lang) : "" },
        { key: fieldLabel(t, "plannedSchedule.operationStart"), value: a.plannedSchedule?.operationStart ? formatDate(a.plannedSchedule.operationStart, lang) : "" },
        { key: fieldLabel(t, "expectedEmployees"), value: a.expectedEmployees !== undefined ? formatCount(a.expectedEmployees, lang) : "" },
        { key: fieldLabel(t, "environmentalCategory"), value: enumLabel(t, "environmentalCategory", a.environmentalCategory) },
        { key: t("work.case.submittedAt"), value: a.submittedAt ? formatDateTime(a.submittedAt, lang) : "" },
        { key: t("work.case.ruleSet"), value: a.ruleSet },
        { key: t("work.case.dossierHash"), value: a.contentHash ? <code className="hash">{a.contentHash}</code> : "" },
      ]}
    />
  );
}

/** Every version of every dossier document, newest first per type, each readable in the page. */
export function DossierDocuments({ applicationId }: { applicationId: string }) {
  const { t, lang } = useT();
  const documents = useDocuments(applicationId);
  const [open, setOpen] = useState<DossierDocument | null>(null);
  const url = (d: DossierDocument) => `/api/licensing/applications/${applicationId}/documents/${d.id ?? ""}/content`;
  return (
    <QueryView query={documents}>
      {(list) => {
        const items = [...(list ?? [])].sort((x, y) => (x.type ?? "").localeCompare(y.type ?? "") || (y.uploadedAt ?? "").localeCompare(x.uploadedAt ?? ""));
        const versionOf = (d: DossierDocument) => items.filter((o) => o.type === d.type && (o.uploadedAt ?? "") <= (d.uploadedAt ?? "")).length;
        return (
          <>
            <div className="table-wrap">
              <table className="table table--responsive">
                <caption className="visually-hidden">{t("work.documents.caption")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("work.documents.type")}</th>
                    <th scope="col">{t("work.documents.file")}</th>
                    <th scope="col">{t("work.documents.version")}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t("work.col.actions")}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((d) => (
                    <tr key={d.id}>
                      <th scope="row" className="table__wrap" data-label={t("work.documents.type")}>
                        {enumLabel(t, "documentType", d.type)}
                      </th>
                      <td data-label={t("work.documents.file")}>
                        {d.filename}
                        <br />
                        <span className="muted">
                          {formatBytes(d.sizeBytes ?? 0, lang)} · {d.uploadedAt ? formatDateTime(d.uploadedAt, lang) : ""}
                        </span>
                        <br />
                        <span className="muted">{t("work.documents.sha256")}</span> <code className="hash">{d.sha256}</code>
                      </td>
                      <td data-label={t("work.documents.version")}>
                        {t("work.documents.versionN", { n: versionOf(d) })} {d.current ? <strong className="tag tag--current">{t("work.documents.current")}</strong> : <span className="tag">{t("work.documents.superseded")}</span>}
                      </td>
                      <td data-label={t("work.col.actions")}>
                        <button type="button" className="button button--secondary button--small" onClick={() => setOpen(d)}>
                          {t("work.documents.view")}
                          <span className="visually-hidden"> {d.filename}</span>
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {open && <DocumentViewer key={open.id} url={url(open)} title={`${enumLabel(t, "documentType", open.type)}: ${open.filename ?? ""}`} onClose={() => setOpen(null)} />}
          </>
        );
      }}
    </QueryView>
  );
}

/** The case's signed decisions with what the service verified when each was made. */
export function SignedDecisions({ applicationId }: { applicationId: string }) {
  const { t, lang } = useT();
  const decisions = useSignedDecisions(applicationId);
  return (
    <QueryView query={decisions}>
      {(list) =>
        (list ?? []).length === 0 ? (
          <p className="muted">{t("work.decisions.none")}</p>
        ) : (
          <ol className="decisions">
            {(list ?? []).map((d) => {
              const verification = (d.verification ?? {}) as Record<string, unknown>;
              const revoked = d.certificate?.status === "REVOKED";
              return (
                <li key={d.taskId} className="decisions__item">
                  <p>
                    <strong>{enumLabel(t, "stage", d.stage)}</strong>: {enumLabel(t, "decisionOutcome", d.outcome)}
                  </p>
                  <p className="muted">
                    {t("work.decisions.by", { official: d.official ?? "", date: d.decidedAt ? formatDateTime(d.decidedAt, lang) : "" })}
                  </p>
                  <p>
                    <strong className="tag tag--verified">{t("work.decisions.verified")}</strong>{" "}
                    {t("work.decisions.signedWith", { algorithm: String(verification.algorithm ?? ""), subject: d.certificate?.subjectDn ?? "" })}
                    {revoked && (
                      <>
                        {" "}
                        <strong className="tag tag--overdue">{t("work.decisions.revokedSince", { date: d.certificate?.revokedAt ? formatDateTime(d.certificate.revokedAt, lang) : "" })}</strong>
                      </>
                    )}
                  </p>
                  <p className="muted">
                    {t("work.decisions.hash")} <code className="hash">{d.documentHash}</code>
                  </p>
                </li>
              );
            })}
          </ol>
        )
      }
    </QueryView>
  );
}

/** What a consulted agency answered: its signed decision's outcome and comment (from the signed text). */
export function consultationAnswers(decisions: { stage?: string; outcome?: string; official?: string; decidedAt?: string; document?: string }[]) {
  return decisions
    .filter((d) => d.stage === "CONSULTATION")
    .map((d) => {
      let comment = "";
      try {
        const signed = JSON.parse(d.document ?? "{}") as { comment?: unknown };
        comment = typeof signed.comment === "string" ? signed.comment : "";
      } catch {
        comment = "";
      }
      return { outcome: d.outcome ?? "", official: d.official ?? "", decidedAt: d.decidedAt ?? "", comment };
    });
}

/** On the appraisal task: the consulted agencies' answers, beside the appraiser's own decision. */
export function ConsultationAnswers({ applicationId }: { applicationId: string }) {
  const { t, lang } = useT();
  const decisions = useSignedDecisions(applicationId);
  const answers = consultationAnswers(decisions.data ?? []);
  return (
    <section aria-labelledby="consultations-title">
      <h2 id="consultations-title">{t("work.consultations.title")}</h2>
      {answers.length === 0 ? (
        <p className="muted">{t("work.consultations.none")}</p>
      ) : (
        <ul className="list">
          {answers.map((a, i) => (
            <li key={i} className="decisions__item">
              <p>
                <strong>{enumLabel(t, "decisionOutcome", a.outcome)}</strong> · {t("work.decisions.by", { official: a.official, date: a.decidedAt ? formatDateTime(a.decidedAt, lang) : "" })}
              </p>
              {a.comment && <p>{a.comment}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
