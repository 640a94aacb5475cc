import { Link, Navigate, useParams } from "react-router";
import { isStatus } from "../../api/problem";
import { useApplication, useDocuments } from "../../api/queries";
import { dossierStatus } from "../../domain/dossier";
import { SECTIONS, sectionStatus, valuesOf, type SectionStatus } from "../../domain/sections";
import { dossierSlots, type Application } from "../../domain/types";
import { useT } from "../../i18n";
import { Page } from "../../layout/Page";
import { LoadFailure, Loading } from "../../layout/QueryView";
import { NotFoundPage } from "../NotFoundPage";
import { CaseCaption } from "./ApplicationRoute";

function StatusTag({ id, status }: { id: string; status: SectionStatus | "cannotStart" }) {
  const { t } = useT();
  return (
    <strong id={id} className={`tag tag--${status}`}>
      {t(`sectionStatus.${status}`)}
    </strong>
  );
}

function Task({ id, to, label, status }: { id: string; to: string | null; label: string; status: SectionStatus | "cannotStart" }) {
  return (
    <li className="task-list__item">
      <span className="task-list__name">
        {to ? (
          <Link to={to} aria-describedby={`${id}-status`}>
            {label}
          </Link>
        ) : (
          label
        )}
      </span>
      <StatusTag id={`${id}-status`} status={status} />
    </li>
  );
}

function DossierTask({ application }: { application: Application }) {
  const { t } = useT();
  const id = application.id ?? "";
  const documents = useDocuments(id);
  const status = documents.data ? dossierStatus(dossierSlots(application), documents.data) : "notStarted";
  return <Task id="task-documents" to={`/applications/${id}/documents`} label={t("tasks.documents")} status={status} />;
}

function Tasks({ application }: { application: Application | undefined }) {
  const { t } = useT();
  const values = valuesOf(application);
  const base = application?.id ? `/applications/${application.id}/tasks` : "/applications/new";
  const allDone = SECTIONS.every((s) => sectionStatus(s, values) === "completed");
  return (
    <ol className="task-groups">
      <li>
        <h2 className="task-groups__title">{t("tasks.group.details")}</h2>
        <ul className="task-list">
          {SECTIONS.map((s) => (
            <Task key={s.id} id={`task-${s.id}`} to={`${base}/${s.id}`} label={t(`section.${s.id}.title`)} status={sectionStatus(s, values)} />
          ))}
        </ul>
      </li>
      <li>
        <h2 className="task-groups__title">{t("tasks.group.documents")}</h2>
        <ul className="task-list">
          {application?.id ? <DossierTask application={application} /> : <Task id="task-documents" to={null} label={t("tasks.documents")} status="cannotStart" />}
        </ul>
      </li>
      <li>
        <h2 className="task-groups__title">{t("tasks.group.submit")}</h2>
        <ul className="task-list">
          <Task
            id="task-check"
            to={application?.id ? `/applications/${application.id}/check-answers` : null}
            label={t("tasks.check")}
            status={application?.id && allDone ? "notStarted" : "cannotStart"}
          />
        </ul>
      </li>
    </ol>
  );
}

/** The task list of the guided application: each section with its status. */
export function TaskListPage() {
  const { t } = useT();
  const { id } = useParams();
  const application = useApplication(id);
  if (id && (isStatus(application.error, 404) || isStatus(application.error, 400))) return <NotFoundPage what="application" />;
  if (application.data && application.data.status !== "DRAFT") return <Navigate to={`/applications/${id ?? ""}`} replace />;
  return (
    <Page title={t("tasks.title")} lead={<p>{id ? t("tasks.leadDraft") : t("tasks.leadNew")}</p>}>
      {application.data && <CaseCaption application={application.data} />}
      {id && application.isPending ? (
        <Loading />
      ) : id && application.isError ? (
        <LoadFailure error={application.error} onRetry={() => void application.refetch()} />
      ) : (
        <Tasks application={application.data} />
      )}
    </Page>
  );
}
