import { useQueryClient } from "@tanstack/react-query";
import type { FormEvent } from "react";
import { Link, Navigate, useNavigate, useParams } from "react-router";
import { licensingApi } from "../../api/clients";
import { call, isStatus } from "../../api/problem";
import { invalidateApplication, keys, useApplication } from "../../api/queries";
import type { Values } from "../../api/unsaved";
import { asApplicationRequest, draftBody, nextSection, sectionById, valuesOf, type Section } from "../../domain/sections";
import type { Application } from "../../domain/types";
import { ErrorSummary } from "../../forms/ErrorSummary";
import { useForm, useFragmentFocus, useSubmit } from "../../forms/useForm";
import { useT } from "../../i18n";
import { Page } from "../../layout/Page";
import { LoadFailure, Loading } from "../../layout/QueryView";
import { NotFoundPage } from "../NotFoundPage";
import { CaseCaption } from "./ApplicationRoute";
import { SectionFields } from "./SectionFields";

type Intent = "continue" | "later";

interface SaveVars {
  values: Values;
  intent: Intent;
  markSaved: () => void;
}

const pick = (values: Values, fields: readonly string[]) => Object.fromEntries(fields.map((f) => [f, values[f] ?? ""]));

/** POST creates the draft at its first save; PUT with If-Match edits it afterwards. */
function save(application: Application | undefined, values: Values): Promise<Application> {
  const body = asApplicationRequest(draftBody({ ...valuesOf(application), ...values }));
  if (!application?.id) {
    return call(licensingApi.POST("/applications", { body }));
  }
  return call(
    licensingApi.PUT("/applications/{id}", {
      params: { path: { id: application.id }, header: { "If-Match": `"${application.version ?? 0}"` } },
      body,
    }),
  );
}

function SectionForm({ section, application, submit, pending, errors }: { section: Section; application: Application | undefined; submit: (v: SaveVars) => void; pending: boolean; errors: ReturnType<typeof useSubmit>["errors"] }) {
  const { t } = useT();
  const form = useForm(pick(valuesOf(application), section.fields));
  useFragmentFocus(true);
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const submitter = (e.nativeEvent as SubmitEvent).submitter;
    const intent: Intent = submitter instanceof HTMLButtonElement && submitter.value === "later" ? "later" : "continue";
    submit({ values: form.values, intent, markSaved: form.markSaved });
  };
  return (
    <form noValidate onSubmit={onSubmit}>
      <ErrorSummary model={errors} />
      {form.restored && (
        <p className="notice" role="status">
          {t("form.restored")}
        </p>
      )}
      <SectionFields id={section.id} form={form} errors={errors} />
      <div className="button-group">
        <button type="submit" className="button" name="intent" value="continue" disabled={pending}>
          {t("apply.saveContinue")}
        </button>
        <button type="submit" className="button button--secondary" name="intent" value="later" disabled={pending}>
          {t("apply.saveLater")}
        </button>
        <span className="pending" role="status">
          {pending ? t("common.saving") : ""}
        </span>
      </div>
    </form>
  );
}

/** One topic of the guided application per page. */
export function SectionPage() {
  const { t } = useT();
  const { id, section: sectionId } = useParams();
  const section = sectionById(sectionId);
  const application = useApplication(id);
  const client = useQueryClient();
  const navigate = useNavigate();
  const { submit, pending, errors, mutation } = useSubmit({
    mutationFn: ({ values }: SaveVars) => save(application.data, values),
    onSuccess: (saved, { intent, markSaved }) => {
      markSaved();
      const savedId = saved.id ?? id ?? "";
      client.setQueryData(keys.application(savedId), saved);
      void invalidateApplication(client, savedId);
      if (intent === "later") {
        void navigate("/dashboard", { state: { flash: "apply.savedForLater" } });
        return;
      }
      const next = section && nextSection(section.id);
      void navigate(next ? `/applications/${savedId}/tasks/${next.id}` : `/applications/${savedId}/check-answers`);
    },
    onError: (error) => {
      if (isStatus(error, 412) && id) void client.invalidateQueries({ queryKey: keys.application(id) });
    },
  });

  if (!section) return <NotFoundPage />;
  if (id && (isStatus(application.error, 404) || isStatus(application.error, 400))) return <NotFoundPage what="application" />;
  if (application.data && application.data.status !== "DRAFT") return <Navigate to={`/applications/${id ?? ""}`} replace />;
  const stale = isStatus(mutation.error, 412);
  const tasks = id ? `/applications/${id}/tasks` : "/applications/new";

  return (
    <Page title={t(`section.${section.id}.title`)} lead={<p>{t(`section.${section.id}.lead`)}</p>}>
      {application.data && <CaseCaption application={application.data} />}
      <p>
        <Link to={tasks} className="back-link">
          {t("apply.backToTasks")}
        </Link>
      </p>
      {stale && (
        <p className="notice notice--warning" role="alert">
          {t("form.changedElsewhere")}
        </p>
      )}
      {id && application.isPending ? (
        <Loading />
      ) : id && application.isError ? (
        <LoadFailure error={application.error} onRetry={() => void application.refetch()} />
      ) : (
        <SectionForm
          key={`${section.id}:${application.data?.version ?? "new"}`}
          section={section}
          application={application.data}
          submit={submit}
          pending={pending}
          errors={stale ? null : errors}
        />
      )}
    </Page>
  );
}
