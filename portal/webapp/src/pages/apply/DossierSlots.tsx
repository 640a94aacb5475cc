import { useDocuments } from "../../api/queries";
import { byType } from "../../domain/dossier";
import { dossierSlots, type Application, type DocumentType } from "../../domain/types";
import { messageFor, type ErrorModel } from "../../forms/errorModel";
import { useT } from "../../i18n";
import { LoadFailure, Loading } from "../../layout/QueryView";
import { DocumentSlot } from "./DocumentSlot";

/** Every upload slot of an application's dossier: the required ones first, then the optional ones. */
export function DossierSlots({ application, errors, reasons }: { application: Application; errors?: ErrorModel | null; reasons?: Map<DocumentType, string[]> }) {
  const { t } = useT();
  const id = application.id ?? "";
  const documents = useDocuments(id);
  const slots = dossierSlots(application);
  if (documents.isPending) return <Loading />;
  if (documents.isError) return <LoadFailure error={documents.error} onRetry={() => void documents.refetch()} />;
  const grouped = byType(documents.data);
  const slot = (type: DocumentType, required: boolean | undefined) => (
    <DocumentSlot
      key={type}
      applicationId={id}
      type={type}
      required={required}
      documents={grouped.get(type)}
      submissionError={messageFor(errors, `documents.${type}`)}
      reasons={reasons?.get(type) ?? []}
    />
  );
  return (
    <>
      {!slots.known && <p className="notice">{t("dossier.requirementsUnknown")}</p>}
      {slots.required.length > 0 && (
        <>
          <h2>{t("dossier.requiredTitle")}</h2>
          {slots.required.map((type) => slot(type, true))}
        </>
      )}
      {slots.optional.length > 0 && (
        <>
          <h2>{slots.known ? t("dossier.optionalTitle") : t("dossier.allTitle")}</h2>
          {slots.optional.map((type) => slot(type, slots.known ? false : undefined))}
        </>
      )}
    </>
  );
}
