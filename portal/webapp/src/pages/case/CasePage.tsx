import { Link } from "react-router";
import { useApology, useRefusal, useSupplementRequest, useTimeline } from "../../api/queries";
import { currentStage, isDocumentType, isEnded, isWithdrawable, type Application, type SupplementRequest } from "../../domain/types";
import { formatDate, formatDateTime } from "../../format/format";
import { enumLabel } from "../../forms/labels";
import { useT } from "../../i18n";
import { QueryView } from "../../layout/QueryView";
import { SummaryList } from "../../layout/SummaryList";
import { ApplicationRoute, CaseCaption } from "../apply/ApplicationRoute";
import { ClockPanel, NextActionText, StatusTag, TimelineList } from "./CaseParts";

export function SupplementDetails({ request }: { request: SupplementRequest }) {
  const { t, lang } = useT();
  return (
    <>
      <SummaryList
        rows={[
          { key: t("supplement.requestedAt"), value: request.requestedAt && formatDateTime(request.requestedAt, lang) },
          { key: t("supplement.by"), value: enumLabel(t, "office", request.stage) },
          { key: t("supplement.answerDueAt"), value: request.answerDueAt && <strong>{formatDateTime(request.answerDueAt, lang)}</strong> },
          { key: t("supplement.legalBasis"), value: request.legalBasis },
          { key: t("supplement.comment"), value: request.comment },
        ]}
      />
      <table className="table">
        <caption>{t("supplement.reasonsCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("supplement.document")}</th>
            <th scope="col">{t("supplement.reason")}</th>
          </tr>
        </thead>
        <tbody>
          {(request.reasons ?? []).map((r, i) => (
            <tr key={`${r.document ?? ""}-${i}`}>
              <td>{isDocumentType(r.document) ? enumLabel(t, "documentType", r.document) : r.document}</td>
              <td>{r.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function Supplement({ application }: { application: Application }) {
  const { t } = useT();
  const id = application.id ?? "";
  const owed = application.status === "SUPPLEMENT_REQUESTED";
  const request = useSupplementRequest(id, application.status !== "DRAFT");
  if (!request.data) return null;
  return (
    <section aria-labelledby="supplement-title" className={owed ? "panel panel--warning" : "panel"}>
      <h2 id="supplement-title">{owed ? t("supplement.titleOwed") : t("supplement.titleAnswered")}</h2>
      <SupplementDetails request={request.data} />
      {owed && (
        <p>
          <Link to={`/applications/${id}/supplement`} className="button">
            {t("supplement.answer")}
          </Link>
        </p>
      )}
    </section>
  );
}

function RefusalPanel({ id }: { id: string }) {
  const { t, lang } = useT();
  const refusal = useRefusal(id, true);
  if (!refusal.data) return null;
  const r = refusal.data;
  return (
    <section aria-labelledby="refusal-title" className="panel panel--warning">
      <h2 id="refusal-title">{t("refusal.title")}</h2>
      <SummaryList
        rows={[
          { key: t("refusal.decidedAt"), value: r.decidedAt && formatDateTime(r.decidedAt, lang) },
          { key: t("refusal.by"), value: enumLabel(t, "office", r.stage) },
          { key: t("refusal.comment"), value: r.comment },
        ]}
      />
      {(r.reasons ?? []).length > 0 && (
        <>
          <h3>{t("refusal.reasons")}</h3>
          <ul className="list list--bullet">
            {(r.reasons ?? []).map((reason, i) => (
              <li key={i}>
                {reason.document && `${isDocumentType(reason.document) ? enumLabel(t, "documentType", reason.document) : reason.document}: `}
                {reason.reason}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function ApologyPanel({ id }: { id: string }) {
  const { t, lang } = useT();
  const apology = useApology(id, true);
  if (!apology.data) return null;
  const a = apology.data;
  return (
    <section aria-labelledby="apology-title" className="panel">
      <h2 id="apology-title">{t("apology.title")}</h2>
      <p>{t("apology.body")}</p>
      <SummaryList
        rows={[
          { key: t("apology.original"), value: a.originalAppointmentDate && formatDate(a.originalAppointmentDate, lang) },
          { key: t("apology.new"), value: a.newAppointmentDate && <strong>{formatDate(a.newAppointmentDate, lang)}</strong> },
        ]}
      />
    </section>
  );
}

function CaseBody({ application, id }: { application: Application; id: string }) {
  const { t, lang } = useT();
  const timeline = useTimeline(id);
  const stage = currentStage(timeline.data);
  const running = application.status !== "DRAFT" && !isEnded(application.status);
  return (
    <>
      <CaseCaption application={application} />
      <SummaryList
        rows={[
          { key: t("case.reference"), value: application.reference },
          { key: t("field.projectName"), value: application.projectName },
          { key: t("case.status"), value: <StatusTag status={application.status} /> },
          { key: t("case.stage"), value: stage ? t("case.stageValue", { office: enumLabel(t, "office", stage), stage: enumLabel(t, "stage", stage) }) : undefined },
          { key: t("case.submittedAt"), value: application.submittedAt && formatDateTime(application.submittedAt, lang) },
          {
            key: t("case.appointmentDate"),
            value: application.appointmentDate ? formatDate(application.appointmentDate, lang) : application.status === "SUPPLEMENT_REQUESTED" ? t("case.appointmentPaused") : undefined,
          },
          { key: t("case.contentHash"), value: application.contentHash && <span className="hash">{application.contentHash}</span> },
        ]}
      />
      <section aria-labelledby="next-title" className="panel">
        <h2 id="next-title">{t("case.next")}</h2>
        <p>
          <NextActionText application={application} timeline={timeline.data} />
        </p>
      </section>
      {application.status === "REJECTED" && <RefusalPanel id={id} />}
      {running && <ApologyPanel id={id} />}
      <Supplement application={application} />
      {application.status !== "DRAFT" && (
        <QueryView query={timeline}>
          {(data) => (
            <>
              <ClockPanel timeline={data} />
              <section aria-labelledby="timeline-title">
                <h2 id="timeline-title">{t("timeline.title")}</h2>
                <TimelineList timeline={data} />
              </section>
            </>
          )}
        </QueryView>
      )}
      <section aria-labelledby="more-title">
        <h2 id="more-title">{t("case.more")}</h2>
        <ul className="list">
          {application.submittedAt && (
            <li>
              <Link to={`/applications/${id}/receipt`}>{t("case.receiptLink")}</Link>
            </li>
          )}
          {application.status === "LICENSED" && (
            <li>
              <Link to={`/applications/${id}/licence`}>{t("case.licenceLink")}</Link>
            </li>
          )}
          {application.status === "DRAFT" && (
            <li>
              <Link to={`/applications/${id}/tasks`}>{t("next.continueDraft")}</Link>
            </li>
          )}
          {isWithdrawable(application.status) && (
            <li>
              <Link to={`/applications/${id}/withdraw`}>{t("case.withdrawLink")}</Link>
            </li>
          )}
          <li>
            <Link to="/dashboard">{t("case.backToDashboard")}</Link>
          </li>
        </ul>
      </section>
    </>
  );
}

export function CasePage() {
  const { t } = useT();
  return <ApplicationRoute title={t("case.title")}>{(application, id) => <CaseBody application={application} id={id} />}</ApplicationRoute>;
}
