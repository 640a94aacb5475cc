import { useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link, useNavigate } from "react-router";
import { licensingApi } from "../../api/clients";
import { ApiError, call, callNoContent } from "../../api/problem";
import { useSession } from "../../api/session";
import { invalidateTask } from "../../api/office";
import { AGENCIES } from "../../domain/roles";
import type { Application, DocumentType } from "../../domain/types";
import { ErrorSummary } from "../../forms/ErrorSummary";
import { errorModelOf, messageFor, type ErrorModel } from "../../forms/errorModel";
import { RadioGroup, SelectField, TextAreaField } from "../../forms/fields";
import { enumLabel } from "../../forms/labels";
import { formatDateTime } from "../../format/format";
import { useT } from "../../i18n";
import { signerFor, SignerError } from "../../signing";
import type { LicensingSchemas } from "@onestop/frontend-contracts";

type Task = LicensingSchemas["schemas"]["Task"];
type Prepared = LicensingSchemas["schemas"]["DecisionDocument"];
interface Reason {
  document: string;
  reason: string;
}

/** Outcomes whose decision needs reasons per document (a supplement) or allows them (a refusal). */
const NEEDS_REASONS = new Set(["SUPPLEMENT_NEEDED"]);
const REFUSALS = new Set(["INELIGIBLE", "REJECT", "RECOMMEND_REJECTION", "DISAGREE"]);

export interface Decision {
  outcome: string;
  comment: string;
  reasons: Reason[];
  agencies: string[];
}

/** The request body for an outcome: only what that outcome uses. */
export function decisionRequest(d: Decision) {
  const reasons = d.reasons.filter((r) => r.document || r.reason.trim()).map((r) => ({ document: r.document, reason: r.reason.trim() }));
  return {
    outcome: d.outcome,
    ...(d.comment.trim() ? { comment: d.comment.trim() } : {}),
    ...(NEEDS_REASONS.has(d.outcome) || REFUSALS.has(d.outcome) ? { reasons } : {}),
    ...(d.outcome === "CONSULT" ? { agencies: d.agencies } : {}),
  };
}

function ReasonRows({ reasons, documents, onChange, errors }: { reasons: Reason[]; documents: DocumentType[]; onChange: (next: Reason[]) => void; errors: ErrorModel | null }) {
  const { t } = useT();
  const set = (i: number, patch: Partial<Reason>) => onChange(reasons.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <fieldset className="fieldset" id="field-reasons" tabIndex={-1}>
      <legend className="fieldset__legend">{t("work.decide.reasons")}</legend>
      <p className="field__hint">{t("work.decide.reasonsHint")}</p>
      {messageFor(errors, "reasons") && <p className="field__error">{messageFor(errors, "reasons")}</p>}
      {reasons.map((r, i) => (
        <div className="reason-row" key={i}>
          <SelectField
            path={`reasons[${i}].document`}
            label={t("work.decide.reasonDocument", { n: i + 1 })}
            value={r.document}
            onChange={(v) => set(i, { document: v })}
            options={[{ value: "", label: t("work.decide.chooseDocument") }, ...documents.map((d) => ({ value: d, label: enumLabel(t, "documentType", d) }))]}
            error={messageFor(errors, `reasons[${i}].document`)}
          />
          <TextAreaField path={`reasons[${i}].reason`} label={t("work.decide.reasonText", { n: i + 1 })} value={r.reason} onChange={(v) => set(i, { reason: v })} rows={3} maxLength={2000} error={messageFor(errors, `reasons[${i}].reason`)} />
          {reasons.length > 1 && (
            <button type="button" className="button button--secondary button--small" onClick={() => onChange(reasons.filter((_, j) => j !== i))}>
              {t("work.decide.removeReason", { n: i + 1 })}
            </button>
          )}
        </div>
      ))}
      <button type="button" className="button button--secondary" onClick={() => onChange([...reasons, { document: "", reason: "" }])}>
        {t("work.decide.addReason")}
      </button>
    </fieldset>
  );
}

