import { useQueryClient } from "@tanstack/react-query";
import type { FormEvent } from "react";
import { Link, Navigate } from "react-router";
import { licensingApi } from "../../api/clients";
import { call } from "../../api/problem";
import { invalidateApplication, useSupplementRequest } from "../../api/queries";
import { isDocumentType, type Application, type DocumentType } from "../../domain/types";
import { ErrorSummary } from "../../forms/ErrorSummary";
import { SubmitButton } from "../../forms/SubmitButton";
import { useSubmit } from "../../forms/useForm";
import { useT } from "../../i18n";
import { useLeaveWithFlash } from "../../layout/Page";
import { LoadFailure, Loading } from "../../layout/QueryView";
import { ApplicationRoute, CaseCaption } from "../apply/ApplicationRoute";
import { DossierSlots } from "../apply/DossierSlots";
import { SupplementDetails } from "./CasePage";

function Answer({ application, id }: { application: Application; id: string }) {
  const { t } = useT();
  const client = useQueryClient();
  const { leaving, leave } = useLeaveWithFlash();
  const request = useSupplementRequest(id, true);
  const { submit, pending, errors } = useSubmit({
    mutationFn: () => call(licensingApi.POST("/applications/{id}/resubmission", { params: { path: { id } } })),
    onSuccess: () => {
      leave(`/applications/${id}`, "supplement.sent");
      void invalidateApplication(client, id);
    },
  });
  if (!leaving && application.status !== "SUPPLEMENT_REQUESTED") return <Navigate to={`/applications/${id}`} replace />;
  if (request.isPending) return <Loading />;
  if (request.isError) return <LoadFailure error={request.error} onRetry={() => void request.refetch()} />;
  const reasons = new Map<DocumentType, string[]>();
  for (const r of request.data?.reasons ?? []) {
    if (isDocumentType(r.document) && r.reason) reasons.set(r.document, [...(reasons.get(r.document) ?? []), r.reason]);
  }
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    submit(undefined);
  };
  return (
    <>
      <CaseCaption application={application} />
      <ErrorSummary model={errors} />
      <p>{t("supplement.lead")}</p>
      {request.data && (
        <section aria-labelledby="request-title">
          <h2 id="request-title">{t("supplement.titleOwed")}</h2>
          <SupplementDetails request={request.data} />
        </section>
      )}
      <DossierSlots application={application} errors={errors} reasons={reasons} />
      <section className="panel" aria-labelledby="resubmit-title">
        <h2 id="resubmit-title">{t("supplement.sendTitle")}</h2>
        <p>{t("supplement.sendBody")}</p>
        <form noValidate onSubmit={onSubmit} className="button-group">
          <SubmitButton label={t("supplement.send")} pending={pending} />
          <Link to={`/applications/${id}`} className="button button--secondary">
            {t("common.cancel")}
          </Link>
        </form>
      </section>
    </>
  );
}

/** Answering a supplement request: corrected documents in the same slots, then the resubmission. */
export function SupplementPage() {
  const { t } = useT();
  return (
    <ApplicationRoute title={t("supplement.pageTitle")} wide>
      {(application, id) => <Answer application={application} id={id} />}
    </ApplicationRoute>
  );
}
