import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
import { keys } from "../../api/queries";
import { uploadDocument, type UploadProgress } from "../../api/upload";
import type { SlotDocuments } from "../../domain/dossier";
import type { DocumentType, DossierDocument } from "../../domain/types";
import { formatBytes, formatDateTime } from "../../format/format";
import { FieldError } from "../../forms/fields";
import { errorModelOf } from "../../forms/errorModel";
import { errorId, fieldId, hintId } from "../../forms/fieldPath";
import { enumLabel } from "../../forms/labels";
import { useT } from "../../i18n";

function FileFacts({ document }: { document: DossierDocument }) {
  const { t, lang } = useT();
  return (
    <dl className="file-facts">
      <div>
        <dt>{t("dossier.filename")}</dt>
        <dd>{document.filename}</dd>
      </div>
      <div>
        <dt>{t("dossier.size")}</dt>
        <dd>{document.sizeBytes === undefined ? "" : formatBytes(document.sizeBytes, lang)}</dd>
      </div>
      <div>
        <dt>{t("dossier.uploadedAt")}</dt>
        <dd>{document.uploadedAt ? formatDateTime(document.uploadedAt, lang) : ""}</dd>
      </div>
      <div>
        <dt>{t("dossier.sha256")}</dt>
        <dd className="hash">{document.sha256}</dd>
      </div>
    </dl>
  );
}

function Versions({ versions }: { versions: DossierDocument[] }) {
  const { t, lang } = useT();
  if (versions.length === 0) return null;
  return (
    <details className="details">
      <summary>{t("dossier.previousVersions", { count: versions.length })}</summary>
      <table className="table">
        <caption className="visually-hidden">{t("dossier.previousVersionsCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("dossier.filename")}</th>
            <th scope="col">{t("dossier.size")}</th>
            <th scope="col">{t("dossier.uploadedAt")}</th>
            <th scope="col">{t("dossier.sha256")}</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => (
            <tr key={v.id}>
              <td>{v.filename}</td>
              <td>{v.sizeBytes === undefined ? "" : formatBytes(v.sizeBytes, lang)}</td>
              <td>{v.uploadedAt ? formatDateTime(v.uploadedAt, lang) : ""}</td>
              <td className="hash">{v.sha256}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

const percent = (p: UploadProgress) => (p.total > 0 ? Math.round((p.loaded / p.total) * 100) : 0);

/**
 * One upload slot of the dossier: what is there now (name, size, time, SHA-256), older versions,
 * and a PDF input whose upload reports progress and shows the service's refusal next to it.
 */
export function DocumentSlot({
  applicationId,
  type,
  required,
  documents,
  submissionError,
  reasons = [],
}: {
  applicationId: string;
  type: DocumentType;
  required: boolean | undefined;
  documents: SlotDocuments | undefined;
  /** From a refused submission (documents.<TYPE>). */
  submissionError?: string | undefined;
  /** Why the office asked for this document again (supplement requests). */
  reasons?: string[];
}) {
  const { t } = useT();
  const client = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState(false);
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const label = enumLabel(t, "documentType", type);
  const path = `documents.${type}`;
  const current = documents?.current;

  const upload = useMutation({
    mutationFn: (chosen: File) => uploadDocument(applicationId, type, chosen, setProgress),
    onMutate: () => {
      setDone(null);
      setProgress({ loaded: 0, total: 1 });
    },
    onSuccess: (document) => {
      setDone(t("dossier.uploaded", { filename: document.filename ?? "" }));
      setFile(null);
      if (input.current) input.current.value = "";
      void client.invalidateQueries({ queryKey: keys.sub(applicationId, "documents") });
      void client.invalidateQueries({ queryKey: keys.application(applicationId) });
    },
    onSettled: () => setProgress(null),
  });
  const refused = errorModelOf(upload.error);
  const error = missing
    ? t("dossier.noFile")
    : refused
      ? refused.kind === "network"
        ? t("errors.network")
        : [refused.title, refused.detail, ...refused.fields.map((f) => f.message)].filter(Boolean).join(" – ") || t("errors.unexpected")
      : submissionError;

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (upload.isPending) return;
    if (!file) {
      setMissing(true);
      input.current?.focus();
      return;
    }
    setMissing(false);
    upload.mutate(file);
  };
  const shown = progress ? percent(progress) : 0;
  // Announce in steps of a quarter, not at every event.
  const announced = Math.floor(shown / 25) * 25;

  return (
    <section className={`slot${error ? " slot--error" : ""}`}>
      <h3 className="slot__title" id={`slot-${type}`}>
        {label}{" "}
        {required !== undefined && <span className={required ? "tag tag--required" : "tag tag--optional"}>{required ? t("dossier.required") : t("dossier.optional")}</span>}{" "}
        <span className={current ? "tag tag--completed" : "tag tag--notStarted"}>{current ? t("dossier.hasFile") : t("dossier.noFileYet")}</span>
      </h3>
      {reasons.length > 0 && (
        <div className="slot__reasons">
          <p>{t("supplement.reasonsForDocument")}</p>
          <ul>
            {reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </div>
      )}
      {current ? <FileFacts document={current} /> : <p className="muted">{t("dossier.nothingUploaded")}</p>}
      <Versions versions={documents?.previous ?? []} />
      <form noValidate onSubmit={onSubmit} className="slot__form">
        <div className={`field${error ? " field--error" : ""}`}>
          <label className="field__label" htmlFor={fieldId(path)}>
            {current ? t("dossier.chooseReplacement") : t("dossier.chooseFile")}
            <span className="visually-hidden"> – {label}</span>
          </label>
          <p className="field__hint" id={hintId(path)}>
            {t("dossier.fileHint")}
          </p>
          <FieldError path={path} error={error} />
          <input
            ref={input}
            id={fieldId(path)}
            type="file"
            accept="application/pdf,.pdf"
            className="file-input"
            aria-describedby={[hintId(path), error ? errorId(path) : ""].filter(Boolean).join(" ")}
            aria-invalid={error ? true : undefined}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setMissing(false);
              upload.reset();
            }}
          />
        </div>
        <button type="submit" className="button button--secondary" disabled={upload.isPending}>
          {current ? t("dossier.replace") : t("dossier.upload")}
          <span className="visually-hidden"> – {label}</span>
        </button>
        {progress && (
          <progress className="progress" max={100} value={shown} aria-label={t("dossier.progressLabel", { document: label })}>
            {shown}%
          </progress>
        )}
        <span className="pending" role="status">
          {progress ? t("dossier.uploading", { percent: announced }) : (done ?? "")}
        </span>
      </form>
    </section>
  );
}