function Review({ prepared, onBack, onSigned, task }: { prepared: Prepared; onBack: () => void; onSigned: () => void; task: Task }) {
  const { t, lang } = useT();
  const session = useSession();
  const [error, setError] = useState<{ title: string; detail?: string; signing?: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const doc = (prepared.document ?? {}) as Record<string, unknown>;
  const reasons = Array.isArray(doc.reasons) ? (doc.reasons as Reason[]) : [];
  const agencies = Array.isArray(doc.agencies) ? (doc.agencies as string[]) : [];
  const sign = async () => {
    setBusy(true);
    setError(null);
    try {
      const signer = signerFor(session.data?.username ?? "");
      const canonical = prepared.canonical ?? "";
      const signature = await signer.sign(canonical);
      await callNoContent(licensingApi.POST("/tasks/{id}/completion", { params: { path: { id: task.id ?? "" } }, body: { document: canonical, signature } }));
      onSigned();
    } catch (e) {
      if (e instanceof SignerError) setError({ title: t("work.decide.noSigner"), signing: true });
      else if (e instanceof ApiError) setError({ title: e.problem.title || t("errors.unexpected"), ...(e.problem.detail ? { detail: e.problem.detail } : {}) });
      else setError({ title: t("errors.network") });
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="review-title" className="panel">
      <h2 id="review-title" tabIndex={-1}>
        {t("work.decide.reviewTitle")}
      </h2>
      <p>{t("work.decide.reviewLead")}</p>
      {error && (
        <div className="notice notice--error" role="alert">
          <h3 className="notice__title">{t("work.decide.refused")}</h3>
          <p>{error.title}</p>
          {error.detail && <p>{error.detail}</p>}
          {error.signing && (
            <p>
              <Link to="/signing">{t("work.decide.toSigning")}</Link>
            </p>
          )}
        </div>
      )}
      <dl className="summary-list">
        {[
          [t("work.decide.doc.case"), String(doc.caseReference ?? "")],
          [t("work.decide.doc.stage"), enumLabel(t, "stage", String(doc.stage ?? ""))],
          [t("work.decide.doc.outcome"), enumLabel(t, "decisionOutcome", String(doc.outcome ?? ""))],
          [t("work.decide.doc.comment"), String(doc.comment ?? "") || t("common.notGiven")],
          [
            t("work.decide.doc.reasons"),
            reasons.length === 0 ? (
              t("common.notGiven")
            ) : (
              <ul className="list list--bullet">
                {reasons.map((r, i) => (
                  <li key={i}>
                    {enumLabel(t, "documentType", r.document)}: {r.reason}
                  </li>
                ))}
              </ul>
            ),
          ],
          ...(agencies.length > 0 ? [[t("work.decide.doc.agencies"), agencies.map((a) => t(`agency.${a}`, { defaultValue: a })).join(", ")]] : []),
          [t("work.decide.doc.dossierHash"), <code className="hash">{String(doc.dossierHash ?? "")}</code>],
          [t("work.decide.doc.previous"), doc.previousDecisionHash ? <code className="hash">{String(doc.previousDecisionHash)}</code> : t("work.decide.doc.firstDecision")],
          [t("work.decide.doc.decidedAt"), typeof doc.decidedAt === "string" ? formatDateTime(doc.decidedAt, lang) : ""],
          [t("work.decide.doc.hash"), <code className="hash">{prepared.documentHash}</code>],
        ].map(([key, value], i) => (
          <div className="summary-list__row" key={i}>
            <dt className="summary-list__key">{key}</dt>
            <dd className="summary-list__value">{value}</dd>
          </div>
        ))}
      </dl>
      <details className="details">
        <summary>{t("work.decide.canonical")}</summary>
        <pre className="canonical" data-testid="canonical">{prepared.canonical}</pre>
      </details>
      <div className="button-group">
        <button type="button" className="button" disabled={busy} onClick={() => void sign()}>
          {busy ? t("work.decide.signing") : t("work.decide.sign")}
        </button>
        <button type="button" className="button button--secondary" disabled={busy} onClick={onBack}>
          {t("work.decide.change")}
        </button>
      </div>
    </section>
  );
}

/** Choose the outcome, see the document the service will check, sign it in the browser. */
export function DecisionPanel({ task, application }: { task: Task; application: Application | undefined }) {
  const { t } = useT();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [decision, setDecision] = useState<Decision>({ outcome: "", comment: "", reasons: [{ document: "", reason: "" }], agencies: [] });
  const [errors, setErrors] = useState<ErrorModel | null>(null);
  const [prepared, setPrepared] = useState<Prepared | null>(null);
  const [busy, setBusy] = useState(false);
  const documents = [...(application?.requiredDocuments ?? []), ...(application?.optionalDocuments ?? [])] as DocumentType[];
  const outcomes = task.outcomes ?? [];

  const prepare = async (e: FormEvent) => {
    e.preventDefault();
    if (!decision.outcome) {
      setErrors({ kind: "fields", fields: [{ field: "outcome", message: t("work.decide.chooseOutcome"), href: "#field-outcome" }] });
      return;
    }
    setBusy(true);
    try {
      const body = decisionRequest(decision);
      setPrepared(await call(licensingApi.POST("/tasks/{id}/decision-document", { params: { path: { id: task.id ?? "" } }, body })));
      setErrors(null);
    } catch (err) {
      setErrors(errorModelOf(err));
    } finally {
      setBusy(false);
    }
  };

  if (prepared) {
    return (
      <Review
        task={task}
        prepared={prepared}
        onBack={() => setPrepared(null)}
        onSigned={() => {
          void invalidateTask(client, task.id ?? "", task.applicationId);
          navigate("/inbox", { state: { flash: "work.decide.done" } });
        }}
      />
    );
  }
  const reasonsShown = NEEDS_REASONS.has(decision.outcome) || REFUSALS.has(decision.outcome);
  return (
    <form className="panel" noValidate onSubmit={(e) => void prepare(e)} aria-labelledby="decide-title">
      <h2 id="decide-title">{t("work.decide.title")}</h2>
      <ErrorSummary model={errors} />
      <RadioGroup
        path="outcome"
        label={t("work.decide.outcome")}
        value={decision.outcome}
        onChange={(outcome) => setDecision({ ...decision, outcome })}
        options={outcomes.map((o) => ({ value: o, label: enumLabel(t, "decisionOutcome", o) }))}
        error={messageFor(errors, "outcome")}
        required
      />
      <TextAreaField
        path="comment"
        label={t("work.decide.comment")}
        hint={REFUSALS.has(decision.outcome) ? t("work.decide.commentRefusal") : t("work.decide.commentHint")}
        value={decision.comment}
        onChange={(comment) => setDecision({ ...decision, comment })}
        rows={4}
        maxLength={4000}
        error={messageFor(errors, "comment")}
      />
      {reasonsShown && <ReasonRows reasons={decision.reasons} documents={documents} onChange={(reasons) => setDecision({ ...decision, reasons })} errors={errors} />}
      {decision.outcome === "CONSULT" && (
        <fieldset className="fieldset" id="field-agencies" tabIndex={-1}>
          <legend className="fieldset__legend">{t("work.decide.agencies")}</legend>
          {messageFor(errors, "agencies") && <p className="field__error">{messageFor(errors, "agencies")}</p>}
          <div className="checkboxes">
            {AGENCIES.map((a) => (
              <div className="checkbox" key={a}>
                <input
                  type="checkbox"
                  className="checkbox__input"
                  id={`agency-${a}`}
                  checked={decision.agencies.includes(a)}
                  onChange={(e) => setDecision({ ...decision, agencies: e.target.checked ? [...decision.agencies, a] : decision.agencies.filter((x) => x !== a) })}
                />
                <label className="checkbox__label" htmlFor={`agency-${a}`}>
                  {t(`agency.${a}`, { defaultValue: a })}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      )}
      <button type="submit" className="button" disabled={busy}>
        {t("work.decide.prepare")}
      </button>
    </form>
  );
}
