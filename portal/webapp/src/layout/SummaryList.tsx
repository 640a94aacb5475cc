import type { ReactNode } from "react";
import { Link } from "react-router";
import { useT } from "../i18n";

export interface Row {
  key: string;
  value: ReactNode;
  /** A "Change" link back to where the answer is given. */
  change?: { to: string; label: string };
}

/** A list of answers (GOV.UK summary list): term, value, and maybe a change link. */
export function SummaryList({ rows }: { rows: Row[] }) {
  const { t } = useT();
  return (
    <dl className="summary-list">
      {rows.map((row) => (
        <div className="summary-list__row" key={row.key}>
          <dt className="summary-list__key">{row.key}</dt>
          <dd className="summary-list__value">{row.value === undefined || row.value === "" || row.value === null ? <span className="muted">{t("common.notGiven")}</span> : row.value}</dd>
          {row.change && (
            <dd className="summary-list__actions">
              <Link to={row.change.to}>
                {t("common.change")}
                <span className="visually-hidden"> {row.change.label}</span>
              </Link>
            </dd>
          )}
        </div>
      ))}
    </dl>
  );
}
