import { useT } from "../../i18n";

/** Bars drawn with CSS for the eye; the table beside them is what they say (and what is read). */
export function Bars({ rows, max, caption }: { rows: { label: string; value: number; text: string }[]; max: number; caption: string }) {
  return (
    <figure className="bars" aria-hidden="true">
      <figcaption className="bars__caption">{caption}</figcaption>
      {rows.map((r) => (
        <div className="bars__row" key={r.label}>
          <span className="bars__label">{r.label}</span>
          <span className="bars__track">
            <span className="bars__bar" style={{ width: `${max > 0 ? Math.max(2, (100 * r.value) / max) : 0}%` }} />
          </span>
          <span className="bars__value">{r.text}</span>
        </div>
      ))}
    </figure>
  );
}

/** A download that goes through the portal with the auditor's session. */
export function Download({ href, label }: { href: string; label: string }) {
  return (
    <a className="button button--secondary" href={href} download>
      {label}
    </a>
  );
}

export function ChainVerdict({ report }: { report: { service?: string; intact?: boolean; recordsChecked?: number; checkpointsChecked?: number; firstBrokenSequence?: number; detail?: string; fromSequence?: number; toSequence?: number } }) {
  const { t } = useT();
  return report.intact ? (
    <p>
      <strong className="tag tag--verified">{t("audit.chain.intact")}</strong>{" "}
      {t("audit.chain.intactDetail", { records: report.recordsChecked ?? 0, checkpoints: report.checkpointsChecked ?? 0, from: report.fromSequence ?? 0, to: report.toSequence ?? 0 })}
    </p>
  ) : (
    <p>
      <strong className="tag tag--overdue">{t("audit.chain.broken")}</strong>{" "}
      {t("audit.chain.brokenDetail", { seq: report.firstBrokenSequence ?? "?", detail: report.detail ?? "" })}
    </p>
  );
}
