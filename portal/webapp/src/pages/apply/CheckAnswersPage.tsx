import { Link } from "react-router";
import { SECTIONS, valuesOf } from "../../domain/sections";
import { fieldId } from "../../forms/fieldPath";
import { fieldLabel } from "../../forms/labels";
import { useT } from "../../i18n";
import { SummaryList } from "../../layout/SummaryList";
import { ApplicationRoute, CaseCaption } from "./ApplicationRoute";
import { answerText } from "./answers";

/** Every answer of the guided application, each with a link back to change it. */
export function CheckAnswersPage() {
  const { t, lang } = useT();
  return (
    <ApplicationRoute title={t("check.title")}>
      {(application, id) => {
        const values = valuesOf(application);
        return (
          <>
            <CaseCaption application={application} />
            <p>{t("check.lead")}</p>
            {SECTIONS.map((section) => (
              <section key={section.id} aria-labelledby={`answers-${section.id}`}>
                <h2 id={`answers-${section.id}`}>{t(`section.${section.id}.title`)}</h2>
                <SummaryList
                  rows={section.fields
                    .filter((f) => f !== "totalCapital.currency")
                    .map((f) => ({
                      key: fieldLabel(t, f),
                      value: answerText(t, lang, f, values),
                      change: application.status === "DRAFT" ? { to: `/applications/${id}/tasks/${section.id}#${fieldId(f)}`, label: fieldLabel(t, f) } : undefined,
                    }))}
                />
              </section>
            ))}
            <div className="button-group">
              <Link to={`/applications/${id}/documents`} className="button">
                {t("check.toDocuments")}
              </Link>
              <Link to={`/applications/${id}/tasks`} className="button button--secondary">
                {t("apply.backToTasks")}
              </Link>
            </div>
          </>
        );
      }}
    </ApplicationRoute>
  );
}
