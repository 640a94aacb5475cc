import { useT } from "../i18n";

/**
 * A submit button that is disabled while its request is pending (its name never changes, so it
 * stays findable), with the pending state announced beside it.
 */
export function SubmitButton({
  label,
  pending,
  secondary,
  warning,
  name,
  value,
}: {
  label: string;
  pending: boolean;
  secondary?: boolean;
  warning?: boolean;
  name?: string;
  value?: string;
}) {
  const { t } = useT();
  const variant = warning ? " button--warning" : secondary ? " button--secondary" : "";
  return (
    <>
      <button type="submit" className={`button${variant}`} disabled={pending} name={name} value={value}>
        {label}
      </button>
      <span className="pending" role="status">
        {pending ? t("common.sending") : ""}
      </span>
    </>
  );
}
