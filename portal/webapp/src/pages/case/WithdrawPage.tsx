import { useQueryClient } from "@tanstack/react-query";
import type { FormEvent } from "react";
import { Link, Navigate } from "react-router";
import { licensingApi } from "../../api/clients";
import { call } from "../../api/problem";
import { invalidateApplication } from "../../api/queries";
import { isWithdrawable, type Application } from "../../domain/types";
import { ErrorSummary } from "../../forms/ErrorSummary";
import { SubmitButton } from "../../forms/SubmitButton";
import { useSubmit } from "../../forms/useForm";
import { useT } from "../../i18n";
import { useLeaveWithFlash } from "../../layout/Page";
import { ApplicationRoute, CaseCaption } from "../apply/ApplicationRoute";

function Confirm({ application, id }: { application: Application; id: string }) {
  const { t } = useT();
  const client = useQueryClient();
  const { leaving, leave } = useLeaveWithFlash();
  const { submit, pending, errors } = useSubmit({
    mutationFn: () => call(licensingApi.POST("/applications/{id}/withdrawal", { params: { path: { id } } })),
    onSuccess: () => {
      leave(`/applications/${id}`, "withdraw.done");
      void invalidateApplication(client, id);
    },
  });
  if (!leaving && !pending && !isWithdrawable(application.status)) return <Navigate to={`/applications/${id}`} replace />;
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    submit(undefined);
  };
  return (
    <>
      <CaseCaption application={application} />
      <ErrorSummary model={errors} />
      <div className="notice notice--warning">
        <p>
          <strong>{t("withdraw.warning")}</strong>
        </p>
      </div>
      <p>{t("withdraw.body", { reference: application.reference ?? "" })}</p>
      <form noValidate onSubmit={onSubmit} className="button-group">
        <SubmitButton label={t("withdraw.confirm")} pending={pending} warning />
        <Link to={`/applications/${id}`} className="button button--secondary">
          {t("withdraw.cancel")}
        </Link>
      </form>
    </>
  );
}

/** The confirmation step before withdrawing (a page of its own: no dialog to trap focus in). */
export function WithdrawPage() {
  const { t } = useT();
  return <ApplicationRoute title={t("withdraw.title")}>{(application, id) => <Confirm application={application} id={id} />}</ApplicationRoute>;
}
