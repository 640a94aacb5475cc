import { useQueryClient } from "@tanstack/react-query";
import type { FormEvent } from "react";
import { Link, Navigate, useNavigate } from "react-router";
import { licensingApi } from "../../api/clients";
import { call } from "../../api/problem";
import { invalidateApplication } from "../../api/queries";
import { sectionOfField } from "../../domain/sections";
import type { Application } from "../../domain/types";
import { ErrorSummary } from "../../forms/ErrorSummary";
import { fieldId } from "../../forms/fieldPath";
import { SubmitButton } from "../../forms/SubmitButton";
import { useSubmit } from "../../forms/useForm";
import { useT } from "../../i18n";
import { ApplicationRoute, CaseCaption } from "./ApplicationRoute";
import { DossierSlots } from "./DossierSlots";
import { forgetSubmissionKey, submissionKey } from "./idempotency";

/** A refused submission's errors link to their slot here, or to the page of the flow that asks. */
function submissionHref(id: string) {
  return (field: string) => {
    if (field.startsWith("documents.")) return `#${fieldId(field)}`;
    const section = sectionOfField(field);
    return section ? `/applications/${id}/tasks/${section}#${fieldId(field)}` : `/applications/${id}/check-answers`;
  };
}

function Dossier({ application, id }: { application: Application; id: string }) {
  const { t } = useT();
  const client = useQueryClient();
  const navigate = useNavigate();
  const { submit, pending, errors } = useSubmit(
    {
      mutationFn: () =>
        call(
          licensingApi.POST("/applications/{id}/submission", {
            params: { path: { id }, header: { "Idempotency-Key": submissionKey(id) } },
          }),
        ),
      onSuccess: () => {
        forgetSubmissionKey(id);
        // Leave the page first: once the refreshed application says it is no longer a draft,
        // this page would send the user to the case page instead of the receipt.
        void navigate(`/applications/${id}/receipt`, { state: { flash: "submission.done" } });
        void invalidateApplication(client, id);
      },
    },
    submissionHref(id),
  );
  if (application.status !== "DRAFT") return <Navigate to={`/applications/${id}`} replace />;
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    submit(undefined);
  };
  return (
    <>
      <CaseCaption application={application} />
      <ErrorSummary model={errors} />
      <p>{t("dossier.lead")}</p>
      <DossierSlots application={application} errors={errors} />
      <section className="panel" aria-labelledby="submit-title">
        <h2 id="submit-title">{t("submission.title")}</h2>
        <p>{t("submission.declaration")}</p>
        <p>{t("submission.whatNext")}</p>
        <form noValidate onSubmit={onSubmit} className="button-group">
          <SubmitButton label={t("submission.submit")} pending={pending} />
          <Link to={`/applications/${id}/check-answers`} className="button button--secondary">
            {t("submission.backToAnswers")}
          </Link>
        </form>
      </section>
    </>
  );
}

export function DossierPage() {
  const { t } = useT();
  return (
    <ApplicationRoute title={t("dossier.title")} wide>
      {(application, id) => <Dossier application={application} id={id} />}
    </ApplicationRoute>
  );
}
