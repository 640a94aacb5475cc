import { useParams } from "react-router";
import { Link } from "react-router";
import { isStatus } from "../../api/problem";
import { useReceipt } from "../../api/queries";
import { formatDate, formatDateTime } from "../../format/format";
import { enumLabel } from "../../forms/labels";
import { useT } from "../../i18n";
import { Page } from "../../layout/Page";
import { QueryView } from "../../layout/QueryView";
import { SummaryList } from "../../layout/SummaryList";
import { NotFoundPage } from "../NotFoundPage";

/** Giấy tiếp nhận hồ sơ và hẹn trả kết quả, printable. */
export function ReceiptPage() {
  const { t, lang } = useT();
  const { id = "" } = useParams();
  const receipt = useReceipt(id);
  if (isStatus(receipt.error, 404) || isStatus(receipt.error, 400)) return <NotFoundPage what="application" />;
  return (
    <Page title={t("receipt.title")} wide>
      <QueryView query={receipt}>
        {(r) => (
          <div className="receipt">
            <p className="print-only receipt__authority">{t("site.authority")}</p>
            <p>{t("receipt.lead")}</p>
            <SummaryList
              rows={[
                { key: t("receipt.reference"), value: <strong>{r.reference}</strong> },
                { key: t("field.projectName"), value: r.projectName },
                { key: t("receipt.receivedAt"), value: r.receivedAt && formatDateTime(r.receivedAt, lang) },
                { key: t("receipt.appointmentDate"), value: r.appointmentDate && <strong>{formatDate(r.appointmentDate, lang)}</strong> },
                { key: t("receipt.ruleSet"), value: r.ruleSet },
                { key: t("receipt.legalBasis"), value: r.legalBasis },
                { key: t("receipt.contentHash"), value: <span className="hash">{r.contentHash}</span> },
              ]}
            />
            <h2>{t("receipt.documents")}</h2>
            <table className="table">
              <caption className="visually-hidden">{t("receipt.documentsCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("receipt.documentType")}</th>
                  <th scope="col">{t("dossier.filename")}</th>
                  <th scope="col">{t("dossier.sha256")}</th>
                </tr>
              </thead>
              <tbody>
                {(r.documents ?? []).map((d) => (
                  <tr key={d.id}>
                    <td>{enumLabel(t, "documentType", d.type)}</td>
                    <td>{d.filename}</td>
                    <td className="hash">{d.sha256}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p>{t("receipt.keep")}</p>
            <div className="button-group no-print">
              <button type="button" className="button" onClick={() => window.print()}>
                {t("receipt.print")}
              </button>
              <Link to={`/applications/${id}`} className="button button--secondary">
                {t("receipt.toCase")}
              </Link>
            </div>
          </div>
        )}
      </QueryView>
    </Page>
  );
}
