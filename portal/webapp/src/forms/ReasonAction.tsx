import { useState, type FormEvent } from "react";
import { ApiError } from "../api/problem";
import { useT } from "../i18n";
import { TextAreaField } from "./fields";

interface Props {
  /** Unique on the page: the text area's id and the error's anchor derive from it. */
  path: string;
  /** The button that opens the form, and what it is about (read by screen readers only). */
  openLabel: string;
  about?: string;
  label: string;
  hint: string;
  /** Shown when the reason is left blank, before anything is sent. */
  needed: string;
  confirmLabel: string;
  maxLength: number;
  /** Sends the reason; an ApiError's detail (or its field error) is shown by the text area. */
  onConfirm: (reason: string) => Promise<unknown>;
}

/**
 * An action that must say why (revoking a certificate, rejecting or suspending an investor): a
 * button, then the reason and a confirmation, so one click never does it by accident.
 */
export function ReasonAction({ path, openLabel, about, label, hint, needed, confirmLabel, maxLength, onConfirm }: Props) {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  if (!open) {
    return (
      <button type="button" className="button button--warning button--small" onClick={() => setOpen(true)}>
        {openLabel}
        {about && <span className="visually-hidden"> {about}</span>}
      </button>
    );
  }
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!reason.trim()) {
      setError(needed);
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      await onConfirm(reason.trim());
    } catch (err) {
      setError(err instanceof ApiError ? (err.problem.errors?.[0]?.message ?? err.problem.detail ?? err.problem.title) : t("errors.network"));
      setBusy(false);
    }
  };
  return (
    <form noValidate onSubmit={(e) => void submit(e)} className="revoke-form">
      <TextAreaField path={path} label={label} hint={hint} value={reason} onChange={setReason} rows={2} maxLength={maxLength} error={error} />
      <div className="button-group">
        <button type="submit" className="button button--warning" disabled={busy}>
          {confirmLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={() => setOpen(false)}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}
