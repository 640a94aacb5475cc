import { useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link, useParams } from "react-router";
import { licensingApi } from "../../api/clients";
import { ApiError, call, isStatus } from "../../api/problem";
import { useApplication, useTimeline } from "../../api/queries";
import { useSession } from "../../api/session";
import { invalidateTask, useOfficialMe, useOfficials, useTask } from "../../api/office";
import { formatDateTime } from "../../format/format";
import { SelectField } from "../../forms/fields";
import { enumLabel } from "../../forms/labels";
import { useT } from "../../i18n";
import { Page } from "../../layout/Page";
import { LoadFailure, QueryView } from "../../layout/QueryView";
import { ClockPanel, TimelineList } from "../case/CaseParts";
import { ApplicationSummary, ConsultationAnswers, DossierDocuments, SignedDecisions } from "./CaseParts";
import { DecisionPanel } from "./DecisionPanel";
import { AssigneeText, DueText } from "./InboxPage";
import type { LicensingSchemas } from "@onestop/frontend-contracts";

type Task = LicensingSchemas["schemas"]["Task"];

function problemText(t: ReturnType<typeof useT>["t"], e: unknown): string {
  if (e instanceof ApiError) return e.problem.detail ?? (e.problem.title || t("errors.unexpected"));
  return t("errors.network");
}

/** Claim, give back, or (a supervisor) hand over to an official of the task's group. */
function Assignment({ task, me }: { task: Task; me: string | undefined }) {
  const { t } = useT();
  const client = useQueryClient();
  const session = useSession();
  const supervisor = session.data?.roles.includes("approver") === true;
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [assignee, setAssignee] = useState("");
  const group = task.candidateGroups?.[0] ?? "";
  const officials = useOfficials(group, supervisor && Boolean(group));
  const act = async (action: () => Promise<unknown>) => {
    setBusy(true);
    setMessage(null);
    try {
      await action();
    } catch (e) {
      setMessage(e instanceof ApiError && e.status === 409 ? t("work.task.claimConflict") : problemText(t, e));
    } finally {
      setBusy(false);
      await invalidateTask(client, task.id ?? "");
    }
  };
  const path = { params: { path: { id: task.id ?? "" } } };
  const reassign = (e: FormEvent) => {
    e.preventDefault();
    if (assignee) void act(() => call(licensingApi.PUT("/tasks/{id}/assignee", { ...path, body: { assignee } })));
  };
  return (
    <div className="assignment">
      <p>
        {t("work.task.assignee")}: <AssigneeText task={task} me={me} />
      </p>
      {message && (
        <p className="notice notice--error" role="alert">
          {message}
        </p>
      )}
      <div className="button-group">
        {!task.assignee && (
          <button type="button" className="button" disabled={busy} onClick={() => void act(() => call(licensingApi.POST("/tasks/{id}/claim", path)))}>
            {t("work.task.claim")}
          </button>
        )}
        {task.assignee && (task.assignee === me || supervisor) && (
          <button type="button" className="button button--secondary" disabled={busy} onClick={() => void act(() => call(licensingApi.POST("/tasks/{id}/unclaim", path)))}>
            {t("work.task.unclaim")}
          </button>
        )}
      </div>
      {supervisor && (
        <form className="inline-form" noValidate onSubmit={reassign}>
          <SelectField
            path="assignee"
            label={t("work.task.reassignTo", { group: t(`group.${group}`, { defaultValue: group }) })}
            value={assignee}
            onChange={setAssignee}
            options={[
              { value: "", label: t("work.task.chooseOfficial") },
              ...(officials.data?.items ?? []).filter((o) => o.subject !== task.assignee).map((o) => ({ value: o.subject ?? "", label: o.name ? `${o.name} (${o.username ?? ""})` : (o.username ?? "") })),
            ]}
          />
          <button type="submit" className="button button--secondary" disabled={busy || !assignee}>
            {t("work.task.reassign")}
          </button>
        </form>
      )}
    </div>
  );
}

function CaseView({ task, me }: { task: Task; me: string | undefined }) {
  const { t, lang } = useT();
  const id = task.applicationId ?? "";
  const application = useApplication(id);
  const timeline = useTimeline(id);
  const mine = task.assignee === me;
  return (
    <Page title={`${enumLabel(t, "stage", task.stage)}: ${task.reference ?? ""}`} lead={<p>{task.projectName} · {task.investorName}</p>} wide>
      <p>
        <Link to="/inbox">{t("work.task.back")}</Link>
      </p>
      <div className="task-bar">
        <section className="panel task-bar__task" aria-labelledby="task-title">
          <h2 id="task-title">{t("work.task.title")}</h2>
          <p>
            {t("work.task.due")}: <DueText task={task} />
          </p>
          <p className="muted">{t("work.task.created", { date: task.createdAt ? formatDateTime(task.createdAt, lang) : "" })}</p>
          <Assignment task={task} me={me} />
        </section>
        {timeline.data && (
          <div className="panel task-bar__clock">
            <ClockPanel timeline={timeline.data} />
          </div>
        )}
      </div>
      <div>
        <div>
          {application.isError && isStatus(application.error, 403) ? (
            // Consulted agencies see the task, not the case file (licensing-service's rule).
            <>
              <p className="notice" role="note">
                {t("work.case.agencyNote")}
              </p>
              {mine ? <DecisionPanel task={task} application={undefined} /> : <p className="notice">{t(task.assignee ? "work.task.claimedNote" : "work.task.claimFirst")}</p>}
            </>
          ) : (
            <QueryView query={application}>
              {(a) => (
                <>
                  <section aria-labelledby="application-title">
                    <h2 id="application-title">{t("work.case.application")}</h2>
                    <ApplicationSummary application={a} />
                  </section>
                  <section aria-labelledby="documents-title">
                    <h2 id="documents-title">{t("work.case.documents")}</h2>
                    <DossierDocuments applicationId={id} />
                  </section>
                  {task.stage === "APPRAISAL" && <ConsultationAnswers applicationId={id} />}
                  <section aria-labelledby="decisions-title">
                    <h2 id="decisions-title">{t("work.case.decisions")}</h2>
                    <SignedDecisions applicationId={id} />
                  </section>
                  {mine ? (
                    <DecisionPanel task={task} application={a} />
                  ) : (
                    <p className="notice" role="note">
                      {t(task.assignee ? "work.task.claimedNote" : "work.task.claimFirst")}
                    </p>
                  )}
                </>
              )}
            </QueryView>
          )}
          {!timeline.isError && (
            <section aria-labelledby="timeline-title">
              <h2 id="timeline-title">{t("work.case.timeline")}</h2>
              <QueryView query={timeline}>{(tl) => <TimelineList timeline={tl} />}</QueryView>
            </section>
          )}
        </div>
      </div>
    </Page>
  );
}

/** One task: the case it is about, its documents and decisions so far, and the decision to make. */
export function TaskPage() {
  const { t } = useT();
  const { id = "" } = useParams();
  const task = useTask(id);
  const me = useOfficialMe().data?.subject;
  if (task.isError) {
    if (isStatus(task.error, 403)) {
      return (
        <Page title={t("work.task.forbiddenTitle")}>
          <p>{problemText(t, task.error)}</p>
          <p>
            <Link to="/inbox">{t("work.task.back")}</Link>
          </p>
        </Page>
      );
    }
    if (isStatus(task.error, 404) || isStatus(task.error, 409)) {
      return (
        <Page title={t("work.task.goneTitle")}>
          <p>{problemText(t, task.error)}</p>
          <p>
            <Link to="/inbox">{t("work.task.back")}</Link>
          </p>
        </Page>
      );
    }
    return <LoadFailure error={task.error} onRetry={() => void task.refetch()} />;
  }
  return <QueryView query={task}>{(data) => <CaseView task={data} me={me} />}</QueryView>;
}
